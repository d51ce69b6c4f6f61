"""The UI's rooms import downwards only: a service never imports a screen, a widget or the
app, and a widget never a screen, a dialog or the app (import-linter checks it too)."""

from __future__ import annotations

import ast
from pathlib import Path

import ita_tui.tui

TUI = Path(ita_tui.tui.__file__).resolve().parent


def imports_of(path: Path) -> list[str]:
    """Every module ``path`` imports, at the top, in a function or for type checking."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names += [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
    return names


def offenders(room: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((TUI / room).glob("*.py")):
        for name in imports_of(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{room}/{path.name}: {name}")
    return found


def test_the_rooms_are_there() -> None:
    assert {"editing.py", "plan_switch.py", "data_notices.py"} <= {
        p.name for p in (TUI / "services").glob("*.py")
    }
    assert {"plan_tree.py", "details.py"} <= {p.name for p in (TUI / "widgets").glob("*.py")}


def test_no_service_imports_a_screen_a_widget_or_the_app() -> None:
    forbidden = ("ita_tui.tui.screens", "ita_tui.tui.widgets", "ita_tui.tui.app")
    assert offenders("services", forbidden) == []


def test_no_widget_imports_a_screen_a_dialog_or_the_app() -> None:
    forbidden = ("ita_tui.tui.screens", "ita_tui.tui.dialogs", "ita_tui.tui.app")
    assert offenders("widgets", forbidden) == []
