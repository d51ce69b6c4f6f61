"""Thai marks stay with their consonant when a screen line is cut: fails if Rich's
``Segment._split_cells`` or Textual's ``Strip.divide`` (and its cache) change."""

from __future__ import annotations

import inspect

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from ita_tui.tui.patches.whole_clusters import install, leading_marks


def test_what_the_patch_relies_on_is_still_there() -> None:
    install()
    # split_cells calls the private classmethod, which takes (segment, cut)
    assert "_split_cells" in inspect.getsource(Segment.split_cells)
    assert isinstance(inspect.getattr_static(Segment, "_split_cells"), classmethod)
    # divide caches its result by the cuts that fall within the strip
    strip = Strip([Segment("abcd")])
    pieces = strip.divide([2, 4])
    assert strip._divide_cache[(2, 4)] is pieces
    assert [piece._segments for piece in pieces] == [[Segment("ab")], [Segment("cd")]]


def test_a_cut_inside_a_run_keeps_the_mark_with_its_consonant() -> None:
    before, after = Segment("เขียน").split_cells(2)
    assert (before.text, after.text) == ("เขี", "ยน")


def test_a_cut_between_runs_moves_the_mark_back() -> None:
    bold = Style(bold=True)
    strip = Strip([Segment("เข", bold), Segment("ียน")])
    pieces = strip.divide([2, 4])
    assert ["".join(s.text for s in piece) for piece in pieces] == ["เขี", "ยน"]
    assert [piece.cell_length for piece in pieces] == [2, 2]
    assert not any(leading_marks(seg.text) for piece in pieces[1:] for seg in list(piece)[:1])
