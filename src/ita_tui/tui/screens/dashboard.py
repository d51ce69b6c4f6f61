"""``g``: where the plan stands today, as charts: per issue, month by month against the
plan, per job title. ``enter`` on a bar shows those outcomes in the tree (that issue, that
job title's open outcomes, or everything overdue).

The figures come from :mod:`ita_tui.charts`, the same computation as the report's charts,
as of today; the drawing from :mod:`ita_tui.tui.widgets.dashboard_chart`. The screen redraws when
the progress changes, here or in another program (it polls like the main screen).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ita_tui import charts
from ita_tui.catalog import say
from ita_tui.thai.calendar import format_date
from ita_tui.tui.i18n import num
from ita_tui.tui.services.filtering import PlanFilter
from ita_tui.tui.widgets import dashboard_chart as draw

if TYPE_CHECKING:
    from ita_tui.tui.app import ItaApp


class DashboardScreen(Screen[PlanFilter | None]):
    """Returns the filter to apply to the tree, or None to go back as it was."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,g,เ,q,ๆ", "back", "Back", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="dashboard")
        self.figures: charts.Figures | None = None
        self._drawn_for: tuple[object, ...] = ()

    @property
    def ita(self) -> ItaApp:
        return cast("ItaApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static(id="dash-title")
        yield Static(id="dash-legend")
        yield OptionList(id="dash-charts")
        yield Static(id="dash-keys")

    def on_mount(self) -> None:
        self.draw()
        self.query_one(OptionList).focus()
        self.set_interval(self.ita.poll_interval, self.poll)

    def on_resize(self) -> None:
        self.draw()

    # figures ---------------------------------------------------------------------------

    def compute(self) -> charts.Figures:
        view = self.ita.view
        return charts.compute(view.plan, view.records, view.today)

    def poll(self) -> None:
        """Changes from another program are read (by the main screen) and drawn here."""
        self.ita.main.poll()
        self.draw()

    def draw(self) -> None:
        """Draw the charts again if the figures, the language, digits or width changed."""
        view = self.ita.view
        figures = self.compute()
        # the list's padding and scroll bar take 4 cells
        width = max(40, self.size.width - 5)
        tall = self.size.height >= 30
        key = (figures, view.lang, view.digits, width, tall)
        if key == self._drawn_for:
            return
        self._drawn_for = key
        self.figures = figures
        lang, digits = view.lang, view.digits
        day = num(format_date(figures.as_of, lang=lang, digits="arabic"), digits)
        self.query_one("#dash-title", Static).update(Text(say("app.dash.title", lang, day=day)))
        self.query_one("#dash-legend", Static).update(draw.legend(lang))
        self.query_one("#dash-keys", Static).update(Text(say("app.dash.hint", lang)))
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        options.clear_options()
        options.add_options(self._options(figures, width, lang, digits, tall))
        if highlighted is not None and highlighted < options.option_count:
            options.highlighted = highlighted

    def _options(
        self, figures: charts.Figures, width: int, lang: str, digits: str, tall: bool
    ) -> list[Option | None]:
        heading = "bold"
        out: list[Option | None] = [
            Option(Text(say("app.dash.issues", lang), style=heading), disabled=True)
        ]
        for bar in figures.issues:
            out.append(
                Option(draw.issue_line(bar, width, lang, digits), id=f"issue:{bar.issue_id}")
            )
        out.append(None)
        title = say("app.dash.burnup", lang, year=num(figures.fiscal_year, digits))
        out.append(Option(Text(title, style=heading), disabled=True))
        chart = Text("\n").join(
            [
                draw.burnup(figures, lang, digits, height=7 if tall else 4),
                draw.burnup_now(figures, lang, digits),
            ]
        )
        out.append(Option(chart, id="overdue"))
        out.append(None)
        out.append(Option(Text(say("app.dash.jobs", lang), style=heading), disabled=True))
        overdue = figures.overdue
        if overdue:
            label = Text(say("app.dash.overdue_all", lang, count=num(overdue, digits)))
            label.stylize(draw.STYLES[charts.Slice.OVERDUE])
            out.append(Option(label, id="overdue-all"))
        top = max((bar.open for bar in figures.jobs), default=0)
        for index, job in enumerate(figures.jobs):
            out.append(Option(draw.job_line(job, top, width, lang, digits), id=f"job:{index}"))
        if not figures.jobs:
            out.append(Option(Text(say("app.dash.no_open", lang)), disabled=True))
        return out

    # jumps -----------------------------------------------------------------------------

    def filter_for(self, option_id: str) -> PlanFilter | None:
        """The tree's filter for a chosen bar."""
        figures = self.figures
        if figures is None:
            return None
        kind, _, value = option_id.partition(":")
        if kind == "issue":
            return PlanFilter(issue=value)
        if kind == "job":
            bar = figures.jobs[int(value)]
            return PlanFilter(job=bar.title or None, open_only=True)
        if kind in ("overdue", "overdue-all"):
            return PlanFilter(overdue_on=figures.as_of)
        return None

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        chosen = self.filter_for(event.option.id or "")
        if chosen is not None:
            self.dismiss(chosen)

    def action_back(self) -> None:
        self.dismiss(None)
