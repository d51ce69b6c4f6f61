"""Asked by undo/redo when a colleague changed the same field since: overwrite theirs, or keep it."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Label, Static

from ita_tui.tui.change_text import stale_text
from ita_tui.tui.screens.dialog import Dialog


class ConfirmOverwrite(Dialog[bool]):
    """Returns True to overwrite the colleague's value, False (or None: esc) to keep it."""

    def __init__(self, redo: bool, outcome_id: str, stale: list[tuple[Any, Any]]) -> None:
        super().__init__()
        self.redo = redo
        self.outcome_id = outcome_id
        self.stale = stale

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog -narrow -error"):
            yield Label(
                self.c("redo_ask.title" if self.redo else "undo_ask.title"), classes="dialog-title"
            )
            yield Static(Content(stale_text(self.outcome_id, self.stale, self.lang, self.digits)))
            yield Label(self.c("undo_ask.question"), classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield self.button("dialog.keep_theirs", id="keep", variant="primary")
                yield self.button("dialog.overwrite", id="overwrite", variant="error")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    @on(Button.Pressed, "#keep")
    def _keep(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#overwrite")
    def _overwrite(self) -> None:
        self.dismiss(True)
