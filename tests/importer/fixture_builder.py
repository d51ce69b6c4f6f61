"""Builds the importer's fixtures from the bundled plan's content: Word (.docx), Excel (.xlsx)
and a saved web page, written with the standard library (zipfile + XML text) so the tests need
nothing else.  ``python tests/importer/fixture_builder.py DIR`` writes them to DIR (the PDF
fixtures are made from the .docx with LibreOffice: see tests/fixtures/import/README.md)."""

from __future__ import annotations

import html
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from ita_tui.thai.digits import to_thai_digits

BUNDLED = Path(__file__).resolve().parents[2] / "measures.toml"
HEADER = [
    "ลำดับ",
    "มาตรการ/กิจกรรม",
    "ระยะเวลาในการดำเนินการ",
    "ผู้รับผิดชอบ",
    "สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม",
    "ผลลัพธ์หรือความสำเร็จในการดำเนินการ",
]
WIDTHS = [700, 2600, 1500, 1900, 4600, 4000]  # twips: a landscape A4 page's width
SPLIT_AT = 6  # activities with more steps than this run over two rows, the second "(ต่อ)"


@dataclass
class Row:
    number: int
    title: str
    period: str
    responsible: list[str]
    steps: list[str]  # numbered: "๑. …"
    outcomes: list[str]  # numbered: "๑) …"
    continued: bool = False


def plan() -> dict[str, Any]:
    with BUNDLED.open("rb") as handle:
        return tomllib.load(handle)


def rows(activity: dict[str, Any], number: int) -> list[Row]:
    steps = [f"{to_thai_digits(str(i))}. {s}" for i, s in enumerate(activity["steps"], 1)]
    outcomes = [
        f"{to_thai_digits(str(i))}) {o['text']}" for i, o in enumerate(activity["outcomes"], 1)
    ]
    base = Row(
        number, activity["title"], activity["period"], activity["responsible"], steps, outcomes
    )
    if len(steps) <= SPLIT_AT:
        return [base]
    half = len(outcomes) // 2
    first = Row(
        number, base.title, base.period, base.responsible, steps[:SPLIT_AT], outcomes[:half]
    )
    second = Row(
        number,
        base.title,
        base.period,
        base.responsible,
        steps[SPLIT_AT:],
        outcomes[half:],
        continued=True,
    )
    return [first, second]


def issues() -> Iterator[tuple[str, list[Row]]]:
    for issue in plan()["issues"]:
        heading = f"ประเด็นที่ {to_thai_digits(issue['id'])} {issue['title']}"
        found: list[Row] = []
        for index, activity in enumerate(issue["activities"], 1):
            found += rows(activity, index)
        yield heading, found


def opening() -> list[str]:
    data = plan()
    return [
        data["title"],
        f"{data['organisation']} {data['district']} {data['province']}",
        data["intro"],
    ]


# -- Word


def _w_paragraph(text: str, *, numbered: bool = False) -> str:
    num = (
        '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        if numbered
        else ""
    )
    return f'<w:p>{num}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _w_cell(lines: list[str], *, span: int = 1, merged: str | None = None, width: int = 0) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>' if width else ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merged == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif merged == "continue":
        props += "<w:vMerge/>"
    body = "".join(_w_paragraph(line) for line in lines) or "<w:p/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>"


def docx_xml(*, damage: Any = None, borders: bool = True) -> str:
    def fix(text: str) -> str:
        return damage(text) if damage else text

    body: list[str] = [_w_paragraph(fix(line)) for line in opening()]
    for index, (heading, found) in enumerate(issues()):
        table: list[str] = []
        header = "".join(_w_cell([fix(h)], width=w) for h, w in zip(HEADER, WIDTHS, strict=True))
        table.append(f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{header}</w:tr>")
        if index == 0:  # the heading as a merged row inside the table
            table.append(f"<w:tr>{_w_cell([fix(heading)], span=6, width=sum(WIDTHS))}</w:tr>")
        else:
            body.append(_w_paragraph(fix(heading)))
        for position, row in enumerate(found):
            merged = None
            if row.continued:
                merged = "continue"
            elif position + 1 < len(found) and found[position + 1].continued:
                merged = "restart"
            texts = [
                [to_thai_digits(str(row.number))],
                [fix(row.title)],
                [fix(row.period)],
                [fix(r) for r in row.responsible],
                [fix(s) for s in row.steps],
                [fix(o) for o in row.outcomes],
            ]
            cells = [
                _w_cell(lines, merged=merged if column < 4 else None, width=WIDTHS[column])
                for column, lines in enumerate(texts)
            ]
            table.append(f"<w:tr>{''.join(cells)}</w:tr>")
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in WIDTHS)
        body.append(
            f'<w:tbl><w:tblPr><w:tblW w:w="{sum(WIDTHS)}" w:type="dxa"/><w:tblBorders>'
            + "".join(
                f'<w:{side} w:val="{"single" if borders else "nil"}" w:sz="4" w:space="0" '
                'w:color="000000"/>'
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(table)}</w:tbl>"
        )
        body.append(_w_paragraph(""))
    landscape = (
        '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        '<w:pgMar w:top="720" w:right="720" w:bottom="720" w:left="720"/></w:sectPr>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{''.join(body)}{landscape}</w:body></w:document>"
    )


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    "{overrides}</Types>"
)
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Laksaman" w:hAnsi="Laksaman" '
    'w:cs="Laksaman"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:rPrDefault></w:docDefaults>'
    "</w:styles>"
)


