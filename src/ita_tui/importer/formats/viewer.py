"""Text copied from a PDF viewer: one cell per line, each cell wrapped over several lines.

The table's header is written one column name (or a piece of one) per line; each row starts
with its number alone on a line; then its cells follow in the header's order.  Where one cell
ends and the next starts is read from the column order and what each column starts with (a
period, a job title, ``๑.`` for the first step, ``๑)`` for the first outcome); a line inside a
cell that starts with a number (``1-2 ของเดือน``, ``๑๐๐ คน``) stays in its cell.  A wrapped line
is joined to the next without a space unless it kept a trailing space (the viewer keeps one
where it wrapped at a space).  The header repeated on every page is dropped wherever it comes,
even inside a row split across pages; a signature block at the end is left out of the last
outcome (it becomes text of its own)."""

from __future__ import annotations

import re

from ita_tui.importer.headings import heading
from ita_tui.importer.numbering import BULLET
from ita_tui.importer.responsible import KNOWN_TITLES, TITLE_HEADS
from ita_tui.importer.table import ROLES, Record, role_of
from ita_tui.thai.digits import DIGIT, to_arabic_digits

_BARE_NUMBER = re.compile(rf"[{DIGIT}]{{1,3}}")
_CONTINUED = re.compile(r"\(\s*ต่อ\s*\)")
_SIGNATURE = re.compile(r"^\(?\s*(?:ลงชื่อ|ลงนาม)")
#: A period cell's first line when the cell wraps inside its first words.
_PERIOD_START = re.compile(r"(?:ไตรมาส|ตลอดปี|ตลอดทั้งปี|ดำเนินการตลอด|ปีงบประมาณ|Q[1-4])", re.I)
_LEADING_TAGS = re.compile(r"\A(?:<[^<>]{0,40}>\s*)+")  # a cell written as <p>๑. …</p>
_MAX_HEADER_LINES = 24
_MAX_HEADER_LINE = 40


def header_block(lines: list[str]) -> tuple[int, int, list[str]] | None:
    """Where the first header written one column name (or a piece of one) per line is: its
    first line, the line after it, and the roles in its order; None when there is none (or
    no row number follows it)."""
    for start, line in enumerate(lines):
        if role_of(line.strip()) not in ("number", "title") or len(line.strip()) > 60:
            continue
        roles: list[str] = []
        end = start
        while end < len(lines) and end - start <= _MAX_HEADER_LINES:
            text = lines[end].strip()
            if _BARE_NUMBER.fullmatch(text) or len(text) > _MAX_HEADER_LINE:
                break
            if not text:
                end += 1
                continue
            role = role_of(text)
            if role is not None and role not in roles:
                roles.append(role)
            end += 1
        following = next((t.strip() for t in lines[end:] if t.strip()), "")
        if len(roles) >= 4 and end - start >= 2 and _BARE_NUMBER.fullmatch(following):
            return start, end, roles
    return None


def drop_repeats(
    lines: list[tuple[int, str]], raw: list[str], header: range
) -> tuple[list[tuple[int, str]], int]:
    """``lines`` (page numbers and running headers already out) without the table header
    repeated after its first time (``header``: its lines in ``raw``): every run of two or more
    of its lines (a page's repeated header, even inside a row split across pages; one cut short
    by the page's end), and a running header just after a page number before one; and how many
    runs were dropped."""
    from ita_tui.importer.formats.pasted import PAGE_NUMBER

    names = {raw[i].strip() for i in header if raw[i].strip()}
    least = min(2, len(names))
    kept: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    dropped = 0

    def close() -> None:
        nonlocal dropped
        if len(run) >= least:
            dropped += 1
            before = kept[-1] if kept else None
            if (
                before is not None
                and before[0] >= 2
                and PAGE_NUMBER.match(raw[before[0] - 2])
                and heading(before[1].strip()) is None
            ):
                kept.pop()  # the page's running header, between its number and the header
        else:
            kept.extend(run)
        run.clear()

    for number, text in lines:
        stripped = text.strip()
        if number - 1 in header or not stripped:
            kept.append((number, text))
            continue
        if stripped in names:
            run.append((number, text))
            continue
        close()
        kept.append((number, text))
    close()
    return kept, dropped


