"""The plan writer: edits in place, byte for byte elsewhere, undoable, under the lock."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from ita_tui.plan import bundled_plan_path, load_plan, parse_plan
from ita_tui.plan.edit import (
    FIRST,
    AddItem,
    EditFailed,
    EditRejected,
    MoveItem,
    PlanEditor,
    RemoveItem,
    SetFields,
    add_after,
    add_child,
    copy_bundled_plan,
    move_by,
)
from ita_tui.store import ProgressStore


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    target = tmp_path / "plan.toml"
    target.write_bytes(bundled_plan_path().read_bytes())
    return target


@pytest.fixture
def editor(plan_file: Path, tmp_path: Path) -> PlanEditor:
    return PlanEditor(plan_file, tmp_path / "data")


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


def test_setting_a_title_changes_that_line_only(editor: PlanEditor, plan_file: Path) -> None:
    before = plan_file.read_text(encoding="utf-8")
    result = editor.apply(SetFields("1.2", {"title": "มาตรการใหม่"}))
    after = plan_file.read_text(encoding="utf-8")
    diff = changed_lines(before, after)
    assert len(diff) == 2 and diff[1] == '+title = "มาตรการใหม่"'
    assert result.loaded.plan.find("1.2").title == "มาตรการใหม่"  # type: ignore[union-attr]
    assert load_plan(plan_file).plan == result.loaded.plan


def test_a_field_sent_unchanged_keeps_its_comments(editor: PlanEditor, plan_file: Path) -> None:
    before = plan_file.read_text(encoding="utf-8")
    activity = load_plan(plan_file).plan.find("1.1")
    # a form sends every field back, most of them unchanged
    editor.apply(
        SetFields(
            "1.1",
            {
                "title": "ชื่อใหม่",
                "steps": list(activity.steps),  # type: ignore[union-attr]
                "responsible": list(activity.responsible),  # type: ignore[union-attr]
                "quarters": [1, 2],
            },
        )
    )
    after = plan_file.read_text(encoding="utf-8")
    assert len(changed_lines(before, after)) == 2
    assert comments(before) == comments(after)


def test_new_outcome_follows_the_layout_and_gets_a_fresh_key(
    editor: PlanEditor, plan_file: Path
) -> None:
    before = plan_file.read_text(encoding="utf-8")
    result = editor.apply(AddItem("outcome", {"text": "ผลใหม่"}, parent="1.1", after="1.1.2"))
    after = plan_file.read_text(encoding="utf-8")
    key = result.key
    assert key and re.fullmatch(r"[a-z][a-z2-9]{5}", key)
    assert f'[[issues.activities.outcomes]]\nid = "{key}"\ntext = "ผลใหม่"\n\n' in after
    assert all(line.startswith("+") for line in changed_lines(before, after))
    outcome = result.loaded.plan.find(key)
    assert outcome is not None and outcome.number == "1.1.3"  # type: ignore[union-attr]
    # the outcome that was 1.1.3 is now shown as 1.1.4 but keeps its key
    assert result.loaded.plan.by_number("1.1.4").id == "1.1.3"  # type: ignore[union-attr]
    assert result.summary == f"added outcome 1.1.3 (key {key})"


def test_every_edit_undone_gives_back_the_file_byte_for_byte(
    editor: PlanEditor, plan_file: Path
) -> None:
    original = plan_file.read_bytes()
    plan = load_plan(plan_file).plan
    ops = [
        AddItem("outcome", {"text": 'ใหม่ "quoted" [bold]'}, parent="1.1", after="1.1.2"),
        SetFields("1.2", {"title": "x", "responsible": ["a", "b"], "steps": ["s"], "oit": "O5"}),
        RemoveItem("2"),
        MoveItem("1.1.1", "1.3", None),
        SetFields(None, {"ita.score": None, "ita.level": "", "fiscal_year": 2569}),
        AddItem("issue", {"title": "ประเด็นใหม่"}),
        MoveItem("7", None, FIRST),
        move_by(plan, "3.1.2", 1),
        RemoveItem("1.1.5"),
        RemoveItem("7.1"),
    ]
    undo = []
    for op in ops:
        undo.append(editor.apply(op).inverse)
    assert plan_file.read_bytes() != original
    for op in reversed(undo):
        editor.apply(op)
    assert plan_file.read_bytes() == original


def test_refusals_say_why_and_write_nothing(editor: PlanEditor, plan_file: Path) -> None:
    before = plan_file.read_bytes()
    cases = [
        (SetFields("1.1", {"title": "  "}), "the title must not be empty"),
        (SetFields("1.1", {"quarters": [], "period": "ไตรมาส"}), "has no quarter"),
        (SetFields("1.1", {"responsible": ["ปลัด", "ปลัด"]}), "listed twice"),
        (SetFields("1.1", {"id": "x"}), "permanent"),
        (SetFields(None, {"fiscal_year": 1999}), "not a B.E. year"),
        (AddItem("outcome", {"text": ""}, parent="1.1"), "must not be empty"),
        (AddItem("outcome", {"text": "x"}, parent="nope"), "no activity"),
        (RemoveItem("no-such"), "no item"),
        (MoveItem("1.1.1", "1", None), "not one"),
    ]
    for op, reason in cases:
        with pytest.raises(EditRejected) as caught:
            editor.apply(op)
        assert reason in str(caught.value), (op, caught.value)
        assert editor.check(op)
    assert plan_file.read_bytes() == before
    assert not editor.backups()


def test_removing_the_last_issue_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(
        'format = 1\nid = "p"\ntitle = "t"\norganisation = "o"\nfiscal_year = 2569\n\n'
        '[[issues]]\nid = "1"\ntitle = "a"\n',
        encoding="utf-8",
    )
    editor = PlanEditor(path, tmp_path / "data")
    with pytest.raises(EditRejected, match="at least one issue"):
        editor.apply(RemoveItem("1"))


def test_each_write_is_backed_up(editor: PlanEditor, plan_file: Path) -> None:
    before = plan_file.read_bytes()
    editor.apply(SetFields("1", {"title": "หนึ่ง"}))
    editor.apply(SetFields("1", {"title": "สอง"}))
    backups = editor.backups()
    assert len(backups) == 2
    assert backups[-1].read_bytes() == before  # the oldest is the file as it was
    assert b"\xe0\xb8\xab\xe0\xb8\x99" in backups[0].read_bytes()  # "หน" of หนึ่ง
    assert backups[0].parent == editor.folder / "backups"


def test_a_colleagues_edit_on_disk_is_kept(
    editor: PlanEditor, plan_file: Path, tmp_path: Path
) -> None:
    editor.prepare()
    other = PlanEditor(plan_file, tmp_path / "data")
    other.apply(SetFields("2", {"title": "ของเพื่อน"}))
    editor.apply(SetFields("3", {"title": "ของฉัน"}))
    plan = load_plan(plan_file).plan
    assert plan.find("2").title == "ของเพื่อน"  # type: ignore[union-attr]
    assert plan.find("3").title == "ของฉัน"  # type: ignore[union-attr]


def test_new_keys_avoid_progress_and_the_change_log(
    editor: PlanEditor, plan_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ProgressStore(tmp_path / "data", "saikhao-2568", user="t")
    store.update("ghost1", status="done")  # type: ignore[arg-type]
    keys = iter(["ghost1", "1.1.1", "fresh1"])
    monkeypatch.setattr("ita_tui.plan.edit.fresh_key", _scripted(keys))
    result = editor.apply(AddItem("outcome", {"text": "x"}, parent="1.1"))
    assert result.key == "fresh1"


def _scripted(keys):  # type: ignore[no-untyped-def]
    def fresh(taken):  # type: ignore[no-untyped-def]
        for key in keys:
            if key not in taken:
                return key
        raise AssertionError("ran out of keys")

    return fresh


def test_progress_of_a_removed_outcome_comes_back_with_the_undo(
    editor: PlanEditor, plan_file: Path, tmp_path: Path
) -> None:
    store = ProgressStore(tmp_path / "data", "saikhao-2568", user="t")
    store.update("1.1.3", status="done")  # type: ignore[arg-type]
    assert editor.recorded(["1.1.3", "1.1.4"]) == ["1.1.3"]
    removed = editor.apply(RemoveItem("1.1"))
    assert "1.1.3" in removed.removed_outcomes
    store.load()
    assert store.orphans(removed.loaded.plan) == ["1.1.3"]
    back = editor.apply(removed.inverse)
    assert store.orphans(back.loaded.plan) == []
    assert back.loaded.plan.outcome("1.1.3").number == "1.1.3"  # type: ignore[union-attr]


def test_helpers_for_the_app(editor: PlanEditor) -> None:
    plan = editor.load().plan
    first = plan.issues[0].activities[0].outcomes[0].id
    op = add_after(plan, first, {"text": "x"})
    assert (op.kind, op.parent, op.after) == ("outcome", "1.1", first)
    assert add_child(plan, "1", {"title": "t"}).kind == "activity"
    with pytest.raises(EditRejected, match="already first"):
        move_by(plan, "1", -1)
    moved = editor.apply(move_by(plan, "1", 1))
    assert [i.id for i in moved.loaded.plan.issues][:2] == ["2", "1"]


def test_the_bundled_plan_is_never_written(tmp_path: Path) -> None:
    with pytest.raises(EditFailed, match="never changed"):
        PlanEditor(bundled_plan_path(), tmp_path)
    copy = copy_bundled_plan(tmp_path / "data")
    assert copy == tmp_path / "data" / "plans" / "saikhao-2568.toml"
    assert copy.read_bytes() == bundled_plan_path().read_bytes()
    PlanEditor(copy, tmp_path / "data").apply(SetFields("1", {"title": "ของเรา"}))
    assert copy_bundled_plan(tmp_path / "data") == copy  # kept, not copied over
    assert "ของเรา" in copy.read_text(encoding="utf-8")


def test_crlf_files_stay_crlf(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    text = bundled_plan_path().read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))
    editor = PlanEditor(path, tmp_path / "data")
    editor.apply(AddItem("outcome", {"text": "ใหม่"}, parent="2.1"))
    editor.apply(AddItem("activity", {"title": "ใหม่", "steps": ["a", "b"]}, parent="7"))
    raw = path.read_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b"")
    parse_plan(raw)


def test_an_issue_with_no_activities_and_an_activity_with_no_outcomes_load(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(
        'format = 1\nid = "p"\ntitle = "t"\norganisation = "o"\nfiscal_year = 2569\n\n'
        '[[issues]]\nid = "1"\ntitle = "a"\n',
        encoding="utf-8",
    )
    editor = PlanEditor(path, tmp_path / "data")
    activity = editor.apply(
        add_child(editor.load().plan, "1", {"title": "กิจกรรม", "quarters": [2, 3]})
    )
    plan = load_plan(path).plan
    assert plan.issues[0].activities[0].outcomes == ()
    assert activity.loaded.plan == plan
    outcome = editor.apply(add_child(plan, activity.key or "", {"text": "ผล"}))
    assert outcome.loaded.plan.by_number("1.1.1").text == "ผล"  # type: ignore[union-attr]
    assert path.read_text(encoding="utf-8").endswith(
        f'[[issues.activities.outcomes]]\nid = "{outcome.key}"\ntext = "ผล"\n'
    )


def test_unsafe_layouts_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(
        'format = 1\nid = "p"\ntitle = "t"\norganisation = "o"\nfiscal_year = 2569\n\n'
        '[[issues]]\nid = "1"\ntitle = """a\n[[issues]]\n"""\n'
        "activities = [{id = '1.1', title = 'x', quarters = [1], outcomes = [{id = '1.1.1', text = 'y'}]}]\n",
        encoding="utf-8",
    )
    load_plan(path)
    editor = PlanEditor(path, tmp_path / "data")
    with pytest.raises(EditFailed, match="cannot be edited safely"):
        editor.apply(SetFields("1", {"title": "b"}))


def test_redo_of_an_add_keeps_the_key_and_its_progress(editor: PlanEditor, tmp_path: Path) -> None:
    added = editor.apply(AddItem("outcome", {"text": "ใหม่"}, parent="1.1"))
    store = ProgressStore(tmp_path / "data", "saikhao-2568", user="t")
    store.update(added.key or "", status="done")  # type: ignore[arg-type]
    editor.apply(added.inverse)  # undo: the tick is kept, as an orphan
    redone = editor.apply(added.op)  # redo
    assert redone.key == added.key
    store.load()
    assert store.orphans(redone.loaded.plan) == []
    with pytest.raises(EditRejected, match="already has"):
        editor.apply(added.op)


def test_the_plan_returned_is_the_plan_written(editor: PlanEditor, plan_file: Path) -> None:
    """Issues moved by an edit are renumbered, not re-read: the result must still be exact."""
    editor.load()
    for op in (RemoveItem("2"), MoveItem("5", None, FIRST), AddItem("issue", {"title": "x"})):
        result = editor.apply(op)
        assert result.loaded.plan == load_plan(plan_file).plan
        assert [i.number for i in result.loaded.plan.issues] == [
            str(n) for n in range(1, len(result.loaded.plan.issues) + 1)
        ]
        undone = editor.apply(result.inverse)
        assert undone.loaded.plan == load_plan(plan_file).plan
