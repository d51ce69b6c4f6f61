"""Thai lines break between words in every widget, not only in the details pane.

:func:`install` is the patch of Rich's and Textual's line breakers
(:mod:`ita_tui.tui.patches.textual_wrap`). The word list is not read while the first screen
is drawn (:func:`defer_words`): the first screen breaks at syllables, and
:func:`load_words` (called once it is up) reads the list and has the details pane laid out
again.
"""

from __future__ import annotations

from collections.abc import Callable

from ita_tui.thai import words as thai_words
from ita_tui.tui.patches.textual_wrap import compute_wrap_offsets, divide_line, install

__all__ = ["compute_wrap_offsets", "defer_words", "divide_line", "install", "load_words"]


def defer_words() -> None:
    """Until :func:`load_words`, wrap with syllable breaks rather than read the word list."""
    thai_words.defer(True)


def load_words(done: Callable[[], None]) -> None:
    """Read the word list now (if not yet) and call ``done`` to lay the text out again."""
    thai_words.defer(False)
    if thai_words.is_loaded():
        return
    if thai_words.lexicon() is not None:
        done()
