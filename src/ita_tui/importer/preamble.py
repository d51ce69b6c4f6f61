"""The opening lines before the first table: title, organisation, intro and ITA result."""

from __future__ import annotations

import re
from typing import Any

from ita_tui.importer.result import ITA_NOTES, PLAN_NOTES, _Notebook
from ita_tui.importer.table import _Record
from ita_tui.importer.text import _squash, _strip_html
from ita_tui.thai_calendar import to_arabic_digits

PLACEHOLDER = "ไม่ระบุ"  # "not stated": stands in for a required text the report lacks
GENERIC_TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"

_ORG_RE = re.compile(
    r"(เทศบาล(?:ตำบล|เมือง|นคร)\S+|องค์การบริหารส่วน(?:ตำบล|จังหวัด)\S+|กรุงเทพมหานคร|เมืองพัทยา)"
)
_DISTRICT_RE = re.compile(r"(อำเภอ\S+)")
_PROVINCE_RE = re.compile(r"(จังหวัด\S+)")
_TRAILING_PUNCT = " ,.;:()"


class _Preamble:
    """Title, organisation, intro and ITA result from the lines before the first table."""

    def __init__(self, parser: _Notebook, records: list[_Record]) -> None:
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
            self.parser.warn(
                PLAN_NOTES,
                f"organisation not found in the opening lines: wrote «{PLACEHOLDER}», put its name",
                "organisation",
            )
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
        self.parser.warn(
            PLAN_NOTES, f"no title before the first table: wrote «{GENERIC_TITLE}»", "title"
        )
        return GENERIC_TITLE

    def _ita(self, text: str) -> dict[str, Any] | None:
        arabic = to_arabic_digits(text)
        score = re.search(r"คะแนน[^0-9\n]{0,30}?([0-9]{1,3}(?:\.[0-9]{1,4})?)(?![0-9])", arabic)
        if score is None:
            return None
        value = float(score.group(1))
        if not 0 <= value <= 100:
            self.parser.warn(
                ITA_NOTES, f"«{score.group(0)}» is not an ITA score (0-100): left out", "ita"
            )
            return None
        years = [
            int(y)
            for y in re.findall(
                r"ปี(?:งบประมาณ)?\s*(?:พ\.ศ\.\s*)?([0-9]{4})", arabic[: score.start()]
            )
        ]
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
