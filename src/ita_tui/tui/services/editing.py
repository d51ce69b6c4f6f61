"""Editing the plan from the main screen: the forms, the writes, undo/redo, others' changes.

The main screen calls one method per key; this module opens the right form, turns what
the form returns into a plan operation (:mod:`ita_tui.plan_ops`), writes it, and shows
the new plan without losing the cursor or the open branches. A write runs in a worker
thread (tomlkit takes about a second on a plan of 10,000 outcomes); one write at a time.
A form stays open until its write is done: a write that fails, for whatever reason, says
why and leaves the form open with what was typed, and the next edit is not kept waiting.
The bundled plan is never written: the first edit copies it into the data folder.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ita_tui.catalog import say
from ita_tui.error_text import os_error
from ita_tui.model import PENDING, Activity, Issue, Outcome, Plan
from ita_tui.plan import PlanError, load_plan
from ita_tui.plan.edit import (
    FIRST,
    AddItem,
    EditError,
    EditRejected,
    EditResult,
    MoveItem,
    Op,
    RemoveItem,
    SetFields,
    bundled_copy_path,
    copy_bundled_plan,
    is_bundled,
)
from ita_tui.plan.edit import PlanEditor as PlanWriter
from ita_tui.plan.problems import problem_text
from ita_tui.tui.i18n import num
from ita_tui.tui.labels import safe
from ita_tui.tui.services import plan_forms as forms
from ita_tui.tui.services.plan_history import PlanEdit, next_plan_edit, record, take
from ita_tui.tui.services.plan_messages import PlanRead, PlanWritten
from ita_tui.tui.services.plan_switch import Signature, file_signature, replace_plan

if TYPE_CHECKING:
    from ita_tui.plan.import_notes import ImportNote
    from ita_tui.tui.dialogs.edit_form import EditForm
    from ita_tui.tui.services.host import PlanApp, PlanScreen

PlanNode = Issue | Activity | Outcome


def kind_of(node: PlanNode) -> str:
    if isinstance(node, Issue):
        return "issue"
    return "activity" if isinstance(node, Activity) else "outcome"


def has_progress(plan: Plan, node: PlanNode, records: Any) -> tuple[int, int, int]:
    """(activities, outcomes, outcomes with recorded progress) that go with ``node``."""
    if isinstance(node, Outcome):
        outcomes: list[Outcome] = [node]
        activities = 0
    elif isinstance(node, Activity):
        outcomes = list(node.outcomes)
        activities = 0
    else:
        outcomes = list(node.outcomes())
        activities = len(node.activities)
    recorded = sum(1 for o in outcomes if records.get(o.id, PENDING) != PENDING)
    return activities, len(outcomes), recorded


def parent_key(plan: Plan, node: PlanNode) -> str | None:
    if isinstance(node, Issue):
        return None
    if isinstance(node, Outcome):
        activity = plan.activity_of(node.id)
        return activity.id if activity is not None else None
    for issue in plan.issues:
        if any(activity.id == node.id for activity in issue.activities):
            return issue.id
    return None


def siblings_of(plan: Plan, node: PlanNode) -> tuple[PlanNode, ...]:
    if isinstance(node, Issue):
        return plan.issues
    parent = plan.find(parent_key(plan, node) or "")
    if isinstance(parent, Issue):
        return parent.activities
    if isinstance(parent, Activity):
        return parent.outcomes
    return ()


class PlanEditor:
    """Plan editing for one main screen (the screen it is handed: see :mod:`.host`)."""

    def __init__(self, screen: PlanScreen, signature: Signature) -> None:
        """``signature``: the plan file's as it was when the plan on screen was read."""
        self.screen = screen
        self.busy = False
        self._writer: PlanWriter | None = None
        self._lock = threading.Lock()
        self._signature = signature
        #: The form whose save is being handed to the writer (it closes once saved).
        self._form_open: EditForm[Any] | None = None
        #: The write under way (one at a time), until its worker posts PlanWritten.
        self._writing: _Writing | None = None

    @property
    def ita(self) -> PlanApp:
        return self.screen.ita

    @property
    def plan(self) -> Plan:
        return self.ita.plan

    @property
    def lang(self) -> str:
        return self.screen.view.lang

    def t(self, key: str, **values: object) -> str:
        return say(key, self.lang, **values)

    def note(self, text: str) -> None:
        self.screen.note(text)

    def what(self, node: PlanNode | None) -> str:
        if node is None:
            return self.t("app.what.plan")
        return self.t(
            f"app.what.{kind_of(node)}", n=num(node.number or node.id, self.screen.view.digits)
        )

    # the keys ------------------------------------------------------------------------

    def edit(self, node: PlanNode | None) -> None:
        """``r``: the form for the line under the cursor."""
        if node is None or self._refuse_busy():
            return
        form: EditForm[Any]
        if isinstance(node, Issue):
            from ita_tui.tui.dialogs.edit_issue import IssueForm

            form = IssueForm(node, None)
        elif isinstance(node, Activity):
            from ita_tui.tui.dialogs.edit_activity import ActivityForm

            form = ActivityForm(node)
        else:
            from ita_tui.tui.dialogs.edit_outcome import OutcomeForm

            form = OutcomeForm(node)
        self._edit_with(form, node.id)

    def _edit_with(self, form: EditForm[Any], key: str | None) -> None:
        """Open ``form``; write only the fields the user changed (a field shown with a
        control code made visible, and left alone, is left alone in the file too)."""

        def then(fields: forms.Fields) -> None:
            before = dict(forms.changes(form.initial)) if form.initial is not None else {}
            changed = tuple((k, v) for k, v in forms.changes(fields) if before.get(k, ...) != v)
            if changed:
                self._set(key, changed)
            else:
                self.note(self.t("app.edit.unchanged"))

        self._form(form, then)

    def add_after(self, node: PlanNode | None) -> None:
        """``o``: a new item of the same kind after this one, edited first."""
        if node is None or self._refuse_busy():
            return
        self._add(kind_of(node), parent_key(self.plan, node), node.id)

    def add_child(self, node: PlanNode | None) -> None:
        """``O``: an activity under an issue, an outcome under an activity (at the end)."""
        if node is None or self._refuse_busy():
            return
        if isinstance(node, Outcome):
            self.note(self.t("app.edit.no_child"))
            return
        self._add("activity" if isinstance(node, Issue) else "outcome", node.id, None)

    def _add(self, kind: str, parent: str | None, after: str | None) -> None:
        def made(f: forms.Fields) -> None:
            fields = dict(forms.changes(f))
            self._submit(AddItem(kind, fields, parent, after), None, "app.did.add")  # type: ignore[arg-type]

        if kind == "outcome":
            from ita_tui.tui.dialogs.edit_outcome import OutcomeForm

            self._form(OutcomeForm(None), made)
        elif kind == "activity":
            from ita_tui.tui.dialogs.edit_activity import ActivityForm

            self._form(ActivityForm(None), made)
        else:
            from ita_tui.tui.dialogs.edit_issue import IssueForm

            self._form(IssueForm(None, self.plan), made)

    def delete(self, node: PlanNode | None) -> None:
        """``delete``: remove the item after a confirmation that counts what goes with it."""
        if node is None or self._refuse_busy():
            return
        siblings = siblings_of(self.plan, node)
        if isinstance(node, Issue) and len(siblings) <= 1:
            self.note(self.t("app.edit.only_child", what=self.what(node)))
            return
        from ita_tui.tui.dialogs.confirm_delete import ConfirmDelete

        activities, outcomes, recorded = has_progress(self.plan, node, self.ita.store.records)
        key = node.id
        index = next(i for i, s in enumerate(siblings) if s.id == key)
        if index + 1 < len(siblings):
            neighbour: str | None = siblings[index + 1].id
        elif index > 0:
            neighbour = siblings[index - 1].id
        else:
            neighbour = parent_key(self.plan, node)

        def answer(yes: bool | None) -> None:
            if yes:
                self._submit(RemoveItem(key), neighbour, "app.did.remove", node)

        self.screen.app.push_screen(
            ConfirmDelete(self.what(node), _subject(node), activities, outcomes, recorded), answer
        )

    def move(self, node: PlanNode | None, delta: int) -> None:
        """``ctrl+up`` / ``ctrl+down``: one place up or down among its siblings."""
        if node is None or self._refuse_busy():
            return
        siblings = siblings_of(self.plan, node)
        index = next((i for i, s in enumerate(siblings) if s.id == node.id), None)
        if index is None:
            return
        target = index + delta
        if target < 0:
            self.note(self.t("app.edit.at_top"))
            return
        if target >= len(siblings):
            self.note(self.t("app.edit.at_bottom"))
            return
        if delta < 0:
            after = siblings[target - 1].id if target > 0 else FIRST
        else:
            after = siblings[target].id
        op = MoveItem(node.id, parent_key(self.plan, node), after)
        self._submit(op, node.id, "app.did.move", node)

    def edit_plan(self) -> None:
        """``P``: the plan's own fields."""
        if self._refuse_busy():
            return
        from ita_tui.tui.dialogs.edit_plan import PlanForm

        self._edit_with(PlanForm(self.plan), None)

    # undo / redo ---------------------------------------------------------------------

    def undo_redo(self, redo: bool) -> bool:
        """Undo (redo) the last change if it was a plan edit; False if it was not."""
        history = self.ita.session.history
        entry = next_plan_edit(history, redo=redo)
        if entry is None:
            return False
        if self._refuse_busy():
            return True
        take(history, redo=redo)
        op = entry.op if redo else entry.inverse

        def done(result: EditResult) -> None:
            if redo:
                entry.inverse = result.inverse
            else:
                entry.op = result.inverse

        word = "app.redone" if redo else "app.undone"
        self._write(op, _focus(entry, redo), done, self.t(word, what=entry.what))
        return True

    # writing -------------------------------------------------------------------------

    def _refuse_busy(self) -> bool:
        if self.busy:
            self.note(self.t("app.edit.busy"))
        return self.busy

    def _form(self, form: EditForm[Any], then: Callable[[Any], None]) -> None:
        """Open ``form``; its save calls ``then`` with the fields while the form stays open
        (closed by the write that succeeds, kept by one that fails)."""

        def save(fields: Any) -> None:
            self._form_open = form
            then(fields)
            if self._form_open is form:  # nothing to write (nothing changed): done
                self._form_open = None
                self._close(form)

        form.on_save = save
        self.screen.app.push_screen(form)

    def _close(self, form: EditForm[Any] | None) -> None:
        if form is not None and form is self.screen.app.screen:
            form.dismiss(None)

    def _set(self, key: str | None, changes: tuple[tuple[str, Any], ...]) -> None:
        node = self.plan.find(key) if key else None
        self._submit(SetFields(key, dict(changes)), key, "app.did.edit", node)

    def _submit(self, op: Op, focus: str | None, did: str, node: PlanNode | None = None) -> None:
        def done(result: EditResult) -> None:
            subject = node
            if subject is None and result.key is not None:
                subject = result.loaded.plan.find(result.key)
            what = self.t(did, what=self.what(subject))
            target = focus if focus is not None or isinstance(op, SetFields) else result.key
            record(self.ita.session.history, PlanEdit(result.op, result.inverse, target, what))
            self._saved_what = what

        self._saved_what = ""
        self._write(op, focus, done, None)

    _saved_what = ""

    def writer(self) -> PlanWriter:
        path = self.ita.plan_path
        if self._writer is None or self._writer.path != path:
            self._writer = PlanWriter(path, self.ita.data_dir)
        return self._writer

    _writer: PlanWriter | None = None

    def warm_up(self) -> None:
        """Read the plan for the writer ahead of the first edit, in a worker thread (a plan
        of 10,000 outcomes takes a second or two; the first edit is then as quick as the
        next). The bundled plan is read when its copy is made."""
        if is_bundled(self.ita.plan_path) or self.busy:
            return
        try:
            writer = self.writer()
        except EditError:
            return

        def work() -> None:
            with self._lock, contextlib.suppress(EditError, OSError, ValueError):
                writer.prepare()

        self.screen.run_worker(work, thread=True, group="plan-edit", exit_on_error=False)

    def _write(
        self,
        op: Op,
        focus: str | None,
        done: Callable[[EditResult], None],
        saved_note: str | None,
    ) -> None:
        """Write ``op`` in a worker thread, which posts :class:`PlanWritten` to the screen;
        then :meth:`written` shows the new plan, or says why not (whatever went wrong: the
        app is never left waiting for a write that ended)."""
        form, self._form_open = self._form_open, None
        if not self._ensure_own_copy(form):
            return
        try:
            writer = self.writer()
        except EditError as exc:
            self._failed(exc, form)
            return
        self.busy = True
        self.note(self.t("app.edit.saving"))
        self._writing = _Writing(form, focus, done, saved_note)
        work = partial(self._apply, writer, op, self.lang)
        self.screen.run_worker(work, thread=True, group="plan-edit", exit_on_error=False)

    def _apply(self, writer: PlanWriter, op: Op, lang: str) -> None:
        """In the worker thread: write, and post the result (or the error) to the screen."""
        try:
            with self._lock:  # after a warm-up still reading, never beside it
                result = writer.apply(op)
        except Exception as exc:  # any: a fault too must end the wait and say so
            self.screen.post_message(PlanWritten(None, _in_lang(exc, writer, op, lang)))
            return
        self.screen.post_message(PlanWritten(result, None))

    def written(self, message: PlanWritten) -> None:
        """A write ended (the screen hands on :class:`PlanWritten`): the new plan, or why not."""
        writing, self._writing = self._writing, None
        self.busy = False
        if writing is None:
            return
        if message.result is None:
            self._failed(message.error or RuntimeError(), writing.form)
            return
        result = message.result
        self._close(writing.form)
        writing.done(result)
        self._signature = file_signature(self.ita.plan_path)
        target = writing.focus
        if target is None and isinstance(result.op, AddItem):
            target = result.key
        self.install(result.loaded.plan, target)
        self.note(writing.saved_note or self.t("app.edit.saved", what=self._saved_what))

    def _failed(self, error: BaseException, form: EditForm[Any] | None = None) -> None:
        """Say why the plan was not written; an open ``form`` keeps what was typed."""
        if isinstance(error, EditError | PlanError):
            message = "; ".join(problem_text(problem, self.lang) for problem in error.problems)
        elif isinstance(error, OSError):
            message = os_error(error, self.lang)
        elif isinstance(error, ValueError):
            message = str(error)
        else:  # a fault of the program's own (or of a library it uses)
            message = self.t("app.edit.fault", error=f"{type(error).__name__}: {error}")
        self._say_failed(self.t("app.edit.failed", error=safe(message)), form)

    def _say_failed(self, text: str, form: EditForm[Any] | None) -> None:
        self.note("")
        self.ita.notify(text, severity="error", timeout=15, markup=False)
        if form is not None and form in self.screen.app.screen_stack:
            form.save_failed(text)

    def _ensure_own_copy(self, form: EditForm[Any] | None = None) -> bool:
        """Before the first edit of the bundled plan: copy it into the data folder and use
        the copy from now on (remembered as the last plan used)."""
        if not is_bundled(self.ita.plan_path):
            return True
        try:
            existed = bundled_copy_path(self.ita.data_dir).is_file()
            target = copy_bundled_plan(self.ita.data_dir)
        except (OSError, PlanError) as exc:
            error = (
                os_error(exc, self.lang) if isinstance(exc, OSError) else exc.message_in(self.lang)
            )
            self._say_failed(self.t("app.edit.copy_failed", error=safe(error)), form)
            return False
        self.ita.plan_path = target
        self.ita.remember_plan(target)
        # a copy made before may differ from the example shown: the next look shows it
        self._signature = None if existed else file_signature(target)
        # A copy made before (the list of plans lost, or a colleague's on a shared folder)
        # is kept as it is: the edit goes into it, and the tree then shows it.
        said = "app.edit.copy_existed" if existed else "app.edit.copied"
        self.ita.notify(self.t(said, path=safe(str(target))), timeout=20, markup=False)
        return True

    # showing the new plan ------------------------------------------------------------

    def drop_import_note(self, note: ImportNote) -> bool:
        """Remove one ``# import:`` note from the plan file (the officer checked it); False
        (said on the header) when it cannot be written now."""
        if self.busy or is_bundled(self.ita.plan_path):
            return False
        try:
            removed = self.writer().drop_import_notes([note.first])
        except EditError as exc:
            self._failed(exc)
            return False
        self._signature = file_signature(self.ita.plan_path)
        self.screen.update_import_notes()
        if removed:
            self.note(self.t("app.import_notes.dismissed"))
        return bool(removed)

    def install(self, plan: Plan, focus: str | None) -> None:
        """Show ``plan`` in place of the old one: open branches and cursor kept."""
        replace_plan(self.ita, plan, focus=focus)  # the app's watcher shows it

    def poll(self) -> None:
        """Pick up a change another program made to the plan file (every few seconds).

        The file is read in a worker thread (a plan of 10,000 outcomes takes a third of a
        second), which posts :class:`PlanRead`; a plan that cannot be used is reported and
        the last good one stays."""
        if self.busy:
            return
        path = self.ita.plan_path
        signature = file_signature(path)
        if signature is None or signature == self._signature:
            return
        self._signature = signature
        self.busy = True
        work = partial(self._read, path, self.lang)
        self.screen.run_worker(work, thread=True, group="plan-edit", exit_on_error=False)

    def _read(self, path: Path, lang: str) -> None:
        """In the worker thread: read the plan file, and post what was read (or why not)."""
        try:
            loaded = load_plan(path)
        except PlanError as exc:
            self.screen.post_message(PlanRead(path, None, exc.message_in(lang)))
            return
        except Exception as exc:  # a fault: said, and the last good plan stays
            fault = say("app.edit.fault", lang, error=f"{type(exc).__name__}: {exc}")
            self.screen.post_message(PlanRead(path, None, fault))
            return
        self.screen.post_message(PlanRead(path, loaded.plan, None))

    def read(self, message: PlanRead) -> None:
        """The plan file was read (the screen hands on :class:`PlanRead`): shown if changed."""
        self.busy = False
        if message.plan is None:
            self.ita.notify(
                self.t("app.edit.plan_unreadable", error=safe(message.error or "")),
                severity="warning",
                timeout=15,
                markup=False,
            )
            return
        if message.path != self.ita.plan_path or message.plan == self.plan:
            return
        self.install(message.plan, None)
        self.note(self.t("app.edit.plan_changed"))


@dataclass(frozen=True)
class _Writing:
    """The write under way: the form it came from, where the cursor goes, what follows."""

    form: EditForm[Any] | None
    focus: str | None
    done: Callable[[EditResult], None]
    saved_note: str | None


def _in_lang(error: Exception, writer: PlanWriter, op: Op, lang: str) -> Exception:
    """A refused edit's reasons in the app's language, where the writer can give them so."""
    if not isinstance(error, EditRejected) or lang == "en":
        return error
    try:
        reasons = writer.check(op, lang=lang)
    except Exception:  # the reasons as the writer gave them, then
        return error
    return EditRejected(reasons) if reasons else error


def _focus(entry: PlanEdit, redo: bool) -> str | None:
    """Where the cursor goes after an undo or redo: the item itself where it exists."""
    op = entry.op
    if redo:
        return entry.focus
    if isinstance(op, AddItem):  # an addition taken back: its parent (or the cursor stays)
        return op.parent
    if isinstance(op, RemoveItem):  # a removal taken back: the item is there again
        return op.key
    return entry.focus


def _subject(node: PlanNode) -> str:
    return safe(node.text if isinstance(node, Outcome) else node.title)
