"""Screenshots of the main screen (pytest-textual-snapshot), Thai and English, 80x24 and 120x40.

The bundled plan, the fixed progress fixture, a fixed day (10 Feb 2025, Q2 of FY 2568)
and no cursor blinking: a change in the pictures is a change in what officers see.
Update after a deliberate change with ``pytest tests/tui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import MakeApp

#: Open activity 1.1 so that outcome lines (with their status glyphs) are in the picture.
OPEN_FIRST_ACTIVITY = ("down", "right")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_main_screen(
    snap_compare: Any, make_app: MakeApp, fixture_progress: Path, lang: str, size: tuple[int, int]
) -> None:
    app = make_app(lang=lang, digits="thai" if lang == "th" else "arabic")
    assert snap_compare(app, press=OPEN_FIRST_ACTIVITY, terminal_size=size)


#: Dialogs added for issue 11: their pictures, Thai and English, at 80x24.
DIALOG_KEYS = {
    # the export dialog: fiscal-year row, the target, the dialog's own keys below
    "export": ("e",),
    # ticking after the plan's fiscal year: which day?
    "outside_year": ("down", "right", "down", "down", "down", "down", "space"),  # 1.1.4
    # closing a changed note: keep editing / discard / save
    "discard": ("down", "right", "down", "a", "x", "escape"),
}


@pytest.mark.parametrize("dialog", sorted(DIALOG_KEYS))
@pytest.mark.parametrize("lang", ["th", "en"])
def test_dialogs(
    snap_compare: Any,
    make_app: MakeApp,
    fixture_progress: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    dialog: str,
) -> None:
    import datetime as dt

    monkeypatch.chdir("/")  # the export dialog shows the folder: the same on every machine
    today = dt.date(2026, 11, 30) if dialog == "outside_year" else dt.date(2025, 2, 10)
    app = make_app(lang=lang, digits="thai" if lang == "th" else "arabic", today=today)
    assert snap_compare(app, press=DIALOG_KEYS[dialog], terminal_size=(80, 24))


#: The edit forms, Thai and English, at the officer's 80x24.
FORMS = {
    "issue": ("down", "up", "r"),
    "activity": ("down", "r"),
    "outcome": ("down", "right", "down", "r"),
    "plan": ("P",),
    "delete": ("down", "delete"),
}


@pytest.mark.parametrize("form", list(FORMS))
@pytest.mark.parametrize("lang", ["th", "en"])
def test_edit_forms(
    snap_compare: Any, make_app: MakeApp, fixture_progress: Path, lang: str, form: str
) -> None:
    app = make_app(lang=lang, digits="thai" if lang == "th" else "arabic")
    assert snap_compare(app, press=FORMS[form], terminal_size=(80, 24))
