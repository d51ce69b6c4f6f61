"""The app's side of the progress store: change, undo, redo, retry, and notice others' changes.

No widgets here: each call says which outcomes changed (ours, and others' merged in by a
save or a poll), which of our changes overwrote a colleague's value, and whether saving
failed; the screen repaints accordingly. A failed save never loses the change: the store
keeps it in memory and :meth:`Session.retry` writes it when the folder is writable again.

A change made with ``save=False`` is only recorded in memory (:attr:`Session.pending`):
the screen repaints first and then calls :meth:`Session.retry`, which writes every change
made since in one save. On a slow network folder the tick shows without waiting for it.

Undo and redo apply the inverse field operations of this session's own edits, so a
colleague's later note or link is never dropped. If a colleague changed the same field
since, they stop and say so (:attr:`Result.stale`) until asked again with ``force=True``;
then the colleague's value is overwritten and logged as a conflict, so she is told too (even
when she had set the value the edit had: it was hers as well).

The day an outcome was done on is remembered when it leaves ``done`` (the progress file
keeps a date only for done outcomes, so reports never count one for another status):
``s`` cycling round to ``done`` again, or ``space`` ticking it back, brings that day back.
Only an outcome never done with a date in this session gets today's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import field, replace
from typing import Any

from ita_tui.errors import Notice
from ita_tui.model import OutcomeProgress, Status
from ita_tui.records import record
from ita_tui.store import ProgressStore, StoreError
from ita_tui.store.merge import changed_ids
from ita_tui.store.ops import EVIDENCE, Conflict, Op, field_value
from ita_tui.tui.services.history import Edit, History


@record
class Result:
    """What a call did: the outcomes whose records changed, the save error if any, the edit
    made, the colleagues' values it overwrote, and (undo/redo) the fields a colleague changed
    since, with their values now, when it stopped to ask."""

    changed: set[str] = field(default_factory=set)
    error: StoreError | None = None
    edit: Edit | None = None
    conflicts: list[tuple[str, Conflict]] = field(default_factory=list)
    stale: list[tuple[Op, Any]] = field(default_factory=list)
    #: (poll) our values a colleague's later save overwrote: (outcome, conflict, who)
    overwritten: list[tuple[str, Conflict, str]] = field(default_factory=list)


class Session:
    def __init__(self, store: ProgressStore, today: Callable[[], dt.date]) -> None:
        self.store = store
        self.today = today
        self.history = History()
        self.error: StoreError | None = None
        #: Changes were recorded with ``save=False`` and no save has been tried since.
        self.pending = False
        #: Notices raised while the store was first read (a damaged file recovered...) are
        #: new too: the app must tell them, the command line's print is hidden behind it.
        self._notices_seen = 0
        self._merged: set[str] = set()
        self._conflicts: list[tuple[str, Conflict]] = []
        self._log_seen = store.log_end()
        #: outcome -> the day it was last done on, kept while its status is something else
        self._done_days: dict[str, dt.date] = {}
        #: The last day each outcome was done on by the change log (read once, when needed).
        self._logged_days: dict[str, dt.date] | None = None

    @property
    def unsaved(self) -> bool:
        return self.store.unsaved

    def _save(self) -> StoreError | None:
        self.pending = False
        try:
            saved = self.store.save()
        except StoreError as exc:
            self.error = exc
            return self.error
        self._merged |= saved.changed
        self._conflicts += saved.conflicts
        if not self.store.unsaved:
            self.error = None
        return None

    def take_saved(self) -> Result:
        """What the saves since the last call brought: every outcome whose record changed
        (others' changes merged in too) and the colleagues' values our changes overwrote."""
        result = Result(self._merged, conflicts=self._conflicts)
        self._merged, self._conflicts = set(), []
        return result

    def _apply(self, outcome_id: str, ops: tuple[Op, ...], save: bool) -> StoreError | None:
        self.store.apply(outcome_id, ops, save=False)  # only memory: cannot fail
        if save:
            return self._save()
        self.pending = True
        return None

    def done_day(self, outcome_id: str) -> dt.date | None:
        """The day the outcome is done on, or was last done on before it left ``done``: in
        this session, else by the change log (a day typed before the app was last closed)."""
        record = self.store.get(outcome_id)
        if record.status is Status.DONE and record.done_on is not None:
            return record.done_on
        if outcome_id in self._done_days:
            return self._done_days[outcome_id]
        return self._logged_done_days().get(outcome_id)

    def _logged_done_days(self) -> dict[str, dt.date]:
        """The last day each outcome was done on, by the change log: read once a session, the
        first time an outcome comes back to done with no day known in the session."""
        if self._logged_days is None:
            days: dict[str, dt.date] = {}
            try:
                for change in self.store.changes():
                    if change.new.status is Status.DONE and change.new.done_on is not None:
                        days[change.outcome_id] = change.new.done_on
            except StoreError:  # no log to read: today, as for an outcome never done
                pass
            self._logged_days = days
        return self._logged_days

    def _remember(self, outcome_id: str, record: OutcomeProgress) -> None:
        if record.status is Status.DONE and record.done_on is not None:
            self._done_days[outcome_id] = record.done_on

    def update(self, outcome_id: str, *, save: bool = True, **fields: Any) -> Result:
        """Change one outcome (status, done_on, evidence, note); save it now unless told not to.

        Marked done without a date, it is done on the day it was done on before (if it was
        in this session), else today.
        """
        for seen in (fields.get("base"), self.store.get(outcome_id)):  # as shown, as now
            if seen is not None:
                self._remember(outcome_id, seen)
        if fields.get("status") is Status.DONE and fields.get("done_on") is None:
            fields["done_on"] = self.done_day(outcome_id) or self.today()
        since = self.store.log_end()
        change = self.store.update(outcome_id, today=self.today(), save=False, **fields)
        edit = Edit(outcome_id, change.ops, since)
        if change.ops:
            self.history.record(edit)
        error = self._save() if save else None
        self.pending = self.pending or (not save and bool(change.ops))
        return self._result({outcome_id}, error, edit)

    def _result(self, changed: set[str], error: StoreError | None, edit: Edit | None) -> Result:
        result = Result(changed, error, edit)
        if error is None and not self.pending:
            saved = self.take_saved()
            result.changed |= saved.changed
            result.conflicts = saved.conflicts
        return result

    def _look_again(self) -> set[str]:
        """Re-read the file (a colleague's change since?); the outcomes that changed."""
        before = dict(self.store.records)
        try:
            self.store.refresh()
        except StoreError:
            return set()  # the save that follows says what is wrong
        return changed_ids(before, self.store.records)

    def _revert(
        self,
        edit: Edit | None,
        ops: Callable[[Edit], tuple[Op, ...]],
        commit: Callable[[int], Any],
        *,
        save: bool,
        force: bool,
    ) -> Result | None:
        if edit is None:
            return None
        seen = self._look_again()
        since = self.store.log_end()
        current = self.store.get(edit.outcome_id)
        self._remember(edit.outcome_id, current)
        wanted = ops(edit)
        # fields a colleague set since the edit, even to the value it has: theirs too (and
        # who set each last)
        theirs = {
            op.field: c.by
            for c in self.store.others_since(edit.since, edit.outcome_id)
            for op in c.ops
        }
        # fields our own unsaved changes set again: they overwrite hers first when saved (and
        # that conflict is logged then), so this edit only replaces a value of ours
        ours_after = {
            op.field
            for change in self.store.unsaved_changes
            if change.outcome_id == edit.outcome_id
            for op in change.ops
        }
        stale: list[tuple[Op, Any]] = []
        rebased: list[Op] = []
        for op in wanted:
            if op.field == EVIDENCE:
                rebased.append(op)
                continue
            now = field_value(current, op.field)
            if now != op.new and (now != op.old or op.field in theirs):
                stale.append((op, now))
                # Overwriting a colleague's later value (once confirmed) is a conflict like
                # any other: based on our own value, so the log names hers and she is told;
                # marked as hers too, for a value she set that equals ours.
                hers = "" if op.field in ours_after else theirs.get(op.field, "")
                rebased.append(replace(op, overwrites=hers))
                continue
            rebased.append(Op(op.field, now, op.new))
        if stale and not force:
            return Result(seen, edit=edit, stale=stale)
        commit(since)
        done = Edit(edit.outcome_id, tuple(rebased), since)
        error = self._apply(edit.outcome_id, done.ops, save)
        return self._result(seen | {edit.outcome_id}, error, done)

    def undo(self, *, save: bool = True, force: bool = False) -> Result | None:
        """Take back this session's last edit, field by field. A field a colleague changed
        since stops it (``Result.stale``) unless ``force``; None when nothing is left."""
        return self._revert(
            self.history.peek_undo(),
            lambda e: e.inverse().ops,
            self.history.undo,
            save=save,
            force=force,
        )

    def redo(self, *, save: bool = True, force: bool = False) -> Result | None:
        return self._revert(
            self.history.peek_redo(),
            lambda e: e.ops,
            self.history.redo,
            save=save,
            force=force,
        )

    def retry(self) -> StoreError | None:
        """Write what is not saved yet (pending or failed); None once everything is on disk."""
        return self._save()

    def poll(self) -> Result:
        """Pick up changes another program wrote to the progress file (ours are kept)."""
        before = dict(self.store.records)
        try:
            changed = self.store.refresh()
        except StoreError as exc:
            return Result(error=exc)
        if not changed:
            return Result()
        return Result(changed_ids(before, self.store.records), overwritten=self._overwritten())

    def _overwritten(self) -> list[tuple[str, Conflict, str]]:
        """Our values that others' saves since the last look overwrote (the loser is told too)."""
        changes, self._log_seen = self.store.changes_after(self._log_seen)
        me = self.store.user
        return [
            (change.outcome_id, conflict, change.by)
            for change in changes
            if change.by != me
            for conflict in change.conflicts
            if conflict.replaced_by == me
        ]

    def new_notices(self) -> list[Notice]:
        """Notices from the store (a damaged file moved aside...) not shown yet."""
        fresh = self.store.notices[self._notices_seen :]
        self._notices_seen = len(self.store.notices)
        return list(fresh)
