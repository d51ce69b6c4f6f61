"""The report is made and written in a worker thread: the screen stays live meanwhile, one
export at a time, and a failure is shown in the dialog with its choices kept for a retry."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from textual.widgets import Button, Input, Select

from ita_tui.plan import load_plan
from ita_tui.report.output import write_report
from ita_tui.signoff import SignOff
from ita_tui.tui.dialogs.export import ExportDialog
from ita_tui.tui.services import exporting
from ita_tui.tui.services.exporting import ExportJob

from .conftest import MakeApp, exported, open_export, screen_text
from .test_keys import SIZE


async def test_the_screen_stays_live_while_the_report_is_written(
    make_app: MakeApp, in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    go_on = threading.Event()
    calls: list[Path] = []

    def slow(target: Path, data: bytes, **options: bool) -> None:
        calls.append(target)
        go_on.wait(timeout=5)  # a large report on a slow disk
        write_report(target, data, **options)

    monkeypatch.setattr(exporting, "write_report", slow)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_export(pilot)
        await pilot.click("#write")
        await pilot.pause(0.3)
        # the click has returned and a frame shows the busy note while the write waits
        assert not go_on.is_set()
        assert "กำลังเขียนรายงานไปที่" in screen_text(app)
        assert dialog.query_one("#write", Button).is_disabled
        # a second export, or closing the dialog, waits for the first to end
        dialog.write()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is dialog
        assert "ยังเขียนรายงานอยู่" in " ".join(n.message for n in app._notifications)
        go_on.set()
        await exported(pilot)
        written = in_tmp / "saikhao-2568-Q2.txt"
        assert calls == [written]
        assert "เทศบาลตำบลทรายขาว" in written.read_text(encoding="utf-8")
        assert not isinstance(app.screen, ExportDialog)
        assert any(str(written) in n.message for n in app._notifications)


async def test_a_failed_write_says_why_writes_nothing_and_keeps_the_choices(
    make_app: MakeApp, in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = [True]
    go_on = threading.Event()

    def folder_meanwhile(target: Path, data: bytes, **options: bool) -> None:
        if taken[0]:  # a colleague made a folder of that name while the report was made
            go_on.wait(timeout=5)
            target.mkdir()
        write_report(target, data, **options)

    monkeypatch.setattr(exporting, "write_report", folder_meanwhile)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_export(pilot)
        dialog.query_one("#quarter", Select).value = 1
        dialog.query_one("#format", Select).value = "html"
        dialog.query_one("#lang", Select).value = "en"
        await pilot.pause()
        await pilot.click("#write")
        await pilot.pause(0.3)
        assert dialog.query_one("#quarter", Select).is_disabled  # locked while it runs
        go_on.set()
        await exported(pilot)
        name = "saikhao-2568-Q1.html"
        assert app.screen is dialog
        assert "เขียนรายงานไม่ได้: ชื่อนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์" in screen_text(app)
        assert [p.name for p in in_tmp.iterdir()] == [name]  # no report, no temporary file
        assert not any((in_tmp / name).iterdir())
        assert not app.memory_path.exists()  # nothing remembered of an export that failed
        # the choices are as they were, and another try can be made at once
        assert dialog.query_one("#quarter", Select).value == 1
        assert dialog.query_one("#format", Select).value == "html"
        assert dialog.query_one("#lang", Select).value == "en"
        assert dialog.query_one("#file", Input).value == name
        assert not dialog.query_one("#write", Button).is_disabled
        assert not dialog.query_one("#quarter", Select).is_disabled
        assert dialog.focused is dialog.query_one("#write", Button)  # where it was
        (in_tmp / name).rmdir()
        taken[0] = False
        await pilot.pause(0.3)  # a button ignores a click while it shows the last one
        await pilot.click("#write")
        await exported(pilot)
        assert (in_tmp / name).read_text(encoding="utf-8").lstrip().startswith("<!")
        assert not isinstance(app.screen, ExportDialog)


def _job(target: Path, **choices: object) -> ExportJob:
    plan = load_plan().plan
    values: dict[str, object] = {
        "target": target,
        "plan": plan,
        "records": {},
        "changes": list,
        "quarter": 2,
        "year": plan.fiscal_year,
        "fmt": "text",
        "lang": "th",
        "digits": "thai",
        "today": dt.date(2025, 2, 10),
        "signoff": SignOff(),
    }
    values.update(choices)
    return ExportJob(**values)  # type: ignore[arg-type]


def test_the_worker_gives_the_error_as_data_worded_where_shown(tmp_path: Path) -> None:
    done = exporting.write(_job(tmp_path))  # a folder
    assert isinstance(done.error, IsADirectoryError)
    assert exporting.error_text(done.error, "th").startswith("ชื่อนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์")
    assert "folder" in exporting.error_text(done.error, "en")
    refused = exporting.write(_job(tmp_path / "r.txt", fmt="pdf"))
    assert isinstance(refused.error, ValueError)
    assert not (tmp_path / "r.txt").exists()
    fine = exporting.write(_job(tmp_path / "r.txt"))
    assert fine.error is None and fine.job.target.is_file()


def test_a_fault_in_the_worker_is_said_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise KeyError("x")

    monkeypatch.setattr(exporting, "write_report", broken)
    done = exporting.write(_job(tmp_path / "r.txt"))
    assert isinstance(done.error, KeyError)
    assert "KeyError" in exporting.error_text(done.error, "en")
