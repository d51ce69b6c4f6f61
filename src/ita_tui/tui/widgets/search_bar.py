"""The inline search box (``/``): a line above the footer with the query and the match count.

The main screen makes it on the first search, so start-up does not import or mount it.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label


class SearchBar(Horizontal):
    """Posts :class:`Changed` as the query is typed, :class:`Done` on enter or esc."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", show=False),
        Binding("f3", "step(1)", "Next", show=False),
        Binding("shift+f3", "step(-1)", "Previous", show=False),
    ]

    class Changed(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Done(Message):
        """The search box closed: ``accepted`` on enter, not on esc."""

        def __init__(self, query: str, accepted: bool) -> None:
            super().__init__()
            self.query = query
            self.accepted = accepted

    class Step(Message):
        def __init__(self, forward: bool) -> None:
            super().__init__()
            self.forward = forward

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.input = Input(id="search-input", compact=True)
        self.count = Label("", id="search-count")

    def compose(self) -> ComposeResult:
        yield Label("/", id="search-slash")
        yield self.input
        yield self.count

    @property
    def value(self) -> str:
        """What is typed in the box."""
        return self.input.value

    def clear(self) -> None:
        self.input.value = ""

    def open(self, placeholder: str, blink: bool) -> None:
        self.input.placeholder = placeholder
        self.input.cursor_blink = blink
        self.display = True
        if self.is_mounted:
            self.input.focus()
        # else the bar was made just now: on_mount focuses the box

    def on_mount(self) -> None:
        if self.display:
            self.input.focus()

    def close(self) -> None:
        self.display = False

    def show_count(self, text: str, found: bool) -> None:
        self.count.update(Content(text))
        self.count.set_class(not found and bool(self.value.strip()), "-none")

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Done(event.value, accepted=True))

    def action_cancel(self) -> None:
        self.post_message(self.Done(self.value, accepted=False))

    def action_step(self, direction: int) -> None:
        self.post_message(self.Step(direction > 0))
