"""PDF: the text layer, read with pypdf (pure Python, no compiler), the table rebuilt from the
page's ruling lines (the borders Word and LibreOffice draw) or, without them, read as pasted text.

A glyph's text is taken from the PDF's ``/ActualText`` where the producer gives it (LibreOffice
does for Thai clusters whose glyphs cannot be mapped one to one, such as ำ and ู), else from the
font's ToUnicode map; damaged Thai that is left is repaired later (see importer.thai).  Lines
wrapped inside a cell are joined without a space (Thai wraps between words without one); a line
that starts with a step or outcome number (``๒.``, ``๒)``) starts a new line of the cell.
Page numbers (``-2-``) and running headers outside the tables are left out (noted)."""

from __future__ import annotations

import io
import logging
import math
import re
import warnings
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from ita_tui.importer.formats import Source
from ita_tui.importer.messages import Message, at
from ita_tui.importer.result import ReportImportError
from ita_tui.importer.table import _Record
from ita_tui.importer.text import _DIGIT

MAX_PAGES = 1000
#: rows x column lines of a page's ruled table looked at: beyond, the page is read as unruled
MAX_RULES = 4_000_000
_SHOW = {b"Tj", b"TJ", b"'", b'"'}
_ITEM_START = re.compile(rf"^\s*\(?[{_DIGIT}]{{1,3}}[.)](?![{_DIGIT}])")
_LINE_TOLERANCE = 2.5  # points: chunks closer than this in height are on one line
_RULE_THICKNESS = 2.0  # a filled rectangle thinner than this is a ruling line


@dataclass
class _Chunk:
    x: float
    y: float
    text: str
    size: float = 10.0  # the font size on the page, in points


@dataclass
class _Page:
    chunks: list[_Chunk] = field(default_factory=list)
    vertical: list[tuple[float, float, float]] = field(default_factory=list)  # x, y low, y high
    horizontal: list[tuple[float, float, float]] = field(default_factory=list)  # y, x low, x high


def _transform(cm: Any, x: float, y: float) -> tuple[float, float]:
    return (
        float(cm[0]) * x + float(cm[2]) * y + float(cm[4]),
        float(cm[1]) * x + float(cm[3]) * y + float(cm[5]),
    )


def _actual_text(value: Any) -> str:
    if isinstance(value, bytes):
        if value.startswith(b"\xfe\xff"):
            return value[2:].decode("utf-16-be", errors="replace")
        return value.decode("latin-1")
    return str(value)


class _Span:
    def __init__(self, text: str | None) -> None:
        self.text = text
        self.emitted = False


