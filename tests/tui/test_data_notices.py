"""What the store noticed while reading the progress (a damaged file recovered, a torn log
line, outcomes not in the plan) is told inside the app, in its language, and kept in help."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ita_tui.model import OutcomeProgress, Plan, Status
from ita_tui.store import ProgressStore
from ita_tui.tui.screens.help import HelpScreen

from .conftest import TODAY, MakeApp, screen_text, write_progress
from .test_keys import SIZE


def notifications(app: object) -> list[str]:
    return [str(n.message) for n in app._notifications]  # type: ignore[attr-defined]


def emptied_with_backups(data_dir: Path, plan: Plan) -> ProgressStore:
    """Three saves (so backups exist and the log holds the last), then the file emptied."""
    store = ProgressStore(data_dir, plan.id, user="somchai")
    store.load()
    store.update("1.1.1", status=Status.DONE, today=TODAY)
    store.update("1.1.2", note="ส่งแล้ว", today=TODAY)
    store.update("1.1.3", evidence=["http://e.example/1"], today=TODAY)
    store.path.write_bytes(b"")
    return store


async def test_an_emptied_progress_file_recovered_on_opening_is_told_on_screen(
    make_app: MakeApp, data_dir: Path, bundled: Plan
) -> None:
    store = emptied_with_backups(data_dir, bundled)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.store.get("1.1.3").evidence == ("http://e.example/1",)  # nothing lost
        [told] = [m for m in notifications(app) if "ย้ายไปเก็บไว้" in m]
        aside = next(data_dir.glob(f"{store.path.name}.damaged-*"))
        assert str(aside) in told  # where the file went
        assert "กู้คืนจากไฟล์สำรอง" in told and "บันทึกการแก้ไข" in told
        assert "moved aside" not in told  # in Thai, as the app speaks
        app.clear_notifications()
        await pilot.pause()
        text = screen_text(app)
        assert "อ่านไฟล์ความคืบหน้าไม่ได้" in text and "กด ?" in text  # stays on screen
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "แจ้งเกี่ยวกับข้อมูลของคุณ" in text and "ย้ายไปเก็บไว้" in text
        await pilot.press("escape")
        await pilot.pause()
        assert "อ่านไฟล์ความคืบหน้าไม่ได้" not in screen_text(app)  # read: the line goes
        await pilot.press("question_mark")
        await pilot.pause()
        assert "ย้ายไปเก็บไว้" in screen_text(app)  # still in help for this session


async def test_the_recovery_is_told_in_english_and_follows_the_language(
    make_app: MakeApp, data_dir: Path, bundled: Plan
) -> None:
    emptied_with_backups(data_dir, bundled)
    app = make_app(lang="en", digits="arabic")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        [told] = [m for m in notifications(app) if "moved aside" in m]
        assert "Restored from the backup" in told and "replayed on top" in told
        app.clear_notifications()
        await pilot.pause()
        assert "The progress file could not be read" in screen_text(app)
        await pilot.press("t")  # Thai labels: the line follows
        await pilot.pause()
        assert "อ่านไฟล์ความคืบหน้าไม่ได้" in screen_text(app)


async def test_outcomes_not_in_the_plan_are_told_at_start_and_listed_in_help(
    make_app: MakeApp, data_dir: Path, bundled: Plan
) -> None:
    kept = OutcomeProgress(Status.DONE, dt.date(2025, 1, 5), (), "เก่า", "somchai")
    write_progress(data_dir, bundled, {"9.9.9": kept})
    app = make_app(lang="en", digits="arabic")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("1 recorded outcome(s) are not in this plan" in m for m in notifications(app))
        assert any("9.9.9" in m for m in notifications(app))
        app.clear_notifications()
        await pilot.press("question_mark")
        await pilot.pause()
        assert "9.9.9" in screen_text(app)


async def test_a_torn_log_line_found_by_a_save_is_told(
    make_app: MakeApp, data_dir: Path, bundled: Plan
) -> None:
    store = ProgressStore(data_dir, bundled.id, user="somchai")
    store.load()
    store.update("1.1.1", status=Status.DONE, today=TODAY)
    app = make_app(lang="en", digits="arabic")
    app.poll_interval = 60
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not notifications(app)  # nothing to tell yet
        with store.log_path.open("ab") as log:
            log.write(b'{"at": "2025-02')  # a writer killed mid-line, before its file
        app.main.change("1.1.3", note="mine")
        await pilot.pause()
        await pilot.pause()
        app.main.poll()
        await pilot.pause()
        [told] = [m for m in notifications(app) if "cut short" in m]
        assert str(store.log_path) in told and "it was skipped" in told
        app.clear_notifications()
        await pilot.pause()
        assert "1 notice(s) about your progress data" in screen_text(app)
    reader = ProgressStore(data_dir, bundled.id)
    reader.load()
    assert reader.get("1.1.3").note == "mine" and reader.get("1.1.1").status is Status.DONE
