"""The report as a document: sections, facts, tables and paragraphs, in words and digits.

:func:`build_document` decides *what* the report says, once: the labels, the numbers in the
chosen digits, the order of everything. The text, Markdown and HTML renderers only decide
*how it looks*, so the three formats always carry the same content.

Strings in the document are plain text, never markup: every renderer escapes them for its
own format. Control characters and invisible ones (bidi overrides such as U+202E, zero-width
spaces) from the plan or progress file are already made visible (written ``\\u202e``), as
the app and ``status`` show them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Generic, Literal, TypeVar

from ita_tui import charts
from ita_tui.model import OutcomeProgress, Status
from ita_tui.report.labels import Words
from ita_tui.report.model import STATE_NAMES, Item, Report
from ita_tui.signoff import SignOff
from ita_tui.state import ActivityState, Tally
from ita_tui.textutil import visible

_T = TypeVar("_T")
_K = TypeVar("_K")
_V = TypeVar("_V")

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


class RepeatedRows(Generic[_T]):
    """Rows that appear in more than one table of a section, and what a renderer made of
    each, kept from its first appearance to its last.

    The document lists an open outcome under each job title that must act on it, with the
    same row each time (the same columns too): a renderer lays such a row out once. Only
    the rows still to come are held, never the whole list.
    """

    def __init__(self, section: Section) -> None:
        uses: dict[int, int] = {}
        for block in section.blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    uses[id(row)] = uses.get(id(row), 0) + 1
        # the rows are the section's, alive while it is rendered: their ids stay theirs
        self._uses = {key: count for key, count in uses.items() if count > 1}
        self._made: dict[int, _T] = {}

    def get(self, row: Sequence[Inline], make: Callable[[Sequence[Inline]], _T]) -> _T:
        """``make(row)``, or what it gave at the row's earlier appearance."""
        key = id(row)
        left = self._uses.get(key)
        if left is None:
            return make(row)
        found = self._made.get(key)
        if found is None:
            found = make(row)
        if left > 1:
            self._uses[key] = left - 1
            self._made[key] = found
        else:  # its last appearance: let it go
            del self._uses[key]
            self._made.pop(key, None)
        return found


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


@dataclass(frozen=True)
class Series:
    """One kind of value a chart draws: a fixed token (``done``…) and its words."""

    token: str
    label: str


@dataclass(frozen=True)
class ChartRow:
    label: str  # a short name on the chart (ประเด็นที่ ๑, ต.ค., a job title)
    values: tuple[int | None, ...]  # one per series; None: not drawn (a month to come)
    texts: tuple[str, ...]  # the values in the report's digits
    note: str = ""  # written after the bar: done/applicable, or the open total


@dataclass(frozen=True)
class Chart:
    """A chart and the same figures as a table (its text alternative).

    ``kind`` is ``stack`` (horizontal bars split into the series, each bar the row's whole),
    ``bars`` (horizontal bars split into the series on one scale up to ``top``) or ``line``
    (one line per series across the rows, up to ``top``; the first series has no value
    after ``mark``). Text and Markdown draw ``text_bars`` with ``legend`` beside the table.
    """

    anchor: str
    kind: Literal["stack", "bars", "line"]
    title: str
    desc: str
    series: tuple[Series, ...]
    rows: tuple[ChartRow, ...]
    top: int
    table: Table
    text_bars: tuple[str, ...]
    legend: str
    bar_header: str = ""
    mark: int | None = None  # the row of the report's day (line chart)
    mark_label: str = ""
    #: the value axis of a line chart: (value, its text)
    ticks: tuple[tuple[int, str], ...] = ()


Block = Facts | Table | Paragraph | Subheading | Chart


@dataclass(frozen=True)
class Section:
    anchor: str  # a fixed ASCII name (``overall``…), for links inside an HTML page
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class SignBox:
    """One signature on the sign-off block: its role and lines of (label, value). A value
    of None is a blank line to fill in by hand; the signature line is always blank."""

    role: str
    lines: tuple[tuple[str, str | None], ...]


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
    #: the reporter's and the executive's signatures, at the end of the report
    signoff: tuple[SignBox, ...] = ()


def clean(text: str) -> str:
    """Plan or progress text on one line, control codes and invisible characters (a bidi
    override that makes ``gpj.exe`` read ``exe.jpg``, a zero-width space) made visible."""
    return visible(text, keep_newlines=False).strip()


