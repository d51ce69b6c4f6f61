"""Styled text that wraps Thai between words (see :mod:`ita_tui.thai.wrap`), never mid-word.

Rich breaks lines only at spaces, and Thai is written without spaces between words, so a
long Thai title is cut anywhere (``ประสิท|ธิภาพ``). The report's line breaker knows the
safe places; this renderable asks it where to break, for the width it is given, and
keeps the text's styles (and links) on every piece.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from ita_tui.thai.wrap import min_width, wrap

#: Below this many columns for the text, a hanging indent costs more than it helps.
MIN_HANG_ROOM = 8


class ThaiText:
    """``body`` wrapped to the width given, after ``prefix`` (a hanging indent, e.g. ``๑. ``)."""

    def __init__(self, body: Text, prefix: Text | None = None) -> None:
        self.body = body
        self.prefix = prefix if prefix is not None else Text()

    def lines(self, width: int) -> list[Text]:
        prefix, body = self.prefix, self.body
        hang = prefix.cell_len
        if width - hang < MIN_HANG_ROOM:
            prefix, body, hang = Text(), Text.assemble(prefix, body), 0
        plain = body.plain
        # Where each line starts and ends in ``plain`` (the spaces and newlines at the
        # breaks fall between them), then one pass to cut the styled text at all of them.
        offsets: list[int] = []
        position = 0
        for line in wrap(plain, max(1, width - hang)):
            start = plain.find(line, position) if line else position
            if start < 0:  # cannot happen with a breaker that only cuts: keep Rich's wrap
                return list(Text.assemble(self.prefix, self.body).wrap(Console(), width))
            position = start + len(line)
            offsets += (start, position)
        pieces = body.divide(offsets)[1::2]  # the even pieces are the gaps between lines
        indent = Text(" " * hang)
        return [
            Text.assemble(prefix if index == 0 else indent, piece)
            for index, piece in enumerate(pieces)
        ] or [prefix.copy()]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.lines(options.max_width):
            line.end = "\n"
            yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        hang = self.prefix.cell_len
        widest = hang + max(Text(p).cell_len for p in self.body.plain.split("\n"))
        narrowest = hang + min_width(self.body.plain)
        limit = options.max_width
        return Measurement(min(narrowest, widest, limit), min(widest, limit))
