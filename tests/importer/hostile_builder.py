"""Small hostile report files, each made to make a reader work far beyond its size (issue 20
§5): an .xlsx of a few KB whose merged ranges cover a million rows, one listing a sheet
thousands of times, a one-page PDF of 20,000 text lines (and one ruled into thousands of
rows), an HTML page of unmatched end tags, a huge text file.  Used by the bound tests and by
``benchmarks/bench_import_bounds.py`` (which measures time and memory)."""

from __future__ import annotations

import zlib

from pdf_builder import pdf_file

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _xlsx(workbook: str, rels: str, sheets: dict[str, str]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/workbook.xml", workbook)
        package.writestr("xl/_rels/workbook.xml.rels", rels)
        for part, xml in sheets.items():
            package.writestr(part, xml)
    return buffer.getvalue()


def _sheet(rows: str, extra: str = "") -> str:
    return f'<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData>{extra}</worksheet>'


def _rels(count: int = 1) -> str:
    return (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            for i in range(1, count + 1)
        )
        + "</Relationships>"
    )


def merged_xlsx(ranges: int = 100, rows: int = 1000) -> bytes:
    """``ranges`` merged ranges each covering a whole column (a million rows), over a sheet of
    ``rows`` filled rows."""
    cells = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>ข้อ {r}</t></is></c></row>'
        for r in range(1, rows + 1)
    )
    merges = "".join(
        f'<mergeCell ref="{chr(65 + i % 26)}1:{chr(65 + i % 26)}1048576"/>' for i in range(ranges)
    )
    workbook = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
        '<sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    sheet = _sheet(cells, f'<mergeCells count="{ranges}">{merges}</mergeCells>')
    return _xlsx(workbook, _rels(), {"xl/worksheets/sheet1.xml": sheet})


def many_sheets_xlsx(count: int = 3000, rows: int = 200) -> bytes:
    """A workbook listing one sheet part ``count`` times."""
    cells = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>ข้อ {r}</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t>มาตรการ {r}</t></is></c></row>'
        for r in range(1, rows + 1)
    )
    sheets = "".join(f'<sheet name="s{i}" sheetId="{i}" r:id="rId1"/>' for i in range(1, count + 1))
    workbook = f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{sheets}</sheets></workbook>'
    return _xlsx(workbook, _rels(), {"xl/worksheets/sheet1.xml": _sheet(cells)})


def _pdf(content: bytes) -> bytes:
    """A one-page PDF drawing ``content`` (a content stream) in Helvetica."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]"
        b"/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>",
        b"<</Length %d/Filter/FlateDecode>>stream\n" % len(stream) + stream + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    return pdf_file(objects)


def lines_pdf(count: int = 20_000) -> bytes:
    """One page of ``count`` text lines, each at its own height."""
    parts = [b"BT /F1 2 Tf"]
    parts += [b"1 0 0 1 20 %d Tm (r%d) Tj" % (790 - 3 * i, i) for i in range(count)]
    parts.append(b"ET")
    return _pdf(b"\n".join(parts))


def ruled_pdf(rows: int = 3000, columns: int = 6) -> bytes:
    """One page ruled into ``rows`` x ``columns`` cells, a word in each."""
    parts = [b"0.5 w"]
    height = 3
    top = 790
    for c in range(columns + 1):
        x = 20 + 90 * c
        parts.append(b"%d %d m %d %d l S" % (x, top, x, top - rows * height))
    for r in range(rows + 1):
        y = top - r * height
        parts.append(b"20 %d m %d %d l S" % (y, 20 + 90 * columns, y))
    for r in range(rows):
        for c in range(columns):
            x, y = 25 + 90 * c, top - r * height - 2
            parts.append(b"BT /F1 2 Tf 1 0 0 1 %d %d Tm (c%d) Tj ET" % (x, y, r))
    return _pdf(b"\n".join(parts))


def unmatched_html(count: int = 200_000) -> bytes:
    """A page of ``count`` open tags, then as many end tags of other elements."""
    return (
        b"<html><body>"
        + b"<span>" * count
        + b"</b>" * count
        + b"<table><tr><td>x</td></tr></table></body></html>"
    )


def huge_text(megabytes: int = 200) -> bytes:
    """A text file of ``megabytes`` MB of Thai lines."""
    line = "ประเด็นที่ ๑ ข้อความยาวมาก\tไตรมาสที่ ๑\n".encode()
    return line * (megabytes * 1024 * 1024 // len(line))
