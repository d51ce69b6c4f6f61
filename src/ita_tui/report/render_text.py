"""The report as plain UTF-8 text of a fixed width, laid out by Rich.

A recording Console with no colour system and no terminal renders the document and
``export_text(styles=False)`` returns it: no escape sequences, box-drawing tables whose
columns line up by display width (Thai marks take no cell). Cells are :class:`Wrapped`
renderables that break Thai between words (see :mod:`ita_tui.thai.wrap`)
instead of cutting words anywhere. Bars are drawn by hand with █ and ░.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from rich.cells import get_character_cell_size, set_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Table as RichTable
from rich.text import Text

from ita_tui.progress_words import bar as progress_bar
from ita_tui.report.document import (
    Badge,
    Bar,
    Block,
    Chart,
    Column,
    Document,
    Facts,
    Inline,
    Lines,
    Paragraph,
    RepeatedRows,
    Section,
    Subheading,
    Table,
    chart_table,
    sign_lines,
)
from ita_tui.thai import wrap as thai_wrap

BAR_IN_TABLE = 10
BAR_IN_FACTS = 20
#: No column needs more than this to show its longest word; longer ones are cut in two.
_MIN_CAP = 12
#: The share of a table's width kept for its growing columns before the others widen.
FLEX_SHARE = 0.33


def _zero_width_class() -> str:
    """The characters below U+1100 that Rich counts as taking no cell (none there is wide)."""
    zero = [c for c in range(0x1100) if get_character_cell_size(chr(c)) == 0]
    return "".join(f"\\u{c:04x}" for c in zero)


_NARROW = re.compile(r"[\u0000-\u10ff]*")
_ZERO = re.compile(f"[{_zero_width_class()}]")


def width_of(text: str) -> int:
    """``cell_len`` computed in C for text without wide characters (Thai, Latin…)."""
    if _NARROW.fullmatch(text):
        return len(text) - len(_ZERO.findall(text))
    return thai_wrap.cell_len(text)


#: Texts this short (ids, dates, states) repeat down a column: their measure is remembered.
_SHORT = 40


@lru_cache(maxsize=2048)
def _short_min_width(text: str) -> int:
    return min(_MIN_CAP, max(thai_wrap.min_width(line) for line in text.split("\n")))


class Wrapped:
    """Plain text that wraps like Thai is written; never markup, never styled."""

    __slots__ = ("_lines", "_max", "_min", "nowrap", "right", "text")

    def __init__(self, text: str, *, nowrap: bool = False, right: bool = False) -> None:
        self.text = text
        self.nowrap = nowrap
        self.right = right
        self._min = -1
        self._max = -1
        #: the last wrap of a long text: (width, its lines and their widths), for a cell
        #: shown again (an open outcome is listed under each job title that must act)
        self._lines: tuple[int, list[tuple[str, int]]] | None = None

    def measure(self) -> tuple[int, int]:
        """(the longest piece that cannot be broken, capped; the width without wrapping)."""
        return self.min_width(), self.max_width()

    def max_width(self) -> int:
        """The width without wrapping."""
        if self._max < 0:
            text = self.text
            if "\n" in text:
                self._max = max(width_of(line) for line in text.split("\n"))
            else:
                self._max = width_of(text)
        return self._max

    def min_width(self) -> int:
        """The longest piece that cannot be broken, capped at :data:`_MIN_CAP`."""
        if self._min < 0:
            text = self.text
            if len(text) <= _SHORT:
                self._min = _short_min_width(text)
            else:
                lines = text.split("\n")
                self._min = min(_MIN_CAP, max(thai_wrap.min_width(line) for line in lines))
        return self._min

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        low, high = self.measure()
        if self.nowrap:
            low = high
        return Measurement(min(low, options.max_width), min(high, options.max_width))

    def lines(self, width: int) -> list[str]:
        """The text wrapped to ``width`` (right-aligned lines padded on the left)."""
        return [line.rstrip() for line in self.padded(width)]

    def padded(self, width: int) -> list[str]:
        """The lines, each exactly ``width`` cells (cropped if a piece cannot fit)."""
        text = self.text
        if len(text) > _SHORT:  # laid out once for each width (the layout measures it)
            if self._lines is None or self._lines[0] != width:
                self._lines = (width, thai_wrap.wrap_sized(text, width))
            return self._pad(self._lines[1], width)
        if "\n" not in text and self.max_width() <= width:
            # one line that fits (what thai_wrap.wrap gives it): most short cells
            line = text.rstrip()
            gap = " " * (width - self._max + len(text) - len(line))
            return [gap + line] if self.right else [line + gap]
        return self._pad(thai_wrap.wrap_sized(text, width), width)

    def _pad(self, lines: list[tuple[str, int]], width: int) -> list[str]:
        out = []
        for line, size in lines:
            if size > width:
                out.append(set_cell_size(line, width))
            elif self.right:
                out.append(" " * (width - size) + line)
            else:
                out.append(line + " " * (width - size))
        return out

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        newline = Segment.line()
        for line in self.lines(options.max_width):
            yield Segment(line)
            yield newline


class BarCell:
    """A bar and its label that shortens to fit its cell (the label never wraps into it)."""

    __slots__ = ("bar",)

    def __init__(self, bar: Bar) -> None:
        self.bar = bar

    def measure(self) -> tuple[int, int]:
        label = thai_wrap.cell_len(self.bar.label)
        return label + 4, label + 1 + BAR_IN_TABLE

    def max_width(self) -> int:
        return self.measure()[1]

    def min_width(self) -> int:
        return self.measure()[0]

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        low, high = self.measure()
        return Measurement(min(low, options.max_width), min(high, options.max_width))

    def padded(self, width: int) -> list[str]:
        room = min(BAR_IN_TABLE, width - thai_wrap.cell_len(self.bar.label) - 1)
        text = bar_text(self.bar, room) if room >= 3 else self.bar.label
        return [set_cell_size(line, width) for line in thai_wrap.wrap(text, width)]


def bar_text(bar: Bar, width: int) -> str:
    """``██████░░░░ ๖๐%``: filled cells rounded down, so only a finished bar is full."""
    return progress_bar(bar.done, bar.total, width) + " " + bar.label


def inline_text(part: Inline, bar_width: int) -> str:
    if isinstance(part, str):
        return part
    if isinstance(part, Bar):
        return bar_text(part, bar_width)
    if isinstance(part, Badge):
        return part.text
    return "\n".join(part.items)


Cell = Wrapped | BarCell


def _cell(part: Inline, *, nowrap: bool, right: bool) -> Cell:
    if isinstance(part, Bar):
        return BarCell(part)
    text = inline_text(part, BAR_IN_TABLE)
    if isinstance(part, Lines) and part.links:
        nowrap = False
    return Wrapped(text, nowrap=nowrap, right=right)


def _merged(table: Table) -> tuple[list[Column], Sequence[Sequence[Inline]]]:
    """The table with each detail column shown inside the column before it."""
    if not any(column.detail for column in table.columns[1:]):
        return list(table.columns), table.rows
    columns: list[Column] = []
    rows: list[list[Inline]] = [[] for _ in table.rows]
    for index, column in enumerate(table.columns):
        if column.detail and columns:
            for row, out in zip(table.rows, rows, strict=True):
                part = row[index]
                items = part.items if isinstance(part, Lines) else (inline_text(part, 0),)
                if items:
                    head = inline_text(out[-1], BAR_IN_TABLE)
                    out[-1] = f"{head}\n{column.header}: {', '.join(items)}"
            continue
        columns.append(column)
        for row, out in zip(table.rows, rows, strict=True):
            out.append(row[index])
    return columns, rows


def fit_widths(mins: list[int], maxs: list[int], grows: list[int], room: int) -> list[int]:
    """Content widths of a table's columns that add up to ``room``.

    Columns that do not grow get their natural width; growing columns are first promised
    :data:`FLEX_SHARE` of the room. When that is too much, the widest fixed columns give way
    first (down to their longest word), then the growing ones; spare room goes to the
    growing columns. Whatever the squeeze, no column is ever left with nothing.
    """
    count = len(mins)
    total_grow = sum(grows)
    widths = list(maxs)
    for i in range(count):
        if grows[i]:
            share = int(room * FLEX_SHARE * grows[i] / total_grow)
            widths[i] = max(mins[i], min(maxs[i], share))

    def shrink(candidates: list[int], floor: list[int]) -> None:
        excess = sum(widths) - room
        while excess > 0:
            able = [i for i in candidates if widths[i] > floor[i]]
            if not able:
                return
            widest = max(able, key=lambda i: widths[i])
            widths[widest] -= 1
            excess -= 1

    fixed = [i for i in range(count) if not grows[i]]
    growing = [i for i in range(count) if grows[i]]
    shrink(fixed, mins)
    shrink(growing, mins)
    shrink(list(range(count)), [1] * count)
    spare = room - sum(widths)
    if spare > 0:
        takers = growing or [count - 1]
        weights = [grows[i] or 1 for i in takers]
        for n, i in enumerate(takers):
            share = spare * weights[n] // sum(weights)
            if n == len(takers) - 1:
                share = room - sum(widths)
            widths[i] += share
    return widths


def _table(
    table: Table, width: int, shared: RepeatedRows[list[Cell]] | None = None
) -> Iterator[str]:
    """The table's lines, laid out by hand a row at a time (no Rich table in memory).

    The look is Rich's: a boxed grid (``box.SQUARE``, lines between rows) or, for a compact
    list, Rich's ``SIMPLE_HEAD`` without edges (a rule under the header, no lines between
    rows). Column widths come from :func:`fit_widths` and add up to ``width``.
    """
    compact = table.compact
    columns, rows = _merged(table)
    count = len(columns)
    headers = [Wrapped(c.header) for c in columns]
    flags = [(c.nowrap, c.align == "right") for c in columns]
    # a border between columns (and at each edge of a boxed table), one space of padding
    # each side of a cell except at the edges of a compact list
    borders = count - 1 if compact else count + 1
    padding = 2 * count - (2 if compact else 0)
    room = max(count, width - borders - padding)
    # No column is ever wider than the room, and no longest word counts beyond _MIN_CAP:
    # once a column reaches both, its other cells need no measuring (the widths come out
    # the same), which keeps a table of 100,000 rows cheap.
    mins = [header.measure()[0] for header in headers]
    maxs = [min(room, header.measure()[1]) for header in headers]

    def make(row: Sequence[Inline]) -> list[Cell]:
        return [
            _cell(part, nowrap=nowrap, right=right)
            for part, (nowrap, right) in zip(row, flags, strict=True)
        ]

    cells: list[list[Cell]] = []
    for row in rows:
        # a row shown in an earlier table of the section: its cells, measured and wrapped
        row_cells = make(row) if shared is None else shared.get(row, make)
        cells.append(row_cells)
        for i, cell in enumerate(row_cells):
            if maxs[i] >= room and mins[i] >= _MIN_CAP:
                continue
            high = cell.max_width()
            if high > maxs[i]:
                maxs[i] = min(room, high)
            # the longest word is never longer than the whole text
            if high > mins[i] < _MIN_CAP:
                low = cell.min_width()
                if low > mins[i]:
                    mins[i] = low
    widths = fit_widths(mins, maxs, [c.grow for c in columns], room)
    if not _words_fit(widths, mins, headers, cells, rows):
        # a column too narrow for its longest word: each row as a block of its own
        yield from _blocks(table, width)
        return
    header = _row_lines(headers, widths)
    laid = (_row_lines(row_cells, widths) for row_cells in cells)
    if compact:
        yield from _compact_lines(header, laid, widths)
    else:
        yield from _grid_lines(header, laid, widths)


#: No Thai word is wider than this (the word list's longest is 25 letters).
LONGEST_WORD = 25
_THAI_LETTER = re.compile("[\u0e01-\u0e2e]")


@lru_cache(maxsize=4096)
def thai_word_width(text: str) -> int:
    """The width of the widest Thai word in ``text`` (0 for text without Thai)."""
    if _THAI_LETTER.search(text) is None:
        return 0
    return max(
        (
            thai_wrap.cell_len(piece.rstrip())
            for line in text.split("\n")
            for piece in thai_wrap.atoms(line)
            if _THAI_LETTER.search(piece)
        ),
        default=0,
    )


def _words_fit(
    widths: list[int],
    mins: list[int],
    headers: list[Wrapped],
    cells: list[list[Cell]],
    rows: Sequence[Sequence[Inline]],
) -> bool:
    """Whether every column holds its longest word: its longest piece up to the cap that
    keeps ids and links from widening a table, and its longest Thai word whatever its size
    (a column narrower than a word would cut it into syllables)."""
    if any(size < low for size, low in zip(widths, mins, strict=True)):
        return False
    for i, size in enumerate(widths):
        if size >= LONGEST_WORD:
            continue
        if thai_word_width(headers[i].text) > size:
            return False
        for row_cells, row in zip(cells, rows, strict=True):
            cell, part = row_cells[i], row[i]
            if isinstance(cell, BarCell) or (isinstance(part, Lines) and part.links):
                continue
            if thai_word_width(cell.text) > size:
                return False
    return True


#: How far a block's continued lines are indented.
BLOCK_INDENT = 4


def _blocks(table: Table, width: int) -> Iterator[str]:
    """The table as blocks, one per row (for a width too narrow for its columns): the
    first cell after its header, then each other cell as ``header: text``, wrapped
    between words across the whole width, its further lines indented."""
    columns = table.columns
    rule = "─" * width
    for number, row in enumerate(table.rows):
        if number or not table.compact:
            yield rule if not table.compact else ""
        for column, part in zip(columns, row, strict=True):
            if isinstance(part, Lines):
                joiner = "\n" if part.links else ", "
                text = joiner.join(part.items)
            else:
                text = inline_text(part, BAR_IN_TABLE)
            if not text.strip():
                continue
            label = column.header
            yield from _hanging(f"{label}: {text}" if label else text, width)
    if not table.compact:
        yield rule


def _hanging(text: str, width: int) -> Iterator[str]:
    """``text`` wrapped to ``width``, every line after its first indented."""
    pad = " " * BLOCK_INDENT
    for n, line in enumerate(text.split("\n")):
        if n:  # a further line of the cell (an evidence link): indented too
            line = pad + line
        lines = thai_wrap.wrap_sized(line, width)
        if len(lines) > 1 and line.startswith(lines[0][0]):
            # the rest again, narrower: a line indented never passes the width
            yield _fit(*lines[0], width)
            rest = line[len(lines[0][0]) :].lstrip(" ")
            lines = thai_wrap.wrap_sized(rest, width - BLOCK_INDENT)
            for part, size in lines:
                yield pad + _fit(part, size, width - BLOCK_INDENT)
        else:
            for part, size in lines:
                yield _fit(part, size, width)


def _fit(line: str, size: int, width: int) -> str:
    return line if size <= width else set_cell_size(line, width)


def _row_lines(cells: Sequence[Cell], widths: list[int]) -> list[list[str]]:
    """Each cell's lines, every cell made as tall as the tallest (top-aligned)."""
    laid = [cell.padded(size) for cell, size in zip(cells, widths, strict=True)]
    height = max(len(lines) for lines in laid)
    if height > 1:
        for lines, size in zip(laid, widths, strict=True):
            lines.extend([" " * size] * (height - len(lines)))
    return laid


