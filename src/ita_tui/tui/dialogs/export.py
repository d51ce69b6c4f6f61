"""``e``: write the quarterly status report: quarter, format, language, digits, where to.

The report itself is :mod:`ita_tui.report`'s job; this dialog gathers the choices, shows
the full path it will write, and has a worker thread make and write it
(:mod:`ita_tui.tui.services.exporting`): atomically (CSV text carries its own BOM), or into
a device or a pipe, never replacing it (:mod:`ita_tui.report.output`). The screen stays
live meanwhile; a failure is shown in the dialog, its choices kept for another try.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Select, Static

from ita_tui import report
from ita_tui.catalog import say
from ita_tui.plan_memory import ExportChoice, load_export, save_export
from ita_tui.signoff import SignOff, load_signoff, save_signoff
from ita_tui.textutil import has_invisible
from ita_tui.thai.calendar import Quarter, fiscal_year_of, format_date, quarter_label
from ita_tui.tui.dialogs.dialog import Dialog
from ita_tui.tui.i18n import num
from ita_tui.tui.labels import safe
from ita_tui.tui.services import exporting
from ita_tui.tui.services.done_day import counted_by
from ita_tui.tui.services.exporting import ExportJob

#: Formats in Arabic digits and ISO dates whatever is chosen.
MACHINE_FORMATS = frozenset({"csv", "json"})
#: Formats whose words are the same in every language (JSON's keys).
ONE_LANGUAGE = frozenset({"json"})
#: Seconds an export runs before the dialog says it is writing and locks its fields: a
#: quick one (most plans) neither flickers nor pays for restyling the dialog meanwhile.
BUSY_AFTER = 0.1
#: (field of SignOff, label, placeholder)
SIGNOFF_FIELDS = (
    ("reporter", "app.export.reporter", "app.export.name_hint"),
    ("reporter_position", "app.export.position", "app.export.position_hint"),
    ("approver", "app.export.approver", "app.export.name_hint"),
    ("approver_position", "app.export.position", "app.export.position_hint"),
)


class ExportDialog(Dialog[Path]):
    """Returns the path written, or None when cancelled."""

    KEY_HINTS = (
        ("enter", "app.hint.export"),
        ("tab", "app.hint.next_field"),
        ("esc", "app.hint.cancel"),
    )

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        self._folder = folder
        self._suggested = ""
        self.remembered = ExportChoice()
        #: The export being written (one at a time), until its worker posts ReportWritten.
        self._job: ExportJob | None = None
        self._busy_timer: Timer | None = None
        self._focus_before: Widget | None = None

    def _years(self) -> list[int]:
        """The plan's fiscal year, the ones either side, and today's."""
        plan_year = self.ita.plan.fiscal_year
        today_year = fiscal_year_of(self.ita.today()).be
        return sorted({plan_year - 1, plan_year, plan_year + 1, today_year})

    def _initial(self) -> ExportChoice:
        """The last export's choices for this plan, where still valid; else the defaults."""
        app = self.ita
        last = load_export(app.memory_path)
        self.remembered = last
        year = last.year if last.year in self._years() else app.plan.fiscal_year
        quarter = last.quarter or report.default_quarter(app.plan, app.today(), year=year)
        folder = self._folder
        if folder is None:
            saved = Path(last.folder) if last.folder else None
            folder = saved if saved is not None and saved.is_dir() else Path.cwd()
        return ExportChoice(
            quarter=quarter,
            year=year,
            fmt=last.fmt if last.fmt in report.FORMATS else report.FORMATS[0],
            lang=last.lang if last.lang in report.LANGS else self.lang,
            digits=last.digits if last.digits in report.DIGITS else self.digits,
            folder=str(folder),
        )

    def compose(self) -> ComposeResult:
        app = self.ita
        plan = app.plan
        lang, digits = self.lang, self.digits
        first = self._initial()
        quarter = first.quarter or 1
        year = first.year or plan.fiscal_year
        fmt = first.fmt or report.FORMATS[0]
        quarters = [(Content(quarter_label(n, lang=lang, digits=digits)), n) for n in range(1, 5)]
        years = [
            (Content(self.t("app.export.year_value", year=num(y, digits))), y)
            for y in self._years()
        ]
        formats = [(Content(self._format_name(fmt)), fmt) for fmt in report.FORMATS]
        langs = [(self.c(f"app.lang.{code}"), code) for code in report.LANGS]
        digit_styles = [(self.c(f"app.digits.{style}"), style) for style in report.DIGITS]
        self._suggested = report.default_filename(plan, quarter, fmt, year=year)
        with Vertical(id="dialog", classes="dialog -wide"):
            yield Label(self.c("app.export.title"), classes="dialog-title")
            with Grid(id="export-grid"):
                yield Label(self.c("app.export.quarter"), classes="dialog-field")
                yield Select(quarters, value=quarter, allow_blank=False, id="quarter", compact=True)
                yield Label(self.c("app.export.year"), classes="dialog-field")
                yield Select(years, value=year, allow_blank=False, id="year", compact=True)
                yield Label(self.c("app.export.format"), classes="dialog-field")
                yield Select(formats, value=fmt, allow_blank=False, id="format", compact=True)
                yield Label(self.c("app.export.lang"), classes="dialog-field")
                yield Select(
                    langs, value=first.lang or lang, allow_blank=False, id="lang", compact=True
                )
                yield Label(self.c("app.export.digits"), classes="dialog-field")
                yield Select(
                    digit_styles,
                    value=first.digits or digits,
                    allow_blank=False,
                    id="digits",
                    compact=True,
                )
                yield Label(self.c("app.export.folder"), classes="dialog-field")
                yield self.steady(
                    Input(self._folder_text(first.folder or ""), id="folder", compact=True)
                )
                yield Label(self.c("app.export.file"), classes="dialog-field")
                yield self.steady(Input(self._suggested, id="file", compact=True))
                yield from self._signoff_fields(load_signoff(plan.id))
            yield Static("", id="export-target", classes="dialog-preview")
            with Horizontal(classes="dialog-buttons"):
                yield self.button("app.export.write", id="write", variant="primary")
                yield self.button("app.dialog.cancel", id="cancel")

    def _signoff_fields(self, names: SignOff) -> ComposeResult:
        """Who signs the report, remembered for this plan (see :mod:`ita_tui.signoff`)."""
        for field, label, hint in SIGNOFF_FIELDS:
            value = getattr(names, field)
            yield Label(self.c(label), classes="dialog-field")
            yield self.steady(
                Input(
                    "" if has_invisible(value) else value,  # never raw control codes
                    placeholder=self.t(hint),
                    id=field.replace("_", "-"),
                    compact=True,
                )
            )

    def signoff(self) -> SignOff:
        return SignOff().updated(
            **{
                field: self.query_one(f"#{field.replace('_', '-')}", Input).value
                for field, _, _ in SIGNOFF_FIELDS
            }
        )

    def _folder_text(self, folder: str) -> str:
        """The folder as typed text; a name holding control codes or invisible characters is
        left empty (empty means this folder) so that it never reaches the terminal raw: the
        line below the fields shows the full path, made visible."""
        return "" if has_invisible(folder) else folder

    def _format_name(self, fmt: str) -> str:
        return say(f"app.export.format.{fmt}", self.lang)

    def on_mount(self) -> None:
        self.query_one("#quarter", Select).focus()
        self._machine_format()
        self._update_target()

    # choices -------------------------------------------------------------------------

    def _value(self, widget_id: str) -> object:
        return self.query_one(f"#{widget_id}", Select).value

    @property
    def quarter(self) -> int:
        value = self._value("quarter")
        return value if isinstance(value, int) else 1

    @property
    def year(self) -> int:
        value = self._value("year")
        return value if isinstance(value, int) else self.ita.plan.fiscal_year

    @property
    def fmt(self) -> str:
        return str(self._value("format"))

    def target(self) -> Path | None:
        folder = Path(self.query_one("#folder", Input).value.strip() or ".").expanduser()
        name = self.query_one("#file", Input).value.strip()
        if not name:
            return None
        return (folder / name).absolute()

    @on(Select.Changed, "#quarter")
    @on(Select.Changed, "#year")
    @on(Select.Changed, "#format")
    def _suggest_name(self) -> None:
        """Follow the quarter and format in the file name, unless the user typed their own."""
        file_input = self.query_one("#file", Input)
        fresh = report.default_filename(self.ita.plan, self.quarter, self.fmt, year=self.year)
        if file_input.value.strip() in ("", self._suggested):
            file_input.value = fresh
        self._suggested = fresh
        self._machine_format()
        self._update_target()

    def _machine_format(self) -> None:
        self.query_one("#digits", Select).disabled = self.fmt in MACHINE_FORMATS
        self.query_one("#lang", Select).disabled = self.fmt in ONE_LANGUAGE

    @on(Input.Changed)
    def _typed(self) -> None:
        self._update_target()

    def _update_target(self) -> None:
        shown = self.query_one("#export-target", Static)
        target = self.target()
        problem = None
        if target is None:
            problem = self.t("app.export.no_name")
        elif not target.parent.is_dir():
            problem = self.t("app.export.no_folder", path=safe(str(target.parent)))
        elif target.is_dir():
            problem = self.t("app.export.is_folder", path=safe(str(target)))
        if problem is not None:
            shown.update(Content(problem))
            shown.set_class(True, "-error")
            return
        assert target is not None
        text = self.t("app.export.will_write", path=safe(str(target)))
        if target.exists():
            text += "\n" + self.t("app.export.exists")
        counting = self._counting()
        if counting:
            text += "\n" + counting
        shown.update(Content(text))
        shown.set_class(False, "-error")

    def _counting(self) -> str:
        """Why the report may count fewer outcomes done than the app (the as-of rule)."""
        app = self.ita
        as_of = min(Quarter(self.year, self.quarter).end, app.today())
        count = counted_by(app.plan, app.store.records, as_of)
        if not count.later:
            return ""
        digits = str(self._value("digits")) if self.fmt not in MACHINE_FORMATS else "arabic"
        lang = str(self._value("lang")) if self.fmt not in ONE_LANGUAGE else self.lang
        return self.t(
            "app.export.as_of",
            counted=num(count.counted, digits),
            done=num(count.done, digits),
            day=format_date(as_of, lang=lang, digits=digits),
            later=num(count.later, digits),
        )

    # writing -------------------------------------------------------------------------

    @on(Input.Submitted)
    @on(Button.Pressed, "#write")
    def write(self) -> None:
        """Start the export in a worker thread (the screen stays live); one at a time."""
        if self._job is not None:
            self.ita.notify(self.t("app.export.busy"), markup=False)
            return
        target = self.target()
        if target is None or not target.parent.is_dir() or target.is_dir():
            self._update_target()
            return
        app = self.ita
        signoff = self.signoff()
        if signoff != load_signoff(app.plan.id):
            with contextlib.suppress(OSError):  # the names are used even if not remembered
                save_signoff(app.plan.id, signoff)
        job = ExportJob(
            target=target,
            plan=app.plan,
            records=dict(app.store.records),
            changes=app.store.changes,
            quarter=self.quarter,
            year=self.year,
            fmt=self.fmt,
            lang=str(self._value("lang")),
            digits=str(self._value("digits")),
            today=app.today(),
            signoff=signoff,
        )
        self._job = job
        self._busy_timer = self.set_timer(BUSY_AFTER, self._locked)
        self._export(job)

    # a description given: Textual's own would repr the job, the whole plan and progress
    @work(thread=True, exclusive=True, group="export", exit_on_error=False, description="export")
    def _export(self, job: ExportJob) -> None:
        """In the worker thread: the report made and written; the result posted back."""
        self.post_message(exporting.write(job))

    def _locked(self) -> None:
        """The export runs on (:data:`BUSY_AFTER`): its note in place of the target line, and
        the choices and buttons out of reach until it ends."""
        job = self._job
        if job is None:
            return
        self._focus_before = self.focused
        shown = self.query_one("#export-target", Static)
        shown.update(Content(self.t("app.export.writing", path=safe(str(job.target)))))
        shown.set_class(False, "-error")
        self._lock(True)

    def _lock(self, locked: bool) -> None:
        self.query_one("#export-grid").disabled = locked
        self.query_one(".dialog-buttons").disabled = locked

    def _ended(self) -> None:
        """The export ended: no note due any more; the choices back in reach (the focus
        where it was) if they were locked."""
        self._job = None
        if self._busy_timer is not None:
            self._busy_timer.stop()
            self._busy_timer = None
        if self.query_one("#export-grid").disabled:
            self._lock(False)
            if self._focus_before is not None:
                self._focus_before.focus()
        self._focus_before = None

    @on(exporting.ReportWritten)
    def _written(self, message: exporting.ReportWritten) -> None:
        job = message.job
        if message.error is not None:  # the choices stay for another try
            self._ended()
            self._failed(exporting.error_text(message.error, self.lang))
            return
        self._job = None  # the dialog closes: its fields stay as they are
        if self._busy_timer is not None:
            self._busy_timer.stop()
        self._remember(job)
        self.ita.notify(
            say("app.export.written", self.lang, path=safe(str(job.target))),
            timeout=15,
            markup=False,
        )
        self.dismiss(job.target)

    def _failed(self, error: str) -> None:
        shown = self.query_one("#export-target", Static)
        shown.update(Content(self.t("app.export.failed", error=safe(error))))
        shown.set_class(True, "-error")

    def _remember(self, job: ExportJob) -> None:
        """Keep this export's choices for the next one (only convenience: errors are ignored)."""
        machine = job.fmt in MACHINE_FORMATS
        choice = ExportChoice(
            quarter=job.quarter,
            year=job.year,
            fmt=job.fmt,
            lang=self.remembered.lang if job.fmt in ONE_LANGUAGE else job.lang,
            digits=self.remembered.digits if machine else job.digits,
            folder=str(job.target.parent),
        )
        with contextlib.suppress(OSError):
            save_export(self.ita.memory_path, choice)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.action_cancel()

    def action_cancel(self) -> None:
        """Closed unless a report is being written (its end is said here, when it comes)."""
        if self._job is not None:
            self.ita.notify(self.t("app.export.busy"), markup=False)
            return
        self.dismiss(None)
