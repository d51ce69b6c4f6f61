"""The command palette (``ctrl+p``) in the interface's language.

Textual's palette speaks English: "Search for commands…", "No matches found", and its
own commands "Theme", "Quit the application as soon as possible", "Keys", "Screenshot".
Here the placeholder and the empty-result line come from :mod:`ita_tui.tui.i18n`, and
the system commands are the app's keys (from :data:`ita_tui.tui.services.keys.MAIN_KEYS`) plus
theme, screenshot and quit, all labelled in Thai or English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.command import CommandList, CommandPalette
from textual.screen import Screen
from textual.widgets.option_list import Option

from ita_tui.catalog import say
from ita_tui.error_text import os_error
from ita_tui.tui.labels import safe
from ita_tui.tui.services.keys import MAIN_KEYS

if TYPE_CHECKING:
    from ita_tui.tui.app import ItaApp


class Palette(CommandPalette):
    """Textual's palette, with its one fixed English line ("No matches found") localized."""

    def __init__(self, *, lang: str, placeholder: str, **kwargs: object) -> None:
        super().__init__(placeholder=placeholder, **kwargs)  # type: ignore[arg-type]
        self.lang = lang

    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(
                            Text(say("app.palette.no_matches", self.lang), style="not bold")
                        ),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


def open_palette(app: ItaApp) -> None:
    if app.use_command_palette and not CommandPalette.is_open(app):  # type: ignore[arg-type]
        lang = app.view.lang
        app.push_screen(
            Palette(
                lang=lang, placeholder=say("app.palette.placeholder", lang), id="--command-palette"
            )
        )


def open_themes(app: ItaApp) -> None:
    from textual.theme import ThemeProvider

    lang = app.view.lang
    app.push_screen(
        Palette(lang=lang, placeholder=say("app.palette.themes", lang), providers=[ThemeProvider])
    )


def save_screenshot(app: ItaApp, folder: Path | None = None) -> None:
    """An SVG of the screen in the current folder; says where, or why not, in the app's words."""
    lang = app.view.lang
    try:
        path = app.save_screenshot(path=str(folder or Path.cwd()))
    except OSError as exc:
        app.notify(
            say("app.palette.screenshot_failed", lang, error=safe(os_error(exc, lang))),
            severity="error",
            markup=False,
        )
        return
    app.notify(say("app.palette.screenshot_saved", lang, path=safe(path)), markup=False)


def system_commands(app: ItaApp, screen: Screen[object]) -> Iterable[SystemCommand]:
    """Every command the palette lists, labelled in the interface's language."""
    from ita_tui.tui.screens.main import MainScreen

    lang = app.view.lang
    main = app.screen_stack[0] if app.screen_stack else None
    on_main = isinstance(main, MainScreen) and screen is main
    if isinstance(main, MainScreen) and on_main:
        for key in MAIN_KEYS:
            if not key.palette or main.check_action(key.action, ()) is False:
                continue
            yield SystemCommand(
                say(key.label, lang) + f"  ({key.names})",
                say(key.help, lang),
                partial(main.run_action, key.action),
            )
    extra: tuple[tuple[str, Callable[[], object]], ...] = (
        ("theme", partial(open_themes, app)),
        ("screenshot", lambda: app.set_timer(0.1, partial(save_screenshot, app))),
        ("quit", app.action_quit),
    )
    for name, callback in extra:
        if name == "quit" and on_main:
            continue  # the main screen's keys list it already
        yield SystemCommand(
            say(f"app.palette.{name}", lang), say(f"app.palette.{name}_help", lang), callback
        )