def _grid_lines(
    header: list[list[str]], rows: Iterable[list[list[str]]], widths: list[int]
) -> Iterator[str]:
    def rule(left: str, cross: str, right: str) -> str:
        return left + cross.join("─" * (size + 2) for size in widths) + right

    middle = rule("├", "┼", "┤")
    yield rule("┌", "┬", "┐")
    for parts in zip(*header, strict=True):
        yield "│ " + " │ ".join(parts) + " │"
    for laid in rows:
        yield middle
        for parts in zip(*laid, strict=True):
            yield "│ " + " │ ".join(parts) + " │"
    yield rule("└", "┴", "┘")


def _compact_lines(
    header: list[list[str]], rows: Iterable[list[list[str]]], widths: list[int]
) -> Iterator[str]:
    for parts in zip(*header, strict=True):
        yield "   ".join(parts)
    yield "─" * (sum(widths) + 3 * (len(widths) - 1))
    for laid in rows:
        for parts in zip(*laid, strict=True):
            yield "   ".join(parts)


def _facts(facts: Facts) -> RichTable:
    grid = RichTable.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for label, parts in facts.items:
        value = "  ".join(inline_text(part, BAR_IN_FACTS) for part in parts)
        grid.add_row(Wrapped(label, nowrap=True), Wrapped(value))
    return grid


