"""Telling the officer in the app what the store noticed about the progress data.

A damaged or emptied progress file moved aside and rebuilt (from which backup, how many
logged changes), a backup that could not be read, a change-log line cut short, recorded
outcomes no longer in the plan. The command line prints these before the app opens, where
the full-screen app hides them; here each is told when it happens, at start-up too:

* a notification with the whole text, in the app's language;
* a line above the keys that stays until the help (``?``) has been opened;
* the help, which lists every notice of this plan's session in full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ita_tui.catalog import say
from ita_tui.tui.i18n import num
from ita_tui.tui.labels import safe

if TYPE_CHECKING:
    from ita_tui.store import ProgressStore
    from ita_tui.tui.services.session import Session
    from ita_tui.tui.services.view import View

#: Seconds a notification with the whole text stays (the line above the keys stays on).
NOTICE_SECONDS = 30.0
#: How many orphaned ids a message names before "…".
ORPHANS_SHOWN = 10


def notice_texts(store: ProgressStore, lang: str) -> list[str]:
    """Every notice of this plan's store so far, in the app's language, printable."""
    from ita_tui.error_text import store_message

    return [safe(store_message(notice, lang)) for notice in store.notices]


def orphans_text(view: View) -> str | None:
    """Recorded outcomes the plan does not have (kept, never dropped); None if there are none."""
    orphans = view.store.orphans(view.plan)
    if not orphans:
        return None
    ids = ", ".join(safe(i) for i in orphans[:ORPHANS_SHOWN])
    if len(orphans) > ORPHANS_SHOWN:
        ids += " …"
    return say("app.data.orphans", view.lang, n=num(len(orphans), view.digits), ids=ids)


def new_notices_text(session: Session, lang: str) -> str | None:
    """The notices not told yet, one a line (None: nothing new); told from now on."""
    notices = session.new_notices()
    if not notices:
        return None
    from ita_tui.error_text import store_message  # read when there is something to say

    return "\n".join(safe(store_message(notice, lang)) for notice in notices)


def line_text(store: ProgressStore, lang: str, digits: str) -> str:
    """The line above the keys: a recovered file, or how many notices the help lists."""
    if store.recovered:
        return say("app.data.recovered", lang)
    return say("app.data.other", lang, n=num(len(store.notices), digits))
