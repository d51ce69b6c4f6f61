"""The sign-off block: the reporter and the executive, remembered per plan (issue 13 §2)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ita_tui import cli
from ita_tui.commands import export as export_command
from ita_tui.model import OutcomeProgress, Plan
from ita_tui.report import export
from ita_tui.signoff import SignOff, load_signoff, save_signoff, signoff_path
from ita_tui.store.change_log import Change

from .report_helpers import TODAY, write_fixture

NAMES = SignOff("นายสมชาย ใจดี", "นิติกรชำนาญการ", "นายสมศักดิ์ รักดี", "ปลัดเทศบาล")


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_named_signoff_ends_the_report(
    fmt: str, plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    text = export(plan, records, changes, quarter=2, fmt=fmt, today=TODAY, signoff=NAMES)
    tail = text[text.index("ผู้รายงาน", len(text) // 2) :]
    for value in ("(นายสมชาย ใจดี)", "นิติกรชำนาญการ", "(นายสมศักดิ์ รักดี)", "ปลัดเทศบาล"):
        assert value in tail
    assert "ผู้บริหารรับทราบ/อนุมัติ" in tail
    assert "๑๐ เม.ย. ๒๕๖๘" in tail  # the reporter's date: the day the report was made
    assert tail.index("ผู้รายงาน") < tail.index("ผู้บริหารรับทราบ/อนุมัติ")


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_unset_names_are_lines_to_fill_in(
    fmt: str, plan: Plan, records: dict[str, OutcomeProgress]
) -> None:
    text = export(plan, records, [], quarter=2, fmt=fmt, today=TODAY)
    tail = text[text.index("ผู้รายงาน", len(text) // 2) :]
    assert tail.count("ลงชื่อ " + "." * 40) == 2
    assert tail.count("(" + "." * 40 + ")") == 2
    assert tail.count("ตำแหน่ง " + "." * 40) == 2


def test_html_signoff_has_lines_to_sign(plan: Plan, records: dict[str, OutcomeProgress]) -> None:
    page = export(plan, records, [], quarter=2, fmt="html", today=TODAY)
    block = page[page.index('<section class="signoff"') :]
    assert block.count('<span class="line">') == 7  # 2 signatures, names, positions, a date


def test_hostile_names_are_data(plan: Plan, records: dict[str, OutcomeProgress]) -> None:
    names = SignOff("<script>x</script>", "[bold]ปลัด[/bold]\x1b[2J", "", "")
    page = export(plan, records, [], quarter=2, fmt="html", today=TODAY, signoff=names)
    assert "<script>x" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    text = export(plan, records, [], quarter=2, today=TODAY, signoff=names)
    assert "\x1b" not in text and "[bold]ปลัด[/bold]" in text


def test_signoff_is_remembered_per_plan(tmp_path: Path) -> None:
    path = tmp_path / "signoff.toml"
    assert load_signoff("a", path) == SignOff()
    save_signoff("a", NAMES, path)
    save_signoff("b", SignOff(reporter="คนอื่น"), path)
    assert load_signoff("a", path) == NAMES
    assert load_signoff("b", path).reporter == "คนอื่น"
    path.write_text("not = [toml", encoding="utf-8")
    assert load_signoff("a", path) == SignOff()


def test_updated_keeps_what_is_not_given() -> None:
    changed = NAMES.updated(reporter="  นาง  มาลี  ", approver=None, approver_position="")
    assert changed.reporter == "นาง มาลี"
    assert changed.approver == NAMES.approver and changed.approver_position == ""


def test_cli_flags_are_remembered_for_the_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    write_fixture(data)
    monkeypatch.setattr(export_command, "today", lambda: TODAY)
    args = ["export", "-q", "2", "--data-dir", str(data), "-f", "md"]
    assert cli.main([*args, "--reporter", "นายสมชาย ใจดี", "--position", "นิติกร"]) == 0
    first = capfd.readouterr().out
    assert "(นายสมชาย ใจดี)" in first and "ตำแหน่ง นิติกร" in first
    assert load_signoff("saikhao-2568").reporter == "นายสมชาย ใจดี"
    assert cli.main([*args, "--approver", "นายสมศักดิ์ รักดี"]) == 0
    second = capfd.readouterr().out
    assert "(นายสมชาย ใจดี)" in second and "(นายสมศักดิ์ รักดี)" in second
    assert cli.main([*args, "--reporter", ""]) == 0
    third = capfd.readouterr().out
    assert "(นายสมชาย ใจดี)" not in third and "(" + "." * 40 + ")" in third
    assert signoff_path().exists()


def test_installed_cli_takes_the_flags(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_fixture(data)
    env = {**os.environ, "ITA_TUI_CONFIG_DIR": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, "-m", "ita_tui", "export", "-q", "2", "--data-dir", str(data),
         "-f", "text", "--reporter", "นางมาลี", "--approver-position", "นายกเทศมนตรี"],
        capture_output=True, text=True, encoding="utf-8", env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "(นางมาลี)" in done.stdout and "ตำแหน่ง นายกเทศมนตรี" in done.stdout
    assert (tmp_path / "config" / "signoff.toml").exists()
