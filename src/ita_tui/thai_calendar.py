"""The Thai calendar as the government uses it: B.E. years, fiscal years, quarters, digits.

The Thai government fiscal year runs 1 October - 30 September and is named by the
Buddhist Era (B.E. = C.E. + 543) year in which it ends.  Q1 = Oct-Dec, Q2 = Jan-Mar,
Q3 = Apr-Jun, Q4 = Jul-Sep.
"""

from __future__ import annotations

import datetime as dt
import re

from ita_tui.records import record

BE_OFFSET = 543
#: A four-digit year at or above this is read as B.E. (2400 B.E. = 1857 C.E.).
BE_THRESHOLD = 2400

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
#: Arabic digits to Thai, for str.translate
TO_THAI_DIGITS = str.maketrans("0123456789", THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")

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


def to_thai_digits(text: str) -> str:
    """Write every Arabic digit in ``text`` as a Thai digit (2568 -> ๒๕๖๘)."""
    return text.translate(TO_THAI_DIGITS)


def to_arabic_digits(text: str) -> str:
    """Write every Thai digit in ``text`` as an Arabic digit (๒๕๖๘ -> 2568)."""
    return text.translate(_TO_ARABIC)


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


_DATE_RE = re.compile(r"\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})\s*")  # fullmatch; ASCII digits


def parse_date(text: str) -> dt.date:
    """Read ``YYYY-MM-DD`` in Arabic or Thai digits; a year >= 2400 is B.E.

    ``2568-02-10`` and ``๒๕๖๘-๐๒-๑๐`` are both 10 February 2025.
    Raises ``ValueError`` with a message fit for the user.
    """
    match = _DATE_RE.fullmatch(to_arabic_digits(text))
    if match is None:
        raise ValueError(
            f"{text!r} is not a date: write YYYY-MM-DD (B.E. or C.E.), e.g. 2568-02-10"
        )
    year, month, day = (int(part) for part in match.groups())
    if year >= BE_THRESHOLD:
        year = be_to_ce(year)
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a date: {exc}") from None


def quarter_label(number: int, *, lang: str = "th", digits: str = "thai") -> str:
    """``ไตรมาสที่ ๒`` / ``Q2``."""
    if lang == "en":
        return f"Q{number}"
    text = f"ไตรมาสที่ {number}"
    return to_thai_digits(text) if digits == "thai" else text


def quarters_label(
    quarters: tuple[int, ...] | list[int], *, lang: str = "th", digits: str = "thai"
) -> str:
    """A period of quarters as officials write it: ``ไตรมาสที่ ๑ - ๒``; all four: ``ตลอดทั้งปี``."""
    qs = sorted(set(quarters))
    if not qs:
        return "—"
    if qs == [1, 2, 3, 4]:
        return "all year" if lang == "en" else "ตลอดทั้งปี"
    contiguous = qs == list(range(qs[0], qs[-1] + 1))
    if len(qs) == 1:
        body = f"{qs[0]}"
    elif contiguous:
        body = f"{qs[0]} - {qs[-1]}"
    else:
        body = ", ".join(str(q) for q in qs)
    if lang == "en":
        text = "Q" + body.replace(", ", ", Q").replace(" - ", "–Q")
        return text
    text = f"ไตรมาสที่ {body}"
    return to_thai_digits(text) if digits == "thai" else text
