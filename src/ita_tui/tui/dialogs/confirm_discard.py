"""Typed text is never thrown away without asking: :class:`KeepsTyping` is a dialog
(the note and evidence editors, the plan forms) that, closed with its text changed
(``esc``, Cancel, ``ctrl+q``), first asks :class:`ConfirmDiscard`.

Three answers: keep editing (the default, and what ``esc`` means here), discard the
typed text, or save it, through the same checks as ``ctrl+s``: a form they refuse stays
open with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, TypeVar

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from ita_tui.tui.dialogs.dialog import Dialog, Question

Answer = Literal["keep", "discard", "save"]

ResultT = TypeVar("ResultT")


class ConfirmDiscard(Question[str]):
    """Returns ``"keep"``, ``"discard"`` or ``"save"`` (``esc`` keeps editing)."""

    KEY_HINTS = (
        ("tab", "app.hint.next_button"),
        ("enter", "app.hint.choose"),
        ("esc", "app.hint.keep"),
    )
    BOX = "dialog -narrow"
    ANSWERS = (
        ("app.discard.keep", "keep", "primary", "keep"),
        ("app.discard.discard", "discard", "error", "discard"),
        ("app.discard.save", "save", "success", "save"),
    )
    ESCAPE = "keep"

    def __init__(self, *, quitting: bool = False) -> None:
        super().__init__()
        self.quitting = quitting

    def heading(self) -> Content:
        return self.c("app.discard.title")

    def body(self) -> ComposeResult:
        yield Static(
            Content(self.t("app.discard.body_quit" if self.quitting else "app.discard.body"))
        )


class KeepsTyping(Dialog[ResultT]):
    """A dialog the officer types into: closing it changed asks first (see the module)."""

    #: The question is open (a second ``esc`` or ``ctrl+q`` does not ask twice).
    asking = False

    if TYPE_CHECKING:  # each dialog defines these

        @property
        def edited(self) -> bool:
            """Whether what is typed differs from what the dialog opened with."""

        def save_typed(self) -> bool:
            """Save as ``ctrl+s`` does; whether the dialog closed (False: refused, the
            reason shown)."""

    def keep_editing(self) -> None:
        """Back to the text after "keep editing" (the focus comes back where it was)."""

    def action_cancel(self) -> None:
        self.leave()

    def leave(self, *, quitting: bool = False, then: Callable[[], object] | None = None) -> None:
        """Close; if the text was changed, first ask: keep editing, discard or save.

        ``then`` runs once the dialog has closed (not if the user keeps editing, nor if a
        save was refused).
        """
        if not self.edited:
            self.dismiss(None)
            if then is not None:
                then()
            return
        if self.asking:
            return

        def answered(answer: str | None) -> None:
            self.asking = False
            if answer == "save":
                if not self.save_typed():
                    return
            elif answer == "discard":
                self.dismiss(None)
            else:
                self.keep_editing()
                return
            if then is not None:
                then()

        self.asking = True
        self.app.push_screen(ConfirmDiscard(quitting=quitting), answered)
