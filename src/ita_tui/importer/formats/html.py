"""A saved web page (.html/.htm), read with the standard library's html.parser: every
``<table>``'s rows (``<th>`` or ``<td>``; ``<br>``, ``<p>``, ``<li>`` inside a cell start a new
line; ``colspan``/``rowspan`` keep later columns in place) and the headings and paragraphs
around them.  Navigation, menus, forms, scripts and styles are left out."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ita_tui.importer.formats import Source
from ita_tui.importer.messages import Message, place
from ita_tui.importer.result import ReportImportError
from ita_tui.importer.table import Record

#: Elements whose content is never part of the report.
SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "select",
        "option",
        "button",
        "menu",
        "svg",
        "iframe",
        "object",
        "head",
        "title",
    }
)
#: Elements that end a line of text (outside or inside a cell).
BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "dl",
        "hr",
        "caption",
        "center",
    }
)
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "wbr"})
_CLUTTER_CLASS = re.compile(
    r"\b(?:nav|navbar|menu|breadcrumb|sidebar|footer|header|cookie)\b", re.I
)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_MAX_SPAN = 64
MAX_DEPTH = 10_000  # open elements tracked: deeper nesting is not a report's
MAX_TEXT = 64 * 1024 * 1024  # characters of a page: far above any report; more is refused
_HEADINGS = frozenset({"h1", "h2", "h3"})
#: What a report's own heading says (a site's menu or sidebar headings say other things).
_REPORT_WORDS = re.compile(r"รายงาน|มาตรการ|แผน|คุณธรรม|โปร่งใส|ITA", re.IGNORECASE)


@dataclass
class _Table:
    number: int
    rows: int = 0
    row: list[str] | None = None
    cell: list[str] | None = None
    pending: dict[int, int] = field(default_factory=dict)  # column -> rows a rowspan still covers
    tops: dict[int, str] = field(default_factory=dict)  # column -> the text of its rowspan cell
    above: list[tuple[int, str]] = field(default_factory=list)  # the open row's spanned cells
    span: int = 1  # colspan of the open cell
    down: int = 1  # rowspan of the open cell


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.records: list[Record] = []
        self.text: list[str] = []  # text outside tables since the last block end
        self.tables: list[_Table] = []
        self.count = 0
        self.blocks = 0
        self.skip_depth = 0
        self.stack: list[str] = []
        self.open: Counter[str] = Counter()  # the stack's tags counted: an end tag's check is O(1)
        self.heading: str | None = None  # the h1-h3 being read (outside tables)
        self.headings: list[tuple[int, str]] = []  # records that are headings, with their tag

    # -- text

    def _sink(self) -> list[str]:
        if self.tables and self.tables[-1].cell is not None:
            return self.tables[-1].cell
        return self.text

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        self._sink().append(data)

    def _flush_text(self) -> None:
        text = "".join(self.text)
        self.text = []
        for line in text.split("\n"):
            line = _SPACE.sub(" ", line).strip()
            if line:
                self.blocks += 1
                if self.heading is not None:
                    self.headings.append((len(self.records), self.heading))
                self.records.append(
                    Record(len(self.records) + 1, [line], place(("text_block", self.blocks)))
                )

    # -- tags

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag not in _VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(tag)
            self.open[tag] += 1
        if self.skip_depth:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        marks = values.get("class", "") + " " + values.get("id", "")
        if tag in SKIP or _CLUTTER_CLASS.search(marks) or values.get("role") == "navigation":
            if tag not in _VOID:
                self.skip_depth = 1
            return
        if tag == "table":
            if not self.tables:
                self._flush_text()
            elif self.tables[-1].cell is not None:
                # a layout table around the report: what its cell holds before the inner
                # table (a heading) comes before the inner table's rows
                outer = self.tables[-1]
                assert outer.cell is not None
                self.text, outer.cell[:] = list(outer.cell), []
                self._flush_text()
            self.count += 1
            self.tables.append(_Table(self.count))
        elif tag == "tr" and self.tables:
            self._end_row()
            self.tables[-1].row = []
        elif tag in ("td", "th") and self.tables:
            table = self.tables[-1]
            self._end_cell()
            if table.row is None:
                table.row = []
            self._fill_rowspans(table)
            table.cell = []
            table.span = _span(values.get("colspan"))
            table.down = _span(values.get("rowspan"))
        elif tag in BLOCK:
            self._sink().append("\n")
            if tag in _HEADINGS and not self.tables:
                self._flush_text()
                self.heading = tag

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.open[tag]:  # closes the innermost open one, and all opened inside it
            while self.stack:
                popped = self.stack.pop()
                self.open[popped] -= 1
                if popped == tag:
                    break
        if self.skip_depth:
            self.skip_depth -= 1
            return
        if tag == "table" and self.tables:
            self._end_row()
            self.tables.pop()
        elif tag == "tr" and self.tables:
            self._end_row()
        elif tag in ("td", "th") and self.tables:
            self._end_cell()
        elif tag in BLOCK:
            self._sink().append("\n")
            if not self.tables:
                self._flush_text()
                if tag == self.heading:
                    self.heading = None

    # -- cells and rows

    def _fill_rowspans(self, table: _Table) -> None:
        assert table.row is not None
        while table.pending.get(len(table.row), 0) > 0:
            column = len(table.row)
            table.pending[column] -= 1
            if table.tops.get(column):
                table.above.append((column, table.tops[column]))
            # a first cell spanning down from the row above: this row continues that one
            table.row.append("" if table.row else "(ต่อ)")

    def _end_cell(self) -> None:
        table = self.tables[-1]
        if table.cell is None or table.row is None:
            return
        lines = [_SPACE.sub(" ", line).strip() for line in "".join(table.cell).split("\n")]
        column = len(table.row)
        text = "\n".join(line for line in lines if line)
        table.row.append(text)
        span, down = table.span, table.down
        for offset in range(span):
            if down > 1:
                table.pending[column + offset] = down - 1
                table.tops[column + offset] = text if offset == 0 else ""
        table.row.extend([""] * (span - 1))
        table.cell = None

    def _end_row(self) -> None:
        table = self.tables[-1]
        self._end_cell()
        if table.row is None:
            return
        self._fill_rowspans(table)
        row, table.row = table.row, None
        above, table.above = tuple(table.above), []
        table.rows += 1
        if any(cell.strip() for cell in row):
            where = place(("table", table.number), ("row", table.rows))
            self.records.append(Record(len(self.records) + 1, row, where, above=above))

    def close(self) -> None:
        super().close()
        while self.tables:
            self._end_row()
            self.tables.pop()
        self._flush_text()


def _span(value: str | None) -> int:
    try:
        return max(1, min(_MAX_SPAN, int(value or "1")))
    except ValueError:
        return 1


def read(text: str, name: str) -> Source:
    if len(text) > MAX_TEXT:
        raise ReportImportError(Message("refused.page_too_large", name=name, size=len(text)))
    reader = _Reader()
    reader.feed(text)
    reader.close()
    source = Source("html", reader.records)
    _from_the_heading(reader, source)
    return source


def _from_the_heading(reader: _Reader, source: Source) -> None:
    """Text before the report's heading (a site's name, menu, sidebar) left out, noted: the
    heading is the first h1-h3 that names a report, else the first h1."""
    named = [i for i, _ in reader.headings if _REPORT_WORDS.search(reader.records[i].text)]
    first = named or [i for i, tag in reader.headings if tag == "h1"]
    if not first or first[0] == 0:
        return
    start = first[0]
    if any(len(record.cells) > 1 for record in source.records[:start]):
        return  # a table comes first: the page is not a heading's report
    left = source.records[:start]
    source.records = source.records[start:]
    shown = "; ".join(f"«{record.text[:40]}»" for record in left[:5])
    source.notes.append(Message("note.site_lines", n=len(left), lines=shown))
