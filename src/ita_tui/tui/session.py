"""The app's side of the progress store: change, undo, redo, retry, and notice others' changes.

No widgets here: each call says which outcomes changed and whether saving failed, and
the screen repaints accordingly. A failed save never loses the change: the store keeps
it in memory and :meth:`Session.retry` writes it when the folder is writable again.

A change made with ``save=False`` is only recorded in memory (:attr:`Session.pending`):
the screen repaints first and then calls :meth:`Session.retry`, which writes every change
made since in one save. On a slow network folder the tick shows without waiting for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import field
from typing import Any

from ita_tui.model import OutcomeProgress
from ita_tui.store import ProgressStore, StoreError
from ita_tui.records import record
from ita_tui.tui.history import Edit, History


@record
class Result:
    """What a call did: the outcomes whose records changed, and the save error if any."""

    changed: set[str] = field(default_factory=set)
    error: str | None = None
    edit: Edit | None = None


class Session:
    def __init__(self, store: ProgressStore, today: Callable[[], dt.date]) -> None:
        self.store = store
        self.today = today
        self.history = History()
        self.error: str | None = None
        #: Changes were recorded with ``save=False`` and no save has been tried since.
        self.pending = False
        self._notices_seen = len(store.notices)

    @property
    def unsaved(self) -> bool:
        return self.store.unsaved

    def _save(self, call: Callable[[], Any]) -> str | None:
        self.pending = False
        try:
            call()
        except StoreError as exc:
            self.error = str(exc)
            return self.error
        if not self.store.unsaved:
            self.error = None
        return None

    def _change(self, call: Callable[[bool], Any], save: bool) -> str | None:
        """Make a change; save it now, or leave it pending for :meth:`retry`."""
        if save:
            return self._save(lambda: call(True))
        call(False)  # only memory: cannot fail
        self.pending = True
        return None

    def update(self, outcome_id: str, *, save: bool = True, **fields: Any) -> Result:
        """Change one outcome (status, done_on, evidence, note); save it now unless told not to."""
        before = self.store.get(outcome_id)
        error = self._change(
            lambda now: self.store.update(outcome_id, today=self.today(), save=now, **fields),
            save,
        )
        edit = Edit(outcome_id, before, self.store.get(outcome_id))
        self.history.record(edit)
        return Result({outcome_id}, error, edit)

    def _put_back(self, outcome_id: str, record: OutcomeProgress, save: bool) -> str | None:
        return self._change(lambda now: self.store.restore(outcome_id, record, save=now), save)

    def undo(self, *, save: bool = True) -> Result | None:
        edit = self.history.undo()
        if edit is None:
            return None
        error = self._put_back(edit.outcome_id, edit.before, save)
        return Result({edit.outcome_id}, error, edit)

    def redo(self, *, save: bool = True) -> Result | None:
        edit = self.history.redo()
        if edit is None:
            return None
        error = self._put_back(edit.outcome_id, edit.after, save)
        return Result({edit.outcome_id}, error, edit)

    def retry(self) -> str | None:
        """Write what is not saved yet (pending or failed); None once everything is on disk."""
        return self._save(self.store.save)

    def poll(self) -> Result:
        """Pick up changes another program wrote to the progress file (ours are kept)."""
        before = self.store.records
        try:
            changed = self.store.refresh()
        except StoreError as exc:
            return Result(error=str(exc))
        if not changed:
            return Result()
        after = self.store.records
        ids = {i for i in set(before) | set(after) if before.get(i) != after.get(i)}
        return Result(ids)

    def new_notices(self) -> list[str]:
        """Notices from the store (a damaged file moved aside...) not shown yet."""
        fresh = self.store.notices[self._notices_seen :]
        self._notices_seen = len(self.store.notices)
        return list(fresh)
