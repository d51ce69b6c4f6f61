"""``ita-tui validate [PLAN]``: check a plan file and summarise it on one screen."""

from __future__ import annotations

import argparse
from typing import Any

from ita_tui.commands import common
from ita_tui.commands.words import add_lang, label, lang_of, n, say
from ita_tui.error_text import os_error, store_message
from ita_tui.paths import data_dir
from ita_tui.plan import LoadedPlan, PlanError
from ita_tui.plan.load import read_plan_bytes
from ita_tui.safe_files import FileRefused, read_regular_file
from ita_tui.store import ProgressStore
from ita_tui.store.progress_file import ProgressFileError, ProgressFileRefused, read_progress
from ita_tui.textutil import printable, visible
from ita_tui.thai.calendar import FiscalYear, format_date

NAME = "validate"


def add_parser(subparsers: Any) -> None:
    lang = lang_of()
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=say("cli.command.validate", lang),
        description=say("cli.help.validate", lang),
    )
    common.add_plan(parser)
    common.add_data_dir(parser)
    add_lang(parser)
    parser.set_defaults(run=run)


def summary(loaded: LoadedPlan, lang: str = "en") -> str:
    plan = loaded.plan
    counts = plan.counts
    year = FiscalYear(plan.fiscal_year)
    place = " ".join(part for part in (plan.organisation, plan.district, plan.province) if part)

    def field(key: str) -> str:
        return label(key, lang, WIDTHS[lang])

    date_lang, digits = (lang, "arabic")
    span = (
        f"{format_date(year.start, lang=date_lang, digits=digits)} – "
        f"{format_date(year.end, lang=date_lang, digits=digits)}"
    )
    lines = [
        say("cli.validate.ok", lang, path=loaded.path),
        field("cli.validate.plan_id") + printable(plan.id),
        field("cli.validate.organisation") + printable(place, keep_newlines=False),
        field("cli.validate.title") + printable(plan.title, keep_newlines=False),
        field("cli.validate.fiscal_year")
        + say("cli.validate.fiscal_year_value", lang, year=plan.fiscal_year, span=span),
    ]
    if plan.ita is not None:
        score = (
            say("cli.validate.no_score", lang)
            if plan.ita.score is None
            else f"{plan.ita.score:.2f}"
        )
        lines.append(
            (
                field("cli.validate.ita") + f"{plan.ita.year}: {score} {printable(plan.ita.level)}"
            ).rstrip()
        )
    lines += [
        field("cli.validate.issues") + str(counts.issues),
        field("cli.validate.activities") + str(counts.activities),
        field("cli.validate.steps") + str(counts.steps),
        field("cli.validate.outcomes") + str(counts.outcomes),
        field("cli.validate.job_titles") + str(len(plan.job_titles())),
    ]
    if loaded.warnings:
        lines.append(
            field("cli.validate.warnings")
            + say("cli.validate.see_above", lang, n=len(loaded.warnings))
        )
    return "\n".join(lines)


#: Cells of the field names' column, per language.
WIDTHS = {"en": 14, "th": 18}


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    loaded = common.load_in_use(args.plan, args.data_dir, lang)
    print(visible(summary(loaded, lang)))
    store = ProgressStore.of(loaded.plan, data_dir(args.data_dir))
    progress = label("cli.validate.progress", lang, WIDTHS[lang])
    if store.path.exists():
        # the plan's recorded progress: read only (never moved or written by validate)
        try:
            raw = read_regular_file(store.path, kind="progress")
            records = read_progress(
                raw,
                str(store.path),
                plan_id=loaded.plan.id,
                plan_key=loaded.plan.key,
                organisation=loaded.plan.organisation,
            ).records
        except ProgressFileRefused as exc:
            print(progress + say("cli.validate.refused", lang, why=store_message(exc, lang)))
            return common.EXIT_BAD_INPUT
        except FileRefused as exc:  # a pipe, a device: never waited on
            print(progress + say("cli.validate.refused", lang, why=os_error(exc, lang)))
            return common.EXIT_BAD_INPUT
        except OSError as exc:
            print(progress + say("cli.validate.unreadable", lang, why=os_error(exc, lang)))
            return common.EXIT_FAILED
        except ProgressFileError as exc:
            print(progress + say("cli.validate.unreadable", lang, why=store_message(exc, lang)))
            return common.EXIT_FAILED
        known = set(loaded.plan.outcome_ids())
        orphans = sorted(i for i in records if i not in known)
        print(progress + say("cli.validate.recorded", lang, n=len(records), path=store.path))
        if orphans:
            kept = say("cli.validate.orphans", lang, n=len(orphans), ids=", ".join(orphans[:10]))
            print(" " * WIDTHS[lang] + kept)
    else:
        print(progress + say("cli.validate.none_yet", lang, path=store.path))
    _import_notes(loaded, lang)
    return common.EXIT_OK


def _import_notes(loaded: LoadedPlan, lang: str) -> None:
    """The ``# import:`` notes ``ita-tui import`` left in the plan, each with the item it is
    about (the app lists the same ones, key ``i``): things to check."""
    from ita_tui.plan.import_notes import import_notes

    try:
        text = read_plan_bytes(loaded.path).decode("utf-8-sig")
    except (PlanError, UnicodeDecodeError):
        return
    notes = import_notes(text)
    if notes:
        print(say("cli.validate.import_notes", lang, n=n(len(notes), lang)))
        for note in notes:
            line = n(note.line, lang)
            if note.item:
                item = n(note.item, lang)
                print(
                    say("cli.validate.import_note_item", lang, line=line, item=item, text=note.text)
                )
            else:
                print(say("cli.validate.import_note", lang, line=line, text=note.text))
