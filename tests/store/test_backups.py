"""Backups matched by exact name; temp files of killed saves."""

from __future__ import annotations

from pathlib import Path

from ita_tui.store.backups import list_backups, stale_temp_files, write_backup


def test_backups_roll_and_belong_to_their_own_plan_only(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    for i in range(5):
        write_backup(folder, "a", f"a{i}".encode(), keep=3)
        write_backup(folder, "a.progress.b", f"b{i}".encode(), keep=3)
    (folder / "a.progress.notes.toml").write_text("x", encoding="utf-8")
    mine = list_backups(folder, "a")
    assert [p.read_text(encoding="utf-8") for p in mine] == [
        "a4",
        "a3",
        "a2",
    ]  # newest first, 3 kept
    assert [p.read_text(encoding="utf-8") for p in list_backups(folder, "a.progress.b")] == [
        "b4",
        "b3",
        "b2",
    ]


def test_stale_temp_files_are_only_this_plans(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    mine = [
        tmp_path / ".a.progress.toml.x_1.tmp",
        backups / ".a.progress.20250101T000000123456Z.toml.AbC9.tmp",
    ]
    theirs = [
        tmp_path / ".ab.progress.toml.x_1.tmp",
        tmp_path / ".a.progress.toml.x.1.tmp",
        backups / ".a.progress.b.progress.20250101T000000123456Z.toml.AbC9.tmp",
    ]
    for path in mine + theirs:
        path.write_text("", encoding="utf-8")
    assert sorted(stale_temp_files(tmp_path, backups, "a")) == sorted(mine)
