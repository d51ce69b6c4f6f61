"""``ita-tui mark OUTCOME_NO STATUS``: the scriptable twin of ticking an outcome in the app.

The outcome is named by the number shown (1.1.2, Thai digits too), or by its key; the
progress is recorded against its key, and the command says which outcome it took."""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import sys
from typing import Any

from ita_tui.catalog import has
from ita_tui.commands import common
from ita_tui.commands.signer import add_user, signer
from ita_tui.commands.words import add_lang, lang_of, say
from ita_tui.error_text import date_problem, store_message
from ita_tui.model import Activity, Issue, Outcome, Status
from ita_tui.store import StoreError, StoreRefused
from ita_tui.store.dates import implausible
from ita_tui.store.ops import Conflict
from ita_tui.textutil import visible
from ita_tui.thai.calendar import ce_to_be, format_date, parse_date

NAME = "mark"


def add_parser(subparsers: Any) -> None:
    lang = lang_of()  # the help in the command line's language, as argparse's own words
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=say("cli.command.mark", lang),
        description=say("cli.help.mark", lang),
    )
    parser.add_argument("outcome_id", metavar="OUTCOME_NO", help=say("cli.help.mark.outcome", lang))
    parser.add_argument("status", metavar="STATUS", help=say("cli.help.mark.status", lang))
    parser.add_argument("--on", metavar="DATE", help=say("cli.help.mark.on", lang))
    parser.add_argument("--note", metavar="TEXT", help=say("cli.help.mark.note", lang))
    parser.add_argument(
        "--evidence", metavar="URL", action="append", help=say("cli.help.mark.evidence", lang)
    )
    common.add_plan(parser, option=True)
    common.add_data_dir(parser)
    add_user(parser)
    add_lang(parser)
    parser.set_defaults(run=run)


def _status(text: str, lang: str = "th") -> Status:
    wanted = text.strip().lower().replace("-", "_").replace(" ", "_")
    aliases = {
        "na": "not_applicable",
        "n/a": "not_applicable",
        "todo": "pending",
        "doing": "in_progress",
    }
    wanted = aliases.get(wanted, wanted)
    try:
        return Status(wanted)
    except ValueError:
        choices = ", ".join(s.value for s in Status)
        what = say("cli.mark.bad_status", lang, text=text, choices=choices)
        raise common.Failure(say("cli.error", lang, what=what)) from None