def clean_block(text: str) -> str:
    """Multi-line text (a note): newlines kept, other characters as :func:`clean` shows them."""
    return visible(text.replace("\r\n", "\n").replace("\r", "\n")).strip("\n")


#: An evidence link: shown as :func:`clean` shows any text, never other than as it is.
clean_link = clean


def _signoff(report: Report, w: Words, signoff: SignOff | None) -> tuple[SignBox, ...]:
    names = signoff or SignOff()
    reporter = SignBox(
        w("report.sign_reporter"),
        (
            (w("report.sign_signed"), None),
            ("", f"({clean(names.reporter)})" if names.reporter else None),
            (w("report.sign_position"), clean(names.reporter_position) or None),
            (w("report.sign_date"), w.date_be(report.generated)),
        ),
    )
    approver = SignBox(
        w("report.sign_approver"),
        (
            (w("report.sign_signed"), None),
            ("", f"({clean(names.approver)})" if names.approver else None),
            (w("report.sign_position"), clean(names.approver_position) or None),
            (w("report.sign_date"), None),
        ),
    )
    return reporter, approver


def build_document(report: Report, words: Words, signoff: SignOff | None = None) -> Document:
    w = words
    plan = report.plan
    quarter = report.quarter
    place = " ".join(clean(p) for p in (plan.organisation, plan.district, plan.province) if p)
    facts: list[tuple[str, tuple[Inline, ...]]] = [
        (w("report.fiscal_year"), (w.fiscal_year(quarter.fiscal_year),)),
        (
            w("report.period"),
            (f"{w.quarter(quarter)} · {w('report.round', months=w.num(report.months))}",),
        ),
        (w("report.as_of"), (w.date_be(report.as_of),)),
        (w("report.generated"), (w.date_be(report.generated),)),
    ]
    measures = w("report.measures_from_value", title=clean(plan.title))
    ita = plan.ita
    if ita is not None and ita.score is not None:  # a score not filled in yet: no line
        key = "report.ita_value" if ita.level.strip() else "report.ita_value_no_level"
        result = w(key, year=w.num(ita.year), score=w.decimal(ita.score), level=clean(ita.level))
        measures += w("report.answers_ita", ita=result)
    facts.append((w("report.measures_from"), (measures,)))
    period = w(
        "report.period_line",
        quarter=w.quarter_name(quarter.number),
        round=w("report.round", months=w.num(report.months)),
        be=w.num(quarter.fiscal_year),
    )
    sections = (
        _overall(report, w),
        _charts(report, w),
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
        title=w("report.report_title"),
        period=period,
        facts=Facts(tuple(facts)),
        sections=numbered,
        footer=w("report.footer"),
        signoff=_signoff(report, w, signoff),
    )


def _bar(w: Words, done: int, total: int) -> Bar:
    return Bar(done, total, w.percent(done, total))


def _progress(w: Words, tally: Tally) -> tuple[str, Inline]:
    """A count's ``done/applicable`` and its bar; for a count of no outcome at all, ``–``
    and "no outcomes yet" (never ``0/0`` and a full bar)."""
    if tally.total == 0:
        return "–", w.progress(tally)
    return f"{w.num(tally.done)}/{w.num(tally.applicable)}", _bar(w, tally.done, tally.applicable)


def _none(w: Words) -> Paragraph:
    return Paragraph((w("report.none"),))


def _overall(report: Report, w: Words) -> Section:
    totals = report.totals
    states = " · ".join(
        f"{w.state(state)} {w.num(count)}"
        for state, count in report.states.items()
        if count or state is not ActivityState.NO_OUTCOMES  # named only when there are some
    )
    done: tuple[Inline, ...] = (
        (w.progress(totals),)
        if totals.total == 0
        else (
            w("report.of", done=w.num(totals.done), total=w.num(totals.applicable)),
            _bar(w, totals.done, totals.applicable),
        )
    )
    items: list[tuple[str, tuple[Inline, ...]]] = [
        (w("report.outcomes_done"), done),
        (w("report.na_count"), (w("report.na_value", count=w.num(totals.not_applicable)),)),
        (
            w("report.activities"),
            (f"{w('report.activities_value', count=w.num(report.activity_count))}: {states}",),
        ),
    ]
    blocks: list[Block] = []
    if report.provisional:
        blocks.append(Paragraph((w("report.provisional"),), notice=True))
    blocks.append(Facts(tuple(items)))
    return Section("overall", w("report.s_overall"), tuple(blocks))


