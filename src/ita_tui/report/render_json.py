"""The report as JSON, for scripts and websites. The keys are stable (README, "JSON").

Arabic digits and ISO dates; texts exactly as recorded (JSON escapes control characters,
and this module escapes the C1 range too, so no terminal acts on them). Keys keep the
order documented, and the output ends with a newline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ita_tui.report.model import STATE_NAMES, STATE_ORDER, ActivityRow, OutcomeRow, Report
from ita_tui.state import Tally
from ita_tui.store.change_log import record_to_json

SCHEMA = "ita-tui/quarterly-report"
SCHEMA_VERSION = 1
_C1 = re.compile("[\x7f-\x9f\u2028\u2029]")


def _tally(t: Tally) -> dict[str, Any]:
    return {
        "done": t.done,
        "applicable": t.applicable,
        "not_applicable": t.not_applicable,
        "total": t.total,
        "percent": round(100 * t.done / t.applicable, 1) if t.applicable else None,
    }


def _outcome(row: OutcomeRow) -> dict[str, Any]:
    return {
        "number": row.number,
        "id": row.id,
        "text": row.outcome.text,
        "oit": row.outcome.oit,
        "status": row.status.value,
        "done_on": row.done_on.isoformat() if row.done_on else None,
        "evidence": list(row.evidence),
        "note": row.note,
    }


def _activity(row: ActivityRow) -> dict[str, Any]:
    activity = row.activity
    return {
        "number": row.number,
        "id": activity.id,
        "title": activity.title,
        "period": activity.period,
        "quarters": list(activity.quarters),
        "responsible": list(activity.responsible),
        "steps": list(activity.steps),
        "state": STATE_NAMES[row.state],
        "due": row.due.isoformat(),
        "totals": _tally(row.tally),
        "outcomes": [_outcome(o) for o in row.outcomes],
    }


def report_data(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data (the same structure :func:`render_json` writes)."""
    plan = report.plan
    quarter = report.quarter
    activities: dict[str, int] = {STATE_NAMES[s]: report.states[s] for s in STATE_ORDER}
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "plan": {
            "id": plan.id,
            "title": plan.title,
            "organisation": plan.organisation,
            "district": plan.district,
            "province": plan.province,
            "fiscal_year": plan.fiscal_year,
            "ita": (
                None
                if plan.ita is None
                else {"year": plan.ita.year, "score": plan.ita.score, "level": plan.ita.level}
            ),
        },
        "quarter": {
            "number": quarter.number,
            "fiscal_year": quarter.fiscal_year,
            "start": quarter.start.isoformat(),
            "end": quarter.end.isoformat(),
        },
        "as_of": report.as_of.isoformat(),
        "provisional": report.provisional,
        "generated": report.generated.isoformat(),
        "totals": {
            "outcomes": _tally(report.totals),
            "activities": {"total": report.activity_count, **activities},
        },
        "issues": [
            {
                "number": issue.number,
                "id": issue.id,
                "title": issue.issue.title,
                "totals": _tally(issue.tally),
                "activities": [_activity(a) for a in issue.activities],
            }
            for issue in report.issues
        ],
        "outstanding": [
            {
                "responsible": group.title,
                "outcomes": [item.outcome.id for item in group.items],
            }
            for group in report.outstanding
        ],
        "done_in_quarter": [item.outcome.id for item in report.done_in_quarter],
        "not_applicable": [item.outcome.id for item in report.not_applicable],
        "changes": [
            {
                "at": change.at.isoformat(),
                "by": change.by,
                "outcome": change.outcome_id,
                "old": record_to_json(change.old, provenance=False),
                "new": record_to_json(change.new, provenance=False),
            }
            for change in report.changes
        ],
    }


def render_json(report: Report) -> str:
    return "".join(json_chunks(report))


def json_chunks(report: Report) -> Iterator[str]:
    """The JSON in pieces of about 64 KB, as it is encoded (a large report is never one
    string). C1 controls and line separators are written as ``\\u`` escapes.

    The text is what ``json.JSONEncoder(ensure_ascii=False, indent=2)`` writes, made by
    :func:`_encode` (the standard encoder's indented form is pure Python, a generator per
    level: four times slower on a large report)."""
    batch: list[str] = []
    size = 0
    for piece in _encode(report_data(report), "\n"):
        batch.append(piece)
        size += len(piece)
        if size >= 65536:
            yield _escape_c1("".join(batch))
            batch.clear()
            size = 0
    batch.append("\n")
    yield _escape_c1("".join(batch))


_string = json.encoder.encode_basestring  # the C one where there is one: "…" with escapes
_float = float.__repr__


def _dump(value: Any, newline: str) -> str:
    """``value`` as indented JSON, its lines after the first starting with ``newline``."""
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return (
            json.encoder.JSONEncoder().encode(value)
            if value != value
            or value
            in (
                float("inf"),
                float("-inf"),
            )
            else _float(value)
        )
    inner = newline + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [
            (_KEYS.get(key) or _key_head(key))
            + (_string(item) if type(item) is str else _dump(item, inner))
            for key, item in value.items()
        ]
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        return (
            "["
            + inner
            + ("," + inner).join(
                [_string(item) if type(item) is str else _dump(item, inner) for item in value]
            )
            + newline
            + "]"
        )
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


#: ``"key": `` of the keys met so far (a report repeats the same few keys for every row)
_KEYS: dict[Any, str] = {}


def _key_head(key: Any) -> str:
    head = _string(_key(key)) + ": "
    if type(key) is str and len(_KEYS) < 256:
        _KEYS[key] = head
    return head


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, bool | int | float):
        return json.dumps(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _encode(value: Any, newline: str, depth: int = 0) -> Iterator[str]:
    """:func:`_dump` in pieces: the top two levels item by item, each item whole."""
    if depth >= 2 or not isinstance(value, dict | list | tuple) or not value:
        yield _dump(value, newline)
        return
    inner = newline + "  "
    if isinstance(value, dict):
        yield "{"
        for index, (key, item) in enumerate(value.items()):
            yield ("," + inner if index else inner) + _string(_key(key)) + ": "
            yield from _encode(item, inner, depth + 1)
        yield newline + "}"
        return
    yield "["
    for index, item in enumerate(value):
        yield "," + inner if index else inner
        yield from _encode(item, inner, depth + 1)
    yield newline + "]"


def _escape_c1(text: str) -> str:
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
