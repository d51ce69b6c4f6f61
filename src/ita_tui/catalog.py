"""Every word the program says, from one catalog per language, looked up one way.

The catalogs are gettext's: ``locale/<lang>/LC_MESSAGES/ita_tui.po`` is the source (edited
by hand, one for Thai and one for English), ``ita_tui.mo`` its compiled form (``python
scripts/catalog.py compile``; Babel at development time only). A message is found by a
stable key (``app.fiscal_year``, ``error.lock.held``), so rewording the English never
orphans the Thai; ``{names}`` in a message are filled by :func:`say`.

argparse asks gettext for its own words ("usage: ", "the following arguments are
required: %s"); the Thai catalog carries them under their English text, and
:func:`speak_to_argparse` points gettext's process-wide domain at these catalogs, so the
command line's help and errors are Thai without touching argparse.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from ita_tui.resources import package_file

#: The gettext domain: the catalogs' file name.
DOMAIN = "ita_tui"
#: The languages the program speaks; Thai is the default.
LANGS = ("th", "en")

__all__ = [
    "DOMAIN",
    "LANGS",
    "catalog",
    "gettext_settings_kept",
    "has",
    "locale_dir",
    "say",
    "speak_to_argparse",
]


def say(key: str, lang: str, /, **values: object) -> str:
    """The message ``key`` in ``lang`` ("th" or "en"; anything else is Thai), with its
    ``{names}`` filled from ``values`` (already worded by the caller: numbers in their
    digits, untrusted text made inert). A literal brace is written ``{{`` in a catalog."""
    template = catalog(lang).gettext(key)
    if template == key and lang != "en":  # missing in Thai (the tests see that none is)
        template = catalog("en").gettext(key)
    if template == key:
        return missing(key, values)
    return template.format_map(values)


def missing(key: str, values: dict[str, object]) -> str:
    """What a key in no catalog says (the test suite replaces this with an error: every key
    used must be in both catalogs)."""
    return bare_key(key, values)


def bare_key(key: str, values: dict[str, object]) -> str:
    """The key and its values, so that an officer can still report what was meant."""
    return " ".join([key, *(f"{name}={value}" for name, value in values.items())])


def has(key: str, lang: str = "en") -> bool:
    """Whether the catalog of ``lang`` holds ``key``."""
    return catalog(lang).gettext(key) != key


@cache
def catalog(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of ``lang`` (Thai for anything but "en"), read once: through
    gettext's own cache, so that argparse's lookups (:func:`speak_to_argparse`) share it."""
    chosen = "en" if lang == "en" else "th"
    return gettext.translation(DOMAIN, str(locale_dir()), languages=[chosen], fallback=True)


@cache
def locale_dir() -> Path:
    """The folder holding ``<lang>/LC_MESSAGES/ita_tui.mo``: the package's own on disk; for
    a one-file bundle that is never unpacked, a copy in the user's cache folder under the
    catalogs' hash (so a newer bundle never reads an older copy)."""
    folder = package_file("locale")
    if isinstance(folder, Path) and folder.is_dir():
        return folder
    import hashlib  # only a bundle that was never unpacked comes this far
    import tempfile

    from ita_tui.atomic import atomic_write_bytes
    from ita_tui.paths import cache_dir

    compiled = {
        lang: folder.joinpath(lang, "LC_MESSAGES", f"{DOMAIN}.mo").read_bytes() for lang in LANGS
    }
    digest = hashlib.sha256(b"".join(compiled.values())).hexdigest()[:16]
    try:
        root = cache_dir() / "locale" / digest
        for lang, data in compiled.items():
            target = root / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
            if not (target.is_file() and not target.is_symlink() and target.read_bytes() == data):
                atomic_write_bytes(target, data)
    except OSError:  # no cache folder to write in: a private folder of this run's own
        root = Path(tempfile.mkdtemp(prefix="ita-tui-locale-"))
        for lang, data in compiled.items():
            target = root / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
            target.parent.mkdir(parents=True)
            target.write_bytes(data)
    return root


def speak_to_argparse(lang: str) -> None:
    """Make argparse's own words (usage, required arguments, invalid choices) ``lang`` from
    now on in this process, through gettext's public, process-wide settings: the domain,
    its folder, and the ``LANGUAGE`` variable gettext reads the language from."""
    gettext.bindtextdomain(DOMAIN, str(locale_dir()))
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = "en" if lang == "en" else "th"


@contextmanager
def gettext_settings_kept() -> Iterator[None]:
    """gettext's process-wide settings (the domain, ``LANGUAGE``) put back as they were
    afterwards, whatever :func:`speak_to_argparse` did meanwhile."""
    domain = gettext.textdomain()
    language = os.environ.get("LANGUAGE")
    try:
        yield
    finally:
        gettext.textdomain(domain)
        if language is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = language
