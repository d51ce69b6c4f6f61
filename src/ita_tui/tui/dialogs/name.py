"""The officer's name, asked once after the first screen: it signs every change (the change
log, the reports' "by"), instead of the computer's login name. Only a name closes it."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, Static

from ita_tui.config import NAME_LENGTH, name_problem
from ita_tui.tui.dialogs.dialog import Dialog


class NameDialog(Dialog[str]):
    """Returns the name typed (trimmed); esc does not close it: the name is needed."""

    KEY_HINTS: ClassVar[tuple[tuple[str, str], ...]] = (("enter", "app.hint.save"),)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog -narrow"):
            yield Label(self.c("app.name.title"), classes="dialog-title")
            yield Label(self.c("app.name.prompt"), classes="dialog-hint")
            yield self.steady(Input("", id="name", max_length=NAME_LENGTH))
            yield Static("", id="problem", classes="dialog-preview -error")
            with Horizontal(classes="dialog-buttons"):
                yield self.button("app.name.ok", id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    def action_cancel(self) -> None:
        """esc: the name is still needed (ctrl+q quits the app as ever)."""
        self._save()

    @on(Input.Submitted, "#name")
    @on(Button.Pressed, "#ok")
    def _save(self) -> None:
        typed = self.query_one("#name", Input).value
        problem = name_problem(typed)
        if problem is not None:
            self.query_one("#problem", Static).update(Content(self.t(f"app.{problem}")))
            return
        self.dismiss(typed.strip())
