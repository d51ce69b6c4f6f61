"""Asked only when changes could not be saved yet: quitting would lose them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from ita_tui.tui.dialogs.dialog import Question


class ConfirmQuit(Question[bool]):
    ANSWERS = (
        ("app.dialog.stay", "stay", "primary", False),
        ("app.dialog.quit_anyway", "quit", "error", True),
    )

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error

    def heading(self) -> Content:
        return self.c("app.quit.title")

    def body(self) -> ComposeResult:
        yield Static(Content(self.t("app.quit.body", error=self.error)))
