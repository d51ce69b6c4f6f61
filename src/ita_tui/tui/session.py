"""The app's side of the progress store: change, undo, redo, retry, and notice others' changes.

No widgets here: each call says which outcomes changed and whether saving failed, and
the screen repaints accordingly. A failed save never loses the change: the store keeps
it in memory and :meth:`Session.retry` writes it when the folder is writable again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ita_tui.model import OutcomeProgress
from ita_tui.progress import ProgressStore, StoreError
from ita_tui.tui.history import Edit, History


@dataclass
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
        self._notices_seen = len(store.notices)

    @property
    def unsaved(self) -> bool:
        return self.store.unsaved

    def _save(self, call: Callable[[], Any]) -> str | None:
        try:
            call()
        except StoreError as exc:
            self.error = str(exc)
            return self.error
        if not self.store.unsaved:
            self.error = None
        return None

    def update(self, outcome_id: str, **fields: Any) -> Result:
        """Change one outcome (status, done_on, evidence, note) and save it at once."""
        before = self.store.get(outcome_id)
        error = self._save(lambda: self.store.update(outcome_id, today=self.today(), **fields))
        edit = Edit(outcome_id, before, self.store.get(outcome_id))
        self.history.record(edit)
        return Result({outcome_id}, error, edit)

    def _put_back(self, outcome_id: str, record: OutcomeProgress) -> str | None:
        return self._save(lambda: self.store.restore(outcome_id, record))

    def undo(self) -> Result | None:
        edit = self.history.undo()
        if edit is None:
            return None
        return Result({edit.outcome_id}, self._put_back(edit.outcome_id, edit.before), edit)

    def redo(self) -> Result | None:
        edit = self.history.redo()
        if edit is None:
            return None
        return Result({edit.outcome_id}, self._put_back(edit.outcome_id, edit.after), edit)

    def retry(self) -> str | None:
        """Try again to write what could not be saved; None once everything is on disk."""
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
