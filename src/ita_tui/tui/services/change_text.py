"""Field changes in words, for the undo/redo notes and the "changed meanwhile" notices.

``หมายเหตุ → "ส่งแล้ว"``, ``status → done 10 Feb 2025``, ``+ evidence https://…``: what a
change did to which field, in the app's language and digits. File text is made printable.
"""

from __future__ import annotations

from typing import Any

from ita_tui.catalog import say
from ita_tui.store.ops import EVIDENCE, NOTE, STATUS, Conflict, Op, StatusValue
from ita_tui.thai.calendar import format_date
from ita_tui.tui.i18n import num, status_label
from ita_tui.tui.labels import safe

MAX_SHOWN = 40


def _short(text: str) -> str:
    text = safe(text)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def value_text(field: str, value: Any, lang: str, digits: str) -> str:
    """One field's value as the app shows it."""
    if field == STATUS and isinstance(value, StatusValue):
        shown = status_label(value.status, lang)
        if value.done_on is not None:
            shown += " " + format_date(value.done_on, lang=lang, digits=digits)
        return shown
    if field == NOTE:
        return f"“{_short(str(value))}”" if value else say("app.change.empty_note", lang)
    if isinstance(value, tuple):
        return ", ".join(_short(v) for v in value) or say("app.change.no_links", lang)
    return _short(str(value))


def op_text(op: Op, lang: str, digits: str) -> str:
    """``สถานะ → ดำเนินการแล้ว ๑๐ ก.พ. ๒๕๖๘``; ``+ หลักฐาน https://…``."""
    if op.field == EVIDENCE:
        if op.new is not None:
            return say("app.change.link_added", lang, link=_short(op.new))
        return say("app.change.link_removed", lang, link=_short(op.old))
    name = say(f"app.change.field.{op.field}", lang)
    return f"{name} → {value_text(op.field, op.new, lang, digits)}"


def edit_text(outcome_id: str, ops: tuple[Op, ...], lang: str, digits: str) -> str:
    """What an undo or redo changed: the outcome, then each field and its new value."""
    parts = [op_text(op, lang, digits) for op in ops] or [say("app.change.nothing", lang)]
    return f"{num(outcome_id, digits)} " + "; ".join(parts)


def conflict_text(outcome_id: str, conflict: Conflict, lang: str, digits: str) -> str:
    """``๑.๑.๓ หมายเหตุ: เปลี่ยนระหว่างนั้นโดย somchai: เก็บ … (ของเดิม … อยู่ในบันทึกการแก้ไข)``."""
    f = conflict.field
    return say(
        "app.change.conflict",
        lang,
        id=num(outcome_id, digits),
        field=say(f"app.change.field.{f}", lang),
        user=safe(conflict.replaced_by) or say("app.change.someone", lang),
        kept=value_text(f, conflict.kept, lang, digits),
        theirs=value_text(f, conflict.replaced, lang, digits),
    )


def overwritten_text(outcome_id: str, conflict: Conflict, by: str, lang: str, digits: str) -> str:
    """Told to the one whose value was overwritten: who replaced it, and with what."""
    f = conflict.field
    return say(
        "app.change.overwritten",
        lang,
        id=num(outcome_id, digits),
        field=say(f"app.change.field.{f}", lang),
        user=safe(by) or say("app.change.someone", lang),
        yours=value_text(f, conflict.replaced, lang, digits),
        kept=value_text(f, conflict.kept, lang, digits),
    )


def stale_text(outcome_id: str, stale: list[tuple[Op, Any]], lang: str, digits: str) -> str:
    """For the undo question: each field a colleague changed since, what it holds now, and
    what undo would put there."""
    lines = []
    for op, current in stale:
        lines.append(
            say(
                "app.change.stale",
                lang,
                field=say(f"app.change.field.{op.field}", lang),
                now=value_text(op.field, current, lang, digits),
                back=value_text(op.field, op.new, lang, digits),
            )
        )
    return f"{num(outcome_id, digits)}\n" + "\n".join(lines)
