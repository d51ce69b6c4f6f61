"""Bidi overrides and other invisible characters from a plan or a note are inert in every
report format, as they are in the app and ``status``: text, Markdown, HTML (and its SVG
charts) and CSV show them as ``\\u202e``; JSON writes them as ``\\u202e`` escapes, which read
back as the exact text recorded."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile

import pytest

from ita_tui.model import OutcomeProgress, Plan, Status
from ita_tui.plan import parse_plan
from ita_tui.report import FORMATS, export, export_bytes
from ita_tui.report.document import build_document
from ita_tui.report.labels import Words
from ita_tui.report.model import build_report
from ita_tui.report.render_svg import render_svg
from ita_tui.store.change_log import Change
from ita_tui.thai.calendar import Quarter

from .report_helpers import TODAY

#: One of each kind the brief names: embeddings and overrides, isolates, marks, the Arabic
#: letter mark, zero-width characters and a tag character.
INVISIBLE = (
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u061c",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\U000e0041",
)
TRAP = "ผล" + "".join(INVISIBLE) + "gpj.exe"

PLAN = f"""\
format = 1
id = "bidi"
title = "แผน {TRAP}"
organisation = "อบต. {TRAP}"
fiscal_year = 2568

[[issues]]
id = "1"
title = "ประเด็น {TRAP}"

[[issues.activities]]
id = "1.1"
title = "กิจกรรม {TRAP}"
quarters = [1]
responsible = ["ปลัด {TRAP}"]
steps = ["ขั้นตอน {TRAP}"]

[[issues.activities.outcomes]]
id = "1.1.1"
text = "ผลลัพธ์ {TRAP}"

[[issues.activities.outcomes]]
id = "1.1.2"
text = "ผลลัพธ์ที่สอง {TRAP}"
"""


def _inputs() -> tuple[Plan, dict[str, OutcomeProgress], list[Change]]:
    loaded = parse_plan(PLAN.encode("utf-8"))
    assert loaded.plan is not None
    at = dt.datetime(2024, 11, 2, 3, 0, tzinfo=dt.UTC)
    done = OutcomeProgress(
        Status.DONE, dt.date(2024, 11, 1), (f"https://x.example/{TRAP}",), f"บันทึก {TRAP}",
        f"ผู้บันทึก {TRAP}", at,
    )  # fmt: skip
    records = {"1.1.1": done}
    changes = [
        Change(at=at, by=done.updated_by, outcome_id="1.1.1", old=OutcomeProgress(), new=done)
    ]
    return loaded.plan, records, changes


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["th", "en"])
def test_no_invisible_character_reaches_a_report(fmt: str, lang: str) -> None:
    plan, records, changes = _inputs()
    if fmt == "docx":  # the text of the Word file is its document part
        data = b"".join(
            export_bytes(plan, records, changes, quarter=1, fmt=fmt, lang=lang, today=TODAY)
        )
        out = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    else:
        out = export(plan, records, changes, quarter=1, fmt=fmt, lang=lang, today=TODAY)
    if fmt == "csv":
        out = out.removeprefix("\ufeff")  # the byte-order mark Excel needs, not data
    for char in INVISIBLE:
        assert char not in out, (fmt, f"U+{ord(char):04X}")
    if fmt != "json":
        assert "\\u202e" in out  # shown, as the app shows it
        assert "\\U000e0041" in out


def test_json_keeps_the_exact_text_as_escapes() -> None:
    plan, records, changes = _inputs()
    out = export(plan, records, changes, quarter=1, fmt="json", today=TODAY)
    assert "\\u202e" in out and "\\udb40\\udc41" in out
    data = json.loads(out)
    assert data["plan"]["title"] == f"แผน {TRAP}"
    outcome = data["issues"][0]["activities"][0]["outcomes"][0]
    assert outcome["text"] == f"ผลลัพธ์ {TRAP}"
    assert outcome["note"] == f"บันทึก {TRAP}"
    assert data["changes"][0]["by"] == f"ผู้บันทึก {TRAP}"


def test_csv_shows_them_in_every_cell() -> None:
    plan, records, changes = _inputs()
    out = export(plan, records, changes, quarter=1, fmt="csv", lang="en", today=TODAY)
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    first = dict(zip(rows[0], rows[1], strict=True))
    for column in ("issue_title", "activity_title", "outcome_text", "responsible", "note"):
        assert "\\u202e" in first[column], column


def test_svg_charts_show_them() -> None:
    plan, records, changes = _inputs()
    report = build_report(plan, records, changes, Quarter(2568, 1), TODAY)
    document = build_document(report, Words("th"))
    svgs = "".join(
        render_svg(block)
        for section in document.sections
        for block in section.blocks
        if hasattr(block, "kind")
    )
    assert "ปลัด ผล\\u202a" in svgs  # the job chart names the job title
    for char in INVISIBLE:
        assert char not in svgs
