"""A TextArea that never holds a control code: what it shows is what the terminal receives.

Text loaded into it and text pasted into it go through :func:`ita_tui.tui.labels.safe` with
newlines kept: ESC becomes ``␛``, a bidi override ``\\u202e``. Keys typed into a TextArea are
printable already, so nothing raw can reach the document, the screen or the saved file.
"""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

from ita_tui.tui.labels import safe


def editable(text: str) -> str:
    """File text as the editor shows it: one kind of line break, nothing raw."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return safe(text, keep_newlines=True)


class SafeTextArea(TextArea):
    """A TextArea whose document only ever holds printable text."""

    async def _on_paste(self, event: events.Paste) -> None:
        # Textual calls the handler of every class in the MRO unless the default is prevented:
        # this one inserts the cleaned text and stops TextArea's from inserting the raw one.
        event.prevent_default()
        event.stop()
        if self.read_only:
            return
        if result := self._replace_via_keyboard(editable(event.text), *self.selection):
            self.move_cursor(result.end_location)
            self.focus()
