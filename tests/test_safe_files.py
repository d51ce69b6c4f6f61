"""read_regular_file and friends: a pipe never blocks, a device is never read endlessly,
a link in the data folder is never followed, and only regular files are ever replaced."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from ita_tui.atomic import atomic_write_bytes, stale_temp_files
from ita_tui.error_text import os_reason
from ita_tui.safe_files import (
    DEVICE,
    FIFO,
    FOLDER,
    LINK,
    TOO_LARGE,
    FileRefused,
    open_no_follow,
    read_regular_file,
)

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
needs_links = pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")


def test_a_regular_file_and_a_link_to_one_are_read(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_bytes(b"x = 1\n")
    assert read_regular_file(path, kind="plan") == b"x = 1\n"
    if os.name != "nt":
        link = tmp_path / "link.toml"
        link.symlink_to(path)
        assert read_regular_file(link, kind="plan") == b"x = 1\n"


@needs_fifo
def test_a_named_pipe_is_refused_at_once_without_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "plan.toml"
    os.mkfifo(pipe)
    with pytest.raises(FileRefused) as caught:
        read_regular_file(pipe, kind="plan")  # before: blocked for good
    assert caught.value.reason == FIFO
    assert "named pipe" in str(caught.value)


@needs_fifo
def test_an_endless_pipe_is_refused_not_read_into_memory(tmp_path: Path) -> None:
    """A pipe fed without end by a thread (as /dev/zero would be): refused, not read."""
    pipe = tmp_path / "report.docx"
    os.mkfifo(pipe)
    stop = threading.Event()

    def feed() -> None:
        fd = os.open(pipe, os.O_WRONLY)
        try:
            while not stop.is_set():
                os.write(fd, b"\0" * 65536)
        except OSError:  # the reader went away
            pass
        finally:
            os.close(fd)

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        with pytest.raises(FileRefused) as caught:
            read_regular_file(pipe, kind="document")
        assert caught.value.reason == FIFO
    finally:
        stop.set()
        with open(os.open(pipe, os.O_RDONLY | os.O_NONBLOCK), "rb"):  # release the writer
            pass
        feeder.join(5)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod needs root")
def test_a_device_node_is_refused(tmp_path: Path) -> None:
    device = tmp_path / "zero"
    os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 5))  # like /dev/zero, in tmp_path
    with pytest.raises(FileRefused) as caught:
        read_regular_file(device, kind="json")
    assert caught.value.reason == DEVICE
    with pytest.raises(FileRefused):
        atomic_write_bytes(device, b"plan")  # before: --force made it a plain file
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileRefused) as caught:
        read_regular_file(tmp_path, kind="plan")
    assert caught.value.reason == FOLDER


def test_a_file_over_its_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 101)
    with pytest.raises(FileRefused) as caught:
        read_regular_file(path, 100, "json")
    assert caught.value.reason == TOO_LARGE
    assert read_regular_file(path, 101, "json") == b"x" * 101


def test_refusals_are_worded_in_thai_and_english(tmp_path: Path) -> None:
    refused = FileRefused(tmp_path / "x", TOO_LARGE, "plan", 64 * 1024 * 1024)
    assert os_reason(refused, "en") == "is larger than the 64 MB a plan file may be"
    assert os_reason(refused, "th") == "ใหญ่เกิน 64 MB ที่ไฟล์แผนใหญ่ได้"
    link = FileRefused(tmp_path / "x", LINK)
    assert "ไม่ตามลิงก์" in os_reason(link, "th")


@needs_links
def test_open_no_follow_refuses_a_link(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_bytes(b"theirs\n")
    link = tmp_path / "log.jsonl"
    link.symlink_to(target)
    with pytest.raises(FileRefused) as caught:
        open_no_follow(link, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    assert caught.value.reason == LINK
    assert target.read_bytes() == b"theirs\n"


@needs_links
def test_an_atomic_write_goes_through_a_link_to_its_target(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "plan.toml"
    target.write_bytes(b"old\n")
    link = tmp_path / "plan.toml"
    link.symlink_to(target)
    atomic_write_bytes(link, b"new\n")
    assert link.is_symlink()  # still the shared file, not a private copy
    assert target.read_bytes() == b"new\n"
    assert sorted(p.name for p in shared.iterdir()) == ["plan.toml"]  # temp was beside it


@needs_fifo
def test_an_atomic_write_never_replaces_a_pipe_or_a_folder(tmp_path: Path) -> None:
    pipe = tmp_path / "p"
    os.mkfifo(pipe)
    with pytest.raises(FileRefused):
        atomic_write_bytes(pipe, b"x")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    folder = tmp_path / "d"
    folder.mkdir()
    with pytest.raises(FileRefused):
        atomic_write_bytes(folder, b"x")
    assert folder.is_dir()


def test_stale_temp_files_are_only_those_of_the_file(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_text("x", encoding="utf-8")
    mine = [tmp_path / ".plan.toml.abc_12.tmp"]
    others = [tmp_path / ".plan.toml2.abc.tmp", tmp_path / ".other.toml.abc.tmp"]
    for p in mine + others:
        p.write_text("", encoding="utf-8")
    assert stale_temp_files(plan) == mine


def test_the_stores_refusals_and_a_missing_log_are_said_in_thai() -> None:
    from ita_tui.error_text import store_message
    from ita_tui.errors import notice
    from ita_tui.store import StoreRefused

    link = FileRefused("/d/p.changes.jsonl", LINK)
    refused = StoreRefused("store.refused", path=link.filename, why=link)
    assert store_message(refused, "th") == (
        "/d/p.changes.jsonl: เป็นลิงก์ (symbolic link): ita-tui ไม่ตามลิงก์ในโฟลเดอร์ข้อมูล จึงไม่ได้เขียนอะไร"
    )
    big = FileRefused("/d/p.progress.toml", TOO_LARGE, "progress", 256 * 1024 * 1024)
    assert "ใหญ่เกิน 256 MB ที่ไฟล์ความคืบหน้าใหญ่ได้" in store_message(
        StoreRefused("store.refused", path=big.filename, why=big), "th"
    )
    missing = notice("recovery.log_missing", path="/d/p.changes.jsonl")
    assert store_message(missing, "th").startswith("ไม่พบบันทึกการแก้ไข /d/p.changes.jsonl")
    assert (
        store_message(missing, "en")
        == str(missing)
        == (
            "The change log /d/p.changes.jsonl is missing: changes saved after the backup "
            "cannot be replayed."
        )
    )
