"""Small pieces of display text shared by the tree, the details pane and the header.

Everything from a plan or progress file goes through :func:`safe` (control characters made
visible) and into a ``rich.text.Text`` (never markup), so ``[bold]`` shows as typed.
"""

from __future__ import annotations

import re

from rich.text import Text

from ita_tui.model import Status
from ita_tui.progress_words import NO_PERCENT
from ita_tui.state import Tally
from ita_tui.textutil import printable
from ita_tui.thai.fit import fit as shorten
from ita_tui.tui.i18n import num

GLYPHS: dict[Status, str] = {
    Status.PENDING: "☐",
    Status.IN_PROGRESS: "◐",
    Status.DONE: "☑",
    Status.NOT_APPLICABLE: "⊘",
}


def safe(text: str, *, keep_newlines: bool = False) -> str:
    """Plan or progress text made harmless to display: ESC and friends become symbols, bidi
    overrides and zero-width characters show as ``\\u202e``."""
    return printable(text, keep_newlines=keep_newlines, reveal=True)


def plain(text: str, style: str = "", *, keep_newlines: bool = False) -> Text:
    """Untrusted text as a Text object: shown literally, never parsed as markup."""
    return Text(safe(text, keep_newlines=keep_newlines), style=style)


def cookie(tally: Tally, digits: str) -> str:
    """The Org-mode style count ``[3/5]`` (not-applicable outcomes left out); ``[–]`` when
    there is no outcome at all (never ``[0/0]``: its state names it "no outcomes yet")."""
    if tally.total == 0:
        return f"[{NO_PERCENT}]"
    return f"[{num(tally.done, digits)}/{num(tally.applicable, digits)}]"


def short_id(node_id: str) -> str:
    """The last part of an id: ``1.2.3`` -> ``3``."""
    return node_id.rsplit(".", 1)[-1]


def highlight(text: Text, pattern: re.Pattern[str] | None, style: str) -> bool:
    """Style every match of ``pattern`` in ``text``; True if there was one."""
    if pattern is None:
        return False
    found = False
    for match in pattern.finditer(text.plain):
        if match.end() > match.start():
            text.stylize(style, match.start(), match.end())
            found = True
    return found


def fit(head: Text, tail: Text, width: int) -> Text:
    """``head`` cut with an ellipsis so that ``head + tail`` fits in ``width`` cells."""
    room = width - tail.cell_len
    if room < 1:
        return shorten(head + tail, max(width, 0))
    if head.cell_len > room:
        head = shorten(head, room)  # between words
    return Text.assemble(head, tail, end="")
