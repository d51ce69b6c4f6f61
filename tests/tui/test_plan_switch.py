"""Switching plans (``ctrl+o``) never loses progress: what the plan switched to could not
save is saved or rescued when the app ends, as for the plan first opened."""

from __future__ import annotations

import argparse
import errno
from pathlib import Path

import pytest
from textual.pilot import Pilot

from ita_tui.commands import open_app
from ita_tui.model import Status
from ita_tui.plan import bundled_plan_path
from ita_tui.store import ProgressStore
from ita_tui.store import store as progress
from ita_tui.tui.app import ItaApp
from ita_tui.tui.dialogs.confirm_quit import ConfirmQuit
from ita_tui.tui.services.plan_switch import switch_plan

from .conftest import MakeApp, screen_text
from .test_keys import SIZE


def plan_file(path: Path, plan_id: str) -> Path:
    text = bundled_plan_path().read_text(encoding="utf-8")
    path.write_text(text.replace('id = "saikhao-2568"', f'id = "{plan_id}"'), encoding="utf-8")
    return path


def run_app_with(monkeypatch: pytest.MonkeyPatch, script: object) -> None:
    """``open_app.run`` runs the real app, headless, driven by ``script``."""
    real_run = ItaApp.run

    def run(self: ItaApp) -> int | None:
        return real_run(self, headless=True, size=SIZE, auto_pilot=script)  # type: ignore[arg-type]

    monkeypatch.setattr(ItaApp, "run", run)


@pytest.fixture
def data_writes_fail(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> list[bool]:
    """Writes into the data folder fail while the list holds True (elsewhere they work)."""
    broken = [False]
    real = progress.atomic_write_bytes

    def write(path: Path, data: bytes) -> None:
        if broken[0] and data_dir in Path(path).parents:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        real(path, data)

    monkeypatch.setattr(progress, "atomic_write_bytes", write)
    return broken


def test_unsaved_progress_of_the_plan_switched_to_is_rescued_on_exit(
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_writes_fail: list[bool],
) -> None:
    first = plan_file(tmp_path / "first.toml", "first-2568")
    other = plan_file(tmp_path / "other.toml", "other-2569")
    here = tmp_path / "cwd"
    here.mkdir()
    monkeypatch.chdir(here)
    seen: dict[str, object] = {}

    async def script(pilot: Pilot[int]) -> None:
        app = pilot.app
        assert isinstance(app, ItaApp)
        await pilot.pause()
        assert switch_plan(app, other)
        for _ in range(5):
            await pilot.pause()
        assert app.plan.id == "other-2569" and app.screen is app.main
        data_writes_fail[0] = True  # the shared folder goes read-only
        assert app.main.plan_tree.select_id("1.1.1")
        await pilot.pause()
        await pilot.press("s")  # in progress (no day to ask)
        await pilot.pause()
        await pilot.pause()
        seen["unsaved"] = app.store.unsaved
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuit)
        await pilot.click("#quit")  # leave anyway

    run_app_with(monkeypatch, script)
    args = argparse.Namespace(plan=str(first), data_dir=data_dir, lang="en", digits=None)
    assert open_app.run(args) == 1
    assert seen["unsaved"] is True
    [rescued] = here.glob("other-2569.unsaved-*.jsonl")
    assert '"1.1.1"' in rescued.read_text(encoding="utf-8")
    assert str(rescued) in capsys.readouterr().err  # and the user is told where


def test_progress_of_the_plan_switched_to_is_saved_on_exit_once_the_folder_is_back(
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    data_writes_fail: list[bool],
) -> None:
    first = plan_file(tmp_path / "first.toml", "first-2568")
    other = plan_file(tmp_path / "other.toml", "other-2569")

    async def script(pilot: Pilot[int]) -> None:
        app = pilot.app
        assert isinstance(app, ItaApp)
        await pilot.pause()
        assert switch_plan(app, other)
        for _ in range(5):
            await pilot.pause()
        data_writes_fail[0] = True
        assert app.main.plan_tree.select_id("1.1.1")
        await pilot.pause()
        await pilot.press("s")  # in progress (no day to ask)
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuit)
        data_writes_fail[0] = False  # the folder is back as the app ends
        await pilot.click("#quit")

    run_app_with(monkeypatch, script)
    args = argparse.Namespace(plan=str(first), data_dir=data_dir, lang="en", digits=None)
    open_app.run(args)
    saved = ProgressStore(data_dir, "other-2569")
    saved.load()
    assert saved.get("1.1.1").status is Status.IN_PROGRESS


async def test_a_damaged_progress_file_of_the_plan_switched_to_is_told(
    make_app: MakeApp, tmp_path: Path, data_dir: Path
) -> None:
    other = plan_file(tmp_path / "other.toml", "other-2569")
    store = ProgressStore(data_dir, "other-2569", user="somsri")
    store.load()
    for note in ("one", "two", "three"):
        store.update("1.1.1", note=note)
    store.path.write_bytes(b"")  # emptied: the backups and the log still know
    app = make_app(lang="en", digits="arabic")
    async with app.run_test(size=SIZE) as pilot:
        assert switch_plan(app, other)
        for _ in range(5):
            await pilot.pause()
        assert app.plan.id == "other-2569"
        assert app.store.get("1.1.1").note == "three"
        assert any("moved aside" in str(n.message) for n in app._notifications)
        app.clear_notifications()
        await pilot.pause()
        assert "The progress file could not be read" in screen_text(app)


async def test_replacing_the_plan_is_one_step_for_an_edit_and_for_a_switch(
    make_app: MakeApp, tmp_path: Path
) -> None:
    """``replace_plan``: an edit's new plan keeps the progress; another plan brings its own."""
    from dataclasses import replace

    from ita_tui.plan import load_plan
    from ita_tui.tui.services.plan_switch import replace_plan

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        store, view = app.store, app.view
        edited = replace(app.plan, organisation="เทศบาลที่แก้ชื่อ")
        replace_plan(app, edited)
        assert app.plan is edited and view.plan is edited and app.view is view
        assert app.store is store and app.title == "ita-tui · เทศบาลที่แก้ชื่อ"
        assert view.tallies.plan is edited
        other = load_plan(plan_file(tmp_path / "other.toml", "other-2569")).plan
        other_store = ProgressStore.of(other, app.data_dir, user=store.user)
        replace_plan(app, other, other_store)
        assert app.store is other_store and app.stores[-1] is other_store
        assert app.view is not view and app.view.plan is other
        assert app.session.store is other_store
        await pilot.pause()
