"""Issue headings as real reports write them: ``ประเด็นที่ N``, ``มิติที่ N``, ``ตัวชี้วัดที่ N``,
``ข้อ N``, in Thai or Arabic digits; and OIT indicator codes (``O36``, ``o37``)."""

from __future__ import annotations

import re

from ita_tui.thai.digits import DIGIT, to_arabic_digits

_HEADING_RE = re.compile(
    rf"^(ประเด็น(?:ที่)?|มิติ(?:ที่)?|ตัวชี้วัด(?:ที่)?|ข้อ(?:ที่)?)\s*([{DIGIT}]{{1,3}})"
    rf"(?![{DIGIT})/])(?!\.[{DIGIT}])\s*[.:)\-–]?\s*(.*)$",
    re.DOTALL,
)
#: A score at a title's end (``ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ๙๕.๖๗``): a row of the ITA's
#: scores in the preface, not an issue heading.
SCORE_RE = re.compile(rf"(?<![{DIGIT}])[{DIGIT}]{{1,3}}[.][{DIGIT}]{{1,2}}\s*%?\Z")
_OIT_RE = re.compile(r"(?<![A-Za-z0-9])[Oo]\s?([0-9]{1,2})(?![0-9])")


def heading(text: str) -> tuple[str, int, str] | None:
    """``("ประเด็นที่", 1, "rest of the title")`` for an issue heading, else None."""
    match = _HEADING_RE.match(text.strip().strip("#*_ \t"))  # Markdown: ## **ประเด็นที่ 1**
    if match is None:
        return None
    word, number, rest = match.groups()
    rest = rest.rstrip("*_ \t")
    if word.startswith("ข้อ") and match.group(0)[match.end(2) :].lstrip().startswith("."):
        return None  # «ข้อ ๑. …» is a numbered step, not a heading
    if SCORE_RE.search(rest):
        return None
    value = int(to_arabic_digits(number))
    if value == 0:
        return None
    return word, value, rest


def oit_codes(text: str) -> list[str]:
    """OIT indicator codes in ``text``, as the ITA writes them: ``O36``."""
    return [f"O{int(m.group(1))}" for m in _OIT_RE.finditer(to_arabic_digits(text))]
