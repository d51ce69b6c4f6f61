"""The report as CSV: one row per outcome, for Excel and for scripts.

UTF-8 with a byte-order mark (Excel then reads Thai correctly), CRLF line ends, Arabic
digits and ISO dates. In Thai (the default) the column headers and the states are Thai
words and a B.E. date (``10 ก.พ. 2568``) stands beside the ISO one, for the people who
open it in Excel; in English the headers are the machine names of :data:`COLUMNS` and the
states their tokens (``in_progress``), for scripts. Several values in one cell (job titles, evidence links) are one per
line. A text cell that begins like a formula (``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) is written with a leading apostrophe, so a spreadsheet shows it as text
and never runs it. Control codes and invisible characters (a bidi override such as U+202E,
a zero-width space) are written visibly (``\\u202e``), as the app shows them; every other
value is written exactly as recorded.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from ita_tui.report.labels import Words
from ita_tui.report.model import STATE_NAMES, Report
from ita_tui.textutil import INVISIBLE_CHARS, visible
from ita_tui.thai.calendar import format_date

BOM = "\ufeff"
COLUMNS = (
    "issue_no",
    "issue_id",
    "issue_title",
    "activity_no",
    "activity_id",
    "activity_title",
    "outcome_no",
    "outcome_id",
    "outcome_text",
    "oit",
    "period",
    "quarters",
    "responsible",
    "activity_state",
    "status",
    "done_on",
    "evidence",
    "note",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


#: What :func:`cell` changes: a control character, a tab, an invisible character (see
#: textutil.visible).
_UNSAFE = re.compile(f"[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f{INVISIBLE_CHARS}]")


def cell(text: str) -> str:
    """Text made safe for a spreadsheet cell (see the module's docstring)."""
    if _UNSAFE.search(text) is None:  # the usual text, left as it is (one search)
        return "'" + text if text.startswith(_FORMULA_START) else text
    text = visible(text.replace("\r\n", "\n"))
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(report: Report, words: Words | None = None) -> str:
    return "".join(csv_chunks(report, words))


def headers(words: Words) -> tuple[str, ...]:
    """The column headers in the report's language (a Thai CSV has its B.E. date too)."""
    names = COLUMNS if words.lang == "en" else _with_be(COLUMNS)
    return tuple(words(f"report.csv_{name}") for name in names)


def _with_be(names: tuple[str, ...]) -> tuple[str, ...]:
    at = names.index("done_on") + 1
    return (*names[:at], "done_on_be", *names[at:])


def csv_chunks(report: Report, words: Words | None = None) -> Iterator[str]:
    """The CSV in pieces (an issue at a time), the byte-order mark first; machine names
    without ``words`` or in English (see the module's docstring)."""
    w = words or Words("en", "arabic")
    thai = w.lang == "th"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    out.write(BOM)
    writer.writerow(headers(w))
    states = {state: w.state(state) if thai else name for state, name in STATE_NAMES.items()}
    for issue in report.issues:
        yield out.getvalue()
        out.seek(0)
        out.truncate()
        issue_cells = (issue.number, cell(issue.id), cell(issue.issue.title))
        for row in issue.activities:
            activity = row.activity
            # the issue's and activity's cells, made once for all its outcomes
            lead = (
                *issue_cells,
                row.number,
                cell(activity.id),
                cell(activity.title),
            )
            middle = (
                cell(activity.period),
                ",".join(str(q) for q in activity.quarters),
                "\n".join(cell(r) for r in activity.responsible),
                states[row.state],
            )
            for outcome in row.outcomes:
                done_on = outcome.done_on
                dates: tuple[str, ...] = (done_on.isoformat() if done_on else "",)
                if thai:
                    dates += (format_date(done_on, lang="th", digits="arabic") if done_on else "",)
                writer.writerow(
                    (
                        *lead,
                        outcome.number,
                        cell(outcome.id),
                        cell(outcome.outcome.text),
                        cell(outcome.outcome.oit or ""),
                        *middle,
                        w.status(outcome.status) if thai else outcome.status.value,
                        *dates,
                        "\n".join(cell(e) for e in outcome.evidence),
                        cell(outcome.note),
                    )
                )
    yield out.getvalue()
