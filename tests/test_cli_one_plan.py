"""One plan is one plan (issue 20 §2), as a user runs the installed command: plans made by
import/new/next-year get ids and keys of their own, a progress file refuses another plan,
every command without PLAN uses the plan in use and says so, and --lang lasts one run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_cli import no_traceback, run

from ita_tui.config import load_settings
from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.plan.ids import base_plan_id
from ita_tui.store.progress_file import read_progress

SEED = Path(__file__).parent / "fixtures" / "import" / "saikhao_report.txt"
SAI_KHAO = "เทศบาลตำบลทรายขาว"


def ok(*args: str) -> tuple[str, str]:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    return result.stdout, result.stderr


def other_agency(tmp_path: Path) -> Path:
    """The seed report as another municipality published it."""
    report = tmp_path / "other_report.txt"
    report.write_text(
        SEED.read_text(encoding="utf-8").replace(SAI_KHAO, "เทศบาลตำบลคลองท่อมใต้"), "utf-8"
    )
    return report


def progress_files(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.glob("*.progress.toml"))


def test_two_agencies_imported_for_one_year_keep_their_own_progress(
    tmp_path: Path, data_dir: Path
) -> None:
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    ok("import", str(SEED), "-o", str(a))
    ok("import", str(other_agency(tmp_path)), "-o", str(b))
    plan_a, plan_b = load_plan(a).plan, load_plan(b).plan
    assert plan_a.id == base_plan_id(SAI_KHAO, 2568) != plan_b.id
    assert plan_a.key and plan_b.key and plan_a.key != plan_b.key
    ok("mark", "1.1.1", "done", "--plan", str(a))
    out, _ = ok("status", str(b), "--lang", "en")
    assert "0/53" in out  # a tick in one never shows in the other
    assert progress_files(data_dir) == [f"{plan_a.id}.progress.toml"]
    header = read_progress((data_dir / f"{plan_a.id}.progress.toml").read_bytes())
    assert (header.plan_key, header.organisation) == (plan_a.key, SAI_KHAO)


def test_the_same_report_imported_again_is_told_and_gets_its_own_id(
    tmp_path: Path, data_dir: Path
) -> None:
    first, again = tmp_path / "first.toml", tmp_path / "again.toml"
    ok("import", str(SEED), "-o", str(first))
    _, err = ok("import", str(SEED), "-o", str(again), "--lang", "en")
    base = base_plan_id(SAI_KHAO, 2568)
    assert load_plan(again).plan.id == f"{base}-2"
    assert f"{SAI_KHAO} already has a plan for fiscal year 2568: {first}" in err
    # imported again over its own file: the same plan (id and key kept, so its progress)
    ok("mark", "1.1.1", "done", "--plan", str(first))
    key = load_plan(first).plan.key
    _, err = ok("import", str(SEED), "-o", str(first), "--force", "--lang", "en")
    assert "its id" in err and "recorded progress" in err
    assert (load_plan(first).plan.id, load_plan(first).plan.key) == (base, key)
    out, _ = ok("status", str(first), "--lang", "en")
    assert "1/53" in out


def test_new_plans_made_before_any_progress_get_different_ids(tmp_path: Path) -> None:
    one, two, three = tmp_path / "1.toml", tmp_path / "2.toml", tmp_path / "3.toml"
    ok("new", str(one), "--organisation", "เทศบาลตำบลก", "--fiscal-year", "2570")
    ok("new", str(two), "--organisation", "เทศบาลตำบลข", "--fiscal-year", "2570")
    ok("new", str(three), "--organisation", "เทศบาลตำบลก", "--fiscal-year", "2570")
    ids = [load_plan(p).plan.id for p in (one, two, three)]
    assert len(set(ids)) == 3 and ids[2] == f"{ids[0]}-2"
    assert len({load_plan(p).plan.key for p in (one, two, three)}) == 3


def test_next_year_makes_a_new_plan_with_a_new_key(tmp_path: Path, data_dir: Path) -> None:
    this, taken, following = tmp_path / "this.toml", tmp_path / "taken.toml", tmp_path / "n.toml"
    ok("import", str(SEED), "-o", str(this))
    plan = load_plan(this).plan
    ok("next-year", str(this), "-o", str(following), "--fiscal-year", "2569")
    new = load_plan(following).plan
    assert new.id == plan.id.replace("2568", "2569") and new.key not in ("", plan.key)
    # next year's id already used by a plan: -2
    ok("next-year", str(this), "-o", str(taken), "--fiscal-year", "2569")
    assert load_plan(taken).plan.id == f"{new.id}-2"


def test_a_progress_file_of_another_plan_is_refused_and_left_as_it_was(
    tmp_path: Path, data_dir: Path
) -> None:
    mine = tmp_path / "mine.toml"
    ok("import", str(SEED), "-o", str(mine))
    ok("mark", "1.1.1", "done", "--plan", str(mine))
    plan = load_plan(mine).plan
    progress = data_dir / f"{plan.id}.progress.toml"
    log = data_dir / f"{plan.id}.changes.jsonl"
    before = (progress.read_bytes(), log.read_bytes())
    # a colleague's plan written by hand with the same id, or a copy whose key was changed
    stranger = tmp_path / "stranger.toml"
    stranger.write_text(
        mine.read_text(encoding="utf-8").replace(plan.key, "0123456789abcdef"), encoding="utf-8"
    )
    keyless = tmp_path / "keyless.toml"
    keyless.write_text(
        re.sub(r"(?m)^plan_key = .*\n", "", mine.read_text(encoding="utf-8")), encoding="utf-8"
    )
    for args in (
        ("mark", "1.1.2", "done", "--plan", str(stranger)),
        ("status", str(stranger)),
        ("export", str(stranger), "-o", str(tmp_path / "r.txt")),
        ("mark", "1.1.2", "done", "--plan", str(keyless)),
    ):
        result = run(*args)
        assert result.returncode == 2, (args, result.stderr)
        no_traceback(result)
        assert "เป็นความคืบหน้าของแผนอื่นที่ใช้รหัส" in result.stderr
        assert plan.key in result.stderr
        assert (progress.read_bytes(), log.read_bytes()) == before
    english = run("mark", "1.1.2", "done", "--plan", str(stranger), "--lang", "en")
    assert "this is the progress of another plan with the same id" in english.stderr
    assert "0123456789abcdef" in english.stderr and plan.key in english.stderr
    assert not (tmp_path / "r.txt").exists()
    assert (progress.read_bytes(), log.read_bytes()) == before
    validated = run("validate", str(stranger), "--lang", "en")
    assert validated.returncode == 2 and "another plan" in validated.stdout


def test_commands_without_plan_use_the_plan_in_use_and_say_which(
    tmp_path: Path, data_dir: Path
) -> None:
    _, err = ok("status")  # no plan of one's own yet: the example
    assert f"แผน: {bundled_plan_path()} ({SAI_KHAO})" in err
    mine = tmp_path / "mine.toml"
    ok("import", str(other_agency(tmp_path)), "-o", str(mine))  # made: now the plan in use
    plan = load_plan(mine).plan
    _, err = ok("mark", "1.1.1", "done")
    assert f"แผน: {mine} (เทศบาลตำบลคลองท่อมใต้)" in err
    assert progress_files(data_dir) == [f"{plan.id}.progress.toml"]  # not Sai Khao's
    for args in (["status"], ["validate"], ["export", "-o", str(tmp_path / "r.md")]):
        result = run(*args, "--lang", "en")
        assert result.returncode == 0, (args, result.stderr)
        assert f"plan: {mine} (เทศบาลตำบลคลองท่อมใต้)" in result.stderr, args
    assert "เทศบาลตำบลคลองท่อมใต้" in (tmp_path / "r.md").read_text(encoding="utf-8")
    _, err = ok("edit", "add-issue", "ประเด็นใหม่")
    assert f"แผน: {mine}" in err
    assert load_plan(mine).plan.issues[-1].title == "ประเด็นใหม่"
    ok("edit", "--lang", "en", "set", "1.1", "--title", "ชื่อใหม่")
    assert load_plan(mine).plan.issues[0].activities[0].title == "ชื่อใหม่"
    # a plan given is used, and not named again
    result = run("status", str(bundled_plan_path()))
    assert result.returncode == 0 and "แผน:" not in result.stderr


def test_lang_on_the_command_line_lasts_one_run(data_dir: Path) -> None:
    english = run("--lang", "en", "status")
    assert english.returncode == 0 and "fiscal year 2568 B.E." in english.stdout
    thai = run("status")
    assert thai.returncode == 0 and "ปีงบประมาณ ๒๕๖๘;" in thai.stdout
    assert "fiscal year" not in thai.stdout and "แผน:" in thai.stderr
    assert run("status", "--lang", "en").returncode == 0
    assert "ปีงบประมาณ ๒๕๖๘;" in run("status").stdout
    assert load_settings().lang == "th"


@pytest.mark.parametrize("args", [["--lang", "en"], ["--digits", "arabic"]])
def test_the_app_opened_with_lang_or_digits_does_not_remember_them(
    args: list[str], monkeypatch: pytest.MonkeyPatch, isolated_dirs: Path
) -> None:
    from ita_tui.cli import main
    from ita_tui.config import Settings
    from ita_tui.tui.app import ItaApp

    opened: list[Settings] = []

    def run_app(self: ItaApp) -> None:
        opened.append(self.settings)

    monkeypatch.setattr(ItaApp, "run", run_app)
    assert main(args) == 0
    assert opened[-1] != Settings()  # this run shows what was asked
    assert not (isolated_dirs / "config" / "config.toml").exists()
    assert main([]) == 0
    assert opened[-1] == Settings()


def test_a_plan_imported_before_keys_keeps_its_progress_when_imported_again(
    tmp_path: Path, data_dir: Path
) -> None:
    plan = tmp_path / "measures.toml"
    ok("import", str(SEED), "-o", str(plan), "--plan-id", "ita-2568")
    # as an older ita-tui wrote it: no plan_key, and progress without one
    plan.write_text(
        re.sub(r"(?m)^plan_key = .*\n", "", plan.read_text(encoding="utf-8")), encoding="utf-8"
    )
    ok("mark", "1.1.1", "done", "--plan", str(plan))
    assert read_progress((data_dir / "ita-2568.progress.toml").read_bytes()).plan_key == ""
    _, err = ok("import", str(SEED), "-o", str(plan), "--force", "--lang", "en")
    assert "its id ita-2568 and key are kept" in err
    again = load_plan(plan).plan
    assert again.id == "ita-2568" and len(again.key) == 32
    out, _ = ok("status", str(plan), "--lang", "en")
    assert "1/53" in out
    ok("mark", "1.1.2", "done", "--plan", str(plan))  # bound to the key from now on
    header = read_progress((data_dir / "ita-2568.progress.toml").read_bytes())
    assert header.plan_key == again.key
    # imported again with --plan-id over its own file: the key stays, so does the progress
    ok("import", str(SEED), "-o", str(plan), "--force", "--plan-id", "ita-2568")
    assert load_plan(plan).plan.key == again.key
    out, _ = ok("status", str(plan), "--lang", "en")
    assert "2/53" in out
