"""Reports of other kinds of agency (a hospital's plan in each layout agencies use) import
exactly: two-row headers, cells merged down, ``มิติที่ ๑.`` headings, job titles with a space."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from agency_builder import (
    ORGANISATION,
    TITLE,
    VIEWER_HEADER,
    hospital,
    page_html,
    viewer_lines,
    write_hospital_docx,
    write_hospital_xlsx,
)
from importer_helpers import shape, validated

from ita_tui.importer import parse_report, read_report


def imported(path: Path) -> Any:
    return read_report(path.read_bytes(), path.name, fiscal_year=None)


def test_docx_with_a_two_row_header_and_cells_merged_down(tmp_path: Path) -> None:
    result = imported(write_hospital_docx(tmp_path / "hospital.docx"))
    assert shape(result.plan) == shape(hospital())
    assert result.plan["title"] == TITLE
    assert result.plan["organisation"] == ORGANISATION
    assert not [w for w in result.warnings if "period" in w or "header" in w]
    validated(result)


def test_xlsx_with_a_two_row_header_and_cells_merged_down(tmp_path: Path) -> None:
    result = imported(write_hospital_xlsx(tmp_path / "hospital.xlsx"))
    assert shape(result.plan) == shape(hospital())
    assert not [w for w in result.warnings if "period" in w or "header" in w]
    validated(result)


def test_web_page_with_a_two_row_header_and_rowspans(tmp_path: Path) -> None:
    path = tmp_path / "hospital.html"
    path.write_text(page_html(), encoding="utf-8")
    result = imported(path)
    assert shape(result.plan) == shape(hospital())
    assert result.plan["title"] == TITLE  # the report's heading, not the site's menu
    assert not [w for w in result.warnings if "period" in w or "header" in w]
    validated(result)


@pytest.mark.parametrize(("width", "page"), [(24, 30), (10, 4), (14, 12), (60, 45), (200, 100)])
def test_text_copied_from_a_pdf_viewer(width: int, page: int) -> None:
    """One cell per line, wrapped (a trailing space where it wrapped at a space), lines inside
    a cell starting with a number (``1-2 ของเดือน``, ``๑๐๐ รับทราบ``), page numbers, a running
    header and the table header repeated even in the middle of a row, a signature block."""
    lines = viewer_lines(width=width, page=page)
    if (width, page) == (24, 30):
        assert "1-2 ของเดือน" in lines and "๑๐๐ รับทราบประกาศ" in lines
        assert lines.count(VIEWER_HEADER[1]) > 3  # the header repeated on every page
    result = parse_report("\n".join(lines))
    assert shape(result.plan) == shape(hospital())
    assert result.plan["title"] == TITLE
    assert result.plan["organisation"] == ORGANISATION
    # the signature block is not part of the last outcome: text of its own, warned
    assert any("ลงชื่อ" in w for w in result.warnings)
    validated(result)


@pytest.mark.parametrize("numbers", [True, False])
def test_word_file_with_typed_bullets(tmp_path: Path, numbers: bool) -> None:
    from agency_builder import bulleted_docx_xml
    from fixture_builder import write_docx

    xml = bulleted_docx_xml(numbers=numbers)
    assert "• " in xml and "○ " in xml and ">- " in xml
    result = imported(write_docx(tmp_path / "office.docx", document=xml))
    assert shape(result.plan) == shape(hospital())
    assert not [w for w in result.warnings if "numbered" in w]


def test_excel_date_cells_are_read_as_dates(tmp_path: Path) -> None:
    from agency_builder import sheet

    table, _ = sheet()
    row = next(r for r, cells in enumerate(table, 1) if cells[0] == "๑")  # activity 1.1
    path = write_hospital_xlsx(tmp_path / "dated.xlsx", dates={f"C{row}": 45566})
    result = imported(path)
    first = result.plan["issues"][0]["activities"][0]
    assert first["period"] == "1 ต.ค. 2567"  # not the serial number 45566
    assert first["quarters"] == [1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("มิติที่ ๑. การเปิดเผยข้อมูล", ("มิติที่", 1, "การเปิดเผยข้อมูล")),
        ("ประเด็นที่ 1. การป้องกันการทุจริต", ("ประเด็นที่", 1, "การป้องกันการทุจริต")),
        ("ตัวชี้วัดที่ ๓: การใช้อำนาจ", ("ตัวชี้วัดที่", 3, "การใช้อำนาจ")),
        ("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ๙๕.๖๗", None),  # a score: not a heading
        ("ข้อ ๑. จัดทำคู่มือ", None),  # a numbered step
        ("ประเด็นที่ 1.2 ย่อย", None),
    ],
)
def test_heading_forms(text: str, expected: object) -> None:
    from ita_tui.importer.headings import heading

    assert heading(text) == expected


@pytest.mark.parametrize("height", [595, 200, 150])
def test_pdf_of_a_ruled_table_with_paragraphs_and_page_breaks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, height: int
) -> None:
    """The hospital's table as a PDF: each job title, step and outcome its own paragraph in
    the cell (job titles with a space in them, run together when the cell is read), cells
    wrapped, the header repeated on every page and rows broken across pages."""
    import pdf_builder

    monkeypatch.setattr(pdf_builder, "PAGE_H", height)
    path = tmp_path / "hospital.pdf"
    path.write_bytes(pdf_builder.report_pdf())
    result = imported(path)
    assert result.kind == "pdf"
    assert shape(result.plan) == shape(hospital())
    assert result.plan["title"] == TITLE
    validated(result)
