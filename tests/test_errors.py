"""Errors as data (ita_tui.errors): every coded error and notice of the core is worded in Thai
and English in the word catalog (``error.<code>``), every wording is used, and none is parsed
back."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from test_catalog import catalog_script

from ita_tui import catalog
from ita_tui.error_text import worded, wording
from ita_tui.errors import ItaError, Notice, notice

SRC = Path(__file__).resolve().parents[1] / "src" / "ita_tui"
THAI = re.compile("[\u0e01-\u0e4e]")


def fields(text: str) -> set[str]:
    """The names a wording takes (``{path}: {why}`` -> ``{"path", "why"}``)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


#: The Thai and English catalogs (key -> message).
TH, EN = catalog_script.messages("th"), catalog_script.messages("en")
#: Every code the catalog words (``error.<code>``).
CODES = sorted(key.removeprefix("error.") for key in EN if key.startswith("error."))
#: The classes and functions that take a code (``error.<code>``) as their first argument.
CODED = {
    "ItaError",
    "StoreError",
    "StoreRefused",
    "LockError",
    "ProgressFileError",
    "ProgressFileRefused",
    "NotAnExport",
    "Notice",
    "notice",
}


def _constants(node: ast.expr) -> list[str]:
    """The codes an argument can be: a constant, either branch of an ``if``, a dict's values."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _constants(node.body) + _constants(node.orelse)
    return []


def _source() -> dict[Path, ast.Module]:
    return {
        path: ast.parse(path.read_text(encoding="utf-8"))
        for path in SRC.rglob("*.py")
        if path.name != "error_text.py"
    }


@pytest.mark.parametrize("code", CODES)
def test_every_code_has_thai_and_english_wording_with_the_same_values(code: str) -> None:
    thai, english = TH[f"error.{code}"], EN[f"error.{code}"]
    assert thai.strip() and english.strip(), code
    assert fields(thai) == fields(english), code
    if thai != "{why}":  # a wrapper with no words of its own
        assert THAI.search(thai), f"{code}: the Thai wording is not Thai: {thai!r}"
        assert thai != english, code


def test_every_code_raised_is_worded_and_every_wording_is_used() -> None:
    raised: set[str] = set()
    strings: set[str] = set()
    for tree in _source().values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name in CODED:
                raised.update(_constants(node.args[0]))  # (else: an error's code passed on)
    assert raised, "no coded error found in the source"
    unworded = sorted(code for code in raised if not catalog.has(f"error.{code}"))
    assert unworded == [], f"raised without wording: {unworded}"
    unused = sorted(code for code in CODES if code not in strings)
    assert unused == [], f"wordings no code uses: {unused}"


def test_an_error_is_its_code_and_values_worded_where_shown() -> None:
    error = ItaError("lock.timeout", path="/d/p.progress.toml", seconds="15")
    assert error.code == "lock.timeout" and error.values["seconds"] == "15"
    assert (
        str(error)
        == worded(error, "en")
        == (
            "/d/p.progress.toml is locked by another ita-tui for over 15 s; nothing was lost, try again"
        )
    )
    assert worded(error, "th").startswith(
        "ita-tui อีกโปรแกรมล็อกไฟล์ /d/p.progress.toml ไว้นานเกิน 15 วินาที"
    )


def test_a_notice_is_data_and_nests() -> None:
    told = notice("store.missing", path="/d/p", reason=notice("store.reason.missing"))
    assert isinstance(told, Notice) and told.code == "store.missing"
    assert worded(told, "th") == "ไม่พบไฟล์ความคืบหน้า /d/p (ไฟล์หายไป)"
    assert worded(told, "en") == str(told) == "The progress file /d/p is missing (it is missing)."


def test_no_english_is_parsed_back() -> None:
    """An English sentence handed to the wording is shown as it is, never matched and
    translated: a reworded message can no more lose its Thai."""
    english = str(ItaError("store.cannot_read", path="/d/p", why=OSError(13, "x")))
    assert worded(english, "th") == english
    for tree in _source().values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                assert node.id not in ("by_pattern", "ERRORS_THAI", "SKIP_THAI", "_STORE_PATTERNS")


def test_an_unknown_code_still_names_itself() -> None:
    assert wording("no.such.code", {"path": "/x"}, "th") == "no.such.code path=/x"


def test_an_error_and_a_notice_survive_a_copy_and_a_pickle() -> None:
    import copy
    import pickle

    from ita_tui.store import StoreRefused

    error = StoreRefused("store.refused", path="/d/p", why=OSError(21, "x"))
    told = notice("recovery.restored", path="/d/b.toml", n=3)
    for again in (copy.deepcopy(error), pickle.loads(pickle.dumps(error))):
        assert type(again) is StoreRefused and again.code == error.code
        assert worded(again, "th") == worded(error, "th")
    for copied in (copy.deepcopy(told), pickle.loads(pickle.dumps(told))):
        assert copied == told and worded(copied, "th") == worded(told, "th")
