"""Rich breaks Thai between words: fails if Rich's ``Text.wrap`` stops finding its line
breaker as the module global ``rich.text.divide_line``, or ``rich._wrap.divide_line``
changes its call."""

from __future__ import annotations

import inspect

import rich._wrap
import rich.text
from rich.console import Console
from rich.text import Text

from ita_tui.patches import rich_thai
from ita_tui.thai import wrap as thai_wrap

SENTENCE = "มีการเน้นย้ำการปฏิบัติตามประมวลจริยธรรมในการประชุมพนักงานทุกครั้ง"


def test_what_the_patch_relies_on_is_still_there() -> None:
    parameters = inspect.signature(rich._wrap.divide_line).parameters
    assert list(parameters) == ["text", "width", "fold"]
    assert parameters["fold"].default is True
    # Text.wrap calls the name it finds in its module when it runs
    assert "divide_line" in rich.text.Text.wrap.__code__.co_names


def test_installed_rich_wraps_thai_between_words_and_the_rest_as_before() -> None:
    rich_thai.install()
    assert rich.text.divide_line is rich_thai.divide_line  # type: ignore[attr-defined]
    lines = [line.plain.rstrip() for line in Text(SENTENCE).wrap(Console(width=80), 20)]
    assert lines == thai_wrap.wrap(SENTENCE, 20)
    english = "The quick brown fox jumps over the lazy dog " * 3
    assert rich_thai.divide_line(english, 17) == rich._wrap.divide_line(english, 17)