def _starts(role: str, text: str, number: int | None = None) -> bool:
    """Whether ``text`` can be the first line of a ``role`` cell (of its item ``number``; any
    number for a cell's first line: a row continued from above starts at ``๘.``)."""
    from ita_tui.importer.formats.pasted import PERIOD

    text = _LEADING_TAGS.sub("", text)
    arabic = to_arabic_digits(text)
    if role == "period":
        return PERIOD.match(text) is not None or _PERIOD_START.match(text) is not None
    if role == "responsible":
        word = BULLET.sub("", text).split(" ", 1)[0]
        if len(word) >= 4 and any(head.startswith(word) for head in TITLE_HEADS):
            return True  # a title wrapped inside its first word («ผู้อำนวยก»)
        return word in KNOWN_TITLES or word.startswith(TITLE_HEADS)
    digits = str(number) if number is not None else "[0-9]{1,3}"
    if role == "steps":
        return re.match(rf"{digits}\.(?![0-9])", arabic) is not None
    if role == "outcomes":
        return re.match(rf"\(?{digits}\)", arabic) is not None
    return False


def _joined(parts: list[str]) -> str:
    """Wrapped lines as one text: a line that kept a trailing space is joined with a space,
    any other without one; a line break stays where a new item starts (kept as ``\\n``)."""
    text = ""
    for part in parts:
        if part == "\n":
            text = text.rstrip() + "\n"
        elif part.startswith(" ") and text and not text.endswith(("\n", " ")):
            text += " " + part.lstrip()  # the space the line wrapped at, put at its start
        else:
            text += part.lstrip()
    return text.strip()


class _Row:
    def __init__(self, line: int, number: str, roles: list[str]) -> None:
        self.line = line
        self.roles = roles
        self.cells: dict[str, list[str]] = {"number": [number]}
        self.column = 0  # index in roles
        self.items = 1  # the number of the open step / outcome list's last item

    def add(self, text: str, raw: str) -> None:
        role = self.roles[self.column]
        for ahead in (1, 2):
            if self.column + ahead < len(self.roles):
                following = self.roles[self.column + ahead]
                if self.cells.get(role) and _starts(following, text):
                    self.column += ahead
                    first = re.match(
                        r"\(?([0-9]{1,3})", to_arabic_digits(_LEADING_TAGS.sub("", text))
                    )
                    self.items = int(first.group(1)) if first else 1
                    self.cells[following] = [raw]
                    return
        if role == "number":  # the title's first line
            self.column += 1
            self.cells[self.roles[self.column]] = [raw]
            return
        parts = self.cells.setdefault(role, [])
        previous = parts[-1] if parts else ""
        if role in ("steps", "outcomes") and _starts(role, text, self.items + 1):
            self.items += 1
            parts += ["\n", raw]
        elif role == "responsible" and not previous.endswith(" ") and _starts(role, text):
            parts += ["\n", raw]
        else:
            parts.append(raw)

    def last(self) -> bool:
        """Whether the row has reached its steps or outcomes (a row number may follow)."""
        return self.roles[self.column] in ("steps", "outcomes")

    def record(self) -> Record:
        cells = [_joined(self.cells.get(role, [])) for role in ROLES]
        return Record(self.line, cells)


def rebuild(lines: list[tuple[int, str]], header: range, roles: list[str]) -> list[Record]:
    """Rows rebuilt by the column order (``roles``: the header's, whose lines are ``header``),
    one record per row, under the standard header; headings and other lines as one-cell
    records; a signature block and all after it as one-cell records."""
    order = ["number", *(role for role in roles if role != "number")]
    records: list[Record] = []
    row: _Row | None = None
    expected = 1
    signed = False
    in_table = False
    for number, raw in lines:
        text = raw.strip()
        if not text:
            continue
        if number - 1 in header:
            if number - 1 == header.start:
                records.append(Record(number, list(ROLES_HEADER)))
                in_table = True
            continue
        signed = signed or _SIGNATURE.match(text) is not None
        if signed or heading(text) is not None:
            if row is not None:
                records.append(row.record())
                row = None
            expected = 1
            records.append(Record(number, [text]))
            continue
        if in_table and _BARE_NUMBER.fullmatch(text) and (row is None or row.last()):
            value = int(to_arabic_digits(text))
            if value in (expected, 1):
                if row is not None:
                    records.append(row.record())
                row = _Row(number, text, order)
                expected = value + 1
                continue
        if row is not None:
            row.add(text, raw)
        else:
            records.append(Record(number, [text]))
    if row is not None:
        records.append(row.record())
    return records


ROLES_HEADER = ("ลำดับ", "มาตรการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "ขั้นตอน", "ผลลัพธ์")
