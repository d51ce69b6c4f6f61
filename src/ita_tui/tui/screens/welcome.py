"""Shown over the bundled example, after the first screen, when the user has no plan of their
own yet and has not dismissed it before: what the example is, and the three ways to start
one's own plan, as commands that run as printed (no install path in them)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Label, Static

from ita_tui.thai.calendar import quarter_of
from ita_tui.tui.dialogs.dialog import Dialog
from ita_tui.tui.i18n import num


class WelcomeScreen(Dialog[None]):
    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog -wide welcome"):
            yield Label(self.c("app.welcome.title"), classes="dialog-title")
            with VerticalScroll(id="welcome-body"):
                year = num(quarter_of(self.ita.today()).fiscal_year, "arabic")
                body = self.t("app.welcome.body", year=year)
                yield Static(Content(body))
            with Horizontal(classes="dialog-buttons"):
                yield self.button("app.welcome.ok", id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#ok", Button).focus()

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        self.dismiss(None)
