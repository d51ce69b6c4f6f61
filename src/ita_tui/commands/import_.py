"""``ita-tui import REPORT``: turn a municipality's published measures report into a plan file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ita_tui import importer
from ita_tui.commands import common
from ita_tui.importer.preview import preview
from ita_tui.paths import data_dir
from ita_tui.store import ProgressStore
from ita_tui.textutil import visible

NAME = "import"


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help="make a plan file from a published measures report",
        description="Read an agency's published ITA measures report (Word .docx, Excel .xlsx, "
        "a saved web page, PDF, or text: tab-separated, CSV or pasted) and write a plan file in the schema of the bundled "
        "measures.toml. Guesses are marked with comments in the file and warnings here; "
        "text it cannot place is kept in comments, never dropped. Exit 0 (with warnings), "
        "2 when nothing usable was found.",
    )
    parser.add_argument(
        "report",
        metavar="REPORT",
        type=Path,
        help="the report: .docx, .xlsx, .html/.htm, .pdf, .txt, .tsv, .csv or .md "
        "(the content decides: a .txt that is really HTML is read as HTML)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        default=Path("measures.toml"),
        help="plan file to write (default: measures.toml)",
    )
    parser.add_argument(
        "--fiscal-year",
        metavar="BE",
        type=int,
        help="B.E. fiscal year the measures run in (default: read from the report's dates)",
    )
    parser.add_argument("--plan-id", metavar="ID", help="plan id (default: ita-<fiscal year>)")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="print the plan it would write (issues, activities, periods, job titles, counts) "
        "and the warnings; write nothing",
    )
    common.add_data_dir(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        result = importer.import_report(
            args.report,
            args.output,
            force=args.force,
            fiscal_year=args.fiscal_year,
            plan_id=args.plan_id,
            dry_run=args.dry_run,
        )
    except importer.ReportImportError as exc:
        print(f"error: {visible(exc.message)}", file=sys.stderr)
        if exc.warnings:  # after the error: what was seen on the way, for whoever digs
            print("what the reading noticed:", file=sys.stderr)
            for warning in exc.warnings:
                print(f"  {visible(warning)}", file=sys.stderr)
        return common.EXIT_BAD_INPUT
    if args.dry_run:
        print(visible(preview(result)))
        for warning in result.warnings:
            print(f"warning: {visible(warning)}", file=sys.stderr)
        print(
            visible(
                f"dry run: nothing written ({len(result.warnings)} warning(s)); "
                f"without --dry-run it writes {args.output}"
            ),
            file=sys.stderr,
        )
        return common.EXIT_OK
    for warning in result.warnings:
        print(f"warning: {visible(warning)}", file=sys.stderr)
    print(visible(importer.summary(result, args.output)))
    progress = ProgressStore(data_dir(args.data_dir), str(result.plan["id"])).path
    print(visible(f"check it with: ita-tui validate {args.output}"), file=sys.stderr)
    print(visible(f"its progress will be kept in {progress}"), file=sys.stderr)
    return common.EXIT_OK
