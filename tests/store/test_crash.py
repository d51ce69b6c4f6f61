"""Kill a writing process at random instants, many times: the progress file always parses."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ita_tui.model import Status
from ita_tui.store import ProgressStore
from ita_tui.store.progress_file import parse_progress

WRITER = """
import sys, itertools
from ita_tui.store import ProgressStore
from ita_tui.model import Status
store = ProgressStore(sys.argv[1], "crash-plan", user="writer")
store.load()
statuses = list(Status)
print("ready", flush=True)
offset = int(sys.argv[2])
for i in itertools.count(offset):
    store.update(
        f"1.{i % 7}.{i % 5}",
        status=statuses[i % 4],
        note=f"#{i} " + "บันทึก " * (i % 50),
        evidence=[*store.get(f"1.{i % 7}.{i % 5}").evidence, f"http://e.example/{i}"],
    )
    print(i, flush=True)  # reported saved
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killing_the_writer_at_any_instant_never_leaves_a_broken_file(tmp_path: Path) -> None:
    rng = random.Random(20251125)
    kills = 0
    saved: list[int] = []  # every change the writers reported saved
    for round_ in range(25):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path), str(round_ * 10_000)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready", proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        saved += [int(line) for line in proc.stdout.read().split()]
        kills += 1
        path = tmp_path / "crash-plan.progress.toml"
        if path.exists():
            parse_progress(path.read_bytes(), str(path))  # raises if the file were torn
        store = ProgressStore(tmp_path, "crash-plan", user="check")
        store.load()
        assert store.notices == []  # nothing had to be moved aside
        list(store.changes())  # the log reads
        # nothing reported saved is lost: every link is there
        links = {link for record in store.records.values() for link in record.evidence}
        assert {f"http://e.example/{i}" for i in saved} <= links
    assert kills == 25 and saved  # some saves were reported before the kills
    store = ProgressStore(tmp_path, "crash-plan", user="check")
    store.load()
    assert len(store.records) > 0
    assert {r.status for r in store.records.values()} <= set(Status)
    # a kill between mkstemp and os.replace leaves a temp file; the next save removes it
    store.update("1.1.1", status=Status.DONE)
    assert [p for p in os.listdir(tmp_path) if p.endswith(".tmp")] == []
