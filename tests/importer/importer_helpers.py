"""Shared by the importer tests: the fixture reports, the bundled plan and helpers to compare
and validate what the importer made.  (Not ``conftest.py``: the top-level ``tests/conftest.py``
is imported by name as ``conftest`` and a second one would shadow it.)"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from ita_tui.importer import ImportResult, render_plan_toml
from ita_tui.plan import parse_plan
from ita_tui.thai.digits import to_arabic_digits

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
SEED = FIXTURES / "saikhao_report.txt"
BUNDLED = Path(__file__).resolve().parents[2] / "measures.toml"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def bundled() -> dict[str, Any]:
    with BUNDLED.open("rb") as handle:
        return tomllib.load(handle)


def shape(plan: dict[str, Any]) -> list[Any]:
    """Everything the importer must reproduce: ids, titles, periods, quarters, responsible,
    steps and outcomes (ids and texts), in order."""
    return [
        (
            issue["id"],
            issue["title"],
            [
                (
                    a["id"],
                    a["title"],
                    a.get("period"),
                    a["quarters"],
                    a["responsible"],
                    a["steps"],
                    [(o["id"], o["text"]) for o in a["outcomes"]],
                )
                for a in issue["activities"]
            ],
        )
        for issue in plan["issues"]
    ]


def arabic(value: Any) -> Any:
    """``value`` with every text in it written in Arabic digits."""
    if isinstance(value, str):
        return to_arabic_digits(value)
    if isinstance(value, list | tuple):
        return type(value)(arabic(item) for item in value)
    if isinstance(value, dict):
        return {key: arabic(item) for key, item in value.items()}
    return value


def validated(result: ImportResult) -> Any:
    """The rendered plan, loaded by the plan loader (what ``ita-tui validate`` runs)."""
    return parse_plan(render_plan_toml(result).encode("utf-8"), "imported.toml")


def activity(result: ImportResult, activity_id: str) -> dict[str, Any]:
    return next(a for a in result.activities if a["id"] == activity_id)


OPENING = "รายงานผลการดำเนินการ\nเทศบาลตำบลทดสอบ อำเภอทดสอบ จังหวัดทดสอบ\n"
