"""Saying on an outcome that a colleague changed the same field at the same time.

Two cases, both told as a notification and kept in the outcome's details until it is
changed again: our save overwrote a colleague's value ("changed meanwhile by somsri: kept
…"), or a colleague's save overwrote ours (seen on the next poll).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ita_tui.tui.services.change_text import conflict_text, overwritten_text

if TYPE_CHECKING:
    from ita_tui.tui.services.session import Result


def conflict_texts(result: Result, lang: str, digits: str) -> list[tuple[str, str]]:
    """(outcome id, what to tell) for every clash the save or the poll found."""
    texts = [(i, conflict_text(i, c, lang, digits)) for i, c in result.conflicts]
    texts += [(i, overwritten_text(i, c, by, lang, digits)) for i, c, by in result.overwritten]
    return texts
