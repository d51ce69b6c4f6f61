"""The ita-tui terminal app: one plan, its progress, and the officer at the keyboard."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath
from typing import ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.screen import Screen

from ita_tui.catalog import say
from ita_tui.config import Settings, load_settings, save_settings
from ita_tui.model import Plan
from ita_tui.plan import bundled_plan_path
from ita_tui.resources import package_file, real_path
from ita_tui.store import ProgressStore
from ita_tui.store.store import USER_ENV
from ita_tui.tui.labels import safe
from ita_tui.tui.patches.screen_results import give_result_callback
from ita_tui.tui.patches.thai_breaks import defer_words, install, load_words
from ita_tui.tui.patches.whole_clusters import install as keep_clusters_whole
from ita_tui.tui.screens.main import MainScreen
from ita_tui.tui.services.filtering import visible
from ita_tui.tui.services.session import Session
from ita_tui.tui.services.tallies import Tallies
from ita_tui.tui.services.view import View

keep_clusters_whole()

STYLES = package_file("tui", "styles")


def _given_to_init() -> Plan:
    """The plan reactive's default, never used: :class:`ItaApp` is always given its plan."""
    raise RuntimeError("ItaApp is given its plan")


class ItaApp(App[int]):
    """Review the ITA measures and tick outcomes; every change is saved at once."""

    # dialogs bring their own
    CSS_PATH: ClassVar[list[str | PurePath]] = [real_path(STYLES / "app.tcss")]
    TITLE = "ita-tui"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
    ]

    #: Seconds between looks at the progress file for changes made by others.
    poll_interval: float = 2.0
    #: Seconds between attempts to save changes that could not be written.
    retry_interval: float = 5.0
    #: Whether text cursors blink (tests switch it off for stable screenshots).
    cursor_blink: bool = True

    #: The interface's language ("th", "en") and digits ("thai", "arabic"): every label is
    #: drawn again when one changes (see the watchers). Only the ``t`` and ``0`` keys
    #: remember a change in the config file (:meth:`set_display`).
    lang: reactive[str] = reactive("th", init=False)
    digits: reactive[str] = reactive("thai", init=False)
    #: The plan in use: set only by :func:`~ita_tui.tui.services.plan_switch.replace_plan`
    #: (an edit written, another program's change, another plan opened); the watcher shows
    #: it. Every set is a new plan, so ``always_update`` skips Textual's ``!=`` check,
    #: which would compare two large plans field by field.
    plan: reactive[Plan] = reactive(_given_to_init, init=False, always_update=True, repaint=False)
    #: Where the cursor goes when the next plan set is shown (None: where it was).
    plan_focus: str | None = None

    def __init__(
        self,
        plan: Plan,
        store: ProgressStore,
        *,
        settings: Settings,
        data_dir: Path,
        today: dt.date | None = None,
        config_path: Path | None = None,
        plan_path: Path | None = None,
        welcome: bool = False,
    ) -> None:
        super().__init__()
        install()  # Thai breaks between words in every widget
        defer_words()  # the word list is read once the first screen is up
        self.set_reactive(ItaApp.plan, plan)  # shown by the first screen
        self.store = store
        #: Every plan's progress opened in this run (``ctrl+o`` adds one): what is still
        #: unsaved in any of them is saved or rescued when the app ends.
        self.stores: list[ProgressStore] = [store]
        self.settings = settings
        self.set_reactive(ItaApp.lang, settings.lang)
        self.set_reactive(ItaApp.digits, settings.digits)
        self.data_dir = data_dir
        self.config_path = config_path
        self._fixed_today = today
        self.view = View(plan, store, lang=settings.lang, digits=settings.digits, today=self.today)
        self.session = Session(store, self.today)
        self.title = f"ita-tui · {safe(plan.organisation)}"
        #: The plan file edits go to (the bundled plan is copied before its first edit).
        self.plan_path = plan_path or bundled_plan_path()
        #: Show the welcome (the bundled example, and how to start one's own plan), after
        #: the first screen, unless dismissed before.
        self.welcome = welcome and not settings.welcomed

    def today(self) -> dt.date:
        """The day the app works with: fixed in tests, else the computer's date."""
        return self._fixed_today or dt.date.today()

    def on_ready(self) -> None:
        """The first screen is on the terminal: now the welcome and the name, if due."""
        self.call_after_refresh(self._greet)
        self.call_after_refresh(load_words, self._words_loaded)

    # after the first screen: the welcome, then the officer's name -----------------------

    def _greet(self) -> None:
        if not self.welcome:
            self._ask_name()
            return
        from ita_tui.tui.screens.welcome import WelcomeScreen

        self.push_screen(WelcomeScreen(), lambda _: self._welcomed())

    def _welcomed(self) -> None:
        """Dismissed: the welcome does not come back (remembered in the settings)."""
        self.welcome = False
        self.settings = self.settings.with_welcomed()
        self._remember(Settings.with_welcomed)
        self._ask_name()

    @property
    def needs_name(self) -> bool:
        """No name signs the changes yet (``ITA_TUI_USER`` names one, as in tests)."""
        return not (os.environ.get(USER_ENV, "").strip() or self.settings.user)

    def _ask_name(self) -> None:
        if not self.needs_name:
            return
        from ita_tui.tui.dialogs.name import NameDialog

        self.push_screen(NameDialog(), self._named)

    def _named(self, name: str | None) -> None:
        if name:
            self.sign_as(name)

    def sign_as(self, name: str) -> None:
        """Sign every change from now on with ``name``, and remember it for the next time."""
        for store in self.stores:
            store.user = name
        self.settings = self.settings.with_user(name)
        self._remember(lambda remembered: remembered.with_user(name), message="app.name.not_saved")

    def _words_loaded(self) -> None:
        """The word list has been read: lay out again what was broken at syllables."""
        if self.screen_stack and isinstance(self.screen_stack[0], MainScreen):
            self.main.relabel()  # tree, header, keys and details
        self.refresh(layout=True)

    def get_default_screen(self) -> Screen[None]:
        return MainScreen()

    @property
    def main(self) -> MainScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    # settings ------------------------------------------------------------------------

    def set_display(self, *, lang: str | None = None, digits: str | None = None) -> None:
        """Switch language or digits, redraw, and remember the choice in the config file."""
        settings = self.settings
        if lang is not None:
            settings = settings.with_lang(lang)
        if digits is not None:
            settings = settings.with_digits(digits)
        self.settings = settings
        self.lang = settings.lang  # the watchers draw every label again
        self.digits = settings.digits
        # only what the key changed is remembered: a --lang given for this run is not
        self._remember(
            lambda remembered: (
                remembered.with_lang(settings.lang) if lang is not None else remembered
            ),
            lambda remembered: (
                remembered.with_digits(settings.digits) if digits is not None else remembered
            ),
        )

    def watch_lang(self, lang: str) -> None:
        self.view.lang = lang
        self._relabel()

    def watch_digits(self, digits: str) -> None:
        self.view.digits = digits
        self._relabel()

    def watch_plan(self, plan: Plan) -> None:
        """The plan in use was replaced: the view follows it (with the same progress) and
        the screen shows it, the cursor on :attr:`plan_focus`; a plan that came with its own
        progress (and so its own view) gets a fresh main screen."""
        view = self.view
        if view.plan is not plan:
            view.plan = plan
            view.tallies = Tallies(plan, lambda: self.store.records)
            view.shown = visible(plan, view.plan_filter, self.store.records)
        self.title = f"ita-tui · {safe(plan.organisation)}"
        main = self.screen_stack[0] if self.screen_stack else None
        if isinstance(main, MainScreen) and main.view is view:
            main.show_plan(self.plan_focus)
        else:
            self.show_new_plan()

    def _relabel(self) -> None:
        """Language or digits changed: the main screen's labels are drawn again (dialogs
        read them when they open)."""
        if self.screen_stack and isinstance(self.screen_stack[0], MainScreen):
            self.main.relabel()

    def _remember(
        self, *changes: Callable[[Settings], Settings], message: str = "app.settings_not_saved"
    ) -> None:
        """Write ``changes`` into the settings remembered in the config file (nothing else of
        this run's, such as a ``--lang`` given for it); say so if it cannot be written."""
        remembered = load_settings(self.config_path)
        for change in changes:
            remembered = change(remembered)
        try:
            save_settings(remembered, self.config_path)
        except OSError as exc:
            from ita_tui.error_text import os_error

            lang = self.settings.lang
            self.notify(
                say(message, lang, error=safe(os_error(exc, lang))),
                severity="warning",
                markup=False,
            )

    # the user's plans ---------------------------------------------------------------

    def remember_plan(self, path: Path) -> None:
        """Put ``path`` at the top of the user's plans (opened next time)."""
        from ita_tui.tui.services.plan_switch import remember

        remember(self, path)

    @work(group="plans", exclusive=True)
    async def open_plans(self) -> None:
        """``ctrl+o``: the user's plans; the one chosen opens once the list has closed."""
        from ita_tui.known_plans import known_plans_path, load_known
        from ita_tui.tui.dialogs.plan_list import PlanList
        from ita_tui.tui.services.plan_switch import switch_plan

        known = load_known(known_plans_path(self.config_path))
        current = self.plan_path.expanduser().resolve()
        plans = PlanList(list(known.plans), bundled_plan_path(), current)
        path = await self.push_screen_wait(plans)  # the list is off the stack by now
        if path is not None and path.resolve() != current:
            switch_plan(self, path)

    def show_new_plan(self) -> None:
        """A fresh main screen for the plan now in use, in place of the old one."""
        self.call_later(self._new_main_screen)

    async def _new_main_screen(self) -> None:
        old = self.screen_stack[0]
        # The default screen was never pushed, so it has no result callback for
        # switch_screen to pop: give it an empty one.
        give_result_callback(old)
        await self.switch_screen(MainScreen(id=f"main-{id(self.session)}"))
        if old.is_attached and old not in self.screen_stack:
            await old.remove()

    # export --------------------------------------------------------------------------

    def open_export(self) -> None:
        from ita_tui.tui.dialogs.export import ExportDialog

        self.push_screen(ExportDialog())

    @property
    def memory_path(self) -> Path:
        """This plan's remembered export choices and tree (see :mod:`ita_tui.plan_memory`)."""
        from ita_tui.paths import config_dir
        from ita_tui.plan_memory import memory_path

        folder = self.config_path.parent if self.config_path is not None else config_dir()
        return memory_path(folder, self.plan.id)

    # quitting ------------------------------------------------------------------------

    async def action_quit(self) -> None:
        """Quit; if changes could not be saved yet, try once more and ask before losing them.

        An editor or form open with changed text first asks whether to keep, discard or save it.
        """
        from ita_tui.tui.dialogs.confirm_discard import KeepsTyping

        for screen in reversed(self.screen_stack):
            if isinstance(screen, KeepsTyping) and screen.edited:
                if not screen.asking:
                    screen.leave(quitting=True, then=lambda: self.call_later(self.action_quit))
                return
        error = self.session.retry() if self.session.unsaved else None
        if error is None:
            self.exit(0)
            return

        from ita_tui.tui.dialogs.confirm_quit import ConfirmQuit

        def answer(leave: bool | None) -> None:
            if leave:
                self.exit(1)

        from ita_tui.error_text import store_message

        self.push_screen(ConfirmQuit(safe(store_message(error, self.view.lang))), answer)

    def action_help_quit(self) -> None:
        """ctrl+c does not quit: say how to, in the interface's language (Textual's own
        toast is English)."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                lang = self.view.lang
                self.notify(
                    say("app.help_quit", lang, key=key),
                    title=say("app.help_quit.title", lang),
                    markup=False,
                )
                return

    def on_unmount(self) -> None:
        """However the app ends, a change whose save has not run yet is written first."""
        if self.session.pending:
            self.session.retry()

    # command palette -----------------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        from ita_tui.tui.dialogs.palette import system_commands

        return system_commands(self, screen)

    def action_command_palette(self) -> None:
        from ita_tui.tui.dialogs.palette import open_palette

        open_palette(self)

    def search_themes(self) -> None:
        from ita_tui.tui.dialogs.palette import open_themes

        open_themes(self)
