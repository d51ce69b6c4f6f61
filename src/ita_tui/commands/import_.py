"""``ita-tui import REPORT``: turn a municipality's published measures report into a plan file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ita_tui import importer
from ita_tui.commands import common
from ita_tui.paths import data_dir
from ita_tui.store import ProgressStore

NAME = "import"


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help="make a plan file from a published measures report",
        description="Read a municipality's published ITA measures report (text, tab-separated "
        "or CSV from a spreadsheet) and write a plan file in the schema of the bundled "
        "measures.toml. Guesses are marked with comments in the file and warnings here; "
        "text it cannot place is kept in comments, never dropped. Exit 0 (with warnings), "
        "2 when nothing usable was found.",
    )
    parser.add_argument(
        "report", metavar="REPORT", type=Path, help="the report: .txt, .tsv or .csv"
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
        )
    except importer.ReportImportError as exc:
        for warning in exc.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        raise common.Failure(f"error: {exc.message}", common.EXIT_BAD_INPUT) from None
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(importer.summary(result, args.output))
    progress = ProgressStore(data_dir(args.data_dir), str(result.plan["id"])).path
    print(f"check it with: ita-tui validate {args.output}", file=sys.stderr)
    print(f"its progress will be kept in {progress}", file=sys.stderr)
    return common.EXIT_OK
