"""Asked when an editor whose text changed is closed (``esc``, Cancel, ``ctrl+q``).

Three answers: keep editing (the default, and what ``esc`` means here), discard the
typed text, or save it. Typed text is never thrown away without this question.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Label, Static

from ita_tui.tui.screens.dialog import Dialog

Answer = Literal["keep", "discard", "save"]


class ConfirmDiscard(Dialog[str]):
    """Returns ``"keep"``, ``"discard"`` or ``"save"`` (``esc`` keeps editing)."""

    KEY_HINTS = (("tab", "hint.next_button"), ("enter", "hint.choose"), ("esc", "hint.keep"))

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "keep", "", show=False),
    ]

    def __init__(self, *, quitting: bool = False) -> None:
        super().__init__()
        self.quitting = quitting

    def compose(self) -> ComposeResult:
        body = "discard.body_quit" if self.quitting else "discard.body"
        with Vertical(id="dialog", classes="dialog -narrow"):
            yield Label(self.c("discard.title"), classes="dialog-title")
            yield Static(Content(self.t(body)))
            with Horizontal(classes="dialog-buttons"):
                yield self.button("discard.keep", id="keep", variant="primary")
                yield self.button("discard.discard", id="discard", variant="error")
                yield self.button("discard.save", id="save", variant="success")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    def action_keep(self) -> None:
        self.dismiss("keep")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id in ("keep", "discard", "save"):
            self.dismiss(event.button.id)
