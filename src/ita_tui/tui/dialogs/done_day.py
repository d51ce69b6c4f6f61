"""Asked when an outcome is ticked done after the plan's fiscal year has ended.

Dated today, no report of the plan's year would count it; so the officer chooses: the
fiscal year's last day (the default), today after all, or a date typed in the date dialog.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Label, Static

from ita_tui.thai.calendar import format_date
from ita_tui.tui.dialogs.dialog import Dialog
from ita_tui.tui.i18n import num

#: The answer that asks for the date dialog instead.
TYPE_A_DATE = "type"


class OutsideYearDialog(Dialog[object]):
    """Returns the day chosen, :data:`TYPE_A_DATE`, or None when cancelled."""

    KEY_HINTS = (
        ("↑ ↓", "app.hint.next_button"),
        ("enter", "app.hint.choose"),
        ("esc", "app.hint.cancel"),
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "app.focus_next", "", show=False),
        Binding("up", "app.focus_previous", "", show=False),
    ]

    def __init__(self, year_end: dt.date, today: dt.date, fiscal_year: int, subject: str) -> None:
        super().__init__()
        self.year_end = year_end
        self.today = today
        self.fiscal_year = fiscal_year
        self.subject = subject

    def _date(self, day: dt.date) -> str:
        return format_date(day, lang=self.lang, digits=self.digits)

    def compose(self) -> ComposeResult:
        year = num(self.fiscal_year, self.digits)
        with Vertical(id="dialog", classes="dialog"):
            yield Label(self.c("app.outside.title"), classes="dialog-title")
            yield Static(Content(self.subject), classes="dialog-subject")
            yield Static(
                Content(self.t("app.outside.body", today=self._date(self.today), year=year)),
                classes="dialog-hint",
            )
            with Vertical(classes="dialog-choices"):
                yield Button(
                    Content(
                        self.t("app.outside.year_end", day=self._date(self.year_end), year=year)
                    ),
                    id="year-end",
                    variant="primary",
                    compact=True,
                )
                yield Button(
                    Content(self.t("app.outside.today", day=self._date(self.today), year=year)),
                    id="today",
                    compact=True,
                )
                yield Button(self.c("app.outside.type"), id="type", compact=True)
                yield Button(self.c("app.dialog.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#year-end", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        answers: dict[str | None, object] = {
            "year-end": self.year_end,
            "today": self.today,
            "type": TYPE_A_DATE,
            "cancel": None,
        }
        if event.button.id in answers:
            self.dismiss(answers[event.button.id])
