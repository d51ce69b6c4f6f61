"""The progress store: what has been recorded about each outcome, kept apart from the plan.

One human-readable TOML file per plan id in the data folder, plus, beside it:

* ``<id>.changes.jsonl`` - an append-only change log (who, when, outcome, old -> new);
* ``backups/`` - the last versions of the progress file, one per write;
* ``<id>.progress.toml.lock`` - the lock that lets two programs share the folder.

Every save takes the lock, re-reads the file, merges per outcome by time of change
(the later change wins), and writes atomically. A file that cannot be read is moved
aside, never overwritten, and the newest readable backup takes its place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from ita_tui.atomic import append_line, atomic_write_bytes
from ita_tui.change_log import Change, change_from_json, change_to_json
from ita_tui.merge import merge
from ita_tui.model import PENDING, OutcomeProgress, Plan, Status
from ita_tui.paths import safe_file_stem
from ita_tui.progress_file import ProgressFileError, id_order, parse_progress, render_progress

USER_ENV = "ITA_TUI_USER"
KEEP_BACKUPS = 20
LOCK_TIMEOUT = 15.0


class StoreError(Exception):
    """Saving or reading progress failed; the message says what and where. No data is lost."""


_UNSET: Any = object()


def current_user() -> str:
    """Who is recording: ``$ITA_TUI_USER``, else the login name."""
    name = os.environ.get(USER_ENV, "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # getuser raises various errors where no name is known
        return "unknown"


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- the store -------------------------------------------------------------------------


class ProgressStore:
    """Progress of one plan, kept in ``folder``; safe against crashes and a second writer."""

    def __init__(
        self,
        folder: Path,
        plan_id: str,
        *,
        user: str | None = None,
        keep_backups: int = KEEP_BACKUPS,
        lock_timeout: float = LOCK_TIMEOUT,
    ) -> None:
        self.folder = Path(folder)
        self.plan_id = plan_id
        self.user = user or current_user()
        stem = safe_file_stem(plan_id)
        self.path = self.folder / f"{stem}.progress.toml"
        self.log_path = self.folder / f"{stem}.changes.jsonl"
        self.backup_dir = self.folder / "backups"
        self.lock_path = self.folder / f"{stem}.progress.toml.lock"
        self.keep_backups = keep_backups
        self.lock_timeout = lock_timeout
        #: Things the user must be told (a damaged file moved aside, a backup restored).
        self.notices: list[str] = []
        self._records: dict[str, OutcomeProgress] = {}
        self._unsaved: dict[str, OutcomeProgress] = {}
        self._unlogged: list[Change] = []
        self._signature: tuple[int, int, int] | None = None
        self._stem = stem

    @classmethod
    def for_plan(cls, plan: Plan, folder: Path, *, user: str | None = None) -> ProgressStore:
        store = cls(folder, plan.id, user=user)
        store.load()
        return store

    # reading ------------------------------------------------------------------------

    @property
    def records(self) -> Mapping[str, OutcomeProgress]:
        return self._records

    def get(self, outcome_id: str) -> OutcomeProgress:
        return self._records.get(outcome_id, PENDING)

    @property
    def unsaved(self) -> bool:
        """Changes held in memory that could not be written yet."""
        return bool(self._unsaved or self._unlogged)

    @property
    def unsaved_changes(self) -> list[Change]:
        """The changes not written (or not logged) yet, oldest first."""
        return list(self._unlogged)

    def rescue(self, folder: Path) -> Path:
        """Last resort when saving keeps failing: write the unsaved changes, as change-log
        lines, to a new file in ``folder`` (e.g. the temp folder) and return its path."""
        stamp = now_utc().strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"{self._stem}.unsaved-{stamp}.jsonl"
        text = "".join(change_to_json(change) + "\n" for change in self._unlogged)
        atomic_write_bytes(target, text.encode("utf-8"))
        return target

    def orphans(self, plan: Plan) -> list[str]:
        """Ids with recorded progress that the plan no longer has (kept, never dropped)."""
        known = set(plan.outcome_ids())
        return sorted((i for i in self._records if i not in known), key=id_order)

    def load(self) -> None:
        """Read the file from disk, keeping any unsaved changes on top.

        Reading needs no lock: writes replace the file atomically, so a reader sees a
        whole version. Only a damaged file is handled under the lock.
        """
        disk = self._read_disk(locked=False)
        self._records = merge(disk, self._unsaved)

    def _remove_stale_temp_files(self) -> None:
        """Temp files left by a writer killed mid-write (only ever written under the lock)."""
        for stale in self.folder.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()

    def locked(self) -> contextlib.AbstractContextManager[None]:
        """Hold this plan's cross-process lock (the plan writer takes it too)."""
        return self._locked()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the cross-process lock of this progress file."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the data folder {self.folder}: {exc.strerror or exc}"
            ) from None
        import filelock  # imported when first needed: opening the app reads without a lock

        lock = filelock.FileLock(str(self.lock_path), timeout=self.lock_timeout)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise StoreError(
                f"{self.path} is locked by another ita-tui for over {self.lock_timeout:.0f} s; "
                "nothing was lost, try again"
            ) from None
        except OSError as exc:
            raise StoreError(f"cannot lock {self.lock_path}: {exc.strerror or exc}") from None
        try:
            yield
        finally:
            lock.release()

    def _stat_signature(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def _read_disk(self, *, locked: bool) -> dict[str, OutcomeProgress]:
        """The file's records; a damaged file is moved aside and the newest good backup used."""
        self._signature = self._stat_signature()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise StoreError(f"cannot read {self.path}: {exc.strerror or exc}") from None
        try:
            return parse_progress(raw, str(self.path))
        except ProgressFileError as exc:
            if not locked:
                with self._locked():  # re-read under the lock: a writer may have fixed it
                    return self._read_disk(locked=True)
            return self._recover(str(exc))

    def _recover(self, reason: str) -> dict[str, OutcomeProgress]:
        stamp = now_utc().strftime("%Y%m%dT%H%M%S%fZ")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            os.replace(self.path, aside)
        except OSError as exc:
            raise StoreError(
                f"{self.path} cannot be read ({reason}) and could not be moved aside: "
                f"{exc.strerror or exc}. Nothing was changed; fix or move the file, then try again."
            ) from None
        self.notices.append(
            f"The progress file could not be read ({reason}). It was moved aside, unchanged, to {aside}."
        )
        for backup in self.backups():
            try:
                records = parse_progress(backup.read_bytes(), str(backup))
            except (OSError, ProgressFileError):
                continue
            atomic_write_bytes(self.path, backup.read_bytes())
            self._signature = self._stat_signature()
            self.notices.append(f"Progress was restored from the backup {backup}.")
            return records
        self.notices.append(
            "No readable backup was found: starting from the change log is possible by hand."
        )
        self._signature = None
        return {}

    def backups(self) -> list[Path]:
        """Backups of this plan's progress, newest first."""
        if not self.backup_dir.is_dir():
            return []
        return sorted(self.backup_dir.glob(f"{self._stem}.progress.*.toml"), reverse=True)

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
        """Every change in the log, oldest first; a line cut short by a crash is skipped."""
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return
        except OSError as exc:
            raise StoreError(f"cannot read {self.log_path}: {exc.strerror or exc}") from None
        for line in text.splitlines():
            if not line.strip():
                continue
            try:
                yield change_from_json(line)
            except (ValueError, KeyError, TypeError):
                continue

    # writing ------------------------------------------------------------------------

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
    ) -> Change:
        """Record a change to one outcome and save it at once (unless ``save`` is false).

        Marking ``done`` without a date sets ``done_on`` to today; leaving ``done`` clears it.
        The change is kept in memory even if saving fails (:class:`StoreError` is raised,
        and :meth:`save` retries). With ``save=False`` it is only recorded in memory and
        marked unsaved: a later :meth:`save` writes and logs it, with any others made since.
        """
        old = self.get(outcome_id)
        fields: dict[str, Any] = {}
        if status is not _UNSET:
            fields["status"] = Status(status)
        if done_on is not _UNSET:
            fields["done_on"] = done_on
        if evidence is not _UNSET:
            fields["evidence"] = tuple(e.strip() for e in evidence if e.strip())
        if note is not _UNSET:
            fields["note"] = note
        new_status = fields.get("status", old.status)
        if new_status is Status.DONE and fields.get("done_on", old.done_on) is None:
            fields["done_on"] = today or dt.date.today()
        if new_status is not Status.DONE and "status" in fields:
            fields["done_on"] = None
        at = now_utc()
        if old.updated_at is not None and at <= old.updated_at:
            at = old.updated_at + dt.timedelta(microseconds=1)
        new = replace(old, **fields, updated_by=self.user, updated_at=at)
        change = Change(at=at, by=self.user, outcome_id=outcome_id, old=old, new=new)
        self._records[outcome_id] = new
        self._unsaved[outcome_id] = new
        self._unlogged.append(change)
        if save:
            self.save()
        return change

    def restore(self, outcome_id: str, record: OutcomeProgress, *, save: bool = True) -> Change:
        """Put an outcome back as ``record`` says (undo/redo), as a new change."""
        return self.update(
            outcome_id,
            status=record.status,
            done_on=record.done_on,
            evidence=record.evidence,
            note=record.note,
            save=save,
        )

    def save(self) -> None:
        """Write unsaved changes: lock, re-read, merge, write atomically, log. Retries are safe."""
        if not self.unsaved:
            return
        with self._locked():
            self._remove_stale_temp_files()
            disk = self._read_disk(locked=True)
            merged = merge(disk, self._unsaved)
            if merged != disk or not self.path.exists():
                self._write(merged)
            self._records = merged
            self._unsaved.clear()
            self._log_pending()

    def _write(self, records: Mapping[str, OutcomeProgress]) -> None:
        data = render_progress(self.plan_id, records).encode("utf-8")
        try:
            self._backup()
            atomic_write_bytes(self.path, data)
        except OSError as exc:
            raise StoreError(
                f"could not save to {self.path}: {exc.strerror or exc}. "
                "Your change is kept in memory and will be saved when this is fixed."
            ) from None
        self._signature = self._stat_signature()

    def _backup(self) -> None:
        if not self.path.exists():
            return
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = now_utc().strftime("%Y%m%dT%H%M%S%fZ")
        target = self.backup_dir / f"{self._stem}.progress.{stamp}.toml"
        atomic_write_bytes(target, self.path.read_bytes())
        for old in self.backups()[self.keep_backups :]:
            with contextlib.suppress(OSError):
                old.unlink()

    def _log_pending(self) -> None:
        while self._unlogged:
            change = self._unlogged[0]
            try:
                append_line(self.log_path, change_to_json(change))
            except OSError as exc:
                raise StoreError(
                    f"saved, but could not write the change log {self.log_path}: {exc.strerror or exc}"
                ) from None
            self._unlogged.pop(0)