def write_docx(
    path: Path,
    *,
    damage: Any = None,
    document: str | None = None,
    borders: bool = True,
    parts: dict[str, str] | None = None,
) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            _CONTENT_TYPES.format(
                overrides='<Override PartName="/word/document.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                '<Override PartName="/word/styles.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
            ),
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        package.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            'Target="styles.xml"/></Relationships>',
        )
        package.writestr("word/styles.xml", _STYLES)
        package.writestr("word/document.xml", document or docx_xml(damage=damage, borders=borders))
        for part, text in (parts or {}).items():
            package.writestr(part, text)
    return path


# -- Excel


def sheet_rows() -> list[list[str]]:
    result = [[line] for line in opening()]
    for heading, found in issues():
        result.append([heading])
        result.append(list(HEADER))
        for row in found:
            number = "" if row.continued else to_thai_digits(str(row.number))
            title = f"{row.title} (ต่อ)" if row.continued else row.title
            result.append(
                [
                    number,
                    title,
                    row.period,
                    "\n".join(row.responsible),
                    "\n".join(row.steps),
                    "\n".join(row.outcomes),
                ]
            )
    return result


def write_xlsx(path: Path, table: list[list[str]] | None = None) -> Path:
    table = sheet_rows() if table is None else table
    strings: list[str] = []
    index: dict[str, int] = {}
    xml_rows: list[str] = []
    for r, row in enumerate(table, 1):
        cells = []
        for c, value in enumerate(row):
            if value == "":
                continue
            if value not in index:
                index[value] = len(strings)
                strings.append(value)
            cells.append(f'<c r="{chr(65 + c)}{r}" t="s"><v>{index[value]}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            _CONTENT_TYPES.format(
                overrides='<Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
                'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            ),
        )
        package.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="มาตรการ" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        package.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        )
        package.writestr(
            "xl/sharedStrings.xml",
            f'<sst xmlns="{main}" count="{len(strings)}">'
            + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
            + "</sst>",
        )
        package.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{main}"><sheetData>{"".join(xml_rows)}</sheetData></worksheet>',
        )
    return path


# -- a saved web page


def page_html() -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>ITA</title>",
        "<style>td{border:1px solid}</style><script>var menu = 'ประเด็นที่ ๙ ไม่ใช่';</script></head><body>",
        "<nav><ul><li><a href='/'>หน้าแรก</a></li><li>ประเด็นที่ ๘ เมนู</li></ul></nav>",
        "<div class='breadcrumb'>หน้าแรก &gt; ITA</div><main>",
    ]
    title, org, intro = opening()
    parts += [f"<h1>{e(title)}</h1>", f"<p>{e(org)}</p>", f"<p>{e(intro)}</p>"]
    for heading, found in issues():
        parts.append(f"<h2>{e(heading)}</h2><table><thead><tr>")
        parts += [f"<th>{e(h)}</th>" for h in HEADER]
        parts.append("</tr></thead><tbody>")
        for row in found:
            number = (
                f"{to_thai_digits(str(row.number))} (ต่อ)"
                if row.continued
                else to_thai_digits(str(row.number))
            )
            parts.append(
                f"<tr><td>{number}</td><td>{e(row.title)}</td><td>{e(row.period)}</td>"
                f"<td>{'<br>'.join(e(r) for r in row.responsible)}</td>"
                f"<td>{''.join(f'<p>{e(s)}</p>' for s in row.steps)}</td>"
                f"<td>{''.join(f'<p>{e(o)}</p>' for o in row.outcomes)}</td></tr>"
            )
        parts.append("</tbody></table>")
    parts.append("</main><footer>ติดต่อเรา โทร ๐๗๕</footer></body></html>")
    return "\n".join(parts)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    write_docx(out / "saikhao_report.docx")
    write_xlsx(out / "saikhao_report.xlsx")
    (out / "saikhao_report.html").write_text(page_html(), encoding="utf-8")


# -- damaged copies, as PDFs and their copies damage Thai

PUA_FOR = {
    "\u0e48": "\uf70a",
    "\u0e49": "\uf70b",
    "\u0e34": "\uf701",
    "\u0e35": "\uf702",
    "\u0e38": "\uf718",
}


def damage_pua(text: str) -> str:
    """Tone marks and some vowels as a legacy Thai font's private glyphs."""
    return text.translate(str.maketrans(PUA_FOR))


def damage_sara_am(text: str) -> str:
    """ำ written as ํ + า (after any tone mark, as text extraction gives it)."""
    return text.replace("\u0e33", "\u0e4d\u0e32")


def damage_order(text: str) -> str:
    """A tone mark typed before the upper vowel it sits on (ที่ -> ท่ี)."""
    return text.replace("\u0e35\u0e48", "\u0e48\u0e35").replace("\u0e34\u0e49", "\u0e49\u0e34")


def damage_all(text: str) -> str:
    return damage_pua(damage_sara_am(damage_order(text)))


if __name__ == "__main__" and len(sys.argv) > 2 and sys.argv[2] == "damaged":
    write_docx(Path(sys.argv[1]) / "saikhao_damaged.docx", damage=damage_all)
    write_docx(Path(sys.argv[1]) / "saikhao_unruled.docx", borders=False)
