"""Thai line breaking: between words, dates and ids whole, never a mark at the start of a line,
never too wide; syllable boundaries when the word list cannot be read."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_tui.thai import words as thai_words
from ita_tui.thai.wrap import (
    atoms,
    cell_len,
    clusters,
    line_starts,
    min_width,
    syllables,
    wrap,
    wrap_sized,
)


def starts_with_mark(line: str) -> bool:
    return bool(line) and (unicodedata.category(line[0]) == "Mn" or line[0] in "ำๆ")


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("มีการเน้นย้ำ", ["มี", "การ", "เน้นย้ำ"]),
        ("นักวิเคราะห์นโยบาย", ["นักวิเคราะห์", "นโยบาย"]),  # ห์ is silent: it stays
        ("นั้น ๆ ไป", ["นั้น ๆ ", "ไป"]),  # a lone ๆ never starts a line
        ("E-Serviceเพื่อ", ["E-Service", "เพื่อ"]),  # where Latin meets Thai
        ("ดู https://a.b/c/d", ["ดู ", "https://a.b/c/d"]),  # a link is one piece
        ("ประชุมพนักงานทุกครั้ง", ["ประชุม", "พนักงาน", "ทุกครั้ง"]),
        ("งบประมาณฯ ๖๗", ["งบประมาณฯ ", "๖๗"]),  # ฯ stays with its word
        ("(๑ ต.ค. ๒๕๖๗ – ๓๑ ธ.ค. ๒๕๖๗)", ["(๑ ต.ค. ๒๕๖๗ – ", "๓๑ ธ.ค. ๒๕๖๗)"]),
        ("ข้อ ๑.๑.๒ วันที่ 2568-02-10", ["ข้อ ", "๑.๑.๒ ", "วันที่ ", "2568-02-10"]),
        ("ไตรมาสที่ ๑ - ๒", ["ไตรมาส", "ที่ ", "๑ - ๒"]),
        ("ปีงบประมาณ พ.ศ. ๒๕๖๘", ["ปีงบประมาณ ", "พ.ศ. ๒๕๖๘"]),
        ("อำเภอคลองท่อม", ["อำเภอ", "คลองท่อม"]),  # from the project's own word list
    ],
)
def test_break_opportunities(text: str, pieces: list[str]) -> None:
    assert atoms(text) == pieces


#: Cut mid-word by the syllable wrapper on main (issue 11), each with a width that forced it.
CUT_BEFORE = [
    ("เพื่อประโยชน์ส่วนตัวหรือพวกพ้อง", "ประโยชน์"),
    ("ให้มีประสิทธิภาพมากขึ้น", "ประสิทธิภาพ"),
    ("ของหน่วยงานให้ประชาชนรับทราบ", "ประชาชน"),
    ("ความโปร่งใสเกี่ยวกับการดำเนินงาน", "ดำเนินงาน"),
    ("ช่องทางออนไลน์ของหน่วยงาน", "ออนไลน์"),
    ("ได้ง่ายขึ้นบนหน้าเว็บไซต์ของหน่วยงาน", "เว็บไซต์"),
    ("การปฏิบัติตามประมวลจริยธรรม", "ประมวล"),
    ("การใช้จ่ายงบประมาณอย่างคุ้มค่า", "งบประมาณ"),
    ("ในการประชุมพนักงานทุกครั้ง", "พนักงาน"),
]


@pytest.mark.parametrize(("text", "word"), CUT_BEFORE)
def test_the_words_cut_on_main_are_never_cut(text: str, word: str) -> None:
    for width in range(len(word) // 2 + 8, len(text) + 1):
        lines = wrap(text, width)
        assert any(word in line for line in lines), (width, lines)


def test_a_date_is_never_broken_even_after_a_bracket() -> None:
    text = "ดำเนินการตามแผนระหว่างวันที่ (๑ ต.ค. ๒๕๖๗ – ๓๐ ก.ย. ๒๕๖๘)"
    for width in range(14, len(text)):
        assert not any(line.endswith(("(๑", "(")) for line in wrap(text, width))
        joined = "\n".join(wrap(text, width))
        assert "๑ ต.ค. ๒๕๖๗" in joined and "๓๐ ก.ย. ๒๕๖๘" in joined, joined


def test_a_word_wider_than_the_line_is_cut_at_syllables() -> None:
    # ประสิทธิภาพ is one word of 9 cells: at 6 it has to be cut, at its syllables.
    assert wrap("ประสิทธิภาพ", 6) == ["ประ", "สิทธิภาพ"]
    assert wrap("ผลประโยชน์", 4) == ["ผล", "ประ", "โยชน์"]


def test_line_starts_are_where_the_wrapped_lines_begin() -> None:
    text = "ส่งเสริมการป้องกันการทุจริตของหน่วยงาน และประชาชน"
    lines = wrap(text, 20)
    starts = [0, *line_starts(text, 20)]
    assert all(text[a:].startswith(line) for a, line in zip(starts, lines, strict=True))


@pytest.fixture
def no_word_list(monkeypatch: pytest.MonkeyPatch) -> object:
    thai_words.reset()
    monkeypatch.setattr(thai_words, "WORD_LIST", thai_words.WORD_LIST.with_name("missing.txt"))
    yield
    thai_words.reset()


@pytest.mark.usefixtures("no_word_list")
def test_without_the_word_list_it_falls_back_to_syllables() -> None:
    assert thai_words.lexicon() is None
    assert atoms("มีการเน้นย้ำ") == ["มี", "การ", "เน้นย้ำ"]
    assert atoms("นักวิเคราะห์") == ["นักวิ", "เคราะห์"]
    assert wrap("ส่งเสริมการป้องกันการทุจริตของหน่วยงาน", 30) == [
        "ส่งเสริมการป้องกันการทุจริต",
        "ของหน่วยงาน",
    ]
    # dates stay whole in the fallback too
    assert "(๑ ต.ค. ๒๕๖๗ " in atoms("ตั้งแต่ (๑ ต.ค. ๒๕๖๗ เป็นต้นไป")


def test_while_deferred_nothing_is_read_and_syllables_are_used() -> None:
    thai_words.reset()
    try:
        thai_words.defer(True)
        assert wrap("ให้ประชาชนรับทราบ", 10)[0] == "ให้ประ"  # the syllable wrapper's cut
        assert not thai_words.is_loaded()
        thai_words.defer(False)
        assert wrap("ให้ประชาชนรับทราบ", 10)[0] == "ให้ประชาชน"
        assert thai_words.is_loaded()
    finally:
        thai_words.reset()


def test_clusters_keep_marks_with_their_letter() -> None:
    assert clusters("ย้ำที่") == ["ย้ำ", "ที่"]
    assert clusters("ก็็็") == ["ก็็็"]


def test_spaces_come_first_when_the_line_is_full_enough() -> None:
    lines = wrap("ผู้รับผิดชอบ: นักวิเคราะห์, หัวหน้าสำนักปลัด, ปลัด", 30)
    assert lines == ["ผู้รับผิดชอบ: นักวิเคราะห์,", "หัวหน้าสำนักปลัด, ปลัด"]


def test_a_long_thai_run_breaks_between_words() -> None:
    lines = wrap("ส่งเสริมการป้องกันการทุจริตของหน่วยงาน", 30)
    assert lines == ["ส่งเสริมการป้องกันการทุจริตของ", "หน่วยงาน"]
    assert syllables("ประโยชน์ส่วนตัว") == ["ประ", "โยชน์ส่วนตัว"]


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
        [
            " ",
            " ",
            "  ",
            " ๆ",
            "\n",
            "E-Service",
            "https://a.go.th/x/y",
            "๑๒๓",
            "漢字",
            "๑ ต.ค. ๒๕๖๗",
            "(",
            ")",
            "ฯ",
            "2568-02-10",
            "๑ - ๒",
            "ประโยชน์",
            "การดำเนินงาน",
        ]
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
    # the lines are the text in order, cut only at the starts line_starts gives
    for paragraph, count in ((p, len(wrap(p, width))) for p in text.split("\n")):
        assert len(line_starts(paragraph, width)) == max(0, count - 1)


@settings(max_examples=300, deadline=None)
@given(text=thai_text | st.text(), width=st.integers(min_value=1, max_value=80))
def test_wrap_sized_gives_the_lines_of_wrap_and_their_widths(text: str, width: int) -> None:
    # the report pads each line by the width the layout gives it, without measuring again
    sized = wrap_sized(text, width)
    assert [line for line, _ in sized] == wrap(text, width)
    assert [size for _, size in sized] == [cell_len(line) for line, _ in sized]


@settings(max_examples=300, deadline=None)
@given(text=st.text(), width=st.integers(min_value=2, max_value=80))
def test_wrapping_any_unicode_keeps_every_character_in_order_within_the_width(
    text: str, width: int
) -> None:
    lines = wrap(text, width)
    assert all(cell_len(line) <= width for line in lines), lines
    assert "".join("".join(lines).split()) == "".join(text.split())
    for paragraph in text.split("\n"):
        starts = [0, *line_starts(paragraph, width)]
        assert starts == sorted(set(starts))


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("กขคเแโาะำิีึืุู่้๊๋็์ํ ab1๑.-/\u200b\u00ad\x00\x07\u2013\u4e00\U0001f600"),
        max_size=40,
    ),
    st.data(),
)
def test_slice_widths_are_richs_cell_len(text: str, data: st.DataObject) -> None:
    """The line breaker's running count measures any slice as Rich does (marks, controls,
    soft hyphens, wide characters)."""
    from ita_tui.thai.wrap import _measure, _width

    width_between = _measure(text)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert width_between(a, b) == cell_len(text[a:b])
    assert _width(text) == cell_len(text)
