"""Damaged, emptied, cut-short and foreign progress files: recovered, or refused untouched."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ita_tui.model import Status
from ita_tui.store import ProgressStore, StoreError, StoreRefused
from ita_tui.store.progress_file import render_progress


def store_in(folder: Path, plan_id: str = "p", user: str = "somchai") -> ProgressStore:
    store = ProgressStore(folder, plan_id, user=user)
    store.load()
    return store


def three_ticks(folder: Path) -> ProgressStore:
    store = store_in(folder)
    store.update("1.1.1", status=Status.DONE, today=dt.date(2025, 1, 5))
    store.update("1.1.2", note="บันทึก")
    store.update("1.1.3", evidence=["http://e.example/3"])  # the last save: only in the log
    return store


def assert_latest(store: ProgressStore) -> None:
    assert store.get("1.1.1").status is Status.DONE
    assert store.get("1.1.2").note == "บันทึก"
    assert store.get("1.1.3").evidence == ("http://e.example/3",)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda text: "", id="emptied"),
        pytest.param(lambda text: text[:150], id="cut-in-the-header-comment"),
        pytest.param(lambda text: text[: text.index('[outcomes."1.1.3"]')], id="cut-short"),
        pytest.param(lambda text: text[:-40], id="cut-in-the-last-record"),
        pytest.param(lambda text: "[[[ not toml", id="not-toml"),
    ],
)
def test_a_damaged_file_is_moved_aside_and_recovered_to_the_latest_state(
    tmp_path: Path, damage: object
) -> None:
    store = three_ticks(tmp_path)
    text = store.path.read_text(encoding="utf-8")
    damaged = damage(text)  # type: ignore[operator]
    store.path.write_text(damaged, encoding="utf-8")
    again = store_in(tmp_path, user="other")
    assert_latest(again)  # the backup before the last save, and the log after it
    [aside] = tmp_path.glob("p.progress.toml.damaged-*")
    assert aside.read_text(encoding="utf-8") == damaged
    said = "\n".join(again.notices)
    assert "moved aside" in said and str(aside) in said
    assert "Restored from the backup" in said and "later change(s)" in said
    assert store_in(tmp_path).notices == []  # the recovered file reads cleanly


def test_an_empty_file_with_nothing_anywhere_is_just_no_progress(tmp_path: Path) -> None:
    (tmp_path / "p.progress.toml").write_text("", encoding="utf-8")
    store = store_in(tmp_path)
    assert store.records == {} and store.notices == []
    assert (tmp_path / "p.progress.toml").exists()


def test_with_no_backup_the_log_alone_rebuilds_it(tmp_path: Path) -> None:
    three_ticks(tmp_path)
    for backup in (tmp_path / "backups").iterdir():
        backup.unlink()
    (tmp_path / "p.progress.toml").write_text("# emptied\n", encoding="utf-8")
    again = store_in(tmp_path)
    assert_latest(again)
    assert any("rebuilt from the change log" in n for n in again.notices)


def test_what_could_not_be_restored_is_said(tmp_path: Path) -> None:
    three_ticks(tmp_path)
    with open(tmp_path / "p.changes.jsonl", "ab") as log:
        log.write(b'{"at": "2025-01-0')  # a torn last line
    (tmp_path / "p.progress.toml").write_text("", encoding="utf-8")
    again = store_in(tmp_path)
    assert_latest(again)
    assert any("cut short" in n and "skipped" in n for n in again.notices)


def test_only_this_plans_backups_are_used(tmp_path: Path) -> None:
    other = store_in(tmp_path, plan_id="a.progress.b")
    for i in range(3):
        other.update(f"9.9.{i}", status=Status.DONE)
    mine = store_in(tmp_path, plan_id="a")
    mine.update("1.1.1", note="mine")
    mine.update("1.1.2", note="mine too")
    assert all(p.name.startswith("a.progress.2") for p in mine.backups())
    mine.path.write_text("", encoding="utf-8")
    again = store_in(tmp_path, plan_id="a")
    assert set(again.records) == {"1.1.1", "1.1.2"}
    assert not any("9.9" in key for key in again.records)


def test_a_deleted_file_is_recovered_when_backups_show_it_existed(tmp_path: Path) -> None:
    three_ticks(tmp_path).path.unlink()
    again = store_in(tmp_path)
    assert_latest(again)
    assert any("missing" in n for n in again.notices)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (render_progress("another-plan", {}), "progress of plan 'another-plan'"),
        ('format = 2\nplan_id = "p"\n', "newer ita-tui"),
        ("x = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
    ],
)
def test_a_foreign_file_is_refused_and_never_touched(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "p.progress.toml"
    path.write_text(text, encoding="utf-8")
    store = ProgressStore(tmp_path, "p", user="u")
    with pytest.raises(StoreRefused, match=message):
        store.load()
    with pytest.raises(StoreRefused):
        store.update("1.1.1", status=Status.DONE)
    assert store.unsaved  # kept in memory, not written anywhere
    assert path.read_text(encoding="utf-8") == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.progress.toml", "p.progress.toml.lock"]


def test_stale_temp_files_of_a_killed_save_are_removed_and_only_this_plans(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    store.update("1.1.1", note="x")
    store.update("1.1.1", note="x2")
    backups = tmp_path / "backups"
    stale = [
        tmp_path / ".p.progress.toml.abc_123.tmp",
        backups / ".p.progress.20250101T000000000000Z.toml.k9x2.tmp",
    ]
    others = [
        tmp_path / ".q.progress.toml.abc_123.tmp",
        backups / ".p.progress.b.progress.20250101T000000000000Z.toml.k9x2.tmp",
        backups / "notes.tmp",
    ]
    for path in stale + others:
        path.write_text("half", encoding="utf-8")
    store.update("1.1.1", note="y")
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in others)


def test_a_writer_killed_between_log_and_file_loses_nothing(tmp_path: Path) -> None:
    """The log line is written first: the next reader replays it onto the file."""
    store = store_in(tmp_path)
    store.update("1.1.1", note="saved")
    import ita_tui.store.store as module

    real = module.atomic_write_bytes
    module.atomic_write_bytes = lambda path, data: (_ for _ in ()).throw(SystemExit)  # type: ignore[assignment]
    try:
        with pytest.raises(SystemExit):  # killed: no clean-up runs
            store.update("1.1.2", note="logged, file not written")
    finally:
        module.atomic_write_bytes = real
    reader = store_in(tmp_path, user="reader")
    assert reader.get("1.1.2").note == "logged, file not written"
    reader.update("1.1.2", note="next")
    log = list(reader.changes())
    assert [c.new.note for c in log] == ["saved", "logged, file not written", "next"]
    assert log[2].old.note == "logged, file not written"  # the chain holds


def test_a_failed_file_write_takes_its_log_lines_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ita_tui.store.store as module

    store = store_in(tmp_path)
    store.update("1.1.1", note="saved")
    log_before = store.log_path.read_bytes()

    def full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, "atomic_write_bytes", full)
    with pytest.raises(StoreError, match="the disk is full"):
        store.update("1.1.2", note="not saved")
    assert store.log_path.read_bytes() == log_before and store.unsaved
    monkeypatch.undo()
    store.save()
    assert store_in(tmp_path).get("1.1.2").note == "not saved"


def test_the_lock_is_public_and_reentrant(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    with store.locked():
        store.update("1.1.1", note="inside the lock")  # the save takes it again
    assert store_in(tmp_path).get("1.1.1").note == "inside the lock"
    other = ProgressStore(tmp_path, "p", user="v", lock_timeout=0.2)
    other.load()
    import filelock

    with filelock.FileLock(str(store.lock_path)), pytest.raises(StoreError, match="locked"):
        # another process's lock (filelock is re-entrant per object, so a second object)
        import threading

        errors: list[BaseException] = []

        def attempt() -> None:
            try:
                other.update("1.1.2", note="x")
            except StoreError as exc:
                errors.append(exc)

        thread = threading.Thread(target=attempt)
        thread.start()
        thread.join()
        raise errors[0]


def test_an_unreadable_newer_backup_is_skipped_and_said(tmp_path: Path) -> None:
    store = three_ticks(tmp_path)
    newest = store.backups()[0]
    newest.write_text("[[[ broken", encoding="utf-8")
    store.path.write_text("", encoding="utf-8")
    again = store_in(tmp_path)
    assert_latest(again)  # an older backup, and more of the log after it
    assert any(str(newest) in n and "skipped" in n for n in again.notices)
