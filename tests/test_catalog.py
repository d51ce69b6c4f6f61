"""The word catalogs: one per language, complete in both, compiled, found from anywhere."""

from __future__ import annotations

import argparse
import ast
import inspect
import os
import re
import sys
from pathlib import Path

import pytest

from ita_tui import catalog

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import catalog as catalog_script  # noqa: E402  (scripts/catalog.py: Babel, development only)


def test_the_catalogs_agree_and_are_compiled() -> None:
    """Every key in Thai and English, none empty, the same {names} in both, .mo up to date."""
    assert catalog_script.problems() == []


def test_both_catalogs_are_large_and_hold_the_same_keys() -> None:
    th, en = catalog_script.messages("th"), catalog_script.messages("en")
    keys = {key for key in th if catalog_script.KEY.match(key)}
    assert keys == set(en)
    assert len(keys) > 1000


def test_a_message_in_each_language_with_its_values() -> None:
    assert catalog.say("app.fiscal_year", "th", year="๒๕๖๘") == "ปีงบประมาณ ๒๕๖๘"
    assert catalog.say("app.fiscal_year", "en", year="2568") == "Fiscal year 2568 B.E."
    assert catalog.say("os.EACCES", "th") == "ไม่มีสิทธิ์เข้าถึง"
    assert catalog.say("os.EACCES", "anything else") == "ไม่มีสิทธิ์เข้าถึง"  # Thai by default


def test_a_key_in_no_catalog_fails_a_test_and_in_use_shows_the_key_and_values() -> None:
    assert not catalog.has("app.no_such_word")
    with pytest.raises(KeyError, match=r"app\.no_such_word"):  # the conftest's hook
        catalog.say("app.no_such_word", "th")
    assert catalog.bare_key("app.x", {"n": 3}) == "app.x n=3"


def argparse_messages() -> set[str]:
    """Every message argparse looks up (``_("…")`` or ``ngettext("…", …)``) in its source."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("_", "ngettext")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(node.args[0].value)
    return found


def test_argparse_still_says_every_message_the_thai_catalog_answers() -> None:
    theirs = {key for key in catalog_script.messages("th") if not catalog_script.KEY.match(key)}
    assert "usage: " in theirs
    assert sorted(theirs - argparse_messages()) == []


def test_argparse_speaks_thai_then_english_through_gettext(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LANGUAGE", raising=False)
    parser = argparse.ArgumentParser(prog="ita-tui")
    parser.add_argument("plan")
    with catalog.gettext_settings_kept():
        catalog.speak_to_argparse("th")
        with pytest.raises(SystemExit):
            parser.parse_args([])
        err = capsys.readouterr().err
        assert "วิธีใช้:" in err and "ต้องใส่: plan" in err and "ผิดพลาด" in err
    with pytest.raises(SystemExit):
        parser.parse_args([])
    assert "the following arguments are required: plan" in capsys.readouterr().err


def test_the_command_line_leaves_gettext_as_it_found_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gettext

    from ita_tui.cli import main

    domain = gettext.textdomain()
    for before in ("fr", None):
        if before is None:
            monkeypatch.delenv("LANGUAGE", raising=False)
        else:
            monkeypatch.setenv("LANGUAGE", before)
        with pytest.raises(SystemExit):
            main(["--lang", "th", "--no-such-option"])
        assert "ผิดพลาด" in capsys.readouterr().err  # argparse spoke Thai meanwhile
        assert os.environ.get("LANGUAGE") == before
        assert gettext.textdomain() == domain


def test_a_bundle_that_is_never_unpacked_gets_its_catalogs_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    archive = tmp_path / "bundle.zip"
    locale = ROOT / "src" / "ita_tui" / "locale"
    with zipfile.ZipFile(archive, "w") as bundle:
        for file in locale.rglob("*.mo"):
            bundle.write(file, f"ita_tui/locale/{file.relative_to(locale).as_posix()}")
    monkeypatch.setattr(
        catalog, "package_file", lambda *parts: zipfile.Path(archive, "ita_tui/").joinpath(*parts)
    )
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    catalog.locale_dir.cache_clear()
    catalog.catalog.cache_clear()
    try:
        folder = catalog.locale_dir()
        assert folder.is_dir() and not str(folder).startswith(str(locale))
        assert (folder / "th" / "LC_MESSAGES" / "ita_tui.mo").read_bytes() == (
            locale / "th" / "LC_MESSAGES" / "ita_tui.mo"
        ).read_bytes()
        assert catalog.say("app.fiscal_year", "th", year="๑") == "ปีงบประมาณ ๑"
    finally:
        catalog.locale_dir.cache_clear()
        catalog.catalog.cache_clear()


# --- every key the code says is in the catalogs, and every key in them is said -----------

SRC = ROOT / "src" / "ita_tui"
#: The first word of every key: one per room of words.
NAMESPACES = (
    "app", "cli", "report", "summary", "error", "os", "refused", "file_kind", "state",
    "import", "place", "preview", "plan", "toml", "field", "date",
)  # fmt: skip


def _said_in_code() -> tuple[set[str], set[str], set[str]]:
    """Every string in the code, the keys handed to ``say`` as they are, and the literal
    heads of keys built from data (``f"app.status.{status.value}"`` -> ``app.status.``)."""
    literals: set[str] = set()
    said: set[str] = set()
    heads: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    head = first.value
                    if head.split(".", 1)[0] in NAMESPACES and re.fullmatch(r"[\w.-]+", head):
                        heads.add(head)
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                first_arg = node.args[0]
                if (
                    name == "say"
                    and isinstance(first_arg, ast.Constant)
                    and isinstance(first_arg.value, str)
                ):
                    said.add(first_arg.value)
    return literals, said, heads


def test_every_key_handed_to_say_is_in_both_catalogs() -> None:
    _, said, heads = _said_in_code()
    keys = set(catalog_script.messages("en"))
    assert len(said) > 300
    assert sorted(said - keys) == []
    assert sorted(head for head in heads if not any(key.startswith(head) for key in keys)) == []


def test_every_key_in_the_catalogs_is_said_somewhere() -> None:
    """A key is said when the code names it, or builds it from a literal head and data
    (an error's code, a status); the codes themselves are checked room by room
    (tests/plan/test_problems.py, tests/importer/, tests/test_errors.py), and every key
    said through ``say`` is checked above."""
    literals, _, heads = _said_in_code()
    unsaid = [
        key
        for key in catalog_script.messages("en")
        if key not in literals and not any(key.startswith(head) for head in heads)
    ]
    assert unsaid == []