def _issues(report: Report, w: Words) -> Section:
    columns = (
        Column(w("report.col_no"), nowrap=True),
        Column(w("report.col_activity"), grow=1),
        Column(w("report.col_responsible"), detail=True),
        Column(w("report.col_period"), nowrap=True),
        Column(w("report.col_done"), align="right", nowrap=True),
        Column(w("report.col_progress"), nowrap=True),
        Column(w("report.col_state"), nowrap=True),
    )
    blocks: list[Block] = []
    # the same few job titles, periods and states, written once each
    responsible: dict[tuple[str, ...], Lines] = {}
    periods: dict[tuple[int, ...], str] = {}
    badges: dict[ActivityState, Badge] = {}
    for issue in report.issues:
        t = issue.tally
        count = (
            w.progress(t)
            if t.total == 0
            else f"{w.num(t.done)}/{w.num(t.applicable)} ({w.percent(t.done, t.applicable)})"
        )
        blocks.append(
            Subheading(
                f"{w('report.issue', id=w.num(clean(issue.number)))} {clean(issue.issue.title)} — {count}"
            )
        )
        rows = tuple(
            (
                w.num(clean(a.number)),
                clean(a.activity.title),
                memo(
                    responsible,
                    a.activity.responsible,
                    lambda titles: Lines(tuple(map(clean, titles))),
                ),
                memo(periods, a.activity.quarters, w.quarters),
                *_progress(w, a.tally),
                memo(badges, a.state, lambda state: Badge(w.state(state), STATE_NAMES[state])),
            )
            for a in issue.activities
        )
        blocks.append(Table(columns, rows))
    return Section("issues", w("report.s_issues"), tuple(blocks))


def memo(made: dict[_K, _V], key: _K, make: Callable[[_K], _V]) -> _V:
    """``make(key)``, made once for each key (texts a report repeats on every row)."""
    found = made.get(key)
    if found is None:
        found = made[key] = make(key)
    return found


def _item_cells(item: Item, w: Words) -> tuple[str, str]:
    return w.num(clean(item.outcome.number)), clean(item.outcome.outcome.text)


def _outstanding(report: Report, w: Words) -> Section:
    """The open outcomes, each once (overdue first), then each job title with how many it
    must act on and their numbers: an outcome several titles share is written out once."""
    if not report.outstanding:
        return Section("outstanding", w("report.s_outstanding"), (_none(w),))
    columns = (
        Column(w("report.col_id"), nowrap=True),
        Column(w("report.col_outcome"), grow=1),
        Column(w("report.col_responsible"), detail=True),
        Column(w("report.col_due"), nowrap=True),
        Column(w("report.col_state"), nowrap=True),
    )
    blocks: list[Block] = [Paragraph((w("report.outstanding_intro", day=w.date(report.as_of)),))]
    dates: dict[dt.date, str] = {}
    states: dict[tuple[ActivityState, Status], Badge] = {}
    responsible: dict[tuple[str, ...], Lines] = {}
    numbers: dict[str, str] = {}
    items: dict[str, Item] = {}
    for group in report.outstanding:
        for item in group.items:
            items.setdefault(item.outcome.outcome.id, item)
    # overdue first, then in the plan's order
    place = {o.id: n for n, o in enumerate(report.plan.outcomes())}
    overdue = ActivityState.OVERDUE
    ordered = sorted(
        items.values(),
        key=lambda i: (i.activity.state is not overdue, place.get(i.outcome.outcome.id, 0)),
    )
    rows = []
    for item in ordered:
        number, text = _item_cells(item, w)
        badge = states.get((item.activity.state, item.outcome.status))
        numbers[item.outcome.outcome.id] = number
        state = (item.activity.state, item.outcome.status)
        rows.append(
            (
                number,
                text,
                memo(
                    responsible,
                    item.activity.activity.responsible,
                    lambda titles: Lines(tuple(clean(t) or w("report.no_one") for t in titles)),
                )
                if item.activity.activity.responsible
                else w("report.no_one"),
                memo(dates, item.activity.due, w.date),
                badge or states.setdefault(state, _open_state(item, w)),
            )
        )
    blocks.append(Table(columns, tuple(rows), compact=True))
    blocks.append(Subheading(w("report.s_outstanding_by_job")))
    job_rows = []
    for group in report.outstanding:
        count = w.num(len(group.items))
        job_rows.append(
            (
                clean(group.title) or w("report.no_one"),
                w("report.open_count_overdue", count=count, overdue=w.num(group.overdue))
                if group.overdue
                else count,
                ", ".join(numbers[item.outcome.outcome.id] for item in group.items),
            )
        )
    job_columns = (
        Column(w("report.col_job"), grow=1),
        Column(w("report.col_open_count"), align="right", nowrap=True),
        Column(w("report.col_open_ids"), grow=2),
    )
    blocks.append(Table(job_columns, tuple(job_rows)))
    return Section("outstanding", w("report.s_outstanding"), tuple(blocks))


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
    cleaned = tuple(clean_link(u) for u in urls if u.strip())
    return Lines(cleaned, links=True) if cleaned else w("report.no_evidence")


