"""Textual breaks Thai between words: fails if the names patched move, or
``compute_wrap_offsets`` changes its call."""

from __future__ import annotations

import inspect
import subprocess
import sys

import rich.text
import textual._wrap
import textual.content
import textual.document._wrapped_document as wrapped_document
from textual.content import Content

from ita_tui.thai import wrap as thai_wrap
from ita_tui.tui.patches import textual_wrap

SENTENCE = "มีการเน้นย้ำการปฏิบัติตามประมวลจริยธรรมในการประชุมพนักงานทุกครั้ง"


def test_what_the_patch_relies_on_is_still_there() -> None:
    original = inspect.signature(textual_wrap._original_compute_wrap_offsets)
    assert list(original.parameters) == list(
        inspect.signature(textual_wrap.compute_wrap_offsets).parameters
    )
    # Content.wrap and the wrapped document look the names up in their modules
    assert "divide_line" in vars(textual.content)
    assert "compute_wrap_offsets" in vars(wrapped_document)


def test_the_patched_names_are_where_rich_and_textual_look_them_up() -> None:
    textual_wrap.install()
    assert rich.text.divide_line is textual_wrap.divide_line  # type: ignore[attr-defined]
    assert textual.content.divide_line is textual_wrap.divide_line  # type: ignore[attr-defined]
    assert wrapped_document.compute_wrap_offsets is textual_wrap.compute_wrap_offsets  # type: ignore[attr-defined]
    assert textual._wrap.compute_wrap_offsets is textual_wrap.compute_wrap_offsets


def test_text_area_imported_after_install_finds_the_thai_wrap() -> None:
    code = (
        "from ita_tui.tui.patches import textual_wrap; textual_wrap.install();"
        "import textual.document._wrapped_document as d;"
        "assert d.compute_wrap_offsets is textual_wrap.compute_wrap_offsets"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert done.returncode == 0, done.stderr


def test_content_and_text_area_wrap_thai_between_words() -> None:
    textual_wrap.install()
    expected = thai_wrap.wrap(SENTENCE, 20)
    assert [line.plain.rstrip() for line in Content(SENTENCE).wrap(20)] == expected
    offsets = wrapped_document.compute_wrap_offsets(SENTENCE, 20, 4)  # type: ignore[attr-defined]
    assert offsets == thai_wrap.line_starts(SENTENCE, 20)
