#!/usr/bin/env python3
"""The word catalogs (``src/ita_tui/locale/<lang>/LC_MESSAGES/ita_tui.po``), at development
time, with Babel (``pip install -e ".[test]"`` brings it; the app itself needs only the
compiled ``.mo`` files and the standard library's gettext).

    python scripts/catalog.py compile   # .po -> .mo, after editing a catalog
    python scripts/catalog.py check     # what tests/test_catalog.py checks, as a list
    python scripts/catalog.py drop KEY…  # take keys nobody says out of both catalogs

A message's id is a stable key (``app.fiscal_year``); the Thai catalog also carries
argparse's own messages under their English text (argparse looks them up by it).
"""

from __future__ import annotations

import io
import re
import string
import struct
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "src" / "ita_tui" / "locale"
DOMAIN = "ita_tui"
LANGS = ("th", "en")
#: Our keys: dotted words (``app.fiscal_year``, ``os.EACCES``); anything else is a
#: message of argparse's, found under its English text.
KEY = re.compile(r"^[a-z_]+(\.[A-Za-z0-9_-]+)+$")


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def read(lang: str) -> Catalog:
    with po_path(lang).open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def messages(lang: str) -> dict[str, str]:
    """The catalog of ``lang`` as id -> text (the header left out)."""
    return {str(m.id): str(m.string) for m in read(lang) if m.id and isinstance(m.id, str)}


def compiled(lang: str) -> bytes:
    """The ``.mo`` bytes the ``.po`` of ``lang`` compiles to."""
    out = io.BytesIO()
    write_mo(out, read(lang), use_fuzzy=False)
    return out.getvalue()


def mo_messages(data: bytes) -> dict[str, str]:
    """A ``.mo`` file's messages as id -> text (the header left out), read as gettext's
    format lays them out: a magic number, a count, and two tables of (length, offset)."""
    magic = struct.unpack("<I", data[:4])[0]
    order = "<" if magic == 0x950412DE else ">"
    _, count, ids_at, texts_at = struct.unpack(order + "4I", data[4:20])
    found: dict[str, str] = {}
    for index in range(count):
        id_len, id_off = struct.unpack(
            order + "2I", data[ids_at + 8 * index : ids_at + 8 * index + 8]
        )
        tx_len, tx_off = struct.unpack(
            order + "2I", data[texts_at + 8 * index : texts_at + 8 * index + 8]
        )
        key = data[id_off : id_off + id_len].decode("utf-8")
        if key:
            found[key] = data[tx_off : tx_off + tx_len].decode("utf-8")
    return found


def compile_all() -> None:
    for lang in LANGS:
        mo_path(lang).write_bytes(compiled(lang))


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def problems() -> list[str]:
    """Everything wrong with the catalogs: a key in one language only, an empty message,
    names that differ between the languages, a ``.mo`` older than its ``.po``."""
    found: list[str] = []
    th, en = messages("th"), messages("en")
    th_keys = {key for key in th if KEY.match(key)}
    for key in sorted(th_keys - set(en)):
        found.append(f"{key}: in Thai only")
    for key in sorted(set(en) - th_keys):
        found.append(f"{key}: in English only")
    for lang, table in (("th", th), ("en", en)):
        for key, text in table.items():
            if not text:
                found.append(f"{key}: empty in {lang}")
            elif lang == "en" and not KEY.match(key):
                found.append(f"{key!r}: the English catalog holds only keys")
    for key in sorted(th_keys & set(en)):
        try:
            names_th, names_en = fields(th[key]), fields(en[key])
        except ValueError as exc:
            found.append(f"{key}: {exc}")
            continue
        # one language may leave a value out (the OS's English words, in Thai), never
        # name one the other does not know (a misspelt name)
        if not (names_th <= names_en or names_en <= names_th):
            found.append(f"{key}: Thai fills {sorted(names_th)}, English {sorted(names_en)}")
    for lang, table in (("th", th), ("en", en)):
        # compared message by message: the bytes also carry the Babel version that wrote them
        if not mo_path(lang).is_file() or mo_messages(mo_path(lang).read_bytes()) != table:
            found.append(
                f"{mo_path(lang).relative_to(ROOT)}: out of date: run scripts/catalog.py compile"
            )
    return found


def drop(keys: list[str]) -> list[str]:
    """Take ``keys`` out of both catalogs (and compile them); returns those not found."""
    missing = set(keys)
    for lang in LANGS:
        found = read(lang)
        for key in keys:
            if key in found:
                missing.discard(key)
                found.delete(key)
        with po_path(lang).open("wb") as handle:
            write_po(handle, found, width=0, sort_output=False, include_previous=False)
    compile_all()
    return sorted(missing)


def main(argv: list[str]) -> int:
    if argv[1:] == ["compile"]:
        compile_all()
        return 0
    if argv[1:2] == ["drop"] and argv[2:]:
        missing = drop(argv[2:])
        print("\n".join(f"{key}: in neither catalog" for key in missing), file=sys.stderr)
        return 1 if missing else 0
    if argv[1:] == ["check"]:
        found = problems()
        print("\n".join(found) or "the catalogs agree")
        return 1 if found else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
