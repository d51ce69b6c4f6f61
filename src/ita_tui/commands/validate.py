"""``ita-tui validate [PLAN]``: check a plan file and summarise it on one screen."""

from __future__ import annotations

import argparse
from typing import Any

from ita_tui.commands import common
from ita_tui.paths import data_dir
from ita_tui.plan import LoadedPlan
from ita_tui.store import ProgressStore
from ita_tui.store.progress_file import ProgressFileError, ProgressFileRefused, read_progress
from ita_tui.textutil import printable, visible
from ita_tui.thai_calendar import FiscalYear, format_date

NAME = "validate"


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help="check a plan file and print a summary",
        description="Check a plan file: every error is listed with its key path (exit 2); "
        "a good file gets a one-screen summary (exit 0), with what is recorded for it in the "
        "progress folder (read only). Unknown keys are warnings.",
    )
    common.add_plan(parser)
    common.add_data_dir(parser)
    parser.set_defaults(run=run)


def summary(loaded: LoadedPlan) -> str:
    plan = loaded.plan
    counts = plan.counts
    year = FiscalYear(plan.fiscal_year)
    place = " ".join(part for part in (plan.organisation, plan.district, plan.province) if part)
    lines = [
        f"OK  {loaded.path}",
        f"plan id       {printable(plan.id)}",
        f"organisation  {printable(place, keep_newlines=False)}",
        f"title         {printable(plan.title, keep_newlines=False)}",
        f"fiscal year   {plan.fiscal_year} B.E. ({format_date(year.start, lang='en')} – "
        f"{format_date(year.end, lang='en')})",
    ]
    if plan.ita is not None:
        score = "score not filled in" if plan.ita.score is None else f"{plan.ita.score:.2f}"
        lines.append(f"ITA result    {plan.ita.year}: {score} {printable(plan.ita.level)}".rstrip())
    lines += [
        f"issues        {counts.issues}",
        f"activities    {counts.activities}",
        f"steps         {counts.steps}",
        f"outcomes      {counts.outcomes}",
        f"job titles    {len(plan.job_titles())}",
    ]
    if loaded.warnings:
        lines.append(f"warnings      {len(loaded.warnings)} (see above)")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    loaded = common.load(args.plan)
    print(visible(summary(loaded)))
    store = ProgressStore(data_dir(args.data_dir), loaded.plan.id)
    if store.path.exists():
        # the plan's recorded progress: read only (never moved or written by validate)
        try:
            raw = store.path.read_bytes()
            records = read_progress(raw, str(store.path), plan_id=loaded.plan.id).records
        except ProgressFileRefused as exc:
            print(visible(f"progress      refused: {exc}"))
            return common.EXIT_BAD_INPUT
        except (OSError, ProgressFileError) as exc:
            print(visible(f"progress      cannot be read: {exc}"))
            return common.EXIT_FAILED
        known = set(loaded.plan.outcome_ids())
        orphans = sorted(i for i in records if i not in known)
        print(visible(f"progress      {len(records)} recorded in {store.path}"))
        if orphans:
            print(
                visible(
                    f"              {len(orphans)} not in this plan (kept): "
                    + ", ".join(orphans[:10])
                )
            )
    else:
        print(visible(f"progress      none recorded yet ({store.path})"))
    _import_notes(loaded)
    return common.EXIT_OK


def _import_notes(loaded: LoadedPlan) -> None:
    """The ``# import:`` comments ``ita-tui import`` left in the plan: things to check."""
    try:
        lines = loaded.path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return
    notes = [
        (n, line.strip()[len("# import:") :].strip())
        for n, line in enumerate(lines, start=1)
        if line.strip().startswith("# import:")
    ]
    if notes:
        print(f"to check      {len(notes)} note(s) left by ita-tui import (delete each when done):")
        for number, text in notes:
            print(visible(f"  line {number}: {text}"))
