"""Thai line breaking: syllable boundaries, never a mark at the start of a line, never too wide."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_tui.thai_wrap import atoms, cell_len, clusters, min_width, wrap


def starts_with_mark(line: str) -> bool:
    return bool(line) and (unicodedata.category(line[0]) == "Mn" or line[0] in "ำๆ")


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("มีการเน้นย้ำ", ["มี", "การ", "เน้นย้ำ"]),  # before การ and before the leading vowel เ
        ("นักวิเคราะห์", ["นักวิ", "เคราะห์"]),  # ห์ is silent: it stays with its syllable
        ("นั้น ๆ ไป", ["นั้น ๆ ", "ไป"]),  # a lone ๆ never starts a line
        ("E-Serviceเพื่อ", ["E-Service", "เพื่อ"]),  # where Latin meets Thai
        ("https://a.b/c/d", ["https://", "a.b/", "c/", "d"]),
    ],
)
def test_break_opportunities(text: str, pieces: list[str]) -> None:
    assert atoms(text) == pieces


def test_clusters_keep_marks_with_their_letter() -> None:
    assert clusters("ย้ำที่") == ["ย้ำ", "ที่"]
    assert clusters("ก็็็") == ["ก็็็"]


def test_spaces_come_first_when_the_line_is_full_enough() -> None:
    lines = wrap("ผู้รับผิดชอบ: นักวิเคราะห์, หัวหน้าสำนักปลัด, ปลัด", 30)
    assert lines == ["ผู้รับผิดชอบ: นักวิเคราะห์,", "หัวหน้าสำนักปลัด, ปลัด"]


def test_a_long_thai_run_breaks_at_a_syllable_not_mid_word() -> None:
    lines = wrap("ส่งเสริมการป้องกันการทุจริตของหน่วยงาน", 30)
    assert lines == ["ส่งเสริมการป้องกันการทุจริต", "ของหน่วยงาน"]


def test_newlines_are_kept_and_min_width_is_the_widest_piece() -> None:
    assert wrap("หนึ่ง\nสอง", 40) == ["หนึ่ง", "สอง"]
    assert min_width("การปฏิบัติ หรือ") == cell_len("การปฏิบัติ")


CONSONANTS = "กขคงจฉชซญดตถทนบปผพฟภมยรลวศสหอฮ"
syllable = st.builds(
    lambda lead, first, vowel, tone, tail: lead + first + vowel + tone + tail,
    st.sampled_from(["", "", "", "เ", "แ", "โ", "ใ", "ไ"]),
    st.sampled_from(list(CONSONANTS)),
    st.sampled_from(["", "", "ิ", "ี", "ึ", "ื", "ุ", "ู", "ั", "็"]),
    st.sampled_from(["", "", "่", "้", "๊", "๋"]),
    st.sampled_from(["", "า", "ะ", "ำ", "น", "ง", "ก", "ห์", "ทร์", "ๆ"]),
)
piece = st.one_of(
    syllable,
    syllable,
    syllable,
    st.sampled_from(
        [" ", " ", "  ", " ๆ", "\n", "E-Service", "https://a.go.th/x/y", "๑๒๓", "漢字"]
    ),
)
thai_text = st.lists(piece, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=thai_text, width=st.integers(min_value=2, max_value=60))
def test_wrapping_any_text_keeps_every_character_and_every_line_fits(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert all(cell_len(line) <= width for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())
    assert not any(starts_with_mark(line) for line in lines), lines
