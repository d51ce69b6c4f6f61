"""The report as a document: sections, facts, tables and paragraphs, in words and digits.

:func:`build_document` decides *what* the report says, once: the labels, the numbers in the
chosen digits, the order of everything. The text, Markdown and HTML renderers only decide
*how it looks*, so the three formats always carry the same content.

Strings in the document are plain text, never markup: every renderer escapes them for its
own format. Control characters from the plan or progress file are already made visible.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ita_tui.model import OutcomeProgress, Status
from ita_tui.report.labels import Words
from ita_tui.report.model import STATE_NAMES, ChangeRow, Item, Report
from ita_tui.state import ActivityState
from ita_tui.textutil import printable

Align = Literal["left", "right", "center"]


@dataclass(frozen=True)
class Bar:
    """A progress bar: ``done`` of ``total``, with its label (``๕๐%``)."""

    done: int
    total: int
    label: str


@dataclass(frozen=True)
class Badge:
    """A short state word; ``kind`` is a fixed token (``overdue``…) a renderer may style."""

    text: str
    kind: str


@dataclass(frozen=True)
class Lines:
    """Several short texts shown one per line (job titles, evidence links)."""

    items: tuple[str, ...]
    links: bool = False


Inline = str | Bar | Badge | Lines


@dataclass(frozen=True)
class Column:
    header: str
    align: Align = "left"
    nowrap: bool = False
    #: relative share of the spare width for a column that wraps (0: as narrow as it can)
    grow: int = 0
    #: a detail of the column before it: a narrow layout (plain text) may show it there,
    #: under its header, instead of in a column of its own
    detail: bool = False


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Inline, ...], ...]
    #: a long list rather than a grid: plain text draws it without lines between rows
    compact: bool = False


@dataclass(frozen=True)
class Facts:
    """Label: value lines (the heading's details, the overall figures)."""

    items: tuple[tuple[str, tuple[Inline, ...]], ...]


@dataclass(frozen=True)
class Paragraph:
    parts: tuple[Inline, ...]
    notice: bool = False


@dataclass(frozen=True)
class Subheading:
    text: str


Block = Facts | Table | Paragraph | Subheading


@dataclass(frozen=True)
class Section:
    anchor: str  # a fixed ASCII name (``overall``…), for links inside an HTML page
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Document:
    lang: str
    place: str  # organisation, district, province
    #: what the report is (generated, never the plan's own title, which names the ITA
    #: year its measures answer and appears among the facts)
    title: str
    period: str  # ไตรมาสที่ ๒ (รอบ ๖ เดือน) ปีงบประมาณ พ.ศ. ๒๕๖๘
    facts: Facts
    sections: tuple[Section, ...]
    footer: str


def clean(text: str) -> str:
    """Plan or progress text on one line, control characters made visible."""
    return printable(text, keep_newlines=False).strip()


def clean_block(text: str) -> str:
    """Multi-line text (a note): newlines kept, other control characters made visible."""
    return printable(text.replace("\r\n", "\n").replace("\r", "\n")).strip("\n")


def build_document(report: Report, words: Words) -> Document:
    w = words
    plan = report.plan
    quarter = report.quarter
    place = " ".join(clean(p) for p in (plan.organisation, plan.district, plan.province) if p)
    facts: list[tuple[str, tuple[Inline, ...]]] = [
        (w("fiscal_year"), (w.fiscal_year(quarter.fiscal_year),)),
        (w("period"), (f"{w.quarter(quarter)} · {w('round', months=w.num(report.months))}",)),
        (w("as_of"), (w.date_be(report.as_of),)),
        (w("generated"), (w.date_be(report.generated),)),
    ]
    measures = w("measures_from_value", title=clean(plan.title))
    if plan.ita is not None:
        ita = plan.ita
        key = "ita_value" if ita.level.strip() else "ita_value_no_level"
        result = w(key, year=w.num(ita.year), score=w.decimal(ita.score), level=clean(ita.level))
        measures += w("answers_ita", ita=result)
    facts.append((w("measures_from"), (measures,)))
    period = w(
        "period_line",
        quarter=w.quarter_name(quarter.number),
        round=w("round", months=w.num(report.months)),
        be=w.num(quarter.fiscal_year),
    )
    sections = (
        _overall(report, w),
        _issues(report, w),
        _outstanding(report, w),
        _done(report, w),
        _not_applicable(report, w),
        _changes(report, w),
        _notes(report, w),
    )
    numbered = tuple(
        Section(s.anchor, f"{w.num(n)}. {s.title}", s.blocks) for n, s in enumerate(sections, 1)
    )
    return Document(
        lang=w.lang,
        place=place,
        title=w("report_title"),
        period=period,
        facts=Facts(tuple(facts)),
        sections=numbered,
        footer=w("footer"),
    )


def _bar(w: Words, done: int, total: int) -> Bar:
    return Bar(done, total, w.percent(done, total))


def _none(w: Words) -> Paragraph:
    return Paragraph((w("none"),))


def _overall(report: Report, w: Words) -> Section:
    totals = report.totals
    states = " · ".join(
        f"{w.state(state)} {w.num(count)}" for state, count in report.states.items()
    )
    items: list[tuple[str, tuple[Inline, ...]]] = [
        (
            w("outcomes_done"),
            (
                w("of", done=w.num(totals.done), total=w.num(totals.applicable)),
                _bar(w, totals.done, totals.applicable),
            ),
        ),
        (w("na_count"), (w("na_value", count=w.num(totals.not_applicable)),)),
        (
            w("activities"),
            (f"{w('activities_value', count=w.num(report.activity_count))}: {states}",),
        ),
    ]
    blocks: list[Block] = []
    if report.provisional:
        blocks.append(Paragraph((w("provisional"),), notice=True))
    blocks.append(Facts(tuple(items)))
    return Section("overall", w("s_overall"), tuple(blocks))


def _issues(report: Report, w: Words) -> Section:
    columns = (
        Column(w("col_no"), nowrap=True),
        Column(w("col_activity"), grow=1),
        Column(w("col_responsible"), detail=True),
        Column(w("col_period"), nowrap=True),
        Column(w("col_done"), align="right", nowrap=True),
        Column(w("col_progress"), nowrap=True),
        Column(w("col_state"), nowrap=True),
    )
    blocks: list[Block] = []
    for issue in report.issues:
        t = issue.tally
        blocks.append(
            Subheading(
                f"{w('issue', id=w.num(clean(issue.id)))} {clean(issue.issue.title)} — "
                f"{w.num(t.done)}/{w.num(t.applicable)} ({w.percent(t.done, t.applicable)})"
            )
        )
        rows = tuple(
            (
                w.num(clean(a.id)),
                clean(a.activity.title),
                Lines(tuple(clean(r) for r in a.activity.responsible)),
                w.quarters(a.activity.quarters),
                f"{w.num(a.tally.done)}/{w.num(a.tally.applicable)}",
                _bar(w, a.tally.done, a.tally.applicable),
                Badge(w.state(a.state), STATE_NAMES[a.state]),
            )
            for a in issue.activities
        )
        blocks.append(Table(columns, rows))
    return Section("issues", w("s_issues"), tuple(blocks))


def _item_cells(item: Item, w: Words) -> tuple[str, str]:
    return w.num(clean(item.outcome.id)), clean(item.outcome.outcome.text)


def _outstanding(report: Report, w: Words) -> Section:
    if not report.outstanding:
        return Section("outstanding", w("s_outstanding"), (_none(w),))
    columns = (
        Column(w("col_id"), nowrap=True),
        Column(w("col_outcome"), grow=1),
        Column(w("col_due"), nowrap=True),
        Column(w("col_state"), nowrap=True),
    )
    blocks: list[Block] = [Paragraph((w("outstanding_intro", day=w.date(report.as_of)),))]
    for group in report.outstanding:
        title = clean(group.title) or w("no_one")
        count = w.num(len(group.items))
        heading = (
            w("group_overdue", title=title, count=count, overdue=w.num(group.overdue))
            if group.overdue
            else w("group", title=title, count=count)
        )
        blocks.append(Subheading(heading))
        rows = tuple(
            (*_item_cells(item, w), w.date(item.activity.due), _open_state(item, w))
            for item in group.items
        )
        blocks.append(Table(columns, rows, compact=True))
    return Section("outstanding", w("s_outstanding"), tuple(blocks))


def _open_state(item: Item, w: Words) -> Badge:
    """Overdue, and whether work has begun; or, for an activity still running, the outcome's status."""
    state = item.activity.state
    if state is ActivityState.OVERDUE:
        text = w.state(state)
        if item.outcome.status is Status.IN_PROGRESS:
            text += "\n" + w.status(Status.IN_PROGRESS)
    else:
        text = w.status(item.outcome.status)
    return Badge(text, STATE_NAMES[state])


def _evidence(urls: tuple[str, ...], w: Words) -> Inline:
    cleaned = tuple(clean(u) for u in urls if u.strip())
    return Lines(cleaned, links=True) if cleaned else w("no_evidence")


def _done(report: Report, w: Words) -> Section:
    if not report.done_in_quarter:
        return Section("done", w("s_done"), (_none(w),))
    columns = (
        Column(w("col_id"), nowrap=True),
        Column(w("col_outcome"), grow=3),
        Column(w("col_done_on"), nowrap=True),
        Column(w("col_evidence"), grow=2),
    )
    rows = tuple(
        (
            *_item_cells(item, w),
            w.date(item.outcome.done_on) if item.outcome.done_on else "",
            _evidence(item.outcome.evidence, w),
        )
        for item in report.done_in_quarter
    )
    return Section("done", w("s_done"), (Table(columns, rows),))


def _not_applicable(report: Report, w: Words) -> Section:
    if not report.not_applicable:
        return Section("not_applicable", w("s_na"), (_none(w),))
    columns = (
        Column(w("col_id"), nowrap=True),
        Column(w("col_outcome"), grow=1),
        Column(w("col_activity"), nowrap=True),
    )
    rows = tuple(
        (*_item_cells(item, w), w.num(clean(item.activity.id))) for item in report.not_applicable
    )
    return Section("not_applicable", w("s_na"), (Table(columns, rows),))


def _change_text(row: ChangeRow, w: Words) -> str:
    old, new = row.old, row.new
    parts: list[str] = []
    if old.status is not new.status:
        parts.append(w("status_change", old=w.status(old.status), new=w.status(new.status)))
    if old.done_on != new.done_on and new.status is Status.DONE:
        parts.append(
            w("done_on_change", old=_day(old, w), new=_day(new, w))
            if old.status is Status.DONE
            else f"{w('col_done_on')} {_day(new, w)}"
        )
    added = [e for e in new.evidence if e not in old.evidence]
    removed = [e for e in old.evidence if e not in new.evidence]
    if added:
        parts.append(w("evidence_added", count=w.num(len(added))))
    if removed:
        parts.append(w("evidence_removed", count=w.num(len(removed))))
    if old.note != new.note:
        parts.append(w("note_set") if new.note.strip() else w("note_cleared"))
    return "; ".join(parts) or w("no_change")


def _day(record: OutcomeProgress, w: Words) -> str:
    return w.date(record.done_on) if record.done_on else w("blank_date")


def _changes(report: Report, w: Words) -> Section:
    if not report.changes:
        return Section("changes", w("s_changes"), (_none(w),))
    columns = (
        Column(w("col_when"), nowrap=True),
        Column(w("col_by"), grow=1),
        Column(w("col_id"), nowrap=True),
        Column(w("col_change"), grow=3),
    )
    rows = tuple(
        (
            w.time(row.at),
            clean(row.by),
            w.num(clean(row.outcome_id)),
            _change_text(row, w) + ("" if row.outcome is not None else f" {w('not_in_plan')}"),
        )
        for row in report.changes
    )
    return Section("changes", w("s_changes"), (Table(columns, rows),))


def _notes(report: Report, w: Words) -> Section:
    if not report.notes:
        return Section("notes", w("s_notes"), (_none(w),))
    columns = (
        Column(w("col_id"), nowrap=True),
        Column(w("col_outcome"), grow=1),
        Column(w("col_note"), grow=1),
    )
    rows = tuple((*_item_cells(item, w), clean_block(item.outcome.note)) for item in report.notes)
    return Section("notes", w("s_notes"), (Table(columns, rows),))
