"""Zero mid-word breaks on every text of the bundled plan, checked by an independent segmenter.

ICU's dictionary-based word break iterator (its own Thai dictionary and algorithm, the one
browsers use to break Thai lines) must agree that every place where a line of a plan text
is broken, at every width from 20 to 120, is between two words. Three breaks are the
segmenter's choice where ICU's dictionary joins two words into one entry; each was read
by hand and is a correct Thai word boundary (listed below with why).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator

import pytest

from ita_tui.plan import bundled_plan_path
from ita_tui.thai import words as thai_words
from ita_tui.thai import wrap as thai_wrap

icu = pytest.importorskip("icu")

#: (text before the break, text after): breaks ICU calls mid-word that are correct Thai.
HAND_CHECKED = {
    # วิธีการ ("method") + นำ ("to bring"): ICU reads วิธี + การนำ; both are words.
    ("วิธีการ", "นำผล"),
    # ช่องทาง + อื่นๆ ("other channels"): ICU cuts ช่อง|ทา|งอื่นๆ, itself mid-word.
    ("ช่องทาง", "อื่นๆ"),
    # เป็น ("to be") + การสื่อสาร ("communication"): ICU's dictionary has เป็นการ.
    ("เป็น", "การสื่อสาร"),
}


def plan_texts() -> Iterator[str]:
    data = tomllib.loads(bundled_plan_path().read_text(encoding="utf-8"))

    def walk(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from walk(item)
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)

    for text in walk(data):
        yield from text.split("\n")


def icu_boundaries(text: str) -> set[int]:
    breaker = icu.BreakIterator.createWordInstance(icu.Locale("th"))
    breaker.setText(text)
    return set(breaker)


def mid_word_breaks() -> tuple[int, dict[str, int]]:
    """(breaks checked, {"before|after": first width} for each break ICU calls mid-word)."""
    checked = 0
    wrong: dict[str, int] = {}
    for paragraph in plan_texts():
        words = icu_boundaries(paragraph)
        for width in range(20, 121):
            for start in thai_wrap.line_starts(paragraph, width):
                checked += 1
                if paragraph[start - 1].isspace() or start in words:
                    continue
                before = paragraph[:start].split()[-1]
                after = paragraph[start:].split()[0]
                if any(before.endswith(a) and after.startswith(b) for a, b in HAND_CHECKED):
                    continue
                wrong.setdefault(f"{before}|{after}", width)
    return checked, wrong


def test_no_line_of_the_bundled_plan_breaks_inside_a_word() -> None:
    checked, wrong = mid_word_breaks()
    assert checked > 1000  # the plan's texts do wrap at these widths
    assert not wrong, wrong


def test_the_check_finds_the_mid_word_breaks_of_the_syllable_fallback() -> None:
    thai_words.reset()
    thai_words.defer(True)  # the syllable wrapper, as on main
    try:
        _, wrong = mid_word_breaks()
    finally:
        thai_words.reset()
    assert len(wrong) > 20
    assert any(key.endswith("|โยชน์") or "|โยชน์" in key for key in wrong), wrong
