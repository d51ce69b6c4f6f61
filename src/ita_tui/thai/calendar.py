"""The Thai calendar as the government uses it: B.E. years, fiscal years, quarters, dates.

The Thai government fiscal year runs 1 October - 30 September and is named by the
Buddhist Era (B.E. = C.E. + 543) year in which it ends.  Q1 = Oct-Dec, Q2 = Jan-Mar,
Q3 = Apr-Jun, Q4 = Jul-Sep.
"""

from __future__ import annotations

import datetime as dt
import re

from ita_tui.catalog import say
from ita_tui.records import record
from ita_tui.thai.digits import to_arabic_digits, to_thai_digits

BE_OFFSET = 543
#: A four-digit year at or above this is read as B.E. (2400 B.E. = 1857 C.E.).
BE_THRESHOLD = 2400

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTH_ABBRS = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
ENGLISH_MONTH_ABBRS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def be_to_ce(year: int) -> int:
    """Buddhist Era year to Common Era year."""
    return year - BE_OFFSET


def ce_to_be(year: int) -> int:
    """Common Era year to Buddhist Era year."""
    return year + BE_OFFSET


def month_name(month: int, *, abbreviated: bool = False) -> str:
    """Thai name (or abbreviation) of a month, 1-12."""
    if not 1 <= month <= 12:
        raise ValueError(f"{month} is not a month (1-12)")
    return (THAI_MONTH_ABBRS if abbreviated else THAI_MONTHS)[month - 1]


@record(frozen=True, order=True)
class Quarter:
    """One quarter of a Thai government fiscal year.

    ``fiscal_year`` is the B.E. year in which the fiscal year ends; ``number`` is 1-4.
    """

    fiscal_year: int
    number: int

    def __post_init__(self) -> None:
        if not 1 <= self.number <= 4:
            raise ValueError(f"{self.number} is not a quarter (1-4)")

    @property
    def start(self) -> dt.date:
        first_month = (10, 1, 4, 7)[self.number - 1]
        ce = be_to_ce(self.fiscal_year) - (1 if self.number == 1 else 0)
        return dt.date(ce, first_month, 1)

    @property
    def end(self) -> dt.date:
        last_month = (12, 3, 6, 9)[self.number - 1]
        last_day = (31, 31, 30, 30)[self.number - 1]
        ce = be_to_ce(self.fiscal_year) - (1 if self.number == 1 else 0)
        return dt.date(ce, last_month, last_day)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def next(self) -> Quarter:
        if self.number == 4:
            return Quarter(self.fiscal_year + 1, 1)
        return Quarter(self.fiscal_year, self.number + 1)

    def previous(self) -> Quarter:
        if self.number == 1:
            return Quarter(self.fiscal_year - 1, 4)
        return Quarter(self.fiscal_year, self.number - 1)


