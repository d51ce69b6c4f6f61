"""The ``ita-tui`` command line. Never imports textual: the app is imported only when opened."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from ita_tui import __version__
from ita_tui.commands import COMMAND_MODULES, common, load_commands
from ita_tui.commands.words import lang_of, say
from ita_tui.textutil import visible


def _base_parser() -> argparse.ArgumentParser:
    lang = lang_of()  # the help in the command line's language, as argparse's own words
    parser = argparse.ArgumentParser(
        prog="ita-tui",
        usage=say("cli.help.program.usage", lang),
        description=say("cli.help.program", lang),
        epilog=say("cli.help.program.epilog", lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"ita-tui {__version__}",
        help=say("cli.help.program.version", lang),
    )
    return parser


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of ``ita-tui COMMAND …``; with ``only``, of that command alone (the
    others' modules are not imported: ``export`` does not load the importer)."""
    parser = _base_parser()
    subparsers = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        title=say("cli.help.program.commands", lang_of()),
        prog="ita-tui",
    )
    for command in load_commands(None if only is None else (only,)):
        command.add_parser(subparsers)
    return parser


def build_open_parser() -> argparse.ArgumentParser:
    """The parser of ``ita-tui [PLAN]``, which opens the app."""
    parser = _base_parser()
    parser.add_argument(
        "plan", nargs="?", metavar="PLAN", help=say("cli.help.program.plan", lang_of())
    )
    common.add_data_dir(parser)
    from ita_tui.commands.signer import add_user

    add_user(parser)
    parser.add_argument(
        "--lang",
        choices=("th", "en"),
        help=say("cli.help.program.lang", lang_of()),
    )
    parser.add_argument(
        "--digits",
        choices=("thai", "arabic"),
        help=say("cli.help.program.digits", lang_of()),
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from ita_tui.catalog import gettext_settings_kept

    args_list = list(sys.argv[1:] if argv is None else argv)
    _utf8_stdio()
    with gettext_settings_kept():  # argparse as it was, for whoever calls it next
        _speak(args_list)
        try:
            return _run(args_list)
        finally:
            from ita_tui.commands import words

            words.CLI_LANG = None


#: Options every command takes, with their value: also accepted before the command.
_EVERY_COMMAND = ("--lang", "--data-dir")


def command_first(args_list: list[str]) -> list[str]:
    """``ita-tui --lang en status`` read as ``ita-tui status --lang en``: options every
    command takes may come before it (anything else there is left for the app's parser)."""
    index = 0
    while index < len(args_list):
        arg = args_list[index]
        if arg in _EVERY_COMMAND:
            index += 2
        elif arg.startswith(tuple(f"{option}=" for option in _EVERY_COMMAND)):
            index += 1
        else:
            break
    if 0 < index < len(args_list) and args_list[index] in COMMAND_MODULES:
        return [args_list[index], *args_list[:index], *args_list[index + 1 :]]
    return args_list


#: The commands that record who changed something (the user name must be readable).
RECORDING = frozenset({"mark", "edit"})


def _run(args_list: list[str]) -> int:
    args_list = command_first(args_list)
    if args_list[:1] == ["edit"]:
        from ita_tui.commands.edit import plan_slot

        args_list = plan_slot(args_list)
    try:
        if args_list and args_list[0] in COMMAND_MODULES:
            args = build_parser(only=args_list[0]).parse_args(args_list)
            common.check_text_args(args, args_list, records=args_list[0] in RECORDING)
            code = int(args.run(args))
            sys.stdout.flush()  # a full disk fails here, inside the try, not at exit
            return code
        if any(a in ("-h", "--help") for a in args_list[:1]):
            build_parser().print_help()
            return 0
        from ita_tui.commands import open_app

        args = build_open_parser().parse_args(args_list)
        common.check_text_args(args, args_list, records=True)
        return open_app.run(args)
    except common.Failure as exc:
        print(visible(exc.message), file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print(say("cli.interrupted", lang_of()), file=sys.stderr)
        return 130
    except BrokenPipeError:
        common.silence_stdout()
        return 0
    except OSError as exc:  # the output cannot be written: stdout on a full disk, a lost terminal
        common.silence_stdout()
        lang = lang_of()
        words = common.os_words(exc, lang)
        if exc.filename:
            what = say("cli.cannot_write_file", lang, path=exc.filename, **words)
        else:
            what = say("cli.cannot_write_output", lang, **words)
        print(say("cli.error", lang, what=what), file=sys.stderr)
        return common.EXIT_FAILED


def _speak(args_list: list[str]) -> None:
    """Messages, argparse's too, in the language asked (``--lang``) or remembered."""
    from ita_tui.catalog import speak_to_argparse
    from ita_tui.commands import words

    asked = None
    for index, arg in enumerate(args_list):
        if arg == "--lang" and index + 1 < len(args_list):
            asked = args_list[index + 1]
        elif arg.startswith("--lang="):
            asked = arg.split("=", 1)[1]
    words.CLI_LANG = None
    lang = asked if asked in ("th", "en") else words.lang_of()
    words.CLI_LANG = lang
    speak_to_argparse(lang)


def _utf8_stdio() -> None:
    """Thai text must reach a Windows console or a pipe intact."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


if __name__ == "__main__":
    raise SystemExit(main())


def run() -> NoReturn:
    """:func:`main` as a program: exits with its status (for ``python -m zipapp -m ita_tui.cli:run``)."""
    raise SystemExit(main())
