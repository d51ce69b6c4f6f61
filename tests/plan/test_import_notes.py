"""The importer's ``# import:`` notes in a plan: found with their item, settled by an edit of
the item (an undo brings them back), dismissed one by one with every value kept."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from ita_tui.importer import parse_report, render_plan_toml
from ita_tui.plan.edit import PlanEditor, SetFields
from ita_tui.plan.import_notes import import_notes, without_notes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


@pytest.fixture(params=["en", "th"])
def imported(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A plan imported with notes in English (as every earlier version wrote them) or Thai."""
    text = (FIXTURES / "many_warnings.txt").read_text(encoding="utf-8")
    path = tmp_path / "plan.toml"
    rendered = render_plan_toml(parse_report(text, plan_id="p"), request.param)
    path.write_text(rendered, encoding="utf-8")
    return path


def test_each_note_names_its_item(imported: Path) -> None:
    text = imported.read_text(encoding="utf-8")
    notes = import_notes(text)
    assert notes, "the fixture leaves notes"
    lines = text.splitlines()
    plan = tomllib.loads(text)
    activities = {a["id"] for i in plan["issues"] for a in i["activities"]}
    ids = {i["id"] for i in plan["issues"]} | activities
    ids |= {o["id"] for i in plan["issues"] for a in i["activities"] for o in a["outcomes"]}
    for note in notes:
        assert lines[note.first].strip().startswith("# import:")
        assert note.item == "" or note.item in ids
    assert {note.item for note in notes} & activities  # some are about activities
    assert any(note.item == "" for note in notes)  # and some about the plan itself


def test_dismissing_a_note_keeps_every_value_and_other_comment(imported: Path) -> None:
    text = imported.read_text(encoding="utf-8")
    notes = import_notes(text)
    after = without_notes(text, notes[:1])
    assert tomllib.loads(after) == tomllib.loads(text)
    assert [(n.text, n.item) for n in import_notes(after)] == [(n.text, n.item) for n in notes[1:]]
    kept = [line for line in text.splitlines() if line.startswith("#") and "import:" not in line]
    assert [
        line for line in after.splitlines() if line.startswith("#") and "import:" not in line
    ] == kept


def test_editing_an_item_settles_its_notes_and_undo_brings_them_back(
    imported: Path, tmp_path: Path
) -> None:
    text = imported.read_text(encoding="utf-8")
    item = next(n.item for n in import_notes(text) if n.item.count(".") == 1)
    others = [n for n in import_notes(text) if n.item != item]
    editor = PlanEditor(imported, tmp_path / "data")
    result = editor.apply(SetFields(item, {"title": "มาตรการที่แก้แล้ว"}))
    edited = imported.read_text(encoding="utf-8")
    assert not [n for n in import_notes(edited) if n.item == item]
    assert [(n.text, n.item) for n in import_notes(edited)] == [(n.text, n.item) for n in others]
    editor.apply(result.inverse)
    assert imported.read_text(encoding="utf-8") == text


def test_the_plan_writer_dismisses_notes_under_the_lock(imported: Path, tmp_path: Path) -> None:
    text = imported.read_text(encoding="utf-8")
    notes = import_notes(text)
    editor = PlanEditor(imported, tmp_path / "data")
    assert editor.drop_import_notes([notes[0].first, notes[1].first]) == 2
    after = imported.read_text(encoding="utf-8")
    assert [(n.text, n.item) for n in import_notes(after)] == [(n.text, n.item) for n in notes[2:]]
    assert tomllib.loads(after) == tomllib.loads(text)
    assert editor.drop_import_notes([10_000]) == 0  # no note starts there: nothing written
    assert editor.backups()  # the file before is kept, as for every edit


def test_a_dismissal_that_would_change_a_value_is_refused_in_the_users_words(
    imported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ita_tui.plan import import_notes as notes_module
    from ita_tui.plan.edit import EditFailed
    from ita_tui.plan.problems import Problem, problem_text

    before = imported.read_text(encoding="utf-8")
    lines = [note.first for note in import_notes(before)][:1]
    monkeypatch.setattr(
        notes_module,
        "without_notes",
        lambda text, notes: without_notes(text, notes).replace("fiscal_year = ", "fiscal_year = 1"),
    )
    with pytest.raises(EditFailed) as info:
        PlanEditor(imported, tmp_path / "data").drop_import_notes(lines)
    [problem] = info.value.problems
    assert isinstance(problem, Problem) and problem.code == "notes_not_safely"
    assert "notes" not in problem_text(problem, "th")  # no English word in the Thai
    assert imported.read_text(encoding="utf-8") == before
