"""Ticking after the plan's fiscal year asks for the date; counts that differ say why."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Input, Static

from ita_tui.model import Status
from ita_tui.tui.dialogs.done_day import OutsideYearDialog
from ita_tui.tui.dialogs.done_on import DoneOnDialog

from .conftest import MakeApp, screen_text
from .test_keys import SIZE, goto

#: 30 November 2026: fiscal year 2570, after the bundled plan's year (2568) ended.
LATER = dt.date(2026, 11, 30)
YEAR_END = dt.date(2025, 9, 30)


async def test_space_in_the_plans_year_ticks_done_today(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.4")
        await pilot.press("space")
        await pilot.pause()
        assert app.screen is app.main
        assert app.store.get("1.1.4").done_on == dt.date(2025, 2, 10)


async def test_space_after_the_year_asks_and_offers_the_years_last_day(
    make_app: MakeApp,
) -> None:
    app = make_app(today=LATER)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.4")
        await pilot.press("space")
        await pilot.pause()
        assert isinstance(app.screen, OutsideYearDialog)
        text = screen_text(app)
        assert "๓๐ ก.ย. ๒๕๖๘" in text and "ปีงบประมาณ ๒๕๖๘" in text
        assert app.store.get("1.1.4").status is Status.PENDING  # nothing recorded yet
        await pilot.press("enter")
        await pilot.pause()
        record = app.store.get("1.1.4")
        assert record.status is Status.DONE and record.done_on == YEAR_END


async def test_today_can_still_be_chosen(make_app: MakeApp) -> None:
    app = make_app(today=LATER)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.4")
        await pilot.press("space")
        await pilot.pause()
        await pilot.click("#today")
        await pilot.pause()
        assert app.store.get("1.1.4").done_on == LATER


async def test_cancel_records_nothing(make_app: MakeApp) -> None:
    app = make_app(today=LATER)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.4")
        await pilot.press("space")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main
        assert app.store.get("1.1.4").status is Status.PENDING


async def test_type_a_date_opens_the_date_dialog_at_the_years_end(make_app: MakeApp) -> None:
    app = make_app(today=LATER)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.4")
        await pilot.press("space")
        await pilot.pause()
        await pilot.click("#type")
        await pilot.pause()
        assert isinstance(app.screen, DoneOnDialog)
        field = app.screen.query_one("#date", Input)
        assert field.value == "30/09/2568"
        field.value = "2569-01-05"
        await pilot.pause()
        assert "หลังสิ้นปีงบประมาณ ๒๕๖๘" in screen_text(app)
        field.value = "2568-08-01"
        await pilot.press("enter")
        await pilot.pause()
        assert app.store.get("1.1.4").done_on == dt.date(2025, 8, 1)


async def test_s_to_done_after_the_year_asks_too(make_app: MakeApp, fixture_progress) -> None:  # type: ignore[no-untyped-def]
    app = make_app(today=LATER)
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.3")  # in progress: s makes it done
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, OutsideYearDialog)
        await pilot.press("down", "enter")  # today
        await pilot.pause()
        assert app.store.get("1.1.3").done_on == LATER


async def test_a_date_that_does_not_exist_is_explained_in_thai(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.4")
        await pilot.press("d")
        app.screen.query_one("#date", Input).value = "2568-02-30"
        await pilot.pause()
        text = screen_text(app)
        assert "เดือนกุมภาพันธ์ 2568 มี 28 วัน" in text
        assert "out of range" not in text


async def test_the_date_dialogs_example_lies_in_the_plans_year(make_app: MakeApp) -> None:
    app = make_app(today=LATER)  # fiscal year 2570; the plan's is 2568
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.4")
        await pilot.press("d")
        await pilot.pause()
        text = screen_text(app)
        assert "เช่น ๑๕/๐๘/๒๕๖๘ หรือ ๑๕ ส.ค. ๒๕๖๘" in text
        field = app.screen.query_one("#date", Input)
        field.value = "พรุ่งนี้"
        await pilot.pause()
        preview = str(app.screen.query_one("#preview", Static).render())
        assert preview.endswith("วัน/เดือน/ปี (พ.ศ. หรือ ค.ศ.) เช่น ๑๕/๐๘/๒๕๖๘")


async def test_the_date_dialog_takes_dates_as_officers_write_them(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.4")
        await pilot.press("d")
        await pilot.pause()
        field = app.screen.query_one("#date", Input)
        field.value = "๓ ก.พ. ๒๕๖๘"
        await pilot.pause()
        assert "= ๓ กุมภาพันธ์ ๒๕๖๘" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.store.get("1.1.4").done_on == dt.date(2025, 2, 3)
