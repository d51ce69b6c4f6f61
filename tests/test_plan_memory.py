"""The per-plan memory file: read back what was written, shrug off anything else."""

from __future__ import annotations

from pathlib import Path

from ita_tui.plan_memory import (
    ExportChoice,
    TreeState,
    load_export,
    load_tree,
    memory_path,
    save_export,
    save_tree,
)


def test_export_and_tree_round_trip_and_keep_each_other(tmp_path: Path) -> None:
    path = memory_path(tmp_path, "saikhao-2568")
    choice = ExportChoice(quarter=2, year=2569, fmt="html", lang="en", digits="arabic", folder="/r")
    save_export(path, choice)
    save_tree(path, TreeState(cursor="1.1.2", expanded=("1", "1.1")))
    assert load_export(path) == choice
    assert load_tree(path) == TreeState(cursor="1.1.2", expanded=("1", "1.1"))


def test_a_hostile_or_damaged_file_gives_the_defaults(tmp_path: Path) -> None:
    path = memory_path(tmp_path, "../../etc/passwd")
    assert path.parent == tmp_path / "plans"  # the plan id never becomes a path
    path.parent.mkdir(parents=True)
    path.write_text(
        '[export]\nquarter = 9\nyear = true\nformat = 3\nfolder = "/tmp/\\u001b[2Jx"\n'
        '[tree]\ncursor = 5\nexpanded = "1"\n',
        encoding="utf-8",
    )
    assert load_export(path) == ExportChoice()
    assert load_tree(path) == TreeState()
    path.write_text("[[[", encoding="utf-8")
    assert load_export(path) == ExportChoice() and load_tree(path) == TreeState()
