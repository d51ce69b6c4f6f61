"""What every dialog shares: a framed box, a title, esc to cancel, labels in the app's language;
and what every question shares (:class:`Question`): a row of answers, the safe one first."""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING, ClassVar, TypeVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, TextArea

from ita_tui.catalog import say
from ita_tui.resources import package_file, real_path

if TYPE_CHECKING:
    from ita_tui.tui.services.host import PlanApp

ResultT = TypeVar("ResultT")


class Dialog(ModalScreen[ResultT]):
    """A modal dialog; ``esc`` dismisses it with ``None``."""

    # Loaded with the first dialog, not at start: the main screen opens faster without it.
    CSS_PATH: ClassVar[list[str | PurePath]] = [
        real_path(package_file("tui", "styles", "dialogs.tcss"))
    ]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", show=False),
    ]

    #: The keys the bottom line lists while the dialog is open: (key, label key).
    KEY_HINTS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enter", "app.hint.choose"),
        ("tab", "app.hint.next_field"),
        ("esc", "app.hint.cancel"),
    )

    def on_mount(self) -> None:
        """The bottom line shows this dialog's keys (not the main screen's, behind it)."""
        from ita_tui.tui.widgets.key_bar import KeyBar

        bar = KeyBar(id="dialog-keys")
        self.mount(bar)
        bar.show_hints([(key, self.t(label)) for key, label in self.KEY_HINTS])

    @property
    def ita(self) -> PlanApp:
        """The app's plan and settings (the app itself is never imported by a dialog)."""
        return cast("PlanApp", self.app)

    @property
    def lang(self) -> str:
        return self.ita.view.lang

    @property
    def digits(self) -> str:
        return self.ita.view.digits

    def t(self, key: str, **values: object) -> str:
        return say(key, self.lang, **values)

    def c(self, key: str, **values: object) -> Content:
        """A label as Content: shown as written, never parsed as markup."""
        return Content(self.t(key, **values))

    def button(self, key: str, *, id: str, variant: str = "default") -> Button:
        return Button(self.c(key), id=id, variant=variant, compact=True)  # type: ignore[arg-type]

    def steady(self, widget: Input | TextArea) -> Input | TextArea:
        """Apply the app's cursor-blink choice (tests switch blinking off)."""
        widget.cursor_blink = self.ita.cursor_blink
        return widget

    def action_cancel(self) -> None:
        self.dismiss(None)


class Question(Dialog[ResultT]):
    """A question with a few answers, a button each in a row, the first (the safe one)
    focused: every ``confirm_*`` dialog. Each says its heading, its body and its answers;
    ``esc`` answers :attr:`ESCAPE`."""

    #: The box's classes (``-error``: a red frame, for a question about losing something).
    BOX: ClassVar[str] = "dialog -narrow -error"
    #: The answers: (label key, button id, variant, what the dialog returns).
    ANSWERS: ClassVar[tuple[tuple[str, str, str, object], ...]] = ()
    #: What ``esc`` answers.
    ESCAPE: ClassVar[object] = None

    if TYPE_CHECKING:  # each question defines these

        def heading(self) -> Content: ...

        def body(self) -> ComposeResult: ...

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes=self.BOX):
            yield Label(self.heading(), classes="dialog-title")
            yield from self.body()
            with Horizontal(classes="dialog-buttons"):
                for key, id, variant, _answer in self.ANSWERS:
                    yield self.button(key, id=id, variant=variant)

    def on_mount(self) -> None:
        self.query_one(f"#{self.ANSWERS[0][1]}", Button).focus()

    def answer(self, value: object) -> None:
        self.dismiss(cast("ResultT", value))

    def action_cancel(self) -> None:
        self.answer(self.ESCAPE)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        for _key, id, _variant, value in self.ANSWERS:
            if event.button.id == id:
                self.answer(value)
