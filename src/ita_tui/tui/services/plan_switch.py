"""The user's plans in the app: remember the plan in use, list them (``ctrl+o``), switch.

Switching loads the other plan and its progress and puts a fresh main screen in place of
the old one; it is refused while progress of the current plan is still unsaved.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from ita_tui.known_plans import known_plans_path, load_known
from ita_tui.known_plans import remember as remember_path
from ita_tui.plan import PlanError, bundled_plan_path, load_plan
from ita_tui.store import ProgressStore, StoreError
from ita_tui.tui.i18n import tr
from ita_tui.tui.labels import safe
from ita_tui.tui.patches.screen_results import give_result_callback
from ita_tui.tui.services.session import Session
from ita_tui.tui.services.view import View

if TYPE_CHECKING:
    from ita_tui.tui.app import ItaApp


Signature = tuple[int, int, int] | None


def file_signature(path: Path) -> Signature:
    """What tells a changed plan file: modification time, size and inode (None: unreadable)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)


def remember(app: ItaApp, path: Path) -> None:
    with contextlib.suppress(OSError):  # only a convenience: never stops the work
        remember_path(path, known_plans_path(app.config_path))


def open_plan_list(app: ItaApp) -> None:
    from ita_tui.tui.dialogs.plan_list import PlanList

    known = load_known(known_plans_path(app.config_path))
    current = app.plan_path.expanduser().resolve()

    def chosen(path: Path | None) -> None:
        if path is not None and path.resolve() != current:
            switch_plan(app, path)

    app.push_screen(PlanList(list(known.plans), bundled_plan_path(), current), chosen)


def switch_plan(app: ItaApp, path: Path) -> bool:
    """Open ``path`` in place of the current plan; False (and a message) if it cannot be."""
    lang = app.view.lang
    session = app.session
    if (session.pending or session.unsaved) and session.retry() is not None:
        app.notify(tr("plans.unsaved", lang), severity="error", markup=False)
        return False
    if not path.exists():
        app.notify(
            tr("plans.is_missing", lang, path=safe(str(path))), severity="error", markup=False
        )
        return False
    try:
        loaded = load_plan(path)
        store = ProgressStore.of(loaded.plan, app.data_dir, user=app.store.user)
        store.load()
    except PlanError as exc:
        app.notify(
            tr("plans.failed", lang, error=safe(exc.message_in(lang))),
            severity="error",
            markup=False,
        )
        return False
    except StoreError as exc:  # another plan's progress: the command line's refusal, worded
        from ita_tui.error_text import store_message

        error = safe(store_message(str(exc), lang))
        app.notify(tr("plans.failed", lang, error=error), severity="error", markup=False)
        return False
    from ita_tui.tui.screens.main import MainScreen

    app.plan = loaded.plan
    app.store = store
    app.stores.append(store)
    app.plan_path = path
    app.view = View(
        loaded.plan, store, lang=app.settings.lang, digits=app.settings.digits, today=app.today
    )
    app.session = Session(store, app.today)
    app.title = f"ita-tui · {safe(loaded.plan.organisation)}"
    if path.resolve() != bundled_plan_path().resolve():
        remember(app, path)

    async def replace_main(tries: int = 50) -> None:
        if len(app.screen_stack) > 1 and tries:  # the plan list is still closing
            app.set_timer(0.02, lambda: replace_main(tries - 1))
            return
        old = app.screen_stack[0]
        # The default screen was never pushed, so it has no result callback for
        # switch_screen to pop: give it an empty one.
        give_result_callback(old)
        await app.switch_screen(MainScreen(id=f"main-{id(app.session)}"))
        if old.is_attached and old not in app.screen_stack:
            await old.remove()

    app.call_later(replace_main)
    app.notify(tr("plans.opened", lang, path=safe(str(path))), markup=False)
    return True
