"""The report as JSON, for scripts and websites. The keys are stable (README, "JSON").

Arabic digits and ISO dates; texts exactly as recorded (JSON escapes control characters,
and this module escapes the C1 range and the invisible characters of
:data:`ita_tui.textutil.INVISIBLE_CHARS` too, a bidi override as ``\\u202e``: the data is
unchanged once read, and no terminal or viewer acts on it). Keys keep the order
documented, and the output ends with a newline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ita_tui.model import Status
from ita_tui.progress_words import whole_percent
from ita_tui.report.model import (
    STATE_NAMES,
    STATE_ORDER,
    ActivityRow,
    IssueRow,
    Report,
)
from ita_tui.state import Tally
from ita_tui.store.change_log import record_to_json
from ita_tui.textutil import INVISIBLE_CHARS

SCHEMA = "ita-tui/quarterly-report"
SCHEMA_VERSION = 1
#: What is written as a ``\\u`` escape besides what JSON itself escapes (a character
#: beyond U+FFFF as its surrogate pair, as JSON spells it).
_C1 = re.compile(f"[\x7f-\x9f{INVISIBLE_CHARS}]")


def _tally(t: Tally) -> dict[str, Any]:
    return {
        "done": t.done,
        "applicable": t.applicable,
        "not_applicable": t.not_applicable,
        "total": t.total,
        "percent": whole_percent(t.done, t.applicable),  # rounded down, as everywhere
    }


@dataclass(frozen=True)
class _Issues:
    """The report's issues, for :func:`_encode` to write with :func:`_issues_text`."""

    rows: tuple[IssueRow, ...]


def _data(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data, its issues left for :func:`_issues_text` (most of a
    large report: written there straight from the rows, with no dictionaries made first)."""
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
        "issues": _Issues(report.issues),
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
        "net_changes": [
            {
                "outcome": change.outcome_id,
                "at": change.at.isoformat(),
                "by": list(change.by),
                "start": record_to_json(change.start, provenance=False),
                "end": record_to_json(change.end, provenance=False),
            }
            for change in report.net_changes
        ],
        "timezone": report.clock.name or None,
    }


def json_chunks(report: Report) -> Iterator[str]:
    """The JSON in pieces of about 64 KB, as it is encoded (a large report is never one
    string). C1 controls and invisible characters are written as ``\\u`` escapes.

    The text is what ``json.JSONEncoder(ensure_ascii=False, indent=2)`` writes, made by
    :func:`_encode` (the standard encoder's indented form is pure Python, a generator per
    level: four times slower on a large report)."""
    batch: list[str] = []
    size = 0
    for piece in _encode(_data(report), "\n"):
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
    if isinstance(value, _Issues):
        yield from _issues_text(value.rows, newline)
        return
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
    if _C1.search(text) is None:  # a report rarely has any
        return text
    return _C1.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


# The issues written directly from the report's rows: the text _dump would write for their
# dictionaries (tests compare it with json.dumps), without making 100,000 of them first.


def _issues_text(issues: tuple[IssueRow, ...], newline: str) -> Iterator[str]:
    """The ``issues`` list, an issue at a time; ``newline`` starts the list's own lines."""
    if not issues:
        yield "[]"
        return
    inner = newline + "  "
    yield "["
    for index, issue in enumerate(issues):
        yield ("," + inner if index else inner) + _issue_text(issue, inner)
    yield newline + "]"


def _list_text(items: list[str], newline: str) -> str:
    """Items already written, as a JSON list whose lines start with ``newline``."""
    if not items:
        return "[]"
    inner = newline + "  "
    return "[" + inner + ("," + inner).join(items) + newline + "]"


def _strings(items: tuple[str, ...], newline: str) -> str:
    return _list_text([_string(item) for item in items], newline)


def _issue_text(issue: IssueRow, newline: str) -> str:
    i = newline + "  "
    inner = i + "  "
    activities = [_activity_text(a, inner) for a in issue.activities]
    return (
        f'{{{i}"number": {_string(issue.number)},{i}"id": {_string(issue.id)},'
        f'{i}"title": {_string(issue.issue.title)},'
        f'{i}"totals": {_dump(_tally(issue.tally), i)},'
        f'{i}"activities": {_list_text(activities, i)}{newline}}}'
    )


def _activity_text(row: ActivityRow, newline: str) -> str:
    activity = row.activity
    i = newline + "  "
    template = _outcome_template(i + "  ")
    outcomes = [
        template
        % (
            _string(o.outcome.number or o.outcome.id),
            _string(o.outcome.id),
            _string(o.outcome.text),
            "null" if o.outcome.oit is None else _string(o.outcome.oit),
            _STATUS[o.status],
            "null" if o.done_on is None else f'"{o.done_on.isoformat()}"',
            _strings(o.evidence, i + "    ") if o.evidence else "[]",
            _string(o.note),
        )
        for o in row.outcomes
    ]
    quarters = [int.__repr__(q) for q in activity.quarters]
    return (
        f'{{{i}"number": {_string(row.number)},{i}"id": {_string(activity.id)},'
        f'{i}"title": {_string(activity.title)},{i}"period": {_string(activity.period)},'
        f'{i}"quarters": {_list_text(quarters, i)},'
        f'{i}"responsible": {_strings(activity.responsible, i)},'
        f'{i}"steps": {_strings(activity.steps, i)},'
        f'{i}"state": {_string(STATE_NAMES[row.state])},'
        f'{i}"due": "{row.due.isoformat()}",'
        f'{i}"totals": {_dump(_tally(row.tally), i)},'
        f'{i}"outcomes": {_list_text(outcomes, i)}{newline}}}'
    )


_STATUS = {status: _string(status.value) for status in Status}


@lru_cache(maxsize=8)
def _outcome_template(newline: str) -> str:
    """An outcome's JSON with ``%s`` for its values, its lines starting with ``newline``."""
    i = newline + "  "
    keys = ("number", "id", "text", "oit", "status", "done_on", "evidence", "note")
    return "{" + i + ("," + i).join(f'"{key}": %s' for key in keys) + newline + "}"
