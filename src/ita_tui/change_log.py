"""The change log: one JSON line per recorded change (who, when, outcome, old -> new).

Append-only, so a crash can cut short only the last line, which readers skip.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from ita_tui.model import OutcomeProgress, Status
from ita_tui.records import record


@record(frozen=True)
class Change:
    """One recorded change to one outcome."""

    at: dt.datetime
    by: str
    outcome_id: str
    old: OutcomeProgress
    new: OutcomeProgress


def record_to_json(record: OutcomeProgress, *, provenance: bool = True) -> dict[str, Any]:
    """A record as JSON-ready data; ``provenance`` adds who changed it last, and when."""
    data: dict[str, Any] = {
        "status": record.status.value,
        "done_on": record.done_on.isoformat() if record.done_on else None,
        "evidence": list(record.evidence),
        "note": record.note,
    }
    if provenance:
        data["updated_by"] = record.updated_by
        data["updated_at"] = record.updated_at.isoformat() if record.updated_at else None
    return data


def _record_from_json(data: Mapping[str, Any]) -> OutcomeProgress:
    return OutcomeProgress(
        status=Status(data.get("status", "pending")),
        done_on=dt.date.fromisoformat(data["done_on"]) if data.get("done_on") else None,
        evidence=tuple(data.get("evidence") or ()),
        note=data.get("note") or "",
        updated_by=data.get("updated_by") or "",
        updated_at=dt.datetime.fromisoformat(data["updated_at"])
        if data.get("updated_at")
        else None,
    )


def change_to_json(change: Change) -> str:
    return json.dumps(
        {
            "at": change.at.isoformat(),
            "by": change.by,
            "outcome": change.outcome_id,
            "old": record_to_json(change.old),
            "new": record_to_json(change.new),
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def change_from_json(line: str) -> Change:
    data = json.loads(line)
    return Change(
        at=dt.datetime.fromisoformat(data["at"]),
        by=str(data["by"]),
        outcome_id=str(data["outcome"]),
        old=_record_from_json(data["old"]),
        new=_record_from_json(data["new"]),
    )
