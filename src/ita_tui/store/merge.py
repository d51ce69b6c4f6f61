"""Merging a writer's changes into what is on disk now: its ops re-applied, field by field.

A save never writes the whole record it once read: it re-applies its own operations to the
record as it is on disk at that moment, so a colleague's note survives my evidence link and
both of two links added at once are kept. A field both changed goes to the later save, with
the overwritten value recorded as a :class:`~ita_tui.store.ops.Conflict`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, MutableMapping

from ita_tui.model import PENDING, OutcomeProgress
from ita_tui.store.change_log import Change
from ita_tui.store.ops import Op, apply_ops, stamped


def apply_change(
    records: MutableMapping[str, OutcomeProgress],
    outcome_id: str,
    ops: Iterable[Op],
    *,
    by: str,
    at: dt.datetime,
) -> Change:
    """Apply ``ops`` to ``records[outcome_id]`` in place; the change as the log records it:
    ``old`` is the record actually replaced, ``conflicts`` what was overwritten."""
    ops = tuple(ops)
    before = records.get(outcome_id, PENDING)
    after, conflicts = apply_ops(before, ops)
    after = stamped(before, after, by, at)
    if after != before:
        records[outcome_id] = after
    return Change(
        at=(after.updated_at or at) if after != before else at,
        by=by,
        outcome_id=outcome_id,
        old=before,
        new=after,
        ops=ops,
        conflicts=conflicts,
    )


def replay(records: MutableMapping[str, OutcomeProgress], changes: Iterable[Change]) -> int:
    """Bring ``records`` forward by logged changes (recovery); how many changed anything.

    A logged change holds the whole record after it, and the log is a chain, so replaying
    sets each outcome to its ``new``; a change whose ``old`` does not match (a hand edit in
    between) is re-applied as its ops instead, so nothing else is undone.
    """
    count = 0
    for change in changes:
        current = records.get(change.outcome_id, PENDING)
        if current == change.new:
            continue
        if current == change.old or not change.ops:
            records[change.outcome_id] = change.new
        else:
            after, _ = apply_ops(current, change.ops)
            records[change.outcome_id] = stamped(current, after, change.by, change.at)
        count += 1
    return count


def changed_ids(
    before: Mapping[str, OutcomeProgress], after: Mapping[str, OutcomeProgress]
) -> set[str]:
    """Outcomes whose records differ between two views."""
    return {i for i in set(before) | set(after) if before.get(i) != after.get(i)}
