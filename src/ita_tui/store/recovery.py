"""Recovering a damaged progress file: the newest readable backup of this plan, brought
forward by the change log written after it, to the latest known state.

Every step is told: what was moved aside, which backup was used, how many logged changes
were replayed on top, and what could not be read.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ita_tui.atomic import replace_file
from ita_tui.errors import Notice, notice
from ita_tui.model import OutcomeProgress
from ita_tui.records import record
from ita_tui.safe_files import read_regular_file, resolved_target
from ita_tui.store.backups import list_backups
from ita_tui.store.change_log import read_log
from ita_tui.store.files import StoreFiles
from ita_tui.store.merge import replay
from ita_tui.store.progress_file import ProgressData, ProgressFileError, read_progress


@record
class Recovered:
    records: dict[str, OutcomeProgress]
    notices: list[Notice]
    log_offset: int  # how much of the log the recovered records reflect


def move_aside(path: Path) -> Path:
    """Rename a damaged file to ``….damaged-<UTC time>`` beside it (never deleted). A link
    stays in place: the file it names is moved aside, and the recovered one written there."""
    path = resolved_target(path)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    replace_file(path, aside)
    return aside


def newest_backup(
    files: StoreFiles, plan_id: str, skipped: list[Notice] | None = None
) -> tuple[Path, ProgressData] | None:
    """The newest backup of this plan that reads as a complete progress file; newer ones
    that do not are named in ``skipped``."""
    for backup in list_backups(files.backups, files.stem):
        try:
            raw = read_regular_file(backup, kind="progress")
            data = read_progress(raw, str(backup), plan_id=plan_id)
        except (OSError, ProgressFileError) as exc:
            if skipped is not None:
                skipped.append(notice("recovery.backup_unreadable", path=backup, why=exc))
            continue
        if data.complete:
            return backup, data
        if skipped is not None:
            skipped.append(notice("recovery.backup_cut_short", path=backup))
    return None


def holds_records(files: StoreFiles, plan_id: str) -> bool:
    """Whether the backups or the change log know of any recorded outcome."""
    found = newest_backup(files, plan_id)
    if found is not None and found[1].records:
        return True
    return bool(read_log(files.log).changes)


def recover(files: StoreFiles, plan_id: str) -> Recovered:
    """The latest known state from this plan's own backups and log (with the lock held)."""
    notices: list[Notice] = []
    log = read_log(files.log)
    skipped: list[Notice] = []
    found = newest_backup(files, plan_id, skipped)
    notices += skipped
    if found is not None and not os.path.lexists(files.log):
        notices.append(notice("recovery.log_missing", path=files.log))
    records: dict[str, OutcomeProgress] = {}
    after = log.changes
    if found is not None:
        backup, data = found
        records = dict(data.records)
        if data.log_offset is not None:
            after = read_log(files.log, data.log_offset).changes
        else:  # an older backup: the log entries later than anything it holds
            newest = max(
                (r.updated_at for r in records.values() if r.updated_at is not None),
                default=None,
            )
            after = [c for c in log.changes if newest is None or c.at > newest]
        notices.append(notice("recovery.restored", path=backup, n=len(records)))
    elif log.changes:
        notices.append(notice("recovery.rebuilt"))
    replayed = replay(records, after)
    if replayed:
        last = after[-1]
        notices.append(
            notice(
                "recovery.replayed",
                n=replayed,
                path=files.log,
                by=last.by,
                at=last.at.isoformat(timespec="seconds"),
                m=len(records),
            )
        )
    elif found is not None:
        notices.append(notice("recovery.nothing_later"))
    notices += log.problems
    if found is None and not log.changes:
        notices.append(notice("recovery.nothing"))
    return Recovered(records, notices, log.end)
