"""The top lines: who and what, the fiscal year, today's quarter, overall progress, the filter."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from ita_tui.catalog import say
from ita_tui.progress_words import bar, progress_text
from ita_tui.thai.calendar import quarter_label, quarter_of
from ita_tui.tui.i18n import num
from ita_tui.tui.labels import fit, plain, safe
from ita_tui.tui.services.view import View


class PlanHeader(Widget):
    """Two lines (three with a filter on), drawn from the view at every repaint."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "plan-header--organisation",
        "plan-header--bar",
        "plan-header--bar-empty",
        "plan-header--filter",
        "plan-header--saved",
        "plan-header--muted",
    }

    def __init__(self, view: View, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = view
        self.note = ""
        self.import_notes = 0  # the importer's notes left in the plan (a line while any remain)

    def _s(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def show_note(self, note: str) -> None:
        """A quiet word on the right of the first line (e.g. "saved")."""
        self.note = note
        self.refresh()

    def update_filter_line(self) -> None:
        self.styles.height = 2 + int(self.view.plan_filter.active) + int(self.import_notes > 0)
        self.refresh(layout=True)

    def show_import_notes(self, count: int) -> None:
        """How many ``# import:`` notes the plan holds: a line says so while any remain."""
        if count != self.import_notes:
            self.import_notes = count
            self.update_filter_line()

    def render(self) -> Text:
        width = max(self.size.width, 20)
        return Text("\n").join(
            [
                self._title_line(width),
                self._progress_line(width),
                *self._filter_line(width),
                *self._notes_line(width),
            ]
        )

    def _notes_line(self, width: int) -> list[Text]:
        if not self.import_notes:
            return []
        lang = self.view.lang
        head = Text(
            say("app.import_notes.line", lang, n=num(self.import_notes, self.view.digits)),
            style=self._s("plan-header--filter"),
        )
        tail = Text(" " + say("app.import_notes.hint", lang), style=self._s("plan-header--muted"))
        return [fit(head, tail, width)]

    def _title_line(self, width: int) -> Text:
        plan = self.view.plan
        head = plain(plan.organisation, "")
        head.stylize(self._s("plan-header--organisation"))
        head.append(" · ")
        head.append_text(plain(plan.title))
        tail = Text("  " + self.note, style=self._s("plan-header--saved")) if self.note else Text()
        head = fit(head, Text(), width - tail.cell_len)
        gap = max(0, width - head.cell_len - tail.cell_len)
        return Text.assemble(head, " " * gap, tail)

    def _progress_line(self, width: int) -> Text:
        view = self.view
        lang, digits = view.lang, view.digits
        plan = view.plan
        today = view.today
        left = Text(say("app.fiscal_year", lang, year=num(plan.fiscal_year, digits)))
        quarter = quarter_of(today)
        label = quarter_label(quarter.number, lang=lang, digits=digits)
        left.append(" · ")
        if quarter.fiscal_year == plan.fiscal_year:
            left.append(say("app.today_quarter", lang, quarter=label))
        else:
            left.append(
                say(
                    "app.today_other_year",
                    lang,
                    quarter=label,
                    year=num(quarter.fiscal_year, digits),
                ),
                style=self._s("plan-header--muted"),
            )
        total = view.tallies.total()
        if total.total == 0:  # a plan with no outcome yet: no count, no bar, no percentage
            right = Text(progress_text(total, lang), style=self._s("plan-header--muted"))
            gap = width - left.cell_len - right.cell_len
            if gap < 1:
                return fit(left, Text(" ") + right, width)
            return Text.assemble(left, " " * gap, right)
        counts = say(
            "app.done_of", lang, done=num(total.done, digits), total=num(total.applicable, digits)
        )
        if total.done:
            counts += self._report_counts()
        pct = num(progress_text(total, lang), digits)
        room = width - left.cell_len - len(counts) - len(pct) - 6
        bar_width = max(0, min(30, room))
        right = Text(counts + " ")
        if bar_width >= 5:
            drawn = bar(total.done, total.applicable, bar_width)
            filled = drawn.count("█")
            right.append(drawn[:filled], style=self._s("plan-header--bar"))
            right.append(drawn[filled:], style=self._s("plan-header--bar-empty"))
            right.append(" ")
        right.append(pct)
        gap = width - left.cell_len - right.cell_len
        if gap < 1:
            return fit(left, Text(" ") + right, width)
        return Text.assemble(left, " " * gap, right)

    def _report_counts(self) -> str:
        """ " (รายงานนับ ๗)" when the plan's reports count fewer done than the app does."""
        from ita_tui.tui.services.done_day import counted_by, year_end

        view = self.view
        count = counted_by(view.plan, view.records, min(year_end(view.plan), view.today))
        if not count.later:
            return ""
        year = num(view.plan.fiscal_year, view.digits)
        return " " + say(
            "app.report_counts", view.lang, n=num(count.counted, view.digits), year=year
        )

    def _filter_line(self, width: int) -> list[Text]:
        view = self.view
        flt = view.plan_filter
        if not flt.active:
            return []
        lang, digits = view.lang, view.digits
        parts: list[str] = []
        if flt.quarter is not None:
            parts.append(
                say(
                    "app.filter_quarter",
                    lang,
                    quarter=quarter_label(flt.quarter, lang=lang, digits=digits),
                )
            )
        if flt.issue is not None:
            issue = view.plan.find(flt.issue)
            shown = getattr(issue, "number", "") or flt.issue
            parts.append(say("app.issue", lang, id=num(safe(shown), digits)))
        if flt.job is not None:
            parts.append(say("app.filter_job", lang, job=safe(flt.job)))
        if flt.overdue_on is not None:
            parts.append(say("app.filter_overdue", lang))
        if flt.open_only:
            parts.append(say("app.filter_open_only", lang))
        head = Text(
            say("app.filter_on", lang, what=" · ".join(parts)), style=self._s("plan-header--filter")
        )
        tail = Text(" " + say("app.filter_clear_hint", lang), style=self._s("plan-header--muted"))
        return [fit(head, tail, width)]