@record(frozen=True, order=True)
class FiscalYear:
    """A Thai government fiscal year, named by the B.E. year in which it ends."""

    be: int

    @property
    def start(self) -> dt.date:
        return dt.date(be_to_ce(self.be) - 1, 10, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(be_to_ce(self.be), 9, 30)

    def quarter(self, number: int) -> Quarter:
        return Quarter(self.be, number)

    @property
    def quarters(self) -> tuple[Quarter, Quarter, Quarter, Quarter]:
        return (Quarter(self.be, 1), Quarter(self.be, 2), Quarter(self.be, 3), Quarter(self.be, 4))

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def fiscal_year_of(day: dt.date) -> FiscalYear:
    """The fiscal year a date falls in: 1 Oct 2024 .. 30 Sep 2025 is FY 2568."""
    ce = day.year + 1 if day.month >= 10 else day.year
    return FiscalYear(ce_to_be(ce))


def quarter_of(day: dt.date) -> Quarter:
    """The fiscal quarter a date falls in."""
    number = {10: 1, 11: 1, 12: 1, 1: 2, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3}.get(day.month, 4)
    return Quarter(fiscal_year_of(day).be, number)


def format_date(
    day: dt.date, *, lang: str = "th", digits: str = "thai", abbreviated: bool = True
) -> str:
    """A date as an official document writes it: ``๑๐ ก.พ. ๒๕๖๘`` (or ``10 Feb 2025`` in English)."""
    if lang == "en":
        return f"{day.day} {ENGLISH_MONTH_ABBRS[day.month - 1]} {day.year}"
    text = f"{day.day} {month_name(day.month, abbreviated=abbreviated)} {ce_to_be(day.year)}"
    return to_thai_digits(text) if digits == "thai" else text


def format_quarter_range(quarter: Quarter, *, lang: str = "th", digits: str = "thai") -> str:
    """``๑ ม.ค. – ๓๑ มี.ค. ๒๕๖๘``: the dates a quarter spans, year written once when shared."""
    start, end = quarter.start, quarter.end
    if lang == "en":
        first = f"{start.day} {ENGLISH_MONTH_ABBRS[start.month - 1]}"
        if start.year != end.year:
            first += f" {start.year}"
        return f"{first} – {format_date(end, lang='en')}"
    first = f"{start.day} {month_name(start.month, abbreviated=True)}"
    if start.year != end.year:
        first += f" {ce_to_be(start.year)}"
    text = f"{first} – {end.day} {month_name(end.month, abbreviated=True)} {ce_to_be(end.year)}"
    return to_thai_digits(text) if digits == "thai" else text


def format_span(first: Quarter, last: Quarter, *, lang: str = "th", digits: str = "thai") -> str:
    """The dates from the start of ``first`` to the end of ``last``."""
    if first == last:
        return format_quarter_range(first, lang=lang, digits=digits)
    start, end = first.start, last.end
    if lang == "en":
        return (
            f"{start.day} {ENGLISH_MONTH_ABBRS[start.month - 1]} {start.year} – "
            f"{format_date(end, lang='en')}"
        )
    text = (
        f"{start.day} {month_name(start.month, abbreviated=True)} {ce_to_be(start.year)} – "
        f"{end.day} {month_name(end.month, abbreviated=True)} {ce_to_be(end.year)}"
    )
    return to_thai_digits(text) if digits == "thai" else text


ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class DateError(ValueError):
    """Why a typed text is not a date, as data: ``code`` and the values the message needs.

    ``code`` is ``empty`` (nothing typed), ``form`` (not a way a date is written),
    ``month`` (no month ``month``), ``year`` (year ``year`` out of range) or ``day``
    (``month`` of C.E. year ``ce`` has only ``days`` days). Worded for the user by
    :func:`ita_tui.error_text.date_problem`; ``str()`` is English, for logs.
    """

    def __init__(
        self, text: str, code: str, *, year: int = 0, month: int = 0, ce: int = 0, days: int = 0
    ) -> None:
        self.text, self.code = text, code
        self.year, self.month, self.ce, self.days = year, month, ce, days
        super().__init__(f"{text.strip()!r} is not a date ({code})")


def _abbr_pattern(abbr: str) -> str:
    """``ก.พ.`` -> ``ก.พ.``, ``ก.พ``, ``กพ.``, ``กพ``, ``ก. พ.``: the dots and the space optional."""
    first, second = (re.escape(part) for part in abbr.strip(".").split("."))
    return rf"{first}\.?\s?{second}\.?"


def _month_key(form: str) -> str:
    return re.sub(r"[.\s]", "", form).casefold()


#: Every way a month is named, to its number: Thai full and abbreviated, English too.
_MONTH_NUMBERS: dict[str, int] = {
    _month_key(form): number
    for names in (THAI_MONTHS, THAI_MONTH_ABBRS, ENGLISH_MONTHS, ENGLISH_MONTH_ABBRS)
    for number, form in enumerate(names, start=1)
}
_MONTH_FORMS = sorted(
    [re.escape(name) for name in THAI_MONTHS + ENGLISH_MONTHS]
    + [_abbr_pattern(abbr) for abbr in THAI_MONTH_ABBRS]
    + [re.escape(abbr) + r"\.?" for abbr in ENGLISH_MONTH_ABBRS],
    key=len,
    reverse=True,
)
_YEAR_FIRST = re.compile(r"([0-9]{4})\s*([-/.])\s*([0-9]{1,2})\s*\2\s*([0-9]{1,2})")
_DAY_FIRST = re.compile(r"([0-9]{1,2})\s*([-/.])\s*([0-9]{1,2})\s*\2\s*([0-9]{4})")
_NAMED = re.compile(
    r"(?:วันที่\s*)?([0-9]{1,2})\s*(" + "|".join(_MONTH_FORMS) + r")\s*(พ\.?\s?ศ\.?\s*)?([0-9]{4})",
    re.IGNORECASE,
)


def _read(text: str) -> tuple[int, int, int, bool]:
    """Day, month, year as written, and whether the year is marked พ.ศ.; DateError if no form fits."""
    plain = " ".join(to_arabic_digits(text).split())
    if not plain:
        raise DateError(text, "empty")
    if found := _YEAR_FIRST.fullmatch(plain):
        year, _sep, month, day = found.groups()
        return int(day), int(month), int(year), False
    if found := _DAY_FIRST.fullmatch(plain):
        day, _sep, month, year = found.groups()
        return int(day), int(month), int(year), False
    if found := _NAMED.fullmatch(plain):
        day, month, era, year = found.groups()
        return int(day), _MONTH_NUMBERS[_month_key(month)], int(year), era is not None
    raise DateError(text, "form")


def parse_date(text: str) -> dt.date:
    """Read a date the ways Thai officers write it, in Arabic or Thai digits.

    ``2568-02-10``, ``10/02/2568``, ``10/2/2568``, ``10-02-2568``, ``10.02.2568``,
    ``๑๐/๐๒/๒๕๖๘``, ``10 ก.พ. 2568``, ``10 กพ 2568``, ``10 กุมภาพันธ์ พ.ศ. 2568``,
    ``วันที่ 10 กุมภาพันธ์ 2568`` and ``10 Feb 2025`` are all 10 February 2025: day before
    month unless the year comes first; a four-digit year >= 2400 (or one marked พ.ศ.) is B.E.
    Raises :class:`DateError` (a ``ValueError``) saying why not.
    """
    day, month, year, buddhist = _read(text)
    if not 1 <= month <= 12:
        raise DateError(text, "month", year=year, month=month)
    ce = be_to_ce(year) if buddhist or year >= BE_THRESHOLD else year
    if not dt.MINYEAR <= ce <= dt.MAXYEAR:
        raise DateError(text, "year", year=year, month=month)
    import calendar  # only a date to check needs it

    last = calendar.monthrange(ce, month)[1]
    if not 1 <= day <= last:
        raise DateError(text, "day", year=year, month=month, ce=ce, days=last)
    return dt.date(ce, month, day)


def slash_date(day: dt.date, *, digits: str = "arabic") -> str:
    """``10/02/2568``: a date as officers type it (B.E. year)."""
    text = f"{day.day}/{day.month:02d}/{ce_to_be(day.year)}"
    return to_thai_digits(text) if digits == "thai" else text


def quarter_label(number: int, *, lang: str = "th", digits: str = "thai") -> str:
    """``ไตรมาสที่ ๒`` / ``Q2``."""
    text = say("date.quarter", lang, n=number)
    return to_thai_digits(text) if digits == "thai" and lang != "en" else text


def quarters_label(
    quarters: tuple[int, ...] | list[int], *, lang: str = "th", digits: str = "thai"
) -> str:
    """A period of quarters as officials write it: ``ไตรมาสที่ ๑ - ๒``; all four: ``ตลอดทั้งปี``."""
    qs = sorted(set(quarters))
    if not qs:
        return "—"
    if qs == [1, 2, 3, 4]:
        return say("date.all_year", lang)
    if len(qs) == 1:
        text = say("date.quarter", lang, n=qs[0])
    elif qs == list(range(qs[0], qs[-1] + 1)):
        text = say("date.quarter_range", lang, first=qs[0], last=qs[-1])
    else:
        joined = say("date.quarter_list_joiner", lang).join(str(q) for q in qs)
        text = say("date.quarter_list", lang, quarters=joined)
    return to_thai_digits(text) if digits == "thai" and lang != "en" else text
