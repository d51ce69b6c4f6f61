"""The installed ``ita-tui`` command, run as a user runs it (a subprocess)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ita_tui.plan.ids import base_plan_id

SCRIPT = shutil.which("ita-tui", path=str(Path(sys.executable).parent)) or shutil.which("ita-tui")


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    assert SCRIPT, "the ita-tui console script is not installed"
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [SCRIPT, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        cwd=cwd,
        timeout=60,
    )


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_help_on_every_command() -> None:
    for args in ([], ["validate"], ["mark"], ["status"], ["import"]):
        result = run(*args, "--help")
        assert result.returncode == 0, result.stderr
        assert "วิธีใช้: ita-tui" in result.stdout
        english = run(*args, "--help", "--lang", "en")
        assert "usage: ita-tui" in english.stdout
    assert "มาตรการส่งเสริมคุณธรรม" in run("--help").stdout


def test_validate_the_bundled_plan_from_any_folder(tmp_path: Path) -> None:
    result = run("validate", "--lang", "en", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "เทศบาลตำบลทรายขาว" in result.stdout
    for line in (
        "issues        7",
        "activities    10",
        "steps         59",
        "outcomes      53",
        "fiscal year   2568",
    ):
        assert line in result.stdout


def test_validate_reports_a_bad_plan_with_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\ntitle = [\n', encoding="utf-8")
    result = run("validate", str(bad), "--lang", "en")
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {bad}:")
    assert run("validate", str(bad)).stderr.startswith(f"ผิดพลาด: {bad}:")
    assert "TOML syntax error" in result.stderr
    no_traceback(result)
    missing = run("validate", str(tmp_path / "nope.toml"), "--lang", "en")
    assert missing.returncode == 2 and "no such file" in missing.stderr
    no_traceback(missing)


def test_mark_then_status(data_dir: Path) -> None:
    result = run(
        "mark", "1.1.1", "done", "--on", "2568-01-15", "--evidence", "https://saikhao.go.th/a"
    )
    assert result.returncode == 0, result.stderr
    assert "1.1.1: ยังไม่ดำเนินการ → ดำเนินการแล้ว เมื่อ ๑๕ ม.ค. ๒๕๖๘  (บันทึกใน" in result.stdout
    result = run("mark", "7.1.12", "in_progress", "--note", "รอเผยแพร่")
    assert result.returncode == 0, result.stderr
    thai = run("status", env={"NO_COLOR": "1"})
    assert thai.returncode == 0, thai.stderr
    assert "๑/๕๓" in thai.stdout and "บันทึกการแก้ไข" in thai.stdout
    status = run("status", "--lang", "en", env={"NO_COLOR": "1"})
    assert status.returncode == 0, status.stderr
    assert "1/53" in status.stdout
    assert "\x1b[" not in status.stdout
    assert str(data_dir / "saikhao-2568.progress.toml") in status.stdout
    assert "change log" in status.stdout and "backups" in status.stdout
    text = (data_dir / "saikhao-2568.progress.toml").read_text(encoding="utf-8")
    assert (
        "done_on = 2025-01-15" in text and "https://saikhao.go.th/a" in text and "รอเผยแพร่" in text
    )


@pytest.mark.parametrize("day", ["10/02/2568", "๑๐/๐๒/๒๕๖๘", "10 ก.พ. 2568", "10 กุมภาพันธ์ 2568"])
def test_mark_on_reads_dates_as_officers_write_them(data_dir: Path, day: str) -> None:
    result = run("mark", "1.1.1", "done", "--on", day)
    assert result.returncode == 0, result.stderr
    assert "ดำเนินการแล้ว เมื่อ ๑๐ ก.พ. ๒๕๖๘" in result.stdout


def test_data_dir_option_overrides_the_environment(tmp_path: Path, data_dir: Path) -> None:
    other = tmp_path / "shared-folder"
    assert run("mark", "1.1.1", "done", "--data-dir", str(other)).returncode == 0
    assert (other / "saikhao-2568.progress.toml").exists()
    assert not (data_dir / "saikhao-2568.progress.toml").exists()


def test_mark_unknown_id_suggests_the_nearest() -> None:
    result = run("mark", "1.1.9", "done", "--lang", "en")
    assert result.returncode == 2
    assert "no outcome '1.1.9'" in result.stderr and "did you mean 1.1.1" in result.stderr
    no_traceback(result)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["mark", "1.1.1", "finished"], "is not a status"),
        (["mark", "1.1.1", "done", "--on", "2568-02-30"], "is not a date"),
        (["mark", "1.1.1", "done", "--on", "31/02/2568"], "February 2025 has 28 days"),
        (["mark", "1.1.1", "done", "--on", ""], "--on: no date given"),
        (["mark", "1.1.1", "done", "--on", " "], "--on: no date given"),
        (["mark", "1.1.1", "pending", "--on", "2568-02-01"], "use it with 'done'"),
        (["mark", "1.1.1"], "the following arguments are required"),
        (["status", "--frobnicate"], "unrecognized arguments"),
    ],
)
def test_bad_input_gets_a_clear_message_and_exit_2(args: list[str], message: str) -> None:
    result = run(*args, "--lang", "en")
    assert result.returncode == 2
    assert message in result.stderr
    no_traceback(result)


def test_a_damaged_progress_file_is_reported_not_overwritten(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    damaged = data_dir / "saikhao-2568.progress.toml"
    damaged.write_text("[[[ not toml", encoding="utf-8")
    result = run("mark", "1.1.1", "done")
    assert result.returncode == 0, result.stderr
    assert "ย้ายไปเก็บไว้โดยไม่แก้ไขที่" in result.stderr
    [aside] = list(data_dir.glob("saikhao-2568.progress.toml.damaged-*"))
    assert aside.read_text(encoding="utf-8") == "[[[ not toml"


def test_module_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ita_tui", "validate", "--lang", "en"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 0 and "outcomes      53" in result.stdout


SEED = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "import" / "saikhao_report.txt"


def test_import_writes_a_plan_that_validates_and_refuses_to_overwrite(
    tmp_path: Path, english_cli: None
) -> None:
    out = tmp_path / "plan.toml"
    result = run("import", str(SEED), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "7 issues, 10 activities, 59 steps, 53 outcomes" in result.stdout
    assert run("validate", str(out)).returncode == 0
    again = run("import", str(SEED), "-o", str(out))
    assert again.returncode == 2 and "--force" in again.stderr
    no_traceback(again)
    assert (
        run("import", str(SEED), "-o", str(out), "--force", "--plan-id", "sk-2569").returncode == 0
    )
    assert "id = 'sk-2569'" in out.read_text(encoding="utf-8")


def test_import_of_text_with_no_measures_exits_2(tmp_path: Path, english_cli: None) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_text("สวัสดี\nhello\n", encoding="utf-8")
    result = run("import", str(junk), "-o", str(tmp_path / "p.toml"))
    assert result.returncode == 2 and "no measures found" in result.stderr
    assert not (tmp_path / "p.toml").exists()
    no_traceback(result)


def test_every_command_module_is_registered_under_its_name() -> None:
    from ita_tui.commands import COMMAND_MODULES, load_commands

    assert [m.NAME for m in load_commands()] == list(COMMAND_MODULES)


def test_every_command_takes_data_dir(tmp_path: Path) -> None:
    for args in (["validate"], ["status"], ["export"], ["mark", "1.1.1", "done"]):
        result = run(*args, "--data-dir", str(tmp_path / "d"))
        assert result.returncode == 0, (args, result.stderr)
    out = tmp_path / "p.toml"
    result = run("import", str(SEED), "-o", str(out), "--data-dir", str(tmp_path / "d"))
    progress = tmp_path / "d" / f"{base_plan_id('เทศบาลตำบลทรายขาว', 2568)}.progress.toml"
    assert result.returncode == 0 and str(progress) in result.stderr


def test_validate_reports_the_recorded_progress(tmp_path: Path, data_dir: Path) -> None:
    assert "none recorded yet" in run("validate", "--lang", "en").stdout
    assert run("mark", "1.1.1", "done").returncode == 0
    text = (data_dir / "saikhao-2568.progress.toml").read_text(encoding="utf-8")
    (data_dir / "saikhao-2568.progress.toml").write_text(
        text + '\n[outcomes."9.9.9"]\nstatus = "done"\n', encoding="utf-8"
    )
    result = run("validate", "--lang", "en")
    assert result.returncode == 0
    assert (
        "progress      2 recorded" in result.stdout
        and "1 not in this plan (kept): 9.9.9" in result.stdout
    )
    (data_dir / "saikhao-2568.progress.toml").write_text("[[[", encoding="utf-8")
    broken = run("validate", "--lang", "en")
    assert broken.returncode == 1 and "cannot be read" in broken.stdout
    assert (data_dir / "saikhao-2568.progress.toml").read_text(
        encoding="utf-8"
    ) == "[[["  # untouched


def test_a_command_loads_only_its_own_module(tmp_path: Path) -> None:
    # `export` of the bundled plan must stay under 0.3 s: it does not import the importer
    code = (
        "import sys; from ita_tui.cli import main; "
        f"code = main(['export', '--data-dir', {str(tmp_path)!r}, '-q', '2', '-o', "
        f"{str(tmp_path / 'r.txt')!r}]); "
        "print(code, 'ita_tui.importer' in sys.modules, 'ita_tui.commands.import_' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert done.stdout.split()[-3:] == ["0", "False", "False"], done.stderr
    assert (tmp_path / "r.txt").read_text(encoding="utf-8").count("\n") > 100


def test_options_every_command_takes_may_come_before_it(tmp_path: Path, data_dir: Path) -> None:
    other = tmp_path / "shared-folder"
    marked = run(
        "--lang", "en", f"--data-dir={other}", "mark", "1.1.1", "done", "--on", "2568-01-15"
    )
    assert marked.returncode == 0, marked.stderr
    assert "1.1.1: pending -> done on 2025-01-15" in marked.stdout  # English, as asked
    assert (other / "saikhao-2568.progress.toml").exists()
    before = run("--data-dir", str(other), "--lang", "en", "status", env={"NO_COLOR": "1"})
    after = run("status", "--data-dir", str(other), "--lang", "en", env={"NO_COLOR": "1"})
    assert before.returncode == after.returncode == 0, before.stderr
    assert before.stdout == after.stdout and "1/53" in before.stdout
    # a plan file named like a command is still a plan file when it comes first
    assert run("--lang", "en", "--help").returncode == 0


def test_command_first_moves_only_the_options_every_command_takes() -> None:
    from ita_tui.cli import command_first

    assert command_first(["--lang", "en", "mark", "1.1.1", "done"]) == [
        "mark", "--lang", "en", "1.1.1", "done"
    ]  # fmt: skip
    assert command_first(["--data-dir", "mark", "plan.toml"]) == ["--data-dir", "mark", "plan.toml"]
    assert command_first(["--digits", "thai", "status"]) == ["--digits", "thai", "status"]
    assert command_first(["plan.toml", "--lang", "en"]) == ["plan.toml", "--lang", "en"]


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_status_shortens_issue_titles_between_words(data_dir: Path, columns: str) -> None:
    from ita_tui.plan import load_plan
    from ita_tui.thai.wrap import atoms, syllables

    titles = [issue.title for issue in load_plan().plan.issues]
    result = run("status", env={"NO_COLOR": "1", "COLUMNS": columns})
    assert result.returncode == 0, result.stderr
    cut = [line.split("…")[0].split("  ", 1)[1].strip() for line in result.stdout.splitlines()
           if "…" in line]  # fmt: skip
    assert cut, result.stdout  # the bundled titles do not all fit
    for shown in cut:
        # between words, or between syllables where a word would leave the cell too empty
        # (thai_fit.fit): never inside a syllable, as Rich's own ellipsis cuts
        title = next(t for t in titles if t.startswith(shown))
        ends = {
            len("".join(pieces[:n]).rstrip())
            for pieces in (atoms(title), syllables(title))
            for n in range(1, len(pieces))
        }
        assert len(shown) in ends, f"{shown!r} cuts a syllable of {title!r}"


def test_edit_takes_data_dir_after_its_action_too(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    assert (
        run("new", str(plan), "--organisation", "เทศบาล", "--fiscal-year", "2570").returncode == 0
    )
    for where in ("before", "after"):
        data = tmp_path / f"data-{where}"
        args = ["add-issue", f"ประเด็น {where}"]
        done = (
            run("edit", "--data-dir", str(data), str(plan), *args)
            if where == "before"
            else run("edit", str(plan), *args, "--data-dir", str(data))
        )
        assert done.returncode == 0, done.stderr
        assert list((data / "backups").glob("*.plan.*")), where  # the backup went there


def test_status_wraps_the_plan_title_between_words_on_a_narrow_terminal(data_dir: Path) -> None:
    from ita_tui.plan import load_plan
    from ita_tui.thai.wrap import atoms

    title = load_plan().plan.title
    result = run("status", env={"NO_COLOR": "1", "COLUMNS": "40"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    first = next(i for i, line in enumerate(lines) if title.startswith(line.strip()))
    shown = []
    while "".join(shown) != title.replace(" ", ""):
        shown.append(lines[first + len(shown)].replace(" ", ""))
    assert len(shown) > 1  # it did wrap
    ends = {len("".join(atoms(title)[:n]).replace(" ", "")) for n in range(1, len(atoms(title)))}
    cut = 0
    for line in shown[:-1]:
        cut += len(line)
        assert cut in ends, f"the title is cut inside a word after {line!r}"
