"""The right-hand pane: everything about the selected issue, activity or outcome."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ita_tui.catalog import say
from ita_tui.clock import clock_for
from ita_tui.model import Activity, Issue, Outcome, Status
from ita_tui.progress_words import bar, progress_text
from ita_tui.state import ActivityState, Tally
from ita_tui.thai.calendar import format_date, format_span, quarters_label
from ita_tui.tui.i18n import num, state_label, status_label
from ita_tui.tui.labels import GLYPHS, cookie, plain, safe, short_id
from ita_tui.tui.services.view import View
from ita_tui.tui.widgets.plan_tree import PlanNode
from ita_tui.tui.widgets.thai_text import ThaiText

STATE_STYLE = {
    ActivityState.COMPLETE: "details--complete",
    ActivityState.DUE: "details--due",
    ActivityState.OVERDUE: "details--overdue",
    ActivityState.NOT_STARTED: "details--not-started",
    ActivityState.NO_OUTCOMES: "details--not-started",
}
STATUS_STYLE = {
    Status.PENDING: "details--pending",
    Status.IN_PROGRESS: "details--in-progress",
    Status.DONE: "details--done",
    Status.NOT_APPLICABLE: "details--not-applicable",
}
WEB_SCHEMES = ("http://", "https://")
#: The characters of a note shown here at most (the note editor opens it whole).
NOTE_PREVIEW = 2_000
#: Marks the search's matches in the drawn lines (to scroll the first one into view).
MATCH = "search-match"


class Details(ScrollView, can_focus=False):
    """Details of one node, rebuilt from the plan and the records whenever asked.

    A line-API widget, as the tree is: the details are rendered once into lines at the
    pane's width (again only when the width changes) and each line is drawn from them.
    A scrolling container around a Static would lay the text out twice per change and
    costs a few milliseconds more at start-up.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *STATE_STYLE.values(),
        *STATUS_STYLE.values(),
        "details--heading",
        "details--label",
        "details--muted",
        "details--link",
        "details--match",
    }

    def __init__(self, view: View, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = view
        self.node: PlanNode | None = None
        self._body: RenderableType = Text()
        self._drawn = False
        self._theme = ""  # the theme the lines were drawn in
        self._strips: list[Strip] = []
        self._strips_width = -1  # the width the strips were made for

    def show(self, node: PlanNode | None) -> None:
        """Show ``node``; the node already shown is not drawn again (see :meth:`update`)."""
        if node is self.node and self._drawn:
            return
        self.scroll_home(animate=False)
        self.node = node
        self.update()

    def update(self) -> None:
        node = self.node
        if node is None:
            body: RenderableType = self._plan_summary()
        elif isinstance(node, Issue):
            body = self._issue(node)
        elif isinstance(node, Activity):
            body = self._activity(node)
        else:
            body = self._outcome(node)
        self._body = body
        self._drawn = True
        self._theme = self.app.theme
        self._lay_out()

    # drawing -------------------------------------------------------------------------

    def _lay_out(self) -> None:
        """Render the body into lines at the pane's width, and size the scroll area."""
        width = self.scrollable_content_region.width
        if width <= 0:  # not laid out yet: on_resize comes next
            self._strips_width = -1
            return
        console = self.app.console
        options = self.app.console_options.update(highlight=False, width=width, height=None)
        lines = console.render_lines(self._body, options, pad=False)
        self._strips = [Strip(line) for line in lines]
        self._strips_width = width
        self.virtual_size = Size(width, len(self._strips))
        self._show_first_match()
        self.refresh()

    def _show_first_match(self) -> None:
        """Scroll so that the first search match shows, if it lies below the pane's end."""
        if self.view.pattern is None:
            return
        for index, strip in enumerate(self._strips):
            if any(seg.style is not None and seg.style.meta.get(MATCH) for seg in strip):
                if index >= self.scroll_offset.y + self.scrollable_content_region.height:
                    self.scroll_to(y=max(0, index - 2), animate=False)
                return

    def _found(self, text: Text) -> Text:
        """The search's matches highlighted: the tree line may hide them (steps, cut lines)."""
        view = self.view
        node = self.node
        if view.pattern is None or node is None or node.id not in view.matches:
            return text
        style = self._s("details--match") + Style(meta={MATCH: True})
        for match in view.pattern.finditer(text.plain):
            if match.end() > match.start():
                text.stylize(style, match.start(), match.end())
        return text

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._strips_width:
            self._lay_out()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        # The component styles are baked into the lines: a new theme needs them again, once
        # its styles have reached the component classes too (after this refresh).
        if self._drawn and self._theme != self.app.theme:
            self._theme = self.app.theme
            self.call_after_refresh(self.update)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        style = self.rich_style
        index = y + self.scroll_offset.y
        if 0 <= index < len(self._strips):
            return self._strips[index].crop_extend(0, width, style).apply_style(style)
        return Strip.blank(width, style)

    # pieces --------------------------------------------------------------------------

    @staticmethod
    def _group(parts: list[RenderableType]) -> Group:
        """Every paragraph wrapped between Thai words."""
        return Group(*(ThaiText(part) if isinstance(part, Text) else part for part in parts))

    def _s(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _heading(self, text: str) -> Text:
        return Text(text, style=self._s("details--heading"))

    def _label(self, text: str) -> Text:
        return Text(text, style=self._s("details--label"))

    def _progress_line(self, tally: Tally) -> Text:
        lang, digits = self.view.lang, self.view.digits
        line = Text(say("app.progress", lang) + "  ", style=self._s("details--label"))
        if tally.total == 0:  # no outcome yet: no count, no bar, no percentage
            line.append(progress_text(tally, lang), style=self._s("details--muted"))
            return line
        done, total = tally.done, tally.applicable
        line.append(f"{num(done, digits)}/{num(total, digits)} ")
        line.append(bar(done, total, 10), style=self._s("details--complete"))
        line.append(" " + num(progress_text(tally, lang), digits))
        if tally.not_applicable:
            count = num(tally.not_applicable, digits)
            line.append("  · " + say("app.not_applicable_count", lang, n=count))
        return line

    def _plan_summary(self) -> RenderableType:
        plan, lang, digits = self.view.plan, self.view.lang, self.view.digits
        counts = plan.counts
        parts: list[RenderableType] = [
            plain(plan.organisation, "bold"),
            plain(plan.title),
            Text(
                say(
                    "app.plan_summary",
                    lang,
                    issues=num(counts.issues, digits),
                    activities=num(counts.activities, digits),
                    outcomes=num(counts.outcomes, digits),
                )
            ),
        ]
        if not self.view.shown.issues:
            parts.append(Text(say("app.empty_filter", lang), style=self._s("details--muted")))
        return self._group(parts)

    def _issue(self, issue: Issue) -> RenderableType:
        view = self.view
        lang, digits = view.lang, view.digits
        tally = view.tallies.issue(issue)
        parts: list[RenderableType] = [
            self._heading(say("app.issue", lang, id=num(issue.number or issue.id, digits))),
            self._found(plain(issue.title, "bold")),
            Text(),
            self._progress_line(tally),
            Text(),
            self._label(say("app.activities", lang)),
        ]
        for activity in issue.activities:
            state = view.tallies.activity_state(activity, view.today)
            line = plain(activity.title)
            line.append(" " + cookie(view.tallies.activity(activity), digits))
            line.append(" " + state_label(state, lang), style=self._s(STATE_STYLE[state]))
            number = Text(
                num(activity.number or activity.id, digits) + " ", style=self._s("details--muted")
            )
            parts.append(ThaiText(line, number))
        return self._group(parts)

    def _activity(self, activity: Activity) -> RenderableType:
        view = self.view
        lang, digits = view.lang, view.digits
        plan = view.plan
        tally = view.tallies.activity(activity)
        state = view.tallies.activity_state(activity, view.today)
        first = plan.quarter(activity.first_quarter)
        last = plan.quarter(activity.last_quarter)
        period = Text(say("app.period", lang) + "  ", style=self._s("details--label"))
        period.append(quarters_label(activity.quarters, lang=lang, digits=digits))
        period.append(f"  ({format_span(first, last, lang=lang, digits=digits)})")
        if activity.period and lang == "th":
            written = safe(activity.period)
            if written != quarters_label(activity.quarters, lang="th", digits="thai"):
                period.append(" · " + written, style=self._s("details--muted"))
        state_line = Text(say("app.state", lang) + "  ", style=self._s("details--label"))
        state_line.append(state_label(state, lang), style=self._s(STATE_STYLE[state]))
        parts: list[RenderableType] = [
            self._heading(
                say("app.activity", lang, id=num(activity.number or activity.id, digits))
            ),
            self._found(plain(activity.title, "bold")),
            Text(),
            period,
            state_line,
            self._progress_line(tally),
            Text(),
            self._label(say("app.responsible", lang)),
        ]
        for job in activity.responsible:
            parts.append(ThaiText(self._found(plain(job)), Text("• ")))
        if activity.steps:
            parts += [Text(), self._label(say("app.steps", lang))]
            for number, step in enumerate(activity.steps, 1):
                parts.append(ThaiText(self._found(plain(step)), Text(f"{num(number, digits)}. ")))
        parts += [Text(), self._label(say("app.outcomes", lang))]
        if not activity.outcomes:
            parts.append(Text(say("app.no_outcomes", lang), style=self._s("details--muted")))
        for outcome in activity.outcomes:
            status = view.record(outcome.id).status
            lead = Text(GLYPHS[status] + " ", style=self._s(STATUS_STYLE[status]))
            lead.append(num(short_id(outcome.number or outcome.id), digits) + ") ")
            parts.append(ThaiText(plain(outcome.text), lead))
        return self._group(parts)

    def _outcome(self, outcome: Outcome) -> RenderableType:
        view = self.view
        lang, digits = view.lang, view.digits
        record = view.record(outcome.id)
        status = record.status
        status_line = Text(say("app.status", lang) + "  ", style=self._s("details--label"))
        status_line.append(
            f"{GLYPHS[status]} {status_label(status, lang)}", style=self._s(STATUS_STYLE[status])
        )
        parts: list[RenderableType] = [
            self._heading(say("app.outcome", lang, id=num(outcome.number or outcome.id, digits))),
            self._found(plain(outcome.text, "bold", keep_newlines=True)),
            Text(),
            status_line,
        ]
        if record.done_on is not None or status is Status.DONE:
            done = Text(say("app.done_on", lang) + "  ", style=self._s("details--label"))
            achieved = record.achieved_on
            done.append(
                format_date(achieved, lang=lang, digits=digits)
                if achieved
                else say("app.none", lang)
            )
            parts.append(done)
        conflict = view.conflicts.get(outcome.id)
        if conflict is not None:  # a colleague's value overwritten, or ours: said here too
            parts.append(Text("⚠ " + conflict, style=self._s("details--due")))
        if outcome.oit:
            oit = Text(say("app.oit", lang) + "  ", style=self._s("details--label"))
            oit.append_text(plain(outcome.oit))
            parts.append(oit)
        parts += [Text(), self._label(say("app.evidence", lang))]
        if record.evidence:
            for link in record.evidence:
                parts.append(ThaiText(self._link(link), Text("• ")))
        else:
            parts.append(Text(say("app.none", lang), style=self._s("details--muted")))
        parts += [Text(), self._label(say("app.note", lang))]
        if len(record.note) > NOTE_PREVIEW:  # a huge note would take seconds to lay out
            shortened = say(
                "app.note.shortened",
                lang,
                shown=num(f"{NOTE_PREVIEW:,}", digits),
                total=num(f"{len(record.note):,}", digits),
            )
            parts.append(Text(shortened, style=self._s("details--muted")))
            parts.append(plain(record.note[:NOTE_PREVIEW] + " …", keep_newlines=True))
        elif record.note:
            parts.append(plain(record.note, keep_newlines=True))
        else:
            parts.append(Text(say("app.none", lang), style=self._s("details--muted")))
        if record.updated_by or record.updated_at:
            parts += [Text(), self._recorded(record.updated_by, record.updated_at)]
        parts.append(
            Text(say("app.outcome_id", lang, id=safe(outcome.id)), style=self._s("details--muted"))
        )
        return self._group(parts)

    def _link(self, link: str) -> Text:
        text = safe(link)
        if text == link and link.lower().startswith(WEB_SCHEMES) and " " not in link:
            return Text(text, style=self._s("details--link") + Style(link=link))
        return Text(text)

    def _recorded(self, by: str, at: dt.datetime | None) -> Text:
        lang, digits = self.view.lang, self.view.digits
        when = "—"
        if at is not None:
            local = clock_for(self.view.plan.timezone).at(at)  # the reports' zone
            day = format_date(local.date(), lang=lang, digits=digits)
            clock = local.strftime("%H:%M")
            when = f"{day} {num(clock, digits)}"
        return Text(
            say("app.recorded", lang, by=safe(by) or "—", at=when), style=self._s("details--muted")
        )
