"""PDF: the text layer, read with pypdf (pure Python, no compiler), the table rebuilt from the
page's ruling lines (the borders Word and LibreOffice draw) or, without them, read as pasted text.

A glyph's text is taken from the PDF's ``/ActualText`` where the producer gives it (LibreOffice
does for Thai clusters whose glyphs cannot be mapped one to one, such as ำ and ู), else from the
font's ToUnicode map; damaged Thai that is left is repaired later (see ita_tui.thai.repair).  Lines
wrapped inside a cell are joined without a space (Thai wraps between words without one); a line
that starts with a step or outcome number (``๒.``, ``๒)``) starts a new line of the cell, and so
does a new paragraph of a job titles, steps or outcomes cell, told by the geometry: spacing
wider than the cell's line pitch, or a line before it that ended with room for its first word.
Page numbers (``-2-``) and running headers outside the tables are left out (noted)."""

from __future__ import annotations

import io
import itertools
import logging
import math
import re
import warnings
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from ita_tui.importer.formats import Source
from ita_tui.importer.messages import Message, PageRows, Place, at, place
from ita_tui.importer.result import ReportImportError
from ita_tui.importer.table import Record
from ita_tui.thai.digits import DIGIT

MAX_PAGES = 1000
#: rows x column lines of a page's ruled table looked at: beyond, the page is read as unruled
MAX_RULES = 4_000_000
_SHOW = {b"Tj", b"TJ", b"'", b'"'}
_ITEM_START = re.compile(rf"^\s*\(?[{DIGIT}]{{1,3}}[.)](?![{DIGIT}])")
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
    wraps: list[Place] = []  # rows where wrapped lines were joined with no space (Thai+Thai)
    layout = _Layout()
    for number, page in enumerate(pages[:MAX_PAGES], start=1):
        try:
            found = _read_page(page)
        except RecursionError:
            raise
        except Exception as exc:  # one damaged page must not lose the others
            bad = Message("pdf.bad_page", error=type(exc).__name__)
            source.warnings.append(at(place(("page", number)), bad))
            continue
        if found.chunks:
            text_pages += 1
        read_pages.append((number, found))
        _add_page(source.records, _page_records(found, number, wraps, layout), wraps, layout)
    if pages and not text_pages:
        source.warnings.append(Message("pdf.no_text", name=name))
    from ita_tui.importer.formats import pasted

    source.records = pasted.drop_furniture_records(source.records, source)
    if not any(len(record.filled) > 1 for record in source.records):
        # no ruled table: columns from the header row's positions, else the text as pasted
        unruled_wraps: list[Place] = []
        unruled = pasted.drop_furniture_records(
            _unruled_records(read_pages, unruled_wraps), Source("pdf", [])
        )
        if any(len(record.filled) > 1 for record in unruled):
            source.records = unruled
            wraps = unruled_wraps
            source.notes.append(Message("note.pdf_unruled"))
        else:
            source.records = pasted.rebuild_records(source.records)
            if source.records:
                source.notes.append(Message("note.pdf_rebuilt"))
    header_places = {r.place for r in source.records if len(r.cells) > 1 and _is_header(r)}
    wrapped = [where for where in dict.fromkeys(wraps) if where not in header_places]
    if wrapped:
        source.warnings.append(at(_condense(wrapped), Message("pdf.wraps")))
    return source


def _condense(places: list[Place]) -> PageRows:
    """page 1, row 2; page 1, row 3; page 2, line 4 -> ``page 1 rows 2, 3; page 2 line 4``
    (every place here is a page's row or line)."""
    by_page: dict[object, tuple[list[object], list[object]]] = {}
    for where in places:
        found = dict(where.parts)
        rows, lines = by_page.setdefault(found.get("page"), ([], []))
        rows += [found["row"]] if "row" in found else []
        lines += [found["line"]] if "line" in found else []
    return PageRows(
        tuple((page, tuple(rows), tuple(lines)) for page, (rows, lines) in by_page.items())
    )


