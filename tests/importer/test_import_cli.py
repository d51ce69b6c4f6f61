"""``ita-tui import`` as an officer runs it (the installed CLI in a subprocess): --dry-run, the
order of errors and warnings, the fiscal year asked for, validate listing the import notes, and
the app opening an imported plan."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fixture_builder import write_docx
from importer_helpers import FIXTURES

pytestmark = pytest.mark.usefixtures("english_cli")  # they read the English wording

SCRIPT = shutil.which("ita-tui", path=str(Path(sys.executable).parent))


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    assert SCRIPT, "the ita-tui console script is not installed"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [SCRIPT, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
    )


def test_dry_run_prints_the_tree_and_writes_nothing(tmp_path: Path) -> None:
    result = run("import", str(FIXTURES / "saikhao_report.pdf"), "--dry-run", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "read as pdf: 7 issues, 10 activities, 59 steps, 53 outcomes" in out
    assert "organisation  เทศบาลตำบลทรายขาว อำเภอคลองท่อม จังหวัดกระบี่" in out
    assert "ITA result    2567: 90.68 ผ่านดี" in out
    assert "1  กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ  [4 activities, 15 steps, 13 outcomes]" in out
    assert "       period ไตรมาสที่ ๑ - ๒ -> quarters 1,2" in out
    assert "       job titles: เจ้าพนักงานธุรการ, นิติกร, หัวหน้าสำนักปลัด, ปลัด" in out
    assert "  7.1  การป้องกันและแก้ไขการทุจริตของหน่วยงาน" in out
    assert "       12 steps, 12 outcomes" in out
    assert "warning: page 4, line" in result.stderr
    assert "dry run: nothing written" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_nothing_usable_is_said_before_any_warning(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_text("บันทึก\nประเด็นที่ 1 หัวข้อ\nข้อความ ปีงบประมาณ 2568\n", encoding="utf-8")
    result = run("import", str(junk), "-o", str(tmp_path / "p.toml"))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("error: ") and "no measures found in text" in lines[0]
    assert not any(line.startswith("warning") for line in lines)
    assert not (tmp_path / "p.toml").exists()


def test_no_fiscal_year_exits_2_asking_for_it(tmp_path: Path) -> None:
    src = tmp_path / "r.txt"
    src.write_text(
        "เทศบาลตำบลทดสอบ\nประเด็นที่ 1 ทดสอบ\n"
        "ลำดับ\tมาตรการ/กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ\tขั้นตอน\tผลลัพธ์\n"
        "1\tกิจกรรม\tไตรมาส 1\tปลัด\t1. ทำ\t1) ได้\n",
        encoding="utf-8",
    )
    result = run("import", str(src), "-o", str(tmp_path / "p.toml"))
    assert result.returncode == 2 and "--fiscal-year" in result.stderr
    assert "Traceback" not in result.stderr
    ok = run("import", str(src), "-o", str(tmp_path / "p.toml"), "--fiscal-year", "2569")
    assert ok.returncode == 0 and "fiscal year 2569" in ok.stdout


def test_validate_lists_the_import_notes(tmp_path: Path) -> None:
    out = tmp_path / "plan.toml"
    imported = run("import", str(write_docx(tmp_path / "r.docx")), "-o", str(out))
    assert imported.returncode == 0, imported.stderr
    result = run("validate", str(out), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0
    notes = [
        line
        for line in out.read_text(encoding="utf-8").splitlines()
        if line.startswith("# import:")
    ]
    assert f"to check      {len(notes)} note(s) left by ita-tui import" in result.stdout
    assert "the report gives this issue the same title as issue 3" in result.stdout
    # each note names the item it is about (as the app's list of notes does)
    import re

    assert re.search(r"line \d+ \(item \d+\): the report gives this issue", result.stdout)
    thai = run("validate", str(out), "--data-dir", str(tmp_path / "d"), "--lang", "th")
    assert re.search(r"บรรทัด [๐-๙]+ \(ข้อ [๐-๙]+\): ", thai.stdout)


def test_a_thai_import_leaves_thai_notes_that_validate_lists(tmp_path: Path) -> None:
    out = tmp_path / "plan.toml"
    imported = run("import", str(write_docx(tmp_path / "r.docx")), "-o", str(out), "--lang", "th")
    assert imported.returncode == 0, imported.stderr
    text = out.read_text(encoding="utf-8")
    notes = [line for line in text.splitlines() if line.startswith("# import:")]
    assert notes and "# import: ประเด็นนี้มีชื่อเดียวกับประเด็นที่ ๓" in text
    assert "the report gives this issue" not in text
    result = run("validate", str(out), "--data-dir", str(tmp_path / "d"))  # read in English
    assert result.returncode == 0
    assert f"to check      {len(notes)} note(s) left by ita-tui import" in result.stdout
    assert "ประเด็นนี้มีชื่อเดียวกับประเด็นที่ ๓" in result.stdout


async def test_the_app_opens_an_imported_plan(tmp_path: Path) -> None:
    from ita_tui.config import Settings
    from ita_tui.importer import import_report
    from ita_tui.plan import load_plan
    from ita_tui.store import ProgressStore
    from ita_tui.tui.app import ItaApp

    out = tmp_path / "plan.toml"
    import_report(FIXTURES / "saikhao_damaged.pdf", out, plan_id="saikhao-pdf")
    plan = load_plan(out).plan
    store = ProgressStore(tmp_path, plan.id)
    store.load()
    app = ItaApp(
        plan, store, settings=Settings(), data_dir=tmp_path, config_path=tmp_path / "c.toml"
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        tree = app.main.plan_tree
        issues = [node for node in tree.root.children]
        assert len(issues) == 7
