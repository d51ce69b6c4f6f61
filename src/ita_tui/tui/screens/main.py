"""The main screen: header, the plan tree, the details pane, search box, save errors, footer.

Every action that changes progress goes through the session (the store) and then repaints
only what shows that outcome: its line, its activity's and issue's cookies, the header.
The change is saved right after that repaint (on a slow network folder a save can take
long, and the tick must show at once); a failed save shows the error line and is retried.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static, Tree

from ita_tui.catalog import say
from ita_tui.model import Activity, Issue, Outcome, Status
from ita_tui.thai.calendar import quarter_of
from ita_tui.tui.i18n import num
from ita_tui.tui.labels import safe
from ita_tui.tui.services import keys
from ita_tui.tui.services.filtering import PlanFilter
from ita_tui.tui.services.plan_messages import PlanRead, PlanWritten
from ita_tui.tui.services.plan_switch import file_signature
from ita_tui.tui.services.session import Result
from ita_tui.tui.widgets.details import Details
from ita_tui.tui.widgets.header import PlanHeader
from ita_tui.tui.widgets.key_bar import KeyBar
from ita_tui.tui.widgets.plan_tree import PlanNode, PlanTree

if TYPE_CHECKING:
    from ita_tui.plan.import_notes import ImportNote
    from ita_tui.store import StoreError
    from ita_tui.tui.app import ItaApp
    from ita_tui.tui.services.editing import PlanEditor
    from ita_tui.tui.services.matching import SearchIndex
    from ita_tui.tui.widgets.search_bar import SearchBar

OUTCOME_ACTIONS = frozenset({"tick", "cycle_status", "done_on", "evidence", "note"})
EDIT_ACTIONS = frozenset({"edit_item", "add_after", "add_child", "delete_item", "move_item"})
SAVED_NOTE_SECONDS = 3.0
#: Seconds after start-up the plan writer reads the plan ahead of the first edit.
WARM_UP_SECONDS = 1.0
#: The line above the keys that says the store noticed something (until the help is read).
NOTICE_LINE = "data-notice"


class MainScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        *keys.bindings(),
        Binding("escape", "clear_search", "", show=False),
    ]

    def __init__(self, *, id: str = "main") -> None:
        super().__init__(id=id)
        view = self.ita.view
        self.view = view
        self.header_bar = PlanHeader(view, id="header")
        self.plan_tree = PlanTree(view, id="tree")
        self.details = Details(view, id="details")
        self._search_bar: SearchBar | None = None  # made on the first search
        self.key_bar = KeyBar(id="keys")
        self.error_bar = Static("", id="save-error")
        self._index: SearchIndex | None = None
        self._matches: list[str] = []
        self._search_origin: str | None = None
        self._note_timer: Timer | None = None
        self._retry_timer: Timer | None = None
        self._pending_note = ""
        self._read_error = False
        self._keys_for = (view.lang, "parent")
        keys.localize(self, view.lang, "parent")
        # Plan editing loads on first use (a key, the poll, the writer's read-ahead): the
        # first screen comes sooner. The plan file as read now tells later changes apart.
        self._editor: PlanEditor | None = None
        self._plan_signature = file_signature(self.ita.plan_path)
        self._resumed = False  # see on_screen_resume
        #: Whether each issue and activity was open, as last seen (removed ones too).
        self._open: dict[str, bool] = {}

    @property
    def ita(self) -> ItaApp:
        return cast("ItaApp", self.app)

    def compose(self) -> ComposeResult:
        yield self.header_bar
        with Horizontal(id="body"):
            yield self.plan_tree
            yield self.details
        # The search box and the error bar go above the keys when first needed: start-up is
        # faster without them.
        yield self.key_bar

    def on_mount(self) -> None:
        self.error_bar.display = False
        from ita_tui.tui.widgets.tree_memory import restore

        if not restore(self.plan_tree, self.ita.memory_path):
            self.plan_tree.cursor_to_top()
        self.plan_tree.focus()
        self.details.show(self.plan_tree.current)
        self._retry_timer = self.set_interval(self.ita.retry_interval, self._retry_save, pause=True)
        self.set_interval(self.ita.poll_interval, self.poll)
        # after the first screen: `self.editor` (not evaluated here) loads the editing code
        self.set_timer(WARM_UP_SECONDS, self._warm_up_editor)
        self.tell_notices(starting=True)  # a damaged file recovered on opening...
        self.update_import_notes()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """The first resume needs no second pass of the styles: every widget had them on
        mounting (the focused tree again on focus). Runs before Textual's own handler."""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_unmount(self) -> None:
        """Remember the cursor and the open branches for the next time (per plan)."""
        from ita_tui.tui.widgets.tree_memory import remember

        remember(self.plan_tree, self.ita.memory_path)

    # context -------------------------------------------------------------------------

    @property
    def current(self) -> PlanNode | None:
        return self.plan_tree.current

    def _warm_up_editor(self) -> None:
        self.editor.warm_up()

    @property
    def editor(self) -> PlanEditor:
        if self._editor is None:
            from ita_tui.tui.services.editing import PlanEditor

            self._editor = PlanEditor(self, self._plan_signature)
        return self._editor

    @property
    def search_bar(self) -> SearchBar:
        """The search box, made and mounted above the keys on first use."""
        if self._search_bar is None:
            from ita_tui.tui.widgets.search_bar import SearchBar

            self._search_bar = SearchBar(id="search")
            self._search_bar.display = False
            self.mount(self._search_bar, before=self.key_bar)
        return self._search_bar

    @property
    def search_query(self) -> str:
        """What is typed in the search box ("" before the first search)."""
        return self._search_bar.value if self._search_bar is not None else ""

    @property
    def current_outcome(self) -> Outcome | None:
        node = self.current
        return node if isinstance(node, Outcome) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in OUTCOME_ACTIONS:
            return self.current_outcome is not None
        if action == "open_close":
            return isinstance(self.current, Issue | Activity)
        if action in EDIT_ACTIONS:
            current = self.current
            if action == "add_child":
                return isinstance(current, Issue | Activity)
            return current is not None
        if action == "clear_filter":
            return self.view.plan_filter.active
        if action == "clear_search":
            return self.view.pattern is not None
        return True

    def on_key(self, event: events.Key) -> None:
        """A key that does nothing here says why (``d`` on an issue: select an outcome first)."""
        from ita_tui.tui.services.key_reasons import why_not

        reason = why_not(self.check_action, self.view.lang, event.key, event.character)
        if reason:
            self.header_bar.show_note(reason)

    def _relabel_keys(self) -> None:
        """Footer labels for the language and the cursor's context (only when they change)."""
        context = "outcome" if self.current_outcome is not None else "parent"
        if (self.view.lang, context) == self._keys_for:
            return
        self._keys_for = (self.view.lang, context)
        keys.localize(self, self.view.lang, context)
        self.refresh_bindings()

    @on(Tree.NodeHighlighted)
    def _highlighted(self, event: Tree.NodeHighlighted[PlanNode]) -> None:
        self.details.show(event.node.data)
        self._relabel_keys()

    # changing progress ---------------------------------------------------------------

    def _after(self, result: Result, *, quiet: bool = False) -> None:
        """Repaint what shows the changed outcomes, and say whether it was saved."""
        if result.changed:
            self.view.tallies.forget(result.changed)
            self.plan_tree.refresh_outcomes(result.changed)
            self.header_bar.refresh()
            self.details.update()
        if result.conflicts or result.overwritten:
            self._show_conflicts(result)
        if result.error is not None:
            self._show_error(result.error)
        elif not quiet and result.changed:
            self._saved(say("app.saved", self.view.lang))

    def _show_conflicts(self, result: Result) -> None:
        """Tell each clash with a colleague's change, and keep it in the outcome's details."""
        from ita_tui.tui.services.conflict_notices import conflict_texts

        view = self.view
        for outcome_id, text in conflict_texts(result, view.lang, view.digits):
            view.conflicts[outcome_id] = text
            self.notify(text, severity="warning", timeout=20, markup=False)
        self.details.update()

    def _after_save(self) -> None:
        """Repaint what the save merged in from others, and say what it overwrote."""
        self._after(self.ita.session.take_saved(), quiet=True)

    def change(self, outcome_id: str, **fields: Any) -> None:
        self.view.conflicts.pop(outcome_id, None)  # an older notice no longer applies
        self._after(self.ita.session.update(outcome_id, save=False, **fields), quiet=True)
        self._save_soon(say("app.saved", self.view.lang))

    def _save_soon(self, note: str) -> None:
        """Save the changes just made once the screen shows them; ``note`` then says so.

        Each change asks; the first save writes every change made so far and the others
        find nothing left to do. Quitting, the poll and the retry timer also save first.
        """
        self._pending_note = note
        self.call_after_refresh(self.save_pending)

    def save_pending(self) -> None:
        """Write the changes not tried yet, and show the result."""
        session = self.ita.session
        if not session.pending:
            return
        error = session.retry()
        self._after_save()
        if error is not None:
            self._show_error(error)
        else:
            self._saved(self._pending_note)

    def _saved(self, note: str) -> None:
        if self.ita.session.unsaved:
            return
        self.error_bar.display = False
        if self._retry_timer is not None:
            self._retry_timer.pause()
        self.header_bar.show_note(note)
        if self._note_timer is not None:
            self._note_timer.stop()
        self._note_timer = self.set_timer(SAVED_NOTE_SECONDS, lambda: self.header_bar.show_note(""))

    def _show_error(self, error: StoreError) -> None:
        seconds = num(f"{self.ita.retry_interval:g}", self.view.digits)
        self._error_bar_shown(
            Content(
                say("app.save_failed", self.view.lang, seconds=seconds, error=self._in_lang(error))
            )
        )
        self.header_bar.show_note("")
        if self._retry_timer is not None:
            self._retry_timer.resume()

    def _in_lang(self, error: StoreError) -> str:
        """A store error (a code and values) in the interface's language."""
        from ita_tui.error_text import store_message

        return safe(store_message(error, self.view.lang))

    def _error_bar_shown(self, message: Content) -> None:
        error_bar = self.error_bar
        error_bar.update(message)
        error_bar.display = True
        if error_bar.parent is None:
            self.mount(error_bar, before=self.key_bar)

    def _retry_save(self) -> None:
        error = self.ita.session.retry()
        self._after_save()
        if error is not None:
            self._show_error(error)
        else:
            self._saved(say("app.saved_after_retry", self.view.lang))

    def poll(self) -> None:
        """Show changes another program made to the progress file (every few seconds)."""
        session = self.ita.session
        self.save_pending()  # a change whose save has not run yet is written first
        result = session.poll()
        if result.error is not None:
            if not session.unsaved:  # a save error, if any, says more and stays
                self._error_bar_shown(
                    Content(
                        say("app.read_failed", self.view.lang, error=self._in_lang(result.error))
                    )
                )
                self._read_error = True
            return
        if self._read_error and not session.unsaved:
            self._read_error = False
            self.error_bar.display = False
        if result.changed:
            self._after(result, quiet=True)
            self.header_bar.show_note(say("app.external_change", self.view.lang))
        self.editor.poll()
        self.tell_notices()

    def action_tick(self) -> None:
        outcome = self.current_outcome
        if outcome is None:
            return
        if self.view.record(outcome.id).status is Status.DONE:
            self.change(outcome.id, status=Status.PENDING)
        else:
            self.mark_done(outcome)

    def action_open_close(self) -> None:
        node = self.plan_tree.cursor_node
        if node is not None:
            self.plan_tree.toggle(node)

    def action_cycle_status(self) -> None:
        outcome = self.current_outcome
        if outcome is None:
            return
        status = self.view.record(outcome.id).status.next()
        if status is Status.DONE:
            self.mark_done(outcome)
        else:
            self.change(outcome.id, status=status)

    def mark_done(self, outcome: Outcome) -> None:
        """Done on the day it was done on before (``s`` cycled past it), else today; but
        after the plan's fiscal year has ended, ask which day."""
        from ita_tui.tui.services.done_day import outside_year, year_end

        view = self.view
        known = self.ita.session.done_day(outcome.id) is not None
        if known or not outside_year(view.plan, view.today):
            self.change(outcome.id, status=Status.DONE)
            return
        from ita_tui.tui.dialogs.done_day import TYPE_A_DATE, OutsideYearDialog

        record = view.record(outcome.id)

        def chosen(answer: object) -> None:
            if answer == TYPE_A_DATE:
                self.action_done_on()
            elif isinstance(answer, dt.date):
                self.change(outcome.id, status=Status.DONE, done_on=answer, base=record)

        dialog = OutsideYearDialog(
            year_end(view.plan), view.today, view.plan.fiscal_year, self._subject(outcome)
        )
        self.app.push_screen(dialog, chosen)

    def _subject(self, outcome: Outcome) -> str:
        return f"{num(outcome.number or outcome.id, self.view.digits)}  {safe(outcome.text)}"

    # Dialogs are imported when first opened: the first screen appears sooner.

    def action_done_on(self) -> None:
        from ita_tui.tui.dialogs.done_on import DoneOnDialog

        outcome = self.current_outcome
        if outcome is None:
            return
        record = self.view.record(outcome.id)

        def chosen(day: dt.date | None) -> None:
            if day is not None and (record.status is not Status.DONE or record.done_on != day):
                self.change(outcome.id, status=Status.DONE, done_on=day, base=record)

        from ita_tui.tui.services.done_day import outside_year, year_end

        first = record.achieved_on or self.ita.session.done_day(outcome.id)
        if first is None and outside_year(self.view.plan, self.view.today):
            first = year_end(self.view.plan)  # a date the plan's reports count
        self.app.push_screen(
            DoneOnDialog(
                first,
                self.view.today,
                self._subject(outcome),
                fiscal_year=self.view.plan.fiscal_year,
            ),
            chosen,
        )

    def action_evidence(self) -> None:
        from ita_tui.tui.dialogs.evidence import EvidenceDialog, parse_links

        outcome = self.current_outcome
        if outcome is None:
            return
        record = self.view.record(outcome.id)

        def chosen(text: str | None) -> None:
            if text is None:
                return
            links = parse_links(text)
            if links != record.evidence:  # relative to what the editor showed
                self.change(outcome.id, evidence=links, base=record)

        self.app.push_screen(EvidenceDialog(record.evidence, self._subject(outcome)), chosen)

    def action_note(self) -> None:
        from ita_tui.tui.dialogs.edit_note import NoteDialog

        outcome = self.current_outcome
        if outcome is None:
            return
        record = self.view.record(outcome.id)

        def chosen(text: str | None) -> None:
            if text is not None and text != record.note:
                self.change(outcome.id, note=text, base=record)

        self.app.push_screen(NoteDialog(record.note, self._subject(outcome)), chosen)

    def _undo_redo(self, redo: bool, force: bool = False) -> None:
        if self.editor.undo_redo(redo):  # the last change was a plan edit
            return
        from ita_tui.tui.services.change_text import edit_text

        session = self.ita.session
        if redo:
            result = session.redo(save=False, force=force)
        else:
            result = session.undo(save=False, force=force)
        lang = self.view.lang
        if result is None or result.edit is None:
            self.header_bar.show_note(
                say("app.nothing_to_redo" if redo else "app.nothing_to_undo", lang)
            )
            return
        edit = result.edit
        self._after(result, quiet=True)
        self.plan_tree.select_id(edit.outcome_id)
        if result.stale:
            self._ask_overwrite(redo, edit.outcome_id, result.stale)
            return
        what = edit_text(edit.outcome_id, edit.ops, lang, self.view.digits)
        self._save_soon(say("app.redone" if redo else "app.undone", lang, what=what))

    def _ask_overwrite(self, redo: bool, outcome_id: str, stale: list[Any]) -> None:
        """A colleague changed a field since this session did: ask before putting it back."""
        from ita_tui.tui.dialogs.confirm_overwrite import ConfirmOverwrite

        def answer(overwrite: bool | None) -> None:
            if overwrite:
                self._undo_redo(redo, force=True)
            else:
                self.header_bar.show_note(
                    say("app.redo_kept" if redo else "app.undo_kept", self.view.lang)
                )

        self.app.push_screen(ConfirmOverwrite(redo, outcome_id, stale), answer)

    def action_undo(self) -> None:
        self._undo_redo(redo=False)

    def action_redo(self) -> None:
        self._undo_redo(redo=True)

    # editing the plan (tui/services/editing.py) --------------------------------------------

    def action_edit_item(self) -> None:
        self.editor.edit(self.current)

    def action_add_after(self) -> None:
        self.editor.add_after(self.current)

    def action_add_child(self) -> None:
        self.editor.add_child(self.current)

    def action_delete_item(self) -> None:
        self.editor.delete(self.current)

    def action_move_item(self, delta: int) -> None:
        self.editor.move(self.current, delta)

    def action_edit_plan(self) -> None:
        self.editor.edit_plan()

    def action_plans(self) -> None:
        self.ita.open_plans()

    @on(PlanWritten)
    def _plan_written(self, message: PlanWritten) -> None:
        self.editor.written(message)

    @on(PlanRead)
    def _plan_read(self, message: PlanRead) -> None:
        self.editor.read(message)

    def note(self, text: str) -> None:
        """A quiet note in the header ("" takes it away)."""
        self.header_bar.show_note(text)

    def show_plan(self, focus: str | None) -> None:
        """Show the app's new plan (an edit written, another program's change): the open
        branches and the cursor kept, ``focus`` selected where it is in the plan."""
        tree = self.plan_tree
        # open or closed, per issue and activity: kept for the items still there, and
        # remembered for removed ones (an undone removal comes back as it was)
        before = {
            node_id: node.is_expanded
            for node_id, node in tree._by_id.items()
            if isinstance(node.data, Issue | Activity)
        }
        self._open.update(before)
        cursor = tree.current.id if tree.current is not None else None
        plan = self.view.plan
        self.forget_search_index()
        tree.load()
        for node_id, node in list(tree._by_id.items()):
            if not isinstance(node.data, Issue | Activity):
                continue
            was_open = self._open.get(node_id)
            if was_open is False and node.is_expanded:
                node.collapse()
            elif was_open and node_id not in before and not node.is_expanded:
                tree.toggle(node)
        target = focus if focus and plan.find(focus) is not None else cursor
        if target is None or not tree.select_id(target):
            tree.cursor_to_top()
        self.header_bar.refresh()
        self.update_import_notes()  # an edited item's notes are gone
        self.details.show(tree.current)
        self.refresh_bindings()

    def forget_search_index(self) -> None:
        """The plan changed: the search index is made again, the search run again."""
        self._index = None
        if self.view.pattern is not None:
            self._run_search(self.search_query)

    # search --------------------------------------------------------------------------

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            from ita_tui.tui.services.matching import SearchIndex  # only a search needs it

            self._index = SearchIndex(self.view.shown)
        return self._index

    def action_search(self) -> None:
        current = self.current
        self._search_origin = current.id if current is not None else None
        lang = self.view.lang
        self.search_bar.open(say("app.search_placeholder", lang), self.ita.cursor_blink)
        self.key_bar.show_hints(
            [
                ("enter", say("app.search_enter", lang)),
                ("F3", say("app.search_step", lang)),
                ("esc", say("app.search_cancel", lang)),
            ]
        )
        if self.search_query:
            self._run_search(self.search_query)

    def _run_search(self, query: str) -> None:
        from ita_tui.tui.services.matching import pattern

        view = self.view
        view.pattern = pattern(query)
        self._matches = self.index.search(query) if view.pattern else []
        matched = frozenset(self._matches)
        view.matches = matched
        self.plan_tree.refresh_labels()
        lang, digits = view.lang, view.digits
        if view.pattern is None:
            self.search_bar.show_count("", True)
        elif self._matches:
            self.search_bar.show_count(
                say("app.matches", lang, n=num(len(self._matches), digits)), True
            )
        else:
            self.search_bar.show_count(say("app.no_matches", lang), False)
        self.details.update()  # its matches are highlighted
        self.refresh_bindings()

    def _count_position(self, wrapped: str = "") -> None:
        """ "๒ จาก ๕" in the search box and the header, and whether the search wrapped."""
        current = self.current
        if current is None or current.id not in self.view.matches:
            return
        position = self._matches.index(current.id) + 1
        digits, lang = self.view.digits, self.view.lang
        where = say(
            "app.match_position", lang, i=num(position, digits), n=num(len(self._matches), digits)
        )
        if self._search_bar is not None and self._search_bar.display:
            self.search_bar.show_count(where, True)
        self.header_bar.show_note(where + (" · " + say(wrapped, lang) if wrapped else ""))

    # the search box's messages (handlers by name: the box is imported on the first search)

    def on_search_bar_changed(self, event: SearchBar.Changed) -> None:
        self._run_search(event.query)
        target = self.index.first_outcome(self._matches)
        if target is not None:
            self.plan_tree.select_id(target)
            self._count_position()
        elif self._search_origin is not None:
            self.plan_tree.select_id(self._search_origin)

    def on_search_bar_step(self, event: SearchBar.Step) -> None:
        self._step(event.forward)

    def on_search_bar_done(self, event: SearchBar.Done) -> None:
        self.search_bar.close()
        self.key_bar.show_hints(None)
        self.plan_tree.focus()
        if event.accepted:
            self._run_search(event.query)
            target = self.index.first_outcome(self._matches)
            if target is not None:
                self.plan_tree.select_id(target)
        else:
            self.action_clear_search()
            if self._search_origin is not None:
                self.plan_tree.select_id(self._search_origin)
        self.refresh_bindings()

    def action_clear_search(self) -> None:
        self.view.pattern = None
        self.view.matches = frozenset()
        self._matches = []
        if self._search_bar is not None:
            self._search_bar.clear()
        self.plan_tree.refresh_labels()
        self.details.update()
        self.refresh_bindings()

    def _step(self, forward: bool) -> None:
        if not self._matches:
            self.header_bar.show_note(
                say(
                    "app.no_search" if self.view.pattern is None else "app.no_matches",
                    self.view.lang,
                )
            )
            return
        current = self.current
        here = current.id if current else None
        target = self.index.step(self._matches, here, forward)
        if target is not None:
            self.plan_tree.select_id(target)
            wrapped = self.index.wrapped(here, target, forward)
            self._count_position(
                ("app.search_wrapped_top" if forward else "app.search_wrapped_bottom")
                if wrapped
                else ""
            )

    def action_next_match(self) -> None:
        self._step(True)

    def action_previous_match(self) -> None:
        self._step(False)

    # filter --------------------------------------------------------------------------

    def action_filter(self) -> None:
        from ita_tui.tui.dialogs.filter import FilterDialog

        view = self.view
        today_q = quarter_of(view.today)
        this_quarter = today_q.number if today_q.fiscal_year == view.plan.fiscal_year else None

        def chosen(plan_filter: PlanFilter | None) -> None:
            if plan_filter is not None:
                self.apply_filter(plan_filter)

        self.app.push_screen(
            FilterDialog(view.plan_filter, view.plan.job_titles(), this_quarter), chosen
        )

    def apply_filter(self, plan_filter: PlanFilter) -> None:
        self.view.apply_filter(plan_filter)
        self._index = None
        self.plan_tree.load()
        self.header_bar.update_filter_line()
        if self.view.pattern is not None:
            self._run_search(self.search_query)
        self.details.show(self.plan_tree.current)
        self.refresh_bindings()

    def action_clear_filter(self) -> None:
        self.apply_filter(PlanFilter())

    # what the store noticed about the progress data (services/data_notices.py) -----------

    def tell_notices(self, *, starting: bool = False) -> None:
        """Tell the notices not told yet; at start-up also the outcomes not in the plan."""
        from ita_tui.tui.services import data_notices as notices

        lang = self.view.lang
        fresh = notices.new_notices_text(self.ita.session, lang)
        if fresh is not None:
            self.notify(
                fresh,
                title=say("app.data.title", lang),
                severity="warning",
                timeout=notices.NOTICE_SECONDS,
                markup=False,
            )
            found = self.query(f"#{NOTICE_LINE}")
            line = found.first(Static) if found else Static("", id=NOTICE_LINE)
            line.update(Content(self._notice_line_text()))
            line.display = True
            if line.parent is None:
                self.mount(line, before=self.key_bar)
        if starting:
            orphans = notices.orphans_text(self.view)
            if orphans is not None:
                self.notify(orphans, title=say("app.data.title", lang), markup=False)

    def _notice_line_text(self) -> str:
        from ita_tui.tui.services.data_notices import line_text

        return line_text(self.ita.session.store, self.view.lang, self.view.digits)

    def notices_read(self) -> None:
        """The help has shown the notices in full: the line above the keys goes."""
        for line in self.query(f"#{NOTICE_LINE}"):
            line.display = False

    # display -------------------------------------------------------------------------

    def relabel(self) -> None:
        """Language or digits changed: every label is drawn again."""
        self._relabel_keys()
        self.plan_tree.refresh_labels()
        self.header_bar.refresh()
        self.details.update()
        if self.view.pattern is not None:
            self._run_search(self.search_query)
        for line in self.query(f"#{NOTICE_LINE}").results(Static):
            line.update(Content(self._notice_line_text()))

    def action_toggle_lang(self) -> None:
        self.ita.set_display(lang="en" if self.view.lang == "th" else "th")
        self.header_bar.show_note(say("app.lang_now", self.view.lang))

    def action_toggle_digits(self) -> None:
        self.ita.set_display(digits="arabic" if self.view.digits == "thai" else "thai")
        self.header_bar.show_note(say(f"app.digits_now.{self.view.digits}", self.view.lang))

    def action_scroll_details(self, direction: int) -> None:
        if direction > 0:
            self.details.scroll_page_down(animate=False)
        else:
            self.details.scroll_page_up(animate=False)

    # the importer's notes --------------------------------------------------------------

    def _import_notes(self) -> list[ImportNote]:
        from ita_tui.plan.import_notes import import_notes

        try:
            text = self.ita.plan_path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return []
        return import_notes(text)

    def update_import_notes(self) -> None:
        """The header's line saying how many ``# import:`` notes the plan still holds."""
        self.header_bar.show_import_notes(len(self._import_notes()))

    def action_import_notes(self) -> None:
        from ita_tui.tui.dialogs.import_notes import ImportNotesDialog

        notes = self._import_notes()
        if not notes:
            self.header_bar.show_note(say("app.import_notes.none", self.view.lang))
            return

        def chosen(item: str | None) -> None:
            self.update_import_notes()
            if item and self.plan_tree.select_id(item):
                self.details.show(self.plan_tree.current)

        self.app.push_screen(ImportNotesDialog(notes, self.editor.drop_import_note), chosen)

    def action_help(self) -> None:
        from ita_tui.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.notices_read))

    def action_export(self) -> None:
        self.ita.open_export()

    def action_dashboard(self) -> None:
        from ita_tui.tui.screens.dashboard import DashboardScreen

        def chosen(plan_filter: PlanFilter | None) -> None:
            if plan_filter is not None:
                self.apply_filter(plan_filter)

        self.app.push_screen(DashboardScreen(), chosen)

    async def action_quit(self) -> None:
        await self.ita.action_quit()
