"""What the plan's worker threads post to the main screen when they end (as Posting does).

Kept apart from :mod:`.editing` so that the main screen can handle them without loading
the editing code at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from ita_tui.model import Plan
    from ita_tui.plan.edit import EditResult


class PlanWritten(Message):
    """A plan write ended in its worker thread: the ``result``, or the ``error`` that
    stopped it (a refusal in the app's language, a file error, a fault)."""

    def __init__(self, result: EditResult | None, error: BaseException | None) -> None:
        super().__init__()
        self.result = result
        self.error = error


class PlanRead(Message):
    """The plan file at ``path`` was read in its worker thread: the ``plan``, or the
    ``error`` (worded) that makes it unusable."""

    def __init__(self, path: Path, plan: Plan | None, error: str | None) -> None:
        super().__init__()
        self.path = path
        self.plan = plan
        self.error = error
