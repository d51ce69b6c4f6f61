"""``ita-tui [PLAN]``: open the terminal app (textual is imported only here, lazily)."""

from __future__ import annotations

import argparse
import contextlib

from ita_tui.commands import common
from ita_tui.config import load_settings, save_settings
from ita_tui.paths import data_dir


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
    return int(app.return_code or 0)
