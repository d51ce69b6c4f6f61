"""``ita-tui [PLAN]``: open the terminal app (textual is imported only here, lazily)."""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path

from ita_tui.commands import common
from ita_tui.commands.signer import checked, overriding
from ita_tui.commands.words import lang_of, say
from ita_tui.config import load_settings, save_settings
from ita_tui.known_plans import plan_in_use, remember
from ita_tui.paths import data_dir
from ita_tui.store import ProgressStore, StoreError


def run(args: argparse.Namespace) -> int:
    settings = load_settings()
    plan_path, welcome = _which_plan(args.plan, data_dir(args.data_dir))
    loaded = common.load(plan_path)
    if plan_path is not None:
        with contextlib.suppress(OSError):  # the list of plans is a convenience only
            remember(loaded.path)
    user = getattr(args, "user", None)
    if user is not None:
        user = checked(user, lang_of())
        with contextlib.suppress(OSError):  # remembered if it can be: the app opens anyway
            save_settings(settings.with_user(user))
        settings = settings.with_user(user)
    store = common.open_store(loaded, args.data_dir, user=overriding() or user)
    # --lang / --digits are for this run only: the app's t / 0 keys change what is remembered
    if args.lang:
        # a language chosen on the command line brings its usual digits, unless told otherwise
        settings = settings.with_lang(args.lang).with_digits(
            args.digits or ("arabic" if args.lang == "en" else "thai")
        )
    elif args.digits:
        settings = settings.with_digits(args.digits)
    from ita_tui.tui.app import ItaApp

    app = ItaApp(
        loaded.plan,
        store,
        settings=settings,
        data_dir=data_dir(args.data_dir),
        plan_path=loaded.path,
        welcome=welcome and not settings.welcomed,
    )
    app.run()
    # every plan opened (ctrl+o switches), not only the first: a tick is never lost
    left = [_save_what_is_left(opened, lang_of()) for opened in app.stores]
    return max(left, default=common.EXIT_OK) or int(app.return_code or 0)


def _which_plan(given: Path | str | None, folder: Path | None = None) -> tuple[Path | None, bool]:
    """The plan to open and whether to welcome: the one given, else the plan in use
    (:func:`ita_tui.known_plans.plan_in_use`)."""
    if given is not None:
        return Path(given), False
    return plan_in_use(folder)


def _save_what_is_left(store: ProgressStore, lang: str = "th") -> int:
    """The app saves every change; if the last save still failed, try once more, and if that
    fails too, put the changes where the user can find them: a tick is never lost."""
    if not store.unsaved:
        return common.EXIT_OK
    try:
        store.save()
        return common.EXIT_OK
    except StoreError as exc:
        from ita_tui.error_text import store_message

        print(say("cli.error", lang, what=store_message(exc, lang)), file=sys.stderr)
    for folder in (Path.cwd(), Path(tempfile.gettempdir())):
        try:
            rescued = store.rescue(folder)
        except OSError:
            continue
        print(say("cli.rescued", lang, path=rescued), file=sys.stderr)
        break
    return common.EXIT_FAILED