def _is_header(record: Record) -> bool:
    from ita_tui.importer.table import header_roles

    return header_roles(record.cells) is not None


def _add_page(
    records: list[Record], page: list[Record], wraps: list[Place], layout: _Layout | None = None
) -> None:
    """Add a page's rows; a table row broken by the page end (its first cell empty at the top
    of the next page, after any repeated header row) is joined to the row it continues (a
    cell's text on the next page starts a paragraph of its own where the last line before
    the break ended short, with room for its first word)."""
    layout = _Layout() if layout is None else layout
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
        tails = layout.tails.get(last.place, [])
        joined = []
        guessed = False
        for column, (a, b) in enumerate(zip(last.cells, record.cells, strict=True)):
            tail = tails[column] if column < len(tails) else None
            if (
                tail is not None
                and a.strip()
                and not _ITEM_START.match(b)
                and _fits(tail[0], b, tail[1])
            ):
                joined.append(a.rstrip() + "\n" + b.lstrip())
                continue
            joined.append(_join_cell([a, b]))
            guessed = guessed or bool(_guessed_joins([a, b]))
        if guessed:
            wraps.append(last.at)
        if record.place in layout.tails:
            layout.tails[last.place] = layout.tails[record.place]
        records[records.index(last)] = Record(last.line, joined, last.place, last.notes)
        page = page[:first] + page[first + 1 :]
    for record in page:
        records.append(Record(len(records) + 1, record.cells, record.place, record.notes))


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
_DIGIT_START = re.compile(rf"^[{DIGIT}]")
_DIGIT_END = re.compile(rf"[{DIGIT}]$")
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


# -- a cell's paragraphs, told apart by where their lines end

#: Cells whose paragraphs are items of their own: job titles, steps, outcomes.
_PARAGRAPH_ROLES = frozenset({"responsible", "steps", "outcomes"})
#: A gap between lines this much wider than the cell's line pitch is paragraph spacing.
_PARAGRAPH_GAP = 1.2


@dataclass
class _Line:
    text: str
    y: float
    left: float
    right: float  # where its text ends (estimated from the font size)
    size: float
    char: float  # a character's advance, in points


@dataclass
class _Layout:
    """What the pages' tables have said so far: the columns whose paragraphs are items (from
    the last header row, for rows with as many cells), and how each row's cells ended (room
    left on the last line, and a character's advance), for a row the page end broke."""

    roles: dict[str, int] = field(default_factory=dict)
    width: int = 0  # the header row's cells
    after_header: bool = False
    tails: dict[Place | None, list[tuple[float, float] | None]] = field(default_factory=dict)

    @property
    def columns(self) -> set[int]:
        return {index for role, index in self.roles.items() if role in _PARAGRAPH_ROLES}


def _learn_header(texts: list[str], layout: _Layout) -> bool:
    """Whether the row is a header row (its roles learnt), the second row of one included."""
    from ita_tui.importer.table import header_more, header_roles

    found = header_roles(texts)
    if found is not None:
        layout.roles = dict(found.roles)
        layout.width = len(texts)
        layout.after_header = True
        return True
    more = header_more(texts) if layout.after_header else None
    layout.after_header = False
    if more is None:
        return False
    for index, role in more.items():  # as importer.table merges a two-row header
        for old, at_index in list(layout.roles.items()):
            if at_index == index or old == role:
                del layout.roles[old]
        layout.roles[role] = index
    return True


