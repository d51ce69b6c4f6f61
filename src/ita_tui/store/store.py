"""The progress store: what has been recorded about each outcome, kept apart from the plan.

One human-readable TOML file per plan id in the data folder, plus, beside it:

* ``<id>.changes.jsonl`` - the append-only change log (who, when, outcome, old -> new, ops);
* ``backups/`` - the last versions of the progress file, one per write;
* ``<id>.progress.toml.lock`` - the lock that lets two programs share the folder.

A change is a list of field operations (:mod:`ita_tui.store.ops`). The store keeps this
session's operations until they are saved; a save takes the lock, re-reads the file (and any
change-log lines a killed writer left after it), re-applies the operations onto what is on
disk now, appends them to the log and then writes the file atomically, naming in its header
how much of the log it holds. Nothing another writer saved is undone; a field both changed
goes to the later save and the overwritten value is logged and returned as a conflict.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ita_tui.atomic import atomic_write_bytes
from ita_tui.config import remembered_user
from ita_tui.errors import ItaError, Notice, notice
from ita_tui.model import PENDING, OutcomeProgress, Plan, Status
from ita_tui.records import record
from ita_tui.safe_files import FileRefused, read_regular_file
from ita_tui.store import backups as backup_files
from ita_tui.store.change_log import (
    Change,
    append_changes,
    change_to_json,
    log_size,
    read_log,
    truncate,
)
from ita_tui.store.files import StoreFiles
from ita_tui.store.lock import LockError, hold
from ita_tui.store.merge import apply_change, changed_ids, replay
from ita_tui.store.ops import Conflict, Op, apply_ops, ops_for, ops_to_become, stamped
from ita_tui.store.progress_file import (
    ProgressFileError,
    ProgressFileRefused,
    id_order,
    read_progress,
    render_progress,
)
from ita_tui.store.recovery import holds_records, move_aside, recover

USER_ENV = "ITA_TUI_USER"
KEEP_BACKUPS = 20
LOCK_TIMEOUT = 15.0


class StoreError(ItaError):
    """Saving or reading progress failed; its code and values say what and where. No data
    is lost."""


class StoreRefused(StoreError):
    """The progress file is not this plan's as this version reads it (another plan's, a newer
    format, or hostile): it is left untouched and nothing is written (exit status 2)."""


@record
class Saved:
    """What a save did: outcomes whose records changed from the view before it (others'
    changes merged in, too), and the values of others its changes overwrote."""

    changed: set[str]
    conflicts: list[tuple[str, Conflict]]


_UNSET: Any = object()


def current_user() -> str:
    """Who is recording: ``$ITA_TUI_USER``, else the officer's name remembered in the
    settings (asked once by the app or the command line), else the login name."""
    name = os.environ.get(USER_ENV, "").strip()
    if name:
        return name
    return remembered_user() or login_name()


def login_name() -> str:
    """The computer's login name (``root`` on many shared machines: a last resort)."""
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # getuser raises various errors where no name is known
        return "unknown"


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@contextlib.contextmanager
def _refusing() -> Iterator[None]:
    """A file of the data folder that is a link, a pipe, a device or too large refuses the
    whole read or save (:class:`StoreRefused`): nothing is written, nothing moved aside."""
    try:
        yield
    except FileRefused as exc:
        raise StoreRefused("store.refused", path=exc.filename, why=exc) from None


