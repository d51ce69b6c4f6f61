"""The word catalogs: one per language, complete in both, compiled, found from anywhere."""

from __future__ import annotations

import argparse
import ast
import inspect
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
    try:
        catalog.speak_to_argparse("th")
        with pytest.raises(SystemExit):
            parser.parse_args([])
        err = capsys.readouterr().err
        assert "วิธีใช้:" in err and "ต้องใส่: plan" in err and "ผิดพลาด" in err
    finally:
        catalog.speak_to_argparse("en")
    with pytest.raises(SystemExit):
        parser.parse_args([])
    assert "the following arguments are required: plan" in capsys.readouterr().err


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
