"""How the command line says its words, Thai (the default) or English: the language it
speaks, and its messages from the word catalog (:mod:`ita_tui.catalog`, keys ``cli.*``)
with every value made visible.

Every command speaks the language the app does: ``--lang`` when given, else the choice
remembered in the config file (``t`` in the app, or ``ita-tui --lang``), else Thai.
Plan text and file paths are never translated.
"""

from __future__ import annotations

import argparse

from ita_tui import catalog
from ita_tui.config import LANGS, load_settings
from ita_tui.textutil import visible


def say(key: str, lang: str, /, **values: object) -> str:
    """The message ``key`` (a full key of the word catalog: ``cli.error``) in ``lang``. The
    values (plan text, paths, OS errors) come from files and folders: each is made visible,
    so nothing in one acts on the terminal."""
    return catalog.say(key, lang, **{name: visible(value) for name, value in values.items()})


def n(value: object, lang: str) -> str:
    """A number (or an id) in Thai digits for Thai messages, Arabic for English ones."""
    from ita_tui.thai.digits import to_thai_digits

    return to_thai_digits(str(value)) if lang == "th" else str(value)


def add_lang(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """``--lang``; ``suppress`` on a sub-subcommand, so that its absence does not undo the
    value given before it (the language is read from the whole command line anyway)."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--lang", choices=LANGS, default=default, help=say("cli.lang_help", "th"))


#: The command line's language once :func:`ita_tui.cli.main` has read ``--lang``.
CLI_LANG: str | None = None


def lang_of(args: argparse.Namespace | None = None) -> str:
    """``--lang`` if given, else the language remembered by the app, else Thai."""
    chosen = getattr(args, "lang", None) if args is not None else CLI_LANG
    if chosen in LANGS:
        return str(chosen)
    return load_settings().lang


def label(key: str, lang: str, width: int) -> str:
    """The field name ``key`` (a full key: ``cli.validate.plan_id``) padded to ``width`` cells (Thai marks take no cell)."""
    from rich.cells import cell_len

    text = say(key, lang)
    return text + " " * max(1, width - cell_len(text))
