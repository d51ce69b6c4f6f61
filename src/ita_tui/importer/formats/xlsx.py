"""Excel (.xlsx): every sheet's rows, read from the OOXML zip with the standard library.
Shared and inline strings, numbers as written, multi-line cells kept as lines; a merged range's
value stays in its first cell and the others are empty (so a row under a merged number cell
continues the activity above)."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from dataclasses import replace
from xml.etree.ElementTree import Element

from ita_tui.importer.formats import Source
from ita_tui.importer.formats.ooxml import open_package, parse_xml, read_part
from ita_tui.importer.messages import Message, Part, at, place
from ita_tui.importer.result import ReportImportError
from ita_tui.importer.table import Record

S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"([A-Z]{1,3})([0-9]+)")
MAX_COLUMNS = 256  # a measures table has 6: cells further right are ignored (noted)
MAX_ROWS = 100_000
MAX_MERGED = 200_000  # merged ranges, and cells under them, looked at in one sheet
MAX_SHEETS = 64  # a workbook's sheets read: a report has a few


def _text(node: Element) -> str:
    """A string item: its ``t`` runs (rich text), without phonetic ``rPh`` runs."""
    parts: list[str] = []
    for child in node:
        if child.tag == S + "t":
            parts.append(child.text or "")
        elif child.tag == S + "r":
            parts.extend(t.text or "" for t in child.iter(S + "t"))
    return "".join(parts)


def _column(ref: str) -> int | None:
    match = _REF.fullmatch(ref or "")
    if match is None:
        return None
    index = 0
    for letter in match.group(1):
        index = index * 26 + ord(letter) - 64
    return index - 1


def _number(value: str) -> str:
    """``"1.0"`` -> ``"1"``, ``"90.68"`` stays: a number as a reader would type it."""
    try:
        number = float(value)
    except ValueError:
        return value
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else value


_DATE_1900 = dt.date(1899, 12, 30)  # serial 1 is 1 January 1900 (Excel's leap-year bug kept)
_DATE_1904 = dt.date(1904, 1, 1)
#: Built-in number formats that are dates: 14-22 (and 45-47, times), 27-36 and 50-58 (East
#: Asian), 71-81 (Thai, as Thai Excel writes them).
_BUILTIN_DATES = frozenset({*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)})
_BUILTIN_DATES |= frozenset(range(71, 82))
_QUOTED_OR_COLOUR = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


def _int_or(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _date_styles(styles: Element) -> set[int]:
    """Indexes of the cell styles (``cellXfs``) that show a number as a date."""
    custom: set[int] = set()
    for fmt in styles.iter(S + "numFmt"):
        code = _QUOTED_OR_COLOUR.sub("", fmt.get("formatCode", "")).lower()
        if re.search(r"[dy]|mmm|m+[/.-]|[/.-]m+", code) and "0" not in code.replace("00", ""):
            custom.add(_int_or(fmt.get("numFmtId"), -1))
    cell_xfs = styles.find(S + "cellXfs")
    if cell_xfs is None:
        return set()
    return {
        index
        for index, xf in enumerate(cell_xfs.iter(S + "xf"))
        if (number := _int_or(xf.get("numFmtId"), 0)) in _BUILTIN_DATES or number in custom
    }


def _date(value: str, base: dt.date) -> str:
    """A date cell's serial number as a Thai reader writes the date: ``1 ต.ค. 2567``."""
    from ita_tui.thai.calendar import THAI_MONTH_ABBRS

    try:
        day = base + dt.timedelta(days=int(float(value)))
    except (ValueError, OverflowError):
        return _number(value)
    return f"{day.day} {THAI_MONTH_ABBRS[day.month - 1]} {day.year + 543}"


def _sheets(package: object, name: str) -> list[tuple[str, str]]:
    from zipfile import ZipFile

    assert isinstance(package, ZipFile)
    workbook = parse_xml(read_part(package, "xl/workbook.xml", name), "xl/workbook.xml", name)
    rels_raw = read_part(package, "xl/_rels/workbook.xml.rels", name, required=False)
    targets: dict[str, str] = {}
    if rels_raw:
        for rel in parse_xml(rels_raw, "xl/_rels/workbook.xml.rels", name).iter(
            PR + "Relationship"
        ):
            target = rel.get("Target", "")
            target = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
            targets[rel.get("Id", "")] = target
    sheets: list[tuple[str, str]] = []
    for index, sheet in enumerate(workbook.iter(S + "sheet"), start=1):
        part = targets.get(sheet.get(R + "id", ""), f"xl/worksheets/sheet{index}.xml")
        sheets.append((sheet.get("name", f"sheet {index}"), part))
    return sheets


