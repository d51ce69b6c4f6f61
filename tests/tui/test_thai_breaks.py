"""Thai breaks between words in every widget: the details pane, labels, dialogs, the key bar."""

from __future__ import annotations

import rich.text
import textual.content
import textual.document._wrapped_document as wrapped_document
from rich._wrap import divide_line as rich_divide_line
from rich.console import Console
from rich.text import Text
from textual.content import Content

from ita_tui import thai_words, thai_wrap
from ita_tui.tui import thai_breaks
from ita_tui.tui.thai_breaks import fit

from .conftest import MakeApp, screen_text
from .test_details import pane_lines
from .test_keys import goto

SENTENCE = "มีการเน้นย้ำการปฏิบัติตามประมวลจริยธรรมในการประชุมพนักงานทุกครั้ง"


def test_the_patched_names_are_where_rich_and_textual_look_them_up() -> None:
    thai_breaks.install()
    assert rich.text.divide_line is thai_breaks.divide_line  # type: ignore[attr-defined]
    assert textual.content.divide_line is thai_breaks.divide_line  # type: ignore[attr-defined]
    assert wrapped_document.compute_wrap_offsets is thai_breaks.compute_wrap_offsets  # type: ignore[attr-defined]


def test_rich_text_content_and_text_area_wrap_thai_between_words() -> None:
    thai_breaks.install()
    expected = thai_wrap.wrap(SENTENCE, 20)
    assert [line.plain.rstrip() for line in Text(SENTENCE).wrap(Console(width=80), 20)] == expected
    assert [line.plain.rstrip() for line in Content(SENTENCE).wrap(20)] == expected
    offsets = wrapped_document.compute_wrap_offsets(SENTENCE, 20, 4)  # type: ignore[attr-defined]
    assert offsets == thai_wrap.line_starts(SENTENCE, 20)
    # the old cuts are gone: no line starts with า, no ประ|มวล
    assert not any(line.startswith("า") or line.endswith("ประ") for line in expected)
    # Latin text still wraps exactly as Rich does it
    english = "The quick brown fox jumps over the lazy dog " * 3
    assert thai_breaks.divide_line(english, 17) == rich_divide_line(english, 17)


def test_fit_shortens_at_a_word_with_an_ellipsis() -> None:
    line = Text("บันทึก ส่งออกรายงานประจำไตรมาส")
    short = fit(line, 16)
    assert short.cell_len <= 16 and short.plain.endswith("…")
    assert short.plain[:-1].rstrip() in {"บันทึก ส่งออก", "บันทึก ส่งออกรายงาน"}
    assert fit(Text("ok"), 5).plain == "ok"


def test_fit_cuts_at_a_syllable_when_the_last_whole_word_leaves_too_much_room() -> None:
    # the first word is 12 cells: a word cut would leave "…" alone; cut at its syllables
    short = fit(Text("มหาวิทยาลัยแห่งชาติ"), 8)
    assert short.plain == "มหาวิท…" or short.plain.endswith("…")
    assert short.cell_len <= 8 and len(short.plain) > 3
    assert not short.plain[:-1].endswith(("ิ", "่"))  # never a letter without its marks


def test_tree_labels_are_shortened_at_a_word(make_app: MakeApp) -> None:
    from ita_tui.tui.labels import fit as label_fit

    head = Text("การป้องกันการขัดกันระหว่างประโยชน์ส่วนตนและประโยชน์ส่วนรวม")
    label = label_fit(head, Text(" [๓/๓]"), 34)
    assert label.plain == "การป้องกันการขัดกันระหว่าง… [๓/๓]"


async def test_the_first_screen_reads_no_word_list_and_lays_out_again_after(
    make_app: MakeApp,
) -> None:
    thai_words.reset()
    app = make_app()
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.pause()
            assert thai_words.is_loaded()  # read once the first screen was up
            await goto(pilot, app, "1.2")
            text = "".join(line.strip() for line in pane_lines(app))
            assert "การป้องกันการขัดกันระหว่างประโยชน์" in text or "ประโยชน์" in text
            lines = pane_lines(app)
            assert not any(line.rstrip().endswith("ประ") for line in lines), lines
    finally:
        thai_words.reset()


async def test_the_note_dialog_header_breaks_between_words(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(40, 24)) as pilot:
        await goto(pilot, app, "1.1.5")
        await pilot.press("a")
        await pilot.pause()
        shown = screen_text(app)
        assert "ประชุมพนักง\n" not in shown
        for line in shown.splitlines():
            stripped = line.strip("│ ║▏▕┃")
            assert not stripped.startswith("านทุก"), shown
