"""A change shows on screen first and is saved right after (a save on a network folder is slow).

The save still runs on the app's own thread, with the same error handling; quick changes
are written together; quitting, the poll and the app ending never lose a change not saved yet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from ita_tui.model import Status
from ita_tui.store import ProgressStore
from ita_tui.tui.app import ItaApp

from .conftest import TODAY, MakeApp, screen_text
from .test_keys import SIZE, goto


def count_saves(app: ItaApp, monkeypatch: pytest.MonkeyPatch, log: list[str]) -> None:
    """Log each save of the app's store (the real one still runs)."""
    real = app.store.save

    def save() -> Any:
        log.append("save")
        return real()

    monkeypatch.setattr(app.store, "save", save)


def hold_saves(app: ItaApp, monkeypatch: pytest.MonkeyPatch) -> list[Callable[[], Any]]:
    """Keep the main screen's after-refresh calls (the deferred saves) from running."""
    held: list[Callable[[], Any]] = []

    def later(callback: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        held.append(lambda: callback(*args, **kwargs))
        return True

    monkeypatch.setattr(app.main, "call_after_refresh", later)
    return held


def on_disk(data_dir: Path, app: ItaApp) -> ProgressStore:
    store = ProgressStore(data_dir, app.plan.id, user="reader")
    store.load()
    return store


async def test_a_tick_is_painted_before_it_is_saved(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "3.1.1")
        events: list[str] = []
        seen_at_save: list[str] = []
        real_display = app._display

        def display(screen: Any, renderable: Any) -> None:
            if renderable is not None:
                events.append("display")
            real_display(screen, renderable)

        real_save = app.store.save

        def save() -> Any:
            events.append("save")
            seen_at_save.append(screen_text(app))
            return real_save()

        monkeypatch.setattr(app, "_display", display)
        monkeypatch.setattr(app.store, "save", save)
        await pilot.press("space")
        await pilot.pause()
        assert events.count("save") == 1
        assert "display" in events[: events.index("save")]  # painted first, then saved
        shown = seen_at_save[0]
        assert "☑" in shown and "[๑/๖]" in shown and "เสร็จ ๑/๕๓" in shown
        assert not app.store.unsaved and not app.session.pending
        assert "✓" in screen_text(app)  # the "saved" note, once saved


async def test_quick_ticks_are_all_written_by_one_save(
    make_app: MakeApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        saves: list[str] = []
        count_saves(app, monkeypatch, saves)
        held = hold_saves(app, monkeypatch)
        for outcome_id in ("5.1.1", "5.1.2", "5.1.3"):
            await goto(pilot, app, outcome_id)
            await pilot.press("space")
        await pilot.press("ctrl+z")  # undo 5.1.3: also waits for the save
        assert saves == [] and len(held) == 4
        assert app.store.unsaved and app.session.pending
        assert on_disk(data_dir, app).get("5.1.1").status is Status.PENDING
        for callback in held:
            callback()
        await pilot.pause()
        assert saves == ["save"]  # the first wrote them all; the others had nothing left
        assert not app.store.unsaved
        stored = on_disk(data_dir, app)
        assert [stored.get(i).status for i in ("5.1.1", "5.1.2", "5.1.3")] == [
            Status.DONE,
            Status.DONE,
            Status.PENDING,
        ]
        assert [(c.outcome_id, c.new.status) for c in stored.changes()] == [
            ("5.1.1", Status.DONE),
            ("5.1.2", Status.DONE),
            ("5.1.3", Status.DONE),
            ("5.1.3", Status.PENDING),
        ]
        assert "เลิกทำ: ๕.๑.๓" in screen_text(app)  # the last change's note, once saved


async def _quit_by_key(pilot: Pilot[int], app: ItaApp, key: str) -> None:
    await pilot.press(key)
    await pilot.pause()


@pytest.mark.parametrize("how", ["q", "ctrl+q", "exit"])
async def test_quitting_right_after_a_tick_saves_it_first(
    make_app: MakeApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        held = hold_saves(app, monkeypatch)
        await goto(pilot, app, "4.1.3")
        await pilot.press("space")
        assert held and app.session.pending  # the save has not run
        if how == "exit":
            app.exit(0)  # the app ends some other way
            await pilot.pause()
        else:
            await _quit_by_key(pilot, app, how)
    assert app.return_code == 0
    again = make_app()
    async with again.run_test(size=SIZE):
        record = again.store.get("4.1.3")
        assert record.status is Status.DONE and record.done_on == TODAY


async def test_a_failing_deferred_save_shows_the_error_and_the_retry_saves_it(
    make_app: MakeApp,
    data_dir: Path,
    failing_disk: list[bool],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = make_app()
    app.retry_interval = 0.2
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "7.1.4")
        error_shown_at_save: list[bool] = []
        real_save = app.store.save

        def save() -> Any:
            error_shown_at_save.append(app.main.error_bar.display)
            return real_save()

        monkeypatch.setattr(app.store, "save", save)
        await pilot.press("space")
        await pilot.pause()
        assert error_shown_at_save[0] is False  # the tick was shown before the save failed
        assert app.store.get("7.1.4").status is Status.DONE and app.store.unsaved
        assert app.main.error_bar.display
        text = screen_text(app)
        assert "บันทึกไม่สำเร็จ" in text and "Read-only file system" in text
        assert on_disk(data_dir, app).get("7.1.4").status is Status.PENDING
        failing_disk[0] = False
        await pilot.pause(0.5)
        assert not app.store.unsaved and not app.main.error_bar.display
    assert on_disk(data_dir, app).get("7.1.4").status is Status.DONE


async def test_the_poll_keeps_a_change_not_saved_yet_and_then_saves_it(
    make_app: MakeApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        held = hold_saves(app, monkeypatch)
        await goto(pilot, app, "2.1.1")
        await pilot.press("space")
        assert held and app.session.pending
        colleague = ProgressStore(data_dir, app.plan.id, user="colleague")
        colleague.load()
        colleague.update("2.1.2", status=Status.DONE, today=TODAY)
        # Re-reading the file keeps ours (only in memory) on top of theirs.
        assert app.session.poll().changed == {"2.1.2"}
        assert app.store.get("2.1.1").status is Status.DONE
        assert app.store.get("2.1.2").status is Status.DONE
        assert app.store.unsaved
        # The screen's poll writes a change whose save never ran (a lost call is no loss).
        app.main.poll()
        await pilot.pause()
        assert not app.store.unsaved and not app.session.pending
    stored = on_disk(data_dir, app)
    assert stored.get("2.1.1").status is Status.DONE
    assert stored.get("2.1.2").status is Status.DONE
