"""A shared folder, as an office uses it: the installed ``ita-tui`` run as several programs
at once (subprocesses), and files damaged the ways a real folder damages them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from ita_tui.model import PENDING, OutcomeProgress, Status
from ita_tui.store import ProgressStore
from ita_tui.store.progress_file import render_progress

SCRIPT = shutil.which("ita-tui", path=str(Path(sys.executable).parent)) or "ita-tui"
PLAN_ID = "saikhao-2568"


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [SCRIPT, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **env},
        timeout=120,
    )


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout


def on_disk(folder: Path) -> ProgressStore:
    store = ProgressStore(folder, PLAN_ID, user="reader")
    store.load()
    return store


def assert_true_chain(store: ProgressStore) -> None:
    last: dict[str, OutcomeProgress] = {}
    for change in store.changes():
        assert change.old == last.get(change.outcome_id, PENDING), change
        last[change.outcome_id] = change.new
    assert last == dict(store.records)
    assert store.notices == []


def test_fifty_concurrent_marks_keep_all_fifty_links(data_dir: Path) -> None:
    links = [f"http://e{i}.example/{i}" for i in range(50)]
    procs = [
        subprocess.Popen(
            [SCRIPT, "mark", "1.1.1", "done", "--evidence", link],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "ITA_TUI_USER": f"officer{i}"},
        )
        for i, link in enumerate(links)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err.decode()
    store = on_disk(data_dir)
    assert sorted(store.get("1.1.1").evidence) == sorted(links)
    assert store.get("1.1.1").status is Status.DONE
    assert len(list(store.changes())) == 50
    assert_true_chain(store)


def test_two_programs_saving_evidence_and_a_note_7_ms_apart_keep_both(data_dir: Path) -> None:
    """Both read the outcome first, then save one after the other, 7 ms apart."""
    writer = (
        "import sys, time\n"
        "from ita_tui.store import ProgressStore\n"
        "store = ProgressStore(sys.argv[1], 'saikhao-2568', user=sys.argv[2])\n"
        "store.load()\n"
        "start = float(sys.argv[3])\n"
        "while time.time() < start: time.sleep(0.0005)\n"
        "if sys.argv[2] == 'A': store.update('1.1.3', evidence=['http://a.example/1'])\n"
        "else: store.update('1.1.3', note='from B')\n"
    )
    start = time.time() + 1.5
    procs = [
        subprocess.Popen([sys.executable, "-c", writer, str(data_dir), who, str(start + delay)])
        for who, delay in (("A", 0.0), ("B", 0.007))
    ]
    for proc in procs:
        assert proc.wait(timeout=60) == 0
    record = on_disk(data_dir).get("1.1.3")
    assert record.evidence == ("http://a.example/1",) and record.note == "from B"
    assert_true_chain(on_disk(data_dir))


def test_the_same_field_from_two_programs_is_logged_and_reported(data_dir: Path) -> None:
    first = run("mark", "2.1.1", "in_progress", "--note", "ของสมชาย", ITA_TUI_USER="somchai")
    assert first.returncode == 0, first.stderr
    # a program that read the outcome before somchai's save, then saves its own note
    stale = ProgressStore(data_dir, PLAN_ID, user="somsri")
    stale.load()
    stale._records.pop("2.1.1")  # what it saw: nothing recorded yet
    stale.update("2.1.1", note="ของสมศรี")
    assert stale.last_saved.conflicts[0][1].replaced == "ของสมชาย"
    store = on_disk(data_dir)
    [_, second] = list(store.changes())
    assert second.old.note == "ของสมชาย" and second.new.note == "ของสมศรี"
    [conflict] = second.conflicts
    assert conflict.based_on == "" and conflict.replaced_by == "somchai"
    assert_true_chain(store)


def test_a_mark_that_overwrites_a_colleagues_value_says_so(data_dir: Path) -> None:
    """``mark`` reads, then waits for the lock while a colleague saves the same note."""
    assert run("mark", "2.1.2", "in_progress", "--note", "เดิม").returncode == 0
    colleague = ProgressStore(data_dir, PLAN_ID, user="somsri")
    colleague.load()
    with colleague.locked():
        proc = subprocess.Popen(
            [SCRIPT, "mark", "2.1.2", "done", "--note", "ของสมชาย"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "ITA_TUI_USER": "somchai", "PYTHONIOENCODING": "utf-8"},
        )
        time.sleep(4)  # mark has read the outcome and waits for the lock
        colleague.update("2.1.2", note="ของสมศรี")
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()
    message = err.decode()
    assert "2.1.2: note changed meanwhile by somsri: kept 'ของสมชาย'" in message
    assert "overwrote 'ของสมศรี'" in message
    store = on_disk(data_dir)
    assert store.get("2.1.2").note == "ของสมชาย"
    last = list(store.changes())[-1]
    assert last.old.note == "ของสมศรี" and last.conflicts[0].replaced == "ของสมศรี"
    assert_true_chain(store)


def test_an_emptied_progress_file_is_recovered_and_said(data_dir: Path) -> None:
    for args in (("1.1.1", "done"), ("1.1.2", "done"), ("1.1.3", "in_progress")):
        assert run("mark", *args).returncode == 0
    path = data_dir / f"{PLAN_ID}.progress.toml"
    path.write_bytes(b"")  # : > saikhao-2568.progress.toml
    status = run("status", NO_COLOR="1")
    assert status.returncode == 0, status.stderr
    assert "moved aside" in status.stderr and "Restored from the backup" in status.stderr
    assert "2/53" in status.stdout  # not 0/53
    assert len(list(data_dir.glob(f"{PLAN_ID}.progress.toml.damaged-*"))) == 1
    assert run("mark", "1.1.4", "done").returncode == 0
    assert len(on_disk(data_dir).records) == 4


def test_a_file_cut_inside_its_header_comment_is_recovered(data_dir: Path) -> None:
    assert run("mark", "1.1.1", "done").returncode == 0
    assert run("mark", "1.1.2", "done").returncode == 0
    path = data_dir / f"{PLAN_ID}.progress.toml"
    path.write_bytes(path.read_bytes()[:60])
    result = run("mark", "1.1.3", "done")
    assert result.returncode == 0 and "moved aside" in result.stderr
    assert {"1.1.1", "1.1.2", "1.1.3"} <= set(on_disk(data_dir).records)


def test_another_plans_or_a_newer_file_is_refused_untouched_exit_2(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / f"{PLAN_ID}.progress.toml"
    for text in (render_progress("another-plan", {"1.1.1": OutcomeProgress()}), "format = 9\n"):
        path.write_text(text, encoding="utf-8")
        for args in (("status",), ("mark", "1.1.1", "done"), ("export",)):
            result = run(*args)
            assert result.returncode == 2, (args, result.stderr)
            assert "left untouched" in result.stderr
            no_traceback(result)
        validate = run("validate")
        assert validate.returncode == 2 and "left untouched" in validate.stdout
        assert path.read_text(encoding="utf-8") == text
        assert sorted(p.name for p in data_dir.iterdir() if "lock" not in p.name) == [path.name]


def test_a_progress_file_nested_5000_deep_is_refused_with_exit_2(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / f"{PLAN_ID}.progress.toml"
    path.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    for args in (("status",), ("mark", "1.1.1", "done")):
        result = run(*args)
        assert result.returncode == 2 and "nested too deeply" in result.stderr
        no_traceback(result)


def test_a_progress_key_with_a_superscript_digit_breaks_nothing(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    records = {"1.²": OutcomeProgress(Status.DONE), "1.1.1": OutcomeProgress(Status.DONE)}
    (data_dir / f"{PLAN_ID}.progress.toml").write_text(
        render_progress(PLAN_ID, records), encoding="utf-8"
    )
    for args in (("status",), ("mark", "1.1.2", "done"), ("export", "-f", "json")):
        result = run(*args)
        assert result.returncode == 0, (args, result.stderr)
        no_traceback(result)
    assert "1.²" in on_disk(data_dir).records  # kept, never dropped


def test_a_torn_log_line_never_swallows_the_next_entry(data_dir: Path) -> None:
    assert run("mark", "1.1.1", "done").returncode == 0
    log = data_dir / f"{PLAN_ID}.changes.jsonl"
    with open(log, "ab") as handle:
        handle.write(b'{"at": "2025-01-01T00:00:00+00:00", "by": "x", "outc')  # disk full
    assert run("mark", "1.1.2", "done").returncode == 0
    lines = log.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1])["outcome"] == "1.1.2"  # on a line of its own
    export = run("export", "-f", "json")
    assert export.returncode == 0 and "line 2" in export.stderr and "skipped" in export.stderr


def test_stale_temp_files_of_a_killed_save_are_cleaned_up(data_dir: Path) -> None:
    assert run("mark", "1.1.1", "done").returncode == 0
    assert run("mark", "1.1.2", "done").returncode == 0
    stale = data_dir / "backups" / f".{PLAN_ID}.progress.20250101T000000000000Z.toml.x1y2.tmp"
    stale.write_text("half a backup", encoding="utf-8")
    assert run("mark", "1.1.3", "done").returncode == 0
    assert not stale.exists()


def test_a_failed_save_says_not_saved_and_exits_1(data_dir: Path) -> None:
    assert run("mark", "1.1.1", "done").returncode == 0
    log_before = (data_dir / f"{PLAN_ID}.changes.jsonl").read_bytes()
    file_before = (data_dir / f"{PLAN_ID}.progress.toml").read_bytes()
    shutil.rmtree(data_dir / "backups", ignore_errors=True)
    (data_dir / "backups").write_text("not a folder", encoding="utf-8")  # writes fail
    result = run("mark", "1.1.2", "done")
    assert result.returncode == 1
    assert "not saved" in result.stderr and "kept in memory" not in result.stderr
    no_traceback(result)
    assert (data_dir / f"{PLAN_ID}.changes.jsonl").read_bytes() == log_before
    assert (data_dir / f"{PLAN_ID}.progress.toml").read_bytes() == file_before


def test_implausible_dates_are_refused(data_dir: Path) -> None:
    for day in ("0001-01-01", "9999-12-31", "2500-01-01", "2565-06-01"):
        result = run("mark", "1.1.1", "done", "--on", day)
        assert result.returncode == 2, day
        assert "not a plausible date" in result.stderr and "fiscal year 2568" in result.stderr
        no_traceback(result)
    assert not (data_dir / f"{PLAN_ID}.progress.toml").exists()
    assert run("mark", "1.1.1", "done", "--on", "2567-01-01").returncode == 0


def test_status_and_export_agree_on_what_counts_as_done(data_dir: Path) -> None:
    """A future date written by hand: neither counts the outcome as done yet."""
    import datetime as dt

    data_dir.mkdir(parents=True)
    future = dt.date.today() + dt.timedelta(days=40)
    records = {
        "1.1.1": OutcomeProgress(Status.DONE, dt.date(2025, 1, 10)),
        "1.1.2": OutcomeProgress(Status.DONE, future),
    }
    (data_dir / f"{PLAN_ID}.progress.toml").write_text(
        render_progress(PLAN_ID, records), encoding="utf-8"
    )
    status = run("status", NO_COLOR="1")
    assert "1/53" in status.stdout
    report = json.loads(run("export", "-f", "json", "-q", "4").stdout)
    done = [
        o["id"]
        for i in report["issues"]
        for a in i["activities"]
        for o in a["outcomes"]
        if o["status"] == "done"
    ]
    assert done == ["1.1.1"]


def test_names_from_the_folder_reach_the_terminal_as_text(data_dir: Path) -> None:
    """A planted user name with escape codes, in the log replayed by a recovery."""
    evil = "x\x1b]52;c;ZXZpbA==\x07\x1b[2J"
    assert run("mark", "1.1.1", "done", ITA_TUI_USER=evil).returncode == 0
    assert run("mark", "1.1.2", "done", ITA_TUI_USER=evil).returncode == 0
    (data_dir / f"{PLAN_ID}.progress.toml").write_bytes(b"")
    result = run("mark", "1.1.3", "done")
    assert result.returncode == 0 and "later change(s)" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_plan_a_never_restores_plan_a_progress_bs_backup(data_dir: Path, tmp_path: Path) -> None:
    from conftest import MINIMAL_PLAN

    plans = {}
    for plan_id in ("a", "a.progress.b"):
        plans[plan_id] = tmp_path / f"{plan_id}.toml"
        plans[plan_id].write_text(
            MINIMAL_PLAN.replace('id = "test-plan"', f'id = "{plan_id}"'), encoding="utf-8"
        )
    for outcome in ("1.1.1", "1.1.2", "1.2.1"):  # b's backups are the newest
        assert run("mark", outcome, "done", "--plan", str(plans["a"])).returncode == 0
    for outcome in ("1.1.1", "1.1.2"):
        assert run("mark", outcome, "pending", "--plan", str(plans["a.progress.b"])).returncode == 0
    (data_dir / "a.progress.toml").write_bytes(b"")
    status = run("status", str(plans["a"]), NO_COLOR="1")
    assert status.returncode == 0, status.stderr
    assert "3/3" in status.stdout  # a's own backup and log, not b's pending outcomes
    assert "a.progress.b.progress" not in status.stderr
