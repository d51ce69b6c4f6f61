"""Thai vowel and tone marks stay with their consonant when a screen line is cut in pieces.

Textual sends a changed screen in pieces ("chops"): each line is cut where widgets begin
and end, and each piece is written after a cursor move. Rich cuts a line by cell count,
and a mark above or below a consonant (``ี``, ``่``, ``ุ`` …) takes no cell of its own,
so a cut just after ``ข`` of ``เขียน`` put the ``ี`` at the start of the next piece: the
terminal received ``เข``, a cursor move, then a lone ``ีย``, and drew "เขีียน" (each
repaint of that piece stacked one more ``ี``). A toast over the edge of the details pane
showed it every time.

:func:`install` makes both cuts keep zero-width characters with the character before
them: :meth:`rich.segment.Segment.split_cells` (a cut inside one run of text) and
:meth:`textual.strip.Strip.divide` (a cut that falls between two differently styled runs).
Widths are unchanged: only characters of no width move, to the piece they belong to.

Relies on: Rich's private classmethod ``Segment._split_cells(segment, cut)`` (what
``split_cells`` calls), Textual's ``Strip.divide(cuts)`` with its private cache
``Strip._divide_cache`` (keyed by the cuts within the strip) and ``Strip._segments``. Can go
when Rich cuts segments by grapheme cluster rather than by code point (a cut never splits a
base character from its marks) and Textual's ``Strip.divide`` inherits that.
``tests/tui/patches/test_whole_clusters.py`` fails if these names or their use change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from rich.cells import get_character_cell_size
from rich.segment import Segment
from textual.strip import Strip

_installed = False


def leading_marks(text: str) -> int:
    """How many characters of no width (combining marks) ``text`` starts with."""
    count = 0
    for char in text:
        if get_character_cell_size(char) != 0 or char in "\n\r\t":
            break
        count += 1
    return count


def _split_cells_whole(
    original: Callable[[Segment, int], tuple[Segment, Segment]],
) -> Callable[[type[Segment], Segment, int], tuple[Segment, Segment]]:
    def split(cls: type[Segment], segment: Segment, cut: int) -> tuple[Segment, Segment]:
        before, after = original(segment, cut)
        marks = leading_marks(after.text)
        if not marks or not before.text or segment.control:
            return before, after
        return (
            Segment(before.text + after.text[:marks], before.style, before.control),
            Segment(after.text[marks:], after.style, after.control),
        )

    return split


def rejoin(strips: Sequence[Strip]) -> list[Strip]:
    """Move marks that open a piece to the end of the piece before it."""
    fixed = list(strips)
    for index in range(1, len(fixed)):
        segments = list(fixed[index])
        if not segments:
            continue
        first = segments[0]
        marks = leading_marks(first.text)
        previous = list(fixed[index - 1])
        if not marks or not previous or first.control:
            continue
        last = previous[-1]
        previous[-1] = Segment(last.text + first.text[:marks], last.style, last.control)
        rest = first.text[marks:]
        segments = ([Segment(rest, first.style, first.control)] if rest else []) + segments[1:]
        fixed[index - 1] = Strip(previous, fixed[index - 1].cell_length)
        fixed[index] = Strip(segments, fixed[index].cell_length)
    return fixed


def _divide_whole(
    original: Callable[[Strip, Iterable[int]], Sequence[Strip]],
) -> Callable[[Strip, Iterable[int]], Sequence[Strip]]:
    def divide(self: Strip, cuts: Iterable[int]) -> Sequence[Strip]:
        cuts = list(cuts)
        strips = original(self, cuts)
        if len(strips) < 2 or not any(
            strip._segments and leading_marks(strip._segments[0].text) for strip in strips[1:]
        ):
            return strips
        fixed = rejoin(strips)
        key = tuple(cut for cut in cuts if cut <= self.cell_length)
        self._divide_cache[key] = fixed
        return fixed

    return divide


def install() -> None:
    """Patch the two cuts (once; the app calls it when imported)."""
    global _installed
    if _installed:
        return
    _installed = True
    split_original: Any = Segment._split_cells
    Segment._split_cells = classmethod(_split_cells_whole(split_original))  # type: ignore[method-assign,assignment]
    Strip.divide = _divide_whole(Strip.divide)  # type: ignore[method-assign,assignment]
