"""The plan's fiscal year: given, or inferred from the report's dates, ปีงบประมาณ and ITA year."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ita_tui.importer.messages import Message, place
from ita_tui.importer.periods import MONTH_RE, month_number
from ita_tui.importer.result import FISCAL_YEAR_NOTES, ITA_NOTES, Notebook
from ita_tui.importer.text import squash
from ita_tui.thai.calendar import BE_OFFSET
from ita_tui.thai.digits import to_arabic_digits


class FiscalYearGuess:
    """The fiscal year: given, else the latest one the report's dates and ปีงบประมาณ name,
    else the ITA assessment year + 1 (each guess explained), else None: never today's year."""

    def __init__(
        self, parser: Notebook, ita: dict[str, Any] | None, given: int | None, text: str
    ) -> None:
        self.parser = parser
        self.value = self._decide(ita, given, to_arabic_digits(text))
        if ita is not None and not ita["year"] and self.value is not None:
            ita["year"] = self.value - 1
            parser.note(ITA_NOTES, Message("note.ita_year", year=self.value - 1))

    def _decide(self, ita: dict[str, Any] | None, given: int | None, text: str) -> int | None:
        if given is not None:
            if given < 2400:
                self.parser.warn(
                    FISCAL_YEAR_NOTES,
                    Message("fiscal_year.ce", given=given, be=given + BE_OFFSET),
                    place("fiscal_year_option"),
                )
                return given + BE_OFFSET
            return given
        dates = _dated_fiscal_years(text)
        mentions = [
            y
            for y in (int(m) for m in re.findall(r"ปีงบประมาณ\s*(?:พ\.ศ\.\s*)?([0-9]{4})", text))
            if 2400 <= y <= 3000
        ]
        assessed = int(ita["year"]) if ita is not None and ita["year"] else None
        if (dates or mentions) and (
            assessed is None or max([fy for _, fy in dates] + mentions) > assessed
        ):
            return self._from_evidence(dates, mentions)
        if assessed is not None:
            value = assessed + 1
            message = Message("fiscal_year.after_ita", value=value, assessed=assessed)
            self.parser.warn(FISCAL_YEAR_NOTES, message, place("fiscal_year"))
            return value
        return None  # never today's: the caller asks for --fiscal-year

    def _from_evidence(self, dates: list[tuple[str, int]], mentions: list[int]) -> int:
        value = max([fy for _, fy in dates] + mentions)
        start, end = dt.date(value - BE_OFFSET - 1, 10, 1), dt.date(value - BE_OFFSET, 9, 30)
        lines = [Message("note.fiscal_year.evidence", value=value, start=start, end=end)]
        latest_dates = list(dict.fromkeys(d for d, fy in dates if fy == value))[:3]
        if latest_dates:
            lines.append(Message("note.fiscal_year.dates", dates=latest_dates))
        if value in mentions:
            count = mentions.count(value)
            lines.append(Message("note.fiscal_year.named", value=value, n=count))
        lines.append(Message("note.fiscal_year.rule"))
        for line in lines:
            self.parser.note(FISCAL_YEAR_NOTES, line)
        return value


_DATE_RE = re.compile(
    r"([0-9]{1,2})\s*" + MONTH_RE.pattern + r"\s*(?:พ\.ศ\.\s*)?([0-9]{4})(?![0-9])"
)


def _dated_fiscal_years(text: str) -> list[tuple[str, int]]:
    """``("17 พฤศจิกายน 2567", 2568)`` for every day-month-year date in ``text``."""
    found: list[tuple[str, int]] = []
    for match in _DATE_RE.finditer(text):
        day, month, year = int(match.group(1)), month_number(match.group(2)), int(match.group(3))
        if 1900 <= year < 2400:
            year += BE_OFFSET
        if not (2400 <= year <= 3000 and 1 <= day <= 31):
            continue
        found.append((squash(match.group(0)), year + 1 if month >= 10 else year))
    return found
