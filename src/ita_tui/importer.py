"""``ita-tui import``: turn a municipality's published ITA measures report into a plan.

Every Thai local government publishes the same kind of report each year: a title, the
organisation, an opening paragraph with last year's ITA score, then one table per issue
(``ประเด็นที่ N``) whose rows are the measures: number, title, period, responsible job
titles, numbered steps (``๑.``) and numbered outcomes (``๑)``).  This module reads such a
report -- plain text copied from the web, or the table saved from a spreadsheet as
tab-separated text or CSV -- and writes a plan in the schema of the bundled measures.toml.

It never drops text silently: whatever it cannot place becomes a comment in the plan and a
warning; every guess (how it split job titles, a period it did not recognise...) is a
comment next to the value it guessed.

Pure: no terminal, no textual.  :func:`parse_report` and :func:`render_plan_toml` work on
strings; :func:`import_report` adds the file handling.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomlkit

from ita_tui.atomic import atomic_write_text
from ita_tui.textutil import printable
from ita_tui.thai_calendar import (
    BE_OFFSET,
    THAI_MONTH_ABBRS,
    THAI_MONTHS,
    fiscal_year_of,
    to_arabic_digits,
)

__all__ = [
    "PLAN_ID_RE",
    "ImportResult",
    "NothingUsableError",
    "Numbered",
    "ReportImportError",
    "import_report",
    "parse_period",
    "parse_report",
    "render_plan_toml",
    "split_numbered",
    "split_responsible",
    "summary",
]

#: Plan ids the plan loader accepts (they name the progress file).
PLAN_ID_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]*$")

#: Keys of :attr:`ImportResult.notes` for notes that are not about one issue/activity/outcome.
PLAN_NOTES = ""
FISCAL_YEAR_NOTES = "fiscal_year"
ITA_NOTES = "ita"

ALL_YEAR = [1, 2, 3, 4]
PLACEHOLDER = "ไม่ระบุ"  # "not stated": stands in for a required text the report lacks
GENERIC_TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"

_DIGIT = "0-9๐-๙"
_WS = re.compile(r"\s+")


class ReportImportError(Exception):
    """The report cannot be imported (unreadable, not UTF-8, output exists...)."""

    def __init__(self, message: str, warnings: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.warnings = list(warnings)


class NothingUsableError(ReportImportError):
    """The report held no measure table rows: nothing to make a plan from."""


@dataclass
class ImportResult:
    """What :func:`parse_report` found.

    ``plan`` is plain dicts/lists in the bundled measures.toml schema, ready for TOML.
    ``notes`` maps a node id (issue ``"1"``, activity ``"1.1"``, outcome ``"1.1.1"``, or
    :data:`PLAN_NOTES` / :data:`FISCAL_YEAR_NOTES` / :data:`ITA_NOTES`) to comments to
    write next to it: guesses and text kept for the reader.  ``warnings`` are for stderr;
    ``unplaced`` is report text that belongs nowhere in the plan (``line N: text``).
    """

    plan: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    notes: dict[str, list[str]] = field(default_factory=dict)
    unplaced: list[str] = field(default_factory=list)
    source: str = ""

    @property
    def activities(self) -> list[dict[str, Any]]:
        return [a for issue in self.plan.get("issues", []) for a in issue["activities"]]

    @property
    def usable(self) -> bool:
        """At least one measure was found (otherwise there is no plan to write)."""
        return bool(self.activities)

    def counts(self) -> dict[str, int]:
        activities = self.activities
        return {
            "issues": len(self.plan.get("issues", [])),
            "activities": len(activities),
            "steps": sum(len(a["steps"]) for a in activities),
            "outcomes": sum(len(a["outcomes"]) for a in activities),
        }


# --------------------------------------------------------------------------- text helpers


def _arabic(text: str) -> str:
    return to_arabic_digits(text)


def _squash(text: str) -> str:
    """Whitespace runs (newlines of a spreadsheet cell included) to one space, trimmed."""
    return _WS.sub(" ", text).strip()


_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")


def _strip_html(text: str) -> str:
    """Remove HTML tags (``<p>``, ``<br>``...) and, where there were tags, entities."""
    if not _TAG.search(text):
        return text
    text = _TAG.sub(" ", text)
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def _short(text: str, limit: int = 60) -> str:
    text = _squash(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(text: str) -> int | None:
    """``"๑"``, ``"1."``, ``"(2)"``, ``"1.3"`` -> the (last) whole number; else None."""
    match = re.fullmatch(r"\(?([0-9]{1,4})(?:[.)]([0-9]{1,4}))?[.)]?", _arabic(text.strip()))
    if match is None:
        return None
    return int(match.group(2) or match.group(1))


# --------------------------------------------------------------------------- numbered items


@dataclass
class Numbered:
    """A cell split into numbered items: ``first`` is the first item's number (None when
    the cell was not numbered); ``lead`` is text before the first number."""

    items: list[str]
    first: int | None
    lead: str = ""


def _markers(text: str, closer: str) -> list[tuple[int, int, int]]:
    """Candidate item numbers ``(number, start, end)``: ``๑.`` / ``1)`` / ``(1)`` at a word start,
    not followed by another digit (so ``๙๐.๖๘`` and ``พ.ศ.๒๕๖๘`` are never markers)."""
    opener = r"\(?" if closer == ")" else ""
    pattern = rf"(?<!\S){opener}([{_DIGIT}]{{1,3}}){re.escape(closer)}(?![{_DIGIT}])"
    return [(int(_arabic(m.group(1))), m.start(), m.end()) for m in re.finditer(pattern, text)]


def _split_sequence(text: str, closer: str) -> Numbered | None:
    """Sequence-aware split: after item n only the marker n+1 starts a new item, so
    ``ข้อ ๑) - ๗)`` or ``ณ วันที่ ๓๑ มีนาคม`` inside an item stay in it."""
    markers = _markers(text, closer)
    if not markers:
        return None
    first, start, end = markers[0]
    lead = _squash(text[:start])
    if lead and first != 1:
        return None  # a number inside prose, not a list
    items: list[str] = []
    expected = first + 1
    for number, m_start, m_end in markers[1:]:
        if number == expected and m_start >= end:
            items.append(_squash(text[end:m_start]))
            end = m_end
            expected += 1
    items.append(_squash(text[end:]))
    return Numbered(items=[item for item in items if item], first=first, lead=lead)


_PARAGRAPH = re.compile(r"</?p\b[^<>]*>|<br\s*/?>|\n", re.IGNORECASE)


def split_numbered(cell: str, closer: str) -> Numbered:
    """Split a steps (``closer="."``) or outcomes (``closer=")"``) cell into its items.

    Items may be inline or wrapped in ``<p>…</p>``, numbered in Thai or Arabic digits.
    Falls back to the other closer, then to one item per paragraph (``first=None``).
    """
    plain = _strip_html(cell)
    other = ")" if closer == "." else "."
    for attempt in (closer, other):
        found = _split_sequence(plain, attempt)
        if found is not None:
            return found
    paragraphs = [_squash(_strip_html(part)) for part in _PARAGRAPH.split(cell)]
    return Numbered(items=[p for p in paragraphs if p], first=None)


# --------------------------------------------------------------------------- periods

def _month_pattern(form: str) -> str:
    """A full month name as is; an abbreviation with at least one of its dots:
    ``ม.ค.`` matches ``ม.ค.``, ``ม. ค.``, ``ม.ค``, ``มค.`` but never the ``มค`` inside ``ตามความ``."""
    if "." not in form:
        return re.escape(form)
    first, second = (re.escape(part) for part in form.strip(".").split("."))
    return rf"{first}(?:\.\s?{second}\.?|{second}\.)"


_MONTH_FORMS: list[tuple[str, int]] = sorted(
    [(name, i + 1) for i, name in enumerate(THAI_MONTHS)]
    + [(abbr, i + 1) for i, abbr in enumerate(THAI_MONTH_ABBRS)],
    key=lambda pair: -len(pair[0]),
)
_MONTH_RE = re.compile("(" + "|".join(_month_pattern(form) for form, _ in _MONTH_FORMS) + ")")
_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|ถึง|จนถึง)\s*$")
_ALL_YEAR_RE = re.compile(r"ตลอด|ทั้งปี|ทุกไตรมาส|ต่อเนื่อง|12\s*เดือน")
_QUARTER_RE = re.compile(
    r"(?:ไตรมาส(?:ที่)?|Q)\s*([1-4](?![0-9])"
    r"(?:\s*(?:-|–|—|ถึง|และ|,|/|\s)\s*(?:ไตรมาส(?:ที่)?\s*|Q)?[1-4](?![0-9]))*)",
    re.IGNORECASE,
)


def _month_number(form: str) -> int:
    compact = form.replace(" ", "").replace(".", "")
    for name, number in _MONTH_FORMS:
        if compact == name.replace(".", ""):
            return number
    raise ValueError(form)  # pragma: no cover - _MONTH_RE only matches known forms


def _fiscal_index(month: int) -> int:
    """October = 0 ... September = 11."""
    return (month - 10) % 12


def _quarters_from_numbers(spec: str) -> set[int]:
    tokens = re.findall(r"[1-4]|-|–|—|ถึง", spec)
    result: set[int] = set()
    previous: int | None = None
    in_range = False
    for token in tokens:
        if token.isdigit():
            number = int(token)
            if in_range and previous is not None:
                low, high = sorted((previous, number))
                result.update(range(low, high + 1))
            result.add(number)
            previous, in_range = number, False
        else:
            in_range = True
    return result


def _quarters_from_months(text: str) -> tuple[set[int], bool]:
    """Quarters a text's month names cover; ``True`` when a range wrapped past September."""
    matches = list(_MONTH_RE.finditer(text))
    result: set[int] = set()
    wrapped = False
    index = 0
    while index < len(matches):
        start = _month_number(matches[index].group(1))
        end = start
        if index + 1 < len(matches):
            between = text[matches[index].end() : matches[index + 1].start()]
            between = re.sub(rf"[{_DIGIT}]+|พ\.ศ\.|\s+", " ", between)
            if _RANGE_SEP.match(between):
                end = _month_number(matches[index + 1].group(1))
                index += 1
        low, high = _fiscal_index(start), _fiscal_index(end)
        if high < low:
            wrapped = True
            high += 12
        result.update((m % 12) // 3 + 1 for m in range(low, high + 1))
        index += 1
    return result, wrapped


def parse_period(period: str) -> tuple[list[int] | None, str]:
    """Quarters 1-4 a period text covers, and a note when the reading is a guess.

    ``ไตรมาสที่ ๑ - ๒`` -> [1, 2]; ``ดำเนินการตลอดทั้งปี`` / ``ตลอดปีงบประมาณ`` -> [1, 2, 3, 4];
    ``ต.ค. – ธ.ค.`` -> [1].  ``None`` when nothing in the text names a time of year.
    """
    text = _arabic(_squash(period))
    if not text:
        return None, ""
    if _ALL_YEAR_RE.search(text):
        return list(ALL_YEAR), ""
    quarters: set[int] = set()
    for match in _QUARTER_RE.finditer(text):
        quarters |= _quarters_from_numbers(match.group(1))
    months, wrapped = _quarters_from_months(text)
    note = ""
    if wrapped:
        note = "the month range runs past September into the next fiscal year"
    if quarters and months and quarters != months:
        note = f"quarters {sorted(quarters)} and months {sorted(months)} disagree: used both"
    found = quarters | months
    return (sorted(found) if found else None), note


# --------------------------------------------------------------------------- job titles

#: Job titles of Thai local government, used to cut run-together titles apart.
KNOWN_TITLES = frozenset(
    {
        "นายกเทศมนตรี",
        "รองนายกเทศมนตรี",
        "นายกองค์การบริหารส่วนตำบล",
        "รองนายกองค์การบริหารส่วนตำบล",
        "ปลัด",
        "รองปลัด",
        "ปลัดเทศบาล",
        "รองปลัดเทศบาล",
        "ปลัดองค์การบริหารส่วนตำบล",
        "รองปลัดองค์การบริหารส่วนตำบล",
        "หัวหน้าสำนัก",
        "หัวหน้าสำนักปลัด",
        "หัวหน้าสำนักปลัดเทศบาล",
        "หัวหน้าสำนักปลัดองค์การบริหารส่วนตำบล",
        "หัวหน้าฝ่ายบริหารงานทั่วไป",
        "หัวหน้าฝ่ายอำนวยการ",
        "หัวหน้าฝ่ายปกครอง",
        "หัวหน้าฝ่ายการเงินและบัญชี",
        "หัวหน้าฝ่ายพัสดุและทรัพย์สิน",
        "หัวหน้าหน่วยตรวจสอบภายใน",
        "ผู้อำนวยการกอง",
        "ผู้อำนวยการกองทุกกอง",
        "ผู้อำนวยการกองคลัง",
        "ผู้อำนวยการกองช่าง",
        "ผู้อำนวยการกองการศึกษา",
        "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม",
        "ผู้อำนวยการกองสวัสดิการสังคม",
        "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ",
        "ผู้อำนวยการกองการเจ้าหน้าที่",
        "ผู้อำนวยการกองวิชาการและแผนงาน",
        "ผู้อำนวยการกองทะเบียนราษฎร",
        "นิติกร",
        "นักวิเคราะห์",
        "นักวิเคราะห์นโยบายและแผน",
        "นักทรัพยากรบุคคล",
        "นักวิชาการพัสดุ",
        "นักวิชาการเงินและบัญชี",
        "นักวิชาการคลัง",
        "นักวิชาการจัดเก็บรายได้",
        "นักวิชาการศึกษา",
        "นักวิชาการคอมพิวเตอร์",
        "นักวิชาการสาธารณสุข",
        "นักวิชาการตรวจสอบภายใน",
        "นักวิชาการประชาสัมพันธ์",
        "นักประชาสัมพันธ์",
        "นักพัฒนาชุมชน",
        "นักจัดการงานทั่วไป",
        "นักป้องกันและบรรเทาสาธารณภัย",
        "นักสังคมสงเคราะห์",
        "เจ้าพนักงานธุรการ",
        "เจ้าพนักงานพัสดุ",
        "เจ้าพนักงานการเงินและบัญชี",
        "เจ้าพนักงานจัดเก็บรายได้",
        "เจ้าพนักงานป้องกันและบรรเทาสาธารณภัย",
        "เจ้าพนักงานสาธารณสุข",
        "เจ้าพนักงานทะเบียน",
        "เจ้าพนักงานประชาสัมพันธ์",
        "เจ้าพนักงานธุรการทุกกอง",
        "ผู้ช่วยเจ้าพนักงานธุรการ",
        "ผู้ช่วยเจ้าพนักงานพัสดุ",
        "นายช่างโยธา",
        "วิศวกรโยธา",
        "ผู้ตรวจสอบภายใน",
        "เจ้าหน้าที่ที่เกี่ยวข้อง",
        "ทุกกอง",
        "ทุกส่วนราชการ",
    }
)
#: Words a job title starts with: where a run-together title may be cut.
TITLE_HEADS = (
    "ผู้อำนวยการ",
    "หัวหน้า",
    "รองนายก",
    "นายก",
    "รองปลัด",
    "ปลัด",
    "นิติกร",
    "นัก",
    "เจ้าพนักงาน",
    "เจ้าหน้าที่",
    "ผู้ช่วย",
    "นายช่าง",
    "วิศวกร",
    "ผู้ตรวจสอบ",
)
_MAX_TITLE = 150  # longer tokens are not run-together titles: never try to cut them
_ATTACHED = {"อบต.", "อบจ.", "ทต.", "ทม.", "ทน.", "เทศบาล"}
_AND = "และ"


def _cut(token: str) -> list[str]:
    """Cut a run-together token into known titles: ``หัวหน้าสำนักผู้อำนวยการกองทุกกอง`` ->
    ``หัวหน้าสำนัก`` + ``ผู้อำนวยการกองทุกกอง``.  The longest known first part wins; the
    token stays whole when no cut leaves a known title in front of a title head."""
    if token in KNOWN_TITLES or len(token) > _MAX_TITLE:
        return [token]
    for cut in range(len(token) - 1, 0, -1):
        head, rest = token[:cut], token[cut:]
        if head in KNOWN_TITLES and rest.startswith(TITLE_HEADS):
            return [head, *_cut(rest)]
    return [token]


def split_responsible(cell: str) -> tuple[list[str], list[str]]:
    """Job titles from a responsible cell, and notes on every guess made.

    Titles are separated by spaces (or commas, newlines); a run-together pair is cut with
    :data:`KNOWN_TITLES`; ``และ`` between titles is dropped (noted)."""
    notes: list[str] = []
    titles: list[str] = []
    for raw in re.split(r"[\s,;、]+", _strip_html(cell)):
        token = raw.strip()
        if not token:
            continue
        if token == _AND:
            notes.append(f"dropped the word «{_AND}» between job titles")
            continue
        if token.startswith(_AND) and token[len(_AND) :].startswith(TITLE_HEADS):
            notes.append(f"read «{token}» as «{token[len(_AND):]}» (dropped «{_AND}»)")
            token = token[len(_AND) :]
        if token in _ATTACHED and titles:
            titles[-1] = f"{titles[-1]} {token}"
            continue
        parts = _cut(token)
        if len(parts) > 1:
            notes.append(f"the report runs «{token}» together: read as " + " + ".join(f"«{p}»" for p in parts))
        titles.extend(parts)
    return titles, notes


# --------------------------------------------------------------------------- reading rows


@dataclass(frozen=True)
class _Record:
    line: int
    cells: list[str]

    @property
    def filled(self) -> list[str]:
        return [c.strip() for c in self.cells if c.strip()]

    @property
    def text(self) -> str:
        return " ".join(self.filled)


def _normalise(text: str) -> str:
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


def _records(text: str, delimiter: str | None) -> list[_Record]:
    """Rows of the report.  With a delimiter, a cell in spreadsheet quotes may span lines
    (``"๑. …\\n๒. …"``); a stray quote that never closes is taken literally."""
    lines = text.split("\n")
    records: list[_Record] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if delimiter is None:
            records.append(_Record(index + 1, [line]))
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
        records.append(_Record(index + 1, cells if cells is not None else line.split(delimiter)))
        index += used
    return records


def _detect_delimiter(text: str) -> str | None:
    """Tab if any line has one; else comma or semicolon when rows parse as table rows."""
    if "\t" in text:
        return "\t"
    for delimiter in (",", ";"):
        if delimiter not in text:
            continue
        for record in _records(text, delimiter):
            cells = record.filled
            if len(cells) >= 4 and (_number(cells[0]) is not None or _header_roles(record.cells)):
                return delimiter
    return None


# --------------------------------------------------------------------------- table columns

ROLES = ("number", "title", "period", "responsible", "steps", "outcomes")
_ROLE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"^(?:ลำดับ(?:ที่)?|ที่|ข้อ|no\.?)$", re.IGNORECASE)),
    ("period", re.compile(r"ระยะเวลา|ช่วงเวลา|ห้วงเวลา|ไตรมาส")),
    ("responsible", re.compile(r"รับผิดชอบ|ผู้ดำเนินการ")),
    ("outcomes", re.compile(r"ผลลัพธ์|ความสำเร็จ|ตัวชี้วัด|ผลที่ได้รับ")),
    ("steps", re.compile(r"สรุปผล|ขั้นตอน|วิธีการ|ผลการดำเนิน|การดำเนินการตาม")),
    ("title", re.compile(r"มาตรการ|กิจกรรม|โครงการ")),
)


