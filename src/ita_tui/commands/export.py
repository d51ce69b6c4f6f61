"""``ita-tui export [PLAN]``: the quarterly status report, to a file or to standard output."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from ita_tui import report
from ita_tui.commands import common
from ita_tui.report.output import is_special, write_report
from ita_tui.signoff import SignOff, load_signoff, save_signoff
from ita_tui.store import StoreError
from ita_tui.textutil import visible
from ita_tui.thai_calendar import BE_THRESHOLD, Quarter, ce_to_be, to_arabic_digits

NAME = "export"

EPILOG = """\
examples:
  ita-tui export                         this quarter's report as text, on the screen
  ita-tui export -o report.html          the same as a web page (format from the extension)
  ita-tui export -q 2 -f md -o q2.md     Q2 (the 6-month report) as Markdown
  ita-tui export -q 4 --year 2568 -o .   Q4 of FY 2568 into this folder, named for you
  ita-tui export -f csv -o q2.csv        one row per outcome, for Excel
  ita-tui export --reporter "นายสมชาย ใจดี" --position นิติกร \
      --approver "นายสมศักดิ์ รักดี" --approver-position "ปลัดเทศบาล" -o q2.html
                                         names on the sign-off block (remembered)

The report describes the plan as of the quarter's last day: an outcome counts as done
only if its done_on date is on or before that day. While the quarter is still running,
the report is as of today."""


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help="write the quarterly status report (text, md, html, csv, json)",
        description="Write the quarterly status report of a plan: overall progress, each "
        "issue's activities, what is outstanding and who must act, what was done and "
        "changed in the quarter, and the notes.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common.add_plan(parser)
    parser.add_argument(
        "-q",
        "--quarter",
        metavar="1-4",
        type=_quarter,
        help="fiscal quarter (Q1 = Oct-Dec … Q4 = Jul-Sep); default: today's quarter in the "
        "plan's fiscal year, Q4 once that year has ended, Q1 before it begins",
    )
    parser.add_argument(
        "-y",
        "--year",
        metavar="BE",
        type=_year,
        help="fiscal year in B.E., e.g. 2568 (1 Oct 2024 - 30 Sep 2025); default: the plan's",
    )
    parser.add_argument(
        "-f",
        "--format",
        dest="fmt",
        metavar="FORMAT",
        type=_format,
        help="text | md | html | csv | json (default: from the -o file's extension, else text)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (UTF-8), or into it if it is a folder; default or '-': standard output",
    )
    parser.add_argument(
        "--width",
        metavar="N",
        type=int,
        default=100,
        help=f"columns of the text report ({report.MIN_WIDTH}-{report.MAX_WIDTH}; default 100)",
    )
    parser.add_argument(
        "--lang", choices=report.LANGS, default="th", help="labels in Thai or English (default th)"
    )
    parser.add_argument(
        "--digits",
        choices=report.DIGITS,
        help="numbers in Thai or Arabic digits (default: Thai for th, Arabic for en); "
        "csv and json always use Arabic digits and ISO dates",
    )
    sign = parser.add_argument_group(
        "sign-off",
        "who signs the report (ผู้รายงาน, ผู้บริหารรับทราบ/อนุมัติ); remembered for this plan, "
        "so give them once; an empty value forgets one; unset ones are left blank to fill in",
    )
    sign.add_argument("--reporter", metavar="NAME", help="the reporter's name")
    sign.add_argument("--position", metavar="POS", help="the reporter's position")
    sign.add_argument("--approver", metavar="NAME", help="the executive's name")
    sign.add_argument("--approver-position", metavar="POS", help="the executive's position")
    common.add_data_dir(parser)
    parser.set_defaults(run=run)


def _quarter(text: str) -> int:
    cleaned = to_arabic_digits(text.strip()).upper().removeprefix("Q")
    if cleaned not in ("1", "2", "3", "4"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a quarter: use 1, 2, 3 or 4")
    return int(cleaned)


def _year(text: str) -> int:
    cleaned = to_arabic_digits(text.strip())
    if not (cleaned.isascii() and cleaned.isdigit()):  # "²⁰" is a digit to isdigit()
        raise argparse.ArgumentTypeError(f"{text!r} is not a year: write the B.E. year, e.g. 2568")
    year = int(cleaned)
    if year < BE_THRESHOLD:
        raise argparse.ArgumentTypeError(
            f"{year} looks like a C.E. year: fiscal years are named in B.E. "
            f"(the fiscal year ending in {year} is {ce_to_be(year)})"
        )
    if year > 3000:
        raise argparse.ArgumentTypeError(f"{year} is not a B.E. fiscal year")
    return year


def _format(text: str) -> str:
    found = report.format_for_path(f"x.{text.strip().lower()}")
    if found is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a format: use one of {', '.join(report.FORMATS)}"
        )
    return found


def today() -> dt.date:
    """The date generated (a function, so that tests can fix it)."""
    return dt.date.today()


def run(args: argparse.Namespace) -> int:
    if not report.MIN_WIDTH <= args.width <= report.MAX_WIDTH:
        raise common.Failure(
            f"error: --width {args.width}: use {report.MIN_WIDTH} to {report.MAX_WIDTH} columns"
        )
    target = _target(args.output)
    fmt = args.fmt or (report.format_for_path(target.name) if target else None) or "text"
    with report.gc_paused():  # a large plan's records: see report.gc_paused
        loaded = common.load(args.plan)
    plan = loaded.plan
    store = common.open_store(loaded, args.data_dir)
    seen = len(store.notices)
    try:
        changes = list(store.changes())
    except StoreError as exc:
        raise common.Failure(f"error: {exc}", common.EXIT_FAILED) from None
    common.tell_notices(store, seen)  # a torn line in the change log, if any
    day = today()
    year = args.year or plan.fiscal_year
    quarter = args.quarter or report.default_quarter(plan, day, year=year)
    if target is not None and target.is_dir():
        target = target / report.default_filename(plan, quarter, fmt, year=year)
    _notices(plan.fiscal_year, Quarter(year, quarter), day)
    signoff = _signoff(plan.id, args)
    chunks = report.export_chunks(
        plan,
        store.records,
        changes,
        quarter=quarter,
        year=year,
        fmt=fmt,
        lang=args.lang,
        digits=args.digits,
        width=args.width,
        today=day,
        signoff=signoff,
    )
    encoded = (chunk.encode("utf-8") for chunk in chunks)
    if target is None:
        try:
            for data in encoded:
                _to_stdout(data)
        except BrokenPipeError:
            raise  # the reader left (``| head``): not an error
        except OSError as exc:
            common.silence_stdout()
            raise common.Failure(
                f"error: cannot write the report to standard output: {exc.strerror or exc}",
                common.EXIT_FAILED,
            ) from None
        return common.EXIT_OK
    # a device or a pipe is named as given (/dev/stdout, not /proc/…/pipe:[…])
    shown = target if is_special(target) else target.resolve()
    try:
        write_report(target, encoded)
    except OSError as exc:
        raise common.Failure(
            f"error: cannot write {target}: {exc.strerror or exc}", common.EXIT_FAILED
        ) from None
    print(
        visible(f"wrote {fmt} report, Q{quarter} of FY {year}, to {shown}"),
        file=sys.stderr,
    )
    return common.EXIT_OK


def _signoff(plan_id: str, args: argparse.Namespace) -> SignOff:
    """The names remembered for the plan, updated with any given now (and remembered)."""
    stored = load_signoff(plan_id)
    given = {
        "reporter": args.reporter,
        "reporter_position": args.position,
        "approver": args.approver,
        "approver_position": args.approver_position,
    }
    signoff = stored.updated(**given)
    if signoff != stored:
        try:
            save_signoff(plan_id, signoff)
        except OSError as exc:
            print(
                f"note: the sign-off names are used but could not be remembered: "
                f"{exc.strerror or exc}",
                file=sys.stderr,
            )
    return signoff


def _target(output: str | None) -> Path | None:
    if output is None or output == "-":
        return None
    return Path(output).expanduser()


def _notices(plan_year: int, quarter: Quarter, day: dt.date) -> None:
    label = f"Q{quarter.number} of FY {quarter.fiscal_year}"
    if quarter.fiscal_year != plan_year:
        print(
            f"note: the plan is for FY {plan_year}; in {label} every activity not complete "
            "counts as overdue",
            file=sys.stderr,
        )
    if day < quarter.start:
        print(f"note: {label} has not begun: the report is as of today", file=sys.stderr)
    elif day < quarter.end:
        print(
            f"note: {label} runs until {quarter.end.isoformat()}: the report is as of today",
            file=sys.stderr,
        )


def _to_stdout(data: bytes) -> None:
    """Write the bytes as they are (no newline translation: CSV keeps its CRLF)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        return
    sys.stdout.flush()
    buffer.write(data)
    buffer.flush()