def _wrapped(text: str, width: int) -> Iterator[str]:
    for line, size in thai_wrap.wrap_sized(text, width):
        yield line if size <= width else set_cell_size(line, width)


def _rich(renderable: RichTable | Rule, console: Console) -> Iterator[str]:
    """A small renderable (a rule, the facts) laid out by Rich."""
    console.print(renderable)
    yield from console.export_text(styles=False).splitlines()


def _block(
    block: Block, width: int, console: Console, shared: RepeatedRows[list[Cell]] | None = None
) -> Iterator[str]:
    if isinstance(block, Table):
        yield from _table(block, width, shared)
    elif isinstance(block, Facts):
        yield from _rich(_facts(block), console)
    elif isinstance(block, Subheading):
        yield ""
        yield from _wrapped(block.text, width)
    elif isinstance(block, Paragraph):
        yield from _wrapped("".join(inline_text(part, BAR_IN_FACTS) for part in block.parts), width)
    elif isinstance(block, Chart):
        yield ""
        yield from _wrapped(block.title, width)
        if block.rows:
            yield from _wrapped(block.legend, width)
            yield from _table(chart_table(block), width)
        else:
            yield from _wrapped(block.desc, width)


def _section(section: Section, width: int, console: Console) -> Iterator[str]:
    yield ""
    yield from _rich(Rule(Text(section.title), align="left", characters="═"), console)
    shared: RepeatedRows[list[Cell]] = RepeatedRows(section)
    for block in section.blocks:
        yield from _block(block, width, console, shared)


