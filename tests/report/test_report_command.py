"""``ita-tui export``: files, standard output, defaults and clear failures."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from ita_tui import cli
from ita_tui.commands import export as export_command

from .report_helpers import TODAY, write_fixture

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    write_fixture(folder)
    monkeypatch.setattr(export_command, "today", lambda: TODAY)
    return folder


def run(*args: str) -> int:
    return cli.main(["export", *args])


def test_text_to_standard_output_is_the_golden_report(
    data: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert run("-q", "2", "--data-dir", str(data)) == 0
    out, err = capfdbinary.readouterr()
    assert out == (GOLDEN / "report-2568-q2.txt").read_bytes()
    assert b"wrote" not in err


@pytest.mark.parametrize(
    ("name", "golden"),
    [
        ("q2.html", "report-2568-q2.html"),
        ("q2.md", "report-2568-q2.md"),
        ("q2.csv", "report-2568-q2.csv"),
        ("q2.json", "report-2568-q2.json"),
        ("q2.txt", "report-2568-q2.txt"),
    ],
)
def test_the_format_follows_the_file_extension(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, golden: str
) -> None:
    target = tmp_path / "out" / name
    target.parent.mkdir()
    assert run("-q", "2", "--data-dir", str(data), "-o", str(target)) == 0
    assert target.read_bytes() == (GOLDEN / golden).read_bytes()
    err = capsys.readouterr().err
    assert str(target.resolve()) in err


def test_an_explicit_format_wins_and_a_folder_gets_a_file_named_for_the_report(
    data: Path, tmp_path: Path
) -> None:
    assert run("-q", "2", "-f", "html", "--data-dir", str(data), "-o", str(tmp_path)) == 0
    written = tmp_path / "saikhao-2568-Q2.html"
    assert written.read_bytes() == (GOLDEN / "report-2568-q2.html").read_bytes()


def test_csv_bytes_reach_standard_output_untranslated(data: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ita_tui", "export", "-f", "csv", "--data-dir", str(data)],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.decode("utf-8").startswith("\ufeffประเด็นที่,รหัสประเด็น,")
    assert b"\r\n" in result.stdout and b"\r\r\n" not in result.stdout


def test_export_never_loads_textual(data: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from ita_tui import cli;"
        f"assert cli.main(['export', '--data-dir', {str(data)!r}, '-o', {str(tmp_path)!r}]) == 0;"
        "assert 'textual' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120, capture_output=True)


def test_the_default_quarter_is_todays_and_a_running_quarter_is_noted(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--data-dir", str(data)) == 0  # today: 10 April 2025, in Q3
    out, err = capsys.readouterr()
    assert "ไตรมาสที่ ๓ (รอบ ๙ เดือน)" in out
    assert "หมายเหตุ: ไตรมาสที่ ๓ ปีงบประมาณ ๒๕๖๘ ยังไม่จบ (ถึง ๓๐ มิ.ย. ๒๕๖๘)" in err
    assert run("--data-dir", str(data), "--lang", "en") == 0
    err = capsys.readouterr().err
    assert "note: Q3 of FY 2568 runs until 2025-06-30: the report is as of today" in err


def test_thai_digits_and_q_prefix_are_understood(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("-q", "Q๒", "-y", "๒๕๖๘", "--data-dir", str(data)) == 0
    assert "ไตรมาสที่ ๒ (รอบ ๖ เดือน)" in capsys.readouterr().out


def test_another_fiscal_year_is_reported_with_a_note(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("-q", "1", "-y", "2569", "--data-dir", str(data)) == 0
    out, err = capsys.readouterr()
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๙" in out
    assert "แผนนี้เป็นของปีงบประมาณ ๒๕๖๘" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-q", "5"], "'5' is not a quarter"),
        (["-y", "2025"], "the fiscal year ending in 2025 is 2568"),
        (["-f", "pdf"], "'pdf' is not a format"),
    ],
)
def test_bad_choices_exit_2_with_a_reason(
    data: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(*args, "--data-dir", str(data), "--lang", "en")
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-q", "5"], "ตัวเลือก -q/--quarter: '5' ไม่ใช่ไตรมาส"),
        (["-y", "2025"], "ปีงบที่สิ้นสุดใน ค.ศ. 2025 คือ 2568"),
        (["-f", "pdf"], "'pdf' ไม่ใช่รูปแบบที่มี"),
        (["--frobnicate"], "ไม่รู้จักตัวเลือก: --frobnicate"),
    ],
)
def test_bad_choices_are_explained_in_thai(
    data: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(*args, "--data-dir", str(data))
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "ผิดพลาด" in err and "error:" not in err


def test_a_width_out_of_range_exits_2(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--width", "20", "--data-dir", str(data)) == 2
    assert "--width 20: ใช้ 60 ถึง 400 คอลัมน์" in capsys.readouterr().err


def test_a_file_that_cannot_be_written_exits_1(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    assert run("--data-dir", str(data), "-o", str(blocker / "report.txt")) == 1
    assert "ผิดพลาด: เขียน" in capsys.readouterr().err


def test_a_missing_folder_is_refused_not_made(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nowhere" / "deeper" / "x.html"
    assert run("--data-dir", str(data), "-o", str(target)) == 2
    err = capsys.readouterr().err
    assert f"ไม่มีโฟลเดอร์ {target.parent}" in err
    assert not (tmp_path / "nowhere").exists()
    assert run("--data-dir", str(data), "-o", str(target), "--lang", "en") == 2
    assert "no folder" in capsys.readouterr().err
    assert not (tmp_path / "nowhere").exists()


def test_no_progress_yet_is_a_report_of_nothing_done(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_command, "today", lambda: dt.date(2025, 10, 15))
    assert run("--data-dir", str(tmp_path / "empty")) == 0
    out = capsys.readouterr().out
    assert "ไตรมาสที่ ๔ (รอบ ๑๒ เดือน)" in out  # the year is over: its last quarter
    assert "๐ จาก ๕๓" in out


def test_help_lists_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    assert "export" in capsys.readouterr().out
