"""The app on a shared folder a colleague (or a careless script) fills: a huge note shown
shortened, and undo that asks when a colleague set the same field since, even alike."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from ita_tui.model import OutcomeProgress, Status
from ita_tui.store import ProgressStore
from ita_tui.tui.dialogs.confirm_overwrite import ConfirmOverwrite
from ita_tui.tui.dialogs.plan_list import describe
from ita_tui.tui.services.session import Session
from ita_tui.tui.widgets.details import NOTE_PREVIEW

from .conftest import AT, TODAY, MakeApp, screen_text, write_progress
from .test_keys import SIZE, goto


def _colleague(data_dir: Path, plan_id: str) -> ProgressStore:
    store = ProgressStore(data_dir, plan_id, user="somsri")
    store.load()
    return store


async def test_a_ten_megabyte_note_is_shown_shortened_and_says_so(
    make_app: MakeApp, data_dir: Path
) -> None:
    note = "ก" * 10_000_000
    plan = make_app().plan
    write_progress(
        data_dir, plan, {"1.1.1": OutcomeProgress(Status.DONE, TODAY, (), note, "somchai", AT)}
    )
    app = make_app(lang="en", digits="arabic")
    async with app.run_test(size=(100, 40)) as pilot:
        started = time.perf_counter()
        await goto(pilot, app, "1.1.1")
        took = time.perf_counter() - started
        text = screen_text(app)
        assert f"(the first {NOTE_PREVIEW:,} of 10,000,000 characters" in text
        assert app.store.get("1.1.1").note == note  # the record itself is whole
    print(f"moving onto an outcome with a 10 MB note: {took:.2f} s")  # 31 s before


async def test_the_shortened_note_is_said_in_thai_with_thai_digits(
    make_app: MakeApp, data_dir: Path
) -> None:
    plan = make_app().plan
    note = "x" * (NOTE_PREVIEW + 1)
    write_progress(
        data_dir, plan, {"1.1.1": OutcomeProgress(Status.DONE, TODAY, (), note, "somchai", AT)}
    )
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await goto(pilot, app, "1.1.1")
        text = screen_text(app)
        assert "แสดง ๒,๐๐๐ ตัวอักษรแรก" in text and "๒,๐๐๑" in text


async def test_undo_asks_when_a_colleague_ticked_the_same_outcome_since(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(lang="en", digits="arabic")
    app.poll_interval = 60
    her = Session(_colleague(data_dir, app.plan.id), lambda: TODAY)  # her app, open too
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "5.1.1")
        app.main.change("5.1.1", status=Status.DONE)
        await pilot.pause()
        her.update("5.1.1", status=Status.DONE)  # she ticks it too, before her screen shows mine
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmOverwrite)  # it is her tick too: asked
        await pilot.click("#keep")
        await pilot.pause()
        assert app.store.get("5.1.1").status is Status.DONE
    assert _colleague(data_dir, app.plan.id).get("5.1.1").status is Status.DONE
    ticks = [c for c in _colleague(data_dir, app.plan.id).changes() if c.outcome_id == "5.1.1"]
    assert sorted(c.by for c in ticks) == sorted([app.store.user, "somsri"])


def test_the_plan_list_does_not_wait_on_a_remembered_plan_that_became_a_pipe(
    tmp_path: Path,
) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    pipe = tmp_path / "plan.toml"
    os.mkfifo(pipe)
    assert describe(pipe) == ("", None, True)  # before: the list froze reading it
