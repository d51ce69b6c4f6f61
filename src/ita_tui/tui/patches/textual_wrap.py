"""Thai lines break between words in every widget, not only in the details pane.

Rich (``Text.wrap``) and Textual (``Content`` in labels, buttons, notifications, dialogs,
the command palette; the soft-wrapped ``TextArea``) find line breaks with one function
each, and break only at spaces: a Thai sentence has none between its words, so it is cut
at any character. :func:`install` points those functions at :mod:`ita_tui.thai.wrap` for
lines that contain Thai, and leaves every other line to the original.

Relies on: the module globals ``textual.content.divide_line`` (what ``Content.wrap``
calls; Rich's is patched by :mod:`ita_tui.patches.rich_thai`) and
``textual._wrap.compute_wrap_offsets(text, width, tab_size, fold=True,
precomputed_tab_sections=None)``, which the private ``textual.document._wrapped_document``
imports by name (patched there too when it is already imported). Can go when Textual and
Rich break lines with Unicode line breaking and a Thai dictionary, or let an app hand them
its line breaker. ``tests/tui/patches/test_textual_wrap.py`` fails if these names move.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import rich.text
import textual._wrap
import textual.content
from textual._wrap import compute_wrap_offsets as _original_compute_wrap_offsets

from ita_tui.patches.rich_thai import THAI, divide_line
from ita_tui.thai import wrap as thai_wrap

__all__ = ["compute_wrap_offsets", "divide_line", "install"]

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
