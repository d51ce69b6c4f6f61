"""Word (.docx): the body's paragraphs and tables, read from the OOXML zip with the standard
library.  A table cell keeps its paragraphs as lines (one step, outcome or job title each);
Word's automatic list numbers are written out (``1.``) as the reader would see them; a cell
merged across columns is followed by empty cells so later columns stay in place; a row whose
first cell is merged down from the row above continues that row's activity (read as «(ต่อ)»)."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from ita_tui.importer.formats import Source
from ita_tui.importer.formats.ooxml import open_package, parse_xml, read_part
from ita_tui.importer.messages import place
from ita_tui.importer.table import Record
from ita_tui.thai.digits import to_thai_digits

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CONTINUED = "(ต่อ)"  # what a first cell merged down from the row above says
_MAX_SPAN = 64


def _paragraph_text(paragraph: Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter():
        tag = node.tag
        if tag == W + "t" and node.text:
            parts.append(node.text)
        elif tag in (W + "tab", W + "ptab"):
            parts.append(" ")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
    return "".join(parts)


class _Numbering:
    """Word's automatic list numbers, written out as Word shows them: each list level's text
    (``%1.``, ``ประเด็นที่ %1``, ``%1)``) and format (Arabic or Thai digits), counted through the
    document, a level's count restarting when a higher level moves on."""

    def __init__(self, root: Element | None) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstract -> level -> …
        self.nums: dict[str, str] = {}  # numId -> abstractNumId
        self.counts: dict[str, list[int]] = {}
        if root is None:
            return
        for abstract in root.iter(W + "abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in abstract.iter(W + "lvl"):
                level = _int(lvl.get(W + "ilvl"), 0)
                text = lvl.find(W + "lvlText")
                fmt = lvl.find(W + "numFmt")
                start = lvl.find(W + "start")
                default = f"%{level + 1}."
                levels[level] = (
                    text.get(W + "val", default) if text is not None else default,
                    fmt.get(W + "val", "decimal") if fmt is not None else "decimal",
                    _int(start.get(W + "val") if start is not None else None, 1),
                )
            self.levels[abstract.get(W + "abstractNumId", "")] = levels
        for num in root.iter(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                self.nums[num.get(W + "numId", "")] = ref.get(W + "val", "")

    def label(self, paragraph: Element) -> str | None:
        """The number Word draws before ``paragraph`` (``"3."``), or None for no list."""
        props = paragraph.find(W + "pPr")
        numbering = props.find(W + "numPr") if props is not None else None
        if numbering is None:
            return None
        num = numbering.find(W + "numId")
        ilvl = numbering.find(W + "ilvl")
        num_id = num.get(W + "val", "") if num is not None else ""
        if num_id in ("", "0"):
            return None
        level = max(0, min(8, _int(ilvl.get(W + "val") if ilvl is not None else None, 0)))
        levels = self.levels.get(self.nums.get(num_id, ""), {})
        pattern, fmt, start = levels.get(level, (f"%{level + 1}.", "decimal", 1))
        counts = self.counts.setdefault(num_id, [0] * 9)
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        counts[level] = counts[level] + 1 if counts[level] else start
        if fmt in ("bullet", "none") or "%" not in pattern:
            return None  # bullets carry no number
        text = pattern
        for depth in range(level + 1):
            depth_fmt, depth_start = levels.get(depth, ("", "decimal", 1))[1:]
            value = counts[depth] or depth_start
            thai = depth_fmt in ("thaiNumbers", "thaiCounting")
            text = text.replace(f"%{depth + 1}", to_thai_digits(str(value)) if thai else str(value))
        return text


def _paragraphs(container: Element, numbering: _Numbering) -> list[str]:
    """The text of every paragraph in ``container`` (a cell), automatic numbers written out."""
    lines: list[str] = []
    for paragraph in container.iter(W + "p"):
        text = _paragraph_text(paragraph).strip()
        label = numbering.label(paragraph)
        if label is not None and text:
            text = f"{label} {text}"
        if text:
            lines.append(text)
    return lines


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _row_cells(
    row: Element, numbering: _Numbering, tops: dict[int, str]
) -> tuple[list[str], tuple[tuple[int, str], ...]]:
    """The row's cells by grid column, and the text of the cells merged down into it from the
    rows above (``tops``: the text of each column's last cell, kept up to date)."""
    cells: list[str] = []
    above: list[tuple[int, str]] = []
    for cell in row:
        if cell.tag == W + "sdt":  # a content control around cells
            content = cell.find(W + "sdtContent")
            inner = [c for c in content if c.tag == W + "tc"] if content is not None else []
        elif cell.tag == W + "tc":
            inner = [cell]
        else:
            continue
        for tc in inner:
            props = tc.find(W + "tcPr")
            span, merged_down = 1, False
            if props is not None:
                grid = props.find(W + "gridSpan")
                span = max(
                    1, min(_MAX_SPAN, _int(grid.get(W + "val") if grid is not None else None, 1))
                )
                vmerge = props.find(W + "vMerge")
                merged_down = vmerge is not None and vmerge.get(W + "val", "continue") == "continue"
            column = len(cells)
            if merged_down:
                # the first cell merged down from the row above: the row continues that row
                cells.append(CONTINUED if not cells else "")
                if tops.get(column):
                    above.append((column, tops[column]))
            else:
                text = "\n".join(_paragraphs(tc, numbering))
                cells.append(text)
                tops[column] = text
            cells.extend([""] * (span - 1))
            for covered in range(column + 1, column + span):
                tops.pop(covered, None)
    return cells, tuple(above)


def _rows(table: Element) -> list[Element]:
    rows: list[Element] = []
    for child in table:
        if child.tag == W + "tr":
            rows.append(child)
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                rows.extend(c for c in content if c.tag == W + "tr")
    return rows


def read(raw: bytes, name: str) -> Source:
    package = open_package(raw, name, "Word (.docx)")
    with package:
        root = parse_xml(read_part(package, "word/document.xml", name), "word/document.xml", name)
        numbering_xml = read_part(package, "word/numbering.xml", name, required=False)
        numbering = _Numbering(
            parse_xml(numbering_xml, "word/numbering.xml", name) if numbering_xml else None
        )
    body = root.find(W + "body")
    records: list[Record] = []
    counts = {"table": 0, "paragraph": 0}

    def walk(container: Element) -> None:
        for child in container:
            if child.tag == W + "p":
                counts["paragraph"] += 1
                text = "\n".join(_paragraphs(child, numbering))
                if text:
                    for line in text.split("\n"):
                        records.append(
                            Record(
                                len(records) + 1, [line], place(("paragraph", counts["paragraph"]))
                            )
                        )
            elif child.tag == W + "tbl":
                counts["table"] += 1
                table = counts["table"]
                tops: dict[int, str] = {}
                for index, row in enumerate(_rows(child), start=1):
                    cells, above = _row_cells(row, numbering, tops)
                    records.append(
                        Record(
                            len(records) + 1,
                            cells,
                            place(("table", table), ("row", index)),
                            above=above,
                        )
                    )
            elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
                walk(child)

    if body is not None:
        walk(body)
    return Source("docx", records)