def nearest_ids(wanted: str, ids: list[str], n: int = 5) -> list[str]:
    """Ids most like ``wanted``: those of the same activity (or issue) first, then by likeness."""
    parts = wanted.split(".")

    def shared(candidate: str) -> int:
        count = 0
        for a, b in zip(parts, candidate.split("."), strict=False):
            if a != b:
                break
            count += 1
        return count

    def score(candidate: str) -> tuple[int, float]:
        return shared(candidate), difflib.SequenceMatcher(None, wanted, candidate).ratio()

    ranked = sorted(ids, key=score, reverse=True)
    return [i for i in ranked[:n] if score(i)[0] > 0 or score(i)[1] >= 0.5]


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    status = _status(args.status, lang)
    on: dt.date | None = None
    if args.on is not None:  # --on "" is a mistake, not today
        try:
            on = parse_date(args.on)
        except ValueError as exc:
            what = "--on: " + (date_problem(args.on, lang) or str(exc))
            raise common.Failure(say("cli.error", lang, what=what)) from None
        if status is not Status.DONE:
            raise common.Failure(say("cli.error", lang, what=say("cli.mark.on_needs_done", lang)))
    loaded = common.load_in_use(args.plan, args.data_dir, lang)
    plan = loaded.plan
    found = plan.lookup(args.outcome_id)  # the number shown first, else a permanent key
    outcome = found if isinstance(found, Outcome) else None
    if isinstance(found, Issue | Activity):
        title = visible(found.title, keep_newlines=False)[:60]
        if isinstance(found, Issue):
            example = f"{found.number}.1.1"
            what = say("cli.mark.is_issue", lang, id=args.outcome_id, title=title, example=example)
        else:
            example = f"{found.number}.1"
            what = say(
                "cli.mark.is_activity", lang, id=args.outcome_id, title=title, example=example
            )
        raise common.Failure(say("cli.error", lang, what=what))
    if outcome is None:
        ids = [o.number for o in plan.outcomes()]
        near = nearest_ids(args.outcome_id, ids)
        hint = (
            say("cli.mark.did_you_mean", lang, ids=", ".join(near))
            if near
            else say("cli.mark.ids_run", lang, first=ids[0], last=ids[-1])
            if ids
            else ""
        )
        what = say("cli.mark.no_outcome", lang, id=args.outcome_id, path=loaded.path) + hint
        raise common.Failure(say("cli.error", lang, what=what))
    if on is not None:
        _check_plausible(on, plan.fiscal_year, lang)
    store = common.open_store(loaded, args.data_dir, lang, user=signer(args.user, lang))
    old = store.get(outcome.id)
    fields: dict[str, Any] = {"status": status}
    if on is not None:
        fields["done_on"] = on
    if args.note is not None:
        fields["note"] = args.note
    if args.evidence:
        fields["evidence"] = [*old.evidence, *(e for e in args.evidence if e not in old.evidence)]
    seen = len(store.notices)
    try:
        store.update(outcome.id, **fields)
    except StoreRefused as exc:
        what = say("cli.mark.not_saved", lang, id=outcome.number, why=store_message(exc, lang))
        raise common.Failure(say("cli.error", lang, what=what)) from None
    except StoreError as exc:
        what = say("cli.mark.not_saved", lang, id=outcome.number, why=store_message(exc, lang))
        raise common.Failure(say("cli.error", lang, what=what), common.EXIT_FAILED) from None
    common.tell_notices(store, seen, lang)
    for outcome_id, conflict in store.last_saved.conflicts:
        number = outcome.number if outcome_id == outcome.id else outcome_id
        what = f"{number}: {describe_conflict(conflict, lang)}"
        print(say("cli.notice", lang, what=visible(what, keep_newlines=False)), file=sys.stderr)
    new = store.get(outcome.id)
    day = None
    if new.done_on:  # a B.E. date in Thai digits in Thai; ISO (C.E.) in English
        day = new.done_on.isoformat() if lang == "en" else format_date(new.done_on)
    done = say("cli.mark.done_on", lang, day=day) if day else ""
    text = visible(outcome.text, keep_newlines=False)
    text = text if len(text) <= 60 else text[:59] + "…"
    print(
        say(
            "cli.mark.saved",
            lang,
            id=outcome.number,
            old=say(f"cli.mark.state.{old.status.value}", lang),
            new=say(f"cli.mark.state.{new.status.value}", lang),
            done=done,
            path=store.path,
        )
    )
    print(
        "  " + say("cli.mark.outcome_line", lang, number=outcome.number, key=outcome.id, text=text)
    )
    return common.EXIT_OK


def _check_plausible(day: dt.date, fiscal_year: int, lang: str = "en") -> None:
    wrong = implausible(day, fiscal_year, dt.date.today())
    if wrong is not None:
        first, last = wrong
        what = say(
            "cli.mark.implausible",
            lang,
            day=day.isoformat(),
            be=ce_to_be(day.year),
            year=fiscal_year,
            first=first.isoformat(),
            last=last.isoformat(),
            first_be=ce_to_be(first.year),
            last_be=ce_to_be(last.year),
        )
        raise common.Failure(say("cli.error", lang, what=what))


def describe_conflict(conflict: Conflict, lang: str = "en") -> str:
    """``note changed meanwhile by somchai: kept 'mine' (overwrote 'theirs')``."""
    return say(
        "cli.mark.conflict",
        lang,
        field=say(f"cli.field.{conflict.field}", lang)
        if has(f"cli.field.{conflict.field}")
        else conflict.field,
        who=conflict.replaced_by or say("cli.mark.someone", lang),
        kept=_shown(conflict.kept, lang),
        replaced=_shown(conflict.replaced, lang),
    )


def _shown(value: object, lang: str = "en") -> str:
    from ita_tui.store.ops import StatusValue

    if isinstance(value, StatusValue):
        day = say("cli.mark.done_on", lang, day=value.done_on.isoformat()) if value.done_on else ""
        return f"{value.status.value}{day}"
    return repr(value)
