"""The report's and the overview's words are the catalog's: every key the code names is in
both catalogs, and every ``report.*`` / ``summary.*`` key of the catalogs is used."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ita_tui import catalog
from ita_tui.model import Status
from ita_tui.report.labels import Words
from ita_tui.report.render_csv import COLUMNS

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "src" / "ita_tui" / "report").glob("*.py"))]
SOURCES.append(ROOT / "src" / "ita_tui" / "summary_render.py")
sys.path.insert(0, str(ROOT / "scripts"))
import catalog as catalog_script  # noqa: E402  (scripts/catalog.py: Babel, development only)

#: A key written in the code: ``"report.round"``, or the literal start of ``f"report.SL_{t}"``.
KEY = re.compile(r"""["']((?:report|summary)\.[A-Za-z0-9_]+)(\{)?""")


def keys_in_code() -> tuple[set[str], set[str]]:
    """The whole keys and the prefixes of built keys the report's modules write."""
    whole: set[str] = set()
    prefixes: set[str] = set()
    for path in SOURCES:
        for key, brace in KEY.findall(path.read_text(encoding="utf-8")):
            (prefixes if brace else whole).add(key)
    return whole, prefixes


def test_every_key_the_report_names_is_in_both_catalogs() -> None:
    whole, prefixes = keys_in_code()
    assert len(whole) > 100
    assert prefixes == {"report.OS_", "report.SL_", "report.csv_"}
    built = {f"report.OS_{s.value}" for s in Status}
    built |= {f"report.SL_{t}" for t in ("done", "due", "overdue", "not_yet", "not_applicable")}
    built |= {f"report.SL_{t}" for t in ("planned", "gap")}
    built |= {f"report.csv_{name}" for name in (*COLUMNS, "done_on_be")}
    for key in sorted(whole | built):
        assert catalog.has(key, "th") and catalog.has(key, "en"), key


def test_no_report_or_summary_key_of_the_catalogs_is_left_unused() -> None:
    whole, prefixes = keys_in_code()
    ours = {k for k in catalog_script.messages("en") if k.startswith(("report.", "summary."))}
    unused = {k for k in ours - whole if not k.startswith(tuple(prefixes))}
    assert sorted(unused) == []


def test_words_say_the_catalogs_message_in_their_language() -> None:
    assert Words("th")("report.round", months="๖") == "รอบ ๖ เดือน"
    assert Words("en", "arabic")("report.round", months="6") == "6-month report"
    assert Words("en", "arabic")("summary.c_agency") == catalog.say("summary.c_agency", "en")
