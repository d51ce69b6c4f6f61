"""Every reader is bounded (issue 20 §5): hostile files made to blow up a reader end in a
result or a clear refusal.  Their time and memory are measured by
``benchmarks/bench_import_bounds.py``, not here."""

from __future__ import annotations

import hostile_builder as hostile
import pytest

from ita_tui.importer import ReportImportError, read_report
from ita_tui.importer.formats import MAX_TEXT_BYTES, html, pdf, xlsx


def test_merged_ranges_over_a_million_rows_touch_only_the_rows_that_exist() -> None:
    source = xlsx.read(hostile.merged_xlsx(ranges=100, rows=300), "m.xlsx")
    assert len(source.records) == 300
    # every merged column's cells under row 1 get the top cell's text, once per existing row
    assert all(len(record.above) <= 26 for record in source.records)


def test_merged_cells_beyond_the_limit_are_warned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx, "MAX_MERGED", 50)
    source = xlsx.read(hostile.merged_xlsx(ranges=10, rows=100), "m.xlsx")
    assert len(source.records) == 100
    assert any("more than 50 merged cells" in w for w in source.warnings)


def test_a_sheet_listed_thousands_of_times_is_read_once() -> None:
    source = xlsx.read(hostile.many_sheets_xlsx(count=3000, rows=20), "s.xlsx")
    assert len(source.records) == 20
    assert any("lists 3000 sheets: only the first 64" in w for w in source.warnings)


def test_a_pdf_page_of_thousands_of_lines_is_read() -> None:
    source = pdf.read(hostile.lines_pdf(2000), "l.pdf")
    assert len(source.records) >= 1  # its lines (joined into paragraphs where they wrap)
    assert "r0" in source.records[0].text and "r1999" in source.records[-1].text


def test_a_pdf_ruled_into_thousands_of_rows_is_read() -> None:
    source = pdf.read(hostile.ruled_pdf(rows=400), "r.pdf")
    table = [record for record in source.records if len(record.cells) > 1]
    assert len(table) == 400
    assert table[0].cells == ["c0"] * 6 and table[-1].cells == ["c399"] * 6


def test_unmatched_end_tags_are_read_through() -> None:
    source = html.read(hostile.unmatched_html(20_000).decode(), "u.html")
    assert [record.cells for record in source.records] == [["x"]]


def test_a_text_file_far_larger_than_any_report_is_refused() -> None:
    raw = b"x\n" * (MAX_TEXT_BYTES // 2 + 1)
    with pytest.raises(ReportImportError, match="far more than any report"):
        read_report(raw, "huge.txt")
