"""The report's rows: records (plain lines, or TSV/CSV with quoted multi-line cells), the
delimiter, and the roles of a table's columns read from its header row."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from ita_tui.importer.messages import Message, Place, line
from ita_tui.importer.numbering import item_number
from ita_tui.importer.text import squash


@dataclass(frozen=True)
class Record:
    """One row of a report as its reader found it, in the source's order: the cells of a
    table row (or one paragraph as a single cell), numbered by ``line``, with its place in
    the source for warnings. Every reader (``formats/``) makes these; the parser reads them."""

    line: int
    cells: list[str]
    place: Place | None = None  # where it is in the source (table 2, row 3); else its line
    notes: tuple[
        Message, ...
    ] = ()  # what the reader guessed about this row (warned with its place)
    #: cells merged down from a row above, by column: the text of the range's top cell (a
    #: period or responsible cell spanning several rows applies to every row it covers)
    above: tuple[tuple[int, str], ...] = ()

    @property
    def at(self) -> Place:
        return self.place or line(self.line)

    @property
    def filled(self) -> list[str]:
        return [c.strip() for c in self.cells if c.strip()]

    @property
    def text(self) -> str:
        return " ".join(self.filled)


def normalise_newlines(text: str) -> str:
    """``text`` without a leading byte-order mark, every line ending a plain ``\\n``."""
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _opens_quote(line: str, delimiter: str) -> bool:
    return any(cell.startswith('"') for cell in line.split(delimiter))


def _parse_quoted(record: str, delimiter: str) -> list[str] | None:
    try:
        rows = list(csv.reader(io.StringIO(record, newline=""), delimiter=delimiter, strict=True))
    except csv.Error:
        return None
    return rows[0] if len(rows) == 1 else None


_MAX_CELL_LINES = 500


def read_records(text: str, delimiter: str | None) -> list[Record]:
    """Rows of the report.  With a delimiter, a cell in spreadsheet quotes may span lines
    (``"๑. …\\n๒. …"``); a stray quote that never closes is taken literally."""
    lines = text.split("\n")
    records: list[Record] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if delimiter is None:
            records.append(Record(index + 1, [line]))
            index += 1
            continue
        cells: list[str] | None = None
        used = 1
        if _opens_quote(line, delimiter):
            record = line
            while record.count('"') % 2 and used < _MAX_CELL_LINES and index + used < len(lines):
                record += "\n" + lines[index + used]
                used += 1
            cells = _parse_quoted(record, delimiter) if record.count('"') % 2 == 0 else None
            if cells is None:
                used = 1
        records.append(Record(index + 1, cells if cells is not None else line.split(delimiter)))
        index += used
    return records


def detect_delimiter(text: str) -> str | None:
    """Tab if any line has one; else comma or semicolon when rows parse as table rows."""
    if "\t" in text:
        return "\t"
    for delimiter in (",", ";"):
        if delimiter not in text:
            continue
        for record in read_records(text, delimiter):
            cells = record.filled
            if len(cells) >= 4 and (
                item_number(cells[0]) is not None or header_roles(record.cells)
            ):
                return delimiter
    return None


ROLES = ("number", "title", "period", "responsible", "steps", "outcomes")
#: The words of a header cell that name each role, in the order they are tried.
ROLE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"\A(?:ลำดับ(?:ที่)?|ที่|ข้อ|no\.?)\Z", re.IGNORECASE)),
    ("period", re.compile(r"ระยะเวลา|ช่วงเวลา|ห้วงเวลา|ไตรมาส")),
    ("responsible", re.compile(r"รับผิดชอบ|ผู้ดำเนินการ")),
    ("outcomes", re.compile(r"ผลลัพธ์|ความสำเร็จ|ตัวชี้วัด|ผลที่ได้รับ")),
    ("steps", re.compile(r"สรุปผล|ขั้นตอน|วิธีการ|ผลการดำเนิน|การดำเนินการตาม")),
    ("title", re.compile(r"มาตรการ|กิจกรรม|โครงการ")),
)


@dataclass
class Columns:
    """What each column of a table holds: ``roles`` (``"title"``, ``"period"``… of
    :data:`ROLES`) by column index, other named columns in ``extras``; ``assumed`` when no
    header row was found and the standard order is taken."""

    roles: dict[str, int]
    extras: dict[int, str]
    line: int = 0
    assumed: bool = False
    place: Place | None = None


def role_of(header: str) -> str | None:
    """The role (of :data:`ROLES`) a header cell names (``ระยะเวลา`` -> ``"period"``), else None."""
    text = squash(header)
    for role, pattern in ROLE_WORDS:
        if pattern.search(text):
            return role
    return None


def header_roles(cells: list[str]) -> Columns | None:
    """Column roles of a header row (``ลำดับ | มาตรการ/กิจกรรม | ระยะเวลา…``), else None."""
    roles: dict[str, int] = {}
    extras: dict[int, str] = {}
    for index, cell in enumerate(cells):
        role = role_of(cell) if len(cell) <= 80 else None
        if role is not None and role not in roles:
            roles[role] = index
        elif cell.strip():
            extras[index] = squash(cell)
    if len(roles) < 3 or ("title" not in roles and "steps" not in roles):
        return None
    return Columns(roles=roles, extras=extras)


def standard_columns() -> Columns:
    """The columns of a table without a header row: the roles in the standard order."""
    return Columns(roles={role: i for i, role in enumerate(ROLES)}, extras={}, assumed=True)


def header_more(cells: list[str]) -> dict[int, str] | None:
    """The roles a second header row names, by column (a merged group cell «ผลการดำเนินการ»
    over ``ผลลัพธ์ | ขั้นตอน``): every cell it fills is a column name; else None."""
    found: dict[int, str] = {}
    for index, cell in enumerate(cells):
        text = cell.strip()
        if not text or _CONTINUED_CELL.fullmatch(text):
            continue  # empty under a group cell, or a first cell merged down from above
        role = role_of(text) if len(text) <= 80 else None
        if role is None or item_number(text) is not None:
            return None
        found[index] = role
    return found or None


def merge_header(columns: Columns, more: dict[int, str]) -> None:
    """The columns under a group cell take their own names' roles (the group's role moves)."""
    for index, role in more.items():
        for old, at_index in list(columns.roles.items()):
            if at_index == index or old == role:
                del columns.roles[old]
        columns.extras.pop(index, None)
    for index, role in more.items():
        columns.roles.setdefault(role, index)


_CONTINUED_CELL = re.compile(r"\(\s*ต่อ\s*\)")
