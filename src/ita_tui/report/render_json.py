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
    string). C1 controls and line separators are written as ``\\u`` escapes."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    batch: list[str] = []
    size = 0
    for piece in encoder.iterencode(report_data(report)):
        batch.append(piece)
        size += len(piece)
        if size >= 65536:
            yield _escape_c1("".join(batch))
            batch.clear()
            size = 0
    batch.append("\n")
    yield _escape_c1("".join(batch))


def _escape_c1(text: str) -> str:
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