@dataclass
class _Columns:
    roles: dict[str, int]
    extras: dict[int, str]
    line: int = 0
    assumed: bool = False


def _role_of(header: str) -> str | None:
    text = _squash(header)
    for role, pattern in _ROLE_WORDS:
        if pattern.search(text):
            return role
    return None


def _header_roles(cells: list[str]) -> _Columns | None:
    """Column roles of a header row (``ลำดับ | มาตรการ/กิจกรรม | ระยะเวลา…``), else None."""
    roles: dict[str, int] = {}
    extras: dict[int, str] = {}
    for index, cell in enumerate(cells):
        role = _role_of(cell) if len(cell) <= 80 else None
        if role is not None and role not in roles:
            roles[role] = index
        elif cell.strip():
            extras[index] = _squash(cell)
    if len(roles) < 3 or ("title" not in roles and "steps" not in roles):
        return None
    return _Columns(roles=roles, extras=extras)


def _standard_columns() -> _Columns:
    return _Columns(roles={role: i for i, role in enumerate(ROLES)}, extras={}, assumed=True)


# --------------------------------------------------------------------------- the parser

_ISSUE_RE = re.compile(rf"^ประเด็น(?:ที่)?\s*([{_DIGIT}]{{1,3}})(?![{_DIGIT}])\s*[.:)\-–]?\s*(.*)$", re.DOTALL)
_CONTINUED_RE = re.compile(r"\s*\(\s*ต่อ\s*\)\s*")
_ORG_RE = re.compile(
    r"(เทศบาล(?:ตำบล|เมือง|นคร)\S+|องค์การบริหารส่วน(?:ตำบล|จังหวัด)\S+|กรุงเทพมหานคร|เมืองพัทยา)"
)
_DISTRICT_RE = re.compile(r"(อำเภอ\S+)")
_PROVINCE_RE = re.compile(r"(จังหวัด\S+)")
_TRAILING_PUNCT = " ,.;:()"


