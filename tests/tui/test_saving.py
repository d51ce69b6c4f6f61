"""Saving and safety: persistence across runs, save failures, other programs' changes."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from ita_tui.model import Status
from ita_tui.store import ProgressStore
from ita_tui.store import store as progress
from ita_tui.tui.dialogs.confirm_quit import ConfirmQuit

from .conftest import TODAY, MakeApp, screen_text
from .test_keys import SIZE, goto


async def test_a_tick_is_still_there_after_quitting_and_reopening(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "4.1.2")
        await pilot.press("space")
        await pilot.press("a")
        app.screen.query_one("#text").insert("หลักฐานอยู่ที่งานธุรการ")  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0

    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await goto(pilot, again, "4.1.2")
        record = again.store.get("4.1.2")
        assert record.status is Status.DONE and record.done_on == TODAY
        assert record.note == "หลักฐานอยู่ที่งานธุรการ"
        text = screen_text(again)
        assert "☑" in text and "หลักฐานอยู่ที่งานธุรการ" in text


async def test_every_change_is_on_disk_at_once(make_app: MakeApp, data_dir: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "6.1.1")
        await pilot.press("s")
        other = ProgressStore(data_dir, app.plan.id)
        other.load()
        assert other.get("6.1.1").status is Status.IN_PROGRESS
        assert "✓" in screen_text(app)  # the quiet "saved" note


async def test_a_failed_save_is_shown_kept_and_retried(
    make_app: MakeApp, data_dir: Path, failing_disk: list[bool]
) -> None:
    app = make_app()
    app.retry_interval = 0.2
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "7.1.1")
        await pilot.press("space")
        await pilot.pause()
        # The change is on screen and in memory, and an error stays in view.
        assert app.store.get("7.1.1").status is Status.DONE
        assert app.store.unsaved
        assert app.main.error_bar.display
        text = screen_text(app)
        assert "บันทึกไม่สำเร็จ" in text and "อ่านได้อย่างเดียว" in text
        assert "Read-only" not in text and "kept in memory" not in text
        await pilot.pause(0.5)
        assert app.main.error_bar.display  # still failing: still shown
        failing_disk[0] = False  # the disk comes back
        await pilot.pause(0.5)
        assert not app.store.unsaved
        assert not app.main.error_bar.display
    on_disk = ProgressStore(data_dir, app.plan.id)
    on_disk.load()
    assert on_disk.get("7.1.1").status is Status.DONE


async def test_a_data_folder_gone_keeps_the_change(make_app: MakeApp, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    app = make_app(folder=folder)
    async with app.run_test(size=SIZE) as pilot:
        # The shared folder disappears and a file takes its name (an unplugged share).
        shutil.rmtree(folder, ignore_errors=True)
        folder.write_text("not a folder", encoding="utf-8")
        await goto(pilot, app, "1.1.4")
        await pilot.press("space")
        await pilot.pause()
        assert app.store.get("1.1.4").status is Status.DONE
        assert app.main.error_bar.display
        assert "บันทึกไม่สำเร็จ" in screen_text(app)
        folder.unlink()
        app.main._retry_save()
        await pilot.pause()
        assert not app.main.error_bar.display
    assert ProgressStore(folder, app.plan.id).path.exists()


async def test_quitting_with_unsaved_changes_asks_first(
    make_app: MakeApp, failing_disk: list[bool]
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "7.1.2")
        await pilot.press("space")
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuit)
        await pilot.click("#stay")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmQuit)
        failing_disk[0] = False
        await pilot.press("q")  # saving works now: it saves, then quits
        await pilot.pause()
    assert app.return_code == 0
    assert not app.store.unsaved


async def test_undo_after_a_failed_save_still_works(
    make_app: MakeApp, failing_disk: list[bool]
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "7.1.3")
        await pilot.press("space")
        await pilot.press("ctrl+z")
        assert app.store.get("7.1.3").status is Status.PENDING


async def test_a_change_made_by_another_program_shows_up(make_app: MakeApp, data_dir: Path) -> None:
    app = make_app()
    app.poll_interval = 0.1
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "3.1.2")
        await pilot.press("s")  # our own change: in progress
        assert "[๐/๖]" in screen_text(app)
        colleague = ProgressStore(data_dir, app.plan.id, user="colleague")
        colleague.load()
        colleague.update("3.1.1", status=Status.DONE, today=TODAY)
        await pilot.pause(0.4)
        assert app.store.get("3.1.1").status is Status.DONE
        assert app.store.get("3.1.2").status is Status.IN_PROGRESS  # ours is kept
        text = screen_text(app)
        assert "[๑/๖]" in text  # the activity's cookie
        assert "เสร็จ ๑/๕๓" in text  # the header


async def test_an_external_change_while_a_save_is_pending_keeps_both(
    make_app: MakeApp, data_dir: Path, failing_disk: list[bool]
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "2.1.1")
        await pilot.press("space")
        assert app.store.unsaved
        failing_disk[0] = False
        colleague = ProgressStore(data_dir, app.plan.id, user="colleague")
        colleague.load()
        colleague.update("2.1.2", status=Status.DONE, today=TODAY)
        app.main.poll()
        await pilot.pause()
        assert app.store.get("2.1.1").status is Status.DONE
        assert app.store.get("2.1.2").status is Status.DONE
        app.main._retry_save()
        assert not app.store.unsaved


async def test_a_progress_file_that_cannot_be_read_is_shown_until_it_can(
    make_app: MakeApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:

        def broken() -> bool:
            raise progress.StoreError(
                "store.cannot_read", path="p.progress.toml", why=OSError(errno.EIO, "I/O")
            )

        working = app.store.refresh
        monkeypatch.setattr(app.store, "refresh", broken)
        app.main.poll()
        await pilot.pause()
        assert app.main.error_bar.display
        assert "อ่านหรือเขียนดิสก์ไม่สำเร็จ" in screen_text(app)
        monkeypatch.setattr(app.store, "refresh", working)
        app.main.poll()
        await pilot.pause()
        assert not app.main.error_bar.display
