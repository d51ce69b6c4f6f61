"""The opening lines before the first table: title, organisation, intro and ITA result."""

from __future__ import annotations

import re
from typing import Any

from ita_tui.importer.messages import Message, place
from ita_tui.importer.result import ITA_NOTES, PLAN_NOTES, Notebook
from ita_tui.importer.table import Record
from ita_tui.importer.text import squash, strip_html
from ita_tui.thai.digits import to_arabic_digits

PLACEHOLDER = "ไม่ระบุ"  # "not stated": stands in for a required text the report lacks
GENERIC_TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"

#: Local governments first (a municipality's report also names กรม… that supervise it).
_LOCAL_ORG = (
    r"เทศบาล(?:ตำบล|เมือง|นคร)\s?\S+|(?:ทต|ทม|ทน)\.\s?\S+"
    r"|องค์การบริหารส่วน(?:ตำบล|จังหวัด)\s?\S+|(?:อบต|อบจ)\.\s?\S+|กรุงเทพมหานคร|เมืองพัทยา"
)
_AGENCY = (
    r"สำนักงานเขตพื้นที่การศึกษา\S*(?:\s?เขต\s?[0-9๐-๙]+)?|โรงพยาบาล\S+|โรงเรียน\S+"
    r"|มหาวิทยาลัย\S+|สถาบัน\S+|กรม\S+|สำนักงาน\S+|กระทรวง\S+"
)
_ORG_RE = re.compile(f"({_LOCAL_ORG}|{_AGENCY})")
_LOCAL_ORG_RE = re.compile(f"({_LOCAL_ORG})")
_AGENCY_RE = re.compile(f"({_AGENCY})")
_DISTRICT_RE = re.compile(r"(อำเภอ\S+)")
_PROVINCE_RE = re.compile(r"(จังหวัด\S+)")
_TRAILING_PUNCT = " ,.;:()"


class Preamble:
    """Title, organisation, intro and ITA result from the lines before the first table."""

    def __init__(
        self, parser: Notebook, records: list[Record], opening: list[Record] | None = None
    ) -> None:
        """``records`` are the lines before the first table; ``opening`` everything before the
        first measure (an analysis of last year's ITA under its own headings)."""
        self.parser = parser
        lines = [(r.line, squash(strip_html(r.text))) for r in records]
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
                Message("organisation.none", placeholder=PLACEHOLDER),
                place("organisation"),
            )
        everything = [squash(strip_html(r.text)) for r in (opening or records)]
        self.ita = self._ita(" ".join(t for t in everything if t))

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
        org = _LOCAL_ORG_RE if _LOCAL_ORG_RE.search(text) else _AGENCY_RE
        for attr, pattern in (
            ("organisation", org),
            ("district", _DISTRICT_RE),
            ("province", _PROVINCE_RE),
        ):
            match = pattern.search(text)
            if match is not None and not getattr(self, attr):
                setattr(self, attr, match.group(1).rstrip(_TRAILING_PUNCT))

    def _title(self, lines: list[tuple[int, str]]) -> str:
        if lines:
            return lines[0][1]
        self.parser.warn(PLAN_NOTES, Message("title.none", title=GENERIC_TITLE), place("title"))
        return GENERIC_TITLE

    def _ita(self, text: str) -> dict[str, Any] | None:
        arabic = to_arabic_digits(text)
        score = _overall_score(arabic)
        if score is None:
            return None
        value = float(score.group(1))
        if not 0 <= value <= 100:
            self.parser.warn(
                ITA_NOTES, Message("ita.bad_score", score=score.group(0)), place("ita")
            )
            return None
        years = [
            int(y)
            for y in re.findall(
                r"ปี(?:งบประมาณ)?\s*(?:พ\.ศ\.\s*)?([0-9]{4})", arabic[: score.start()]
            )
        ]
        years = [y for y in years if 2400 <= y <= 3000]
        if not years:  # "ITA 2567: 90.68" or the year just after the score
            years = [
                int(y)
                for y in re.findall(
                    r"(?<![0-9.])(2[45][0-9]{2})(?![0-9.])", arabic[score.end() : score.end() + 80]
                )
            ]
        level = _LEVEL_RE.search(arabic, score.end(), score.end() + 120) or _LEVEL_RE.search(arabic)
        result: dict[str, Any] = {"year": years[-1] if years else 0, "score": value}
        if level is not None:
            result["level"] = level.group(1)
        return result


#: Levels of the ITA, whole: the longest first so ต้องปรับปรุงโดยด่วน is never cut short.
LEVELS = ("ผ่านดีเยี่ยม", "ต้องปรับปรุงโดยด่วน", "ต้องปรับปรุง", "ผ่านดี", "ไม่ผ่าน", "ผ่าน")
_LEVEL_RE = re.compile(
    r"(?:ระดับ|level)[^0-9\n]{0,20}?("
    + "|".join(LEVELS)
    + r"|AA|A|B|C|D|E|F)(?![A-Za-z\u0e01-\u0e4e])"
)
_NUMBER = r"([0-9]{1,3}(?:\.[0-9]{1,4})?)(?![0-9])"
_SCORE_RE = re.compile(r"คะแนน[^0-9\n]{0,40}?" + _NUMBER)
_OVERALL = re.compile(
    r"(?:ภาพรวม|คะแนนรวม|รวมทั้งสิ้น|ผลรวม|overall|ITA\s*(?:score)?\s*[:=]?)\s*$", re.I
)
_INDICATOR = re.compile(r"(?:IIT|EIT|OIT|ตัวชี้วัด(?:ที่)?\s*[0-9]*|ดัชนี|ข้อ)[^0-9\n]{0,30}$", re.I)


def _overall_score(text: str) -> re.Match[str] | None:
    """The overall ITA score: the figure named overall (โดยภาพรวม, คะแนนรวม, ITA), else the
    one followed by its level, else the first score not named for one indicator (IIT, EIT,
    OIT, ตัวชี้วัด…)."""
    candidates = list(_SCORE_RE.finditer(text))
    candidates += [
        m
        for m in re.finditer(
            r"(?:ภาพรวม|คะแนนรวม|overall|ITA)[^0-9\n]{0,30}?" + _NUMBER, text, re.I
        )
        if not any(c.start(1) == m.start(1) for c in candidates)
    ]
    candidates.sort(key=lambda m: m.start(1))
    if not candidates:
        return None

    def before(match: re.Match[str]) -> str:
        return text[max(0, match.start(1) - 60) : match.start(1)]

    for match in candidates:
        lead = before(match)
        if re.search(r"ภาพรวม|คะแนนรวม|รวมทั้งสิ้น|overall", lead, re.I) and not _INDICATOR.search(
            text[max(0, match.start(1) - 25) : match.start(1)]
        ):
            return match
    for match in candidates:
        followed = text[match.end() : match.end() + 40]
        named = re.match(r"\s*(?:คะแนน)?\s*(?:อยู่)?\s*(?:ใน)?\s*(?:ระดับ|level)", followed)
        if named and not _INDICATOR.search(before(match)[-30:]):
            return match
    for match in candidates:
        if not _INDICATOR.search(before(match)[-30:]):
            return match
    return candidates[0]
