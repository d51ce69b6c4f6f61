"""``ita-tui export [PLAN]``: the quarterly status report, to a file or to standard output."""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
from pathlib import Path
from typing import Any

from ita_tui import report
from ita_tui.commands import common
from ita_tui.commands.words import lang_of, n, say
from ita_tui.error_text import os_error, store_message
from ita_tui.report.output import file_bytes, is_special, write_report
from ita_tui.signoff import SignOff, load_signoff, save_signoff
from ita_tui.store import StoreError
from ita_tui.thai.calendar import BE_THRESHOLD, Quarter, ce_to_be, format_date
from ita_tui.thai.digits import to_arabic_digits

NAME = "export"


def add_parser(subparsers: Any) -> None:
    lang = lang_of()  # the help in the command line's language, as argparse's own words

    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=say("cli.command.export", lang),
        description=say("cli.help.export", lang),
        epilog=say("cli.help.export.epilog", lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common.add_plan(parser)
    parser.add_argument(
        "-q", "--quarter", metavar="1-4", type=_quarter, help=say("cli.help.export.quarter", lang)
    )
    parser.add_argument(
        "-y", "--year", metavar="BE", type=_year, help=say("cli.help.export.year", lang)
    )
    parser.add_argument(
        "-f",
        "--format",
        dest="fmt",
        metavar="FORMAT",
        type=_format,
        help=say("cli.help.export.format", lang),
    )
    parser.add_argument("-o", "--output", metavar="FILE", help=say("cli.help.export.output", lang))
    parser.add_argument(
        "--width",
        metavar="N",
        type=int,
        default=None,
        help=say("cli.help.export.width", lang, low=report.MIN_WIDTH, high=report.MAX_WIDTH),
    )
    parser.add_argument("--lang", choices=report.LANGS, help=say("cli.help.export.lang", lang))
    parser.add_argument("--digits", choices=report.DIGITS, help=say("cli.help.export.digits", lang))
    sign = parser.add_argument_group(
        say("cli.help.export.sign", lang), say("cli.help.export.sign.description", lang)
    )
    sign.add_argument("--reporter", metavar="NAME", help=say("cli.help.export.reporter", lang))
    sign.add_argument("--position", metavar="POS", help=say("cli.help.export.position", lang))
    sign.add_argument("--approver", metavar="NAME", help=say("cli.help.export.approver", lang))
    sign.add_argument(
        "--approver-position", metavar="POS", help=say("cli.help.export.approver_position", lang)
    )
    common.add_data_dir(parser)
    parser.set_defaults(run=run)


def _quarter(text: str) -> int:
    cleaned = to_arabic_digits(text.strip()).upper().removeprefix("Q")
    if cleaned not in ("1", "2", "3", "4"):
        raise argparse.ArgumentTypeError(say("cli.export.bad_quarter", lang_of(), text=text))
    return int(cleaned)


def _year(text: str) -> int:
    cleaned = to_arabic_digits(text.strip())
    if not (cleaned.isascii() and cleaned.isdigit()):  # "²⁰" is a digit to isdigit()
        raise argparse.ArgumentTypeError(say("cli.export.bad_year", lang_of(), text=text))
    year = int(cleaned)
    if year < BE_THRESHOLD:
        raise argparse.ArgumentTypeError(
            say("cli.export.ce_year", lang_of(), year=year, be=ce_to_be(year))
        )
    if year > 3000:
        raise argparse.ArgumentTypeError(say("cli.export.not_be_year", lang_of(), year=year))
    return year


def _format(text: str) -> str:
    found = report.format_for_path(f"x.{text.strip().lower()}")
    if found is None:
        raise argparse.ArgumentTypeError(
            say("cli.export.bad_format", lang_of(), text=text, formats=", ".join(report.FORMATS))
        )
    return found


#: The text report's width when it goes to a file or a pipe.
DEFAULT_WIDTH = 100


def terminal_width() -> int:
    """The width of the terminal the report is printed on (``COLUMNS`` first, as
    :func:`shutil.get_terminal_size` reads it), kept within what the text report can be;
    100 when standard output is not a terminal (a file or a pipe)."""
    try:
        if not sys.stdout.isatty():
            return DEFAULT_WIDTH
        columns = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    except (OSError, ValueError):
        return DEFAULT_WIDTH
    if columns <= 0:
        return DEFAULT_WIDTH
    return max(report.MIN_WIDTH, min(report.MAX_WIDTH, columns))


def today() -> dt.date:
    """The date generated (a function, so that tests can fix it)."""
    return dt.date.today()


def run(args: argparse.Namespace) -> int:
    # One short-lived process that loads a plan and writes one report: the cyclic garbage
    # collector stays paused throughout (see report.gc_paused). Resumed between loading and
    # writing, its first collections would walk every record of a large plan again.
    with report.gc_paused():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    if args.width is not None and not report.MIN_WIDTH <= args.width <= report.MAX_WIDTH:
        what = say(
            "cli.export.width", lang, width=args.width, low=report.MIN_WIDTH, high=report.MAX_WIDTH
        )
        raise common.Failure(say("cli.error", lang, what=what))
    target = _target(args.output)
    width = args.width or (terminal_width() if target is None else DEFAULT_WIDTH)
    if target is not None and not target.parent.exists():
        # The same rule as the app's export dialog: a missing folder is refused, not made.
        what = say("cli.export.no_folder", lang, path=target.parent)
        raise common.Failure(say("cli.error", lang, what=what))
    fmt = args.fmt or (report.format_for_path(target.name) if target else None) or "text"
    if fmt not in report.TEXT_FORMATS and target is None and sys.stdout.isatty():
        raise common.Failure(
            say("cli.error", lang, what=say("cli.export.binary_to_terminal", lang))
        )
    loaded = common.load_in_use(args.plan, args.data_dir, lang)
    plan = loaded.plan
    store = common.open_store(loaded, args.data_dir, lang)
    seen = len(store.notices)
    try:
        changes = list(store.changes())
    except StoreError as exc:
        what = store_message(exc, lang)
        raise common.Failure(say("cli.error", lang, what=what), common.EXIT_FAILED) from None
    common.tell_notices(store, seen, lang)  # a torn line in the change log, if any
    day = today()
    year = args.year or plan.fiscal_year
    quarter = args.quarter or report.default_quarter(plan, day, year=year)
    if target is not None and target.is_dir():
        target = target / report.default_filename(plan, quarter, fmt, year=year)
    _notices(plan.fiscal_year, Quarter(year, quarter), day, lang)
    signoff = _signoff(plan.id, args, lang)
    encoded = report.export_bytes(
        plan,
        store.records,
        changes,
        quarter=quarter,
        year=year,
        fmt=fmt,
        lang=lang,
        digits=args.digits,
        width=width,
        today=day,
        signoff=signoff,
    )
    if target is None:
        try:
            for data in encoded:
                _to_stdout(data)
        except BrokenPipeError:
            raise  # the reader left (``| head``): not an error
        except OSError as exc:
            common.silence_stdout()
            what = say("cli.export.stdout_failed", lang, **common.os_words(exc, lang))
            raise common.Failure(say("cli.error", lang, what=what), common.EXIT_FAILED) from None
        return common.EXIT_OK
    # a device or a pipe is named as given (/dev/stdout, not /proc/…/pipe:[…])
    shown = target if is_special(target) else target.resolve()
    try:
        write_report(target, file_bytes(encoded, fmt))
    except OSError as exc:
        what = say("cli.cannot_write", lang, path=target, why=os_error(exc, lang))
        raise common.Failure(say("cli.error", lang, what=what), common.EXIT_FAILED) from None
    print(
        say(
            "cli.export.wrote",
            lang,
            fmt=fmt,
            quarter=n(quarter, lang),
            year=n(year, lang),
            path=shown,
        ),
        file=sys.stderr,
    )
    return common.EXIT_OK


def _signoff(plan_id: str, args: argparse.Namespace, lang: str = "th") -> SignOff:
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
            what = common.os_words(exc, lang)
            print(say("cli.export.signoff_not_remembered", lang, **what), file=sys.stderr)
    return signoff


def _target(output: str | None) -> Path | None:
    if output is None or output == "-":
        return None
    return Path(output).expanduser()


def _notices(plan_year: int, quarter: Quarter, day: dt.date, lang: str = "th") -> None:
    values = {"quarter": n(quarter.number, lang), "year": n(quarter.fiscal_year, lang)}
    if quarter.fiscal_year != plan_year:
        print(
            say("cli.export.other_year", lang, plan_year=n(plan_year, lang), **values),
            file=sys.stderr,
        )
    if day < quarter.start:
        print(say("cli.export.not_begun", lang, **values), file=sys.stderr)
    elif day < quarter.end:
        end = format_date(quarter.end) if lang == "th" else quarter.end.isoformat()
        print(say("cli.export.running", lang, end=end, **values), file=sys.stderr)


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