@dataclass
class _Activity:
    data: dict[str, Any]
    number: int
    line: int


@dataclass
class _Issue:
    data: dict[str, Any]
    line: int
    activities: list[_Activity] = field(default_factory=list)


class _Parser:
    """Walks the report's rows once, building issues and activities and collecting notes."""

    def __init__(self) -> None:
        self.preamble: list[_Record] = []
        self.issues: list[_Issue] = []
        self.columns: _Columns | None = None
        self.started = False
        self.warnings: list[str] = []
        self.notes: dict[str, list[str]] = {}
        self.unplaced: list[str] = []
        self.extra_cells: dict[tuple[int, str], list[str]] = {}

    # -- notes

    def note(self, key: str, message: str) -> None:
        self.notes.setdefault(key, []).append(message)

    def warn(self, key: str, message: str, where: str) -> None:
        """A note next to ``key`` in the plan and a warning naming ``where`` it is."""
        self.note(key, message)
        self.warnings.append(f"{where}: {message}")

    def place_nowhere(self, record: _Record, why: str) -> None:
        for index, line in enumerate(record.text.split("\n")):
            prefix = f"line {record.line}: " if index == 0 else "    "
            self.unplaced.append(prefix + line)
        self.warnings.append(f"line {record.line}: {why}, kept as a comment: «{_short(record.text)}»")

    # -- the walk

    def run(self, records: list[_Record]) -> None:
        for record in records:
            if record.filled:
                self.row(record)

    def row(self, record: _Record) -> None:
        heading = _ISSUE_RE.match(record.filled[0])
        if heading is not None and (len(record.filled) <= 2 or not self._looks_like_activity(record)):
            self.started = True
            self.issue_heading(record, int(_arabic(heading.group(1))), heading.group(2))
            return
        columns = None if self._numbered(record) else _header_roles(record.cells)
        if columns is not None:
            self.started = True
            columns.line = record.line
            self.columns = columns
            self._check_header(columns)
            return
        if self._looks_like_activity(record):
            self.started = True
            self.activity_row(record)
            return
        if not self.started:
            self.preamble.append(record)
            return
        self.place_nowhere(record, "not a heading or a measure row")

    def _cols(self) -> _Columns:
        if self.columns is None:
            self.columns = _standard_columns()
        return self.columns

    def _cell(self, record: _Record, role: str) -> str:
        index = self._cols().roles.get(role)
        if index is None or index >= len(record.cells):
            return ""
        return record.cells[index].strip()

    def _looks_like_activity(self, record: _Record) -> bool:
        if len(record.filled) < 2:
            return False
        columns = self.columns or _standard_columns()
        number_index = columns.roles.get("number")
        number = record.cells[number_index] if number_index is not None and number_index < len(record.cells) else ""
        if _number(number) is not None:
            return True
        if any(_CONTINUED_RE.search(cell) for cell in record.cells[:3]):
            return True
        if number_index is None and self._cell(record, "title"):
            return True  # a table without a ลำดับ column: every titled row is a measure
        if not self.started or number.strip() or self._last_activity() is None:
            return False
        return bool(self._cell(record, "steps") or self._cell(record, "outcomes"))

    def _numbered(self, record: _Record) -> bool:
        return any(_number(cell) is not None for cell in record.filled)

    def _check_header(self, columns: _Columns) -> None:
        missing = [role for role in ROLES if role not in columns.roles]
        if missing:
            also = " (its rows are numbered in order)" if "number" in missing else ""
            self.warnings.append(
                f"line {columns.line}: the table header has no column for {', '.join(missing)}{also}"
            )

    # -- issues

    def _current_issue(self, line: int) -> _Issue:
        if not self.issues:
            self.issues.append(_Issue({"id": "1", "title": "ประเด็นที่ 1", "activities": []}, line))
            self.warn("1", "no «ประเด็นที่» heading before the first measure: put under issue 1; "
                      "give it its title", f"line {line}")
        return self.issues[-1]

    def issue_heading(self, record: _Record, number: int, rest: str) -> None:
        title = _squash(" ".join([rest, *record.filled[1:]]))
        continued = bool(_CONTINUED_RE.search(title))
        title = _squash(_CONTINUED_RE.sub(" ", title))
        issue_id = str(number)
        existing = next((i for i in self.issues if i.data["id"] == issue_id), None)
        if existing is not None and (continued or title in ("", existing.data["title"])):
            self.issues.remove(existing)
            self.issues.append(existing)  # rows that follow continue it
            return
        where = f"line {record.line}"
        if existing is not None:
            issue_id = str(max(int(i.data["id"]) for i in self.issues if i.data["id"].isdigit()) + 1)
            self.warn(issue_id, f"the report numbers this issue {number} again: numbered {issue_id}", where)
        if not title:
            title = f"ประเด็นที่ {number}"
            self.warn(issue_id, "the heading has no title: give it one", where)
        same = next((i for i in self.issues if i.data["title"] == title), None)
        if same is not None:
            self.warn(
                issue_id,
                f"the report gives this issue the same title as issue {same.data['id']} (kept verbatim): "
                "check its activities",
                where,
            )
        self.issues.append(_Issue({"id": issue_id, "title": title, "activities": []}, record.line))

    # -- activities

    def _last_activity(self) -> _Activity | None:
        if not self.issues or not self.issues[-1].activities:
            return None
        return self.issues[-1].activities[-1]

    def activity_row(self, record: _Record) -> None:
        number_cell = self._cell(record, "number")
        title_cell = self._cell(record, "title")
        continued = bool(_CONTINUED_RE.search(number_cell) or _CONTINUED_RE.search(title_cell))
        number = _number(_CONTINUED_RE.sub("", number_cell))
        unnumbered = "number" not in self._cols().roles and bool(title_cell) and not continued
        target = self._continuation_target(number) if continued or (number is None and not unnumbered) else None
        if target is not None:
            self.continue_activity(target, record, explicit=continued)
        else:
            self.new_activity(record, number, orphan=continued)

    def _continuation_target(self, number: int | None) -> _Activity | None:
        if not self.issues:
            return None
        activities = self.issues[-1].activities
        if number is not None:
            return next((a for a in reversed(activities) if a.number == number), None)
        return activities[-1] if activities else None

    def new_activity(self, record: _Record, number: int | None, *, orphan: bool = False) -> None:
        issue = self._current_issue(record.line)
        wanted = number
        taken = {a.number for a in issue.activities}
        if number is None or number in taken:
            number = max(taken, default=0) + 1
        activity_id = f"{issue.data['id']}.{number}"
        if orphan:
            self.warn(activity_id, f"«(ต่อ)» row with no earlier activity {wanted or ''} in this issue "
                      "to continue: read as a new activity", f"line {record.line}")
        if wanted != number and not (wanted is None and "number" not in self._cols().roles):
            why = "has no number" if wanted is None else f"repeats number {wanted}"
            self.warn(activity_id, f"the row {why}: numbered {number}", f"line {record.line}")
        where = f"line {record.line} (activity {activity_id})"
        data: dict[str, Any] = {"id": activity_id}
        data["title"] = self._title(record, activity_id, where)
        self._period(data, record, activity_id, where)
        data["responsible"] = self._responsible(record, activity_id)
        data["steps"] = []
        data["outcomes"] = []
        activity = _Activity(data, number, record.line)
        issue.activities.append(activity)
        self._fill(activity, record, where)

    def _title(self, record: _Record, activity_id: str, where: str) -> str:
        title = _squash(_CONTINUED_RE.sub(" ", _strip_html(self._cell(record, "title"))))
        if not title:
            self.warn(activity_id, "the row has no title (มาตรการ/กิจกรรม): give it one", where)
            return f"กิจกรรมที่ {activity_id}"
        if title[0] in ".,;:-–)":
            self.note(activity_id, f"the title starts with a stray «{title[0]}» in the report (kept verbatim)")
        return title

    def _period(self, data: dict[str, Any], record: _Record, activity_id: str, where: str) -> None:
        period = _squash(_strip_html(self._cell(record, "period")))
        quarters, note = parse_period(period)
        if period:
            data["period"] = period
        if quarters is None:
            why = f"period «{period}» not recognised" if period else "no period (ระยะเวลา) in the report"
            self.warn(activity_id, f"{why}: assumed the whole year, quarters [1, 2, 3, 4]", where)
            quarters = list(ALL_YEAR)
        elif note:
            self.warn(activity_id, f"period «{period}»: {note}", where)
        data["quarters"] = quarters

    def _responsible(self, record: _Record, activity_id: str) -> list[str]:
        titles, notes = split_responsible(self._cell(record, "responsible"))
        for note in notes:
            self.note(activity_id, "responsible: " + note)
        return titles

    def _fill(self, activity: _Activity, record: _Record, where: str) -> None:
        """Steps, outcomes and any extra columns of a row into ``activity``."""
        self._add_items(activity, self._cell(record, "steps"), "steps", where)
        self._add_items(activity, self._cell(record, "outcomes"), "outcomes", where)
        self._keep_extras(activity, record)

    def _add_items(self, activity: _Activity, cell: str, kind: str, where: str) -> None:
        if not cell.strip():
            return
        key = activity.data["id"]
        found = split_numbered(cell, "." if kind == "steps" else ")")
        items: list[Any] = activity.data[kind]
        expected = len(items) + 1
        if found.lead:
            self.warn(key, f"{kind}: text before item {found.first} kept here: «{found.lead}»", where)
        if found.first is None:
            self.warn(key, f"{kind} are not numbered: took each paragraph as one item", where)
        elif found.first != expected:
            self.warn(key, f"{kind} numbered from {found.first} in the report: numbered from {expected}", where)
        for text in found.items:
            if kind == "steps":
                items.append(text)
            else:
                items.append({"id": f"{key}.{len(items) + 1}", "text": text})

    def _keep_extras(self, activity: _Activity, record: _Record) -> None:
        columns = self._cols()
        used = set(columns.roles.values())
        for index, cell in enumerate(record.cells):
            text = _squash(_strip_html(cell))
            if index in used or not text:
                continue
            name = columns.extras.get(index, f"column {index + 1}")
            self.note(activity.data["id"], f"column «{name}»: {text}")
            self.extra_cells.setdefault((columns.line, name), []).append(activity.data["id"])

    def continue_activity(self, target: _Activity, record: _Record, *, explicit: bool) -> None:
        key = target.data["id"]
        where = f"line {record.line} (activity {key}, continued)"
        marker = "a «(ต่อ)» row" if explicit else "a row with no number"
        title = _squash(_CONTINUED_RE.sub(" ", _strip_html(self._cell(record, "title"))))
        if title and title != target.data["title"]:
            self.warn(key, f"the continuation row's title differs: «{title}»", where)
        period = _squash(self._cell(record, "period"))
        if period and period != target.data.get("period", ""):
            self.warn(key, f"the continuation row's period differs: «{period}» (kept the first)", where)
        titles, _ = split_responsible(self._cell(record, "responsible"))
        added = [t for t in titles if t not in target.data["responsible"]]
        if added:
            target.data["responsible"].extend(added)
            self.note(key, "responsible: added from the continuation row: " + ", ".join(added))
        steps, outcomes = len(target.data["steps"]), len(target.data["outcomes"])
        self._fill(target, record, where)
        self.note(key, f"continued by {marker} at line {record.line}: " + _added(target.data, steps, outcomes))

    # -- the end

    def finish(self, fiscal_year: int | None, plan_id: str | None) -> ImportResult:
        plan: dict[str, Any] = {"format": 1}
        meta = _Preamble(self, self.preamble)
        fy = _FiscalYear(self, meta.ita, fiscal_year, self._all_text()).value
        plan["id"] = self._plan_id(plan_id, fy)
        plan["title"] = meta.title
        plan["organisation"] = meta.organisation
        if meta.district:
            plan["district"] = meta.district
        if meta.province:
            plan["province"] = meta.province
        plan["fiscal_year"] = fy
        if meta.intro:
            plan["intro"] = meta.intro
        if meta.ita is not None:
            plan["ita"] = meta.ita
        plan["issues"] = self._issues()
        self._extra_column_warnings()
        return ImportResult(plan, self.warnings, self.notes, self.unplaced)

    def _all_text(self) -> str:
        parts = [r.text for r in self.preamble]
        for issue in self.issues:
            parts.append(issue.data["title"])
            for activity in issue.activities:
                data = activity.data
                parts += [data["title"], data.get("period", ""), *data["steps"]]
                parts += [o["text"] for o in data["outcomes"]]
        return "\n".join(parts + self.unplaced)

    def _plan_id(self, plan_id: str | None, fy: int) -> str:
        if plan_id is not None:
            return plan_id
        self.note(PLAN_NOTES, f"id guessed as «ita-{fy}»: choose one with --plan-id "
                  "(it names the file where progress is kept)")
        return f"ita-{fy}"

    def _issues(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = []
        for issue in self.issues:
            if not issue.activities:
                self.place_nowhere(
                    _Record(issue.line, [f"ประเด็นที่ {issue.data['id']} {issue.data['title']}"]),
                    "an issue with no measure rows",
                )
                continue
            for activity in issue.activities:
                self._ensure_outcome(activity)
            issue.data["activities"] = [a.data for a in issue.activities]
            result.append(issue.data)
        return result

    def _ensure_outcome(self, activity: _Activity) -> None:
        data = activity.data
        if data["outcomes"]:
            return
        data["outcomes"].append({"id": f"{data['id']}.1", "text": data["title"]})
        self.warn(
            data["id"],
            "no outcomes (ผลลัพธ์) in the report: the activity's title stands in as its one "
            "outcome so progress can be recorded",
            f"line {activity.line} (activity {data['id']})",
        )

    def _extra_column_warnings(self) -> None:
        for (line, name), ids in self.extra_cells.items():
            where = f"line {line}" if line else "table"
            self.warnings.append(
                f"{where}: column «{name}» is not part of a plan: its text was kept as comments "
                f"on activities {', '.join(ids)}"
            )


def _span(noun: str, first: str, last: str) -> str:
    return f"{noun} {first}" if first == last else f"{noun}s {first}-{last}"


def _added(activity: dict[str, Any], steps: int, outcomes: int) -> str:
    """``steps 8-12 and outcomes 7.1.8-7.1.12 come from it``."""
    parts = []
    if len(activity["steps"]) > steps:
        parts.append(_span("step", str(steps + 1), str(len(activity["steps"]))))
    if len(activity["outcomes"]) > outcomes:
        first, last = activity["outcomes"][outcomes]["id"], activity["outcomes"][-1]["id"]
        parts.append(_span("outcome", first, last))
    return (" and ".join(parts) + " come from it") if parts else "it adds no steps or outcomes"


# --------------------------------------------------------------------------- the opening lines


class _Preamble:
    """Title, organisation, intro and ITA result from the lines before the first table."""

    def __init__(self, parser: _Parser, records: list[_Record]) -> None:
        self.parser = parser
        lines = [(r.line, _squash(_strip_html(r.text))) for r in records]
        lines = [(n, text) for n, text in lines if text]
        self.organisation = self.district = self.province = ""
        org_line = self._org_line(lines)
        rest = [(n, t) for n, t in lines if n != org_line]
        self.title = self._title(rest)
        self.intro = "\n".join(t for _, t in rest[1:])
        if not self.organisation:
            self._org_from(" ".join(t for _, t in lines))
        if not self.organisation:
            self.organisation = PLACEHOLDER
            self.parser.warn(PLAN_NOTES, "organisation not found in the opening lines: "
                             f"wrote «{PLACEHOLDER}», put its name", "organisation")
        self.ita = self._ita(" ".join(t for _, t in lines))

    def _org_line(self, lines: list[tuple[int, str]]) -> int | None:
        for number, text in lines:
            org = _ORG_RE.search(text)
            if org is None:
                continue
            leftover = text
            for pattern in (_ORG_RE, _DISTRICT_RE, _PROVINCE_RE):
                leftover = pattern.sub(" ", leftover, count=1)
            if leftover.strip(_TRAILING_PUNCT + "\t"):
                continue
            self._org_from(text)
            return number
        return None

    def _org_from(self, text: str) -> None:
        for attr, pattern in (
            ("organisation", _ORG_RE),
            ("district", _DISTRICT_RE),
            ("province", _PROVINCE_RE),
        ):
            match = pattern.search(text)
            if match is not None and not getattr(self, attr):
                setattr(self, attr, match.group(1).rstrip(_TRAILING_PUNCT))

    def _title(self, lines: list[tuple[int, str]]) -> str:
        if lines:
            return lines[0][1]
        self.parser.warn(PLAN_NOTES, f"no title before the first table: wrote «{GENERIC_TITLE}»", "title")
        return GENERIC_TITLE

    def _ita(self, text: str) -> dict[str, Any] | None:
        arabic = _arabic(text)
        score = re.search(r"คะแนน[^0-9\n]{0,30}?([0-9]{1,3}(?:\.[0-9]{1,4})?)(?![0-9])", arabic)
        if score is None:
            return None
        value = float(score.group(1))
        if not 0 <= value <= 100:
            self.parser.warn(ITA_NOTES, f"«{score.group(0)}» is not an ITA score (0-100): left out", "ita")
            return None
        years = [int(y) for y in re.findall(r"ปี(?:งบประมาณ)?\s*(?:พ\.ศ\.\s*)?([0-9]{4})", arabic[: score.start()])]
        years = [y for y in years if 2400 <= y <= 3000]
        level = re.search(
            r"ระดับ[^0-9\n]{0,20}?(ผ่านดีเยี่ยม|ผ่านดี|ไม่ผ่าน|ผ่าน|ดีเยี่ยม|ดีมาก|ดี|พอใช้|ต้องปรับปรุง|"
            r"AA|A|B|C|D|E|F)(?![A-Za-z])",
            arabic[score.end() :],
        )
        result: dict[str, Any] = {"year": years[-1] if years else 0, "score": value}
        if level is not None:
            result["level"] = level.group(1)
        return result


class _FiscalYear:
    """The fiscal year: given, else the latest one the report's dates and ปีงบประมาณ name,
    else the ITA assessment year + 1, else the current one (each guess explained)."""

    def __init__(self, parser: _Parser, ita: dict[str, Any] | None, given: int | None, text: str) -> None:
        self.parser = parser
        self.value = self._decide(ita, given, _arabic(text))
        if ita is not None and not ita["year"]:
            ita["year"] = self.value - 1
            parser.note(ITA_NOTES, f"assessment year not found: assumed {self.value - 1}, "
                        "the year before the fiscal year")

    def _decide(self, ita: dict[str, Any] | None, given: int | None, text: str) -> int:
        if given is not None:
            if given < 2400:
                self.parser.warn(FISCAL_YEAR_NOTES, f"{given} read as C.E.: fiscal year {given + BE_OFFSET} B.E.",
                                 "--fiscal-year")
                return given + BE_OFFSET
            return given
        dates = _dated_fiscal_years(text)
        mentions = [y for y in (int(m) for m in re.findall(r"ปีงบประมาณ\s*(?:พ\.ศ\.\s*)?([0-9]{4})", text))
                    if 2400 <= y <= 3000]
        assessed = int(ita["year"]) if ita is not None and ita["year"] else None
        if (dates or mentions) and (assessed is None or max([fy for _, fy in dates] + mentions) > assessed):
            return self._from_evidence(dates, mentions)
        if assessed is not None:
            value = assessed + 1
            why = "no dates after the ITA assessment year in the report"
            self.parser.warn(FISCAL_YEAR_NOTES, f"{why}: assumed {value}, the year after the assessment "
                             f"{assessed} that the measures answer; pass --fiscal-year to choose", "fiscal year")
            return value
        value = fiscal_year_of(dt.date.today()).be
        self.parser.warn(FISCAL_YEAR_NOTES, f"no dates and no ITA year in the report: assumed the current "
                         f"fiscal year {value}; pass --fiscal-year to choose", "fiscal year")
        return value

    def _from_evidence(self, dates: list[tuple[str, int]], mentions: list[int]) -> int:
        value = max([fy for _, fy in dates] + mentions)
        lines = [f"fiscal year {value} B.E. ({value - BE_OFFSET - 1}-10-01 to {value - BE_OFFSET}-09-30): "
                 "the latest one the report's dates and ปีงบประมาณ fall in"]
        latest_dates = list(dict.fromkeys(d for d, fy in dates if fy == value))[:3]
        if latest_dates:
            lines.append("  dates in it: " + ", ".join(latest_dates))
        if value in mentions:
            lines.append(f"  it names ปีงบประมาณ {value} {mentions.count(value)} time(s)")
        lines.append("  (a fiscal year runs 1 Oct - 30 Sep and is named by the B.E. year it ends in); "
                     "pass --fiscal-year to choose")
        for line in lines:
            self.parser.note(FISCAL_YEAR_NOTES, line)
        return value


_DATE_RE = re.compile(r"([0-9]{1,2})\s*" + _MONTH_RE.pattern + r"\s*(?:พ\.ศ\.\s*)?([0-9]{4})(?![0-9])")


def _dated_fiscal_years(text: str) -> list[tuple[str, int]]:
    """``("17 พฤศจิกายน 2567", 2568)`` for every day-month-year date in ``text``."""
    found: list[tuple[str, int]] = []
    for match in _DATE_RE.finditer(text):
        day, month, year = int(match.group(1)), _month_number(match.group(2)), int(match.group(3))
        if 1900 <= year < 2400:
            year += BE_OFFSET
        if not (2400 <= year <= 3000 and 1 <= day <= 31):
            continue
        found.append((_squash(match.group(0)), year + 1 if month >= 10 else year))
    return found


# --------------------------------------------------------------------------- public API


def parse_report(text: str, *, fiscal_year: int | None = None, plan_id: str | None = None) -> ImportResult:
    """Read a report (text, TSV or CSV) into plan data.  Never raises on odd text: what it
    cannot read becomes warnings; check :attr:`ImportResult.usable`."""
    if plan_id is not None and not PLAN_ID_RE.match(plan_id):
        raise ReportImportError(f"plan id {plan_id!r} is not valid: use letters, digits, '.', '_', '-'")
    if fiscal_year is not None and not (1900 <= fiscal_year <= 3000):
        raise ReportImportError(f"fiscal year {fiscal_year} is not a B.E. year (e.g. 2568)")
    text = _normalise(text)
    parser = _Parser()
    parser.run(_records(text, _detect_delimiter(text)))
    return parser.finish(fiscal_year, plan_id)


# --------------------------------------------------------------------------- writing TOML

_HEADER = """\
Plan imported by `ita-tui import`{source}. Check it, then edit freely.
Schema (format 1): see the bundled measures.toml. In short: [[issues]] (id, title) hold
[[issues.activities]] (id "issue.row", title, period, quarters 1-4, responsible, steps),
which hold [[issues.activities.outcomes]] (id "issue.row.n", text): progress is kept by
outcome id, so do not renumber outcomes once officers have recorded progress.
Comments starting with "import:" are the importer's guesses and text it could not place:
check each, then delete it."""


def _comment_lines(text: str) -> list[str]:
    """Text made safe for TOML comments: one comment per line, control characters visible."""
    return [printable(line, keep_newlines=False) for line in text.split("\n")]


def _add_comments(container: Any, lines: Iterable[str], prefix: str = "import: ") -> None:
    for line in lines:
        for index, part in enumerate(_comment_lines(line)):
            container.add(tomlkit.comment((prefix if index == 0 else " " * len(prefix)) + part))


def _outcome_table(outcome: dict[str, Any], notes: dict[str, list[str]]) -> Any:
    table = tomlkit.table()
    _add_comments(table, notes.get(outcome["id"], []))
    table.add("id", outcome["id"])
    table.add("text", outcome["text"])
    if "oit" in outcome:
        table.add("oit", outcome["oit"])
    return table


def _activity_table(activity: dict[str, Any], notes: dict[str, list[str]]) -> Any:
    table = tomlkit.table()
    _add_comments(table, notes.get(activity["id"], []))
    table.add("id", activity["id"])
    table.add("title", activity["title"])
    if "period" in activity:
        table.add("period", activity["period"])
    table.add("quarters", activity["quarters"])
    table.add("responsible", activity["responsible"])
    steps = tomlkit.array()
    steps.extend(activity["steps"])
    steps.multiline(bool(activity["steps"]))
    table.add("steps", steps)
    outcomes = tomlkit.aot()
    for outcome in activity["outcomes"]:
        outcomes.append(_outcome_table(outcome, notes))
    table.add("outcomes", outcomes)
    return table


def _issue_table(issue: dict[str, Any], notes: dict[str, list[str]]) -> Any:
    table = tomlkit.table()
    _add_comments(table, notes.get(issue["id"], []))
    table.add("id", issue["id"])
    table.add("title", issue["title"])
    activities = tomlkit.aot()
    for activity in issue["activities"]:
        activities.append(_activity_table(activity, notes))
    table.add("activities", activities)
    return table


def render_plan_toml(result: ImportResult) -> str:
    """The plan as TOML text (tomlkit), with the importer's notes as comments."""
    plan, notes = result.plan, result.notes
    doc = tomlkit.document()
    source = f" from {result.source}" if result.source else ""
    _add_comments(doc, _HEADER.format(source=source).split("\n"), prefix="")
    _add_comments(doc, notes.get(PLAN_NOTES, []))
    doc.add(tomlkit.nl())
    for key in ("format", "id", "title", "organisation", "district", "province"):
        if key in plan:
            doc.add(key, plan[key])
    _add_comments(doc, notes.get(FISCAL_YEAR_NOTES, []))
    doc.add("fiscal_year", plan["fiscal_year"])
    if "intro" in plan:
        doc.add("intro", plan["intro"])
    if "ita" in plan:
        doc.add(tomlkit.nl())
        _add_comments(doc, notes.get(ITA_NOTES, []))
        ita = tomlkit.table()
        for key, value in plan["ita"].items():
            ita.add(key, value)
        doc.add("ita", ita)
    issues = tomlkit.aot()
    for issue in plan["issues"]:
        issues.append(_issue_table(issue, notes))
    doc.add(tomlkit.nl())
    doc.add("issues", issues)
    text = tomlkit.dumps(doc)
    if result.unplaced:
        lines = ["", "# import: text from the report that could not be placed in the plan:"]
        lines += ["#   " + part for line in result.unplaced for part in _comment_lines(line)]
        text = text.rstrip("\n") + "\n" + "\n".join(lines) + "\n"
    return text


def summary(result: ImportResult, out: Path | str) -> str:
    """One line for the terminal: ``wrote measures.toml: 7 issues, 10 activities, …``."""
    counts = result.counts()
    found = ", ".join(f"{value} {key}" for key, value in counts.items())
    warned = f"; {len(result.warnings)} warning(s), see the comments in the file" if result.warnings else ""
    return f"wrote {out}: {found} (fiscal year {result.plan['fiscal_year']}, id {result.plan['id']}){warned}"


# --------------------------------------------------------------------------- files


def decode_report(raw: bytes, name: str = "the report") -> str:
    """Report bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM (a spreadsheet's
    "Unicode text"); anything else is a :class:`ReportImportError` saying how to fix it."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ReportImportError(f"{name}: broken UTF-16 text; save it as UTF-8") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        hint = ""
        try:
            if re.search("[\u0e00-\u0e7f]", raw.decode("cp874")):
                hint = (" It looks like Thai in TIS-620/Windows-874: convert it, e.g. "
                        "`iconv -f CP874 -t UTF-8`, or save it from the spreadsheet as \"CSV UTF-8\".")
        except UnicodeDecodeError:
            pass
        raise ReportImportError(
            f"{name}: line {line}: not UTF-8 text (byte {exc.start}).{hint or ' Save it as UTF-8.'}"
        ) from None


def import_report(
    src: Path,
    out: Path,
    *,
    force: bool = False,
    fiscal_year: int | None = None,
    plan_id: str | None = None,
) -> ImportResult:
    """Read ``src``, write the plan to ``out`` (atomically) and return what was found.

    Raises :class:`ReportImportError` when ``src`` cannot be read, ``out`` exists and not
    ``force``, or the arguments are bad; :class:`NothingUsableError` (a subclass) when the
    report holds no measures.  Warnings in the result are for the user (stderr)."""
    if out.is_dir():
        raise ReportImportError(f"{out} is a folder: give a file name, e.g. -o measures.toml")
    if out.exists() and not force:
        raise ReportImportError(f"{out} already exists: use --force to overwrite it")
    try:
        raw = src.read_bytes()
    except FileNotFoundError:
        raise ReportImportError(f"{src}: no such file") from None
    except OSError as exc:
        raise ReportImportError(f"{src}: cannot be read: {exc.strerror or exc}") from None
    result = parse_report(decode_report(raw, str(src)), fiscal_year=fiscal_year, plan_id=plan_id)
    if not result.usable:
        raise NothingUsableError(
            f"{src}: no measures found: expected «ประเด็นที่ N» headings and table rows "
            "(ลำดับ, มาตรการ/กิจกรรม, ระยะเวลา, ผู้รับผิดชอบ, สรุปผล, ผลลัพธ์)",
            result.warnings,
        )
    result.source = src.name
    text = render_plan_toml(result)
    tomllib.loads(text)  # never write a file that is not TOML
    try:
        atomic_write_text(out, text)
    except OSError as exc:
        raise ReportImportError(f"{out}: cannot be written: {exc.strerror or exc}") from None
    return result
