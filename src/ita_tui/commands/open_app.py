"""``ita-tui [PLAN]``: open the terminal app (textual is imported only here, lazily)."""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path

from ita_tui.commands import common
from ita_tui.config import load_settings, save_settings
from ita_tui.paths import data_dir
from ita_tui.store import ProgressStore, StoreError
from ita_tui.textutil import visible


def run(args: argparse.Namespace) -> int:
    loaded = common.load(args.plan)
    store = common.open_store(loaded, args.data_dir)
    settings = load_settings()
    changed = settings
    if args.lang:
        # a language chosen on the command line brings its usual digits, unless told otherwise
        changed = changed.with_lang(args.lang).with_digits(
            args.digits or ("arabic" if args.lang == "en" else "thai")
        )
    elif args.digits:
        changed = changed.with_digits(args.digits)
    if changed != settings:
        with contextlib.suppress(OSError):  # preferences only: the app still opens without them
            save_settings(changed)
    from ita_tui.tui.app import ItaApp

    app = ItaApp(loaded.plan, store, settings=changed, data_dir=data_dir(args.data_dir))
    app.run()
    return _save_what_is_left(store) or int(app.return_code or 0)


def _save_what_is_left(store: ProgressStore) -> int:
    """The app saves every change; if the last save still failed, try once more, and if that
    fails too, put the changes where the user can find them: a tick is never lost."""
    if not store.unsaved:
        return common.EXIT_OK
    try:
        store.save()
        return common.EXIT_OK
    except StoreError as exc:
        print(visible(f"error: {exc}"), file=sys.stderr)
    for folder in (Path.cwd(), Path(tempfile.gettempdir())):
        try:
            rescued = store.rescue(folder)
        except OSError:
            continue
        print(
            f"Your unsaved changes were written to {visible(rescued)}; run ita-tui again when the "
            "data folder is writable and record them again (or send the file to IT).",
            file=sys.stderr,
        )
        break
    return common.EXIT_FAILED
