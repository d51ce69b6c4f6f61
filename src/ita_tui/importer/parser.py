"""The parser: one walk over the report's rows, building issues and activities (continuation
rows merged) and collecting notes, warnings and text it cannot place."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ita_tui.importer.fiscal_year import FiscalYearGuess
from ita_tui.importer.formats import Source
from ita_tui.importer.formats.repair import repaired
from ita_tui.importer.headings import SCORE_RE, heading, oit_codes
from ita_tui.importer.messages import Message, Num, Place, at, line, place
from ita_tui.importer.numbering import item_number, split_numbered
from ita_tui.importer.periods import ALL_YEAR, parse_period
from ita_tui.importer.preamble import Preamble
from ita_tui.importer.responsible import split_responsible
from ita_tui.importer.result import (
    PLAN_NOTES,
    FiscalYearNeededError,
    ImportResult,
    ReportImportError,
)
from ita_tui.importer.table import (
    ROLES,
    Columns,
    Record,
    header_more,
    header_roles,
    merge_header,
    standard_columns,
)
from ita_tui.importer.text import shorten, squash, strip_html
from ita_tui.plan import ID_RE
from ita_tui.plan.ids import base_plan_id

#: Plan ids the plan loader accepts (they name the progress file).
PLAN_ID_RE = ID_RE

#: Cells merged down over several rows that apply to every row they cover (a merged number
#: cell instead continues the row above; merged steps or outcomes are read once).
_MERGED_DOWN_ROLES = frozenset({"title", "period", "responsible"})
_CONTINUED_RE = re.compile(r"\s*\(\s*ต่อ\s*\)\s*")


@dataclass
class _Activity:
    data: dict[str, Any]
    number: int
    at: Place


@dataclass
class _Issue:
    data: dict[str, Any]
    record: Record
    activities: list[_Activity] = field(default_factory=list)


class _Parser:
    """Walks the report's rows once, building issues and activities and collecting notes."""

    def __init__(self) -> None:
        self.preamble: list[Record] = []
        self.opening: list[Record] = []  # everything before the first measure (ITA analysis)
        self.issues: list[_Issue] = []
        self.columns: Columns | None = None
        self.started = False
        self.warnings: list[Message] = []
        self.notes: dict[str, list[Message]] = {}
        self.unplaced: list[Message | str] = []
        self.extra_cells: dict[tuple[Place | None, str], list[str]] = {}
        self.touched: str | None = None  # the activity the row being read made or continued
        self.in_header = False  # the last row read was a table header (a second may follow)

    # -- notes

    def note(self, key: str, message: Message) -> None:
        self.notes.setdefault(key, []).append(message)

    def warn(self, key: str, message: Message, where: Place) -> None:
        """A note next to ``key`` in the plan and a warning naming ``where`` it is."""
        self.note(key, message)
        self.warnings.append(at(where, message))

    def place_nowhere(self, record: Record, why: Message) -> None:
        first, *more = record.text.split("\n")
        self.unplaced.append(at(record.at, first))
        self.unplaced += ["    " + text for text in more]
        self.warnings.append(at(record.at, Message("unplaced", why=why, text=shorten(record.text))))

    # -- the walk

    def run(self, records: list[Record]) -> None:
        for record in records:
            if record.filled:
                self.row(record)
        if self.in_header and self.columns is not None:
            self._check_header(self.columns)

    def row(self, record: Record) -> None:
        self.touched = None
        if not any(issue.activities for issue in self.issues):
            self.opening.append(record)
        self._row(record)
        for message in record.notes:
            self.warn(self.touched or PLAN_NOTES, message, record.at)

    def _row(self, record: Record) -> None:
        in_header, self.in_header = self.in_header, False
        found = heading(record.filled[0])
        if found is not None and any(SCORE_RE.fullmatch(c) for c in record.filled[1:]):
            found = None  # a row of the ITA's indicator scores (ตัวชี้วัดที่ ๑ … | ๙๕.๖๗)
        if in_header and self.columns is not None and found is None:
            more = header_more(record.cells)
            if more is not None:  # the header's second row: names the columns under a group
                merge_header(self.columns, more)
                self.in_header = True
                return
        if in_header and self.columns is not None:
            self._check_header(self.columns)  # once the header's rows are all read
        if found is not None and (len(record.filled) <= 2 or not self._looks_like_activity(record)):
            self.started = True
            word, number, rest = found
            self.issue_heading(record, number, rest, word)
            return
        columns = None if self._numbered(record) else header_roles(record.cells)
        if columns is not None:
            self.started = True
            columns.line = record.line
            columns.place = record.place
            self.columns = columns
            self.in_header = True
            return
        if self._looks_like_activity(record):
            self.started = True
            self.activity_row(record)
            return
        if not self.started:
            self.preamble.append(record)
            return
        self.place_nowhere(record, Message("unplaced.not_measure"))

    def _cols(self) -> Columns:
        if self.columns is None:
            self.columns = standard_columns()
        return self.columns

    def _cell(self, record: Record, role: str) -> str:
        index = self._cols().roles.get(role)
        if index is None:
            return ""
        text = record.cells[index].strip() if index < len(record.cells) else ""
        if not text and role in _MERGED_DOWN_ROLES:
            text = dict(record.above).get(index, "").strip()
        return text

    def _looks_like_activity(self, record: Record) -> bool:
        if len(record.filled) < 2:
            return False
        columns = self.columns or standard_columns()
        number_index = columns.roles.get("number")
        number = (
            record.cells[number_index]
            if number_index is not None and number_index < len(record.cells)
            else ""
        )
        if item_number(number) is not None:
            # before any heading or table header, numbered rows are the opening's own tables
            # (an ITA analysis: 1 | IIT | 95.12), not measures
            return self.started
        if any(_CONTINUED_RE.search(cell) for cell in record.cells[:3]):
            return True
        if number_index is None and self._cell(record, "title"):
            return True  # a table without a ลำดับ column: every titled row is a measure
        if not self.started or number.strip() or self._last_activity() is None:
            return False
        return bool(self._cell(record, "steps") or self._cell(record, "outcomes"))

    def _numbered(self, record: Record) -> bool:
        return any(item_number(cell) is not None for cell in record.filled)

    def _check_header(self, columns: Columns) -> None:
        missing = [role for role in ROLES if role not in columns.roles]
        if missing:
            roles = [Message(f"role.{role}") for role in missing]
            message = Message(
                "header.missing_number" if "number" in missing else "header.missing", roles=roles
            )
            self.warnings.append(at(columns.place or line(columns.line), message))

    # -- issues

    def _current_issue(self, record: Record) -> _Issue:
        if not self.issues:
            self.issues.append(_Issue({"id": "1", "title": "ประเด็นที่ 1", "activities": []}, record))
            self.warn("1", Message("issue.no_heading"), record.at)
        return self.issues[-1]

    def issue_heading(self, record: Record, number: int, rest: str, word: str = "ประเด็นที่") -> None:
        title = squash(" ".join([rest, *record.filled[1:]]))
        continued = bool(_CONTINUED_RE.search(title))
        title = squash(_CONTINUED_RE.sub(" ", title))
        issue_id = str(number)
        existing = next((i for i in self.issues if i.data["id"] == issue_id), None)
        if existing is not None and (continued or title in ("", existing.data["title"])):
            self.issues.remove(existing)
            self.issues.append(existing)  # rows that follow continue it
            return
        where = record.at
        if existing is not None:
            issue_id = str(
                max(int(i.data["id"]) for i in self.issues if _is_number(i.data["id"])) + 1
            )
            self.warn(issue_id, Message("issue.again", number=number, issue=Num(issue_id)), where)
        if not title:
            title = f"{word} {number}"
            self.warn(issue_id, Message("issue.no_title"), where)
        same = next((i for i in self.issues if i.data["title"] == title), None)
        if same is not None:
            self.warn(issue_id, Message("issue.same_title", issue=Num(same.data["id"])), where)
        self.issues.append(_Issue({"id": issue_id, "title": title, "activities": []}, record))

    # -- activities

    def _last_activity(self) -> _Activity | None:
        if not self.issues or not self.issues[-1].activities:
            return None
        return self.issues[-1].activities[-1]

    def activity_row(self, record: Record) -> None:
        number_cell = self._cell(record, "number")
        title_cell = self._cell(record, "title")
        continued = bool(_CONTINUED_RE.search(number_cell) or _CONTINUED_RE.search(title_cell))
        number = item_number(_CONTINUED_RE.sub("", number_cell))
        unnumbered = "number" not in self._cols().roles and bool(title_cell) and not continued
        target = (
            self._continuation_target(number)
            if continued or (number is None and not unnumbered)
            else None
        )
        if target is not None:
            self.continue_activity(target, record, explicit=continued)
        else:
            self.new_activity(record, number, orphan=continued)

    def _continuation_target(self, number: int | None) -> _Activity | None:
        if not self.issues:
            return None
        activities = self.issues[-1].activities
        if number is not None:
            return next((a for a in reversed(activities) if a.number == number), None)
        return activities[-1] if activities else None

    def new_activity(self, record: Record, number: int | None, *, orphan: bool = False) -> None:
        issue = self._current_issue(record)
        wanted = number
        taken = {a.number for a in issue.activities}
        if number is None or number in taken:
            number = max(taken, default=0) + 1
        activity_id = f"{issue.data['id']}.{number}"
        if orphan:
            message = Message("row.orphan_continued", number=Num(wanted or ""))
            self.warn(activity_id, message, record.at)
        if wanted != number and not (wanted is None and "number" not in self._cols().roles):
            message = (
                Message("row.no_number", number=number)
                if wanted is None
                else Message("row.repeats", wanted=wanted, number=number)
            )
            self.warn(activity_id, message, record.at)
        where = record.at.of_activity(activity_id)
        data: dict[str, Any] = {"id": activity_id}
        data["title"] = self._title(record, activity_id, where)
        self._period(data, record, activity_id, where)
        data["responsible"] = self._responsible(record, activity_id)
        data["steps"] = []
        data["outcomes"] = []
        activity = _Activity(data, number, record.at)
        issue.activities.append(activity)
        self.touched = activity_id
        self._fill(activity, record, where)

    def _title(self, record: Record, activity_id: str, where: Place) -> str:
        title = squash(_CONTINUED_RE.sub(" ", strip_html(self._cell(record, "title"))))
        if not title:
            self.warn(activity_id, Message("row.no_title"), where)
            return f"กิจกรรมที่ {activity_id}"
        if title[0] in ".,;:-–)":
            self.note(activity_id, Message("note.stray", char=title[0]))
        return title

    def _period(self, data: dict[str, Any], record: Record, activity_id: str, where: Place) -> None:
        period = squash(strip_html(self._cell(record, "period")))
        quarters, note = parse_period(period)
        if period:
            data["period"] = period
        if quarters is None:
            message = Message("period.unknown", period=period) if period else Message("period.none")
            self.warn(activity_id, message, where)
            quarters = list(ALL_YEAR)
        elif note:
            self.warn(activity_id, Message("period.guess", period=period, note=note), where)
        data["quarters"] = quarters

    def _responsible(self, record: Record, activity_id: str) -> list[str]:
        titles, notes = split_responsible(self._cell(record, "responsible"))
        for note in notes:
            self.note(activity_id, Message("note.responsible", note=note))
        return titles

    def _fill(self, activity: _Activity, record: Record, where: Place) -> None:
        """Steps, outcomes and any extra columns of a row into ``activity``."""
        self._add_items(activity, self._cell(record, "steps"), "steps", where)
        self._add_items(activity, self._cell(record, "outcomes"), "outcomes", where)
        self._keep_extras(activity, record)

    def _add_items(self, activity: _Activity, cell: str, kind: str, where: Place) -> None:
        if not cell.strip():
            return
        key = activity.data["id"]
        found = split_numbered(cell, "." if kind == "steps" else ")")
        items: list[Any] = activity.data[kind]
        expected = len(items) + 1
        named = Message(f"kind.{kind}")
        if found.lead:
            lead = Message("items.lead", kind=named, first=found.first, lead=found.lead)
            self.warn(key, lead, where)
        if found.first is None and not found.bulleted:
            self.warn(key, Message("items.unnumbered", kind=named), where)
        elif found.first is not None and found.first != expected:
            message = Message("items.renumbered", kind=named, first=found.first, expected=expected)
            self.warn(key, message, where)
        for text in found.items:
            if kind == "steps":
                items.append(text)
            else:
                items.append({"id": f"{key}.{len(items) + 1}", "text": text})

    def _keep_extras(self, activity: _Activity, record: Record) -> None:
        columns = self._cols()
        used = set(columns.roles.values())
        for index, cell in enumerate(record.cells):
            text = squash(strip_html(cell))
            if index in used or not text:
                continue
            name = columns.extras.get(index) or Message("column.number", n=index + 1)
            self.note(activity.data["id"], Message("note.column", name=name, text=text))
            self.extra_cells.setdefault(
                (columns.place or (line(columns.line) if columns.line else None), name), []
            ).append(activity.data["id"])

    def continue_activity(self, target: _Activity, record: Record, *, explicit: bool) -> None:
        key = target.data["id"]
        self.touched = key
        where = record.at.of_activity(key, continued=True)
        marker = Message("note.by.marked" if explicit else "note.by.unnumbered")
        title = squash(_CONTINUED_RE.sub(" ", strip_html(self._cell(record, "title"))))
        if title and title != target.data["title"]:
            self.warn(key, Message("continued.title", title=title), where)
        period = squash(self._cell(record, "period"))
        if period and period != target.data.get("period", ""):
            self.warn(key, Message("continued.period", period=period), where)
        titles, _ = split_responsible(self._cell(record, "responsible"))
        added = [t for t in titles if t not in target.data["responsible"]]
        if added:
            target.data["responsible"].extend(added)
            self.note(key, Message("note.responsible_added", titles=added))
        steps, outcomes = len(target.data["steps"]), len(target.data["outcomes"])
        self._fill(target, record, where)
        gained = _added(target.data, steps, outcomes)
        self.note(key, Message("note.continued", by=marker, where=record.at, gained=gained))
        if not explicit:  # a guess (a row whose number was left out): warned
            guess = Message("continued.guess", activity=Num(key), gained=gained)
            self.warnings.append(at(record.at, guess))

    # -- the end

    def finish(self, fiscal_year: int | None, plan_id: str | None) -> ImportResult:
        plan: dict[str, Any] = {"format": 1}
        meta = Preamble(self, self.preamble, self.opening)
        found = FiscalYearGuess(self, meta.ita, fiscal_year, self._all_text()).value
        if found is None and any(issue.activities for issue in self.issues):
            raise FiscalYearNeededError(Message("refused.no_fiscal_year", example="2569"))
        fy = found or 0
        plan["id"] = self._plan_id(plan_id, fy, meta.organisation)
        plan["title"] = meta.title
        plan["organisation"] = meta.organisation
        if meta.district:
            plan["district"] = meta.district
        if meta.province:
            plan["province"] = meta.province
        plan["fiscal_year"] = fy
        if meta.intro:
            plan["intro"] = meta.intro
        if meta.ita is not None:
            plan["ita"] = meta.ita
        plan["issues"] = self._issues()
        self._extra_column_warnings()
        return ImportResult(plan, self.warnings, self.notes, self.unplaced)

    def _all_text(self) -> str:
        parts = [r.text for r in self.preamble]
        for issue in self.issues:
            parts.append(issue.data["title"])
            for activity in issue.activities:
                data = activity.data
                parts += [data["title"], data.get("period", ""), *data["steps"]]
                parts += [o["text"] for o in data["outcomes"]]
        return "\n".join(parts + self.unplaced)

    def _plan_id(self, plan_id: str | None, fy: int, organisation: str) -> str:
        if plan_id is not None:
            return plan_id
        self.note(PLAN_NOTES, Message("note.plan_id"))
        return base_plan_id(organisation, fy)

    def _issues(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = []
        for issue in self.issues:
            if not issue.activities:
                self.place_nowhere(
                    Record(
                        issue.record.line,
                        [f"ประเด็นที่ {issue.data['id']} {issue.data['title']}"],
                        issue.record.place,
                    ),
                    Message("unplaced.empty_issue"),
                )
                continue
            for activity in issue.activities:
                self._ensure_outcome(activity)
                self._oit(activity)
            issue.data["activities"] = [a.data for a in issue.activities]
            result.append(issue.data)
        return result

    def _ensure_outcome(self, activity: _Activity) -> None:
        data = activity.data
        if data["outcomes"]:
            return
        data["outcomes"].append({"id": f"{data['id']}.1", "text": data["title"]})
        self.warn(data["id"], Message("no_outcomes"), activity.at.of_activity(data["id"]))

    def _oit(self, activity: _Activity) -> None:
        """OIT codes (``O36``) kept as ``oit``: one written in an outcome is that outcome's,
        one in the activity's title is the activity's."""
        data = activity.data
        from_title = list(dict.fromkeys(oit_codes(data["title"])))
        if from_title:
            data["oit"] = from_title[0]
            if len(from_title) > 1:
                message = Message("note.oit.title", codes=from_title, kept=from_title[0])
                self.note(data["id"], message)
        for outcome in data["outcomes"]:
            codes = list(dict.fromkeys(oit_codes(outcome["text"])))
            if codes:
                outcome["oit"] = codes[0]
                if len(codes) > 1:
                    message = Message("note.oit.outcome", codes=codes, kept=codes[0])
                    self.note(outcome["id"], message)

    def _extra_column_warnings(self) -> None:
        for (at_place, name), ids in self.extra_cells.items():
            where = at_place or place("a_table")
            message = Message("column.extra", name=name, activities=[Num(i) for i in ids])
            self.warnings.append(at(where, message))


def _span(noun: str, first: str, last: str) -> Message:
    if first == last:
        return Message(f"span.{noun}", first=Num(first))
    return Message(f"span.{noun}s", first=Num(first), last=Num(last))


def _added(activity: dict[str, Any], steps: int, outcomes: int) -> Message:
    """``steps 8-12 and outcomes 7.1.8-7.1.12 come from it``."""
    parts = []
    if len(activity["steps"]) > steps:
        parts.append(_span("step", str(steps + 1), str(len(activity["steps"]))))
    if len(activity["outcomes"]) > outcomes:
        first, last = activity["outcomes"][outcomes]["id"], activity["outcomes"][-1]["id"]
        parts.append(_span("outcome", first, last))
    if len(parts) == 2:
        return Message("added.two", a=parts[0], b=parts[1])
    return Message("added.one", a=parts[0]) if parts else Message("added.none")


def parse_report(
    text: str, *, fiscal_year: int | None = None, plan_id: str | None = None
) -> ImportResult:
    """Read a report (text, TSV or CSV) into plan data.  Never raises on odd text: what it
    cannot read becomes warnings; check :attr:`ImportResult.usable`."""
    if plan_id is not None and not PLAN_ID_RE.fullmatch(plan_id):
        raise ReportImportError(Message("refused.plan_id", id=repr(plan_id)))
    if fiscal_year is not None and not (1900 <= fiscal_year <= 3000):
        raise ReportImportError(Message("refused.fiscal_year", year=str(fiscal_year)))
    from ita_tui.importer.formats import pasted

    return parse_records(pasted.read(text), fiscal_year=fiscal_year, plan_id=plan_id)


def parse_records(
    source: Source, *, fiscal_year: int | None = None, plan_id: str | None = None
) -> ImportResult:
    """Plan data from a report already read into rows (any format).  Damaged Thai is repaired
    first (noted); "�" left in the text is warned with its place."""
    if plan_id is not None and not PLAN_ID_RE.fullmatch(plan_id):
        raise ReportImportError(Message("refused.plan_id", id=repr(plan_id)))
    if fiscal_year is not None and not (1900 <= fiscal_year <= 3000):
        raise ReportImportError(Message("refused.fiscal_year", year=str(fiscal_year)))
    parser = _Parser()
    records, repair_notes = repaired(source.records)
    parser.run(records)
    result = parser.finish(fiscal_year, plan_id)
    head = [*source.notes, *repair_notes]
    result.notes[PLAN_NOTES] = head + result.notes.get(PLAN_NOTES, [])
    result.warnings[:0] = source.warnings
    result.kind = source.kind
    return result


def _is_number(text: str) -> bool:
    """ASCII digits only: ``"²".isdigit()`` is true, and ``int("²")`` fails."""
    return text.isascii() and text.isdigit()
