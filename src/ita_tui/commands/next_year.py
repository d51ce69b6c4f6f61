"""``ita-tui next-year PLAN -o FILE``: next fiscal year's plan from this year's."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from ita_tui.atomic import atomic_write_text
from ita_tui.commands import common, naming
from ita_tui.commands.new import _error, fiscal_year
from ita_tui.commands.words import add_lang, lang_of, say
from ita_tui.error_text import os_error
from ita_tui.paths import data_dir
from ita_tui.plan import ID_RE
from ita_tui.plan.blocks import LayoutError
from ita_tui.plan.ids import free_id
from ita_tui.plan.load import read_plan_bytes
from ita_tui.plan.new import next_plan_id, next_year_text
from ita_tui.plan.problems import problem_text
from ita_tui.store import ProgressStore
from ita_tui.textutil import visible
from ita_tui.thai.calendar import quarter_of

NAME = "next-year"


def add_parser(subparsers: Any) -> None:
    lang = lang_of()  # the help in the command line's language, as argparse's own words
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=say("cli.command.next_year", lang),
        description=say("cli.help.next", lang),
    )
    common.add_plan(parser)
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        required=True,
        help=say("cli.help.plan_file_out", lang),
    )
    parser.add_argument("--plan-id", metavar="ID", help=say("cli.help.next.plan_id", lang))
    parser.add_argument(
        "--fiscal-year", metavar="YEAR", help=say("cli.help.next.fiscal_year", lang)
    )
    parser.add_argument("--force", action="store_true", help=say("cli.help.force", lang))
    common.add_data_dir(parser)
    add_lang(parser)
    parser.set_defaults(run=run)


def _why(exc: Exception) -> str:
    """Why the plan cannot be rolled on, in the command line's language."""
    return problem_text(exc.args[0], lang_of()) if exc.args else str(exc)


def _year(given: str | None, old: int) -> int:
    """The new plan's fiscal year: the one given (after the plan's), else the plan's + 1,
    or the fiscal year of today if that is later."""
    if given is None:
        return max(old + 1, quarter_of(dt.date.today()).fiscal_year)
    year = fiscal_year(given)
    if year <= old:
        raise common.Failure(_error("cli.next.not_later", year=year, old=old))
    return year


def run(args: argparse.Namespace) -> int:
    if args.plan_id is not None and not ID_RE.fullmatch(args.plan_id):
        raise common.Failure(_error("cli.plan.bad_id", id=args.plan_id))
    loaded = common.load_in_use(args.plan, args.data_dir)
    common.check_plan_output(args.output, lang_of())
    if args.output.exists() and not args.force:
        raise common.Failure(_error("cli.plan.exists", path=args.output))
    if args.output.resolve() == loaded.path.resolve():
        raise common.Failure(_error("cli.next.itself"))
    year = _year(args.fiscal_year, loaded.plan.fiscal_year)
    raw = read_plan_bytes(loaded.path)
    folder = data_dir(args.data_dir)
    plan_id = args.plan_id or free_id(
        next_plan_id(loaded.plan.id, loaded.plan.fiscal_year, year),
        {s.id for s in naming.seen(folder, leaving_out=args.output)}.__contains__,
    )
    try:
        result = next_year_text(raw.decode("utf-8-sig"), plan_id=plan_id, fiscal_year=year)
    except LayoutError as exc:
        raise common.Failure(_error("cli.next.layout", path=loaded.path, why=_why(exc))) from None
    if result.plan_id == loaded.plan.id:
        raise common.Failure(_error("cli.next.same_id"))
    try:
        atomic_write_text(args.output, result.text)
    except OSError as exc:
        why = os_error(exc, lang_of())
        raise common.Failure(
            _error("cli.cannot_write", path=args.output, why=why), common.EXIT_FAILED
        ) from None
    naming.remember_written(args.output)
    lang = lang_of()
    store = ProgressStore(folder, result.plan_id)
    print(say("cli.next.wrote", lang, path=args.output, id=result.plan_id, year=result.fiscal_year))
    for note in result.notes:
        print(visible(f"  - {problem_text(note, lang)}"))
    if store.path.exists():
        what = say("cli.next.recorded", lang, id=result.plan_id, path=store.path)
        print(say("cli.notice", lang, what=what), file=sys.stderr)
    else:
        print(say("cli.next.kept_empty", lang, path=store.path))
    print(say("cli.next.unchanged", lang, path=loaded.path))
    return common.EXIT_OK