def _advance(cells: list[list[_Chunk]]) -> float:
    """A character's advance in ems, as the page's cells show it: the median step from a
    chunk to the next on its line of a cell, per character (half an em, the least, when no
    line has two chunks)."""
    steps = []
    for cell in cells:
        for line in _lines(cell):
            for this, following in itertools.pairwise(line):
                count = len(_ZERO_WIDTH.sub("", this.text))
                if count >= 3 and following.x > this.x:
                    steps.append((following.x - this.x) / (count * this.size))
    steps.sort()
    return max(0.5, steps[len(steps) // 2]) if steps else 0.5


def _cell_lines(chunks: list[_Chunk], em: float) -> list[_Line]:
    found = []
    for line in _lines(chunks):
        text = "".join(c.text for c in line)
        if text.strip():
            size = max(c.size for c in line)
            left = min(c.x for c in line)
            right = max(c.x + _width(c) * em / 0.5 for c in line)
            found.append(_Line(text, line[0].y, left, right, size, size * em))
    return found


def _pitch(cell: list[_Line]) -> float | None:
    """A cell's line pitch, in font sizes: the narrowest gap between its lines (a page's
    cells differ: its other cells are not looked at)."""
    ratios = [
        (above.y - below.y) / max(above.size, below.size)
        for above, below in itertools.pairwise(cell)
    ]
    return min((r for r in ratios if r >= 0.8), default=None)


def _inner(cell: list[_Line], left_edge: float, right_edge: float) -> tuple[float, float]:
    """Where a cell's text starts and may end: its ruling lines less the padding (the
    padding on the left, as Word and LibreOffice pad both sides alike)."""
    left = min(line.left for line in cell)
    return left, right_edge - max(0.0, left - left_edge)


#: Letters a Thai word that did not fit on a line may have (a writer that breaks Thai
#: between words leaves at most this much room on a wrapped line).
_THAI_WORD = 12
#: A space that ends a word: not one a PDF writer put after a tone mark inside a word
#: («ฝ่ าย», repaired later), which would make the first word look short enough to fit.
_WORD_END = re.compile(r"(?<![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\s+")


def _fits(room: float, after: str, char: float) -> bool:
    """Whether the next line's first word (up to a space: for Thai, often more than a word)
    and a space would have fitted in the room left (``char`` points a character): then the
    line was ended by its paragraph's end, not wrapped."""
    word = _ZERO_WIDTH.sub("", _WORD_END.split(after.strip(), maxsplit=1)[0])
    if _THAI_START.match(word):
        word = word[:_THAI_WORD]  # Thai has no spaces between words: its first word is unknown
    return bool(word) and room >= (len(word) + 1) * char


def _paragraphs(cell: list[_Line], right: float) -> list[list[str]]:
    """A cell's lines as paragraphs: a line starts a new one after paragraph spacing, or
    when the line before ended short where the next line's first word would have fitted.
    Lines not flush with the cell's left (centred, indented) are never cut by their ends;
    a numbered line is left to the numbering (as before)."""
    left = min(line.left for line in cell)
    pitch = _pitch(cell)
    groups = [[cell[0].text]]
    for before, after in itertools.pairwise(cell):
        size = max(before.size, after.size)
        flush = max(abs(before.left - left), abs(after.left - left)) <= 0.5 * size
        new = not _ITEM_START.match(after.text) and (
            (pitch is not None and before.y - after.y > pitch * size * _PARAGRAPH_GAP)
            or (flush and _fits(right - before.right, after.text, after.char))
        )
        if new:
            groups.append([after.text])
        else:
            groups[-1].append(after.text)
    return groups


def _tail(cell: list[_Line], left: float, right: float) -> tuple[float, float] | None:
    """The room left on a cell's last line and a character's advance there, when the line
    is flush left."""
    last = cell[-1]
    if abs(last.left - left) > 0.5 * last.size:
        return None
    return right - last.right, last.char


def _page_records(
    page: _Page, number: int, wraps: list[Place], layout: _Layout | None = None
) -> list[Record]:
    layout = _Layout() if layout is None else layout
    columns = _merge([x for x, low, high in page.vertical if high - low > 8], 2.0)
    ends = [edge for x, low, high in page.vertical if high - low > 8 for edge in (low, high)]
    # a row broken by the page end has no border there: the column lines' ends close it
    rows = _merge([y for y, low, high in page.horizontal if high - low > 8] + ends, 1.5)
    records: list[tuple[float, Record]] = []
    used: set[int] = set()
    # rows of the ruled table: top, column edges, each cell's lines
    ruled: list[tuple[float, list[float], list[list[_Chunk]]]] = []
    if len(columns) >= 3 and len(rows) >= 2 and len(rows) * len(page.vertical) <= MAX_RULES:
        # chunks by height, and column lines by their top: a row looks only at the chunks and
        # lines within its own height, so ruling a page into thousands of rows stays linear
        by_y = sorted(range(len(page.chunks)), key=lambda i: page.chunks[i].y)
        heights = [page.chunks[i].y for i in by_y]
        verticals = [(x, low, high) for x, low, high in page.vertical if high - low > 0]
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
            if any(cells):
                ruled.append((top, edges, cells))
    row_number = 0
    em = _advance([cell for _, _, cells in ruled for cell in cells])
    for top, edges, cells in ruled:
        found = [_cell_lines(cell, em) for cell in cells]
        groups = [[[line.text for line in cell]] for cell in found]  # one paragraph a cell
        texts = [_join_cell(cell[0]) for cell in groups]
        if not any(texts):
            continue
        row_number += 1
        where = place(("page", number), ("row", row_number))
        if not _learn_header(texts, layout) and len(found) == layout.width:
            tails: list[tuple[float, float] | None] = []
            for column, cell in enumerate(found):
                if column not in layout.columns or not cell:
                    tails.append(None)
                    continue
                left, right = _inner(cell, edges[column], edges[column + 1])
                groups[column] = _paragraphs(cell, right)
                texts[column] = "\n".join(t for t in map(_join_cell, groups[column]) if t)
                tails.append(_tail(cell, left, right))
            layout.tails[where] = tails
        if any(_guessed_joins(group) for cell in groups for group in cell):
            wraps.append(where)
        records.append((top, Record(0, texts, where)))
    rest = [chunk for index, chunk in enumerate(page.chunks) if index not in used]
    for y, text, line_number in _paragraph_lines(_lines(rest)):
        records.append((y, Record(0, [text], place(("page", number), ("line", line_number)))))
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


def _unruled_records(pages: list[tuple[int, _Page]], wraps: list[Place]) -> list[Record]:
    """Rows of a table drawn without lines: the header row's cells give the columns; a line
    whose first column holds a number (or «(ต่อ)») starts a row, the lines after it add to
    its cells, across pages, until the next numbered line, heading or text outside the
    columns."""
    from ita_tui.importer.headings import heading
    from ita_tui.importer.table import header_roles

    records: list[Record] = []
    columns: list[float] | None = None
    row: tuple[Place, list[list[str]]] | None = None
    # a header row's cells wrap over lines: the lines after the first header line, up to the
    # first row, are learnt once and skipped where the header repeats (on every page)
    header_tail: list[str] | None = None
    learning = False
    expect: list[str] = []
    numbered = re.compile(rf"^\(?[{DIGIT}]{{1,3}}[.)]?\s*(?:\(\s*ต่อ\s*\))?$|^\(\s*ต่อ\s*\)")

    def close() -> None:
        nonlocal row
        if row is not None:
            where, cells = row
            records.append(Record(0, [_join_cell(lines) for lines in cells], where))
            if any(_guessed_joins(lines) for lines in cells):
                wraps.append(where)
        row = None

    for number, page in pages:
        for index, line in enumerate(_lines(page.chunks), start=1):
            where = place(("page", number), ("line", index))
            segments = _segments(line)
            if not segments:
                continue
            texts = [text for _, text in segments]
            whole = "".join(c.text for c in line).strip()
            if len(segments) >= 3 and header_roles(texts) is not None:
                if columns is None or row is None:
                    close()
                    records.append(Record(0, texts, where))
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
                records.append(Record(0, [whole], where))
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
                row = (place(("page", number), ("row", index)), [[] for _ in columns])
            elif row is None:
                close()
                records.append(Record(0, [whole], where))
                continue
            assert row is not None
            for column, parts in enumerate(cells):
                text = "".join(parts)
                if text.strip():
                    row[1][column].append(text)
    close()
    return [Record(i, r.cells, r.place, r.notes) for i, r in enumerate(records, start=1)]
