"""Thai breaks between words in every widget: the details pane, labels, dialogs, the key bar."""

from __future__ import annotations

from typing import Any

import pytest
import textual.document._wrapped_document as wrapped_document
from rich._wrap import divide_line as rich_divide_line
from rich.console import Console
from rich.text import Text
from textual.content import Content
from textual.widgets import TextArea

from ita_tui.thai import words as thai_words
from ita_tui.thai import wrap as thai_wrap
from ita_tui.thai.fit import fit
from ita_tui.tui.patches import thai_breaks

from .conftest import MakeApp, screen_text
from .test_details import pane_lines
from .test_keys import goto

SENTENCE = "มีการเน้นย้ำการปฏิบัติตามประมวลจริยธรรมในการประชุมพนักงานทุกครั้ง"


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


def test_the_key_bar_drops_whole_keys() -> None:
    keys = Text("space ติ๊ก  s สถานะ  d วันที่  v หลักฐาน  a หมายเหตุ  / ค้นหา")
    assert fit(keys, 40, between="  ").plain == "space ติ๊ก  s สถานะ  d วันที่  v หลักฐาน…"
    assert fit(keys, 8, between="  ").plain == "space…"  # a first key too wide: at a word


def test_fit_cuts_inside_a_word_only_when_a_word_cut_leaves_too_much_room() -> None:
    # the first word is 11 cells in 8: a word cut would leave "…" alone
    assert fit(Text("มหาวิทยาลัยแห่งชาติ"), 8).plain == "มหาวิทยา…"
    assert fit(Text("ให้ประชาชนรับทราบ"), 8).plain == "ให้ประ…"  # at a syllable
    assert fit(Text("ปรับปรุงคุณภาพดำเนินงาน"), 12).plain == "ปรับปรุงคุณภาพ…"


def test_fit_keeps_the_style_of_the_text_on_the_ellipsis() -> None:
    line = Text("การป้องกันการขัดกันระหว่างประโยชน์", style="bold")
    line.stylize("red", 0, 5)
    short = fit(line, 20)
    assert short.plain == "การป้องกันการขัดกัน…"
    assert short.style == "bold" and [s.end for s in short.spans] == [5]


def test_tree_labels_are_shortened_at_a_word() -> None:
    from ita_tui.tui.labels import fit as label_fit

    head = Text("การป้องกันการขัดกันระหว่างประโยชน์ส่วนตนและประโยชน์ส่วนรวม")
    label = label_fit(head, Text(" [๓/๓]"), 34)
    assert label.plain == "การป้องกันการขัดกันระหว่าง… [๓/๓]"


async def test_the_first_screen_reads_no_word_list_and_lays_out_again_after(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.screen import Screen

    events: list[str] = []
    paint = Screen._compositor_refresh
    read = thai_words.Lexicon.read

    def painted(screen: Screen[object]) -> None:
        paint(screen)
        events.append("paint")

    def reading(*args: Any, **kwargs: Any) -> thai_words.Lexicon:
        events.append("read")
        return read(*args, **kwargs)

    monkeypatch.setattr(Screen, "_compositor_refresh", painted)
    monkeypatch.setattr(thai_words.Lexicon, "read", reading)
    thai_words.reset()
    app = make_app()
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.pause()
            assert "read" in events and events.index("paint") < events.index("read"), events
            assert events.count("read") == 1
            await goto(pilot, app, "1.2")
            lines = pane_lines(app)
            assert not any(line.rstrip().endswith("ประ") for line in lines), lines
            assert any("ประโยชน์" in line for line in lines), lines
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
        # the note itself soft-wraps between words too
        note = "ได้ดำเนินการประชุมพนักงานเพื่อเน้นย้ำการปฏิบัติตามประมวลจริยธรรม"
        app.screen.query_one("#text", TextArea).insert(note)
        await pilot.pause()
        rows = [line.strip("│ ║▏▕┃▊▎") for line in screen_text(app).splitlines()]
        typed = [row for row in rows if row and note.startswith(row)]
        assert typed and len("".join(typed)) < len(note), rows  # wrapped, from its start
        pieces = [row for row in rows if row and row in note]
        assert "".join(pieces) == note, rows
        cuts = {len("".join(pieces[: i + 1])) for i in range(len(pieces) - 1)}
        atoms = thai_wrap.atoms(note)
        words = {len("".join(atoms[: i + 1])) for i in range(len(atoms))}
        assert cuts and cuts <= words, (pieces, atoms)
