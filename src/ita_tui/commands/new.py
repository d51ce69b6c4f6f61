"""``ita-tui new FILE``: a new, commented plan to fill in (in the app or with ``edit``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ita_tui.atomic import atomic_write_text
from ita_tui.commands import common, naming
from ita_tui.commands.words import add_lang, lang_of, say
from ita_tui.error_text import os_error
from ita_tui.paths import data_dir
from ita_tui.plan import ID_RE
from ita_tui.plan.new import new_plan_text
from ita_tui.store import ProgressStore
from ita_tui.thai.digits import to_arabic_digits

NAME = "new"
_CONTROL = {*range(0, 9), *range(10, 32), *range(0x7F, 0xA0)}


def add_parser(subparsers: Any) -> None:
    lang = lang_of()  # the help in the command line's language, as argparse's own words
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help=say("cli.command.new", lang), description=say("cli.help.new", lang)
    )
    parser.add_argument("file", metavar="FILE", type=Path, help=say("cli.help.plan_file_out", lang))
    parser.add_argument(
        "--organisation", metavar="ORG", required=True, help=say("cli.help.new.organisation", lang)
    )
    parser.add_argument(
        "--fiscal-year", metavar="YEAR", required=True, help=say("cli.help.new.fiscal_year", lang)
    )
    parser.add_argument(
        "--district", metavar="D", default="", help=say("cli.help.new.district", lang)
    )
    parser.add_argument(
        "--province", metavar="P", default="", help=say("cli.help.new.province", lang)
    )
    parser.add_argument("--title", metavar="T", default="", help=say("cli.help.new.title", lang))
    parser.add_argument("--plan-id", metavar="ID", help=say("cli.help.new.plan_id", lang))
    parser.add_argument("--force", action="store_true", help=say("cli.help.force", lang))
    common.add_data_dir(parser)
    add_lang(parser)
    parser.set_defaults(run=run)


def _error(key: str, **values: object) -> str:
    """``ผิดพลาด: …`` / ``error: …``: the message ``key`` in the command line's language."""
    lang = lang_of()
    return say("cli.error", lang, what=say(key, lang, **values))


def fiscal_year(text: str) -> int:
    """A B.E. fiscal year from ``2570`` or ``๒๕๗๐``; a C.E. year is refused, naming the B.E. one."""
    digits = to_arabic_digits(text.strip())
    if not digits.isdigit():
        raise common.Failure(_error("cli.plan.bad_year", text=text))
    year = int(digits)
    if 1900 <= year < 2400:
        raise common.Failure(_error("cli.plan.ce_year", year=year, be=year + 543))
    if not 2400 <= year <= 3000:
        raise common.Failure(_error("cli.plan.not_be", year=year))
    return year


def run(args: argparse.Namespace) -> int:
    year = fiscal_year(args.fiscal_year)
    organisation = args.organisation.strip()
    if not organisation:
        raise common.Failure(_error("cli.plan.no_organisation"))
    for name in ("organisation", "district", "province", "title"):
        if any(ord(c) in _CONTROL for c in getattr(args, name)):
            raise common.Failure(_error("cli.plan.control", name=name))
    folder = data_dir(args.data_dir)
    common.check_plan_output(args.file, lang_of())
    if args.file.exists() and not args.force:
        raise common.Failure(_error("cli.plan.exists", path=args.file))
    if args.plan_id is not None:
        if not ID_RE.fullmatch(args.plan_id):
            raise common.Failure(_error("cli.plan.bad_id", id=args.plan_id))
        plan_id = args.plan_id
        naming.tell_if_recorded(folder, plan_id)
    else:  # its own id: not one of a plan in use, nor one whose progress is kept
        plan_id = naming.new_id(organisation, year, folder, replacing=args.file).id
    text = new_plan_text(
        organisation,
        year,
        district=args.district,
        province=args.province,
        title=args.title,
        plan_id=plan_id,
    )
    try:
        atomic_write_text(args.file, text)
    except OSError as exc:
        why = os_error(exc, lang_of())
        raise common.Failure(
            _error("cli.cannot_write", path=args.file, why=why), common.EXIT_FAILED
        ) from None
    naming.remember_written(args.file)
    lang = lang_of()
    print(
        say("cli.new.wrote", lang, path=args.file, id=plan_id, organisation=organisation, year=year)
    )
    print(say("cli.plan.kept_in", lang, path=ProgressStore(folder, plan_id).path))
    print(say("cli.new.next", lang, path=args.file), file=sys.stderr)
    return common.EXIT_OK
