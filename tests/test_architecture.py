"""The core never imports textual: only ita_tui.tui may (import-linter checks it too, in CI)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import ita_tui

PACKAGE = Path(ita_tui.__file__).resolve().parent


def core_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "tui" not in p.relative_to(PACKAGE).parts]


def test_there_is_a_core_to_check() -> None:
    names = {p.name for p in core_modules()}
    assert {
        "model.py",
        "load.py",
        "edit.py",
        "store.py",
        "ops.py",
        "calendar.py",
        "digits.py",
        "cli.py",
    } <= names


def test_no_core_module_imports_textual() -> None:
    offenders = []
    for path in core_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "textual"]
    # the one allowed exception is the lazy import of the app in commands/open_app.py
    assert offenders == []


def test_running_the_cli_commands_loads_no_textual() -> None:
    code = (
        "import sys, ita_tui.cli, ita_tui.commands, ita_tui.store, ita_tui.plan, ita_tui.state;"
        "ita_tui.cli.main(['validate']);"
        "assert 'textual' not in sys.modules, 'textual was imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", timeout=60
    )
    assert result.returncode == 0, result.stderr
