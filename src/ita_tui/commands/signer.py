"""Who signs the changes a command makes (the change log, the reports' "by").

``--user NAME`` names the officer and is remembered in the settings; without it, the name
remembered (given once to the app or a command); with none remembered, a command run at a
terminal asks once, and one run without a terminal (a script, a scheduled job) signs with
the login name and says so, once. ``ITA_TUI_USER`` still overrides them all.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys

from ita_tui.commands import common
from ita_tui.commands.words import lang_of, say
from ita_tui.config import Settings, load_settings, name_problem, save_settings
from ita_tui.store.store import USER_ENV, login_name


def add_user(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """``--user NAME``; ``suppress`` on a sub-subcommand (see :func:`common.add_data_dir`)."""
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=argparse.SUPPRESS if suppress else None,
        help=say("cli.user_help", lang_of(), env=USER_ENV),
    )


def checked(name: str, lang: str) -> str:
    """``name`` trimmed, or a :class:`common.Failure` (exit 2) saying what is wrong with it."""
    problem = name_problem(name)
    if problem is not None:
        raise common.Failure(say("cli.error", lang, what=say(f"cli.{problem}", lang)))
    return name.strip()


def overriding() -> str:
    """``$ITA_TUI_USER``, which signs instead of any name given or remembered ("" if unset)."""
    return os.environ.get(USER_ENV, "").strip()


def _remember(settings: Settings) -> None:
    with contextlib.suppress(OSError):  # the name still signs this run's changes
        save_settings(settings)


def signer(given: str | None, lang: str | None = None) -> str:
    """The name that signs this command's changes (asking for it once at a terminal)."""
    lang = lang or lang_of()
    settings = load_settings()
    if given is not None:
        name = checked(given, lang)
        if name != settings.user:
            _remember(settings.with_user(name))
        return overriding() or name
    if overriding():
        return overriding()
    if settings.user:
        return settings.user
    if _at_terminal():
        asked = _ask(lang)
        if asked is not None:
            _remember(settings.with_user(asked))
            return asked
    login = login_name()
    if not settings.login_told:
        print(
            say("cli.notice", lang, what=say("cli.user.login", lang, name=login)), file=sys.stderr
        )
        _remember(settings.with_login_told())
    return login


def _at_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def _ask(lang: str) -> str | None:
    """The officer's name typed at the terminal; None at the end of input (ctrl+d)."""
    while True:
        print(say("cli.user.ask", lang), end="", file=sys.stderr, flush=True)
        try:
            line = sys.stdin.buffer.readline()
        except (OSError, ValueError):
            return None
        if not line:
            print(file=sys.stderr)
            return None
        try:
            typed = line.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            print(say("cli.name.not_utf8", lang), file=sys.stderr)
            continue
        problem = name_problem(typed)
        if problem is None:
            return typed.strip()
        print(say(f"cli.{problem}", lang), file=sys.stderr)
