"""What every plan-edit form shares: fields in a scrollable body, the reason an entry is
refused shown in the form, ``ctrl+s`` (or the button) to save, ``esc`` to cancel: at once
if nothing was changed, else after asking keep editing, discard or save (:class:`KeepsTyping`).

Opened by the plan editor (:mod:`ita_tui.tui.services.editing`), a form stays open while the plan is
written: it closes once the plan is saved, and if the write fails it says why and keeps
what was typed, to save again or cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Static, TextArea

from ita_tui.tui.dialogs.confirm_discard import KeepsTyping
from ita_tui.tui.labels import safe
from ita_tui.tui.services import plan_forms as forms
from ita_tui.tui.widgets.safe_text_area import SafeTextArea, editable

FieldsT = TypeVar("FieldsT", bound=forms.Fields)


class EditForm(KeepsTyping[FieldsT], Generic[FieldsT]):
    """A form returning its fields once they pass :func:`plan_forms.problem`, else None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", show=False, priority=True),
    ]
    #: Extra classes of the dialog box ("-wide", "-tall").
    BOX = "dialog -wide"

    if TYPE_CHECKING:  # each form defines these

        def title_text(self) -> str: ...

        def body(self) -> ComposeResult: ...

        def fields(self) -> FieldsT: ...

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes=self.BOX + " edit-form"):
            yield Label(Content(self.title_text()), classes="dialog-title")
            with VerticalScroll(classes="edit-body"):
                yield from self.body()
            yield Static("", id="form-error", classes="dialog-preview -error")
            with Horizontal(classes="dialog-buttons"):
                yield Label(self.c("app.form.hint"), classes="dialog-hint edit-hint")
                yield self.button("app.dialog.save", id="save", variant="primary")
                yield self.button("app.dialog.cancel", id="cancel")

    #: The fields as the form opened (what an edit compares with to see what changed).
    initial: FieldsT | None = None
    #: Set by the plan editor: given the fields on save, while the form stays open until the
    #: editor closes it (saved) or calls :meth:`save_failed`. Unset: the form returns them.
    on_save: Callable[[FieldsT], None] | None = None
    #: A save handed to ``on_save`` and not yet answered (a second ``ctrl+s`` waits for it).
    saving = False

    def on_mount(self) -> None:
        self.initial = self.fields()
        self.query_one("#form-error", Static).display = False
        first = self.query(".edit-field").first(Widget)
        first.focus()

    # helpers for the forms' bodies

    def label(self, key: str, **values: object) -> Label:
        return Label(self.c(key, **values), classes="dialog-field")

    def line(self, value: str, *, id: str) -> Input:
        widget = Input(safe(value), id=id, classes="edit-field", compact=True)
        self.steady(widget)
        return widget

    def area(self, value: str, *, id: str) -> TextArea:
        widget = SafeTextArea(
            editable(value), id=id, classes="edit-field", soft_wrap=True, tab_behavior="focus"
        )
        self.steady(widget)
        return widget

    def value(self, id: str) -> str:
        widget = self.query_one(f"#{id}")
        if isinstance(widget, TextArea):
            return widget.text
        assert isinstance(widget, Input)
        return widget.value

    # A paste can bring control codes: they are made visible as they come, never drawn raw
    # (the text areas do it themselves).

    @on(Input.Changed)
    def _visible_line(self, event: Input.Changed) -> None:
        shown = safe(event.value)
        if shown != event.value:
            event.input.value = shown

    # saving

    def show_problem(self, key: str, values: dict[str, object]) -> None:
        error = self.query_one("#form-error", Static)
        safe_values = {k: safe(str(v)) for k, v in values.items()}
        error.update(Content("✗ " + self.t(key, **safe_values)))
        error.display = True

    def save_failed(self, text: str) -> None:
        """The plan was not written: say why (``text``, worded for the user) in the form,
        which keeps what was typed."""
        self.saving = False
        error = self.query_one("#form-error", Static)
        error.update(Content("✗ " + text + "\n" + self.t("app.edit.kept")))
        error.display = True

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        self.save_typed()

    def save_typed(self) -> bool:
        """Check and save what is typed; whether the form closed. A form opened by the plan
        editor stays open until the plan is written, so that is False for it even when the
        save goes ahead (a quit that asked for the save then waits for another ``ctrl+q``)."""
        if self.saving:
            return False
        fields = self.fields()
        found = forms.problem(fields)
        if found is not None:
            self.show_problem(*found)
            return False
        if self.on_save is None:
            self.dismiss(fields)
            return True
        self.saving = True
        self.on_save(fields)
        return False

    @property
    def edited(self) -> bool:
        """Whether any field differs from what the form opened with."""
        return self.initial is not None and self.fields() != self.initial

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.leave()
