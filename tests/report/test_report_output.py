"""Writing the report never replaces what it must not: devices and pipes are written into.

Devices are made with mknod inside the test's folder (the real /dev/null and /dev/full are
never put at risk by the code under test); those tests need root and are skipped without it.
"""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from ita_tui.report.output import is_special, write_report

POSIX = os.name == "posix"
CLI = Path(sys.executable).with_name("ita-tui")


def device(folder: Path, name: str, minor: int) -> Path:
    """A character device like /dev/null (minor 3) or /dev/full (minor 7), in ``folder``."""
    if not POSIX or not hasattr(os, "mknod"):
        pytest.skip("device files are POSIX only")
    path = folder / name
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    except PermissionError:
        pytest.skip("making a device file needs root")
    return path


def is_char_device(path: Path) -> bool:
    return stat.S_ISCHR(os.lstat(path).st_mode)


def export(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(CLI), "export", *args], capture_output=True, timeout=60, check=False, **kwargs
    )  # type: ignore[call-overload]


def clean_failure(result: subprocess.CompletedProcess[bytes]) -> str:
    stderr = result.stderr.decode()
    assert result.returncode == 1, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr
    return stderr


def test_export_into_a_null_device_keeps_the_device(tmp_path: Path) -> None:
    null = device(tmp_path, "null", 3)
    result = export("-o", str(null))
    assert result.returncode == 0, result.stderr
    assert is_char_device(null)
    assert f"to {null}".encode() in result.stderr


def test_export_into_a_full_device_fails_cleanly(tmp_path: Path) -> None:
    full = device(tmp_path, "full", 7)
    stderr = clean_failure(export("-o", str(full)))
    assert f"error: cannot write {full}: No space left on device" in stderr
    assert is_char_device(full)


def test_export_to_a_full_standard_output_fails_cleanly(tmp_path: Path) -> None:
    full = device(tmp_path, "full", 7)
    with open(full, "wb") as stdout:
        result = subprocess.run(
            [str(CLI), "export"], stdout=stdout, stderr=subprocess.PIPE, timeout=60, check=False
        )
    stderr = clean_failure(result)  # type: ignore[arg-type]
    assert "error: cannot write the report to standard output: No space left on device" in stderr


@pytest.mark.skipif(not POSIX, reason="named pipes are POSIX only")
def test_export_into_a_named_pipe_writes_to_its_reader(tmp_path: Path) -> None:
    pipe = tmp_path / "report.pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    result = export("-o", str(pipe), "-f", "csv")
    reader.join(30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert received and received[0].startswith("\ufeff".encode())


@pytest.mark.skipif(not POSIX, reason="named pipes are POSIX only")
def test_the_app_never_waits_for_a_pipe_without_reader(tmp_path: Path) -> None:
    pipe = tmp_path / "report.pipe"
    os.mkfifo(pipe)
    with pytest.raises(OSError) as caught:
        write_report(pipe, b"report", wait_for_reader=False)
    assert caught.value.errno == errno.ENXIO
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_a_regular_file_is_replaced_and_a_link_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_bytes(b"old")
    write_report(real, b"new")
    assert real.read_bytes() == b"new"
    if POSIX:
        link = tmp_path / "link.txt"
        link.symlink_to(real)
        write_report(link, b"newer")
        assert link.is_symlink() and real.read_bytes() == b"newer"


def test_a_folder_is_refused_and_nothing_special_about_files(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_report(tmp_path, b"x")
    assert not is_special(tmp_path)
    assert not is_special(tmp_path / "missing")
    (tmp_path / "f").write_bytes(b"")
    assert not is_special(tmp_path / "f")


@pytest.mark.parametrize("command", [["status"], ["validate"], ["export", "-f", "md"]])
def test_every_command_printing_to_a_full_disk_fails_cleanly(
    tmp_path: Path, command: list[str]
) -> None:
    full = device(tmp_path, "full", 7)
    with open(full, "wb") as stdout:
        result = subprocess.run(
            [str(CLI), *command, "--data-dir", str(tmp_path / "data")],
            stdout=stdout,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    stderr = clean_failure(result)  # type: ignore[arg-type]
    assert "No space left on device" in stderr
