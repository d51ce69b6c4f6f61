"""``d``: the date an outcome was done, typed as officers write it (``10/02/2568``,
``10 ก.พ. 2568``, ``2568-02-10``...), B.E. or C.E., Thai or Arabic digits."""

from __future__ import annotations

import datetime as dt

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, Static

from ita_tui.error_text import date_error_text
from ita_tui.store.dates import example_day, implausible
from ita_tui.thai.calendar import DateError, format_date, parse_date, slash_date
from ita_tui.tui.dialogs.dialog import Dialog
from ita_tui.tui.i18n import num
from ita_tui.tui.services.done_day import outside_year


class DoneOnDialog(Dialog[dt.date]):
    """Returns the date typed, or None when cancelled."""

    KEY_HINTS = (("enter", "app.hint.save"), ("esc", "app.hint.cancel"))

    def __init__(
        self,
        current: dt.date | None,
        today: dt.date,
        title: str,
        *,
        fiscal_year: int | None = None,
    ) -> None:
        super().__init__()
        self.current = current
        self.today = today
        self.outcome_title = title
        self.fiscal_year = fiscal_year

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog -narrow"):
            yield Label(self.c("app.done_on.title"), classes="dialog-title")
            yield Static(Content(self.outcome_title), classes="dialog-subject")
            yield Label(self.prompt(), classes="dialog-hint")
            yield self.steady(Input(slash_date(self.current or self.today), id="date"))
            yield Static("", id="preview", classes="dialog-preview")
            with Horizontal(classes="dialog-buttons"):
                yield self.button("app.dialog.save", id="save", variant="primary")
                yield self.button("app.dialog.cancel", id="cancel")

    @property
    def example(self) -> dt.date:
        """The day the examples show: inside the plan's fiscal year."""
        year = self.fiscal_year if self.fiscal_year is not None else self.ita.plan.fiscal_year
        return example_day(year, self.today)

    def prompt(self) -> Content:
        day = self.example
        named = format_date(day, lang=self.lang, digits=self.digits)
        return self.c(
            "app.done_on.prompt", example=slash_date(day, digits=self.digits), named=named
        )

    def on_mount(self) -> None:
        self.query_one("#date", Input).focus()
        self._check(self.query_one("#date", Input).value)

    def _check(self, text: str) -> dt.date | None:
        preview = self.query_one("#preview", Static)
        if not text.strip():
            preview.update(Content(self.t("app.done_on.empty")))
            preview.set_class(True, "-error")
            return None
        try:
            day = parse_date(text)
        except DateError as exc:
            example = slash_date(self.example, digits=self.digits)
            preview.update(Content(date_error_text(exc, self.lang, example=example)))
            preview.set_class(True, "-error")
            return None
        if self.fiscal_year is not None:
            wrong = implausible(day, self.fiscal_year, self.today)
            if wrong is not None:
                first, last = (
                    format_date(d, lang=self.lang, digits=self.digits, abbreviated=False)
                    for d in wrong
                )
                year = num(self.fiscal_year, self.digits)
                preview.update(
                    Content(self.t("app.done_on.implausible", year=year, first=first, last=last))
                )
                preview.set_class(True, "-error")
                return None
        shown = format_date(day, lang=self.lang, digits=self.digits, abbreviated=False)
        if day > self.today:
            shown += " · " + self.t("app.done_on.future")
        elif outside_year(self.ita.plan, day):
            year = num(self.ita.plan.fiscal_year, self.digits)
            shown += " · " + self.t("app.done_on.after_year", year=year)
        preview.update(Content("= " + shown))
        preview.set_class(False, "-error")
        return day

    @on(Input.Changed, "#date")
    def _changed(self, event: Input.Changed) -> None:
        self._check(event.value)

    @on(Input.Submitted, "#date")
    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        day = self._check(self.query_one("#date", Input).value)
        if day is not None:
            self.dismiss(day)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
