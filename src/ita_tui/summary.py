"""Many agencies at once: the JSON exports of several plans, read into one overview.

A provincial office gathers its municipalities' quarterly exports (``ita-tui export -f
json``). :func:`read_exports` reads each file, checks it is one (schema
``ita-tui/quarterly-report``, version 1) and keeps what the overview needs; a file that is
not (unreadable, not JSON, another schema, fields missing or of the wrong kind) is named
with the reason and skipped, never a crash. :func:`summarise` orders the agencies by what
needs attention (most overdue outcomes, then least done) and flags those whose export is
for another quarter than most. Rendering is :mod:`ita_tui.summary_render`'s job.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ita_tui.errors import ItaError
from ita_tui.records import record
from ita_tui.safe_files import MB, TOO_LARGE, FileRefused, read_regular_file

SCHEMA = "ita-tui/quarterly-report"
SCHEMA_VERSION = 1
#: Larger than any real export of a municipality; a bigger file is not read whole.
MAX_BYTES = 200 * 1024 * 1024


#: The wording's code of the kind a value should be.
_KIND_CODES: dict[type, str] = {
    int: "summary.should_int",
    str: "summary.should_text",
    dict: "summary.should_object",
    list: "summary.should_list",
}


class NotAnExport(ItaError, ValueError):
    """The file is not an ita-tui quarterly report in JSON: a ``summary.*`` code says why."""


@record(frozen=True)
class Agency:
    """One export, as the overview shows it."""

    path: Path
    plan_id: str
    organisation: str
    province: str
    fiscal_year: int
    quarter: int
    as_of: dt.date
    provisional: bool
    done: int
    applicable: int
    #: open outcomes of activities whose last quarter has ended
    overdue: int
    overdue_activities: int
    activities: int
    ita_year: int | None
    ita_score: float | None
    ita_level: str

    @property
    def percent(self) -> float:
        return 100.0 * self.done / self.applicable if self.applicable else 100.0

    @property
    def period(self) -> tuple[int, int]:
        return self.fiscal_year, self.quarter


@record(frozen=True)
class Skipped:
    path: Path
    reason: NotAnExport


@record(frozen=True)
class Summary:
    agencies: tuple[Agency, ...]  # most in need of attention first
    skipped: tuple[Skipped, ...]
    #: the (fiscal year, quarter) most exports are for; None without any
    period: tuple[int, int] | None

    def other_period(self, agency: Agency) -> bool:
        """The export is for another quarter (or fiscal year) than most."""
        return self.period is not None and agency.period != self.period


def _get(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in data:
        raise NotAnExport("summary.missing", key=where + key)
    value = data[key]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, kinds):
        raise NotAnExport(_KIND_CODES.get(kinds[0], "summary.should_other"), key=where + key)
    return value


def _count(data: Mapping[str, Any], key: str, where: str) -> int:
    value = _get(data, key, int, where)
    if value < 0:
        raise NotAnExport("summary.negative", key=where + key)
    return int(value)


def parse_export(data: object, path: Path) -> Agency:
    """The overview's figures of one export's data. Raises :class:`NotAnExport`."""
    if not isinstance(data, dict):
        raise NotAnExport("summary.not_object")
    schema = data.get("schema")
    if schema != SCHEMA:
        if schema is None:
            raise NotAnExport("summary.no_schema")
        raise NotAnExport("summary.schema", schema=repr(schema))
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise NotAnExport("summary.version", version=repr(version), reads=SCHEMA_VERSION)
    plan = _get(data, "plan", dict, "")
    quarter = _get(data, "quarter", dict, "")
    totals = _get(data, "totals", dict, "")
    outcomes = _get(totals, "outcomes", dict, "totals.")
    activities = _get(totals, "activities", dict, "totals.")
    number = _count(quarter, "number", "quarter.")
    if not 1 <= number <= 4:
        raise NotAnExport("summary.quarter", number=number)
    try:
        as_of = dt.date.fromisoformat(_get(data, "as_of", str, ""))
    except ValueError:
        raise NotAnExport("summary.as_of") from None
    done = _count(outcomes, "done", "totals.outcomes.")
    applicable = _count(outcomes, "applicable", "totals.outcomes.")
    if done > applicable:
        raise NotAnExport("summary.done_over")
    overdue = 0
    for issue in _get(data, "issues", list, ""):
        if not isinstance(issue, dict):
            raise NotAnExport("summary.not_issue")
        for activity in _get(issue, "activities", list, "issues[]."):
            if not isinstance(activity, dict):
                raise NotAnExport("summary.not_activity")
            if activity.get("state") == "overdue":
                tally = _get(activity, "totals", dict, "issues[].activities[].")
                where = "issues[].activities[].totals."
                overdue += max(0, _count(tally, "applicable", where) - _count(tally, "done", where))
    ita = plan.get("ita")
    if ita is not None and not isinstance(ita, dict):
        raise NotAnExport("summary.ita")
    ita = ita or {}
    score = ita.get("score")
    year = ita.get("year")
    return Agency(
        path=path,
        plan_id=str(_get(plan, "id", str, "plan.")),
        organisation=str(_get(plan, "organisation", str, "plan.")),
        province=str(plan.get("province") or ""),
        fiscal_year=_count(quarter, "fiscal_year", "quarter."),
        quarter=number,
        as_of=as_of,
        provisional=bool(data.get("provisional", False)),
        done=done,
        applicable=applicable,
        overdue=overdue,
        overdue_activities=_count(activities, "overdue", "totals.activities."),
        activities=_count(activities, "total", "totals.activities."),
        ita_year=year if isinstance(year, int) and not isinstance(year, bool) else None,
        ita_score=float(score)
        if isinstance(score, int | float) and not isinstance(score, bool)
        else None,
        ita_level=str(ita.get("level") or ""),
    )


def read_export(path: Path) -> Agency:
    """One file read and checked. Raises :class:`NotAnExport` with the reason."""
    try:
        raw = read_regular_file(path, MAX_BYTES, "json")
    except FileRefused as exc:
        if exc.reason == TOO_LARGE:
            raise NotAnExport("summary.too_large", mb=MAX_BYTES // MB) from None
        raise NotAnExport("summary.refused", why=exc) from None
    except IsADirectoryError:
        raise NotAnExport("summary.folder") from None
    except FileNotFoundError:
        raise NotAnExport("summary.no_file") from None
    except OSError as exc:
        raise NotAnExport("summary.unreadable", why=exc) from None
    if len(raw) > MAX_BYTES:
        raise NotAnExport("summary.too_large", mb=MAX_BYTES // MB)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotAnExport("summary.not_utf8") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotAnExport("summary.not_json", line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise NotAnExport("summary.too_deep") from None
    return parse_export(data, path)


def attention(agency: Agency) -> tuple[int, float, str]:
    """The order of the overview: most overdue outcomes, then least done, then by name."""
    return (-agency.overdue, agency.percent, agency.organisation)


def summarise(paths: Iterable[Path]) -> Summary:
    agencies: list[Agency] = []
    skipped: list[Skipped] = []
    for path in paths:
        try:
            agencies.append(read_export(path))
        except NotAnExport as exc:
            skipped.append(Skipped(path, exc))
    agencies.sort(key=attention)
    periods = Counter(agency.period for agency in agencies)
    period = None
    if periods:
        # the most common; on a tie, the latest
        period = max(periods, key=lambda p: (periods[p], p))
    return Summary(tuple(agencies), tuple(skipped), period)
