"""Two and three writers on one folder, field operations, saves, polls, undo and redo
interleaved at random (hypothesis): no operation is lost, every conflict is recorded, and
the change log is a true chain that replays to the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ita_tui.model import PENDING, OutcomeProgress, Status
from ita_tui.store import ProgressStore
from ita_tui.store.change_log import Change
from ita_tui.store.ops import EVIDENCE, apply_op, field_value
from ita_tui.tui.services.session import Session

TODAY = dt.date(2025, 2, 10)
IDS = ["1.1.1", "1.1.2"]
KINDS = ["add", "remove", "note", "status", "undo", "undo!", "redo", "save", "poll"]

actions = st.lists(
    st.tuples(st.integers(0, 2), st.sampled_from(KINDS), st.sampled_from(IDS)),
    min_size=1,
    max_size=30,
)


def read(folder: Path) -> dict[str, OutcomeProgress]:
    store = ProgressStore(folder, "p", user="reader")
    store.load()
    return dict(store.records)


class Writer:
    def __init__(self, folder: Path, name: str) -> None:
        self.store = ProgressStore(folder, "p", user=name)
        self.store.load()
        self.session = Session(self.store, lambda: TODAY)


def save_and_check(folder: Path, writer: Writer, conflicts_seen: list[Any]) -> None:
    """Save one writer; check, from the outside, what it must have done."""
    pending = writer.store.unsaved_changes
    working = read(folder)
    expected_conflicts = []
    last_value: dict[tuple[str, Any], Any] = {}
    for change in pending:
        for op in change.ops:
            rec = working.get(change.outcome_id, PENDING)
            if op.field != EVIDENCE:
                now = field_value(rec, op.field)
                # a value changed meanwhile, or ours set again by a colleague (an undo or
                # redo confirmed over her change)
                if now != op.new and (now != op.old or op.overwrites):
                    expected_conflicts.append((change.outcome_id, op.field, now))
                last_value[(change.outcome_id, op.field)] = op.new
            else:
                link = op.new if op.new is not None else op.old
                last_value[(change.outcome_id, ("link", link))] = op.new is not None
            working[change.outcome_id], _ = apply_op(rec, op)

    assert writer.session.retry() is None
    saved = writer.session.take_saved()
    got = [(i, c.field, c.replaced) for i, c in saved.conflicts]
    assert got == expected_conflicts  # every conflict is reported to the writer
    conflicts_seen += got
    after = read(folder)
    for (outcome_id, what), value in last_value.items():  # no operation lost
        rec = after.get(outcome_id, PENDING)
        if isinstance(what, tuple):
            assert (what[1] in rec.evidence) is value
        else:
            assert field_value(rec, what) == value


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@example(
    n=2,
    steps=[  # a redo over her change after my own unsaved undo: the '' it replaces is mine
        (0, "note", "1.1.1"),
        (1, "note", "1.1.1"),
        (1, "undo", "1.1.1"),
        (0, "save", "1.1.1"),
        (1, "redo", "1.1.1"),
    ],
)
@given(st.integers(2, 3), actions)
def test_interleaved_writers_lose_nothing_and_log_every_conflict(
    tmp_path_factory: pytest.TempPathFactory, n: int, steps: list[tuple[int, str, str]]
) -> None:
    folder = tmp_path_factory.mktemp("shared")
    writers = [Writer(folder, f"user{i}") for i in range(n)]
    conflicts_seen: list[Any] = []
    links_added: set[str] = set()
    for number, (who, kind, outcome_id) in enumerate(steps):
        writer = writers[who % n]
        session, store = writer.session, writer.store
        if kind == "add":
            link = f"http://e.example/{who}/{number}"
            links_added.add(link)
            evidence = [*store.get(outcome_id).evidence, link]
            session.update(outcome_id, save=False, evidence=evidence)
        elif kind == "remove":
            evidence = list(store.get(outcome_id).evidence)
            if evidence:
                session.update(outcome_id, save=False, evidence=evidence[1:])
        elif kind == "note":
            session.update(outcome_id, save=False, note=f"note {who}/{number}")
        elif kind == "status":
            day = dt.date(2024, 10, 1) + dt.timedelta(days=number)
            session.update(outcome_id, save=False, status=Status.DONE, done_on=day)
        elif kind in ("undo", "undo!"):
            session.undo(save=False, force=kind == "undo!")
        elif kind == "redo":
            session.redo(save=False, force=True)
        elif kind == "save":
            save_and_check(folder, writer, conflicts_seen)
        else:
            session.poll()
    for writer in writers:
        save_and_check(folder, writer, conflicts_seen)

    final = read(folder)
    log = list(writers[0].store.changes())
    assert writers[0].store.notices == []  # no unreadable line
    # a true chain: each entry's old is what the one before it left
    last: dict[str, OutcomeProgress] = {}
    for change in log:
        assert change.old == last.get(change.outcome_id, PENDING), change
        last[change.outcome_id] = change.new
    assert {i: r for i, r in last.items()} == final
    # every conflict reported is in the log, with what was overwritten
    logged = [(c.outcome_id, k.field, k.replaced) for c in log for k in c.conflicts]
    assert sorted(logged, key=repr) == sorted(conflicts_seen, key=repr)
    # replaying the logged ops from nothing gives the file (the log is the whole story)
    assert replay_ops(log) == {i: fields(r) for i, r in final.items()}
    # a link nobody removed is there
    removed = {op.old for c in log for op in c.ops if op.field == EVIDENCE and op.new is None}
    for link in links_added - removed:
        if any(op.new == link for c in log for op in c.ops):
            assert any(link in r.evidence for r in final.values())


def fields(rec: OutcomeProgress) -> tuple[Any, ...]:
    return (rec.status, rec.done_on, set(rec.evidence), rec.note)


def replay_ops(log: list[Change]) -> dict[str, tuple[Any, ...]]:
    records: dict[str, OutcomeProgress] = {}
    for change in log:
        rec = records.get(change.outcome_id, PENDING)
        for op in change.ops:
            rec, _ = apply_op(rec, op)
        records[change.outcome_id] = rec
    return {i: fields(r) for i, r in records.items()}


def test_a_redo_after_my_own_undo_overwrites_her_value_once(tmp_path: Path) -> None:
    """Her note is overwritten by my first change (one conflict, hers); my undo and redo on
    top of it replace only my own values: no second conflict naming her."""
    me, her = Writer(tmp_path, "me"), Writer(tmp_path, "her")
    her.session.update("1.1.1", save=False, note="hers")
    me.session.update("1.1.1", save=False, note="mine")
    me.session.undo(save=False)
    assert her.session.retry() is None
    me.session.redo(save=False, force=True)
    assert me.session.retry() is None
    conflicts = me.session.take_saved().conflicts
    assert [(c.replaced, c.replaced_by) for _, c in conflicts] == [("hers", "her")]
    assert read(tmp_path)["1.1.1"].note == "mine"