def _read_page(page: Any) -> _Page:
    result = _Page()
    spans: list[_Span] = []
    state: dict[str, Any] = {"show": None, "point": None, "start": None}

    def segment(a: tuple[float, float], b: tuple[float, float]) -> None:
        (x0, y0), (x1, y1) = a, b
        if abs(x0 - x1) <= 1.0 and abs(y0 - y1) > 2.0:
            result.vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))
        elif abs(y0 - y1) <= 1.0 and abs(x0 - x1) > 2.0:
            result.horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))

    def before(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        try:
            if op == b"BDC":
                props = args[1] if len(args) > 1 else None
                text = props.get("/ActualText") if isinstance(props, dict) else None
                spans.append(_Span(None if text is None else _actual_text(text)))
            elif op == b"BMC":
                spans.append(_Span(None))
            elif op == b"EMC":
                if spans:
                    spans.pop()
            elif op == b"m" and len(args) >= 2:
                state["point"] = state["start"] = _transform(cm, float(args[0]), float(args[1]))
            elif op == b"l" and len(args) >= 2 and state["point"] is not None:
                point = _transform(cm, float(args[0]), float(args[1]))
                segment(state["point"], point)
                state["point"] = point
            elif op == b"h" and state["point"] is not None and state["start"] is not None:
                segment(state["point"], state["start"])
            elif op == b"re" and len(args) >= 4:
                x, y, w, h = (float(v) for v in args[:4])
                corners = [
                    _transform(cm, x, y),
                    _transform(cm, x + w, y),
                    _transform(cm, x + w, y + h),
                    _transform(cm, x, y + h),
                ]
                if abs(w) <= _RULE_THICKNESS or abs(h) <= _RULE_THICKNESS:
                    xs = [c[0] for c in corners]
                    ys = [c[1] for c in corners]
                    if max(xs) - min(xs) <= _RULE_THICKNESS:
                        result.vertical.append((sum(xs) / 4, min(ys), max(ys)))
                    else:
                        result.horizontal.append((sum(ys) / 4, min(xs), max(xs)))
        except (TypeError, ValueError, IndexError, AttributeError):
            return

    def after(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op in _SHOW:
            actual = next((s for s in reversed(spans) if s.text is not None), None)
            state["show"] = actual

    def text(chunk: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not chunk:
            return
        try:
            x, y = _transform(cm, float(tm[4]), float(tm[5]))
            scale = math.hypot(float(tm[0]), float(tm[1])) * math.hypot(float(cm[0]), float(cm[1]))
            points = float(size) * scale if size else 10.0
        except (TypeError, ValueError, IndexError):
            return
        if not math.isfinite(points) or points <= 0:
            points = 10.0
        span: _Span | None = state["show"]
        if span is not None:
            if not span.emitted and span.text:
                span.emitted = True
                result.chunks.append(_Chunk(x, y, span.text, points))
            return
        if chunk.strip("\n") == "" and x == 0 and y == 0:
            return
        result.chunks.append(_Chunk(x, y, chunk.replace("\n", ""), points))

    page.extract_text(visitor_operand_before=before, visitor_operand_after=after, visitor_text=text)
    return result


def read(raw: bytes, name: str) -> Source:
    """The PDF's rows; pypdf's own complaints about a damaged file are kept off the terminal
    (a damaged file ends in one clear message or a warning per page)."""
    logger = logging.getLogger("pypdf")
    quiet = logging.NullHandler()
    propagate = logger.propagate
    logger.addHandler(quiet)
    logger.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _read(raw, name)
    finally:
        logger.removeHandler(quiet)
        logger.propagate = propagate


def _read(raw: bytes, name: str) -> Source:
    try:
        import pypdf
    except ImportError:  # pragma: no cover - a dependency of ita-tui
        raise ReportImportError(Message("refused.no_pypdf", name=name)) from None
    source = Source("pdf", [])
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReportImportError(Message("refused.password", name=name))
        pages = list(reader.pages)
    except ReportImportError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a damaged file
        raise ReportImportError(Message("refused.pdf", name=name, why=exc)) from None
    if len(pages) > MAX_PAGES:
        source.warnings.append(Message("pdf.too_long", name=name, read=MAX_PAGES, pages=len(pages)))
    text_pages = 0
    read_pages: list[tuple[int, _Page]] = []
    wraps: list[str] = []  # rows where wrapped lines were joined with no space (Thai+Thai)
    for number, page in enumerate(pages[:MAX_PAGES], start=1):
        try:
            found = _read_page(page)
        except RecursionError:
            raise
        except Exception as exc:  # one damaged page must not lose the others
            bad = Message("pdf.bad_page", error=type(exc).__name__)
            source.warnings.append(at(f"page {number}", bad))
            continue
        if found.chunks:
            text_pages += 1
        read_pages.append((number, found))
        _add_page(source.records, _page_records(found, number, wraps), wraps)
    if pages and not text_pages:
        source.warnings.append(Message("pdf.no_text", name=name))
    from ita_tui.importer.formats import pasted

    source.records = pasted.drop_furniture_records(source.records, source)
    if not any(len(record.filled) > 1 for record in source.records):
        # no ruled table: columns from the header row's positions, else the text as pasted
        unruled_wraps: list[str] = []
        unruled = pasted.drop_furniture_records(
            _unruled_records(read_pages, unruled_wraps), Source("pdf", [])
        )
        if any(len(record.filled) > 1 for record in unruled):
            source.records = unruled
            wraps = unruled_wraps
            source.notes.append(
                "the PDF's table has no lines: columns placed by the header row's positions"
            )
        else:
            source.records = pasted.rebuild_records(source.records)
            if source.records:
                source.notes.append("the PDF has no table lines: rows rebuilt from the text")
    header_places = {r.place for r in source.records if len(r.cells) > 1 and _is_header(r)}
    wrapped = [place for place in dict.fromkeys(wraps) if place not in header_places]
    if wrapped:
        source.warnings.append(at(_condense(wrapped), Message("pdf.wraps")))
    return source


def _condense(places: list[str]) -> str:
    """``page 1, row 2`` ``page 1, row 3`` ``page 2, line 4`` -> ``page 1 rows 2, 3; page 2 line 4``."""
    by_page: dict[str, list[str]] = {}
    for place in places:
        match = re.fullmatch(r"page (\d+), (row|line) (\d+)", place)
        if match is None:
            by_page.setdefault(place, [])
            continue
        by_page.setdefault(f"page {match.group(1)}", []).append(
            f"{match.group(2)} {match.group(3)}"
        )
    parts = []
    for page, items in by_page.items():
        rows = [i.split()[1] for i in items if i.startswith("row")]
        lines = [i.split()[1] for i in items if i.startswith("line")]
        shown = []
        if rows:
            shown.append(("rows " if len(rows) > 1 else "row ") + ", ".join(rows))
        if lines:
            shown.append(("lines " if len(lines) > 1 else "line ") + ", ".join(lines))
        parts.append(f"{page} {' and '.join(shown)}".strip())
    return "; ".join(parts)


def _is_header(record: _Record) -> bool:
    from ita_tui.importer.table import _header_roles

    return _header_roles(record.cells) is not None


def _add_page(records: list[_Record], page: list[_Record], wraps: list[str]) -> None:
    """Add a page's rows; a table row broken by the page end (its first cell empty at the top
    of the next page, after any repeated header row) is joined to the row it continues."""
    last = next((r for r in reversed(records) if len(r.cells) > 1), None)
    first = next((i for i, r in enumerate(page) if len(r.cells) > 1 and not _is_header(r)), None)
    if (
        last is not None
        and first is not None
        and not _is_header(last)
        and not page[first].cells[0].strip()
        and len(page[first].cells) == len(last.cells)
    ):
        record = page[first]
        joined = [_join_cell([a, b]) for a, b in zip(last.cells, record.cells, strict=True)]
        if any(_guessed_joins([a, b]) for a, b in zip(last.cells, record.cells, strict=True)):
            wraps.append(last.place)
        records[records.index(last)] = _Record(last.line, joined, last.place, last.notes)
        page = page[:first] + page[first + 1 :]
    for record in page:
        records.append(_Record(len(records) + 1, record.cells, record.place, record.notes))


# -- rebuilding rows


def _merge(values: list[float], tolerance: float) -> list[float]:
    merged: list[float] = []
    for value in sorted(values):
        if merged and value - merged[-1] <= tolerance:
            continue
        merged.append(value)
    return merged


def _lines(chunks: list[_Chunk]) -> list[list[_Chunk]]:
    """Chunks grouped into lines, top to bottom; within a line in the order the page draws
    them (a mark placed by its own positioning, such as ์, stays after its letter)."""
    lines: list[tuple[float, list[_Chunk]]] = []
    # a line is found through the band of heights it is in: no two lines share a band (a
    # chunk within the tolerance of a line joins it), so each chunk looks at three lines at
    # most, and grouping stays linear however many lines a page has
    bands: dict[int, int] = {}
    for chunk in chunks:
        band = math.floor(chunk.y / _LINE_TOLERANCE) if math.isfinite(chunk.y) else 0
        near = [bands[b] for b in (band - 1, band, band + 1) if b in bands]
        found = min(
            (i for i in near if abs(lines[i][0] - chunk.y) <= _LINE_TOLERANCE), default=None
        )
        if found is not None:
            lines[found][1].append(chunk)
        else:
            bands.setdefault(band, len(lines))
            lines.append((chunk.y, [chunk]))
    return [line for _, line in sorted(lines, key=lambda pair: -pair[0])]


_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]$")
#: An era or a month written short, which a year follows after a space.
_ERA_OR_MONTH_END = re.compile(
    r"(?:พ\.ศ|ค\.ศ|ร\.ศ|ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\.$"
)
_DIGIT_START = re.compile(rf"^[{_DIGIT}]")
_DIGIT_END = re.compile(rf"[{_DIGIT}]$")
_THAI_START = re.compile(r"^[\u0e01-\u0e2e\u0e40-\u0e44]")
_LATIN_END = re.compile(r"[A-Za-z0-9,;:)]$")
_LATIN_START = re.compile(r"^[A-Za-z(]")


def _wrap_space(before: str, after: str) -> str:
    """The space a line wrap most likely swallowed: Thai text wraps between words without
    one, but Thai before a number (``จำนวน ๕``) and Latin words are spaced."""
    before = before[-8:]  # its end is all that counts (a long text is never searched whole)
    if not before or before.endswith(" ") or after.startswith(" "):
        return ""
    if _THAI_LETTER.search(before) and after.startswith("("):
        return " "  # «รายการ (O22)»
    if _ERA_OR_MONTH_END.search(before) and _DIGIT_START.match(after):
        return " "  # «พ.ศ. ๒๕๖๘», «ต.ค. ๒๕๖๗»
    if _THAI_LETTER.search(before) and _DIGIT_START.match(after):
        return " "
    if _DIGIT_END.search(before) and _THAI_START.match(after):
        return " "
    if _LATIN_END.search(before) and _LATIN_START.match(after):
        return " "
    return ""


def _guessed_joins(lines: list[str]) -> int:
    """How many wraps in a cell were joined with no space between two Thai letters: where
    the PDF wrapped at a space, that space is missing (the text layer does not say)."""
    count = 0
    previous = ""
    for line in lines:
        if not line.strip():
            continue
        if (
            previous
            and not _ITEM_START.match(line)
            and not _wrap_space(previous, line)
            and not previous.endswith(" ")
            and not line.startswith(" ")
            and _THAI_LETTER.search(previous)
            and _THAI_START.match(line)
        ):
            count += 1
        previous = line
    return count


def _join_cell(lines: list[str]) -> str:
    parts: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        if parts and _ITEM_START.match(line):
            parts[-1] = parts[-1].rstrip()
            parts.append("\n" + line.lstrip())
        else:
            parts.append(_wrap_space(parts[-1] if parts else "", line) + line)
    return "".join(parts).strip()


def _page_records(page: _Page, number: int, wraps: list[str]) -> list[_Record]:
    columns = _merge([x for x, low, high in page.vertical if high - low > 8], 2.0)
    ends = [edge for x, low, high in page.vertical if high - low > 8 for edge in (low, high)]
    # a row broken by the page end has no border there: the column lines' ends close it
    rows = _merge([y for y, low, high in page.horizontal if high - low > 8] + ends, 1.5)
    records: list[tuple[float, _Record]] = []
    used: set[int] = set()
    if len(columns) >= 3 and len(rows) >= 2 and len(rows) * len(page.vertical) <= MAX_RULES:
        # chunks by height, and column lines by their top: a row looks only at the chunks and
        # lines within its own height, so ruling a page into thousands of rows stays linear
        by_y = sorted(range(len(page.chunks)), key=lambda i: page.chunks[i].y)
        heights = [page.chunks[i].y for i in by_y]
        verticals = [(x, low, high) for x, low, high in page.vertical if high - low > 0]
        row_number = 0
        for top, bottom in zip(reversed(rows[1:]), reversed(rows[:-1]), strict=True):
            middle = (top + bottom) / 2
            edges = _merge(
                sorted(
                    {round(x, 1) for x, low, high in verticals if low - 1 <= middle <= high + 1}
                ),
                2.0,
            )
            if len(edges) < 2:
                continue
            cells: list[list[_Chunk]] = [[] for _ in range(len(edges) - 1)]
            inside = by_y[bisect_left(heights, bottom - 1) : bisect_right(heights, top + 1)]
            for index in sorted(inside):  # in the order the page draws them
                chunk = page.chunks[index]
                if index in used or not (edges[0] - 2 <= chunk.x <= edges[-1] + 2):
                    continue
                inner = bisect_right(edges, chunk.x + 1, 1, len(edges) - 1) - 1  # edges left of it
                column = max(0, min(len(cells) - 1, inner))
                cells[column].append(chunk)
                used.add(index)
            lines = [["".join(c.text for c in line) for line in _lines(cell)] for cell in cells]
            texts = [_join_cell(cell_lines) for cell_lines in lines]
            if not any(texts):
                continue
            row_number += 1
            place = f"page {number}, row {row_number}"
            if any(_guessed_joins(cell_lines) for cell_lines in lines):
                wraps.append(place)
            records.append((top, _Record(0, texts, place)))
    rest = [chunk for index, chunk in enumerate(page.chunks) if index not in used]
    for y, text, line_number in _paragraph_lines(_lines(rest)):
        records.append((y, _Record(0, [text], f"page {number}, line {line_number}")))
    records.sort(key=lambda pair: -pair[0])
    return [record for _, record in records]


def _paragraph_lines(lines: list[list[_Chunk]]) -> list[tuple[float, str, int]]:
    """Text lines outside tables, a paragraph's wrapped lines joined again: a line that runs to
    the right margin, followed at line spacing by one that is not a heading or a numbered
    item, was wrapped (joined without a space, as Thai wraps between words)."""
    from ita_tui.importer.headings import heading

    # first y, first line's text, line number, last y, right end, size, the lines' texts
    found: list[list[Any]] = []
    right_margin = max((max(c.x + _width(c) for c in line) for line in lines), default=0.0)
    for line_number, line in enumerate(lines, start=1):
        text = "".join(c.text for c in line).strip()
        if not text:
            continue
        y = line[0].y
        size = max(c.size for c in line)
        right = max(c.x + _width(c) for c in line)
        if found:
            last = found[-1]
            wrapped = (
                last[4] >= 0.75 * right_margin
                and 0 < last[3] - y <= 1.8 * max(size, last[5])
                and heading(text) is None
                and heading(last[6][0]) is None
                and not _ITEM_START.match(text)
            )
            if wrapped:
                last[6].append(_wrap_space(last[6][-1], text) + text)
                last[3:6] = [y, right, size]
                continue
        found.append([y, text, line_number, y, right, size, [text]])
    return [(item[0], "".join(item[6]), item[2]) for item in found]


# -- tables without ruling lines


_ZERO_WIDTH = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def _width(chunk: _Chunk) -> float:
    """A rough width: half an em per character that takes room (Thai marks take none)."""
    return len(_ZERO_WIDTH.sub("", chunk.text)) * chunk.size * 0.5


def _segments(line: list[_Chunk]) -> list[tuple[float, str]]:
    """A line cut where a gap wider than a character separates its chunks: (x, text)."""
    found: list[tuple[float, str]] = []
    end = -1e9
    for chunk in sorted(line, key=lambda c: c.x):
        if found and chunk.x <= end + chunk.size * 0.9:
            x, text = found[-1]
            found[-1] = (x, text + chunk.text)
        else:
            found.append((chunk.x, chunk.text))
        end = max(end, chunk.x + _width(chunk))
    return [(x, text.strip()) for x, text in found if text.strip()]


def _unruled_records(pages: list[tuple[int, _Page]], wraps: list[str]) -> list[_Record]:
    """Rows of a table drawn without lines: the header row's cells give the columns; a line
    whose first column holds a number (or «(ต่อ)») starts a row, the lines after it add to
    its cells, across pages, until the next numbered line, heading or text outside the
    columns."""
    from ita_tui.importer.headings import heading
    from ita_tui.importer.table import _header_roles

    records: list[_Record] = []
    columns: list[float] | None = None
    row: tuple[str, list[list[str]]] | None = None
    # a header row's cells wrap over lines: the lines after the first header line, up to the
    # first row, are learnt once and skipped where the header repeats (on every page)
    header_tail: list[str] | None = None
    learning = False
    expect: list[str] = []
    numbered = re.compile(rf"^\(?[{_DIGIT}]{{1,3}}[.)]?\s*(?:\(\s*ต่อ\s*\))?$|^\(\s*ต่อ\s*\)")

    def close() -> None:
        nonlocal row
        if row is not None:
            place, cells = row
            records.append(_Record(0, [_join_cell(lines) for lines in cells], place))
            if any(_guessed_joins(lines) for lines in cells):
                wraps.append(place)
        row = None

    for number, page in pages:
        for index, line in enumerate(_lines(page.chunks), start=1):
            place = f"page {number}, line {index}"
            segments = _segments(line)
            if not segments:
                continue
            texts = [text for _, text in segments]
            whole = "".join(c.text for c in line).strip()
            if len(segments) >= 3 and _header_roles(texts) is not None:
                if columns is None or row is None:
                    close()
                    records.append(_Record(0, texts, place))
                columns = [x for x, _ in segments]
                if header_tail is None:
                    header_tail, learning = [], True
                else:
                    expect = list(header_tail)
                continue
            if expect and whole == expect[0]:
                expect.pop(0)
                continue
            expect = []
            if columns is None or heading(whole) is not None or segments[0][0] < columns[0] - 3:
                close()
                records.append(_Record(0, [whole], place))
                continue
            cells: list[list[str]] = [[] for _ in columns]
            for chunk in line:
                column = max(0, sum(1 for start in columns if chunk.x >= start - 3) - 1)
                cells[column].append(chunk.text)
            first = "".join(cells[0]).strip()
            if learning and header_tail is not None and not (first and numbered.match(first)):
                header_tail.append(whole)
                continue
            learning = False
            if first and numbered.match(first):
                close()
                row = (f"page {number}, row {index}", [[] for _ in columns])
            elif row is None:
                close()
                records.append(_Record(0, [whole], place))
                continue
            assert row is not None
            for column, parts in enumerate(cells):
                text = "".join(parts)
                if text.strip():
                    row[1][column].append(text)
    close()
    return [_Record(i, r.cells, r.place, r.notes) for i, r in enumerate(records, start=1)]
