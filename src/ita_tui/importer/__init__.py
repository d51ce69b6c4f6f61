"""``ita-tui import``: turn a municipality's published ITA measures report into a plan.

Every Thai local government publishes the same kind of report each year: a title, the
organisation, an opening paragraph with last year's ITA score, then one table per issue
(``ประเด็นที่ N``) whose rows are the measures: number, title, period, responsible job
titles, numbered steps (``๑.``) and numbered outcomes (``๑)``).  This module reads such a
report -- plain text copied from the web, or the table saved from a spreadsheet as
tab-separated text or CSV -- and writes a plan in the schema of the bundled measures.toml.

It never drops text silently: whatever it cannot place becomes a comment in the plan and a
warning; every guess (how it split job titles, a period it did not recognise...) is a
comment next to the value it guessed.

Pure: no terminal, no textual.  :func:`parse_report` and :func:`render_plan_toml` work on
strings; :func:`import_report` adds the file handling.
"""

from __future__ import annotations

from ita_tui.importer.files import decode_report, import_report, read_report
from ita_tui.importer.numbering import Numbered, split_numbered
from ita_tui.importer.parser import PLAN_ID_RE, parse_records, parse_report
from ita_tui.importer.periods import ALL_YEAR, parse_period
from ita_tui.importer.preamble import GENERIC_TITLE, PLACEHOLDER
from ita_tui.importer.render import render_plan_toml
from ita_tui.importer.responsible import KNOWN_TITLES, TITLE_HEADS, split_responsible
from ita_tui.importer.result import (
    FISCAL_YEAR_NOTES,
    ITA_NOTES,
    PLAN_NOTES,
    FiscalYearNeededError,
    ImportResult,
    NothingUsableError,
    ReportImportError,
)
from ita_tui.importer.table import ROLES

__all__ = [
    "ALL_YEAR",
    "FISCAL_YEAR_NOTES",
    "GENERIC_TITLE",
    "ITA_NOTES",
    "KNOWN_TITLES",
    "PLACEHOLDER",
    "PLAN_ID_RE",
    "PLAN_NOTES",
    "ROLES",
    "TITLE_HEADS",
    "FiscalYearNeededError",
    "ImportResult",
    "NothingUsableError",
    "Numbered",
    "ReportImportError",
    "decode_report",
    "import_report",
    "parse_period",
    "parse_records",
    "parse_report",
    "read_report",
    "render_plan_toml",
    "split_numbered",
    "split_responsible",
]
