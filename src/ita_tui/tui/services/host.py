"""What the services use of the app and of the main screen, as protocols.

The services (editing, plan switching, notices) never import a screen, a widget or the app:
they are handed the app and the screen and use them through these protocols (``ItaApp``
and ``MainScreen`` are the ones), so the UI's modules import downwards only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from textual.notifications import SeverityLevel

if TYPE_CHECKING:
    from textual.app import App
    from textual.message import Message
    from textual.worker import Worker

    from ita_tui.config import Settings
    from ita_tui.model import Plan
    from ita_tui.store import ProgressStore
    from ita_tui.tui.services.session import Session
    from ita_tui.tui.services.view import View


class PlanApp(Protocol):
    """The app's state: the plan in use, its file, its progress and how it is shown."""

    plan: Plan
    title: str
    plan_path: Path
    data_dir: Path
    config_path: Path | None
    settings: Settings
    store: ProgressStore
    stores: list[ProgressStore]
    session: Session
    view: View
    cursor_blink: bool
    #: The interface's language and digits (reactive on the app: setting them relabels).
    lang: str
    digits: str
    #: Where the cursor goes when the next plan set is shown (``replace_plan`` sets both;
    #: ``plan`` is reactive on the app: setting it shows the plan).
    plan_focus: str | None

    def today(self) -> dt.date: ...

    @property
    def memory_path(self) -> Path:
        """This plan's remembered choices (the tree, the export)."""

    def remember_plan(self, path: Path) -> None: ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None: ...


class PlanScreen(Protocol):
    """The screen the plan is edited on: where the new plan and the notes are shown."""

    view: View

    @property
    def app(self) -> App[object]: ...

    @property
    def ita(self) -> PlanApp: ...

    def note(self, text: str) -> None:
        """A quiet note in the header ("" takes it away)."""

    def show_plan(self, focus: str | None) -> None:
        """Show the app's (new) plan: open branches and cursor kept, ``focus`` selected."""

    def update_import_notes(self) -> None:
        """The header's count of the importer's notes in the plan file."""

    def post_message(self, message: Message) -> bool: ...

    def run_worker(
        self,
        work: Callable[[], Any],
        *,
        thread: bool = False,
        group: str = "default",
        exit_on_error: bool = True,
    ) -> Worker[Any]: ...
