"""The command line against pipes, devices, folders and undecodable bytes: refused at once
with a clear message and exit status 2, never a hang, a traceback or a replaced device."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ita_tui.plan import bundled_plan_path

SCRIPT = shutil.which("ita-tui", path=str(Path(sys.executable).parent)) or "ita-tui"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
posix_bytes = pytest.mark.skipif(os.name == "nt", reason="argv is text on Windows")


def run(*args: str | bytes, **env: str | bytes) -> subprocess.CompletedProcess[bytes]:
    # POSIX takes bytes values in the environment too (the user name test needs them)
    environ: dict[str, Any] = {**os.environ, "PYTHONIOENCODING": "utf-8", **env}
    return subprocess.run(
        [SCRIPT, *args],
        capture_output=True,
        env=environ,
        timeout=60,  # a pipe that blocked would fail here instead of hanging the run
    )


def said(result: subprocess.CompletedProcess[bytes]) -> str:
    text = (result.stdout + result.stderr).decode("utf-8")
    assert "Traceback" not in text
    return text


@pytest.fixture
def pipe(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    path = tmp_path / "pipe.toml"
    os.mkfifo(path)
    return path


@needs_fifo
def test_reading_a_pipe_is_refused_at_once(pipe: Path, english_cli: None) -> None:
    for args in (
        ("validate", str(pipe)),
        ("mark", "1.1.1", "done", "--plan", str(pipe)),
        ("status", str(pipe)),
        ("import", str(pipe), "-o", str(pipe.with_name("out.toml"))),
    ):
        result = run(*args)
        assert result.returncode == 2, args
        assert "is a named pipe, not a file" in said(result), args
    summary = run("summary", str(pipe))
    assert summary.returncode == 2 and "named pipe" in said(summary)
    assert not pipe.with_name("out.toml").exists()


@needs_fifo
def test_a_pipe_is_said_in_thai_by_default(pipe: Path) -> None:
    result = run("validate", str(pipe))
    assert result.returncode == 2
    assert "เป็นท่อส่งข้อมูล (named pipe) ไม่ใช่ไฟล์" in said(result)


def test_a_plan_over_the_size_limit_is_refused(tmp_path: Path, english_cli: None) -> None:
    big = tmp_path / "big.toml"
    with big.open("wb") as handle:
        handle.truncate(257 * 1024 * 1024)  # sparse: no disk used
    result = run("validate", str(big))
    assert result.returncode == 2
    assert "larger than the 256 MB a plan file may be" in said(result)


@needs_fifo
def test_plan_writers_never_replace_a_pipe_or_a_folder_even_with_force(
    pipe: Path, tmp_path: Path, english_cli: None
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    report = Path(__file__).parent / "fixtures" / "import" / "saikhao_report.txt"
    for target in (pipe, folder):
        for args in (
            ("new", str(target), "--organisation", "x", "--fiscal-year", "2570"),
            ("next-year", str(bundled_plan_path()), "-o", str(target)),
            ("import", str(report), "-o", str(target)),
        ):
            result = run(*args, "--force")
            assert result.returncode == 2, args
            assert "never written over it (not even with --force)" in said(result), args
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode) and folder.is_dir() and not any(folder.iterdir())


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod needs root")
def test_new_with_force_never_turns_a_device_into_a_file(tmp_path: Path, english_cli: None) -> None:
    device = tmp_path / "null"  # a device node like /dev/null, made in tmp_path only
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    result = run("new", str(device), "--organisation", "x", "--fiscal-year", "2570", "--force")
    assert result.returncode == 2 and "is a device, not a file" in said(result)
    assert stat.S_ISCHR(os.lstat(device).st_mode)  # before: a regular file now


def test_export_to_stdout_still_writes_into_it(english_cli: None) -> None:
    result = run("export", "-f", "csv", "-o", "/dev/stdout")
    assert result.returncode == 0, said(result)
    assert b"1.1.1" in result.stdout


@posix_bytes
def test_undecodable_bytes_in_a_note_evidence_or_user_name_exit_2(
    data_dir: Path, english_cli: None
) -> None:
    note = run("mark", "1.1.1", "done", "--note", b"bad \xff\xfe note")
    assert note.returncode == 2
    assert "--note holds bytes that are not UTF-8 text" in said(note)
    link = run("mark", "1.1.1", "done", b"--evidence=http://x.example/\xff")
    assert link.returncode == 2 and "--evidence holds bytes" in said(link)
    user = run("mark", "1.1.1", "done", ITA_TUI_USER=b"som\xffchai")
    assert user.returncode == 2
    assert "the user name holds bytes that are not UTF-8 text" in said(user)
    assert not list(data_dir.glob("*.changes.jsonl"))  # nothing recorded
    thai = run("mark", "1.1.1", "done", "--note", b"\xff", "--lang", "th")
    assert "มีไบต์ที่ไม่ใช่ข้อความ UTF-8" in said(thai)


@needs_fifo
def test_validate_refuses_a_progress_file_that_is_a_pipe(data_dir: Path, english_cli: None) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    os.mkfifo(data_dir / "saikhao-2568.progress.toml")
    result = run("validate")
    assert result.returncode == 2
    assert "refused: is a named pipe, not a file" in said(result)