def _done(report: Report, w: Words) -> Section:
    if not report.done_in_quarter:
        return Section("done", w("report.s_done"), (_none(w),))
    columns = (
        Column(w("report.col_id"), nowrap=True),
        Column(w("report.col_outcome"), grow=3),
        Column(w("report.col_done_on"), nowrap=True),
        Column(w("report.col_evidence"), grow=2),
    )
    rows = tuple(
        (
            *_item_cells(item, w),
            w.date(item.outcome.done_on) if item.outcome.done_on else "",
            _evidence(item.outcome.evidence, w),
        )
        for item in report.done_in_quarter
    )
    return Section("done", w("report.s_done"), (Table(columns, rows),))


def _not_applicable(report: Report, w: Words) -> Section:
    if not report.not_applicable:
        return Section("not_applicable", w("report.s_na"), (_none(w),))
    columns = (
        Column(w("report.col_id"), nowrap=True),
        Column(w("report.col_outcome"), grow=1),
        Column(w("report.col_activity"), nowrap=True),
    )
    rows = tuple(
        (*_item_cells(item, w), w.num(clean(item.activity.number)))
        for item in report.not_applicable
    )
    return Section("not_applicable", w("report.s_na"), (Table(columns, rows),))


def _change_text(old: OutcomeProgress, new: OutcomeProgress, w: Words) -> str:
    parts: list[str] = []
    if old.status is not new.status:
        parts.append(w("report.status_change", old=w.status(old.status), new=w.status(new.status)))
    if old.done_on != new.done_on and new.status is Status.DONE:
        parts.append(
            w("report.done_on_change", old=_day(old, w), new=_day(new, w))
            if old.status is Status.DONE
            else f"{w('report.col_done_on')} {_day(new, w)}"
        )
    added = [e for e in new.evidence if e not in old.evidence]
    removed = [e for e in old.evidence if e not in new.evidence]
    if added:
        parts.append(w("report.evidence_added", count=w.num(len(added))))
    if removed:
        parts.append(w("report.evidence_removed", count=w.num(len(removed))))
    if old.note != new.note:
        parts.append(w("report.note_set") if new.note.strip() else w("report.note_cleared"))
    return "; ".join(parts) or w("report.no_change")


def _day(record: OutcomeProgress, w: Words) -> str:
    return w.date(record.done_on) if record.done_on else w("report.blank_date")


def _changes(report: Report, w: Words) -> Section:
    """Each outcome's net change in the quarter, signed with the names the log records."""
    blocks: list[Block] = []
    clock = report.clock
    if clock.missing:
        blocks.append(
            Paragraph((w("report.zone_missing", zone=clean(clock.missing)),), notice=True)
        )
    if not report.net_changes:
        return Section("changes", w("report.s_changes"), (*blocks, _none(w)))
    columns = (
        Column(w("report.col_when"), nowrap=True),
        Column(w("report.col_by"), grow=1),
        Column(w("report.col_id"), nowrap=True),
        Column(w("report.col_change"), grow=3),
    )
    noon = dt.datetime.combine(report.as_of, dt.time(12), tzinfo=dt.UTC)
    zone = clean(clock.name) or w("report.zone_local")
    blocks.append(
        Paragraph((w("report.changes_intro", zone=zone, offset=w.num(clock.offset(noon))),))
    )
    people: dict[tuple[str, ...], Inline] = {}  # the same few people on many rows
    rows = tuple(
        (
            w.time(change.at),
            memo(people, change.by, lambda names: _signed(names, w)),
            w.num(clean(change.outcome_id)),
            _change_text(change.start, change.end, w)
            + ("" if change.outcome is not None else f" {w('report.not_in_plan')}"),
        )
        for change in report.net_changes
    )
    blocks.append(Table(columns, rows))
    return Section("changes", w("report.s_changes"), tuple(blocks))


