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
