"""Changes as field operations: made from a request, applied, inverted."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from progress_strategies import records as record_strategy

from ita_tui.model import OutcomeProgress, Status
from ita_tui.store.ops import (
    EVIDENCE,
    NOTE,
    STATUS,
    Op,
    StatusValue,
    apply_ops,
    evidence_ops,
    ops_for,
    ops_to_become,
)

TODAY = dt.date(2025, 2, 10)


def test_done_without_a_date_is_today_and_keeps_an_earlier_date() -> None:
    [op] = ops_for(OutcomeProgress(), status=Status.DONE, today=TODAY)
    assert op == Op(STATUS, StatusValue(), StatusValue(Status.DONE, TODAY))
    done = OutcomeProgress(Status.DONE, dt.date(2025, 1, 1))
    assert ops_for(done, status=Status.DONE, today=TODAY) == []


def test_leaving_done_clears_the_date_and_a_date_alone_marks_done() -> None:
    done = OutcomeProgress(Status.DONE, dt.date(2025, 1, 1))
    [op] = ops_for(done, status=Status.PENDING, today=TODAY)
    assert op.new == StatusValue(Status.PENDING, None)
    [op] = ops_for(OutcomeProgress(), done_on=dt.date(2025, 1, 5), today=TODAY)
    assert op.new == StatusValue(Status.DONE, dt.date(2025, 1, 5))


def test_evidence_becomes_one_op_per_link_added_or_removed() -> None:
    assert evidence_ops(("a", "b"), ["b", " c ", "", "c"]) == [
        Op(EVIDENCE, "a", None),
        Op(EVIDENCE, None, "c"),
    ]


def test_note_op_and_nothing_for_an_unchanged_note() -> None:
    rec = OutcomeProgress(note="x")
    assert ops_for(rec, note="x", today=TODAY) == []
    assert ops_for(rec, note="y", today=TODAY) == [Op(NOTE, "x", "y")]


@settings(max_examples=300, deadline=None)
@given(record_strategy, record_strategy)
def test_ops_to_become_then_their_inverse_go_there_and_back(
    start: OutcomeProgress, target: OutcomeProgress
) -> None:
    ops = ops_to_become(start, target)
    there, conflicts = apply_ops(start, ops)
    assert conflicts == ()
    assert (there.status, there.done_on, there.note) == (target.status, target.done_on, target.note)
    assert {e.strip() for e in target.evidence if e.strip()} <= set(there.evidence)
    back, conflicts = apply_ops(there, [op.inverse() for op in reversed(ops)])
    assert conflicts == ()
    assert (back.status, back.done_on, back.note) == (start.status, start.done_on, start.note)
    assert set(back.evidence) == set(start.evidence)


def test_an_op_marked_as_overwriting_a_colleagues_value_is_a_conflict_even_if_equal() -> None:
    hers = OutcomeProgress(note="the same", updated_by="somsri")
    plain = Op(NOTE, "the same", "")
    assert apply_ops(hers, [plain])[1] == ()  # based on what is there: nothing overwritten
    marked = Op(NOTE, "the same", "", overwrites="somsri")
    assert marked == plain  # the same change; only what the save logs differs
    after, [conflict] = apply_ops(hers, [marked])
    assert after.note == ""
    assert (conflict.field, conflict.based_on, conflict.replaced, conflict.kept) == (
        NOTE,
        "the same",
        "the same",
        "",
    )
    assert conflict.replaced_by == "somsri"
    assert apply_ops(OutcomeProgress(), [marked])[1] == ()  # already so: nothing to overwrite
