"""What every command shares: the plan and data-dir options, loading, and clean failures."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ita_tui.commands.words import lang_of, say
from ita_tui.paths import DATA_DIR_ENV, data_dir
from ita_tui.plan import LoadedPlan, PlanError, load_plan
from ita_tui.plan.problems import problem_text
from ita_tui.safe_files import FileRefused, kind_of_mode
from ita_tui.store import ProgressStore, StoreError, StoreRefused

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def silence_stdout() -> None:
    """After a failed write, what is left in stdout's buffer must not fail again (with a
    traceback) when Python flushes it at exit: point stdout at the null device."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


class Failure(Exception):
    """A command that must stop with a message and an exit status (never a traceback)."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def check_plan_output(path: Path, lang: str) -> None:
    """A plan file to write must be a new name or a regular file (or a link to one): a
    device, a named pipe or a folder is never replaced, ``--force`` or not (exit 2)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    reason = kind_of_mode(mode)
    if reason is not None:
        from ita_tui.error_text import refused_reason  # its wording loads only when needed

        why = refused_reason(FileRefused(path, reason), lang)
        raise Failure(
            say("cli.error", lang, what=say("cli.plan.not_a_file", lang, path=path, why=why))
        )


def os_words(exc: OSError, lang: str) -> dict[str, str]:
    """Why an OS call failed (``why``), as a message's value: the OS's own words in English,
    ours in Thai."""
    if lang == "en":
        return {"why": str(exc.strerror or exc)}
    from ita_tui.error_text import os_reason  # its wording loads only when needed

    return {"why": os_reason(exc, lang)}


def _not_utf8(text: str) -> bool:
    """Bytes the OS could not decode as UTF-8 reach Python as lone surrogates."""
    return any("\udc80" <= ch <= "\udcff" for ch in text)


#: Arguments that name files (any bytes the OS allows), kept as given.
_FILE_ARGS = frozenset({"file", "files", "plan", "report", "output", "data_dir"})


def check_text_args(args: argparse.Namespace, given: list[str], *, records: bool) -> None:
    """Every text argument (``--note``, ``--evidence``… not file names, which may be any
    bytes) must be UTF-8; so must the user name of a command that ``records`` (exit 2)."""
    lang = lang_of()
    for name, value in vars(args).items():
        if name in _FILE_ARGS:
            continue
        texts = value if isinstance(value, list | tuple) else [value]
        if any(isinstance(t, str) and _not_utf8(t) for t in texts):
            option = "--" + name.replace("_", "-")
            shown = option if any(a.split("=")[0] == option for a in given) else name.upper()
            raise Failure(say("cli.error", lang, what=say("cli.arg.not_utf8", lang, option=shown)))
    if records:
        from ita_tui.store.store import USER_ENV, current_user

        if _not_utf8(current_user()):
            raise Failure(say("cli.error", lang, what=say("cli.user.not_utf8", lang, env=USER_ENV)))


def add_data_dir(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """``--data-dir``; ``suppress`` on a sub-subcommand (``edit PLAN add-issue … --data-dir
    D``), so that its absence there does not undo the value given before it."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS if suppress else None,
        help=say("cli.data_dir_help", lang_of(), env=DATA_DIR_ENV),
    )


def add_plan(parser: argparse.ArgumentParser, *, option: bool = False) -> None:
    help_text = say("cli.plan.help", lang_of())
    if option:
        parser.add_argument("--plan", metavar="PLAN", type=Path, help=help_text)
    else:
        parser.add_argument("plan", nargs="?", metavar="PLAN", type=Path, help=help_text)


def load(plan: Path | str | None, lang: str | None = None) -> LoadedPlan:
    """Load a plan, printing its warnings; a bad plan becomes a :class:`Failure` (exit 2)."""
    lang = lang or lang_of()
    try:
        loaded = load_plan(plan)
    except PlanError as exc:
        raise Failure(say("cli.error", lang, what=exc.message_in(lang)), EXIT_BAD_INPUT) from None
    for warning in loaded.warnings:
        what = problem_text(warning, lang)
        print(say("cli.warning", lang, path=loaded.path, what=what), file=sys.stderr)
    return loaded


def load_in_use(
    plan: Path | str | None, folder: Path | None = None, lang: str | None = None
) -> LoadedPlan:
    """PLAN if given; else the plan the app opens without one (the last one used, see
    :func:`ita_tui.known_plans.plan_in_use`; ``folder`` is ``--data-dir``), named on stderr."""
    if plan is not None:
        return load(plan, lang)
    from ita_tui.known_plans import plan_in_use

    lang = lang or lang_of()
    path, _ = plan_in_use(data_dir(folder))
    loaded = load(path, lang)
    organisation = loaded.plan.organisation
    print(
        say("cli.plan.in_use", lang, path=loaded.path, organisation=organisation), file=sys.stderr
    )
    return loaded


def _store_message(message: object, lang: str) -> str:
    """The store's message in ``lang`` (its wording loads only when there is one to tell:
    opening the app does without it)."""
    from ita_tui.error_text import store_message

    return store_message(message, lang)


def tell_notices(store: ProgressStore, seen: int = 0, lang: str | None = None) -> int:
    """Print the store's notices from ``seen`` on (to stderr); how many there are now."""
    lang = lang or lang_of()
    for notice in store.notices[seen:]:  # names from the folder's files: shown, never obeyed
        what = _store_message(notice, lang)
        print(say("cli.notice", lang, what=what), file=sys.stderr)
    return len(store.notices)


def open_store(
    loaded: LoadedPlan, folder: Path | None, lang: str | None = None, *, user: str | None = None
) -> ProgressStore:
    """Open the plan's progress (changes signed by ``user``, by default the officer's name
    remembered); tell the user about recovered files and orphaned entries."""
    lang = lang or lang_of()
    store = ProgressStore.of(loaded.plan, data_dir(folder), user=user)
    try:
        store.load()
    except StoreRefused as exc:
        what = _store_message(exc, lang)
        raise Failure(say("cli.error", lang, what=what), EXIT_BAD_INPUT) from None
    except StoreError as exc:
        what = _store_message(exc, lang)
        raise Failure(say("cli.error", lang, what=what), EXIT_FAILED) from None
    tell_notices(store, lang=lang)
    orphans = store.orphans(loaded.plan)
    if orphans:
        ids = ", ".join(orphans[:10]) + (" …" if len(orphans) > 10 else "")
        what = say("cli.orphans", lang, n=len(orphans), ids=ids)
        print(say("cli.notice", lang, what=what), file=sys.stderr)
    return store
