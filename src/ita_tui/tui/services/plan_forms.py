"""What the edit forms return, how each is checked, and the table each becomes in the plan.

No widgets here: the forms (``screens/edit_*.py``) collect the fields, :func:`problem`
says what is wrong (an i18n key and its values), the editor turns the fields into plan
operations.
"""

from __future__ import annotations

import re
from typing import Any

from ita_tui.records import record

OIT_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]*$")
#: Control characters (a paste from elsewhere can bring them): never written into a plan.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

Problem = tuple[str, dict[str, object]]


def lines(text: str) -> tuple[str, ...]:
    """One item per non-empty line, trimmed."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@record(frozen=True)
class IssueFields:
    title: str


@record(frozen=True)
class ActivityFields:
    title: str
    period: str
    quarters: tuple[int, ...]
    responsible: tuple[str, ...]
    steps: tuple[str, ...]
    oit: str = ""


@record(frozen=True)
class OutcomeFields:
    text: str
    oit: str = ""


@record(frozen=True)
class PlanFields:
    organisation: str
    district: str
    province: str
    title: str
    fiscal_year: str
    ita_year: str
    ita_score: str
    ita_level: str


Fields = IssueFields | ActivityFields | OutcomeFields | PlanFields


def _texts(fields: Fields) -> list[str]:
    texts: list[str] = []
    for value in fields.__dict__.values():
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, tuple):
            texts.extend(v for v in value if isinstance(v, str))
    return texts


def problem(fields: Fields) -> Problem | None:
    """The first thing wrong with ``fields`` (an i18n key and values), or None."""
    if any(CONTROL_RE.search(text) for text in _texts(fields)):
        return ("app.err.control", {})
    if isinstance(fields, IssueFields):
        return _issue(fields)
    if isinstance(fields, ActivityFields):
        return _activity(fields)
    if isinstance(fields, OutcomeFields):
        return _outcome(fields)
    return _plan(fields)


def _issue(fields: IssueFields) -> Problem | None:
    if not fields.title.strip():
        return ("app.err.empty_title", {})
    return None


def _activity(fields: ActivityFields) -> Problem | None:
    if not fields.title.strip():
        return ("app.err.empty_title", {})
    if not fields.quarters:
        key = "app.err.period_no_quarter" if fields.period.strip() else "app.err.no_quarter"
        return (key, {})
    seen: set[str] = set()
    for job in fields.responsible:
        folded = " ".join(job.split()).casefold()
        if folded in seen:
            return ("app.err.duplicate_job", {"job": job})
        seen.add(folded)
    if fields.oit and not OIT_RE.match(fields.oit):
        return ("app.err.oit", {})
    return None


def _outcome(fields: OutcomeFields) -> Problem | None:
    if not fields.text.strip():
        return ("app.err.empty_text", {})
    if fields.oit and not OIT_RE.match(fields.oit):
        return ("app.err.oit", {})
    return None


def _year(text: str) -> int | None:
    from ita_tui.thai.digits import to_arabic_digits

    value = to_arabic_digits(text.strip())
    if not value.isdigit():
        return None
    year = int(value)
    return year if 2400 <= year <= 3000 else None


def _score(text: str) -> float | None:
    from ita_tui.thai.digits import to_arabic_digits

    try:
        score = float(to_arabic_digits(text.strip()))
    except ValueError:
        return None
    return score if 0 <= score <= 100 else None


def _plan(fields: PlanFields) -> Problem | None:
    if not fields.organisation.strip():
        return ("app.err.empty_organisation", {})
    if not fields.title.strip():
        return ("app.err.empty_title", {})
    if _year(fields.fiscal_year) is None:
        return ("app.err.fiscal_year", {})
    year, score = fields.ita_year.strip(), fields.ita_score.strip()
    if (score or fields.ita_level.strip()) and not year:
        return ("app.err.ita_partial", {})
    if year and _year(year) is None:
        return ("app.err.ita_year", {})
    if score and _score(score) is None:
        return ("app.err.ita_score", {})
    return None


# into the plan ---------------------------------------------------------------------


def issue_changes(fields: IssueFields) -> tuple[tuple[str, Any], ...]:
    return (("title", fields.title.strip()),)


def activity_changes(fields: ActivityFields) -> tuple[tuple[str, Any], ...]:
    return (
        ("title", fields.title.strip()),
        ("period", fields.period.strip()),
        ("quarters", sorted(fields.quarters)),
        ("responsible", list(fields.responsible)),
        ("steps", list(fields.steps)),
        ("oit", fields.oit.strip() or None),
    )


def outcome_changes(fields: OutcomeFields) -> tuple[tuple[str, Any], ...]:
    return (("text", fields.text.strip()), ("oit", fields.oit.strip() or None))


def plan_changes(fields: PlanFields) -> tuple[tuple[str, Any], ...]:
    year = _year(fields.fiscal_year)
    changes: list[tuple[str, Any]] = [
        ("organisation", fields.organisation.strip()),
        ("district", fields.district.strip() or None),
        ("province", fields.province.strip() or None),
        ("title", fields.title.strip()),
        ("fiscal_year", year),
    ]
    ita_year = _year(fields.ita_year)
    if ita_year is not None:  # the score and level may wait (a plan rolled into a new year)
        changes += [
            ("ita.year", ita_year),
            ("ita.score", _score(fields.ita_score) if fields.ita_score.strip() else None),
            ("ita.level", fields.ita_level.strip() or None),
        ]
    return tuple(changes)


def changes(fields: Fields) -> tuple[tuple[str, Any], ...]:
    """The fields of a new or edited item, as the plan writer takes them."""
    if isinstance(fields, IssueFields):
        return issue_changes(fields)
    if isinstance(fields, ActivityFields):
        return activity_changes(fields)
    if isinstance(fields, OutcomeFields):
        return outcome_changes(fields)
    return plan_changes(fields)
