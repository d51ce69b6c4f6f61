"""The fields of plan items as the writer takes them, and why a value cannot be written.

:func:`check_fields` gives one reason per problem, in English or Thai, for the app's forms
and the command line; :func:`normalise_fields` is what is written (texts stripped, blank
list lines dropped, quarters sorted).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ita_tui.catalog import say

FieldValue = str | int | float | list[Any] | None

#: The fields each kind of item has, in the order new items are written.
FIELDS: dict[str, tuple[str, ...]] = {
    "issue": ("title",),
    "activity": ("title", "period", "quarters", "responsible", "steps", "oit"),
    "outcome": ("text", "oit"),
    "plan": (
        "title",
        "organisation",
        "district",
        "province",
        "fiscal_year",
        "intro",
        "ita.year",
        "ita.score",
        "ita.level",
    ),
}
_REQUIRED_TEXT = {"title", "text", "organisation"}
_OPTIONAL = {"period", "oit", "district", "province", "intro", "ita.score", "ita.level"}
_LIST_FIELDS = {"responsible", "steps"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def normalise_fields(kind: str, fields: Mapping[str, FieldValue]) -> dict[str, FieldValue]:
    """Fields as they will be written: texts stripped, blank list lines dropped, quarters sorted."""
    result: dict[str, FieldValue] = {}
    for name, value in fields.items():
        if isinstance(value, str):
            value = value.strip()
            if name in _OPTIONAL and not value and name not in ("ita.level",):
                value = None
        elif name in _LIST_FIELDS and isinstance(value, list | tuple):
            value = [str(v).strip() for v in value if str(v).strip()]
        elif name == "quarters" and isinstance(value, list | tuple):
            value = (
                sorted({v for v in value if isinstance(v, int)})
                if all(isinstance(v, int) and not isinstance(v, bool) for v in value)
                else list(value)
            )
        result[name] = value
    return result


def check_fields(kind: str, fields: Mapping[str, FieldValue], *, lang: str = "en") -> list[str]:
    """Why these (normalised) fields cannot be written for an item of ``kind``: one reason
    per problem, empty when they can; ``lang="th"`` gives them in Thai for the app's forms
    (the catalog's ``field.<reason>``; ``{label}`` is the field's name, ``field.name.*``)."""
    known = FIELDS.get(kind)
    if known is None:
        return [say("field.kind", lang, kind=kind)]
    problems: list[str] = []
    for name, value in fields.items():
        if name == "id":
            problems.append(say("field.key" if kind != "plan" else "field.plan_id", lang))
            continue
        if name not in known:
            what = say(f"field.kind.{kind}", lang)
            problems.append(say("field.unknown", lang, name=name, what=what))
            continue
        label = say(f"field.name.{name}", lang)
        if value is None:
            if name not in _OPTIONAL:
                problems.append(say("field.required", lang, label=label))
        elif name in _LIST_FIELDS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(say("field.lines", lang, label=label))
                continue
            for item in value:
                if _CONTROL.search(item):
                    problems.append(say("field.control_item", lang, label=label, item=item[:30]))
            if name == "responsible":
                seen: set[str] = set()
                for item in value:
                    if item in seen:
                        problems.append(say("field.twice", lang, item=item))
                    seen.add(item)
        elif name == "quarters":
            if not isinstance(value, list) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in value
            ):
                problems.append(say("field.quarters", lang))
            elif not value:
                period = fields.get("period")
                if isinstance(period, str) and period:
                    problems.append(say("field.period", lang, period=period))
                else:
                    problems.append(say("field.no_quarter", lang))
            elif any(not 1 <= v <= 4 for v in value):
                problems.append(say("field.quarter", lang))
        elif name in ("fiscal_year", "ita.year"):
            if isinstance(value, bool) or not isinstance(value, int):
                problems.append(say("field.year", lang, label=label))
            elif not 2400 <= value <= 3000:
                problems.append(say("field.year_range", lang, label=label, value=value))
        elif name == "ita.score":
            if isinstance(value, bool) or not isinstance(value, int | float):
                problems.append(say("field.score", lang, label=label))
            elif not 0 <= value <= 100:
                problems.append(say("field.score_range", lang, label=label, value=value))
        elif not isinstance(value, str):
            problems.append(say("field.text", lang, label=label))
        elif name in _REQUIRED_TEXT and not value:
            problems.append(say("field.empty", lang, label=label))
        elif _CONTROL.search(value):
            problems.append(say("field.control", lang, label=label))
    return problems


def field_names(names: list[str], lang: str) -> str:
    """Field names joined for a sentence: "title, OIT code" / "รหัส OIT และชื่อ" (the
    catalog's ``field.name.*``, joined by its ``field.names.*``; in Thai, "and" takes a
    space after Latin letters)."""
    shown = [say(f"field.name.{name}", lang) for name in names]
    if len(shown) == 1:
        return shown[0]
    head = say("field.names.comma", lang).join(shown[:-1])
    last = "field.names.last_after_latin" if head[-1:].isascii() else "field.names.last"
    return head + say(last, lang) + shown[-1]
