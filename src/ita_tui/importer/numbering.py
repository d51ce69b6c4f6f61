"""Numbered items: a row's number (``๑``, ``1.``, ``(2)``) and the sequence-aware split of a
steps (``๑.``) or outcomes (``๑)``) cell into its items."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ita_tui.importer.text import squash, strip_html
from ita_tui.thai.digits import DIGIT, to_arabic_digits

#: A typed bullet at a line's start (Word's automatic bullets are dropped by its reader).
BULLET = re.compile(r"\A(?:[-–•○●▪◦*]|\uf0b7|\uf0a7)\s+")


def item_number(text: str) -> int | None:
    """``"๑"``, ``"1."``, ``"(2)"``, ``"1.3"`` -> the (last) whole number; else None."""
    match = re.fullmatch(
        r"\(?([0-9]{1,4})(?:[.)]([0-9]{1,4}))?[.)]?", to_arabic_digits(text.strip())
    )
    if match is None:
        return None
    return int(match.group(2) or match.group(1))


@dataclass
class Numbered:
    """A cell split into numbered items: ``first`` is the first item's number (None when
    the cell was not numbered); ``lead`` is text before the first number."""

    items: list[str]
    first: int | None
    lead: str = ""
    bulleted: bool = False  # items marked with typed bullets (``-``, ``•``, ``○``): a list


def _markers(text: str, closer: str) -> list[tuple[int, int, int]]:
    """Candidate item numbers ``(number, start, end)``: ``๑.`` / ``1)`` / ``(1)`` at a word start,
    not followed by another digit (so ``๙๐.๖๘`` and ``พ.ศ.๒๕๖๘`` are never markers)."""
    opener = r"\(?" if closer == ")" else ""
    pattern = rf"(?<!\S){opener}([{DIGIT}]{{1,3}}){re.escape(closer)}(?![{DIGIT}])"
    return [
        (int(to_arabic_digits(m.group(1))), m.start(), m.end()) for m in re.finditer(pattern, text)
    ]


def _split_sequence(text: str, closer: str) -> Numbered | None:
    """Sequence-aware split: after item n only the marker n+1 starts a new item, so
    ``ข้อ ๑) - ๗)`` or ``ณ วันที่ ๓๑ มีนาคม`` inside an item stay in it."""
    markers = _markers(text, closer)
    if not markers:
        return None
    first, start, end = markers[0]
    lead = squash(text[:start])
    if lead and first != 1:
        return None  # a number inside prose, not a list
    items: list[str] = []
    expected = first + 1
    for number, m_start, m_end in markers[1:]:
        if number == expected and m_start >= end:
            items.append(squash(text[end:m_start]))
            end = m_end
            expected += 1
    items.append(squash(text[end:]))
    return Numbered(items=[item for item in items if item], first=first, lead=lead)


_PARAGRAPH = re.compile(r"</?p\b[^<>]*>|<br\s*/?>|\n", re.IGNORECASE)


def split_numbered(cell: str, closer: str) -> Numbered:
    """Split a steps (``closer="."``) or outcomes (``closer=")"``) cell into its items.

    Items may be inline or wrapped in ``<p>…</p>``, numbered in Thai or Arabic digits.
    Falls back to the other closer, then to one item per paragraph (``first=None``).
    """
    lines = [BULLET.sub("", line.strip()) for line in _PARAGRAPH.split(cell)]
    bullets = [BULLET.match(line.strip()) is not None for line in _PARAGRAPH.split(cell)]
    if any(bullets):  # typed bullets are dropped, as Word's automatic ones are
        cell = "\n".join(lines)
    plain = strip_html(cell)
    other = ")" if closer == "." else "."
    for attempt in (closer, other):
        found = _split_sequence(plain, attempt)
        if found is not None:
            return found
    if any(bullets):  # a bulleted list: one item per bullet, unmarked lines continue it
        items: list[str] = []
        for line, bullet in zip(lines, bullets, strict=True):
            text = squash(strip_html(line))
            if not text:
                continue
            if bullet or not items:
                items.append(text)
            else:
                items[-1] = f"{items[-1]} {text}"
        return Numbered(items=items, first=None, bulleted=True)
    paragraphs = [squash(strip_html(part)) for part in _PARAGRAPH.split(cell)]
    return Numbered(items=[p for p in paragraphs if p], first=None)
