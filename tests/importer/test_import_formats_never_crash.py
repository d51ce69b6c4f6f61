"""No input of any format crashes the importer: whatever the bytes, read_report returns a plan
or raises ReportImportError (a clear message), never anything else."""

from __future__ import annotations

import io
import tomllib
import zipfile

from fixture_builder import docx_xml, page_html, sheet_rows, write_xlsx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_helpers import FIXTURES

from ita_tui.importer import ReportImportError, read_report, render_plan_toml

EXTENSIONS = [".docx", ".xlsx", ".html", ".htm", ".pdf", ".txt", ".csv", ".tsv", ".md", ""]
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(raw: bytes, name: str) -> None:
    try:
        result = read_report(raw, name, fiscal_year=2568)
    except ReportImportError as exc:
        assert exc.message
        return
    tomllib.loads(render_plan_toml(result))


@SLOW
@given(st.binary(max_size=3000), st.sampled_from(EXTENSIONS))
def test_random_bytes_with_every_extension(raw: bytes, extension: str) -> None:
    check(raw, "report" + extension)


@SLOW
@given(
    st.sampled_from([b"PK\x03\x04", b"%PDF-1.7\n", b"<html><table>", b"\xd0\xcf\x11\xe0"]),
    st.binary(max_size=2000),
    st.sampled_from(EXTENSIONS),
)
def test_random_bytes_behind_a_magic_number(magic: bytes, rest: bytes, extension: str) -> None:
    check(magic + rest, "report" + extension)


PARTS = [
    "word/document.xml",
    "xl/workbook.xml",
    "xl/sharedStrings.xml",
    "xl/worksheets/sheet1.xml",
    "xl/_rels/workbook.xml.rels",
    "[Content_Types].xml",
]
XML_BITS = [
    docx_xml()[:4000],
    docx_xml()[-3000:],
    "<w:tbl>",
    "<w:tr><w:tc>",
    "</w:tc>",
    '<row r="1"><c r="A1" t="s"><v>99</v></c></row>',
    '<c r="ZZZZ9" t="s"><v>x</v></c>',
    '<sheet name="a" r:id="rId9"/>',
    "&amp;",
    "&#0;",
    "<![CDATA[",
    '<w:gridSpan w:val="-5"/>',
    '<w:gridSpan w:val="99999999"/>',
    "<w:vMerge/>",
    '<mergeCells><mergeCell ref="A1:A99999999999"/><mergeCell ref="B2"/></mergeCells>',
    '<w:numPr><w:ilvl w:val="99"/><w:numId w:val="1"/></w:numPr>',
    "ประเด็นที่ ๑",
    "\x00",
]


@SLOW
@given(
    st.lists(
        st.tuples(st.sampled_from(PARTS), st.lists(st.sampled_from(XML_BITS), max_size=6)),
        max_size=5,
    ),
    st.sampled_from([".docx", ".xlsx"]),
)
def test_random_zip_contents(parts: list[tuple[str, list[str]]], extension: str) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, bits in parts:
            if name not in package.namelist():
                package.writestr(name, "".join(bits))
    check(buffer.getvalue(), "report" + extension)


@SLOW
@given(st.data())
def test_mangled_real_files(data: st.DataObject) -> None:
    """The real fixtures with bytes flipped, cut or spliced: each stays readable or is refused."""
    sources = {
        "report.pdf": (FIXTURES / "saikhao_report.pdf").read_bytes(),
        "report.html": page_html().encode(),
        "report.xlsx": _xlsx_bytes(),
    }
    name = data.draw(st.sampled_from(sorted(sources)))
    raw = bytearray(sources[name])
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(raw) // 2, len(raw)))
    check(bytes(raw[:cut]), name)


def _xlsx_bytes() -> bytes:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        return write_xlsx(Path(folder) / "r.xlsx", sheet_rows()).read_bytes()


HTML_BITS = [
    "<table>",
    "</table>",
    "<tr>",
    "<td>",
    "<th colspan=3>",
    "<td rowspan=99>",
    "</td>",
    "<br>",
    "<p>",
    "<nav>",
    "</nav>",
    "<script>",
    "ประเด็นที่ 1",
    "1",
    "1. ทำ",
    "1) ได้",
    "ลำดับ",
    "มาตรการ",
    "ระยะเวลา",
    "ผู้รับผิดชอบ",
    "ไตรมาส 1",
    "&",
    "&#xD800;",
    "<!--",
    "-->",
]


@SLOW
@given(st.lists(st.sampled_from(HTML_BITS), max_size=80))
def test_random_html(bits: list[str]) -> None:
    check("".join(bits).encode(), "page.html")
