"""The data folder cannot be turned against its users: links planted in it are never
followed, a linked progress or plan file stays shared, pipes never hang a reader, a killed
plan edit's temp copies go at the next start, and both officers' ticks are logged."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ita_tui.model import Status
from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.plan.edit import PlanEditor, SetFields
from ita_tui.store import ProgressStore, StoreRefused
from ita_tui.store.recovery import recover

needs_links = pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
PLAN = "p"


def store(folder: Path, user: str = "somchai") -> ProgressStore:
    s = ProgressStore(folder, PLAN, user=user, lock_timeout=5)
    s.load()
    return s


@needs_links
def test_a_linked_change_log_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious\n")
    (data / f"{PLAN}.changes.jsonl").symlink_to(victim)
    s = ProgressStore(data, PLAN, user="somchai")
    with pytest.raises(StoreRefused) as caught:
        s.load()
        s.update("1.1.1", status=Status.DONE)
    assert "symbolic link" in str(caught.value) and "nothing was written" in str(caught.value)
    assert victim.read_bytes() == b"precious\n"  # before: the save appended to it
    assert not (data / f"{PLAN}.progress.toml").exists()


@needs_links
def test_a_linked_backups_folder_is_never_written_into_or_pruned(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    s = store(data)
    s.update("1.1.1", status=Status.DONE)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    theirs = [elsewhere / f"{PLAN}.progress.2020010{i}T000000Z.toml" for i in range(1, 4)]
    for path in theirs:
        path.write_text("theirs", encoding="utf-8")
    shutil.rmtree(data / "backups", ignore_errors=True)
    (data / "backups").symlink_to(elsewhere, target_is_directory=True)
    s.keep_backups = 1  # before: the save pruned elsewhere down to one file
    with pytest.raises(StoreRefused):
        s.update("1.1.2", status=Status.DONE)
    assert sorted(elsewhere.iterdir()) == sorted(theirs)
    assert store(data).get("1.1.2").status is Status.PENDING  # refused whole: nothing logged
    assert s.unsaved  # the change is kept in memory, not lost


@needs_links
def test_a_linked_progress_file_is_written_through_and_stays_shared(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shared = tmp_path / "shared"
    data.mkdir()
    shared.mkdir()
    first = store(shared)
    first.update("1.1.1", status=Status.DONE)
    (data / f"{PLAN}.progress.toml").symlink_to(shared / f"{PLAN}.progress.toml")
    mine = store(data)
    assert mine.get("1.1.1").status is Status.DONE
    mine.update("1.1.2", note="mine")
    assert (data / f"{PLAN}.progress.toml").is_symlink()  # not replaced by a private copy
    assert store(shared).get("1.1.2").note == "mine"
    assert not [p for p in shared.iterdir() if p.name.endswith(".tmp")]


@needs_links
def test_a_damaged_linked_progress_file_is_recovered_through_the_link(tmp_path: Path) -> None:
    data, shared = tmp_path / "data", tmp_path / "shared"
    data.mkdir()
    shared.mkdir()
    (data / f"{PLAN}.progress.toml").symlink_to(shared / f"{PLAN}.progress.toml")
    s = store(data)
    s.update("1.1.1", status=Status.DONE)
    s.update("1.1.2", status=Status.DONE)
    (shared / f"{PLAN}.progress.toml").write_text("cut [short", encoding="utf-8")
    again = store(data)
    assert again.recovered and again.get("1.1.2").status is Status.DONE
    assert (data / f"{PLAN}.progress.toml").is_symlink()  # still the shared file
    assert [p.name.split(".damaged-")[0] for p in shared.glob("*.damaged-*")] == [
        f"{PLAN}.progress.toml"
    ]


@needs_fifo
def test_a_progress_file_that_is_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / f"{PLAN}.progress.toml")
    raised: list[BaseException] = []

    def load() -> None:
        try:
            store(tmp_path)
        except BaseException as exc:
            raised.append(exc)

    reader = threading.Thread(target=load, daemon=True)
    reader.start()
    reader.join(30)
    assert not reader.is_alive(), "reading the progress file blocked on a pipe"  # as before
    [refused] = raised
    assert isinstance(refused, StoreRefused) and "named pipe" in str(refused)


def test_recovery_says_when_the_change_log_is_missing(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.update("1.1.1", status=Status.DONE)
    s.update("1.1.2", status=Status.DONE)  # a backup of the file with 1.1.1 exists now
    (tmp_path / f"{PLAN}.changes.jsonl").unlink()
    found = recover(s.files, PLAN)
    assert any("change log" in n and "is missing" in n for n in found.notices)


def test_a_colleagues_same_tick_is_logged_too(tmp_path: Path) -> None:
    """Two writers on one folder tick the same outcome: both ticks are in the log."""
    me, her = store(tmp_path, "somchai"), store(tmp_path, "somsri")
    me.update("1.1.1", status=Status.DONE)
    her.update("1.1.1", status=Status.DONE)  # her view did not show mine yet
    ticks = [c for c in store(tmp_path).changes() if c.outcome_id == "1.1.1"]
    assert [c.by for c in ticks] == ["somchai", "somsri"]  # before: hers merged away unlogged
    assert [c.ops[0].field for c in ticks] == ["status", "status"]
    assert me.others_since(0, "1.1.1") == [ticks[1]]
    assert her.others_since(0, "1.1.1") == [ticks[0]]


def test_a_killed_plan_edits_temp_copies_go_at_the_next_start(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_bytes(bundled_plan_path().read_bytes())
    data = tmp_path / "data"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ita_tui.plan.edit import PlanEditor, SetFields\n"
        "e = PlanEditor(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "print('ready', flush=True)\n"
        "n = 0\n"
        "while True:\n"
        "    n += 1\n"
        "    e.apply(SetFields('1.2', {'title': f'edit {n}'}))\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(plan), str(data)],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    time.sleep(1.5)
    proc.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
    proc.wait(30)
    proc.stdout.close()
    # what a kill between mkstemp and os.replace leaves (made sure of, whatever the timing)
    (tmp_path / ".plan.toml.k1ll3d.tmp").write_text("half a plan", encoding="utf-8")
    title = load_plan(plan).plan.find("1.2").title  # type: ignore[union-attr]
    assert title.startswith("edit ")  # a whole plan, the last edit's or the one before
    editor = PlanEditor(plan, data)
    editor.prepare()  # the app's start
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert not [p for p in (data / "backups").iterdir() if p.name.endswith(".tmp")]
    editor.apply(SetFields("1.2", {"title": "after"}))
    assert load_plan(plan).plan.find("1.2").title == "after"  # type: ignore[union-attr]
