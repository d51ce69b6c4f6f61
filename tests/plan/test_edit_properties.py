"""Random edits, undos and ticks: progress always follows its outcome, the plan always
validates, no comment is ever lost; and two processes editing at once both land."""

from __future__ import annotations

import collections
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ita_tui.model import Status
from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.plan.blocks import Block
from ita_tui.plan.edit import (
    FIRST,
    AddItem,
    EditRejected,
    MoveItem,
    Op,
    PlanEditor,
    RemoveItem,
    RestoreItem,
)
from ita_tui.store import ProgressStore


def comments(text: str) -> collections.Counter[str]:
    return collections.Counter(
        line.strip() for line in text.splitlines() if line.strip().startswith("#")
    )


def block_comments(block: Block) -> collections.Counter[str]:
    return comments(block.text)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_random_edits_undos_and_ticks(data: st.DataObject) -> None:
    folder = Path(tempfile.mkdtemp(prefix="ita-prop-"))
    try:
        path = folder / "plan.toml"
        original = bundled_plan_path().read_bytes()
        path.write_bytes(original)
        original_comments = comments(original.decode("utf-8"))
        editor = PlanEditor(path, folder / "data")
        plan = editor.load().plan
        store = ProgressStore(folder / "data", plan.id, user="t")
        # what each outcome says, by key: a tick must stay with that text
        said = {o.id: o.text for o in plan.outcomes()}
        ticked: dict[str, str] = {}
        undo: list[Op] = []
        counter = 0
        for _ in range(data.draw(st.integers(1, 14), label="steps")):
            plan = editor.load().plan
            outcomes = list(plan.outcomes())
            activities = [a for _, a in plan.activities()]
            action = data.draw(
                st.sampled_from(["add", "add", "remove", "move", "move", "undo", "tick"])
            )
            op: Op | None = None
            if action == "add":
                kind = data.draw(st.sampled_from(["issue", "activity", "outcome"]))
                counter += 1
                if kind == "issue":
                    op = AddItem("issue", {"title": f"ประเด็นใหม่ {counter}"})
                elif kind == "activity":
                    issue = data.draw(st.sampled_from(plan.issues))
                    op = AddItem(
                        "activity", {"title": f"กิจกรรม {counter}", "quarters": [2]}, issue.id
                    )
                elif activities:
                    activity = data.draw(st.sampled_from(activities))
                    siblings = [None, FIRST, *(o.id for o in activity.outcomes)]
                    after = data.draw(st.sampled_from(siblings))
                    op = AddItem("outcome", {"text": f"ผลใหม่ {counter}"}, activity.id, after)
            elif action == "remove":
                nodes = [*plan.issues, *activities, *outcomes]
                op = RemoveItem(data.draw(st.sampled_from(nodes)).id)
            elif action == "move" and outcomes and activities:
                outcome = data.draw(st.sampled_from(outcomes))
                target = data.draw(st.sampled_from(activities))
                after = data.draw(
                    st.sampled_from(
                        [None, FIRST, *(o.id for o in target.outcomes if o.id != outcome.id)]
                    )
                )
                op = MoveItem(outcome.id, target.id, after)
            elif action == "move" and len(plan.issues) > 1:
                issue = data.draw(st.sampled_from(plan.issues))
                op = MoveItem(issue.id, None, FIRST)
            elif action == "undo" and undo:
                op = undo.pop()
                result = editor.apply(op)
            elif action == "tick" and outcomes:
                outcome = data.draw(st.sampled_from(outcomes))
                store.update(outcome.id, status=Status.DONE)
                ticked[outcome.id] = outcome.text
            if op is not None and action != "undo":
                try:
                    result = editor.apply(op)
                except EditRejected as exc:  # only the last issue may not go
                    assert "at least one issue" in str(exc)
                    continue
                undo.append(result.inverse)
                if isinstance(op, AddItem) and op.kind == "outcome":
                    assert result.key is not None and result.key not in said
                    said[result.key] = str(op.fields["text"])
            # the plan validates, as the loader reads it
            plan = load_plan(path).plan
            numbers = [o.number for o in plan.outcomes()]
            assert len(set(numbers)) == len(numbers)
            # progress follows its outcome: a recorded key names the outcome it was ticked on
            store.load()
            for key in store.records:
                outcome = plan.outcome(key)
                if outcome is not None:
                    assert outcome.text == ticked[key] == said[key]
            # no comment lost: each is in the file or in a removed item the undo can restore
            held: collections.Counter[str] = collections.Counter()
            for inverse in undo:
                if isinstance(inverse, RestoreItem):
                    held += block_comments(inverse.block)
            now = comments(path.read_text(encoding="utf-8"))
            assert now + held == original_comments
        while undo:
            editor.apply(undo.pop())
        assert path.read_bytes() == original
        plan = load_plan(path).plan
        original_keys = {o.id for o in load_plan(bundled_plan_path()).plan.outcomes()}
        for key, text in ticked.items():  # every tick on an original outcome is back on it
            if key not in original_keys:
                assert plan.outcome(key) is None  # an added outcome, undone: kept as an orphan
                continue
            assert plan.outcome(key) is not None and plan.outcome(key).text == text  # type: ignore[union-attr]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


WRITER = textwrap.dedent(
    """
    import sys
    from ita_tui.plan.edit import AddItem, PlanEditor, SetFields
    from ita_tui.store import ProgressStore
    path, data, name, activity = sys.argv[1:5]
    editor = PlanEditor(path, data)
    store = ProgressStore(data, "saikhao-2568", user=name)
    for i in range(12):
        result = editor.apply(AddItem("outcome", {"text": f"{name} {i}"}, parent=activity))
        store.update(result.key, status="done")
        editor.apply(SetFields(activity, {"oit": f"{name}{i}"}))
    """
)


def test_two_processes_editing_at_once_both_land(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_bytes(bundled_plan_path().read_bytes())
    data = tmp_path / "data"
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(data), name, activity],
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for name, activity in (("alice", "1.1"), ("bob", "1.1"))
    ]
    for process in runs:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    plan = load_plan(path).plan
    texts = [o.text for o in plan.find("1.1").outcomes]  # type: ignore[union-attr]
    for name in ("alice", "bob"):
        assert [t for t in texts if t.startswith(name)] == [f"{name} {i}" for i in range(12)]
    store = ProgressStore(data, plan.id)
    store.load()
    assert len(store.records) == 24
    for key in store.records:  # each tick on the outcome its writer added
        outcome = plan.outcome(key)
        assert outcome is not None and store.get(key).updated_by == outcome.text.split()[0]
    assert comments(path.read_text(encoding="utf-8")) == comments(
        bundled_plan_path().read_text(encoding="utf-8")
    )
