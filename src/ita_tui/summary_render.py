"""The overview of many agencies (:mod:`ita_tui.summary`) as text, Markdown, HTML or CSV.

Text, Markdown and HTML are a report :class:`~ita_tui.report.document.Document` laid out by
the report's own renderers, so they look and behave like the quarterly report (plain text
aligned by display width, escaped Markdown, one self-contained HTML page). CSV is one row
per agency with Arabic digits and ISO dates, cells made safe for spreadsheets.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from ita_tui.error_text import worded
from ita_tui.progress_words import whole_percent
from ita_tui.report.document import (
    Badge,
    Bar,
    Column,
    Document,
    Facts,
    Inline,
    Paragraph,
    Section,
    Table,
    clean,
)
from ita_tui.report.labels import Words
from ita_tui.report.render_csv import BOM, cell
from ita_tui.report.render_html import render_html
from ita_tui.report.render_markdown import render_markdown
from ita_tui.report.render_text import render_text
from ita_tui.summary import Agency, Summary

FORMATS = ("text", "md", "html", "csv")


def document(summary: Summary, words: Words, today: dt.date) -> Document:
    w = words
    period = summary.period
    if period is None:
        heading = w("summary.no_period")
    else:
        heading = w("summary.period", quarter=w.quarter_name(period[1]), be=w.num(period[0]))
    others = sum(1 for agency in summary.agencies if summary.other_period(agency))
    facts = Facts(
        (
            (w("summary.f_agencies"), (w.num(len(summary.agencies)),)),
            (w("summary.f_other"), (w.num(others),)),
            (w("summary.f_skipped"), (w.num(len(summary.skipped)),)),
            (w("summary.f_generated"), (w.date_be(today),)),
        )
    )
    sections = [
        Section("agencies", f"{w.num(1)}. {w('summary.s_agencies')}", _agencies(summary, w))
    ]
    sections.append(
        Section("skipped", f"{w.num(2)}. {w('summary.s_skipped')}", _skipped(summary, w))
    )
    return Document(
        lang=w.lang,
        place=w("summary.place", count=w.num(len(summary.agencies) + len(summary.skipped))),
        title=w("summary.title"),
        period=heading,
        facts=facts,
        sections=tuple(sections),
        footer=w("report.footer"),
    )


def _ita(agency: Agency, w: Words) -> str:
    if agency.ita_year is None or agency.ita_score is None:
        return "–"
    return w(
        "summary.ita",
        year=w.num(agency.ita_year),
        score=w.decimal(agency.ita_score),
        level=clean(agency.ita_level),
    ).strip()


def _agencies(summary: Summary, w: Words) -> tuple[Paragraph | Table, ...]:
    if not summary.agencies:
        return (Paragraph((w("report.none"),)),)
    columns = (
        Column(w("report.col_no"), align="right", nowrap=True),
        Column(w("summary.c_agency"), grow=1),
        Column(w("summary.c_done"), align="right", nowrap=True),
        Column(w("report.col_progress"), nowrap=True),
        Column(w("summary.c_overdue"), align="right", nowrap=True),
        Column(w("summary.c_ita"), nowrap=True),
        Column(w("report.as_of"), nowrap=True),
        Column(w("summary.c_quarter"), nowrap=True),
    )
    rows: list[tuple[Inline, ...]] = []
    for number, agency in enumerate(summary.agencies, 1):
        name = clean(agency.organisation)
        if agency.province:
            name += f" {clean(agency.province)}"
        quarter: Inline = w(
            "summary.quarter_of", quarter=w.num(agency.quarter), be=w.num(agency.fiscal_year)
        )
        notes = []
        if summary.other_period(agency):
            notes.append(w("summary.other"))
        if agency.provisional:
            notes.append(w("summary.provisional"))
        if notes:
            quarter = Badge(f"{quarter}\n" + "\n".join(notes), "overdue")
        rows.append(
            (
                w.num(number),
                name,
                f"{w.num(agency.done)}/{w.num(agency.applicable)}",
                Bar(agency.done, agency.applicable, w.percent(agency.done, agency.applicable)),
                w.num(agency.overdue),
                _ita(agency, w),
                w.date(agency.as_of),
                quarter,
            )
        )
    return (Table(columns, tuple(rows)),)


def _skipped(summary: Summary, w: Words) -> tuple[Paragraph | Table, ...]:
    if not summary.skipped:
        return (Paragraph((w("report.none"),)),)
    columns = (Column(w("summary.c_file"), grow=1), Column(w("summary.c_reason"), grow=1))
    rows = tuple((clean(str(s.path)), clean(worded(s.reason, w.lang))) for s in summary.skipped)
    return (Table(columns, rows, compact=True),)


CSV_COLUMNS = (
    "rank",
    "organisation",
    "province",
    "plan_id",
    "fiscal_year",
    "quarter",
    "other_quarter",
    "as_of",
    "provisional",
    "done",
    "applicable",
    "percent",
    "overdue_outcomes",
    "overdue_activities",
    "activities",
    "ita_year",
    "ita_score",
    "ita_level",
    "file",
)


def render_csv(summary: Summary) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for rank, agency in enumerate(summary.agencies, 1):
        writer.writerow(
            (
                rank,
                cell(agency.organisation),
                cell(agency.province),
                cell(agency.plan_id),
                agency.fiscal_year,
                agency.quarter,
                "yes" if summary.other_period(agency) else "no",
                agency.as_of.isoformat(),
                "yes" if agency.provisional else "no",
                agency.done,
                agency.applicable,
                _percent(agency.done, agency.applicable),
                agency.overdue,
                agency.overdue_activities,
                agency.activities,
                "" if agency.ita_year is None else agency.ita_year,
                "" if agency.ita_score is None else f"{agency.ita_score:.2f}",
                cell(agency.ita_level),
                cell(str(agency.path)),
            )
        )
    return BOM + out.getvalue()


def render(summary: Summary, fmt: str, words: Words, today: dt.date, width: int = 100) -> str:
    """The overview in ``fmt`` (text, md, html or csv)."""
    if fmt == "csv":
        return render_csv(summary)
    doc = document(summary, words, today)
    if fmt == "md":
        return render_markdown(doc)
    if fmt == "html":
        return render_html(doc)
    if fmt == "text":
        return render_text(doc, width)
    raise ValueError(f"{fmt!r} is not a format: use one of {', '.join(FORMATS)}")


def _percent(done: int, applicable: int) -> str:
    """Whole percent rounded down, as the app and every report write it ("" for none)."""
    value = whole_percent(done, applicable)
    return "" if value is None else str(value)
