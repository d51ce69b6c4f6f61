"""What every command shares: the plan and data-dir options, loading, and clean failures."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ita_tui.paths import DATA_DIR_ENV, data_dir
from ita_tui.plan import LoadedPlan, PlanError, load_plan
from ita_tui.store import ProgressStore, StoreError, StoreRefused
from ita_tui.textutil import visible

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


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help=f"folder of progress files (default: ${DATA_DIR_ENV}, else the user data folder)",
    )


def add_plan(parser: argparse.ArgumentParser, *, option: bool = False) -> None:
    help_text = "plan file (default: the bundled plan)"
    if option:
        parser.add_argument("--plan", metavar="PLAN", type=Path, help=help_text)
    else:
        parser.add_argument("plan", nargs="?", metavar="PLAN", type=Path, help=help_text)


def load(plan: Path | str | None) -> LoadedPlan:
    """Load a plan, printing its warnings; a bad plan becomes a :class:`Failure` (exit 2)."""
    try:
        loaded = load_plan(plan)
    except PlanError as exc:
        raise Failure(f"error: {exc.message}", EXIT_BAD_INPUT) from None
    for warning in loaded.warnings:
        print(visible(f"warning: {loaded.path}: {warning}"), file=sys.stderr)
    return loaded


def tell_notices(store: ProgressStore, seen: int = 0) -> int:
    """Print the store's notices from ``seen`` on (to stderr); how many there are now."""
    for notice in store.notices[seen:]:  # names from the folder's files: shown, never obeyed
        print(f"notice: {visible(notice, keep_newlines=False)}", file=sys.stderr)
    return len(store.notices)


def open_store(loaded: LoadedPlan, folder: Path | None) -> ProgressStore:
    """Open the plan's progress; tell the user about recovered files and orphaned entries."""
    store = ProgressStore(data_dir(folder), loaded.plan.id)
    try:
        store.load()
    except StoreRefused as exc:
        raise Failure(f"error: {exc}", EXIT_BAD_INPUT) from None
    except StoreError as exc:
        raise Failure(f"error: {exc}", EXIT_FAILED) from None
    tell_notices(store)
    orphans = store.orphans(loaded.plan)
    if orphans:
        print(
            visible(
                f"notice: {len(orphans)} recorded outcome(s) are not in this plan and are kept: "
                + ", ".join(orphans[:10])
                + (" …" if len(orphans) > 10 else "")
            ),
            file=sys.stderr,
        )
    return store
