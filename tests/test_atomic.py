from __future__ import annotations

import os
from pathlib import Path

import pytest

from ita_tui import atomic
from ita_tui.atomic import append_line, atomic_write_bytes, atomic_write_text


def test_atomic_write_replaces_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "f.toml"
    atomic_write_text(target, "ก = 1\n")
    atomic_write_bytes(target, b"x = 2\n")
    assert target.read_bytes() == b"x = 2\n"
    assert os.listdir(target.parent) == ["f.toml"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f.toml"
    target.write_text("old", encoding="utf-8")

    def broken(src: Path, dst: Path, attempts: int = 10) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "replace_file", broken)
    with pytest.raises(OSError, match="No space"):
        atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["f.toml"]


def test_append_line_adds_exactly_one_line(tmp_path: Path) -> None:
    log = tmp_path / "log.jsonl"
    append_line(log, "a")
    append_line(log, "ข\n")
    assert log.read_text(encoding="utf-8") == "a\nข\n"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_files_get_the_usual_permissions_and_old_ones_keep_theirs(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.txt"
        atomic_write_text(fresh, "x")
        assert fresh.stat().st_mode & 0o777 == 0o644  # not mkstemp's private 0600
        shared = tmp_path / "shared.toml"
        shared.write_text("a", encoding="utf-8")
        shared.chmod(0o664)
        atomic_write_text(shared, "b")
        assert shared.stat().st_mode & 0o777 == 0o664
    finally:
        os.umask(umask)


def _held_open(monkeypatch: pytest.MonkeyPatch, times: int) -> list[str]:
    """``os.replace`` refused ``times`` times, as Windows refuses while Excel has the file."""
    monkeypatch.setattr(atomic, "RETRY_HELD_FILES", True)
    monkeypatch.setattr(atomic.time, "sleep", lambda seconds: None)
    real = os.replace
    tries: list[str] = []

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        tries.append(str(dst))
        if len(tries) <= times:
            raise PermissionError(13, "Permission denied", str(dst))
        real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    return tries


def test_a_file_held_open_for_a_moment_is_written_after_a_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.csv"
    target.write_text("old", encoding="utf-8")
    tries = _held_open(monkeypatch, times=3)
    atomic_write_text(target, "new")
    assert len(tries) == 4
    assert target.read_text(encoding="utf-8") == "new"
    assert os.listdir(tmp_path) == ["report.csv"]


def test_a_file_held_open_for_good_is_named_with_what_holds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ita_tui.error_text import os_error

    target = tmp_path / "report.csv"
    target.write_text("old", encoding="utf-8")
    tries = _held_open(monkeypatch, times=99)
    with pytest.raises(atomic.HeldOpenError) as caught:
        atomic_write_text(target, "new")
    assert len(tries) == 10
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["report.csv"]  # no temp file left behind
    thai = os_error(caught.value, "th")
    assert "Excel" in thai and "ปิดไฟล์" in thai and thai.endswith(str(target))
    assert "close it there" in os_error(caught.value, "en")


def test_elsewhere_a_refused_rename_is_final(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tries = _held_open(monkeypatch, times=99)
    monkeypatch.setattr(atomic, "RETRY_HELD_FILES", False)
    with pytest.raises(PermissionError) as caught:
        atomic_write_text(tmp_path / "f.txt", "x")
    assert not isinstance(caught.value, atomic.HeldOpenError)
    assert len(tries) == 1


def test_a_damaged_progress_file_held_open_is_moved_aside_after_a_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ita_tui.store.recovery import move_aside

    damaged = tmp_path / "plan.progress.toml"
    damaged.write_text("garbage", encoding="utf-8")
    tries = _held_open(monkeypatch, times=2)
    aside = move_aside(damaged)
    assert len(tries) == 3
    assert not damaged.exists()
    assert aside.read_text(encoding="utf-8") == "garbage"
