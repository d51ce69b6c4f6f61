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

from ita_tui.report import thai_wrap
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
#: A column that wraps needs no more than this to begin with; Rich shares out the rest.
_MIN_CAP = 12


class Wrapped:
    """Plain text that wraps like Thai is written; never markup, never styled."""

    __slots__ = ("_max", "_min", "nowrap", "right", "text")

    def __init__(self, text: str, *, nowrap: bool = False, right: bool = False) -> None:
        self.text = text
        self.nowrap = nowrap
        self.right = right
        self._min = -1
        self._max = -1

    def _measure(self) -> tuple[int, int]:
        if self._max < 0:
            lines = self.text.split("\n")
            self._max = max(thai_wrap.cell_len(line) for line in lines)
            if self.nowrap:
                self._min = self._max
            else:
                self._min = min(_MIN_CAP, max(thai_wrap.min_width(line) for line in lines))
        return self._min, self._max

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        low, high = self._measure()
        return Measurement(min(low, options.max_width), min(high, options.max_width))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        newline = Segment.line()
        for line in thai_wrap.wrap(self.text, width):
            if self.right:
                line = " " * (width - thai_wrap.cell_len(line)) + line
            yield Segment(line)
            yield newline


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


def _cell(part: Inline, *, nowrap: bool, right: bool) -> Wrapped:
    if isinstance(part, Bar):
        return Wrapped(bar_text(part, BAR_IN_TABLE), nowrap=True)
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


def _table(table: Table) -> RichTable:
    out = RichTable(
        box=box.SIMPLE_HEAD if table.compact else box.SQUARE,
        show_lines=not table.compact,
        show_edge=not table.compact,
        expand=True,
        header_style="",
        pad_edge=not table.compact,
        highlight=False,
    )
    columns, rows = _merged(table)
    for column in columns:
        out.add_column(
            Wrapped(column.header, nowrap=column.nowrap),
            justify=column.align,
            no_wrap=column.nowrap,
            ratio=column.grow or None,
            overflow="fold",
        )
    flags = [(c.nowrap, c.align == "right") for c in columns]
    for row in rows:
        out.add_row(
            *(
                _cell(part, nowrap=nowrap, right=right)
                for part, (nowrap, right) in zip(row, flags, strict=True)
            )
        )
    return out


def _facts(facts: Facts) -> RichTable:
    grid = RichTable.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for label, parts in facts.items:
        value = "  ".join(inline_text(part, BAR_IN_FACTS) for part in parts)
        grid.add_row(Wrapped(label, nowrap=True), Wrapped(value))
    return grid


def _block(block: Block) -> Iterable[Wrapped | RichTable | Text]:
    if isinstance(block, Table):
        yield _table(block)
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
        for renderable in _block(block):
            console.print(renderable)


def render_text(doc: Document, width: int = 100) -> str:
    """The whole report as text, every line at most ``width`` cells wide."""
    console = Console(
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
    console.print(Wrapped(doc.place))
    console.print(Wrapped(doc.plan_title))
    console.print(Wrapped(doc.period))
    console.print(Rule(characters="─"))
    console.print(_facts(doc.facts))
    for section in doc.sections:
        _section(console, section)
    console.print()
    console.print(Rule(characters="─"))
    console.print(Wrapped(doc.footer))
    text = console.export_text(styles=False)
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
