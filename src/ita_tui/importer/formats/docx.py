"""Word (.docx): the body's paragraphs and tables, read from the OOXML zip with the standard
library.  A table cell keeps its paragraphs as lines (one step, outcome or job title each);
Word's automatic list numbers are written out (``1.``) as the reader would see them; a cell
merged across columns is followed by empty cells so later columns stay in place; a cell merged
down from the row above is empty, so the row continues the activity above."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from ita_tui.importer.formats import Source
from ita_tui.importer.formats.ooxml import open_package, parse_xml, read_part
from ita_tui.importer.table import _Record

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
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


def _list_id(paragraph: Element) -> str | None:
    props = paragraph.find(W + "pPr")
    numbering = props.find(W + "numPr") if props is not None else None
    if numbering is None:
        return None
    num = numbering.find(W + "numId")
    level = numbering.find(W + "ilvl")
    num_id = num.get(W + "val", "") if num is not None else ""
    if num_id in ("", "0"):
        return None
    return f"{num_id}/{level.get(W + 'val', '0') if level is not None else '0'}"


def _paragraphs(container: Element) -> list[str]:
    """The text of every paragraph in ``container`` (a cell), automatic numbers written out."""
    lines: list[str] = []
    counters: dict[str, int] = {}
    for paragraph in container.iter(W + "p"):
        text = _paragraph_text(paragraph).strip()
        list_id = _list_id(paragraph)
        if list_id is not None and text:
            counters[list_id] = counters.get(list_id, 0) + 1
            text = f"{counters[list_id]}. {text}"
        if text:
            lines.append(text)
    return lines


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _row_cells(row: Element) -> list[str]:
    cells: list[str] = []
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
            cells.append("" if merged_down else "\n".join(_paragraphs(tc)))
            cells.extend([""] * (span - 1))
    return cells


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
    body = root.find(W + "body")
    records: list[_Record] = []
    counts = {"table": 0, "paragraph": 0}

    def walk(container: Element) -> None:
        for child in container:
            if child.tag == W + "p":
                counts["paragraph"] += 1
                text = "\n".join(_paragraphs(child))
                if text:
                    for line in text.split("\n"):
                        records.append(
                            _Record(len(records) + 1, [line], f"paragraph {counts['paragraph']}")
                        )
            elif child.tag == W + "tbl":
                counts["table"] += 1
                table = counts["table"]
                for index, row in enumerate(_rows(child), start=1):
                    records.append(
                        _Record(len(records) + 1, _row_cells(row), f"table {table}, row {index}")
                    )
            elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
                walk(child)

    if body is not None:
        walk(body)
    return Source("docx", records)
