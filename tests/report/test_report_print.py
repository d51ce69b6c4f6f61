"""The HTML report on paper (issue 18): the print stylesheet, and - where Chromium is
installed - the bundled plan's 12-month report printed on A4 in at most 12 pages with
nothing wider than the page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ita_tui.model import OutcomeProgress, Plan
from ita_tui.report import export
from ita_tui.report.print_css import PRINT_CSS
from ita_tui.store.change_log import Change

from .report_helpers import TODAY


def test_the_print_stylesheet_is_in_the_page(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    page = export(plan, records, changes, quarter=2, fmt="html", today=TODAY)
    assert PRINT_CSS in page
    assert "@page { size: A4;" in PRINT_CSS
    assert "thead { display: table-header-group; }" in PRINT_CSS
    assert "tr { break-inside: avoid; }" in PRINT_CSS
    # the official fonts first in the page's font stack
    stack = re.search(r"font-family: ([^;]+);", page)
    assert stack is not None
    fonts = [f.strip().strip('"') for f in stack.group(1).split(",")]
    assert fonts[:2] == ["TH SarabunIT๙", "TH Sarabun New"]
    assert fonts[-1] == "sans-serif"


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
#: A4 is 595 x 842 points; 10 mm margins leave 718 px (538.6 pt) of text width.
RIGHT_EDGE = 595 - 28.3


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize("quarter", [2, 4])
def test_chromium_prints_it_on_at_most_12_a4_pages_within_the_margins(
    plan: Plan,
    records: dict[str, OutcomeProgress],
    changes: list[Change],
    tmp_path: Path,
    quarter: int,
) -> None:
    from pypdf import PdfReader

    source = tmp_path / "report.html"
    source.write_text(
        export(plan, records, changes, quarter=quarter, fmt="html", today=TODAY), encoding="utf-8"
    )
    target = tmp_path / "report.pdf"
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={target}",
            source.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = PdfReader(target)
    assert 1 <= len(pdf.pages) <= 12
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    # every word ends inside the right margin (poppler's word boxes, where installed);
    # else every run of text starts inside it
    pdftotext = shutil.which("pdftotext")
    if pdftotext is not None:
        boxes = subprocess.run(
            [pdftotext, "-bbox", str(target), "-"],
            check=True,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        ).stdout
        ends = [float(x) for x in re.findall(r'xMax="([0-9.]+)"', boxes)]
        assert ends and max(ends) <= RIGHT_EDGE + 0.5
        return
    widest = 0.0
    for page in pdf.pages:

        def seen(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            nonlocal widest
            if text.strip():
                widest = max(widest, cm[0] * tm[4] + cm[2] * tm[5] + cm[4])

        page.extract_text(visitor_text=seen)
    assert 0 < widest < RIGHT_EDGE
