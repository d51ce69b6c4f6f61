"""Plan edits on the session's undo stack, beside ticks.

A :class:`PlanEdit` holds the operation that was applied and the one that undoes it
(both keyed by item, so either can be applied again to the file as it is now). It goes on
the same :class:`~ita_tui.tui.services.history.History` as the progress edits, so ``ctrl+z`` takes
back the last change whatever it was; the main screen asks :func:`next_plan_edit` first
and lets the editor handle a plan edit, the session anything else.
"""

from __future__ import annotations

from typing import Any, cast

from ita_tui.plan.edit import Op
from ita_tui.tui.services.history import Edit, History


class PlanEdit:
    """One plan edit: ``op`` redoes it, ``inverse`` undoes it; ``focus`` is the item to show."""

    def __init__(self, op: Op, inverse: Op, focus: str | None, what: str) -> None:
        self.op = op
        self.inverse = inverse
        self.focus = focus
        self.what = what  # "did.edit" etc. with its item, for the note after undo/redo

    def __repr__(self) -> str:
        return f"PlanEdit({self.op!r}, {self.inverse!r})"


def record(history: History, entry: PlanEdit) -> None:
    """Put a plan edit on the undo stack (it clears what could be redone, as a tick does)."""
    history.record(cast(Edit, entry))


def next_plan_edit(history: History, *, redo: bool) -> PlanEdit | None:
    """The plan edit undo (or redo) would take next, or None if the next entry is a tick."""
    stacks: Any = history
    peek = getattr(stacks, "peek_redo" if redo else "peek_undo", None)
    if peek is not None:
        entry = peek()
    else:
        stack = stacks._redo if redo else stacks._undo
        entry = stack[-1] if stack else None
    return entry if isinstance(entry, PlanEdit) else None


def take(history: History, *, redo: bool) -> None:
    """Move the next entry across (it was just applied by the editor)."""
    if redo:
        history.redo()
    else:
        history.undo()
