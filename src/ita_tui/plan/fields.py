"""The fields of plan items as the writer takes them, and why a value cannot be written.

:func:`check_fields` gives one reason per problem, in English or Thai, for the app's forms
and the command line; :func:`normalise_fields` is what is written (texts stripped, blank
list lines dropped, quarters sorted).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

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
_NAMES = {
    "title": "the title",
    "text": "the text",
    "period": "the period",
    "quarters": "the quarters",
    "responsible": "the job titles",
    "steps": "the steps",
    "oit": "the OIT code",
    "organisation": "the organisation",
    "district": "the district",
    "province": "the province",
    "fiscal_year": "the fiscal year",
    "intro": "the introduction",
    "ita.year": "the ITA year",
    "ita.score": "the ITA score",
    "ita.level": "the ITA level",
}


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


#: Reasons a form shows, in English and Thai: ``{label}`` is the field's name.
_REASONS: dict[str, tuple[str, str]] = {
    "kind": ("{kind!r} is not a kind of item", "{kind!r} ไม่ใช่ชนิดของรายการ"),
    "key": (
        "the key (id) is permanent: progress is recorded against it",
        "รหัสของรายการเปลี่ยนไม่ได้ เพราะความคืบหน้าบันทึกไว้กับรหัสนี้",
    ),
    "plan_id": (
        "the plan id names its progress file and cannot be changed here",
        "รหัสแผนเป็นชื่อแฟ้มความคืบหน้า จึงเปลี่ยนที่นี่ไม่ได้",
    ),
    "unknown": ("{name!r} is not a field of {what}", "{name!r} ไม่ใช่ช่องของ{what}"),
    "required": ("{label} cannot be left out", "ต้องมี{label}"),
    "lines": ("{label} must be texts, one per line", "{label}ต้องเป็นข้อความ บรรทัดละหนึ่งรายการ"),
    "control_item": (
        "{label}: {item!r} contains a control character",
        "{label}: {item!r} มีอักขระควบคุม",
    ),
    "twice": ("the job title {item!r} is listed twice", "ตำแหน่ง {item!r} ซ้ำกัน"),
    "quarters": ("the quarters must be numbers 1-4", "ไตรมาสต้องเป็นเลข ๑-๔"),
    "period": (
        "the period {period!r} has no quarter: tick the quarters it covers",
        "ระยะเวลา {period!r} ยังไม่ได้เลือกไตรมาส: เลือกไตรมาสที่ครอบคลุม",
    ),
    "no_quarter": ("tick at least one quarter (1-4)", "เลือกอย่างน้อยหนึ่งไตรมาส"),
    "quarter": ("a quarter is 1, 2, 3 or 4", "ไตรมาสมีเพียง ๑ ๒ ๓ และ ๔"),
    "year": ("{label} must be a B.E. year such as 2569", "{label}ต้องเป็นปี พ.ศ. เช่น ๒๕๖๙"),
    "year_range": (
        "{label}: {value} is not a B.E. year (e.g. 2569)",
        "{label}: {value} ไม่ใช่ปี พ.ศ. (เช่น ๒๕๖๙)",
    ),
    "score": ("{label} must be a number 0-100", "{label}ต้องเป็นตัวเลข ๐-๑๐๐"),
    "score_range": (
        "{label}: {value} is not a score (0-100)",
        "{label}: {value} ไม่ใช่คะแนน (๐-๑๐๐)",
    ),
    "text": ("{label} must be text", "{label}ต้องเป็นข้อความ"),
    "empty": ("{label} must not be empty", "ต้องกรอก{label}"),
    "control": ("{label} contains a control character", "{label}มีอักขระควบคุม"),
}
_NAMES_TH = {
    "title": "ชื่อ",
    "text": "ข้อความผลลัพธ์",
    "period": "ระยะเวลา",
    "quarters": "ไตรมาส",
    "responsible": "ผู้รับผิดชอบ",
    "steps": "ขั้นตอน",
    "oit": "รหัส OIT",
    "organisation": "ชื่อหน่วยงาน",
    "district": "อำเภอ",
    "province": "จังหวัด",
    "fiscal_year": "ปีงบประมาณ",
    "intro": "คำนำ",
    "ita.year": "ปีที่ประเมิน ITA",
    "ita.score": "คะแนน ITA",
    "ita.level": "ระดับผล ITA",
}
_KINDS = {
    "plan": ("the plan", "แผน"),
    "issue": ("an issue", "ประเด็น"),
    "activity": ("an activity", "มาตรการ/กิจกรรม"),
    "outcome": ("an outcome", "ผลลัพธ์"),
}


def check_fields(kind: str, fields: Mapping[str, FieldValue], *, lang: str = "en") -> list[str]:
    """Why these (normalised) fields cannot be written for an item of ``kind``: one reason
    per problem, empty when they can; ``lang="th"`` gives them in Thai for the app's forms."""
    th = lang == "th"

    def reason(code: str, **values: Any) -> str:
        return _REASONS[code][1 if th else 0].format(**values)

    known = FIELDS.get(kind)
    if known is None:
        return [reason("kind", kind=kind)]
    problems: list[str] = []
    for name, value in fields.items():
        label = (_NAMES_TH if th else _NAMES).get(name, name)
        if name == "id":
            problems.append(reason("key" if kind != "plan" else "plan_id"))
        elif name not in known:
            problems.append(reason("unknown", name=name, what=_KINDS[kind][1 if th else 0]))
        elif value is None:
            if name not in _OPTIONAL:
                problems.append(reason("required", label=label))
        elif name in _LIST_FIELDS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(reason("lines", label=label))
                continue
            for item in value:
                if _CONTROL.search(item):
                    problems.append(reason("control_item", label=label, item=item[:30]))
            if name == "responsible":
                seen: set[str] = set()
                for item in value:
                    if item in seen:
                        problems.append(reason("twice", item=item))
                    seen.add(item)
        elif name == "quarters":
            if not isinstance(value, list) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in value
            ):
                problems.append(reason("quarters"))
            elif not value:
                period = fields.get("period")
                if isinstance(period, str) and period:
                    problems.append(reason("period", period=period))
                else:
                    problems.append(reason("no_quarter"))
            elif any(not 1 <= v <= 4 for v in value):
                problems.append(reason("quarter"))
        elif name in ("fiscal_year", "ita.year"):
            if isinstance(value, bool) or not isinstance(value, int):
                problems.append(reason("year", label=label))
            elif not 2400 <= value <= 3000:
                problems.append(reason("year_range", label=label, value=value))
        elif name == "ita.score":
            if isinstance(value, bool) or not isinstance(value, int | float):
                problems.append(reason("score", label=label))
            elif not 0 <= value <= 100:
                problems.append(reason("score_range", label=label, value=value))
        elif not isinstance(value, str):
            problems.append(reason("text", label=label))
        elif name in _REQUIRED_TEXT and not value:
            problems.append(reason("empty", label=label))
        elif _CONTROL.search(value):
            problems.append(reason("control", label=label))
    return problems


def field_names(names: list[str], lang: str) -> str:
    """Field names joined for a sentence: "title, OIT code" / "ชื่อ และรหัส OIT"."""
    if lang == "th":
        shown = [_NAMES_TH.get(name, name) for name in names]
        if len(shown) == 1:
            return shown[0]
        head = ", ".join(shown[:-1])
        return head + (" และ" if head[-1:].isascii() else "และ") + shown[-1]
    return ", ".join(_NAMES.get(name, name).removeprefix("the ") for name in names)
