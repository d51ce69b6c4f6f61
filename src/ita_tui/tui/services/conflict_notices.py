"""Saying on an outcome that a colleague changed the same field at the same time.

Two cases, both told as a notification and kept in the outcome's details until it is
changed again: our save overwrote a colleague's value ("changed meanwhile by somsri: kept
…"), or a colleague's save overwrote ours (seen on the next poll).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ita_tui.tui.services.change_text import conflict_text, overwritten_text

if TYPE_CHECKING:
    from ita_tui.tui.screens.main import MainScreen
    from ita_tui.tui.services.session import Result


def show_conflicts(screen: MainScreen, result: Result) -> None:
    view = screen.view
    lang, digits = view.lang, view.digits
    texts = [(i, conflict_text(i, c, lang, digits)) for i, c in result.conflicts]
    texts += [(i, overwritten_text(i, c, by, lang, digits)) for i, c, by in result.overwritten]
    for outcome_id, text in texts:
        view.conflicts[outcome_id] = text
        screen.notify(text, severity="warning", timeout=20, markup=False)
    screen.details.update()
