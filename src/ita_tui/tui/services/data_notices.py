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

from textual.content import Content
from textual.widgets import Static

from ita_tui.tui.i18n import num, tr
from ita_tui.tui.labels import safe

if TYPE_CHECKING:
    from ita_tui.tui.screens.main import MainScreen

#: Seconds a notification with the whole text stays (the line above the keys stays on).
NOTICE_SECONDS = 30.0
#: How many orphaned ids a message names before "…".
ORPHANS_SHOWN = 10
LINE_ID = "data-notice"


def notice_texts(screen: MainScreen) -> list[str]:
    """Every notice of this plan's store so far, in the app's language, printable."""
    from ita_tui.error_text import store_message

    lang = screen.view.lang
    return [safe(store_message(notice, lang)) for notice in screen.ita.session.store.notices]


def orphans_text(screen: MainScreen) -> str | None:
    """Recorded outcomes the plan does not have (kept, never dropped); None if there are none."""
    view = screen.view
    orphans = view.store.orphans(view.plan)
    if not orphans:
        return None
    ids = ", ".join(safe(i) for i in orphans[:ORPHANS_SHOWN])
    if len(orphans) > ORPHANS_SHOWN:
        ids += " …"
    return tr("data.orphans", view.lang, n=num(len(orphans), view.digits), ids=ids)


def tell(screen: MainScreen, *, starting: bool = False) -> None:
    """Tell the notices not told yet; at start-up also the outcomes not in the plan."""
    session = screen.ita.session
    lang = screen.view.lang
    notices = session.new_notices()
    if notices:  # the messages' module is read when there is something to say
        from ita_tui.error_text import store_message

        fresh = [safe(store_message(notice, lang)) for notice in notices]
        screen.notify(
            "\n".join(fresh),
            title=tr("data.title", lang),
            severity="warning",
            timeout=NOTICE_SECONDS,
            markup=False,
        )
        _show_line(screen)
    if starting:
        orphans = orphans_text(screen)
        if orphans is not None:
            screen.notify(orphans, title=tr("data.title", lang), markup=False)


def _line_text(screen: MainScreen) -> str:
    session = screen.ita.session
    if session.store.recovered:
        return tr("data.recovered", screen.view.lang)
    n = num(len(session.store.notices), screen.view.digits)
    return tr("data.other", screen.view.lang, n=n)


def _show_line(screen: MainScreen) -> None:
    found = screen.query(f"#{LINE_ID}")
    line = found.first(Static) if found else Static("", id=LINE_ID)
    line.update(Content(_line_text(screen)))
    line.display = True
    if line.parent is None:
        screen.mount(line, before=screen.key_bar)


def relabel(screen: MainScreen) -> None:
    """The language or digits changed: the line above the keys in them."""
    for line in screen.query(f"#{LINE_ID}").results(Static):
        line.update(Content(_line_text(screen)))


def read(screen: MainScreen) -> None:
    """The help has shown the notices in full: the line above the keys goes."""
    for line in screen.query(f"#{LINE_ID}"):
        line.display = False
