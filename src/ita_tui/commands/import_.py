"""``ita-tui import REPORT``: turn a municipality's published measures report into a plan file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ita_tui import importer
from ita_tui.commands import common, naming
from ita_tui.commands.words import add_lang, lang_of, n, say
from ita_tui.importer.messages import worded
from ita_tui.importer.preview import preview
from ita_tui.paths import data_dir
from ita_tui.plan.ids import fresh_plan_key, read_plan_head, same_plan
from ita_tui.store import ProgressStore
from ita_tui.textutil import visible

NAME = "import"


def add_parser(subparsers: Any) -> None:
    lang = lang_of()  # the help in the command line's language, as argparse's own words
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=say("cli.command.import", lang),
        description=say("cli.import.help", lang),
    )
    parser.add_argument(
        "report", metavar="REPORT", type=Path, help=say("cli.import.help.report", lang)
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        default=Path("measures.toml"),
        help=say("cli.import.help.output", lang),
    )
    parser.add_argument(
        "--fiscal-year", metavar="BE", type=int, help=say("cli.import.help.fiscal_year", lang)
    )
    parser.add_argument("--plan-id", metavar="ID", help=say("cli.import.help.plan_id", lang))
    parser.add_argument("--force", action="store_true", help=say("cli.help.force", lang))
    parser.add_argument("--dry-run", action="store_true", help=say("cli.import.help.dry_run", lang))
    common.add_data_dir(parser)
    add_lang(parser)
    parser.set_defaults(run=run)


def wrote(result: importer.ImportResult, out: Path, lang: str) -> str:
    """``wrote measures.toml: 7 issues, …`` in ``lang``."""
    counts = {key: n(value, lang) for key, value in result.counts().items()}
    warned = (
        say("cli.import.warned", lang, n=n(len(result.warnings), lang)) if result.warnings else ""
    )
    plan = result.plan
    return say(
        "cli.import.wrote",
        lang,
        path=out,
        counts=say("preview.counts", lang, **counts),
        year=n(plan["fiscal_year"], lang),
        id=plan["id"],
        warned=warned,
    )


def _namer(args: argparse.Namespace) -> Callable[[importer.ImportResult], None]:
    """Names the imported plan once read: its own id (or ``--plan-id``) and a new key. The
    same report imported again over its plan file (``--force``) keeps that plan's id and
    key, and so its progress (a plan written before keys keeps its id and gets a key)."""
    folder = data_dir(args.data_dir)

    def name(result: importer.ImportResult) -> None:
        plan = result.plan
        organisation, year = str(plan.get("organisation", "")), int(plan.get("fiscal_year", 0))
        old = read_plan_head(args.output) if args.output.is_file() else None
        if args.plan_id is not None:
            plan_id = args.plan_id
        elif old is not None and same_plan(old, organisation, year):
            plan_id = old.id
        else:
            plan_id = naming.new_id(organisation, year, folder, replacing=args.output).id
        plan["id"] = plan_id
        if old is not None and old.id == plan_id:
            plan["plan_key"] = old.key or fresh_plan_key()
            lang = lang_of()
            what = say(
                "cli.plan.reimported",
                lang,
                organisation=organisation,
                year=n(year, lang),
                id=plan_id,
            )
            print(say("cli.notice", lang, what=what), file=sys.stderr)
            return
        if args.plan_id is not None:
            naming.tell_if_recorded(folder, plan_id)
        plan["plan_key"] = fresh_plan_key()

    return name


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    if not args.dry_run:
        common.check_plan_output(args.output, lang)
    try:
        result = importer.import_report(
            args.report,
            args.output,
            force=args.force,
            fiscal_year=args.fiscal_year,
            plan_id=args.plan_id,
            dry_run=args.dry_run,
            name_plan=_namer(args),
            lang=lang,
        )
    except importer.ReportImportError as exc:
        print(say("cli.error", lang, what=worded(exc.message, lang)), file=sys.stderr)
        if exc.warnings:  # after the error: what was seen on the way, for whoever digs
            print(say("cli.import.noticed", lang), file=sys.stderr)
            for warning in exc.warnings:
                print(f"  {visible(worded(warning, lang))}", file=sys.stderr)
        return common.EXIT_BAD_INPUT
    if args.dry_run:
        print(visible(preview(result, lang)))
        for warning in result.warnings:
            print(say("cli.import.warning", lang, what=worded(warning, lang)), file=sys.stderr)
        print(
            say("cli.import.dry_run", lang, n=n(len(result.warnings), lang), path=args.output),
            file=sys.stderr,
        )
        return common.EXIT_OK
    for warning in result.warnings:
        print(say("cli.import.warning", lang, what=worded(warning, lang)), file=sys.stderr)
    naming.remember_written(args.output)
    print(wrote(result, args.output, lang))
    progress = ProgressStore(data_dir(args.data_dir), str(result.plan["id"])).path
    print(say("cli.import.check", lang, path=args.output), file=sys.stderr)
    print(say("cli.plan.kept_in", lang, path=progress), file=sys.stderr)
    return common.EXIT_OK
