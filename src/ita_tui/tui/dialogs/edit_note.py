"""``a``: annotate an outcome with a note of several lines."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Label, Static

from ita_tui.tui.dialogs.confirm_discard import KeepsTyping
from ita_tui.tui.widgets.safe_text_area import SafeTextArea, editable


class TextDialog(KeepsTyping[str]):
    """A multi-line editor; ``ctrl+s`` (or the button) returns the text, ``esc`` None.

    File text is shown with its control codes and invisible characters made visible (``␛``,
    ``\\u202e``). Saving an editor left unchanged returns None, so nothing is written; an edited
    text keeps those marks as the visible characters it showed, never as control codes.
    Closed with its text changed, it asks first (:class:`KeepsTyping`).
    """

    KEY_HINTS = (
        ("ctrl+s", "app.hint.save"),
        ("esc", "app.hint.cancel"),
        ("tab", "app.hint.next_field"),
    )

    TITLE_KEY = "app.note.title"
    PROMPT_KEY = "app.note.prompt"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", show=False, priority=True),
    ]

    def __init__(self, text: str, title: str) -> None:
        super().__init__()
        self.text = editable(text)
        self.subject = title

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog -wide"):
            yield Label(self.c(self.TITLE_KEY), classes="dialog-title")
            yield Static(Content(self.subject), classes="dialog-subject")
            yield Label(self.c(self.PROMPT_KEY), classes="dialog-hint")
            yield self.steady(
                SafeTextArea(self.text, id="text", soft_wrap=True, tab_behavior="focus")
            )
            with Horizontal(classes="dialog-buttons"):
                yield self.button("app.dialog.save", id="save", variant="primary")
                yield self.button("app.dialog.cancel", id="cancel")

    def on_mount(self) -> None:
        area = self.query_one("#text", SafeTextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def result(self) -> str:
        return self.query_one("#text", SafeTextArea).text

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        self.save_typed()

    def save_typed(self) -> bool:
        self.dismiss(self.result() if self.edited else None)
        return True

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.leave()

    @property
    def edited(self) -> bool:
        """Whether the text differs from what the dialog opened with."""
        return self.query_one("#text", SafeTextArea).text != self.text

    def keep_editing(self) -> None:
        self.query_one("#text", SafeTextArea).focus()


class NoteDialog(TextDialog):
    """The outcome's note; the text returned is stripped of trailing blank space."""

    def result(self) -> str:
        return super().result().rstrip()
