"""The report's words in Thai and English (from the catalog, :func:`ita_tui.catalog.say`,
under ``report.*``), and its numbers in Thai or Arabic digits.

Only what the report itself writes is translated or re-digited: labels, counts, dates and
ids. Text from the plan or the progress file is data and is never changed here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from ita_tui.catalog import say
from ita_tui.model import Status
from ita_tui.progress_words import percent_text, progress_text, state_name
from ita_tui.state import ActivityState, Tally
from ita_tui.thai.calendar import (
    ENGLISH_MONTH_ABBRS,
    THAI_MONTH_ABBRS,
    FiscalYear,
    Quarter,
    ce_to_be,
    format_date,
    format_quarter_range,
    quarter_label,
    quarters_label,
)
from ita_tui.thai.digits import TO_THAI_DIGITS

LANGS = ("th", "en")
DIGITS = ("thai", "arabic")


@dataclass(frozen=True)
class Words:
    """Labels in one language and numbers in one style of digits."""

    lang: str = "th"
    digits: str = "thai"

    def __post_init__(self) -> None:
        if self.lang not in LANGS:
            raise ValueError(f"{self.lang!r} is not a language: use th or en")
        if self.digits not in DIGITS:
            raise ValueError(f"{self.digits!r} is not a style of digits: use thai or arabic")

    @property
    def thai_digits(self) -> bool:
        return self.digits == "thai"

    def __call__(self, key: str, **values: object) -> str:
        """The catalog's message ``key`` (the full key: ``report.round``) in this language,
        with ``values`` (numbers already formatted by the caller) filled in."""
        return say(key, self.lang, **values)

    def num(self, value: int | str) -> str:
        """A number or an id in the chosen digits (``12`` -> ``๑๒``)."""
        text = value if type(value) is str else str(value)
        return text.translate(TO_THAI_DIGITS) if self.digits == "thai" else text

    def decimal(self, value: float, places: int = 2) -> str:
        return self.num(f"{value:.{places}f}")

    def percent(self, done: int, total: int) -> str:
        """Whole percent, rounded down so that only a finished count shows 100% (the app's
        and ``status``'s rule, :func:`ita_tui.progress_words.percent_text`); ``–`` for none."""
        return self.num(percent_text(done, total))

    def progress(self, tally: Tally) -> str:
        """:meth:`percent` of a tally, or "no outcomes yet" when it counts none at all."""
        return self.num(progress_text(tally, self.lang))

    def date(self, day: dt.date) -> str:
        """``๑๐ ก.พ. ๒๕๖๘`` (B.E.) or ``10 Feb 2025``."""
        return _date(day, self.lang, self.digits)

    def date_be(self, day: dt.date) -> str:
        """A date that always shows its B.E. year (``10 Feb 2025 (B.E. 2568)`` in English)."""
        if self.lang == "th":
            return self.date(day)
        return self.num(
            self("report.date_be", date=format_date(day, lang="en"), be=ce_to_be(day.year))
        )

    def time(self, moment: dt.datetime) -> str:
        clock = self("report.time", h=moment.hour, m=moment.minute)
        return f"{self.date(moment.date())} {self.num(clock)}"

    def quarter_name(self, number: int) -> str:
        """``ไตรมาสที่ ๒`` / ``Q2``."""
        return self.num(quarter_label(number, lang=self.lang, digits="arabic"))

    def quarter(self, quarter: Quarter) -> str:
        """``ไตรมาสที่ ๒ (๑ ม.ค. – ๓๑ มี.ค. ๒๕๖๘)``."""
        label = quarter_label(quarter.number, lang=self.lang, digits="arabic")
        dates = format_quarter_range(quarter, lang=self.lang, digits="arabic")
        return self.num(f"{label} ({dates})")

    def quarters(self, quarters: tuple[int, ...]) -> str:
        """An activity's period: ``ไตรมาสที่ ๑ - ๒``, ``ตลอดทั้งปี``."""
        return self.num(quarters_label(quarters, lang=self.lang, digits="arabic"))

    def fiscal_year(self, be: int) -> str:
        year = FiscalYear(be)
        start, end = year.start, year.end
        if self.lang == "en":
            span = (
                f"{start.day} {ENGLISH_MONTH_ABBRS[start.month - 1]} {start.year} – "
                f"{format_date(end, lang='en')}"
            )
        else:
            span = (
                f"{format_date(start, lang='th', digits='arabic')} – "
                f"{format_date(end, lang='th', digits='arabic')}"
            )
        return self.num(self("report.fiscal_year_value", be=be, span=span))

    def month(self, day: dt.date) -> str:
        """A month's short name: ``ต.ค.`` / ``Oct``."""
        if self.lang == "th":
            return THAI_MONTH_ABBRS[day.month - 1]
        return ENGLISH_MONTH_ABBRS[day.month - 1]

    def month_year(self, day: dt.date) -> str:
        """``ต.ค. ๒๕๖๗`` / ``Oct 2024``."""
        year = ce_to_be(day.year) if self.lang == "th" else day.year
        return self.num(f"{self.month(day)} {year}")

    def state(self, state: ActivityState) -> str:
        """The state's name, as the app and ``status`` write it (one table, in the core)."""
        return state_name(state, self.lang)

    def status(self, status: Status) -> str:
        return self(f"report.OS_{status.value}")


def default_digits(lang: str) -> str:
    """Thai digits for a Thai report, as official documents write them; Arabic for English."""
    return "thai" if lang == "th" else "arabic"


@lru_cache(maxsize=1024)
def _date(day: dt.date, lang: str, digits: str) -> str:
    """:meth:`Words.date`, remembered: a report writes the same few hundred days many times."""
    return Words(lang, digits).num(format_date(day, lang=lang, digits="arabic"))
