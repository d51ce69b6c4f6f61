"""``i``: the notes ``ita-tui import`` left in the plan (what it was unsure of), each naming its
item; ``enter`` goes to the item, ``x`` marks a note checked (removed from the plan file).
Editing an item removes its notes too (see :mod:`ita_tui.plan.import_notes`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from ita_tui.plan.import_notes import ImportNote
from ita_tui.tui.dialogs.dialog import Dialog
from ita_tui.tui.i18n import num
from ita_tui.tui.labels import safe


class ImportNotesDialog(Dialog[str]):
    """Returns the id of the item to go to ("" for the plan itself), or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *Dialog.BINDINGS,
        Binding("x,delete,ป", "checked", show=False),
    ]
    KEY_HINTS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enter", "app.hint.go_to"),
        ("x", "app.hint.checked"),
        ("esc", "app.hint.close"),
    )

    def __init__(self, notes: list[ImportNote], drop: Callable[[ImportNote], bool]) -> None:
        super().__init__()
        self.notes = list(notes)
        self._drop = drop

    def _label(self, note: ImportNote) -> Content:
        where = (
            self.t("app.import_notes.item", id=num(note.item, self.digits))
            if note.item
            else self.t("app.import_notes.plan")
        )
        return Content(safe(where)) + Content(": " + safe(note.text))

    def compose(self) -> ComposeResult:
        options = [Option(self._label(note)) for note in self.notes]
        with Vertical(id="dialog", classes="dialog -wide plan-list"):
            yield Label(self.c("app.import_notes.title"), classes="dialog-title")
            yield OptionList(*options, id="import-notes")
            yield Label(self.c("app.import_notes.hint_keys"), classes="dialog-hint")

    def on_mount(self) -> None:  # (the dialog's own on_mount runs too: its key line)
        self.query_one("#import-notes", OptionList).focus()

    @on(OptionList.OptionSelected, "#import-notes")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.notes[event.option_index].item)

    def action_checked(self) -> None:
        """The highlighted note is checked: removed from the plan file and the list."""
        options = self.query_one("#import-notes", OptionList)
        index = options.highlighted
        if index is None or not 0 <= index < len(self.notes):
            return
        note = self.notes[index]
        if not self._drop(note):
            return
        self._refill(index)  # the lines below it moved up: the notes are read again

    def _refill(self, index: int) -> None:
        from ita_tui.plan.import_notes import import_notes

        self.notes = import_notes(self.ita.plan_path.read_text(encoding="utf-8-sig"))
        options = self.query_one("#import-notes", OptionList)
        options.clear_options()
        options.add_options([Option(self._label(note)) for note in self.notes])
        if not self.notes:
            self.dismiss(None)
            return
        options.highlighted = min(index, len(self.notes) - 1)
