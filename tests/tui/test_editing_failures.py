"""A plan save that fails, for whatever reason, never leaves the app waiting: it says why,
the form stays open with what was typed, and the next save (or edit) goes ahead."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from ita_tui.config import Settings
from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.plan.edit import Op, PlanEditor
from ita_tui.store import ProgressStore
from ita_tui.tui.app import ItaApp
from ita_tui.tui.screens.edit_outcome import OutcomeForm
from ita_tui.tui.screens.edit_plan import PlanForm

from .conftest import TODAY, screen_text

SIZE = (100, 30)
FAULT = "'Container' object has no attribute '_insert_after'"


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plans" / "saikhao.toml"
    path.parent.mkdir()
    shutil.copyfile(bundled_plan_path(), path)
    return path


def make(path: Path, data_dir: Path, config_path: Path, lang: str) -> ItaApp:
    loaded = load_plan(path)
    store = ProgressStore(data_dir, loaded.plan.id)
    store.load()
    app = ItaApp(
        loaded.plan,
        store,
        settings=Settings(lang=lang, digits="thai" if lang == "th" else "arabic"),
        data_dir=data_dir,
        today=TODAY,
        config_path=config_path,
        plan_path=loaded.path,
    )
    app.cursor_blink = False
    return app


def broken_writer(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Make every plan write fail as tomlkit 0.15 made them (a fault, not a refusal);
    returns the undo."""

    def apply(self: PlanEditor, op: Op) -> object:
        raise AttributeError(FAULT)

    monkeypatch.setattr(PlanEditor, "apply", apply)
    return monkeypatch.undo


def flat(app: ItaApp) -> str:
    return " ".join(screen_text(app).replace("│", " ").split())


@pytest.mark.parametrize(
    ("lang", "failed", "kept", "saving"),
    [
        ("en", "The plan was not changed", "What you typed is kept", "Saving the plan"),
        ("th", "แก้ไขแผนไม่สำเร็จ", "สิ่งที่พิมพ์ไว้ยังอยู่ครบ", "กำลังบันทึกแผน"),
    ],
)
async def test_P_and_a_save_that_fails_says_why_and_keeps_what_was_typed(
    plan_file: Path,
    data_dir: Path,
    config_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    failed: str,
    kept: str,
    saving: str,
) -> None:
    before = plan_file.read_bytes()
    mend = broken_writer(monkeypatch)
    app = make(plan_file, data_dir, config_path, lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("P")
        form = app.screen
        assert isinstance(form, PlanForm)
        form.query_one("#ita-score", Input).value = "89.5"
        form.query_one("#district", Input).value = "คลองท่อม"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        # not waiting any more, and says why, in the form and in a notice
        assert not app.main.editor.busy
        shown = flat(app)
        assert failed in shown and kept in shown and "AttributeError" in shown
        assert saving not in shown
        # the form is still open, with what was typed
        assert app.screen is form and not form.saving
        assert form.query_one("#ita-score", Input).value == "89.5"
        assert form.query_one("#district", Input).value == "คลองท่อม"
        assert plan_file.read_bytes() == before
        # once the writer works again, ctrl+s in the same form saves what was typed
        mend()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert app.screen is app.main
        assert app.plan.ita is not None and app.plan.ita.score == 89.5
    plan = load_plan(plan_file).plan
    assert plan.ita is not None and plan.ita.score == 89.5 and plan.district == "คลองท่อม"


async def test_after_a_failed_save_the_next_edit_is_not_kept_waiting(
    plan_file: Path, data_dir: Path, config_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken_writer(monkeypatch)
    app = make(plan_file, data_dir, config_path, "en")
    async with app.run_test(size=SIZE) as pilot:
        assert app.main.plan_tree.select_id("1.1.1")
        await pilot.pause()
        await pilot.press("r")
        form = app.screen
        assert isinstance(form, OutcomeForm)
        form.query_one("#text", TextArea).text = "ข้อความใหม่"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is form and form.query_one("#text", TextArea).text == "ข้อความใหม่"
        await pilot.press("escape")  # given up: the form closes, nothing written
        await pilot.pause()
        assert app.screen is app.main
        await pilot.press("r")  # the next edit opens at once (no "one moment")
        await pilot.pause()
        assert isinstance(app.screen, OutcomeForm)
        assert "One moment" not in flat(app)
