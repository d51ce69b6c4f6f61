"""Thai lines break between words in every widget, not only in the details pane.

Rich (``Text.wrap``) and Textual (``Content`` in labels, buttons, notifications, dialogs,
the command palette; the soft-wrapped ``TextArea``) find line breaks with one function
each, and break only at spaces: a Thai sentence has none between its words, so it is cut
at any character. :func:`install` points those functions at :mod:`ita_tui.thai_wrap` for
lines that contain Thai, and leaves every other line to the original. Both libraries are
pinned (``textual==8.2.8``, ``rich==15.0.0``); ``tests/tui/test_thai_breaks.py`` fails if
the names patched here move.

The word list is not read while the first screen is drawn (:func:`defer_words`): the first
screen breaks at syllables, and :func:`load_words` (called once it is up) reads the list and
has the details pane laid out again.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import rich.text
import textual._wrap
import textual.content
from textual._wrap import compute_wrap_offsets as _original_compute_wrap_offsets

from ita_tui import thai_words, thai_wrap
from ita_tui.rich_thai import THAI, divide_line

__all__ = ["defer_words", "divide_line", "install", "load_words"]

#: (module, name, replacement): every place a line of text is broken.
_PATCHES: tuple[tuple[object, str, Callable[..., list[int]]], ...]


def compute_wrap_offsets(
    text: str,
    width: int,
    tab_size: int,
    fold: bool = True,
    precomputed_tab_sections: list[tuple[str, int]] | None = None,
) -> list[int]:
    """Textual's soft wrap for ``TextArea``: Thai lines without tabs broken between words."""
    if "\t" in text or THAI.search(text) is None:
        return _original_compute_wrap_offsets(text, width, tab_size, fold, precomputed_tab_sections)
    return thai_wrap.line_starts(text, width)


def install() -> None:
    """Make Rich and Textual break Thai between words (idempotent).

    ``TextArea``'s module takes ``compute_wrap_offsets`` from ``textual._wrap`` when it is
    first imported (with the first note dialog): patched there, it finds ours; if it is
    already imported, it is patched in place too.
    """
    for module, name, replacement in _PATCHES:
        setattr(module, name, replacement)
    document = sys.modules.get("textual.document._wrapped_document")
    if document is not None:
        vars(document)["compute_wrap_offsets"] = compute_wrap_offsets


_PATCHES = (
    (rich.text, "divide_line", divide_line),
    (textual.content, "divide_line", divide_line),
    (textual._wrap, "compute_wrap_offsets", compute_wrap_offsets),
)


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
