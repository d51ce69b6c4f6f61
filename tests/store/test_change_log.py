from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from progress_strategies import records

from ita_tui.model import OutcomeProgress
from ita_tui.store.change_log import (
    Change,
    append_changes,
    change_from_json,
    change_to_json,
    read_log,
    truncate,
)

T0 = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)


@settings(max_examples=150, deadline=None)
@given(records, records)
def test_change_log_lines_round_trip(old: OutcomeProgress, new: OutcomeProgress) -> None:
    at = new.updated_at or T0
    change = Change(at=at, by="u", outcome_id="1.1.1", old=old, new=new)
    assert change_from_json(change_to_json(change)) == change
    assert "\n" not in change_to_json(change)


def test_ops_and_conflicts_round_trip() -> None:
    from ita_tui.model import Status
    from ita_tui.store.ops import EVIDENCE, NOTE, STATUS, Conflict, Op, StatusValue

    done = StatusValue(Status.DONE, dt.date(2025, 1, 2))
    change = Change(
        at=T0,
        by="u",
        outcome_id="1.1.1",
        old=OutcomeProgress(),
        new=OutcomeProgress(Status.DONE, dt.date(2025, 1, 2), ("x",), "n"),
        ops=(Op(STATUS, StatusValue(), done), Op(EVIDENCE, None, "x"), Op(NOTE, "a", "n")),
        conflicts=(Conflict(NOTE, "a", "theirs", "n", "somchai"),),
    )
    line = change_to_json(change)
    assert change_from_json(line) == change
    assert '"overwrote": "theirs"' in line and '"overwrote_by": "somchai"' in line


def _change(note: str) -> Change:
    return Change(
        at=T0, by="u", outcome_id="1.1.1", old=OutcomeProgress(), new=OutcomeProgress(note=note)
    )


def test_a_torn_last_line_never_swallows_the_next_entry(tmp_path: Path) -> None:
    log = tmp_path / "p.changes.jsonl"
    append_changes(log, [_change("one")])
    with open(log, "ab") as handle:  # a full disk cut the next line short
        handle.write(change_to_json(_change("torn")).encode()[:25])
    torn = read_log(log)
    assert [c.new.note for c in torn.changes] == ["one"]
    assert len(torn.problems) == 1 and "cut short" in torn.problems[0]
    assert read_log(log, torn_tail_ok=True).problems == []  # someone is appending: wait
    append_changes(log, [_change("two")])
    after = read_log(log)
    assert [c.new.note for c in after.changes] == ["one", "two"]
    assert len(after.problems) == 1 and "line 2" in after.problems[0]


def test_reading_from_an_offset_and_taking_lines_back(tmp_path: Path) -> None:
    log = tmp_path / "p.changes.jsonl"
    _, end = append_changes(log, [_change("one")])
    start, _ = append_changes(log, [_change("two"), _change("three")])
    assert start == end
    assert [c.new.note for c in read_log(log, end).changes] == ["two", "three"]
    truncate(log, start)
    assert [c.new.note for c in read_log(log).changes] == ["one"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["at", "by", "outcome", "old", "new", "ops", "conflict", "x"]),
        json_values,
    ),
    st.sampled_from(["status", "note", "evidence", "foo"]),
    json_values,
    json_values,
)
def test_no_line_planted_in_the_log_breaks_reading_or_replaying(
    tmp_path_factory: object, data: dict[str, object], field: str, old: object, new: object
) -> None:
    """Whatever a shared folder's log holds: it is read or reported, and replays without error."""
    import json as json_module

    from ita_tui.store.merge import replay

    valid = json_module.loads(change_to_json(_change("ok")))
    planted = {**valid, **data}
    mixed = {**valid, "ops": [{"field": field, "old": old, "new": new}]}
    lines = [json_module.dumps(planted), json_module.dumps(mixed), "[" * 5000, "\x00\xff"]
    folder = tmp_path_factory.mktemp("log")  # type: ignore[attr-defined]
    log = folder / "p.changes.jsonl"
    log.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="replace")
    found = read_log(log)
    assert len(found.changes) + len(found.problems) == len(lines)
    records = {"1.1.1": OutcomeProgress(note="x", updated_at=T0)}
    replay(records, found.changes)
