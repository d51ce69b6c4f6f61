"""Damaged Thai from PDFs and their copies, put back where it can be restored exactly.

Thai fonts without OpenType shaping place tone marks and upper/lower vowels with glyphs in the
Private Use Area (U+F700-U+F71A, the Windows convention); a PDF's text layer often carries
those code points instead of the real marks.  Text extraction also writes ำ (SARA AM) as
NIKHAHIT + SARA AA (``ํ`` + ``า``, the nikhahit sometimes before the tone mark), and puts a tone
mark before the vowel it sits on, or a space inside a word before a mark or a following vowel
(``ฝ่ าย``).  :func:`repair_thai` undoes all three exactly; a replacement
character "�" cannot be undone and is only counted, so the caller can warn with the place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The Windows Thai PUA glyphs and the character each one draws.
PUA_THAI: dict[str, str] = {
    "\uf700": "\u0e10",  # ฐ without its descender
    "\uf701": "\u0e34",  # ิ shifted left
    "\uf702": "\u0e35",  # ี
    "\uf703": "\u0e36",  # ึ
    "\uf704": "\u0e37",  # ื
    "\uf705": "\u0e48",  # ่ down-left
    "\uf706": "\u0e49",  # ้
    "\uf707": "\u0e4a",  # ๊
    "\uf708": "\u0e4b",  # ๋
    "\uf709": "\u0e4c",  # ์
    "\uf70a": "\u0e48",  # ่ down
    "\uf70b": "\u0e49",  # ้
    "\uf70c": "\u0e4a",  # ๊
    "\uf70d": "\u0e4b",  # ๋
    "\uf70e": "\u0e4c",  # ์
    "\uf70f": "\u0e0d",  # ญ without its descender
    "\uf710": "\u0e31",  # ั left
    "\uf711": "\u0e4d",  # ํ left
    "\uf712": "\u0e47",  # ็ left
    "\uf713": "\u0e48",  # ่ left
    "\uf714": "\u0e49",  # ้
    "\uf715": "\u0e4a",  # ๊
    "\uf716": "\u0e4b",  # ๋
    "\uf717": "\u0e4c",  # ์
    "\uf718": "\u0e38",  # ุ down
    "\uf719": "\u0e39",  # ู
    "\uf71a": "\u0e3a",  # ฺ
}
_PUA_TABLE = str.maketrans(PUA_THAI)
_TONES = "\u0e48\u0e49\u0e4a\u0e4b"
_VOWELS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47"
# ํ [tone] า  or  [tone] ํ า  ->  [tone] ำ
_SARA_AM = re.compile(f"\u0e4d([{_TONES}]?)\u0e32|([{_TONES}])\u0e4d\u0e32")
# a tone mark written before the vowel it sits on
_TONE_FIRST = re.compile(f"([{_TONES}\u0e4c])([{_VOWELS}])")
# a space put between a letter and a mark or following vowel (no Thai word starts with them)
_SPACE_IN_WORD = re.compile(
    "(?<=[\u0e01-\u0e2e\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]) +(?=[\u0e30\u0e32\u0e33\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
)
# a space some PDF writers put after a tone mark inside a word («ผู้ป่ วย»): after a consonant
# that carries only a tone mark, inside a word, with no leading vowel (เ แ โ ใ ไ) just before
# it (a syllable can end there only after one: «ไม่ มี», «ใหม่ อำเภอ», «แม่ ไป» keep theirs)
_TONE_SPACE = re.compile(f"[\u0e01-\u0e2e][{_TONES}]( +)(?=[\u0e01-\u0e2e])")
_IN_WORD = re.compile("[\u0e01-\u0e2e\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_LEADING = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")


def _tone_spaces(text: str) -> tuple[str, int]:
    parts: list[str] = []
    last = count = 0
    for match in _TONE_SPACE.finditer(text):
        start = match.start()
        before = text[max(0, start - 2) : start]
        if not before or not _IN_WORD.match(before[-1]) or _LEADING & set(before):
            continue
        parts.append(text[last : match.start(1)])
        last = match.end(1)
        count += 1
    parts.append(text[last:])
    return "".join(parts), count


REPLACEMENT = "\ufffd"


@dataclass
class Repair:
    """What :func:`repair_thai` changed: counts of each kind of repair."""

    pua: int = 0
    sara_am: int = 0
    order: int = 0
    spaces: int = 0
    lost: int = 0  # replacement characters left in (cannot be restored)

    @property
    def changed(self) -> bool:
        return bool(self.pua or self.sara_am or self.order or self.spaces)

    def add(self, other: Repair) -> None:
        self.pua += other.pua
        self.sara_am += other.sara_am
        self.order += other.order
        self.spaces += other.spaces
        self.lost += other.lost


def repair_thai(text: str) -> tuple[str, Repair]:
    """``text`` with PUA glyphs, decomposed ำ and tone-before-vowel put right, and a count of
    each repair (and of "�" that stay)."""
    repair = Repair()
    if not text:
        return text, repair
    repair.pua = sum(text.count(ch) for ch in PUA_THAI) if max(text) >= "\uf700" else 0
    if repair.pua:
        text = text.translate(_PUA_TABLE)
    if "\u0e4d" in text:
        text, repair.sara_am = _SARA_AM.subn(
            lambda m: (m.group(1) or m.group(2) or "") + "\u0e33", text
        )
    if any(tone in text for tone in _TONES + "\u0e4c"):
        text, repair.order = _TONE_FIRST.subn(r"\2\1", text)
    if " " in text:
        text, repair.spaces = _SPACE_IN_WORD.subn("", text)
        text, after_tone = _tone_spaces(text)
        repair.spaces += after_tone
    repair.lost = text.count(REPLACEMENT)
    return text, repair