def _signed(names: tuple[str, ...], w: Words) -> Inline:
    """The officers who made a change, as the log records them."""
    shown = tuple(clean(name) or w("report.by_unknown") for name in names)
    return shown[0] if len(shown) == 1 else Lines(shown)


def _notes(report: Report, w: Words) -> Section:
    if not report.notes:
        return Section("notes", w("report.s_notes"), (_none(w),))
    columns = (
        Column(w("report.col_id"), nowrap=True),
        Column(w("report.col_outcome"), grow=1),
        Column(w("report.col_note"), grow=1),
    )
    rows = tuple((*_item_cells(item, w), clean_block(item.outcome.note)) for item in report.notes)
    return Section("notes", w("report.s_notes"), (Table(columns, rows),))


#: The text bars' characters: told apart without colour, printed or on screen.
TEXT_MARKS = {
    "done": "█",
    "due": "▒",
    "overdue": "×",
    "not_yet": "░",
    "not_applicable": "·",
    "gap": "░",
}
TEXT_BAR = 12  # never wider than the narrowest a text column may be squeezed to


def text_bar(parts: list[tuple[str, int]], scale: int, width: int = TEXT_BAR) -> str:
    """Marks for each part, ``width`` cells standing for ``scale``; a part that is not zero
    always shows at least one mark, and the bar never rounds past the parts it has."""
    if scale <= 0:
        return ""
    cells = []
    used = 0
    total = 0
    for token, count in parts:
        total += count
        end = width * total // scale
        size = max(end - used, 1 if count else 0)
        cells.append(TEXT_MARKS[token] * size)
        used += size
    return "".join(cells)


def _legend(w: Words, tokens: tuple[str, ...]) -> str:
    marks = "  ".join(f"{TEXT_MARKS[t]} {w(f'report.SL_{t}')}" for t in tokens)
    return f"{w('report.c_legend')}: {marks}"


def _charts(report: Report, w: Words) -> Section:
    figures = report.figures
    return Section(
        "charts",
        w("report.s_charts"),
        (_issue_chart(figures, w), _burnup_chart(figures, w), _job_chart(figures, w)),
    )


def _issue_chart(figures: charts.Figures, w: Words) -> Chart:
    tokens = tuple(part.value for part in charts.SLICES)
    series = tuple(Series(t, w(f"report.SL_{t}")) for t in tokens)
    rows = []
    table_rows = []
    bars = []
    for bar in figures.issues:
        values = tuple(bar.count(part) for part in charts.SLICES)
        texts = tuple(w.num(v) for v in values)
        number = w.num(clean(bar.number or bar.issue_id))
        note = (
            f"{w.num(bar.done)}/{w.num(bar.applicable)}"
            if bar.total
            else w.state(ActivityState.NO_OUTCOMES)
        )
        rows.append(ChartRow(w("report.issue", id=number), values, texts, note))
        table_rows.append((number, *texts, w.num(bar.total)))
        bars.append(text_bar(list(zip(tokens, values, strict=True)), bar.total))
    totals = [sum(row.values[i] or 0 for row in rows) for i in range(len(tokens))]
    summary = ", ".join(f"{s.label} {w.num(n)}" for s, n in zip(series, totals, strict=True) if n)
    columns = (
        Column(w("report.col_issue"), nowrap=True),
        *(Column(s.label, align="right", nowrap=True) for s in series),
        Column(w("report.col_total"), align="right", nowrap=True),
    )
    return Chart(
        anchor="chart-issues",
        kind="stack",
        title=w("report.c_issues", day=w.date(figures.as_of)),
        desc=w("report.c_issues_desc", summary=summary or w("report.none")),
        series=series,
        rows=tuple(rows),
        top=max((bar.total for bar in figures.issues), default=0),
        table=Table(columns, tuple(table_rows)),
        text_bars=tuple(bars),
        legend=_legend(w, tokens),
        bar_header=w("report.col_bar"),
    )


