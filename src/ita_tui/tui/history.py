"""Undo and redo for the session: stacks of (outcome, record before, record after).

Applying an edit is the store's job (``store.restore``); this only remembers the order.
"""

from __future__ import annotations

from ita_tui.model import OutcomeProgress
from ita_tui.records import record


@record(frozen=True)
class Edit:
    outcome_id: str
    before: OutcomeProgress
    after: OutcomeProgress


class History:
    """As far back as the session goes: a new edit clears what could be redone."""

    def __init__(self) -> None:
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []

    def record(self, edit: Edit) -> None:
        self._undo.append(edit)
        self._redo.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> Edit | None:
        """The edit to take back (apply its ``before``), moved to the redo stack."""
        if not self._undo:
            return None
        edit = self._undo.pop()
        self._redo.append(edit)
        return edit

    def redo(self) -> Edit | None:
        """The edit to apply again (its ``after``), moved back to the undo stack."""
        if not self._redo:
            return None
        edit = self._redo.pop()
        self._undo.append(edit)
        return edit

    def __len__(self) -> int:
        return len(self._undo)
