"""A hospital's report as a PDF, written with the standard library: a ruled table (the header
repeated on every page, rows broken across pages), each cell's paragraphs (the title, each job
title, each step and outcome) wrapped at a letter budget, Thai text drawn in a font known only
by its ToUnicode map (the text layer is what the importer reads; no glyphs are embedded).

As Word's PDF writer lays a cell out: each paragraph starts a new line, a paragraph that
wraps goes on in continuation lines (a wrapped line ends where the next word would not have
fitted), and with ``PARAGRAPH_GAP`` paragraphs have spacing between them.  ``BREAKS`` records
where the page end broke a row's cells: (column, whether the next page's part starts a
paragraph)."""

from __future__ import annotations

import copy
import zlib
from typing import Any

from agency_builder import _MARKS, INTRO, ORGANISATION, TITLE, hospital, numbered

from ita_tui.thai.digits import to_thai_digits

PAGE_W, PAGE_H = 842, 595
MARGIN = 30
SIZE = 8.0
LEADING = 10.0
COLUMNS = [30, 170, 80, 170, 190, 142]  # points: ลำดับ, title, period, responsible, steps, outcomes
HEADER = ["ลำดับ", "มาตรการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "ขั้นตอน", "ผลลัพธ์"]
PARAGRAPH_GAP = 0.0  # points of spacing between a cell's paragraphs
#: When set, a line wraps at its last space only that close to its end, else within the
#: Thai text (as a writer that breaks Thai between words does: a wrapped line is nearly full)
THAI_WORD_BREAK = 0
BREAKS: list[tuple[int, bool]] = []

#: A cell's lines: whether the line starts a paragraph, and its text.
Cell = list[tuple[bool, str]]


def _hex(text: str) -> str:
    return "".join(f"{ord(ch):04X}" for ch in text)


def _line(x: float, y: float, text: str) -> bytes:
    return f"BT /F1 {SIZE} Tf 1 0 0 1 {x:.1f} {y:.1f} Tm <{_hex(text)}> Tj ET".encode()


def _wrap(text: str, width: float) -> list[str]:
    """Lines of at most ``width`` points (half an em a letter, marks take none); a line that
    wraps at a space keeps it at its end."""
    budget = max(4, int(width / (SIZE * 0.5)))
    lines: list[str] = []
    while True:
        count = cut = 0
        while cut < len(text) and count < budget:
            if text[cut] not in _MARKS:
                count += 1
            cut += 1
        while cut < len(text) and text[cut] in _MARKS:
            cut += 1
        if cut >= len(text):
            lines.append(text)
            return lines
        space = text.rfind(" ", 0, cut)
        if space > (cut - THAI_WORD_BREAK if THAI_WORD_BREAK else cut // 2):
            cut = space + 1
        lines.append(text[:cut])
        text = text[cut:]


def _cells(activity: dict[str, Any], number: int, plain: bool = False) -> list[Cell]:
    outcomes = [o["text"] for o in activity["outcomes"]]
    paragraphs = [
        [to_thai_digits(str(number))],
        [activity["title"]],
        [activity["period"]],
        list(activity["responsible"]),
        list(activity["steps"]) if plain else numbered(activity["steps"], "."),
        outcomes if plain else numbered(outcomes, ")"),
    ]
    return [
        [
            (index == 0, line)
            for paragraph in cell
            for index, line in enumerate(_wrap(paragraph, COLUMNS[i] - 6))
        ]
        for i, cell in enumerate(paragraphs)
    ]


def _offsets(cell: Cell) -> list[float]:
    """Each line's distance below the cell's top (paragraph spacing before each paragraph
    but the first)."""
    found = []
    offset = 0.0
    for index, (starts, _) in enumerate(cell):
        if starts and index:
            offset += PARAGRAPH_GAP
        found.append(offset)
        offset += LEADING
    return found


def _height(cell: Cell) -> float:
    return _offsets(cell)[-1] + LEADING if cell else 0.0


class _Pages:
    def __init__(self) -> None:
        self.pages: list[list[bytes]] = []
        self.y = 0.0
        self.table_top: float | None = None
        self.new_page()

    def new_page(self) -> None:
        self.close_table()
        self.pages.append([b"0.5 w"])
        self.y = PAGE_H - MARGIN
        number = len(self.pages)
        if number > 1:
            self.pages[-1].append(_line(PAGE_W / 2, 15, f"- {to_thai_digits(str(number))} -"))

    def text(self, line: str) -> None:
        self.close_table()
        if self.y < MARGIN + LEADING:
            self.new_page()
        self.pages[-1].append(_line(MARGIN, self.y - SIZE, line))
        self.y -= LEADING + 4

    def rule(self, y: float) -> None:
        self.pages[-1].append(f"{MARGIN} {y:.1f} m {MARGIN + sum(COLUMNS)} {y:.1f} l S".encode())

    def open_table(self) -> None:
        if self.table_top is None:
            self.table_top = self.y
            self.rule(self.y)

    def close_table(self) -> None:
        if self.table_top is None:
            return
        x = MARGIN
        for width in [0, *COLUMNS]:
            x += width
            self.pages[-1].append(f"{x} {self.table_top:.1f} m {x} {self.y:.1f} l S".encode())
        self.table_top = None

    def header(self) -> None:
        self.row([[(True, h)] for h in HEADER], header=True)

    def row(self, cells: list[Cell], *, header: bool = False) -> None:
        """A row; when it does not fit, the lines that fit end the page and the rest go on
        the next page under the repeated header."""
        height = max(_height(cell) for cell in cells)
        room = self.y - MARGIN - 6
        if not header and room < min(height, 2 * LEADING):  # not two lines: the row starts anew
            self.new_page()
            self.header()
            room = self.y - MARGIN - 6
        if header or height <= room:
            self._draw(cells)
            return
        fitting = [
            sum(1 for offset in _offsets(cell) if offset + LEADING <= room) for cell in cells
        ]
        self._draw([cell[:count] for cell, count in zip(cells, fitting, strict=True)])
        for column, (cell, count) in enumerate(zip(cells, fitting, strict=True)):
            if 0 < count < len(cell):
                BREAKS.append((column, cell[count][0]))
        self.new_page()
        self.header()
        self.row([cell[count:] for cell, count in zip(cells, fitting, strict=True)])

    def _draw(self, cells: list[Cell]) -> None:
        self.open_table()
        top = self.y
        x = MARGIN
        for width, cell in zip(COLUMNS, cells, strict=True):
            for offset, (_, line) in zip(_offsets(cell), cell, strict=True):
                self.pages[-1].append(_line(x + 3, top - 3 - SIZE - offset, line))
            x += width
        self.y = top - 6 - max(LEADING, max(_height(cell) for cell in cells))
        self.rule(self.y)


def report_pdf(plan: dict[str, Any] | None = None, plain: frozenset[str] = frozenset()) -> bytes:
    """The plan (the hospital's by default) as a PDF; the activities named in ``plain`` have
    steps and outcomes as paragraphs without numbers."""
    plan = hospital() if plan is None else plan
    BREAKS.clear()
    pages = _Pages()
    for line in (TITLE, ORGANISATION, INTRO):
        pages.text(line)
    for issue in plan["issues"]:
        pages.text(f"มิติที่ {to_thai_digits(issue['id'])}. {issue['title']}")
        pages.header()
        for number, activity in enumerate(issue["activities"], 1):
            pages.row(_cells(activity, number, activity["id"] in plain))
    pages.close_table()
    return _document(pages.pages)


#: Job titles no list knows, each its own paragraph in the cell (one wraps).
UNKNOWN_TITLES = {
    "1.1": ["ผู้ประสานงานศูนย์คุณภาพ", "พยาบาลวิชาชีพชำนาญการพิเศษ"],
    "1.2": ["คณะกรรมการจริยธรรมและธรรมาภิบาลของโรงพยาบาลบ้านนาสาร", "งานเวชระเบียนและสารสนเทศ"],
    "2.1": ["หัวหน้าฝ่ายอำนวยการ", "นักจัดการงานทั่วไปชำนาญการ", "ศูนย์รับเรื่องราวร้องทุกข์"],
}
#: Activities whose steps and outcomes are paragraphs without numbers.
PLAIN = frozenset({"2.2"})
#: A step and an outcome long enough to wrap over many lines (and so over a page end).
LONG_STEP = (
    "ประชุมชี้แจงแนวทางการรับเรื่องร้องเรียนให้เจ้าหน้าที่ทุกกลุ่มงานทราบ"
    "และมอบหมายผู้รับผิดชอบประจำจุดบริการผู้ป่วยนอกผู้ป่วยในและห้องฉุกเฉินทุกเวร"
)
LONG_OUTCOME = (
    "ผู้ป่วยและญาติร้อยละ ๙๐ พึงพอใจต่อช่องทางการร้องเรียน"
    "และได้รับแจ้งผลการดำเนินการภายในเวลาที่กำหนดทุกเรื่องโดยไม่มีเรื่องค้าง"
)


def paragraphs_plan() -> dict[str, Any]:
    """The hospital's plan with job titles no list knows, unnumbered steps and outcomes, and
    a step and an outcome that wrap over many lines."""
    plan = copy.deepcopy(hospital())
    activities = {a["id"]: a for issue in plan["issues"] for a in issue["activities"]}
    for aid, titles in UNKNOWN_TITLES.items():
        activities[aid]["responsible"] = titles
    first = activities["1.1"]
    first["steps"].insert(1, LONG_STEP)
    first["outcomes"].insert(1, {"id": "", "text": LONG_OUTCOME})
    # without numbers, paragraphs are told apart by where they end: short of the cell's edge
    plain = activities["2.2"]
    plain["steps"] = ["ออกแบบแบบฟอร์มรับเรื่องร้องเรียน", "ทดสอบระบบกับผู้ป่วยนอก ๓๐ ราย", LONG_STEP]
    plain["outcomes"] = [
        {"id": "", "text": text}
        for text in ["มีช่องทางร้องเรียนออนไลน์", "ตอบกลับภายใน ๗ วัน", LONG_OUTCOME]
    ]
    for activity in activities.values():
        for index, outcome in enumerate(activity["outcomes"], 1):
            outcome["id"] = f"{activity['id']}.{index}"
    return plan


def _document(pages: list[list[bytes]]) -> bytes:
    used = sorted({ch for page in pages for op in page for ch in _decoded(op)})
    cmap = _to_unicode(used)
    objects: list[bytes] = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"",  # the page tree, once the pages are numbered
        b"<</Type/Font/Subtype/Type0/BaseFont/Sarabun/Encoding/Identity-H"
        b"/DescendantFonts[4 0 R]/ToUnicode 5 0 R>>",
        b"<</Type/Font/Subtype/CIDFontType2/BaseFont/Sarabun/CIDSystemInfo"
        b"<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/DW 500/FontDescriptor 6 0 R>>",
        _stream(cmap),
        b"<</Type/FontDescriptor/FontName/Sarabun/Flags 4/FontBBox[0 -250 1000 900]"
        b"/ItalicAngle 0/Ascent 900/Descent -250/CapHeight 700/StemV 80>>",
    ]
    kids = []
    for page in pages:
        content = len(objects) + 2
        kids.append(len(objects) + 1)
        objects.append(
            f"<</Type/Page/Parent 2 0 R/MediaBox[0 0 {PAGE_W} {PAGE_H}]"
            f"/Resources<</Font<</F1 3 0 R>>>>/Contents {content} 0 R>>".encode()
        )
        objects.append(_stream(b"\n".join(page)))
    refs = " ".join(f"{k} 0 R" for k in kids)
    objects[1] = f"<</Type/Pages/Kids[{refs}]/Count {len(kids)}>>".encode()
    return pdf_file(objects)


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (object 1 the catalogue), with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _decoded(op: bytes) -> str:
    text = op.decode()
    if "<" not in text:
        return ""
    hexes = text[text.index("<") + 1 : text.index(">")]
    return "".join(chr(int(hexes[i : i + 4], 16)) for i in range(0, len(hexes), 4))


def _to_unicode(chars: list[str]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        "/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def",
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
        "1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ]
    for start in range(0, len(chars), 100):
        block = chars[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines += [f"<{ord(c):04X}> <{ord(c):04X}>" for c in block]
        lines.append("endbfchar")
    lines += ["endcmap CMapName currentdict /CMap defineresource pop end end"]
    return "\n".join(lines).encode()


def _stream(data: bytes) -> bytes:
    packed = zlib.compress(data)
    return b"<</Length %d/Filter/FlateDecode>>stream\n" % len(packed) + packed + b"\nendstream"
