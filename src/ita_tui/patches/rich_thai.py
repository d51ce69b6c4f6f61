"""Rich breaks Thai lines between words, for the command line as for the app.

Rich finds line breaks with one function (``rich.text.divide_line``, imported there from the
private ``rich._wrap``) that breaks only at spaces: a Thai sentence has none between its
words, so it is cut at any character. :func:`install` points it at :mod:`ita_tui.thai.wrap`
for lines that contain Thai and leaves every other line to the original.

Relies on: ``rich._wrap.divide_line(text, width, fold=True)`` and ``Text.wrap`` looking it
up as the module global ``rich.text.divide_line``. Can go when Rich breaks lines by Unicode
line-breaking with a dictionary for Thai (or takes a line-breaker of the caller's).
``tests/patches/test_rich_thai.py`` fails if either moves. The app
(:mod:`ita_tui.tui.patches.textual_wrap`) does the same for Textual's own functions.
"""

from __future__ import annotations

import re

import rich.text
from rich._wrap import divide_line as _original_divide_line

from ita_tui.thai import wrap as thai_wrap

__all__ = ["THAI", "divide_line", "install"]

#: A Thai letter, mark or digit: a line with one is broken by :mod:`ita_tui.thai.wrap`.
THAI = re.compile(r"[\u0e01-\u0e5b]")


def divide_line(text: str, width: int, fold: bool = True) -> list[int]:
    """Rich's ``divide_line`` (offsets where lines begin), Thai broken between words."""
    if THAI.search(text) is None:
        return _original_divide_line(text, width, fold)
    return thai_wrap.line_starts(text, width)


def install() -> None:
    """Make Rich break Thai between words (idempotent)."""
    rich.text.divide_line = divide_line  # type: ignore[attr-defined]
