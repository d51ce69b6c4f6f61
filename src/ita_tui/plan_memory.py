"""What the app remembers about one plan between runs: the export choices and the tree.

One small TOML file per plan id in the user config folder (``plans/<plan-id>.toml``):
the last export's quarter, fiscal year, format, language, digits and folder; and the
cursor and the open branches of the tree. It is only convenience: a missing or damaged
file gives the defaults, and a file that cannot be written is skipped silently by callers.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from ita_tui.atomic import atomic_write_text
from ita_tui.paths import safe_file_stem
from ita_tui.records import record


@record(frozen=True)
class ExportChoice:
    """The export dialog's last choices; ``None`` means "use the usual default"."""

    quarter: int | None = None
    year: int | None = None
    fmt: str | None = None
    lang: str | None = None
    digits: str | None = None
    folder: str | None = None


@record(frozen=True)
class TreeState:
    """The node under the cursor and the ids of the open issues and activities."""

    cursor: str | None = None
    expanded: tuple[str, ...] | None = None


def memory_path(config_folder: Path, plan_id: str) -> Path:
    return config_folder / "plans" / f"{safe_file_stem(plan_id)}.toml"


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def _text(value: object) -> str | None:
    """A remembered string, or None if it is not one a user could have typed (no control
    characters: the value is shown in the export dialog)."""
    if not isinstance(value, str) or not value or len(value) > 4096:
        return None
    if any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in value):
        return None
    return value


def _int(value: object, low: int, high: int) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return None


def load_export(path: Path) -> ExportChoice:
    table = _read(path).get("export")
    if not isinstance(table, dict):
        return ExportChoice()
    return ExportChoice(
        quarter=_int(table.get("quarter"), 1, 4),
        year=_int(table.get("year"), 2400, 3000),
        fmt=_text(table.get("format")),
        lang=_text(table.get("lang")),
        digits=_text(table.get("digits")),
        folder=_text(table.get("folder")),
    )


def load_tree(path: Path) -> TreeState:
    table = _read(path).get("tree")
    if not isinstance(table, dict):
        return TreeState()
    expanded = table.get("expanded")
    ids = tuple(i for i in expanded if isinstance(i, str)) if isinstance(expanded, list) else None
    return TreeState(cursor=_text(table.get("cursor")), expanded=ids)


def _write(path: Path, name: str, values: dict[str, Any]) -> None:
    import tomlkit  # only writing needs it

    data = _read(path)
    doc = tomlkit.document()
    doc.add(tomlkit.comment("ita-tui: what the app remembers about this plan (safe to delete)"))
    for key, table in data.items():
        if key != name and isinstance(table, dict):
            doc[key] = table
    doc[name] = {key: value for key, value in values.items() if value is not None}
    atomic_write_text(path, tomlkit.dumps(doc))


def save_export(path: Path, choice: ExportChoice) -> None:
    """Remember the export choices. Raises OSError if the folder cannot be written."""
    _write(
        path,
        "export",
        {
            "quarter": choice.quarter,
            "year": choice.year,
            "format": choice.fmt,
            "lang": choice.lang,
            "digits": choice.digits,
            "folder": choice.folder,
        },
    )


def save_tree(path: Path, state: TreeState) -> None:
    """Remember the cursor and the open branches. Raises OSError if it cannot be written."""
    _write(
        path,
        "tree",
        {
            "cursor": state.cursor,
            "expanded": list(state.expanded) if state.expanded is not None else None,
        },
    )
