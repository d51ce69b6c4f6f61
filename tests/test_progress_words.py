"""One rounding and one set of state names for the app, ``status`` and the reports."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ita_tui.catalog import has
from ita_tui.model import Activity
from ita_tui.progress_words import (
    bar,
    filled,
    percent_text,
    progress_text,
    state_name,
    whole_percent,
)
from ita_tui.state import ActivityState, Tally, issue_state, state_at


@given(st.integers(1, 10_000).flatmap(lambda t: st.tuples(st.integers(0, t), st.just(t))))
def test_percent_is_rounded_down_and_100_only_when_finished(case: tuple[int, int]) -> None:
    done, total = case
    value = whole_percent(done, total)
    assert value is not None
    assert value <= 100 * done / total < value + 1
    assert (value == 100) == (done == total)
    assert filled(done, total, 20) <= 20 * done / total
    assert (filled(done, total, 20) == 20) == (done == total)


def test_examples() -> None:
    assert percent_text(2, 3) == "66%" and percent_text(1, 6) == "16%"
    assert percent_text(199, 200) == "99%" and percent_text(0, 0) == "–"
    assert bar(1, 4, 8) == "██░░░░░░" and bar(0, 0, 4) == "░░░░" and bar(5, 4, 4) == "████"
    assert progress_text(Tally(), "th") == "ยังไม่มีผลลัพธ์"
    assert progress_text(Tally(), "en") == "no outcomes yet"
    assert progress_text(Tally(0, 0, 2), "en") == "–"  # all not applicable: no percentage
    assert progress_text(Tally(2, 3, 0), "th") == "66%"


def test_every_state_has_a_name_in_both_languages() -> None:
    assert all(
        has(f"state.{state.value}", lang) for state in ActivityState for lang in ("th", "en")
    )
    for state in ActivityState:
        assert state_name(state, "th") and state_name(state, "en")
    assert state_name(ActivityState.COMPLETE, "th") == "แล้วเสร็จ"


def test_an_activity_with_no_outcome_is_never_complete() -> None:
    empty = Activity("1.1", "ว่าง", (1,), (), (), ())
    for position in ((0, False), (1, False), (4, True), (5, True)):
        assert state_at(empty, Tally(), position) is ActivityState.NO_OUTCOMES
    # all outcomes not applicable: nothing left to do, complete
    assert state_at(empty, Tally(0, 0, 3), (5, True)) is ActivityState.COMPLETE


def test_an_issue_is_as_urgent_as_its_most_urgent_activity() -> None:
    assert issue_state([]) is ActivityState.NO_OUTCOMES
    assert issue_state([ActivityState.NO_OUTCOMES]) is ActivityState.NO_OUTCOMES
    both = [ActivityState.NO_OUTCOMES, ActivityState.COMPLETE]
    assert issue_state(both) is ActivityState.COMPLETE
    assert issue_state([*both, ActivityState.OVERDUE]) is ActivityState.OVERDUE
