"""Fixtures for the terminal UI: a fixed day, a fixed progress file, apps that never blink.

The root conftest already points ITA_TUI_DATA_DIR / ITA_TUI_CONFIG_DIR at temporary
folders; every app made here also gets its own config file path.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console
from textual.pilot import Pilot

from ita_tui.config import Settings
from ita_tui.model import OutcomeProgress, Plan, Status
from ita_tui.plan import load_plan
from ita_tui.store import ProgressStore
from ita_tui.store import store as progress
from ita_tui.store.progress_file import render_progress
from ita_tui.tui.app import ItaApp
from ita_tui.tui.dialogs.export import ExportDialog

#: 10 February 2025: quarter 2 of fiscal year 2568, the bundled plan's year.
TODAY = dt.date(2025, 2, 10)
AT = dt.datetime(2025, 2, 1, 9, 30, tzinfo=dt.UTC)

#: A fixed progress file: a few outcomes done, one in progress, one not applicable.
FIXTURE_RECORDS = {
    "1.1.1": OutcomeProgress(
        Status.DONE,
        dt.date(2024, 12, 20),
        ("https://saikhao.go.th/manual",),
        "คู่มือ ๕ งาน",
        "somchai",
        AT,
    ),
    "1.1.2": OutcomeProgress(Status.DONE, dt.date(2025, 1, 15), (), "", "somchai", AT),
    "1.1.3": OutcomeProgress(Status.IN_PROGRESS, None, (), "รอระบบ", "somchai", AT),
    "1.2.1": OutcomeProgress(Status.DONE, dt.date(2024, 11, 30), (), "", "somchai", AT),
    "1.2.2": OutcomeProgress(Status.DONE, dt.date(2024, 12, 1), (), "", "somchai", AT),
    "1.2.3": OutcomeProgress(Status.DONE, dt.date(2024, 12, 2), (), "", "somchai", AT),
    "2.1.7": OutcomeProgress(Status.NOT_APPLICABLE, None, (), "ไม่มีโครงการ", "somchai", AT),
}

INJECTION_PLAN = """\
format = 1
id = "inject"
title = "[bold]plan[/bold] \\u001b[2J"
organisation = "[@click=app.quit]org"
fiscal_year = 2568

[[issues]]
id = "1"
title = "[@click=app.quit]x"

[[issues.activities]]
id = "1.1"
title = "[bold]"
quarters = [2]
responsible = ["[red]job[/red]"]
steps = ["\\u001b[31mred step"]

[[issues.activities.outcomes]]
id = "1.1.1"
text = "[@click=app.quit]outcome \\u001b]8;;http://evil\\u0007link"

[[issues.activities.outcomes]]
id = "1.1.2"
text = "[link=https://evil.example]click me[/link] \\u009b31m"
"""


@pytest.fixture
def bundled() -> Plan:
    return load_plan().plan


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "config.toml"


def write_progress(folder: Path, plan: Plan, records: dict[str, OutcomeProgress]) -> Path:
    store = ProgressStore(folder, plan.id)
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(render_progress(plan.id, records), encoding="utf-8")
    return store.path


@pytest.fixture
def fixture_progress(data_dir: Path, bundled: Plan) -> Path:
    return write_progress(data_dir, bundled, FIXTURE_RECORDS)


MakeApp = Callable[..., ItaApp]


@pytest.fixture
def make_app(data_dir: Path, config_path: Path, bundled: Plan) -> MakeApp:
    """An app on a plan (the bundled one by default), with its store opened from data_dir."""

    def make(
        plan: Plan | None = None,
        *,
        lang: str = "th",
        digits: str = "thai",
        folder: Path | None = None,
        today: dt.date = TODAY,
    ) -> ItaApp:
        plan = plan or bundled
        folder = folder or data_dir
        store = ProgressStore(folder, plan.id)
        store.load()
        app = ItaApp(
            plan,
            store,
            settings=Settings(lang=lang, digits=digits),
            data_dir=folder,
            today=today,
            config_path=config_path,
        )
        app.cursor_blink = False
        return app

    return make


@pytest.fixture
def make(data_dir: Path, config_path: Path) -> Callable[..., ItaApp]:
    """An app on a plan file it may edit (the bundled plan when none is given)."""

    def build(path: Path | None = None, *, lang: str = "th", welcome: bool = False) -> ItaApp:
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
            welcome=welcome,
        )
        app.cursor_blink = False
        return app

    return build


@pytest.fixture
def injection_plan(tmp_path: Path) -> Plan:
    path = tmp_path / "inject.toml"
    path.write_text(INJECTION_PLAN, encoding="utf-8")
    return load_plan(path).plan


@pytest.fixture
def failing_disk(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Writes of progress files fail while the list holds True (a read-only or full disk)."""
    broken = [True]
    real = progress.atomic_write_bytes

    def write(path: Path, data: bytes) -> None:
        if broken[0]:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        real(path, data)

    monkeypatch.setattr(progress, "atomic_write_bytes", write)
    return broken


def screen_text(app: ItaApp) -> str:
    """What the terminal shows now, as plain text (one line per row)."""
    update = app.screen._compositor.render_update(full=True)
    console = Console(width=app.size.width, record=True, file=io.StringIO(), color_system=None)
    console.print(update)
    return console.export_text()


def raw_output(app: ItaApp) -> str:
    """Every character the compositor would send for the screen (to look for escapes)."""
    strips = app.screen._compositor.render_strips()
    return "".join(segment.text for strip in strips for segment in strip)


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh folder to work in: where the export dialog suggests writing."""
    folder = tmp_path / "reports"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


async def open_export(pilot: Pilot[int]) -> ExportDialog:
    """Press ``e`` and give back the export dialog it opens."""
    await pilot.press("e")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    return dialog


async def exported(pilot: Pilot[int]) -> None:
    """Let the export dialog's worker thread end and its result be shown."""
    app = pilot.app
    await app.workers.wait_for_complete([w for w in app.workers if w.group == "export"])
    await pilot.pause()
