"""Re-applying a writer's field operations onto what is on disk now."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from progress_strategies import records as record_strategy

from ita_tui.model import PENDING, OutcomeProgress, Status
from ita_tui.store.merge import apply_change, changed_ids, replay
from ita_tui.store.ops import EVIDENCE, NOTE, STATUS, Op, StatusValue, ops_to_become

T0 = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)
DONE = StatusValue(Status.DONE, dt.date(2025, 1, 2))


def test_a_note_and_a_link_made_from_the_same_record_both_survive() -> None:
    disk: dict[str, OutcomeProgress] = {}
    apply_change(disk, "1", [Op(EVIDENCE, None, "http://a")], by="A", at=T0)
    change = apply_change(disk, "1", [Op(NOTE, "", "from B")], by="B", at=T0)
    assert disk["1"].evidence == ("http://a",) and disk["1"].note == "from B"
    assert change.conflicts == () and change.old.evidence == ("http://a",)


def test_the_same_field_goes_to_the_later_save_and_the_overwritten_value_is_named() -> None:
    disk: dict[str, OutcomeProgress] = {}
    apply_change(disk, "1", [Op(NOTE, "", "A's")], by="A", at=T0)
    change = apply_change(disk, "1", [Op(NOTE, "", "B's")], by="B", at=T0)
    assert disk["1"].note == "B's"
    [conflict] = change.conflicts
    assert (conflict.field, conflict.based_on, conflict.replaced, conflict.kept) == (
        NOTE,
        "",
        "A's",
        "B's",
    )
    assert conflict.replaced_by == "A" and change.old.note == "A's"


def test_setting_what_is_already_there_is_no_conflict_and_no_change() -> None:
    disk = {"1": OutcomeProgress(Status.DONE, dt.date(2025, 1, 2), updated_by="A", updated_at=T0)}
    change = apply_change(disk, "1", [Op(STATUS, StatusValue(), DONE)], by="B", at=T0)
    assert change.old == change.new and change.conflicts == ()


def test_a_removal_removes_only_its_own_link() -> None:
    disk = {"1": OutcomeProgress(evidence=("a", "b"))}
    apply_change(disk, "1", [Op(EVIDENCE, None, "c")], by="A", at=T0)
    apply_change(disk, "1", [Op(EVIDENCE, "a", None)], by="B", at=T0)
    apply_change(disk, "1", [Op(EVIDENCE, "a", None)], by="C", at=T0)  # already gone: nothing
    assert disk["1"].evidence == ("b", "c")


def test_time_of_change_never_runs_backwards_per_outcome() -> None:
    later = T0 + dt.timedelta(hours=1)
    disk = {"1": OutcomeProgress(updated_at=later)}
    apply_change(disk, "1", [Op(NOTE, "", "x")], by="A", at=T0)
    assert disk["1"].updated_at is not None and disk["1"].updated_at > later


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(record_strategy, record_strategy), max_size=6))
def test_replaying_a_chain_of_changes_reaches_its_end(
    pairs: list[tuple[OutcomeProgress, OutcomeProgress]],
) -> None:
    """Records driven through arbitrary targets: the log they write replays to the same end."""
    live: dict[str, OutcomeProgress] = {}
    log = []
    for i, (target, _) in enumerate(pairs):
        ops = ops_to_become(live.get("x", PENDING), target)
        log.append(apply_change(live, "x", ops, by=f"u{i}", at=T0 + dt.timedelta(seconds=i)))
    rebuilt: dict[str, OutcomeProgress] = {}
    replay(rebuilt, log)
    assert rebuilt == {k: v for k, v in live.items()}
    for before, after in itertools.pairwise(log):
        assert after.old == before.new  # a true chain


def test_changed_ids() -> None:
    a = {"1": PENDING, "2": OutcomeProgress(Status.DONE)}
    b = {"2": OutcomeProgress(Status.DONE), "3": PENDING}
    assert changed_ids(a, b) == {"1", "3"}