def read(raw: bytes, name: str) -> Source:
    package = open_package(raw, name, "Excel (.xlsx)")
    source = Source("xlsx", [])
    with package:
        strings_raw = read_part(package, "xl/sharedStrings.xml", name, required=False)
        strings = (
            [
                _text(si)
                for si in parse_xml(strings_raw, "xl/sharedStrings.xml", name).iter(S + "si")
            ]
            if strings_raw
            else []
        )
        styles_raw = read_part(package, "xl/styles.xml", name, required=False)
        dates = _date_styles(parse_xml(styles_raw, "xl/styles.xml", name)) if styles_raw else set()
        workbook_raw = read_part(package, "xl/workbook.xml", name)
        base = _DATE_1904 if re.search(rb'date1904="(?:1|true)"', workbook_raw) else _DATE_1900
        sheets = _sheets(package, name)
        if not sheets:
            raise ReportImportError(Message("refused.no_sheets", name=name))
        if len(sheets) > MAX_SHEETS:
            many = Message("xlsx.sheets", n=len(sheets), limit=MAX_SHEETS)
            source.warnings.append(at(place("workbook"), many))
            sheets = sheets[:MAX_SHEETS]
        read: list[tuple[str, Source]] = []
        seen: set[str] = set()
        for sheet_name, part in sheets:
            if part in seen:  # two sheets listing one part: it is one sheet
                continue
            seen.add(part)
            root = parse_xml(read_part(package, part, name), part, name)
            sheet = Source("xlsx", [])
            _read_sheet(root, sheet_name, strings, sheet, len(sheets) > 1, (dates, base))
            read.append((sheet_name, sheet))
    # a workbook's other sheets (a summary, the ITA scores) are not measures: only the sheets
    # holding a measures table or issue headings are read, when any does
    measures = [(n, s) for n, s in read if _has_measures(s)] or read
    for sheet_name, sheet in read:
        if (sheet_name, sheet) in measures:
            source.records += sheet.records
            source.warnings += sheet.warnings
        elif sheet.records:
            source.notes.append(Message("note.sheet_left_out", name=sheet_name))
    source.records = [replace(r, line=i) for i, r in enumerate(source.records, start=1)]
    return source


def _has_measures(sheet: Source) -> bool:
    from ita_tui.importer.headings import heading
    from ita_tui.importer.table import header_roles

    return any(
        header_roles(record.cells) is not None
        or (record.filled and heading(record.filled[0]) is not None)
        for record in sheet.records
    )


def _read_sheet(
    root: Element,
    sheet_name: str,
    strings: list[str],
    source: Source,
    named: bool,
    dating: tuple[set[int], dt.date] = (set(), dt.date(1899, 12, 30)),
) -> None:
    within: tuple[Part, ...] = (("sheet", sheet_name),) if named else ()
    dropped = 0
    rows: list[tuple[int, dict[int, str]]] = []
    for position, row in enumerate(root.iter(S + "row"), start=1):
        if position > MAX_ROWS:
            break
        number = row.get("r", "")
        row_number = int(number) if number.isdigit() else position
        cells: dict[int, str] = {}
        for index, cell in enumerate(c for c in row if c.tag == S + "c"):
            column = _column(cell.get("r", ""))
            column = index if column is None else column
            if column >= MAX_COLUMNS:
                dropped += 1
                continue
            kind = cell.get("t", "n")
            value_node = cell.find(S + "v")
            value = value_node.text or "" if value_node is not None else ""
            if kind == "s":
                try:
                    text = strings[int(value)]
                except (ValueError, IndexError):
                    text = ""
            elif kind == "inlineStr":
                inline = cell.find(S + "is")
                text = _text(inline) if inline is not None else ""
            elif kind == "b":
                text = "TRUE" if value == "1" else "FALSE"
            elif kind == "n" and _int_or(cell.get("s"), -1) in dating[0]:
                text = _date(value, dating[1])
            elif kind == "n":
                text = _number(value)
            else:
                text = value
            cells[column] = text.replace("\r\n", "\n").replace("\r", "\n")
        if any(text.strip() for text in cells.values()):
            rows.append((row_number, cells))
    merged_down, clipped = _merged_down(root, [number for number, _ in rows])
    tops = {number: dict(cells) for number, cells in rows}  # as written, before any "(ต่อ)"
    under: dict[int, list[tuple[int, int]]] = {}
    for (row_number, column), top in merged_down.items():
        under.setdefault(row_number, []).append((column, top))
    first = min((min(cells) for _, cells in rows), default=0)  # the table's first column
    for row_number, cells in rows:
        if (row_number, first) in merged_down and not cells.get(first, "").strip():
            cells[first] = "(ต่อ)"  # under a first cell merged down: continues the row above
        above = tuple(
            (column, text)
            for column, top in sorted(under.get(row_number, []))
            if (text := tops.get(top, {}).get(column, ""))
        )
        width = max(cells) + 1
        source.records.append(
            Record(
                len(source.records) + 1,
                [cells.get(i, "") for i in range(width)],
                place(*within, ("row", row_number)),
                above=above,
            )
        )
    if clipped:
        message = Message("xlsx.merged", limit=MAX_MERGED)
        source.warnings.append(at(place(("sheet", sheet_name)), message))
    if dropped:
        wide = Message("xlsx.wide", n=dropped, limit=MAX_COLUMNS)
        source.warnings.append(at(place(("sheet", sheet_name)), wide))


def _merged_down(root: Element, numbers: list[int]) -> tuple[dict[tuple[int, int], int], bool]:
    """(row, column) of the cells under the top of a range merged down (``A5:A7`` gives rows
    6 and 7 of column A), each with its range's top row: Excel keeps the value in the top cell
    only.  Only rows that hold something are looked at, and at most :data:`MAX_MERGED` cells in
    all (True when more were left out): a tiny file may declare huge or countless ranges."""
    from bisect import bisect_left, bisect_right

    numbers = sorted(set(numbers))
    covered: dict[tuple[int, int], int] = {}
    for count, merge in enumerate(root.iter(S + "mergeCell")):
        if count >= MAX_MERGED:
            return covered, True
        ref = merge.get("ref", "")
        if ":" not in ref:
            continue
        start, end = ref.split(":", 1)
        first, last = _REF.fullmatch(start), _REF.fullmatch(end)
        column = _column(start)
        if first is None or last is None or column is None:
            continue
        top, bottom = int(first.group(2)), int(last.group(2))
        for row in numbers[bisect_right(numbers, top) : bisect_left(numbers, bottom + 1)]:
            covered.setdefault((row, column), top)
            if len(covered) >= MAX_MERGED:
                return covered, True
    return covered, False
