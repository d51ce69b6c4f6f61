"""``ita-tui summary FILE.json…``: one overview of several agencies' JSON exports."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from ita_tui import report
from ita_tui.commands import common
from ita_tui.commands.words import lang_of, say
from ita_tui.error_text import os_error, worded
from ita_tui.report.labels import Words, default_digits
from ita_tui.report.output import write_report
from ita_tui.summary import summarise
from ita_tui.summary_render import FORMATS, render

NAME = "summary"


def add_parser(subparsers: Any) -> None:
    lang = lang_of()  # the help in the command line's language, as argparse's own words
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=say("cli.command.summary", lang),
        description=say("cli.help.summary", lang),
        epilog=say("cli.help.summary.epilog", lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE.json", help=say("cli.help.summary.files", lang)
    )
    parser.add_argument("-o", "--output", metavar="FILE", help=say("cli.help.summary.output", lang))
    parser.add_argument(
        "-f", "--format", dest="fmt", choices=FORMATS, help=say("cli.help.summary.format", lang)
    )
    parser.add_argument(
        "--width",
        metavar="N",
        type=int,
        default=100,
        help=say("cli.help.summary.width", lang, low=report.MIN_WIDTH, high=report.MAX_WIDTH),
    )
    parser.add_argument("--lang", choices=report.LANGS, help=say("cli.help.summary.lang", lang))
    parser.add_argument(
        "--digits", choices=report.DIGITS, help=say("cli.help.summary.digits", lang)
    )
    parser.set_defaults(run=run)


def today() -> dt.date:
    """The date generated (a function, so that tests can fix it)."""
    return dt.date.today()


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    if not report.MIN_WIDTH <= args.width <= report.MAX_WIDTH:
        raise common.Failure(
            say(
                "cli.error",
                lang,
                what=say(
                    "cli.export.width",
                    lang,
                    width=args.width,
                    low=report.MIN_WIDTH,
                    high=report.MAX_WIDTH,
                ),
            )
        )
    target = None if args.output in (None, "-") else Path(args.output).expanduser()
    fmt = args.fmt
    if fmt is None and target is not None:
        found = report.format_for_path(target.name)
        if found not in (*FORMATS, None):
            raise common.Failure(
                say("cli.error", lang, what=say("cli.summary.not_overview", lang, name=target.name))
            )
        fmt = found
    fmt = fmt or "text"
    if target is not None and target.is_dir():
        raise common.Failure(
            say("cli.error", lang, what=say("cli.summary.is_folder", lang, path=target))
        )
    summary = summarise(Path(name) for name in args.files)
    for skipped in summary.skipped:
        why = worded(skipped.reason, lang)
        print(say("cli.summary.skipped", lang, path=skipped.path, why=why), file=sys.stderr)
    if not summary.agencies:
        raise common.Failure(say("cli.error", lang, what=say("cli.summary.none", lang)))
    words = Words(lang, args.digits or default_digits(lang))
    text = render(summary, fmt, words, today(), args.width)
    data = text.encode("utf-8")
    if target is None:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(text)
        else:
            buffer.write(data)
            buffer.flush()
        return common.EXIT_OK
    try:
        write_report(target, data)  # a device or a pipe is written into, never replaced
    except OSError as exc:
        what = say("cli.cannot_write", lang, path=target, why=os_error(exc, lang))
        raise common.Failure(say("cli.error", lang, what=what), common.EXIT_FAILED) from None
    print(
        say("cli.summary.wrote", lang, n=len(summary.agencies), fmt=fmt, path=target),
        file=sys.stderr,
    )
    return common.EXIT_OK
