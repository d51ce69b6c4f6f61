"""``ita-tui new``, ``next-year`` and ``edit``, and ``mark`` by the number shown, as a user runs
them (subprocesses of the installed command)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.store import ProgressStore
from ita_tui.thai.calendar import quarter_of
from ita_tui.thai.digits import to_thai_digits
from tests.test_cli import no_traceback, run

pytestmark = pytest.mark.usefixtures("english_cli")  # they read the English wording


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.toml"
    path.write_bytes(bundled_plan_path().read_bytes())
    return path


def ok(*args: str) -> str:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    return result.stdout


def comments(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.lstrip().startswith("#")]


def bad(*args: str, code: int = 2) -> str:
    result = run(*args)
    assert result.returncode == code, (result.stdout, result.stderr)
    no_traceback(result)
    return result.stderr


def test_new_writes_a_commented_plan_that_validates_and_opens(tmp_path: Path) -> None:
    target = tmp_path / "ours.toml"
    out = ok(
        "new",
        str(target),
        "--organisation",
        "เทศบาลตำบลทดสอบ",
        "--fiscal-year",
        "๒๕๗๐",
        "--district",
        "อำเภอเมือง",
        "--province",
        "จังหวัดกระบี่",
    )
    assert "plan ita-2570" in out
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# The ITA measures plan of เทศบาลตำบลทดสอบ")
    assert "fiscal_year = 2570" in text and "year = 2569" in text
    loaded = load_plan(target)
    assert [i.activities for i in loaded.plan.issues] == [()]
    result = run("validate", str(target))
    assert result.returncode == 0 and "ita.score: not filled in yet" in result.stderr
    assert "issues        1" in result.stdout
    # it refuses to overwrite, and bad years are explained
    assert "exists" in bad("new", str(target), "--organisation", "x", "--fiscal-year", "2570")
    assert "C.E. year" in bad(
        "new", str(tmp_path / "b.toml"), "--organisation", "x", "--fiscal-year", "2027"
    )
    assert "control character" in bad(
        "new", str(tmp_path / "c.toml"), "--organisation", "x\x1b[2J", "--fiscal-year", "2570"
    )


def test_new_then_edit_builds_a_whole_plan(tmp_path: Path, data_dir: Path) -> None:
    path = str(tmp_path / "p.toml")
    ok("new", path, "--organisation", "อบต.ทดสอบ", "--fiscal-year", "2570")
    out = ok(
        "edit",
        path,
        "add-activity",
        "1",
        "จัดทำคู่มือ",
        "--quarters",
        "1-2",
        "--period",
        "ไตรมาสที่ ๑ - ๒",
        "--responsible",
        "ปลัด",
        "--responsible",
        "นิติกร",
        "--steps",
        "ร่าง",
        "--steps",
        "ประกาศ",
    )
    assert re.search(r"added activity 1\.1 \(key [a-z][a-z2-9]{5}\)", out)
    ok("edit", path, "add-outcome", "1.1", "มีคู่มือ ๕ งาน")
    ok("edit", path, "add-outcome", "๑.๑", "เผยแพร่แล้ว", "--oit", "O10")
    ok("edit", path, "add-issue", "ประเด็นที่ ๒")
    assert "moved outcome 1.1.2 to 1.1.1" in ok("edit", path, "move", "1.1.2", "--first")
    ok("edit", path, "set", "plan", "--ita-score", "91.5", "--ita-level", "ผ่านดีมาก")
    plan = load_plan(path).plan
    activity = plan.issues[0].activities[0]
    assert activity.quarters == (1, 2) and activity.responsible == ("ปลัด", "นิติกร")
    assert [o.text for o in activity.outcomes] == ["เผยแพร่แล้ว", "มีคู่มือ ๕ งาน"]
    assert activity.outcomes[0].oit == "O10"
    assert plan.ita is not None and plan.ita.score == 91.5
    result = run("validate", path)
    assert result.returncode == 0 and "warning" not in result.stderr


def test_edit_prints_what_it_did_and_changes_only_that(plan: Path) -> None:
    before = plan.read_text(encoding="utf-8")
    out = ok("edit", str(plan), "set", "1.2", "--title", "ชื่อใหม่")
    assert "changed title of activity 1.2 (key 1.2)" in out
    after = plan.read_text(encoding="utf-8")
    old_lines, new_lines = before.splitlines(), after.splitlines()
    assert len(old_lines) == len(new_lines)
    assert [n for o, n in zip(old_lines, new_lines, strict=True) if o != n] == ['title = "ชื่อใหม่"']


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["set", "1.1", "--title", " "], "the title must not be empty"),
        (["set", "1.1", "--quarters", "5"], "quarters run 1 to 4"),
        (["set", "1.1", "--responsible", "ปลัด", "--responsible", "ปลัด"], "listed twice"),
        (["set", "9.9"], "no item '9.9'"),
        (["add-outcome", "1", "x"], "is not an activity"),
        (["add-activity", "1.1", "x"], "is not an issue"),
        (["move", "1.1.1", "--to", "2"], "is not an activity"),
        (["move", "1.1", "--after", "1.1.1"], "is not an activity"),
        (["set", "1.1", "--organisation", "x"], "use `set plan`"),
        (["set", "plan", "--fiscal-year", "99"], "not a B.E. year"),
    ],
)
def test_bad_edits_exit_2_and_write_nothing(plan: Path, args: list[str], message: str) -> None:
    before = plan.read_bytes()
    assert message in bad("edit", str(plan), *args)
    assert plan.read_bytes() == before


def test_remove_refuses_recorded_progress_without_force(plan: Path, data_dir: Path) -> None:
    ok("mark", "1.1.2", "done", "--plan", str(plan))
    message = bad("edit", str(plan), "remove", "1.1")
    assert "progress is recorded for 1 outcome(s)" in message and "--force" in message
    out = ok("edit", str(plan), "remove", "1.1", "--force")
    assert "removed activity 1.1 (key 1.1) with 5 outcome(s)" in out
    assert "1.1" not in {a.id for _, a in load_plan(plan).plan.activities()}
    # the progress is kept (an orphan), not dropped
    store = ProgressStore(data_dir, "saikhao-2568")
    store.load()
    assert store.get("1.1.2").status.value == "done"


def test_mark_takes_the_number_shown_after_a_move(plan: Path, data_dir: Path) -> None:
    ok("edit", str(plan), "move", "1.1.1", "--after", "1.1.3")  # 1.1.1 now shows as 1.1.3
    out = ok("mark", "1.1.1", "done", "--plan", str(plan))
    assert "outcome 1.1.1 (key 1.1.2)" in out  # the outcome shown as 1.1.1 is key 1.1.2
    store = ProgressStore(data_dir, "saikhao-2568")
    store.load()
    assert set(store.records) == {"1.1.2"}
    out = ok("mark", "๑.๑.๓", "in_progress", "--plan", str(plan))
    assert "outcome 1.1.3 (key 1.1.1)" in out
    assert "is an activity" in bad("mark", "1.1", "done", "--plan", str(plan))


def test_next_year_keeps_everything_but_the_year(
    plan: Path, tmp_path: Path, data_dir: Path
) -> None:
    ok("mark", "1.1.1", "done", "--plan", str(plan))
    before = plan.read_bytes()
    target = tmp_path / "2569.toml"
    out = ok("next-year", str(plan), "-o", str(target), "--fiscal-year", "2569")
    assert "plan saikhao-2569, fiscal year 2569" in out
    assert plan.read_bytes() == before
    old, new = load_plan(plan).plan, load_plan(target).plan
    assert new.fiscal_year == 2569 and new.id == "saikhao-2569"
    assert new.ita is not None and (new.ita.year, new.ita.score, new.ita.level) == (2568, None, "")
    assert [(o.id, o.text) for o in new.outcomes()] == [(o.id, o.text) for o in old.outcomes()]
    assert [a.steps for _, a in new.activities()] == [a.steps for _, a in old.activities()]
    old_comments = comments(plan)
    new_comments = comments(target)
    assert old_comments == new_comments
    result = run("validate", str(target))
    assert result.returncode == 0 and "ita.score: not filled in yet" in result.stderr
    assert "none recorded yet" in result.stdout  # progress starts empty
    assert "exists" in bad("next-year", str(plan), "-o", str(target))


def test_next_year_from_the_example_lands_on_the_current_fiscal_year(tmp_path: Path) -> None:
    """As the welcome prints it: no plan named (the example), no install path to type."""
    year = quarter_of(dt.date.today()).fiscal_year  # 2570 on 2026-12-06
    target = tmp_path / "plan.toml"
    out = ok("next-year", "-o", str(target))
    assert f"plan saikhao-{year}, fiscal year {year}" in out
    new = load_plan(target).plan
    assert new.fiscal_year == year and new.id == f"saikhao-{year}"
    assert new.ita is not None and new.ita.year == year - 1  # the result to fill in
    example = load_plan(bundled_plan_path()).plan.title
    step = year - 2568
    assert new.title == example.replace("๒๕๖๗", to_thai_digits(str(2567 + step)))


def test_next_year_to_a_year_given_and_never_back(plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "later.toml"
    out = ok("next-year", str(plan), "-o", str(target), "--fiscal-year", "๒๕๗๒")
    assert "fiscal year 2572" in out and load_plan(target).plan.fiscal_year == 2572
    assert "not after the plan's fiscal year (2568)" in bad(
        "next-year", str(plan), "-o", str(tmp_path / "x.toml"), "--fiscal-year", "2568"
    )
    assert "is not a year" in bad(
        "next-year", str(plan), "-o", str(tmp_path / "x.toml"), "--fiscal-year", "next"
    )
    assert not (tmp_path / "x.toml").exists()


def test_the_bundled_plan_is_never_edited() -> None:
    message = bad("edit", str(bundled_plan_path()), "set", "1", "--title", "x")
    assert "never changed" in message


def test_help_of_the_new_commands() -> None:
    for args in (["new"], ["next-year"], ["edit"], ["edit", "x", "move"]):
        result = run(*args, "--help")
        assert result.returncode == 0 and "usage: ita-tui" in result.stdout
