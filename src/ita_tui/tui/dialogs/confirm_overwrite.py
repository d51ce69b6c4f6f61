"""Asked by undo/redo when a colleague changed the same field since: overwrite theirs, or keep it."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Label, Static

from ita_tui.tui.dialogs.dialog import Question
from ita_tui.tui.services.change_text import stale_text


class ConfirmOverwrite(Question[bool]):
    """Returns True to overwrite the colleague's value, False (or None: esc) to keep it."""

    ANSWERS = (
        ("app.dialog.keep_theirs", "keep", "primary", False),
        ("app.dialog.overwrite", "overwrite", "error", True),
    )

    def __init__(self, redo: bool, outcome_id: str, stale: list[tuple[Any, Any]]) -> None:
        super().__init__()
        self.redo = redo
        self.outcome_id = outcome_id
        self.stale = stale

    def heading(self) -> Content:
        return self.c("app.redo_ask.title" if self.redo else "app.undo_ask.title")

    def body(self) -> ComposeResult:
        yield Static(Content(stale_text(self.outcome_id, self.stale, self.lang, self.digits)))
        yield Label(self.c("app.undo_ask.question"), classes="dialog-hint")
