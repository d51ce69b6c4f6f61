"""Merging two views of the same progress: per outcome, the later change wins.

The merge is commutative, associative and idempotent, so two programs saving the same file
in any order end with the same records and lose no change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ita_tui.model import OutcomeProgress


def _order_key(record: OutcomeProgress) -> tuple[Any, ...]:
    """Total order for last-writer-wins: time of change, then a fixed tie-break."""
    at = record.updated_at or dt.datetime.min.replace(tzinfo=dt.UTC)
    return (
        at,
        record.updated_by,
        record.status.value,
        record.done_on.isoformat() if record.done_on else "",
        record.evidence,
        record.note,
    )


def newer(a: OutcomeProgress, b: OutcomeProgress) -> OutcomeProgress:
    """The record changed later (deterministic on ties)."""
    return b if _order_key(b) > _order_key(a) else a


def merge(
    base: Mapping[str, OutcomeProgress], other: Mapping[str, OutcomeProgress]
) -> dict[str, OutcomeProgress]:
    """Merge two views per outcome, the later change winning. Commutative and idempotent."""
    merged = dict(base)
    for outcome_id, record in other.items():
        mine = merged.get(outcome_id)
        merged[outcome_id] = record if mine is None else newer(mine, record)
    return merged
