"""``ita-tui status [PLAN]``: progress in the terminal, and where it is kept."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from ita_tui.commands import common
from ita_tui.commands.words import add_lang, lang_of, say
from ita_tui.model import OutcomeProgress, Plan
from ita_tui.patches import rich_thai
from ita_tui.progress_words import bar, progress_text
from ita_tui.state import ActivityState, Tally, activity_state, activity_tally
from ita_tui.store import ProgressStore
from ita_tui.textutil import visible
from ita_tui.thai.calendar import format_date, quarter_of
from ita_tui.thai.digits import to_thai_digits
from ita_tui.thai.fit import fit

NAME = "status"


class OneLine:
    """A text kept on one line, shortened with ``…`` between words to the width its
    column gets (Rich's own ellipsis would cut a Thai word anywhere)."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        width = self.text.cell_len
        return Measurement(min(width, 10), width).clamp(max_width=options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield fit(self.text, options.max_width)


def add_parser(subparsers: Any) -> None:
    lang = lang_of()
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=say("cli.command.status", lang),
        description=say("cli.help.status", lang),
    )
    common.add_plan(parser)
    common.add_data_dir(parser)
    add_lang(parser)
    parser.set_defaults(run=run)


def render(
    console: Console,
    plan: Plan,
    records: dict[str, OutcomeProgress],
    today: dt.date,
    lang: str = "th",
) -> None:
    def n(value: object) -> str:
        return to_thai_digits(str(value)) if lang == "th" else str(value)

    place = " ".join(p for p in (plan.organisation, plan.district, plan.province) if p)
    console.print(Text(visible(place, keep_newlines=False), style="bold"))
    console.print(Text(visible(plan.title, keep_newlines=False)))
    quarter = quarter_of(today)
    console.print(
        say(
            "cli.status.fiscal_year",
            lang,
            year=n(plan.fiscal_year),
            today=format_date(today) if lang == "th" else today.isoformat(),
            quarter=n(quarter.number),
            today_year=n(quarter.fiscal_year),
        )
    )
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold", expand=True)
    table.add_column("", justify="right")
    table.add_column(say("cli.status.issue", lang), no_wrap=True, ratio=1)
    table.add_column(say("cli.status.done", lang), justify="right")
    table.add_column(say("cli.status.progress", lang), no_wrap=True)
    table.add_column(say("cli.status.overdue", lang), justify="right")
    # the bars give up room before the issue titles do on a narrow terminal
    bar_width = max(5, min(20, (console.width - 40) // 2))
    overall = Tally()
    overdue_total = 0
    for issue in plan.issues:
        issue_tally = Tally()
        overdue = 0
        for activity in issue.activities:
            counts = activity_tally(activity, records, today)  # as the report counts: done by today
            issue_tally = issue_tally + counts
            if activity_state(activity, counts, plan.fiscal_year, today) is ActivityState.OVERDUE:
                overdue += 1
        overall = overall + issue_tally
        overdue_total += overdue
        table.add_row(
            Text(n(issue.number or issue.id)),
            OneLine(Text(visible(issue.title, keep_newlines=False))),
            *_progress_cells(issue_tally, bar_width, lang),
            Text(n(overdue), style="red") if overdue else n(0),
        )
    table.add_section()
    table.add_row(
        "",
        Text(say("cli.status.overall", lang), style="bold"),
        *_progress_cells(overall, bar_width, lang),
        n(overdue_total),
    )
    console.print(table)
    if overall.not_applicable:
        console.print(say("cli.status.not_applicable", lang, n=n(overall.not_applicable)))


def _progress_cells(tally: Tally, bar_width: int, lang: str) -> tuple[str, str]:
    """The done/applicable count and the bar with its percentage, as the app and the
    reports write them; "no outcomes yet" (no count, no bar) when there is none."""
    text = progress_text(tally, lang)
    if lang == "th":
        text = to_thai_digits(text)
    if tally.total == 0:
        return "–", text
    count = f"{tally.done}/{tally.applicable}"
    count = to_thai_digits(count) if lang == "th" else count
    return count, f"{bar(tally.done, tally.applicable, bar_width)} {text:>4}"


def where(console: Console, store: ProgressStore, lang: str = "th") -> None:
    console.print()
    console.print(say("cli.status.kept_in", lang), style="bold")
    rows = (
        ("cli.status.progress_file", visible(store.path))
        + (("",) if store.path.exists() else ("  " + say("cli.status.not_written", lang),)),
        (
            "cli.status.backups",
            visible(store.backup_dir) + ("" if str(store.backup_dir).endswith("/") else "/"),
            "",
        ),
        ("cli.status.change_log", visible(store.log_path), ""),
    )
    width = max(cell_len(say(key, lang)) for key, _, _ in rows) + 2
    for key, path, tail in rows:
        name = say(key, lang)
        console.print(
            Text("  " + name + " " * (width - cell_len(name)) + path + tail), soft_wrap=True
        )


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    loaded = common.load_in_use(args.plan, args.data_dir, lang)
    store = common.open_store(loaded, args.data_dir, lang)
    rich_thai.install()  # Thai lines broken between words, as in the app
    console = Console(highlight=False, soft_wrap=False, markup=False, emoji=False)
    render(console, loaded.plan, dict(store.records), dt.date.today(), lang)
    where(console, store, lang)
    return common.EXIT_OK
