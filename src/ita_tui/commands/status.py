"""``ita-tui status [PLAN]``: progress in the terminal, and where it is kept."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ita_tui.commands import common
from ita_tui.model import OutcomeProgress, Plan
from ita_tui.state import ActivityState, Tally, activity_state, activity_tally
from ita_tui.store import ProgressStore
from ita_tui.textutil import bar, percent, visible
from ita_tui.thai_calendar import quarter_of

NAME = "status"


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help="show progress per issue and where the progress is kept",
        description="Show progress (overall and per issue) and where the progress file, "
        "its backups and the change log live. Plain text when not a terminal or NO_COLOR is set.",
    )
    common.add_plan(parser)
    common.add_data_dir(parser)
    parser.set_defaults(run=run)


def render(
    console: Console, plan: Plan, records: dict[str, OutcomeProgress], today: dt.date
) -> None:
    place = " ".join(p for p in (plan.organisation, plan.district, plan.province) if p)
    console.print(Text(visible(place, keep_newlines=False), style="bold"))
    console.print(Text(visible(plan.title, keep_newlines=False)))
    quarter = quarter_of(today)
    console.print(
        f"fiscal year {plan.fiscal_year} B.E.; today {today.isoformat()} is Q{quarter.number} "
        f"of fiscal year {quarter.fiscal_year}"
    )
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold", expand=True)
    table.add_column("", justify="right")
    table.add_column("issue", overflow="ellipsis", no_wrap=True, ratio=1)
    table.add_column("done", justify="right")
    table.add_column("progress", no_wrap=True)
    table.add_column("overdue", justify="right")
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
            Text(visible(issue.number or issue.id)),
            Text(visible(issue.title, keep_newlines=False)),
            f"{issue_tally.done}/{issue_tally.applicable}",
            f"{bar(issue_tally.done, issue_tally.applicable, 20)} {percent(issue_tally.done, issue_tally.applicable):>4}",
            Text(str(overdue), style="red") if overdue else "0",
        )
    table.add_section()
    table.add_row(
        "",
        Text("overall", style="bold"),
        f"{overall.done}/{overall.applicable}",
        f"{bar(overall.done, overall.applicable, 20)} {percent(overall.done, overall.applicable):>4}",
        str(overdue_total),
    )
    console.print(table)
    if overall.not_applicable:
        console.print(f"{overall.not_applicable} outcome(s) marked not applicable are left out.")


def where(console: Console, store: ProgressStore) -> None:
    # Paths are text, never markup: a folder named "x[/]y" or "x[red]z" prints as it is; and
    # each stays on one line (the terminal may wrap it) so that it can be copied whole.
    console.print()
    console.print("Your progress is kept in:", style="bold")
    missing = "" if store.path.exists() else "  (not written yet)"
    console.print(Text(f"  progress file  {visible(store.path)}{missing}"), soft_wrap=True)
    backups = visible(store.backup_dir)
    console.print(
        Text(f"  backups        {backups}{'' if backups.endswith('/') else '/'}"), soft_wrap=True
    )
    console.print(Text(f"  change log     {visible(store.log_path)}"), soft_wrap=True)


def run(args: argparse.Namespace) -> int:
    loaded = common.load(args.plan)
    store = common.open_store(loaded, args.data_dir)
    # Nothing printed is markup or emoji codes: plan text and paths show as they are.
    console = Console(highlight=False, soft_wrap=False, markup=False, emoji=False)
    render(console, loaded.plan, dict(store.records), dt.date.today())
    where(console, store)
    return common.EXIT_OK
