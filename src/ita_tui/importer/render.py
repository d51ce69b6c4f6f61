"""The plan as TOML text (tomlkit), with the importer's notes as comments next to what they
explain and the text it could not place at the end, worded in the language of the import (an
officer reads them in the file, and ``validate`` and the app list them as written)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import tomlkit

from ita_tui.catalog import say
from ita_tui.importer.messages import worded
from ita_tui.importer.result import FISCAL_YEAR_NOTES, ITA_NOTES, PLAN_NOTES, ImportResult
from ita_tui.plan.quoting import toml_text, toml_value
from ita_tui.textutil import printable


def _worded(told: Iterable[str], lang: str) -> list[str]:
    """Notes (:class:`~ita_tui.importer.messages.Message`, or text kept as it is) in ``lang``."""
    return [worded(message, lang) for message in told]


def _comment_lines(text: str) -> list[str]:
    """Text made safe for TOML comments: one comment per line, control characters visible."""
    return [printable(line, keep_newlines=False) for line in text.split("\n")]


def _add_comments(container: Any, lines: Iterable[str], prefix: str = "import: ") -> None:
    for line in lines:
        for index, part in enumerate(_comment_lines(line)):
            container.add(tomlkit.comment((prefix if index == 0 else " " * len(prefix)) + part))


def _outcome_table(outcome: dict[str, Any], notes: dict[str, list[str]]) -> Any:
    table = tomlkit.table()
    _add_comments(table, notes.get(outcome["id"], []))
    table.add("id", toml_text(outcome["id"]))
    table.add("text", toml_text(outcome["text"]))
    if "oit" in outcome:
        table.add("oit", toml_text(outcome["oit"]))
    return table


def _activity_table(activity: dict[str, Any], notes: dict[str, list[str]]) -> Any:
    table = tomlkit.table()
    _add_comments(table, notes.get(activity["id"], []))
    table.add("id", toml_text(activity["id"]))
    table.add("title", toml_text(activity["title"]))
    if "period" in activity:
        table.add("period", toml_text(activity["period"]))
    table.add("quarters", activity["quarters"])
    table.add("responsible", toml_value(activity["responsible"]))
    steps = toml_value(activity["steps"])
    steps.multiline(bool(activity["steps"]))
    table.add("steps", steps)
    if "oit" in activity:
        table.add("oit", toml_text(activity["oit"]))
    outcomes = tomlkit.aot()
    for outcome in activity["outcomes"]:
        outcomes.append(_outcome_table(outcome, notes))
    table.add("outcomes", outcomes)
    return table


def _issue_table(issue: dict[str, Any], notes: dict[str, list[str]]) -> Any:
    table = tomlkit.table()
    _add_comments(table, notes.get(issue["id"], []))
    table.add("id", toml_text(issue["id"]))
    table.add("title", toml_text(issue["title"]))
    activities = tomlkit.aot()
    for activity in issue["activities"]:
        activities.append(_activity_table(activity, notes))
    table.add("activities", activities)
    return table


def render_plan_toml(result: ImportResult, lang: str = "en") -> str:
    """The plan as TOML text (tomlkit), with the importer's notes as comments in ``lang``."""
    plan = result.plan
    notes = {key: _worded(told, lang) for key, told in result.notes.items()}
    doc = tomlkit.document()
    source = say("import.file.source", lang, name=result.source) if result.source else ""
    _add_comments(doc, say("import.file.header", lang, source=source).split("\n"), prefix="")
    _add_comments(doc, notes.get(PLAN_NOTES, []))
    doc.add(tomlkit.nl())
    for key in ("format", "id", "plan_key", "title", "organisation", "district", "province"):
        if key in plan:
            doc.add(key, toml_value(plan[key]))
    _add_comments(doc, notes.get(FISCAL_YEAR_NOTES, []))
    doc.add("fiscal_year", plan["fiscal_year"])
    if "intro" in plan:
        doc.add("intro", toml_value(plan["intro"]))
    if "ita" in plan:
        doc.add(tomlkit.nl())
        _add_comments(doc, notes.get(ITA_NOTES, []))
        ita = tomlkit.table()
        for key, value in plan["ita"].items():
            ita.add(key, toml_value(value))
        doc.add("ita", ita)
    issues = tomlkit.aot()
    for issue in plan["issues"]:
        issues.append(_issue_table(issue, notes))
    doc.add(tomlkit.nl())
    doc.add("issues", issues)
    text = tomlkit.dumps(doc)
    if result.unplaced:
        lines = ["", "# import: " + say("import.file.unplaced", lang)]
        unplaced = _worded(result.unplaced, lang)
        lines += ["#   " + part for line in unplaced for part in _comment_lines(line)]
        text = text.rstrip("\n") + "\n" + "\n".join(lines) + "\n"
    return text
