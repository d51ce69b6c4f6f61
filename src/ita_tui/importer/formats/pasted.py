"""Plain text: tab-separated or CSV from a spreadsheet, and text as pasted from a PDF viewer or a
web page -- spaces instead of tabs, one cell per line, Markdown pipe tables, page numbers
(``-2-``, ``หน้า 2``) and running headers between rows.  Rows without a column delimiter are
rebuilt from the row's number (ลำดับ), the period, the job titles and the numbering of steps
(``๑.``) and outcomes (``๑)``); each rebuilt row carries a note saying so."""

from __future__ import annotations

import re
from collections import Counter

from ita_tui.importer.formats import Source, viewer
from ita_tui.importer.headings import heading
from ita_tui.importer.messages import Message
from ita_tui.importer.periods import MONTH_RE
from ita_tui.importer.responsible import AGENCY_WORDS, KNOWN_TITLES, TITLE_HEADS
from ita_tui.importer.table import (
    Record,
    detect_delimiter,
    normalise_newlines,
    read_records,
    role_of,
)
from ita_tui.thai.digits import DIGIT

#: A line that is only a page number (``- ๒ -``, ``หน้า 3 จาก 10``, ``3/10``).
PAGE_NUMBER = re.compile(
    rf"^\s*(?:[-–—]\s*[{DIGIT}]{{1,4}}\s*[-–—]|(?:หน้า(?:ที่)?|page)\s*[{DIGIT}]{{1,4}}"
    rf"(?:\s*(?:/|จาก|of)\s*[{DIGIT}]{{1,4}})?|[{DIGIT}]{{1,4}}\s*/\s*[{DIGIT}]{{1,4}})\s*$",
    re.IGNORECASE,
)
_ROW_START = re.compile(rf"^([{DIGIT}]{{1,3}})(?![{DIGIT}.)/])\s*(.*)$", re.DOTALL)
_CONTINUED = re.compile(r"^\(\s*ต่อ\s*\)")
_STEP = re.compile(rf"(?<!\S)[{DIGIT}]{{1,2}}\.(?![{DIGIT}])")
_OUTCOME = re.compile(rf"(?<!\S)\(?[{DIGIT}]{{1,2}}\)")
_Q = r"(?:ไตรมาส(?:ที่)?\s*|Q)[1-4๑-๔]"
#: A period in running text: quarters (``ไตรมาส ๑-๒``), all year, or a range of months.
PERIOD = re.compile(
    rf"{_Q}(?:\s*(?:-|–|—|ถึง|และ|,|/)\s*(?:{_Q}|[1-4๑-๔]))*"
    r"|ดำเนินการตลอดทั้งปี|ตลอด(?:ทั้ง)?ปี(?:งบประมาณ)?(?:\s*(?:พ\.ศ\.)?\s*[0-9๐-๙]{4})?"
    rf"|{MONTH_RE.pattern}(?:\s*[0-9๐-๙]{{2,4}})?\s*(?:-|–|—|ถึง)\s*{MONTH_RE.pattern}"
    r"(?:\s*[0-9๐-๙]{2,4})?",
    re.IGNORECASE,
)
_PARAGRAPH_TAG = re.compile(r"</?p\b[^<>]*>|<br\s*/?>", re.IGNORECASE)
#: The header of rebuilt rows: their cells are always in this order.
STANDARD_HEADER = ("ลำดับ", "มาตรการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "ขั้นตอน", "ผลลัพธ์")
_HEADER_STARTS = ("ลำดับ", "ที่ ", "ข้อ ", "มาตรการ", "กิจกรรม", "โครงการ", "No")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def read(text: str) -> Source:
    text = normalise_newlines(text).replace("\f", "\n")
    source = Source("text", [])
    if "\t" not in text and "|" not in text:
        raw = text.split("\n")
        block = viewer.header_block(raw)
        if block is not None:  # copied from a PDF viewer: one cell per line
            start, end, roles = block
            source.notes.append(Message("note.pdf_viewer"))
            # one cell per line: a running header is the line next to the page number
            lines = _drop_page_furniture(raw, source, reach=1)
            lines, repeated = viewer.drop_repeats(lines, raw, range(start, end))
            if repeated:
                source.notes.append(Message("note.header_repeated", n=repeated))
            source.records = viewer.rebuild(lines, range(start, end), roles)
            return source
    lines = _drop_page_furniture(text.split("\n"), source)
    delimiter = detect_delimiter("\n".join(text for _, text in lines))
    if delimiter is not None:
        # keep the original line numbers: records are read from the text with blanked furniture
        kept = {number for number, _ in lines}
        cleaned = "\n".join(
            line if number in kept else "" for number, line in enumerate(text.split("\n"), 1)
        )
        source.records = read_records(cleaned, delimiter)
        return source
    if sum(1 for _, line in lines if line.strip().startswith("|") and line.count("|") >= 3) >= 2:
        source.records = _pipe_records(lines)
        return source
    source.records = _rebuild(lines)
    return source


def _furniture(texts: list[str], reach: int = 3) -> tuple[set[int], set[int], list[Message]]:
    """Indexes of page-number lines and of running-header lines (a line repeated within
    ``reach`` lines of page numbers; its first appearance stays when it opens the document),
    and notes on both."""
    pages = {i for i, line in enumerate(texts) if PAGE_NUMBER.match(line)}
    near: Counter[str] = Counter()
    for index in pages:
        for other in range(max(0, index - reach), min(len(texts), index + reach + 1)):
            line = texts[other].strip()
            if line and other not in pages and len(line) <= 150:
                near[line] += 1
    counts = Counter(line.strip() for line in texts)
    running = {
        line
        for line, count in near.items()
        if count >= 2
        and counts[line] >= 2
        and heading(line) is None
        and _ROW_START.match(line) is None
        and not _roles_in(line)  # a table's column names repeat on every page: kept
        and not _STEP.match(line)
        and not _OUTCOME.match(line)
    }
    opening = [i for i, line in enumerate(texts) if line.strip()][:5]
    headers: set[int] = set()
    kept_once: set[str] = set()
    removed: Counter[str] = Counter()
    for index, line in enumerate(texts):
        stripped = line.strip()
        if stripped not in running:
            continue
        if index in opening and stripped not in kept_once:
            kept_once.add(stripped)
            continue
        headers.add(index)
        removed[stripped] += 1
    notes: list[Message] = []
    if pages:
        notes.append(Message("note.page_numbers", n=len(pages)))
    notes += [
        Message("note.running_header", n=count, line=line[:80]) for line, count in removed.items()
    ]
    return pages, headers, notes


def _drop_page_furniture(raw: list[str], source: Source, reach: int = 3) -> list[tuple[int, str]]:
    """Lines without page numbers and running headers (noted), with their line numbers."""
    pages, headers, notes = _furniture(raw, reach)
    source.notes += notes
    return [(i + 1, line) for i, line in enumerate(raw) if i not in pages and i not in headers]


def drop_furniture_records(records: list[Record], source: Source) -> list[Record]:
    """Page numbers and running headers among one-cell rows (a PDF's text outside tables)."""
    texts = [record.cells[0] if len(record.cells) == 1 else "\t" for record in records]
    pages, headers, notes = _furniture(texts)
    source.notes += notes
    return [r for i, r in enumerate(records) if i not in pages and i not in headers]


def rebuild_records(records: list[Record]) -> list[Record]:
    """One-cell rows (lines of text) rebuilt into table rows, keeping their places."""
    places = {record.line: record.place for record in records}
    rebuilt = _rebuild([(record.line, " ".join(record.filled)) for record in records])
    return [Record(r.line, r.cells, places.get(r.line, r.place), r.notes) for r in rebuilt]


def _pipe_records(lines: list[tuple[int, str]]) -> list[Record]:
    records: list[Record] = []
    for number, line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("|"):
            if _PIPE_SEPARATOR.match(stripped):
                continue
            inner = stripped[1:-1] if stripped.endswith("|") and len(stripped) > 1 else stripped[1:]
            cells = [cell.replace("\\|", "|").strip() for cell in re.split(r"(?<!\\)\|", inner)]
            records.append(
                Record(number, [re.sub(r"<br\s*/?>", "\n", c, flags=re.I) for c in cells])
            )
        else:
            records.append(Record(number, [stripped.lstrip("#").strip()]))
    return records


def _header_run(lines: list[tuple[int, str]], index: int) -> int:
    """How many lines from ``index`` are a table header, written on one line or one column
    name per line: 0 when they are not a header."""
    first = lines[index][1].strip()
    if first.startswith(_HEADER_STARTS) and len(first) <= 300 and len(_roles_in(first)) >= 3:
        return 1
    if role_of(first) not in ("number", "title") or len(first) > 60:
        return 0
    found: set[str] = set()
    count = used = 0
    while index + count < len(lines):
        line = lines[index + count][1].strip()
        count += 1
        if not line:
            continue
        role = role_of(line) if len(line) <= 60 else None
        if role is None or _ROW_START.match(line):
            break
        found.add(role)
        used = count
    return used if len(found) >= 3 else 0


def _roles_in(text: str) -> set[str]:
    from ita_tui.importer.table import ROLE_WORDS

    return {role for role, pattern in ROLE_WORDS if pattern.search(text)}


def _rebuild(lines: list[tuple[int, str]]) -> list[Record]:
    records: list[Record] = []
    row: tuple[int, list[str]] | None = None
    started = False

    def close() -> None:
        nonlocal row
        if row is not None:
            records.append(_split_row(row[0], row[1]))
        row = None

    index = 0
    while index < len(lines):
        number, line = lines[index]
        stripped = line.strip()
        index += 1
        if not stripped:
            continue
        if heading(stripped) is not None:
            close()
            started = True
            records.append(Record(number, [stripped]))
            continue
        header = _header_run(lines, index - 1)
        if header:
            close()
            started = True
            records.append(Record(number, list(STANDARD_HEADER)))  # the rows' own order
            index += header - 1
            continue
        start = _ROW_START.match(stripped)
        if started and (start is not None or _CONTINUED.match(stripped)):
            close()
            row = (number, [stripped])
            continue
        if row is not None:
            row[1].append(stripped)
        else:
            records.append(Record(number, [stripped]))
    close()
    return records


def _split_row(line: int, parts: list[str]) -> Record:
    """One table row from the text of its lines: [number, title, period, responsible, steps,
    outcomes], with a note on how it was cut."""
    text = _PARAGRAPH_TAG.sub("\n", "\n".join(parts))
    number = ""
    start = _ROW_START.match(text)
    if start is not None:
        number, text = start.group(1), start.group(2)
    if _CONTINUED.match(text):
        number = f"{number} (ต่อ)".strip()
        text = _CONTINUED.sub("", text, count=1).strip()
    step = _STEP.search(text)
    outcome = _OUTCOME.search(text, step.end() if step else 0)
    head_end = (
        min(m.start() for m in (step, outcome) if m is not None) if (step or outcome) else len(text)
    )
    head = text[:head_end]
    steps = text[step.start() : outcome.start() if outcome else len(text)] if step else ""
    outcomes = text[outcome.start() :] if outcome else ""
    period_match = None
    for match in PERIOD.finditer(head):
        period_match = match
    notes: list[Message] = []
    if period_match is not None:
        title, period = head[: period_match.start()], period_match.group(0)
        responsible = head[period_match.end() :]
    else:
        title, responsible = _split_titles(head)
        period = ""
    cells = [
        number,
        title.strip(),
        period.strip(),
        responsible.strip(),
        steps.strip(),
        outcomes.strip(),
    ]
    if text.strip():
        notes.append(
            Message(
                "pasted.rebuilt",
                title=_squash_short(cells[1]),
                period=_squash_short(cells[2]),
                titles=_squash_short(cells[3]),
            )
        )
    return Record(line, cells, notes=tuple(notes))


def _is_title_token(token: str) -> bool:
    return token in KNOWN_TITLES or token in AGENCY_WORDS or token.startswith(TITLE_HEADS)


def _split_titles(head: str) -> tuple[str, str]:
    """Title and job titles of a head with no period: the job titles are the trailing words
    that are known titles or start like one."""
    tokens = head.split()
    cut = len(tokens)
    while cut > 1 and _is_title_token(tokens[cut - 1]):
        cut -= 1
    return " ".join(tokens[:cut]), " ".join(tokens[cut:])


def _squash_short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 50 else text[:49] + "…"