class ProgressStore:
    """Progress of one plan, kept in ``folder``; safe against crashes and other writers."""

    def __init__(
        self,
        folder: Path,
        plan_id: str,
        *,
        user: str | None = None,
        keep_backups: int = KEEP_BACKUPS,
        lock_timeout: float = LOCK_TIMEOUT,
        plan_key: str = "",
        organisation: str = "",
    ) -> None:
        self.files = StoreFiles.for_plan(Path(folder), plan_id)
        self.folder = self.files.folder
        self.plan_id = plan_id
        #: The plan's key ("" for a keyless plan) and organisation: the file must be this plan's.
        self.plan_key = plan_key
        self.organisation = organisation
        self.user = user or current_user()
        self.path = self.files.progress
        self.log_path = self.files.log
        self.backup_dir = self.files.backups
        self.lock_path = self.files.lock
        self.keep_backups = keep_backups
        self.lock_timeout = lock_timeout
        #: Things the user must be told (a damaged file moved aside and recovered...).
        self.notices: list[Notice] = []
        #: A damaged or missing progress file was moved aside and rebuilt (told in notices).
        self.recovered = False
        self._disk: dict[str, OutcomeProgress] = {}
        self._records: dict[str, OutcomeProgress] = {}
        self._pending: list[Change] = []
        self._signature: tuple[int, int, int] | None = None
        #: The log entries this store wrote (outcome, time, who): told from others' entries.
        self._written: set[tuple[str, dt.datetime, str]] = set()
        #: What the last save did (the app repaints ``changed`` and shows ``conflicts``).
        self.last_saved = Saved(set(), [])

    @classmethod
    def of(cls, plan: Plan, folder: Path, **options: Any) -> ProgressStore:
        """The store of ``plan``'s progress in ``folder``, bound to the plan's key (not read yet)."""
        return cls(folder, plan.id, plan_key=plan.key, organisation=plan.organisation, **options)

    @classmethod
    def for_plan(cls, plan: Plan, folder: Path, *, user: str | None = None) -> ProgressStore:
        store = cls.of(plan, folder, user=user)
        store.load()
        return store

    # reading ------------------------------------------------------------------------

    @property
    def records(self) -> Mapping[str, OutcomeProgress]:
        """What is recorded: the file as last read, with this session's unsaved changes."""
        return self._records

    def get(self, outcome_id: str) -> OutcomeProgress:
        return self._records.get(outcome_id, PENDING)

    @property
    def unsaved(self) -> bool:
        """Changes held in memory that are not written yet."""
        return bool(self._pending)

    @property
    def unsaved_changes(self) -> list[Change]:
        """The changes not written yet, oldest first."""
        return list(self._pending)

    def rescue(self, folder: Path) -> Path:
        """Last resort when saving keeps failing: write the unsaved changes, as change-log
        lines, to a new file in ``folder`` (e.g. the temp folder) and return its path."""
        stamp = now_utc().strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"{self.files.stem}.unsaved-{stamp}.jsonl"
        text = "".join(change_to_json(change) + "\n" for change in self._pending)
        atomic_write_bytes(target, text.encode("utf-8"))
        return target

    def orphans(self, plan: Plan) -> list[str]:
        """Ids with recorded progress that the plan no longer has (kept, never dropped)."""
        known = set(plan.outcome_ids())
        return sorted((i for i in self._records if i not in known), key=id_order)

    def load(self) -> None:
        """Read the file from disk, keeping this session's unsaved changes on top.

        Reading needs no lock: writes replace the file atomically, so a reader sees a
        whole version. Only a damaged file is handled under the lock.
        """
        with _refusing():
            self._disk = self._read_disk(locked=False)
        self._records = self._with_pending(self._disk)

    def _with_pending(self, disk: Mapping[str, OutcomeProgress]) -> dict[str, OutcomeProgress]:
        view = dict(disk)
        for change in self._pending:
            before = view.get(change.outcome_id, PENDING)
            after, _ = apply_ops(before, change.ops)
            if after != before:
                view[change.outcome_id] = stamped(before, after, change.by, change.at)
        return view

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the cross-process lock of this plan's progress (re-entrant in one process).

        Every save takes it; a program editing the plan file takes it too, so that the plan
        and its progress never change under each other.
        """
        try:
            with hold(self.lock_path, self.lock_timeout, self.path):
                yield
        except LockError as exc:
            raise StoreError(exc.code, **exc.values) from None

    def _stat_signature(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def _tell(self, notices: Iterable[Notice]) -> None:
        for told in notices:
            if told not in self.notices:
                self.notices.append(told)

    def _read_disk(self, *, locked: bool) -> dict[str, OutcomeProgress]:
        """The records on disk: the file, with any log lines after the part it holds.

        A damaged file (unreadable, cut short, or emptied while the backups or the log still
        hold records) is moved aside and recovered; a refused one raises :class:`StoreRefused`.
        """
        self._signature = self._stat_signature()
        try:
            raw = read_regular_file(self.path, kind="progress")
        except FileRefused:
            raise
        except FileNotFoundError:
            if self.backups():  # it was there: deleted, or lost in a failed copy
                if not locked:
                    with self.locked():
                        return self._read_disk(locked=True)
                return self._recover(notice("store.reason.missing"), move=False)
            # never written, or its first save was killed after logging: the log says all
            return self._replay_log({}, 0, locked)
        except OSError as exc:
            raise StoreError("store.cannot_read", path=self.path, why=exc) from None
        try:
            data = read_progress(
                raw,
                str(self.path),
                plan_id=self.plan_id,
                plan_key=self.plan_key,
                organisation=self.organisation,
            )
        except ProgressFileRefused as exc:
            raise StoreRefused(exc.code, **exc.values) from None
        except ProgressFileError as exc:
            return self._damaged(exc, locked)
        if not data.complete:
            return self._damaged(notice("store.reason.cut_short", path=self.path), locked)
        if not data.has_header and not data.records:
            if locked:
                if holds_records(self.files, self.plan_id):
                    return self._recover(notice("store.reason.empty", path=self.path))
            elif holds_records(self.files, self.plan_id):
                return self._damaged(notice("store.reason.empty", path=self.path), locked)
        if data.log_offset is None:
            return data.records
        return self._replay_log(data.records, data.log_offset, locked)

    def _replay_log(
        self, records: dict[str, OutcomeProgress], offset: int, locked: bool
    ) -> dict[str, OutcomeProgress]:
        """``records`` with the log lines after ``offset``: a writer stopped between logging
        its change and writing the file (unlocked: or is between the two right now)."""
        if log_size(self.log_path) > offset:
            tail = read_log(self.log_path, offset, torn_tail_ok=not locked)
            replay(records, tail.changes)
            if locked:
                self._tell(tail.problems)
        return records

    def _damaged(
        self, reason: Notice | ProgressFileError, locked: bool
    ) -> dict[str, OutcomeProgress]:
        if not locked:
            with self.locked():  # re-read under the lock: a writer may have fixed it
                return self._read_disk(locked=True)
        return self._recover(reason)

    def _recover(
        self, reason: Notice | ProgressFileError, *, move: bool = True
    ) -> dict[str, OutcomeProgress]:
        self.recovered = True
        if move:
            try:
                aside = move_aside(self.path)
            except OSError as exc:
                raise StoreError(
                    "store.cannot_move_aside", path=self.path, reason=reason, why=exc
                ) from None
            self._tell([notice("store.moved_aside", reason=reason, path=aside)])
        else:
            self._tell([notice("store.missing", path=self.path, reason=reason)])
        recovered = recover(self.files, self.plan_id)
        self._tell(recovered.notices)
        if recovered.records:
            data = self._render(recovered.records, recovered.log_offset)
            try:
                atomic_write_bytes(self.path, data.encode("utf-8"))
            except OSError as exc:
                raise StoreError("store.recovered_not_written", path=self.path, why=exc) from None
            self._tell([notice("store.recovered_written", path=self.path)])
        self._signature = self._stat_signature()
        return recovered.records

    def _render(self, records: Mapping[str, OutcomeProgress], log_offset: int | None) -> str:
        return render_progress(
            self.plan_id,
            records,
            log_offset=log_offset,
            plan_key=self.plan_key,
            organisation=self.organisation,
        )

    def backups(self) -> list[Path]:
        """Backups of this plan's progress, newest first."""
        return backup_files.list_backups(self.backup_dir, self.files.stem)

    def changed_on_disk(self) -> bool:
        """Whether another program has written the file since this store last read or wrote it."""
        return self._stat_signature() != self._signature

    def refresh(self) -> bool:
        """Re-read the file if another program changed it. True if anything visible changed."""
        if not self.changed_on_disk():
            return False
        before = self._records
        self.load()
        return dict(before) != dict(self._records)

    def changes(self) -> Iterator[Change]:
        """Every change in the log, oldest first; an unreadable or torn line is reported
        (in :attr:`notices`) and skipped."""
        try:
            with _refusing():
                found = read_log(self.log_path)
        except StoreRefused:
            raise
        except OSError as exc:
            raise StoreError("store.cannot_read", path=self.log_path, why=exc) from None
        self._tell(found.problems)
        yield from found.changes

    def log_end(self) -> int:
        """The change log's size now (where the next :meth:`changes_after` starts); 0 if it
        cannot be read (a save or load says why)."""
        try:
            return log_size(self.log_path)
        except OSError:
            return 0

    def changes_after(self, offset: int) -> tuple[list[Change], int]:
        """The changes logged from byte ``offset`` on, and where they end (a line being
        written right now is left for the next call). A log that shrank starts again at its end."""
        try:
            size = log_size(self.log_path)
        except OSError:
            return [], offset
        if size < offset:
            return [], size
        try:
            found = read_log(self.log_path, offset, torn_tail_ok=True)
        except OSError:
            return [], offset
        return found.changes, found.end

    def others_since(self, offset: int, outcome_id: str) -> list[Change]:
        """The changes to ``outcome_id`` that others (another program, a colleague) logged
        from byte ``offset`` on, even those that set a value it already had."""
        changes, _ = self.changes_after(offset)
        return [
            c
            for c in changes
            if c.outcome_id == outcome_id and (c.outcome_id, c.at, c.by) not in self._written
        ]

    # writing ------------------------------------------------------------------------

    def apply(self, outcome_id: str, ops: Iterable[Op], *, save: bool = True) -> Change:
        """Record field operations on one outcome and save them at once (unless ``save`` is
        false: then a later :meth:`save` writes them with any others made since).

        The change is kept in memory even if saving fails (:class:`StoreError` is raised,
        and :meth:`save` retries).
        """
        ops = tuple(op for op in ops if not op.is_noop)
        before = self.get(outcome_id)
        after, _ = apply_ops(before, ops)
        at = now_utc()
        after = stamped(before, after, self.user, at)
        change = Change(at=at, by=self.user, outcome_id=outcome_id, old=before, new=after, ops=ops)
        if ops:
            self._records[outcome_id] = after
            self._pending.append(change)
            if save:
                self.save()
        return change

    def update(
        self,
        outcome_id: str,
        *,
        status: Status = _UNSET,
        done_on: dt.date | None = _UNSET,
        evidence: Iterable[str] = _UNSET,
        note: str = _UNSET,
        today: dt.date | None = None,
        save: bool = True,
        base: OutcomeProgress | None = None,
    ) -> Change:
        """Change fields of one outcome (``evidence``: the whole list wanted; the links added
        and removed are what is recorded). Marking ``done`` without a date keeps its date,
        else today; leaving ``done`` clears it.

        ``base`` is the record the user saw when deciding (an editor opened a while ago):
        the change is made relative to it, so a link a colleague added meanwhile is not
        taken as removed, and a note a colleague changed meanwhile is a conflict, not lost.
        """
        ops = ops_for(
            base if base is not None else self.get(outcome_id),
            status=None if status is _UNSET else Status(status),
            done_on=... if done_on is _UNSET else done_on,
            evidence=None if evidence is _UNSET else evidence,
            note=None if note is _UNSET else note,
            today=today or dt.date.today(),
        )
        return self.apply(outcome_id, ops, save=save)

    def restore(self, outcome_id: str, record: OutcomeProgress, *, save: bool = True) -> Change:
        """Put an outcome's fields back as ``record`` has them, as a new change."""
        return self.apply(outcome_id, ops_to_become(self.get(outcome_id), record), save=save)

    def save(self) -> Saved:
        """Write unsaved changes: lock, re-read, re-apply this session's ops, log, write
        atomically (with a backup). Retries are safe; what failed stays unsaved."""
        if not self._pending:
            return Saved(set(), [])
        view_before = dict(self._records)
        with _refusing(), self.locked():
            backup_files.remove_stale_temp_files(self.folder, self.backup_dir, self.files.stem)
            disk = self._read_disk(locked=True)
            working = dict(disk)
            entries = [
                apply_change(working, c.outcome_id, c.ops, by=c.by, at=c.at) for c in self._pending
            ]
            # a change that sets what a colleague already set is logged too: it is ours as
            # well (her undo must ask), and the log keeps both officers' ticks
            entries = [e for e in entries if e.new != e.old or e.conflicts or e.ops]
            if entries:
                self._write(working, entries)
                self._written |= {(e.outcome_id, e.at, e.by) for e in entries}
            self._disk = working
            self._pending.clear()
            self._records = dict(working)
        conflicts = [(e.outcome_id, c) for e in entries for c in e.conflicts]
        self.last_saved = Saved(changed_ids(view_before, self._records), conflicts)
        return self.last_saved

    def _write(self, records: Mapping[str, OutcomeProgress], entries: list[Change]) -> None:
        """Log first, then the file naming how much of the log it holds: a writer killed in
        between leaves log lines the next reader replays. A failure takes the lines back."""
        try:
            start, end = append_changes(self.log_path, entries)
        except FileRefused:
            raise
        except OSError as exc:
            raise StoreError("store.cannot_write_log", path=self.log_path, why=exc) from None
        data = self._render(records, end).encode("utf-8")
        try:
            if self.path.exists():
                old = read_regular_file(self.path, kind="progress")
                backup_files.write_backup(self.backup_dir, self.files.stem, old, self.keep_backups)
            atomic_write_bytes(self.path, data)
        except OSError as exc:
            with contextlib.suppress(OSError):
                truncate(self.log_path, start)
            if isinstance(exc, FileRefused):
                raise
            raise StoreError("store.cannot_write", path=self.path, why=exc) from None
        self._signature = self._stat_signature()