def _burnup_chart(figures: charts.Figures, w: Words) -> Chart:
    series = (Series("done", w("report.SL_done")), Series("planned", w("report.SL_planned")))
    rows = []
    table_rows = []
    bars = []
    mark = None
    for index, month in enumerate(figures.months):
        if month.done is not None:
            mark = index
        done_text = w.num(month.done) if month.done is not None else "–"
        rows.append(
            ChartRow(
                w.month(month.month_end),
                (month.done, month.planned),
                (done_text, w.num(month.planned)),
            )
        )
        table_rows.append((w.month_year(month.month_end), done_text, w.num(month.planned)))
        done = month.done or 0
        bars.append(
            text_bar([("done", done), ("gap", max(0, month.planned - done))], figures.applicable)
            if month.done is not None
            else ""
        )
    last_done = figures.months[mark].done if mark is not None else 0
    last_planned = figures.months[mark].planned if mark is not None else 0
    columns = (
        Column(w("report.col_month"), nowrap=True),
        Column(w("report.SL_done"), align="right", nowrap=True),
        Column(w("report.SL_planned"), align="right", nowrap=True),
    )
    return Chart(
        anchor="chart-burnup",
        kind="line",
        title=w("report.c_burnup", be=w.num(figures.fiscal_year)),
        desc=w(
            "report.c_burnup_desc",
            day=w.date(figures.as_of),
            done=w.num(last_done or 0),
            planned=w.num(last_planned),
            total=w.num(figures.applicable),
        ),
        series=series,
        rows=tuple(rows),
        top=figures.applicable,
        table=Table(columns, tuple(table_rows)),
        text_bars=tuple(bars),
        legend=_legend(w, ("done", "gap")),
        bar_header=w("report.col_bar"),
        mark=mark,
        mark_label=w("report.as_of_mark", day=w.date(figures.as_of)),
        ticks=tuple(
            (value, w.num(value))
            for value in sorted({0, figures.applicable // 2, figures.applicable})
        ),
    )


def _job_chart(figures: charts.Figures, w: Words) -> Chart:
    tokens = ("overdue", "due")
    series = tuple(Series(t, w(f"report.SL_{t}")) for t in tokens)
    top = max((bar.open for bar in figures.jobs), default=0)
    rows = []
    table_rows = []
    bars = []
    for bar in figures.jobs:
        title = clean(bar.title) or w("report.no_one")
        values = (bar.overdue, bar.due)
        texts = tuple(w.num(v) for v in values)
        rows.append(ChartRow(title, values, texts, w.num(bar.open)))
        table_rows.append((title, *texts, w.num(bar.open)))
        bars.append(text_bar(list(zip(tokens, values, strict=True)), top))
    summary = "; ".join(
        f"{row.label} {w('report.SL_overdue')} {row.texts[0]} {w('report.SL_due')} {row.texts[1]}"
        for row in rows
    )
    columns = (
        Column(w("report.col_job")),
        *(Column(s.label, align="right", nowrap=True) for s in series),
        Column(w("report.col_total"), align="right", nowrap=True),
    )
    return Chart(
        anchor="chart-jobs",
        kind="bars",
        title=w("report.c_jobs"),
        desc=w("report.c_jobs_desc", summary=summary)
        if rows
        else w("report.c_jobs_none", day=w.date(figures.as_of)),
        series=series,
        rows=tuple(rows),
        top=top,
        table=Table(columns, tuple(table_rows)),
        text_bars=tuple(bars),
        legend=_legend(w, tokens),
        bar_header=w("report.col_bar"),
    )


def chart_table(chart: Chart) -> Table:
    """The chart's figures with its text bars as the last column (for text and Markdown).

    A bar chart's series are headed by their marks (the key above the table names them),
    which keeps the table within 80 columns."""
    marks = {} if chart.kind == "line" else {s.label: TEXT_MARKS[s.token] for s in chart.series}
    columns = (
        *(replace(c, header=marks.get(c.header, c.header)) for c in chart.table.columns),
        Column(chart.bar_header, nowrap=True),
    )
    rows = tuple((*row, bar) for row, bar in zip(chart.table.rows, chart.text_bars, strict=True))
    return Table(columns, rows, compact=True)


#: A blank to fill in by hand on the printed report.
BLANK = "." * 40


def sign_lines(box: SignBox) -> list[str]:
    """The box's lines as plain text, blanks drawn as dotted lines (text and Markdown)."""
    out = []
    for label, value in box.lines:
        if label:
            out.append(f"{label} {value if value is not None else BLANK}")
        else:
            out.append(value if value is not None else f"({BLANK})")
    return out
