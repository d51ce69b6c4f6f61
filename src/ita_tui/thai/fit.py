"""Shortening a line of text to a width with ``…``, cut between words (Thai too).

Used wherever a line must stay on one line: the command line's status table, the app's key
bar and tree labels. Thai has no spaces between words, so the cut is found with
:mod:`ita_tui.thai.wrap`'s word breaks, never inside a word (or a letter and its marks).
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

from ita_tui.thai import wrap as thai_wrap

__all__ = ["fit"]


def fit(line: Text, width: int, *, between: str = "") -> Text:
    """``line`` shortened to ``width`` cells with ``…``, at a break between words.

    With ``between`` (the key bar's ``"  "`` between two keys), the cut is at the last one
    that fits, if any. If the last word that fits would leave the line less than
    :data:`thai_wrap.FILL` full, the cut is at a syllable boundary instead (never inside a
    letter and its marks).
    """
    if line.cell_len <= width:
        return line
    if width <= 1:
        return Text("…"[:width], end=line.end)
    plain = line.plain
    room = width - 1
    kept = 0
    if between:
        found = plain.find(between)
        while found > 0 and cell_len(plain[:found]) <= room:
            kept = found
            found = plain.find(between, found + len(between))
    if not kept:
        kept = thai_wrap.fitting_prefix(plain, room)
    if cell_len(plain[:kept]) < room * thai_wrap.FILL:
        kept = len(plain[: _syllable_cut(plain, room)].rstrip())
    # One more character, then written over: "…" takes the style of the text it stands for.
    short = line.copy()
    short.right_crop(len(plain) - kept - 1)
    short.plain = plain[:kept] + "…"
    short.end = line.end
    return short


def _syllable_cut(plain: str, room: int) -> int:
    """The longest prefix of whole syllables within ``room`` cells (of clusters if none fits)."""
    cut = 0
    for piece in thai_wrap.syllables(plain):
        if cell_len(plain[: cut + len(piece)].rstrip()) > room:
            break
        cut += len(piece)
    if cut == 0:
        for cluster in thai_wrap.clusters(plain):
            if cell_len(plain[: cut + len(cluster)]) > room:
                break
            cut += len(cluster)
    return cut
