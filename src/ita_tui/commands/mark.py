"""``ita-tui mark OUTCOME_NO STATUS``: the scriptable twin of ticking an outcome in the app.

The outcome is named by the number shown (1.1.2, Thai digits too), or by its key; the
progress is recorded against its key, and the command says which outcome it took."""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import sys
from typing import Any

from ita_tui.commands import common
from ita_tui.model import Activity, Issue, Outcome, Status
from ita_tui.store import StoreError, StoreRefused
from ita_tui.store.dates import implausible
from ita_tui.store.ops import Conflict
from ita_tui.textutil import visible
from ita_tui.thai_calendar import ce_to_be, parse_date

NAME = "mark"


def add_parser(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help="record the status of one outcome",
        description="Record the status of one outcome, as ticking it in the app does. "
        "'done' sets done_on to today unless --on is given.",
    )
    parser.add_argument(
        "outcome_id",
        metavar="OUTCOME_NO",
        help="the outcome's number as shown, e.g. 1.1.1 (issue.activity.outcome), or its key",
    )
    parser.add_argument(
        "status", metavar="STATUS", help="pending | in_progress | done | not_applicable"
    )
    parser.add_argument(
        "--on",
        metavar="DATE",
        help="date achieved, YYYY-MM-DD; a year >= 2400 is B.E. (2568-02-10 = 2025-02-10)",
    )
    parser.add_argument("--note", metavar="TEXT", help="replace the outcome's note")
    parser.add_argument(
        "--evidence",
        metavar="URL",
        action="append",
        help="add an evidence link (repeat for several)",
    )
    common.add_plan(parser, option=True)
    common.add_data_dir(parser)
    parser.set_defaults(run=run)


def _status(text: str) -> Status:
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
        raise common.Failure(f"error: {text!r} is not a status; use one of: {choices}") from None


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
    status = _status(args.status)
    on: dt.date | None = None
    if args.on:
        try:
            on = parse_date(args.on)
        except ValueError as exc:
            raise common.Failure(f"error: --on: {exc}") from None
        if status is not Status.DONE:
            raise common.Failure(
                "error: --on gives the date an outcome was done; use it with 'done'"
            )
    loaded = common.load(args.plan)
    plan = loaded.plan
    found = plan.lookup(args.outcome_id)  # the number shown first, else a permanent key
    outcome = found if isinstance(found, Outcome) else None
    if isinstance(found, Issue | Activity):
        raise common.Failure(
            f"error: {args.outcome_id} is {'an issue' if isinstance(found, Issue) else 'an activity'}"
            f" ({visible(found.title, keep_newlines=False)[:60]}); mark an outcome, "
            f"e.g. {found.number}.1" + (".1" if isinstance(found, Issue) else "")
        )
    if outcome is None:
        ids = [o.number for o in plan.outcomes()]
        near = nearest_ids(args.outcome_id, ids)
        hint = (
            f"; did you mean {', '.join(near)}?"
            if near
            else f"; ids run {ids[0]} … {ids[-1]}"
            if ids
            else ""
        )
        raise common.Failure(f"error: no outcome {args.outcome_id!r} in {loaded.path}{hint}")
    if on is not None:
        _check_plausible(on, plan.fiscal_year)
    store = common.open_store(loaded, args.data_dir)
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
        raise common.Failure(f"error: {outcome.number} not saved: {exc}") from None
    except StoreError as exc:
        raise common.Failure(
            f"error: {outcome.number} not saved: {exc}", common.EXIT_FAILED
        ) from None
    common.tell_notices(store, seen)
    for outcome_id, conflict in store.last_saved.conflicts:
        notice = visible(
            f"{outcome.number if outcome_id == outcome.id else outcome_id}: {describe_conflict(conflict)}",
            keep_newlines=False,
        )
        print(f"notice: {notice}", file=sys.stderr)
    new = store.get(outcome.id)
    done = f" on {new.done_on.isoformat()}" if new.done_on else ""
    text = visible(outcome.text, keep_newlines=False)
    text = text if len(text) <= 60 else text[:59] + "…"
    print(
        visible(
            f"{outcome.number}: {old.status.value} -> {new.status.value}{done}  (saved to {store.path})"
        )
    )
    print(visible(f"  outcome {outcome.number} (key {outcome.id}): {text}"))
    return common.EXIT_OK


def _check_plausible(day: dt.date, fiscal_year: int) -> None:
    wrong = implausible(day, fiscal_year, dt.date.today())
    if wrong is not None:
        first, last = wrong
        raise common.Failure(
            f"error: --on {day.isoformat()} (B.E. {ce_to_be(day.year)}) is not a plausible date "
            f"for a plan of fiscal year {fiscal_year}: use a date from {first.isoformat()} "
            f"to {last.isoformat()} (B.E. {ce_to_be(first.year)}-{ce_to_be(last.year)})"
        )


def describe_conflict(conflict: Conflict) -> str:
    """``note changed meanwhile by somchai: kept 'mine' (overwrote 'theirs')``."""
    who = conflict.replaced_by or "another user"
    return (
        f"{conflict.field} changed meanwhile by {who}: kept {_shown(conflict.kept)} "
        f"(overwrote {_shown(conflict.replaced)}; both are in the change log)"
    )


def _shown(value: object) -> str:
    from ita_tui.store.ops import StatusValue

    if isinstance(value, StatusValue):
        day = f" on {value.done_on.isoformat()}" if value.done_on else ""
        return f"{value.status.value}{day}"
    return repr(value)
