"""Asked only when changes could not be saved yet: quitting would lose them."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Label, Static

from ita_tui.tui.screens.dialog import Dialog


class ConfirmQuit(Dialog[bool]):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog -narrow -error"):
            yield Label(self.c("quit.title"), classes="dialog-title")
            yield Static(Content(self.t("quit.body", error=self.error)))
            with Horizontal(classes="dialog-buttons"):
                yield self.button("dialog.stay", id="stay", variant="primary")
                yield self.button("dialog.quit_anyway", id="quit", variant="error")

    def on_mount(self) -> None:
        self.query_one("#stay", Button).focus()

    @on(Button.Pressed, "#stay")
    def _stay(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#quit")
    def _quit(self) -> None:
        self.dismiss(True)
