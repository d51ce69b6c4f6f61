"""Period texts (``ไตรมาสที่ ๑ - ๒``, ``ต.ค. – ธ.ค.``, ``ตลอดปีงบประมาณ``) to fiscal quarters 1-4."""

from __future__ import annotations

import re

from ita_tui.importer.messages import Message, Num
from ita_tui.importer.text import squash
from ita_tui.thai.calendar import THAI_MONTH_ABBRS, THAI_MONTHS
from ita_tui.thai.digits import DIGIT, to_arabic_digits

ALL_YEAR = [1, 2, 3, 4]


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
#: Any Thai month's name or abbreviation (the longest forms first), as group 1.
MONTH_RE = re.compile("(" + "|".join(_month_pattern(form) for form, _ in _MONTH_FORMS) + ")")
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|ถึง|จนถึง)\s*")
_ALL_YEAR_RE = re.compile(r"ตลอด|ทั้งปี|ทุกไตรมาส|ต่อเนื่อง|12\s*เดือน")
_QUARTER_RE = re.compile(
    r"(?:ไตรมาส(?:ที่)?|Q)\s*([1-4](?![0-9])"
    r"(?:\s*(?:-|–|—|ถึง|และ|,|/|\s)\s*(?:ไตรมาส(?:ที่)?\s*|Q)?[1-4](?![0-9]))*)",
    re.IGNORECASE,
)


def month_number(form: str) -> int:
    """The month (1-12) a form :data:`MONTH_RE` matched names (``ก.พ.``, ``กุมภาพันธ์`` -> 2)."""
    compact = form.replace(" ", "").replace(".", "")
    for name, number in _MONTH_FORMS:
        if compact == name.replace(".", ""):
            return number
    raise ValueError(form)  # pragma: no cover - MONTH_RE only matches known forms


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
    matches = list(MONTH_RE.finditer(text))
    result: set[int] = set()
    wrapped = False
    index = 0
    while index < len(matches):
        start = month_number(matches[index].group(1))
        end = start
        if index + 1 < len(matches):
            between = text[matches[index].end() : matches[index + 1].start()]
            between = re.sub(rf"[{DIGIT}]+|พ\.ศ\.|\s+", " ", between)
            if _RANGE_SEP.fullmatch(between):
                end = month_number(matches[index + 1].group(1))
                index += 1
        low, high = _fiscal_index(start), _fiscal_index(end)
        if high < low:
            wrapped = True
            high += 12
        result.update((m % 12) // 3 + 1 for m in range(low, high + 1))
        index += 1
    return result, wrapped


def parse_period(period: str) -> tuple[list[int] | None, Message | None]:
    """Quarters 1-4 a period text covers, and a note when the reading is a guess.

    ``ไตรมาสที่ ๑ - ๒`` -> [1, 2]; ``ดำเนินการตลอดทั้งปี`` / ``ตลอดปีงบประมาณ`` -> [1, 2, 3, 4];
    ``ต.ค. – ธ.ค.`` -> [1].  ``None`` when nothing in the text names a time of year.
    """
    text = to_arabic_digits(squash(period))
    if not text:
        return None, None
    if _ALL_YEAR_RE.search(text):
        return list(ALL_YEAR), None
    quarters: set[int] = set()
    for match in _QUARTER_RE.finditer(text):
        quarters |= _quarters_from_numbers(match.group(1))
    months, wrapped = _quarters_from_months(text)
    note = None
    if wrapped:
        note = Message("period.wraps")
    if quarters and months and quarters != months:
        note = Message(
            "period.disagree", quarters=Num(sorted(quarters)), months=Num(sorted(months))
        )
    found = quarters | months
    return (sorted(found) if found else None), note
