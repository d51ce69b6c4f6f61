"""The plan in use: remember it, replace it (an edit written, another plan opened), switch.

Switching (``ctrl+o``) loads the other plan and its progress; the app's ``plan`` watcher
puts a fresh main screen in place of the old one. It is refused while progress of the
current plan is still unsaved.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from ita_tui.catalog import say
from ita_tui.known_plans import known_plans_path
from ita_tui.known_plans import remember as remember_path
from ita_tui.plan import PlanError, bundled_plan_path, load_plan
from ita_tui.store import ProgressStore, StoreError
from ita_tui.tui.labels import safe
from ita_tui.tui.services.host import PlanApp
from ita_tui.tui.services.session import Session
from ita_tui.tui.services.view import View

if TYPE_CHECKING:
    from ita_tui.model import Plan


Signature = tuple[int, int, int] | None


def file_signature(path: Path) -> Signature:
    """What tells a changed plan file: modification time, size and inode (None: unreadable)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)


def remember(app: PlanApp, path: Path) -> None:
    with contextlib.suppress(OSError):  # only a convenience: never stops the work
        remember_path(path, known_plans_path(app.config_path))


def replace_plan(
    app: PlanApp, plan: Plan, store: ProgressStore | None = None, *, focus: str | None = None
) -> None:
    """The one place the plan in use is replaced: by an edit written to its file or another
    program's change (the same progress: ``store`` None) and by another plan opened
    (``ctrl+o``: its own progress). Setting the app's reactive ``plan`` has its watcher make
    the view follow and show the plan (the cursor on ``focus``, where given)."""
    if store is not None:
        app.store = store
        app.stores.append(store)
        app.session = Session(store, app.today)
        app.view = View(plan, store, lang=app.lang, digits=app.digits, today=app.today)
    app.plan_focus = focus
    app.plan = plan


def switch_plan(app: PlanApp, path: Path) -> bool:
    """Open ``path`` in place of the current plan; False (and a message) if it cannot be."""
    lang = app.view.lang
    session = app.session
    if (session.pending or session.unsaved) and session.retry() is not None:
        app.notify(say("app.plans.unsaved", lang), severity="error", markup=False)
        return False
    if not path.exists():
        app.notify(
            say("app.plans.is_missing", lang, path=safe(str(path))), severity="error", markup=False
        )
        return False
    try:
        loaded = load_plan(path)
        store = ProgressStore.of(loaded.plan, app.data_dir, user=app.store.user)
        store.load()
    except PlanError as exc:
        app.notify(
            say("app.plans.failed", lang, error=safe(exc.message_in(lang))),
            severity="error",
            markup=False,
        )
        return False
    except StoreError as exc:  # another plan's progress: the command line's refusal, worded
        from ita_tui.error_text import store_message

        error = safe(store_message(exc, lang))
        app.notify(say("app.plans.failed", lang, error=error), severity="error", markup=False)
        return False
    app.plan_path = path
    replace_plan(app, loaded.plan, store)  # a fresh main screen shows it
    if path.resolve() != bundled_plan_path().resolve():
        remember(app, path)
    app.notify(say("app.plans.opened", lang, path=safe(str(path))), markup=False)
    return True
