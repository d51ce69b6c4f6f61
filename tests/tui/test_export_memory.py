"""The export dialog remembers the last choices per plan, offers the fiscal year, and says
when its count of outcomes done differs from the app's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input, Select

from ita_tui.model import OutcomeProgress, Status

from .conftest import MakeApp, exported, open_export, screen_text, write_progress
from .test_keys import SIZE


async def test_the_last_choices_come_back_even_after_a_restart(
    make_app: MakeApp, in_tmp: Path, tmp_path: Path
) -> None:
    reports = tmp_path / "elsewhere"  # not the folder the app started in
    reports.mkdir()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#quarter", Select).value = 1
        dialog.query_one("#format", Select).value = "html"
        dialog.query_one("#lang", Select).value = "en"
        dialog.query_one("#digits", Select).value = "arabic"
        dialog.query_one("#folder", Input).value = str(reports)
        await pilot.pause()
        await pilot.click("#write")
        await exported(pilot)
        assert (reports / "saikhao-2568-Q1.html").is_file()
    again = make_app()  # a new run, the same config folder
    async with again.run_test(size=SIZE) as pilot:
        dialog = await open_export(pilot)
        assert dialog.query_one("#quarter", Select).value == 1
        assert dialog.query_one("#format", Select).value == "html"
        assert dialog.query_one("#lang", Select).value == "en"
        assert dialog.query_one("#digits", Select).value == "arabic"
        assert dialog.query_one("#folder", Input).value == str(reports)
        assert dialog.query_one("#file", Input).value == "saikhao-2568-Q1.html"


async def test_a_cancelled_dialog_remembers_nothing(make_app: MakeApp, in_tmp: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#quarter", Select).value = 3
        await pilot.press("escape")
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one("#quarter", Select).value == 2
        assert not app.memory_path.exists()


async def test_a_remembered_folder_that_is_gone_falls_back(
    make_app: MakeApp, in_tmp: Path, tmp_path: Path
) -> None:
    from ita_tui.plan_memory import ExportChoice, save_export

    app = make_app()
    save_export(app.memory_path, ExportChoice(folder=str(tmp_path / "gone")))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one("#folder", Input).value == str(in_tmp)


async def test_the_fiscal_year_can_be_chosen(make_app: MakeApp, in_tmp: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert "ปีงบประมาณ" in screen_text(app)
        dialog.query_one("#year", Select).value = 2569
        await pilot.pause()
        assert dialog.query_one("#file", Input).value == "saikhao-2568-2569-Q2.txt"
        await pilot.click("#write")
        await exported(pilot)
        text = (in_tmp / "saikhao-2568-2569-Q2.txt").read_text(encoding="utf-8")
        assert "๒๕๖๙" in text


async def test_outcomes_done_after_the_as_of_day_are_explained(
    make_app: MakeApp, in_tmp: Path, data_dir: Path, bundled
) -> None:  # type: ignore[no-untyped-def]
    later = dt.date(2026, 11, 30)
    write_progress(
        data_dir,
        bundled,
        {
            "1.1.1": OutcomeProgress(Status.DONE, dt.date(2025, 3, 1)),
            "1.1.2": OutcomeProgress(Status.DONE, dt.date(2026, 11, 1)),
            "1.1.3": OutcomeProgress(Status.DONE, dt.date(2026, 11, 2)),
        },
    )
    app = make_app(today=later)
    async with app.run_test(size=(120, 40)) as pilot:
        header = screen_text(app).splitlines()[1]
        assert "เสร็จ ๓/๕๓ (ในรายงานปีงบ ๒๕๖๘: ๑)" in header
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one("#quarter", Select).value == 4
        text = screen_text(app)
        assert "รายงานนับผลลัพธ์ที่เสร็จภายใน ๓๐ ก.ย. ๒๕๖๘: ๑ จาก ๓" in text
        assert "อีก ๒ รายการเสร็จหลังวันนั้น" in text


async def test_no_explanation_when_the_counts_agree(
    make_app: MakeApp, in_tmp: Path, fixture_progress: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert "ในรายงาน" not in screen_text(app)
        await pilot.press("e")
        await pilot.pause()
        assert "รายงานนับ" not in screen_text(app)
