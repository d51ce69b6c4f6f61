"""The report as plain UTF-8 text of a fixed width, laid out by Rich.

A recording Console with no colour system and no terminal renders the document and
``export_text(styles=False)`` returns it: no escape sequences, box-drawing tables whose
columns line up by display width (Thai marks take no cell). Cells are :class:`Wrapped`
renderables that break Thai at syllable boundaries (see :mod:`ita_tui.report.thai_wrap`)
instead of cutting words anywhere. Bars are drawn by hand with █ and ░.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from rich import box
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Table as RichTable
from rich.text import Text

from ita_tui import thai_wrap
from ita_tui.report.document import (
    Badge,
    Bar,
    Block,
    Column,
    Document,
    Facts,
    Inline,
    Lines,
    Paragraph,
    Section,
    Subheading,
    Table,
)

BAR_IN_TABLE = 10
BAR_IN_FACTS = 20
#: No column needs more than this to show its longest word; longer ones are cut in two.
_MIN_CAP = 12
#: The share of a table's width kept for its growing columns before the others widen.
FLEX_SHARE = 0.33


class Wrapped:
    """Plain text that wraps like Thai is written; never markup, never styled."""

    __slots__ = ("_max", "_min", "nowrap", "right", "text")

    def __init__(self, text: str, *, nowrap: bool = False, right: bool = False) -> None:
        self.text = text
        self.nowrap = nowrap
        self.right = right
        self._min = -1
        self._max = -1

    def measure(self) -> tuple[int, int]:
        """(the longest piece that cannot be broken, capped; the width without wrapping)."""
        if self._max < 0:
            lines = self.text.split("\n")
            self._max = max(thai_wrap.cell_len(line) for line in lines)
            self._min = min(_MIN_CAP, max(thai_wrap.min_width(line) for line in lines))
        return self._min, self._max

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        low, high = self.measure()
        if self.nowrap:
            low = high
        return Measurement(min(low, options.max_width), min(high, options.max_width))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        newline = Segment.line()
        for line in thai_wrap.wrap(self.text, width):
            if self.right:
                line = " " * (width - thai_wrap.cell_len(line)) + line
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

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        low, high = self.measure()
        return Measurement(min(low, options.max_width), min(high, options.max_width))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        room = min(BAR_IN_TABLE, width - thai_wrap.cell_len(self.bar.label) - 1)
        text = bar_text(self.bar, room) if room >= 3 else self.bar.label
        for line in thai_wrap.wrap(text, width):
            yield Segment(line)
            yield Segment.line()


def bar_text(bar: Bar, width: int) -> str:
    """``██████░░░░ ๖๐%``: filled cells rounded down, so only a finished bar is full."""
    filled = width if bar.total <= 0 else width * bar.done // bar.total
    return "█" * filled + "░" * (width - filled) + " " + bar.label


def inline_text(part: Inline, bar_width: int) -> str:
    if isinstance(part, str):
        return part
    if isinstance(part, Bar):
        return bar_text(part, bar_width)
    if isinstance(part, Badge):
        return part.text
    return "\n".join(part.items)


def _cell(part: Inline, *, nowrap: bool, right: bool) -> Wrapped | BarCell:
    if isinstance(part, Bar):
        return BarCell(part)
    text = inline_text(part, BAR_IN_TABLE)
    if isinstance(part, Lines) and part.links:
        nowrap = False
    return Wrapped(text, nowrap=nowrap, right=right)


def _merged(table: Table) -> tuple[list[Column], list[list[Inline]]]:
    """The table with each detail column shown inside the column before it."""
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


def _table(table: Table, width: int) -> RichTable:
    compact = table.compact
    columns, rows = _merged(table)
    count = len(columns)
    headers = [Wrapped(c.header) for c in columns]
    flags = [(c.nowrap, c.align == "right") for c in columns]
    cells = [
        [
            _cell(part, nowrap=nowrap, right=right)
            for part, (nowrap, right) in zip(row, flags, strict=True)
        ]
        for row in rows
    ]
    mins = [header.measure()[0] for header in headers]
    maxs = [header.measure()[1] for header in headers]
    for row_cells in cells:
        for i, cell in enumerate(row_cells):
            low, high = cell.measure()
            if low > mins[i]:
                mins[i] = low
            if high > maxs[i]:
                maxs[i] = high
    # a border between columns (and at each edge of a boxed table), one space of padding
    # each side of a cell except at the edges of a compact list
    borders = count - 1 if compact else count + 1
    padding = 2 * count - (2 if compact else 0)
    room = max(count, width - borders - padding)
    widths = fit_widths(mins, maxs, [c.grow for c in columns], room)
    out = RichTable(
        box=box.SIMPLE_HEAD if compact else box.SQUARE,
        show_lines=not compact,
        show_edge=not compact,
        expand=False,
        header_style="",
        pad_edge=not compact,
        highlight=False,
    )
    for column, header, size in zip(columns, headers, widths, strict=True):
        out.add_column(header, justify=column.align, width=size, overflow="fold")
    for row_cells in cells:
        out.add_row(*row_cells)
    return out


def _facts(facts: Facts) -> RichTable:
    grid = RichTable.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for label, parts in facts.items:
        value = "  ".join(inline_text(part, BAR_IN_FACTS) for part in parts)
        grid.add_row(Wrapped(label, nowrap=True), Wrapped(value))
    return grid


def _block(block: Block, width: int) -> Iterable[Wrapped | RichTable | Text]:
    if isinstance(block, Table):
        yield _table(block, width)
    elif isinstance(block, Facts):
        yield _facts(block)
    elif isinstance(block, Subheading):
        yield Text("")
        yield Wrapped(block.text)
    elif isinstance(block, Paragraph):
        yield Wrapped("".join(inline_text(part, BAR_IN_FACTS) for part in block.parts))


def _section(console: Console, section: Section) -> None:
    console.print()
    console.print(Rule(Text(section.title), align="left", characters="═"))
    for block in section.blocks:
        for renderable in _block(block, console.width):
            console.print(renderable)


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


def render_text(doc: Document, width: int = 100) -> str:
    """The whole report as text, every line at most ``width`` cells wide."""
    console = recording_console(width)
    console.print(Wrapped(doc.title))
    console.print(Wrapped(doc.period))
    console.print(Wrapped(doc.place))
    console.print(Rule(characters="─"))
    console.print(_facts(doc.facts))
    for section in doc.sections:
        _section(console, section)
    console.print()
    console.print(Rule(characters="─"))
    console.print(Wrapped(doc.footer))
    text = console.export_text(styles=False)
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
