"""The quarterly status report: the plan as of a quarter's end, in five formats.

The one entry point is :func:`export`; the command line (``ita-tui export``) and the app's
export dialog both call it. It does no I/O: the caller reads the plan, the progress and
the change log, and writes the returned text where the user asked (CSV text begins with a
byte-order mark, so write it as UTF-8 without adding another).

Layers, each in its own module:

* :mod:`.model` - what the report says, as of the quarter's end (no words, no layout);
* :mod:`.document` - the same in words and digits, as sections, facts and tables;
* :mod:`.render_text`, :mod:`.render_markdown`, :mod:`.render_html` - lay the document out;
* :mod:`.render_csv`, :mod:`.render_json` - the model for machines (Arabic digits, ISO dates);
* :mod:`.render_docx` - the Word file in the official layout (bytes: see :func:`export_bytes`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
from collections.abc import Iterable, Iterator, Mapping

from ita_tui.model import OutcomeProgress, Plan
from ita_tui.paths import safe_file_stem
from ita_tui.report.document import build_document
from ita_tui.report.labels import DIGITS, LANGS, Words, default_digits
from ita_tui.report.model import Report, build_report
from ita_tui.report.render_csv import csv_chunks
from ita_tui.report.render_docx import docx_bytes
from ita_tui.report.render_html import html_chunks
from ita_tui.report.render_json import json_chunks
from ita_tui.report.render_markdown import markdown_chunks
from ita_tui.report.render_text import lines as text_lines
from ita_tui.signoff import SignOff
from ita_tui.store.change_log import Change
from ita_tui.thai.calendar import FiscalYear, Quarter, quarter_of

__all__ = [
    "DIGITS",
    "EXTENSIONS",
    "FORMATS",
    "LANGS",
    "MAX_WIDTH",
    "MIN_WIDTH",
    "TEXT_FORMATS",
    "Report",
    "build_report",
    "default_filename",
    "default_quarter",
    "export",
    "export_bytes",
    "export_chunks",
    "format_for_path",
    "gc_paused",
]

#: Output formats, the default first.
FORMATS = ("text", "md", "html", "csv", "json", "docx")
#: The formats that are text (the others are bytes: see :func:`export_bytes`).
TEXT_FORMATS = ("text", "md", "html", "csv", "json")
#: The file extension of each format.
EXTENSIONS = {
    "text": "txt",
    "md": "md",
    "html": "html",
    "csv": "csv",
    "json": "json",
    "docx": "docx",
}
MIN_WIDTH = 60
MAX_WIDTH = 400


def default_quarter(plan: Plan, today: dt.date, *, year: int | None = None) -> int:
    """The quarter to report when none is asked for.

    Today's quarter while today lies in the fiscal year (the plan's, or ``year``);
    Q4 once that year has ended, Q1 before it has begun.
    """
    fiscal_year = FiscalYear(plan.fiscal_year if year is None else year)
    if today > fiscal_year.end:
        return 4
    if today < fiscal_year.start:
        return 1
    return quarter_of(today).number


def default_filename(plan: Plan, quarter: int, fmt: str, *, year: int | None = None) -> str:
    """The plan's id, the fiscal year unless the id already has it, the quarter and the
    format's extension: ``saikhao-2568-Q2.html``, ``ita-2570-Q2.html``; ``saikhao-Q2`` of
    fiscal year 2568 is ``saikhao-2568-Q2.html``, and a Q4 of 2569 from the plan
    ``saikhao-2568`` is ``saikhao-2568-2569-Q4.txt``. Names sort by year and quarter."""
    be = plan.fiscal_year if year is None else year
    stem = safe_file_stem(plan.id)
    if re.search(rf"(?<![0-9]){be}(?![0-9])", stem) is None:
        stem = f"{stem}-{be}"
    return f"{stem}-Q{quarter}.{EXTENSIONS[fmt]}"


def format_for_path(path: str) -> str | None:
    """The format a file name asks for by its extension (``report.html`` -> ``html``)."""
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    aliases = {"txt": "text", "text": "text", "md": "md", "markdown": "md", "htm": "html"}
    if suffix in aliases:
        return aliases[suffix]
    return suffix if suffix in FORMATS else None


def export(
    plan: Plan,
    records: Mapping[str, OutcomeProgress],
    changes: Iterable[Change],
    *,
    quarter: int,
    year: int | None = None,
    fmt: str = "text",
    lang: str = "th",
    digits: str | None = None,
    width: int = 100,
    today: dt.date | None = None,
    signoff: SignOff | None = None,
) -> str:
    """The report on ``quarter`` of fiscal year ``year`` (default: the plan's), as text.

    ``digits`` defaults to Thai digits for a Thai report and Arabic for an English one;
    ``lang``, ``digits`` and ``width`` shape text, md and html; csv and json are for
    machines (Arabic digits, ISO dates). ``today`` is the date generated (default: today);
    while the quarter has not ended, the report is as of ``today``. ``signoff`` names the
    reporter and the executive who sign it (blank lines to fill in without it).
    Raises ``ValueError`` for a choice outside the ones listed.
    """
    return "".join(
        export_chunks(
            plan,
            records,
            changes,
            quarter=quarter,
            year=year,
            fmt=fmt,
            lang=lang,
            digits=digits,
            width=width,
            today=today,
            signoff=signoff,
        )
    )


def export_chunks(
    plan: Plan,
    records: Mapping[str, OutcomeProgress],
    changes: Iterable[Change],
    *,
    quarter: int,
    year: int | None = None,
    fmt: str = "text",
    lang: str = "th",
    digits: str | None = None,
    width: int = 100,
    today: dt.date | None = None,
    signoff: SignOff | None = None,
) -> Iterator[str]:
    """:func:`export` in pieces, to write to a file as they come: the text report of a
    large plan is never in memory whole. The choices are checked before it returns.
    A Word file is not text: ask :func:`export_bytes` for it."""
    if fmt not in TEXT_FORMATS:
        raise ValueError(f"{fmt!r} is not a text format: use one of {', '.join(TEXT_FORMATS)}")
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise ValueError(f"{width} is not a width: use {MIN_WIDTH} to {MAX_WIDTH} columns")
    report, words = _report(plan, records, changes, quarter, year, lang, digits, today)
    return _paused(_chunks([report], fmt, words, width, signoff))


def _report(
    plan: Plan,
    records: Mapping[str, OutcomeProgress],
    changes: Iterable[Change],
    quarter: int,
    year: int | None,
    lang: str,
    digits: str | None,
    today: dt.date | None,
) -> tuple[Report, Words]:
    """The report's data and its words, the choices checked (ValueError), in any format."""
    if not 1 <= quarter <= 4:
        raise ValueError(f"{quarter} is not a quarter (1-4)")
    if lang not in LANGS:
        raise ValueError(f"{lang!r} is not a language: use th or en")
    words = Words(lang, default_digits(lang) if digits is None else digits)
    fiscal_year = plan.fiscal_year if year is None else year
    with gc_paused():
        report = build_report(
            plan, records, changes, Quarter(fiscal_year, quarter), today or dt.date.today()
        )
    return report, words


def export_bytes(
    plan: Plan,
    records: Mapping[str, OutcomeProgress],
    changes: Iterable[Change],
    *,
    quarter: int,
    year: int | None = None,
    fmt: str = "text",
    lang: str = "th",
    digits: str | None = None,
    width: int = 100,
    today: dt.date | None = None,
    signoff: SignOff | None = None,
) -> Iterator[bytes]:
    """The report in any format as the bytes of its file, in pieces (text as UTF-8).
    The choices are checked before it returns."""
    if fmt != "docx":
        chunks = export_chunks(
            plan,
            records,
            changes,
            quarter=quarter,
            year=year,
            fmt=fmt,
            lang=lang,
            digits=digits,
            width=width,
            today=today,
            signoff=signoff,
        )
        return (chunk.encode("utf-8") for chunk in chunks)
    report, words = _report(plan, records, changes, quarter, year, lang, digits, today)
    with gc_paused():
        data = docx_bytes(report, words, signoff)
    return iter((data,))


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a report is made.

    A report of a large plan makes millions of small objects and no reference cycles worth
    collecting; each full collection walks every one of them, which made a 100,000-outcome
    export about half as fast again. Collection resumes afterwards (if it was on)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _paused(chunks: Iterator[str]) -> Iterator[str]:
    with gc_paused():
        yield from chunks


def _chunks(
    holder: list[Report], fmt: str, words: Words, width: int, signoff: SignOff | None
) -> Iterator[str]:
    """The pieces of the report in ``holder``, which is emptied once the document is made:
    the rows of a large report are let go of before it is laid out."""
    report = holder.pop()
    if fmt == "csv":
        yield from csv_chunks(report, words)
        return
    if fmt == "json":
        yield from json_chunks(report)
        return
    document = build_document(report, words, signoff)
    del report
    if fmt == "md":
        yield from markdown_chunks(document)
    elif fmt == "html":
        yield from html_chunks(document)
    else:
        batch: list[str] = []
        for line in text_lines(document, width):
            batch.append(line.rstrip() + "\n")
            if len(batch) >= 2000:
                yield "".join(batch)
                batch.clear()
        yield "".join(batch)