def recording_console(width: int) -> Console:
    """The console every text file is rendered with: recording, no colour system, no
    terminal, no markup or emoji from text, a fixed width, and no environment sniffing."""
    return Console(
        file=io.StringIO(),
        record=True,
        width=width,
        color_system=None,
        force_terminal=False,
        force_jupyter=False,
        force_interactive=False,
        legacy_windows=False,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
        _environ={},
    )


def lines(doc: Document, width: int = 100) -> Iterator[str]:
    """The report's lines, one at a time, each at most ``width`` cells (no line ends)."""
    yield from _lines(doc, width)


def _lines(doc: Document, width: int) -> Iterator[str]:
    console = recording_console(width)
    yield from _wrapped(doc.title, width)
    yield from _wrapped(doc.period, width)
    yield from _wrapped(doc.place, width)
    yield from _rich(Rule(characters="─"), console)
    yield from _rich(_facts(doc.facts), console)
    for section in doc.sections:
        yield from _section(section, width, console)
    for box in doc.signoff:
        yield ""
        yield ""
        yield from _wrapped(box.role, width)
        for line in sign_lines(box):
            yield from _wrapped("    " + line, width)
    yield ""
    yield from _rich(Rule(characters="─"), console)
    yield from _wrapped(doc.footer, width)


def render_text(doc: Document, width: int = 100) -> str:
    """The whole report as text, every line at most ``width`` cells wide."""
    return "".join([line.rstrip() + "\n" for line in lines(doc, width)])
