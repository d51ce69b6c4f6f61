"""Undo and redo for the session: stacks of edits, each the field operations made on one outcome.

Undoing an edit applies the inverse of its operations (the store's job): only the fields this
session changed go back, and only to what they were. This only remembers the order.
"""

from __future__ import annotations

from dataclasses import replace

from ita_tui.records import record
from ita_tui.store.ops import Op


@record(frozen=True)
class Edit:
    outcome_id: str
    ops: tuple[Op, ...]
    #: Where the change log ended just before this edit was made: what others logged on
    #: this outcome after it was made since (undo asks before taking back their fields).
    since: int = 0

    def inverse(self) -> Edit:
        """The edit that takes this one back (its ops inverted, last first)."""
        ops = tuple(op.inverse() for op in reversed(self.ops))
        return Edit(self.outcome_id, ops, self.since)


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

    def peek_undo(self) -> Edit | None:
        """The edit an undo would take back, left in place (the user may still say no)."""
        return self._undo[-1] if self._undo else None

    def peek_redo(self) -> Edit | None:
        return self._redo[-1] if self._redo else None

    def undo(self, since: int | None = None) -> Edit | None:
        """The edit to take back (apply its inverse), moved to the redo stack (made again
        at ``since`` in the change log, if given)."""
        if not self._undo:
            return None
        edit = self._undo.pop()
        self._redo.append(edit if since is None else replace(edit, since=since))
        return edit

    def redo(self, since: int | None = None) -> Edit | None:
        """The edit to apply again, moved back to the undo stack (see :meth:`undo`)."""
        if not self._redo:
            return None
        edit = self._redo.pop()
        self._undo.append(edit if since is None else replace(edit, since=since))
        return edit

    def __len__(self) -> int:
        return len(self._undo)
