"""JSON: the stable keys the README documents, Arabic digits, ISO dates, exact texts."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ita_tui.model import Activity, Issue, Outcome, OutcomeProgress, Plan, Status
from ita_tui.report import export
from ita_tui.report.model import STATE_NAMES, build_report
from ita_tui.report.render_json import json_chunks
from ita_tui.store.change_log import Change
from ita_tui.textutil import INVISIBLE_CHARS
from ita_tui.thai.calendar import Quarter

from .report_helpers import HOSTILE_NOTE, TODAY, bundled_plan, fixture, hostile


def test_json_keys_are_stable(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    data = json.loads(export(plan, records, changes, quarter=2, fmt="json", today=TODAY))
    assert list(data) == [
        "schema",
        "schema_version",
        "plan",
        "quarter",
        "as_of",
        "provisional",
        "generated",
        "totals",
        "issues",
        "outstanding",
        "done_in_quarter",
        "not_applicable",
        "changes",
        "net_changes",
        "timezone",
    ]
    assert data["quarter"] == {
        "number": 2,
        "fiscal_year": 2568,
        "start": "2025-01-01",
        "end": "2025-03-31",
    }
    assert data["as_of"] == "2025-03-31" and data["generated"] == "2025-04-10"
    assert data["plan"]["ita"] == {"year": 2567, "score": 90.68, "level": "ผ่านดี"}
    assert data["totals"]["outcomes"] == {
        "done": 8,
        "applicable": 52,
        "not_applicable": 1,
        "total": 53,
        "percent": 15,  # 8 of 52 is 15.38%: whole percent, rounded down as the app shows it
    }
    assert set(data["totals"]["activities"]) == {
        "total",
        "complete",
        "in_progress",
        "overdue",
        "not_started",
        "no_outcomes",
    }
    issue = data["issues"][0]
    assert list(issue) == ["number", "id", "title", "totals", "activities"]
    activity = issue["activities"][0]
    assert list(activity) == [
        "number",
        "id",
        "title",
        "period",
        "quarters",
        "responsible",
        "steps",
        "state",
        "due",
        "totals",
        "outcomes",
    ]
    assert activity["quarters"] == [1, 2] and activity["state"] == "overdue"
    outcome = activity["outcomes"][0]
    assert list(outcome) == [
        "number",
        "id",
        "text",
        "oit",
        "status",
        "done_on",
        "evidence",
        "note",
    ]
    assert outcome["id"] == "1.1.1" and outcome["done_on"] == "2024-12-31"
    states = {
        o["id"]: o["status"] for i in data["issues"] for a in i["activities"] for o in a["outcomes"]
    }
    assert states["1.1.4"] == "pending" and states["2.1.7"] == "not_applicable"
    assert data["not_applicable"] == ["2.1.7"]
    assert data["changes"][0]["at"] == "2025-01-02T08:00:00+07:00"


def test_json_is_the_same_whatever_the_language_and_digits(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    a = export(plan, records, changes, quarter=2, fmt="json", today=TODAY)
    b = export(plan, records, changes, quarter=2, fmt="json", lang="en", digits="thai", today=TODAY)
    assert a == b


def test_json_keeps_texts_exactly_and_escapes_every_control_character() -> None:
    plan, records, changes = hostile()
    text = export(plan, records, changes, quarter=1, fmt="json", today=TODAY)
    assert not any(ch in text for ch in "\x1b\x07\x9b")
    data = json.loads(text)
    assert data["plan"]["title"] == plan.title
    assert data["issues"][0]["activities"][0]["outcomes"][0]["note"] == HOSTILE_NOTE


def _standard(written: str) -> str:
    """What the standard library's encoder writes for the same data, C1 and invisible
    characters escaped (as ``ensure_ascii`` escapes them: astral ones as surrogate pairs)."""
    text = json.dumps(json.loads(written), ensure_ascii=False, indent=2) + "\n"
    return re.sub(f"[\x7f-\x9f{INVISIBLE_CHARS}]", lambda m: json.dumps(m.group())[1:-1], text)


@pytest.mark.parametrize("which", ["fixture", "hostile"])
def test_json_is_what_the_standard_encoder_writes(which: str) -> None:
    # the issues are written straight from the report's rows: the text must not differ
    if which == "fixture":
        plan = bundled_plan()
        records, changes = fixture()
    else:
        plan, records, changes = hostile()
    written = "".join(json_chunks(build_report(plan, records, changes, Quarter(2568, 2), TODAY)))
    assert written == _standard(written)


_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from('\x85\x9b\u2028\u202e\U000e0041"\\ \t'),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(_TEXT.filter(lambda t: t.strip()), min_size=3, max_size=3),
    oit=st.none() | _TEXT.filter(lambda t: t.strip()),
    note=_TEXT,
    evidence=st.lists(_TEXT, max_size=3),
    status=st.sampled_from(list(Status)),
    done_on=st.none() | st.dates(dt.date(2024, 10, 1), dt.date(2025, 9, 30)),
)
@example(
    texts=[" ก\x85 ", "ข\u2028", '\\ค"'],
    oit=" O10\t",
    note="\x9b31m ",
    evidence=[" https://x.go.th/a ", ""],
    status=Status.DONE,
    done_on=dt.date(2025, 4, 1),
)
def test_json_of_any_texts_is_what_the_standard_encoder_writes(
    texts: list[str],
    oit: str | None,
    note: str,
    evidence: list[str],
    status: Status,
    done_on: dt.date | None,
) -> None:
    outcome = Outcome("o1", texts[0], oit, "1.1.1")
    activity = Activity(
        "a1", texts[1], (2, 3), (texts[2], ""), (), (outcome,), texts[2], None, "1.1"
    )
    plan = Plan("p", "แผน", "เทศบาล", 2568, (Issue("i1", texts[2], (activity,), "1"),))
    record = OutcomeProgress(status, done_on, tuple(evidence), note)
    report = build_report(plan, {"o1": record}, [], Quarter(2568, 3), TODAY)
    written = "".join(json_chunks(report))
    assert written == _standard(written)
    # and it says what the report's row says, texts exactly as given
    row = report.issues[0].activities[0].outcomes[0]
    data = json.loads(written)["issues"][0]
    assert data["title"] == texts[2]
    assert data["activities"][0] | {"outcomes": None, "totals": None} == {
        "number": "1.1",
        "id": "a1",
        "title": texts[1],
        "period": texts[2],
        "quarters": [2, 3],
        "responsible": [texts[2], ""],
        "steps": [],
        "state": STATE_NAMES[report.issues[0].activities[0].state],
        "due": "2025-06-30",
        "totals": None,
        "outcomes": None,
    }
    assert data["activities"][0]["outcomes"] == [
        {
            "number": "1.1.1",
            "id": "o1",
            "text": texts[0],
            "oit": oit,
            "status": row.status.value,
            "done_on": row.done_on.isoformat() if row.done_on else None,
            "evidence": evidence,
            "note": note,
        }
    ]
