"""The report as CSV: one row per outcome, for Excel and for scripts.

UTF-8 with a byte-order mark (Excel then reads Thai correctly), CRLF line ends, Arabic
digits and ISO dates. Several values in one cell (job titles, evidence links) are one per
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

from ita_tui.report.model import STATE_NAMES, Report
from ita_tui.textutil import INVISIBLE_CHARS, visible

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


def render_csv(report: Report) -> str:
    return "".join(csv_chunks(report))


def csv_chunks(report: Report) -> Iterator[str]:
    """The CSV in pieces (an issue at a time), the byte-order mark first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    out.write(BOM)
    writer.writerow(COLUMNS)
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
                STATE_NAMES[row.state],
            )
            for outcome in row.outcomes:
                writer.writerow(
                    (
                        *lead,
                        outcome.number,
                        cell(outcome.id),
                        cell(outcome.outcome.text),
                        cell(outcome.outcome.oit or ""),
                        *middle,
                        outcome.status.value,
                        outcome.done_on.isoformat() if outcome.done_on else "",
                        "\n".join(cell(e) for e in outcome.evidence),
                        cell(outcome.note),
                    )
                )
    yield out.getvalue()
