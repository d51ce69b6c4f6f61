from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from ita_tui.model import Status
from ita_tui.plan import load_plan
from ita_tui.store import ProgressStore, StoreError

T0 = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)


def store_in(folder: Path, user: str = "somchai", plan_id: str = "test-plan") -> ProgressStore:
    store = ProgressStore(folder, plan_id, user=user)
    store.load()
    return store


def test_update_saves_at_once_and_reads_back(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    change = store.update("1.1.1", status=Status.DONE, today=dt.date(2025, 2, 10))
    assert change.old.status is Status.PENDING and change.new.done_on == dt.date(2025, 2, 10)
    again = store_in(tmp_path, user="other")
    record = again.get("1.1.1")
    assert record.status is Status.DONE and record.done_on == dt.date(2025, 2, 10)
    assert record.updated_by == "somchai" and record.updated_at is not None
    text = store.path.read_text(encoding="utf-8")
    assert text.startswith("# ita-tui progress file") and '[outcomes."1.1.1"]' in text


def test_marking_done_keeps_a_given_date_and_leaving_done_clears_it(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    store.update("1.1.1", status=Status.DONE, done_on=dt.date(2024, 11, 3))
    assert store.get("1.1.1").done_on == dt.date(2024, 11, 3)
    store.update("1.1.1", status=Status.PENDING)
    assert store.get("1.1.1").done_on is None
    store.update("1.1.1", note="ส่งแล้ว\nบรรทัดสอง", evidence=["https://a.go.th/x", "  "])
    record = store_in(tmp_path).get("1.1.1")
    assert record.note == "ส่งแล้ว\nบรรทัดสอง" and record.evidence == ("https://a.go.th/x",)


def test_change_log_records_who_when_old_and_new(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    store.update("1.1.1", status=Status.IN_PROGRESS)
    store.update("1.1.1", status=Status.DONE)
    changes = list(store.changes())
    assert [(c.outcome_id, c.old.status, c.new.status, c.by) for c in changes] == [
        ("1.1.1", Status.PENDING, Status.IN_PROGRESS, "somchai"),
        ("1.1.1", Status.IN_PROGRESS, Status.DONE, "somchai"),
    ]
    with open(store.log_path, "a", encoding="utf-8") as log:
        log.write('{"at": "2025-01-0')  # a line cut short by a crash
    assert len(list(store.changes())) == 2


def test_restore_puts_a_record_back_as_a_new_change(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    first = store.update("1.1.1", status=Status.DONE, note="n")
    store.restore("1.1.1", first.old)
    assert store.get("1.1.1").status is Status.PENDING and store.get("1.1.1").note == ""
    assert len(list(store.changes())) == 2


def test_update_without_saving_waits_for_save_which_writes_and_logs_every_change(
    tmp_path: Path,
) -> None:
    store = store_in(tmp_path)
    store.update("1.1.1", status=Status.IN_PROGRESS)
    before = store.path.read_bytes()
    logged = store.log_path.read_bytes()
    store.update("1.1.1", status=Status.DONE, save=False)
    store.update("1.1.2", status=Status.DONE, note="n", save=False)
    first = store.update("1.1.3", status=Status.DONE, save=False)
    store.restore("1.1.3", first.old, save=False)
    # Recorded in memory, marked unsaved, and nothing on disk touched yet.
    assert store.unsaved
    assert store.get("1.1.1").status is Status.DONE and store.get("1.1.2").note == "n"
    assert store.path.read_bytes() == before and store.log_path.read_bytes() == logged
    assert store_in(tmp_path, user="other").get("1.1.1").status is Status.IN_PROGRESS
    store.save()  # one save writes them all
    assert not store.unsaved
    again = store_in(tmp_path, user="other")
    assert again.get("1.1.1").status is Status.DONE
    assert again.get("1.1.2").status is Status.DONE and again.get("1.1.2").note == "n"
    assert again.get("1.1.3").status is Status.PENDING
    assert [(c.outcome_id, c.old.status, c.new.status) for c in store.changes()] == [
        ("1.1.1", Status.PENDING, Status.IN_PROGRESS),
        ("1.1.1", Status.IN_PROGRESS, Status.DONE),
        ("1.1.2", Status.PENDING, Status.DONE),
        ("1.1.3", Status.PENDING, Status.DONE),
        ("1.1.3", Status.DONE, Status.PENDING),
    ]


def test_refresh_keeps_changes_not_saved_yet(tmp_path: Path) -> None:
    app = store_in(tmp_path, user="app")
    app.update("1.1.1", status=Status.DONE, save=False)
    store_in(tmp_path, user="cli").update("1.1.2", status=Status.DONE)
    assert app.refresh() is True
    assert app.get("1.1.1").status is Status.DONE  # ours, still only in memory
    assert app.get("1.1.2").status is Status.DONE  # theirs
    assert app.unsaved
    app.save()
    on_disk = store_in(tmp_path, user="other")
    assert on_disk.get("1.1.1").status is Status.DONE
    assert on_disk.get("1.1.2").status is Status.DONE
    assert [c.outcome_id for c in app.changes()] == ["1.1.2", "1.1.1"]


def test_backups_roll(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path, "p", user="u", keep_backups=3)
    store.load()
    for i in range(6):
        store.update("1.1.1", note=f"v{i}")
    backups = store.backups()
    assert len(backups) == 3
    assert 'note = "v4"' in backups[0].read_text(encoding="utf-8")


def test_a_damaged_file_is_moved_aside_and_the_newest_good_backup_restored(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    store.update("1.1.1", status=Status.DONE)
    store.update("1.1.2", status=Status.DONE)
    store.path.write_text("this is [not toml", encoding="utf-8")
    again = store_in(tmp_path)
    aside = list(tmp_path.glob("test-plan.progress.toml.damaged-*"))
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "this is [not toml"
    assert any("moved aside" in n for n in again.notices)
    assert any("Restored from the backup" in n for n in again.notices)
    assert any("1 later change(s) from the change log" in n for n in again.notices)
    assert again.get("1.1.1").status is Status.DONE  # the backup held the first tick
    assert again.get("1.1.2").status is Status.DONE  # the log after it, the last one


def test_a_damaged_file_with_no_backup_is_kept_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "test-plan.progress.toml"
    path.write_bytes(b"\xff\xfe garbage")
    store = store_in(tmp_path)
    assert store.records == {}
    assert not path.exists() and len(list(tmp_path.glob("*.damaged-*"))) == 1
    store.update("1.1.1", status=Status.DONE)
    assert next(iter(tmp_path.glob("*.damaged-*"))).read_bytes() == b"\xff\xfe garbage"


def test_entries_not_in_the_plan_are_kept_and_reported(
    tmp_path: Path, minimal_plan_path: Path
) -> None:
    plan = load_plan(minimal_plan_path).plan
    store = ProgressStore(tmp_path, plan.id, user="u")
    store.load()
    store.update("9.9.9", status=Status.DONE)
    store.update("1.1.1", status=Status.DONE)
    assert store.orphans(plan) == ["9.9.9"]
    assert "9.9.9" in store_in(tmp_path).records


@pytest.mark.parametrize("plan_id", ["../../x", "..", "a/b\\c", "CON", "", "ทรายขาว"])
def test_plan_ids_never_escape_the_data_folder(tmp_path: Path, plan_id: str) -> None:
    folder = tmp_path / "data"
    store = ProgressStore(folder, plan_id, user="u")
    store.load()
    store.update("1", status=Status.DONE)
    for path in (store.path, store.log_path, store.lock_path):
        assert path.resolve().parent == folder.resolve()
    assert not path.name.upper().startswith("CON.")


def test_distinct_ids_get_distinct_files(tmp_path: Path) -> None:
    assert ProgressStore(tmp_path, "a/b").path != ProgressStore(tmp_path, "a_b").path


def test_two_writers_never_lose_each_others_changes(tmp_path: Path) -> None:
    app = store_in(tmp_path, user="app")
    cli = store_in(tmp_path, user="cli")
    app.update("1.1.1", status=Status.DONE)
    cli.update("1.1.2", status=Status.DONE)  # cli never read the app's change
    app.update("1.1.3", status=Status.IN_PROGRESS)
    final = store_in(tmp_path).records
    assert {k: v.status for k, v in final.items()} == {
        "1.1.1": Status.DONE,
        "1.1.2": Status.DONE,
        "1.1.3": Status.IN_PROGRESS,
    }
    assert app.records == final


def test_refresh_sees_another_programs_change(tmp_path: Path) -> None:
    app = store_in(tmp_path, user="app")
    assert app.refresh() is False
    store_in(tmp_path, user="cli").update("1.1.1", status=Status.DONE)
    assert app.changed_on_disk()
    assert app.refresh() is True
    assert app.get("1.1.1").status is Status.DONE
    assert app.refresh() is False


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_save_failure_keeps_the_change_and_retries(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    store = store_in(folder)
    store.update("1.1.1", status=Status.DONE)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(StoreError, match="kept in memory"):
            store.update("1.1.2", status=Status.DONE)
        assert store.unsaved and store.get("1.1.2").status is Status.DONE
    finally:
        folder.chmod(stat.S_IRWXU)
    store.save()
    assert not store.unsaved
    assert store_in(folder).get("1.1.2").status is Status.DONE


def test_save_failure_when_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulate ENOSPC in the atomic writer: nothing on disk changes, the change waits in memory."""
    import ita_tui.store.store as progress

    store = store_in(tmp_path)
    store.update("1.1.1", status=Status.DONE)
    before = store.path.read_bytes()

    def full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(progress, "atomic_write_bytes", full)
    with pytest.raises(StoreError, match="the disk is full"):
        store.update("1.1.2", status=Status.DONE)
    assert store.path.read_bytes() == before and store.unsaved
    monkeypatch.undo()
    store.save()
    assert store_in(tmp_path).get("1.1.2").status is Status.DONE


def test_lock_timeout_is_a_clear_error(tmp_path: Path) -> None:
    import filelock

    store = ProgressStore(tmp_path, "p", user="u", lock_timeout=0.2)
    store.load()
    holder = filelock.FileLock(str(store.lock_path))
    holder.acquire()
    try:
        other = ProgressStore(tmp_path, "p", user="v", lock_timeout=0.2)
        # filelock is re-entrant within a thread, so take it from another thread
        import threading

        errors: list[Exception] = []

        def write() -> None:
            try:
                other.update("1.1.1", status=Status.DONE)
            except StoreError as exc:
                errors.append(exc)

        thread = threading.Thread(target=write)
        thread.start()
        thread.join()
        assert errors and "locked by another ita-tui" in str(errors[0])
        assert other.unsaved
    finally:
        holder.release()
