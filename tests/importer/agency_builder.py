"""Reports of other kinds of agency, built from a plan in each layout agencies use: a hospital's
plan rendered as Word, Excel and a web page with a two-row header (a group cell
«ผลการดำเนินการ» over ผลลัพธ์ | ขั้นตอน) and period / responsible cells merged down over the
rows they cover, and as text copied from a PDF viewer (one cell per line, wrapped, with page
furniture).  Written with the standard library, as :mod:`fixture_builder` is."""

from __future__ import annotations

import html
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from fixture_builder import write_docx

from ita_tui.thai.digits import to_thai_digits

ORGANISATION = "โรงพยาบาลบ้านนาสาร"
TITLE = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"
INTRO = (
    "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ปีงบประมาณ พ.ศ. ๒๕๖๗ "
    "ได้คะแนน ๘๘.๕๐ คะแนน อยู่ในระดับ ผ่าน"
)
#: The ITA's indicator scores, a table in the preface (not a list of issues).
SCORES = [
    ("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "๙๕.๖๗"),
    ("ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "๘๗.๕๐"),
    ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "๘๒.๑๔"),
]
LONG_TITLE = "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร"


def _activity(
    aid: str,
    title: str,
    period: str,
    quarters: list[int],
    responsible: list[str],
    steps: list[str],
    outcomes: list[str],
) -> dict[str, Any]:
    return {
        "id": aid,
        "title": title,
        "period": period,
        "quarters": quarters,
        "responsible": responsible,
        "steps": steps,
        "outcomes": [{"id": f"{aid}.{i}", "text": t} for i, t in enumerate(outcomes, 1)],
    }


def hospital() -> dict[str, Any]:
    """The plan every layout is rendered from (the importer must give it back exactly)."""
    boss = ["หัวหน้ากลุ่มงานบริหารทั่วไป", "หัวหน้ากลุ่มงานการพยาบาล"]
    return {
        "issues": [
            {
                "id": "1",
                "title": "การเปิดเผยข้อมูลต่อสาธารณะ",
                "activities": [
                    _activity(
                        "1.1",
                        "เผยแพร่ข้อมูลพื้นฐานของโรงพยาบาลบนเว็บไซต์",
                        "ไตรมาสที่ ๑ - ๔",
                        [1, 2, 3, 4],
                        boss,
                        [
                            "รวบรวมข้อมูลพื้นฐานตามรายการ (O1) ถึง (O8) ให้ครบถ้วน",
                            "ปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือนภายในวันที่ 1-2 ของเดือน",
                        ],
                        [
                            "มีข้อมูลพื้นฐานบนเว็บไซต์ครบทุกรายการ",
                            "ผู้ป่วยและประชาชนเข้าถึงข้อมูลได้สะดวก",
                        ],
                    ),
                    _activity(
                        "1.2",
                        "จัดทำรายงานผลการจัดซื้อจัดจ้างประจำเดือน",
                        "ไตรมาสที่ ๑ - ๔",
                        [1, 2, 3, 4],
                        boss,
                        [
                            "สรุปผลการจัดซื้อจัดจ้างรายเดือนตามแบบ สขร.๑",
                            "เผยแพร่รายงานภายในวันที่ ๑๕ ของเดือนถัดไป",
                            "ประชุมทบทวนผลร่วมกับคณะกรรมการ ๑๐๐ คน",
                        ],
                        ["มีรายงานผลการจัดซื้อจัดจ้างครบ ๑๒ เดือน"],
                    ),
                ],
            },
            {
                "id": "2",
                "title": "การป้องกันการทุจริตในการให้บริการ",
                "activities": [
                    _activity(
                        "2.1",
                        "ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด",
                        "ไตรมาสที่ ๑",
                        [1],
                        ["ผู้อำนวยการโรงพยาบาล"],
                        [
                            "ผู้บริหารประกาศเจตนารมณ์ต่อหน้าเจ้าหน้าที่ทุกคน",
                            "เผยแพร่ประกาศบนเว็บไซต์และบอร์ดประชาสัมพันธ์",
                        ],
                        [
                            "เจ้าหน้าที่ร้อยละ ๑๐๐ รับทราบประกาศ",
                            "ไม่มีเรื่องร้องเรียนการรับของขวัญ",
                        ],
                    ),
                    _activity(
                        "2.2",
                        "พัฒนาระบบรับเรื่องร้องเรียนออนไลน์สำหรับผู้ป่วย",
                        "ไตรมาสที่ ๒ - ๓",
                        [2, 3],
                        [LONG_TITLE, "นักวิชาการคอมพิวเตอร์"],
                        [
                            "ออกแบบแบบฟอร์มรับเรื่องร้องเรียนบนเว็บไซต์",
                            "ทดสอบระบบกับผู้ป่วยนอกจำนวน ๓๐ ราย",
                        ],
                        [
                            "มีช่องทางร้องเรียนออนไลน์ที่ใช้งานได้ตลอด ๒๔ ชั่วโมง",
                            "ตอบกลับผู้ร้องเรียนภายใน ๗ วันทำการ",
                        ],
                    ),
                    _activity(
                        "2.3",
                        "อบรมเจ้าหน้าที่เรื่องผลประโยชน์ทับซ้อน",
                        "ไตรมาสที่ ๒ - ๓",
                        [2, 3],
                        [LONG_TITLE, "นักวิชาการคอมพิวเตอร์"],
                        ["จัดอบรมเชิงปฏิบัติการหนึ่งวัน"],
                        ["เจ้าหน้าที่ผ่านการอบรมไม่น้อยกว่าร้อยละ ๘๐"],
                    ),
                ],
            },
        ]
    }


def headings() -> list[str]:
    """The issues' headings as a hospital writes them: ``มิติที่ ๑.`` with a period."""
    return [
        f"มิติที่ {to_thai_digits(issue['id'])}. {issue['title']}" for issue in hospital()["issues"]
    ]


def numbered(items: list[str], closer: str) -> list[str]:
    return [f"{to_thai_digits(str(i))}{closer} {text}" for i, text in enumerate(items, 1)]


def table_rows(issue: dict[str, Any]) -> Iterator[list[list[str]]]:
    """Each activity's cells, as lines: ลำดับ, title, period, responsible, outcomes, steps."""
    for index, activity in enumerate(issue["activities"], 1):
        yield [
            [to_thai_digits(str(index))],
            [activity["title"]],
            [activity["period"]],
            list(activity["responsible"]),
            numbered([o["text"] for o in activity["outcomes"]], ")"),
            numbered(activity["steps"], "."),
        ]


HEAD_TOP = ["ลำดับ", "มาตรการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "ผลการดำเนินการ"]
HEAD_UNDER = ["ผลลัพธ์", "ขั้นตอน"]
MERGED_DOWN = (2, 3)  # period and responsible: merged over rows that share them


def spans(rows: list[list[list[str]]], column: int) -> list[int]:
    """How many rows each row's cell in ``column`` covers (0: covered by the one above)."""
    result = [1] * len(rows)
    top = 0
    for index in range(1, len(rows)):
        if rows[index][column] == rows[top][column]:
            result[top] += 1
            result[index] = 0
        else:
            top = index
    return result


# -- Word


def _w_cell(lines: list[str], props: str = "") -> str:
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in lines
    )
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{body or '<w:p/>'}</w:tc>"


def docx_xml() -> str:
    body = [
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in (TITLE, ORGANISATION, INTRO)
    ]
    scores = "".join(
        f"<w:tr>{_w_cell([name])}{_w_cell([score])}</w:tr>"
        for name, score in [("ตัวชี้วัด", "คะแนน"), *SCORES]
    )
    body.append(f"<w:tbl>{scores}</w:tbl>")
    for heading, issue in zip(headings(), hospital()["issues"], strict=True):
        body.append(f'<w:p><w:r><w:t xml:space="preserve">{escape(heading)}</w:t></w:r></w:p>')
        top = "".join(_w_cell([h], '<w:vMerge w:val="restart"/>') for h in HEAD_TOP[:4])
        top += _w_cell([HEAD_TOP[4]], '<w:gridSpan w:val="2"/>')
        under = "".join(_w_cell([], "<w:vMerge/>") for _ in range(4))
        under += "".join(_w_cell([h]) for h in HEAD_UNDER)
        rows = [f"<w:tr>{top}</w:tr>", f"<w:tr>{under}</w:tr>"]
        cells = list(table_rows(issue))
        down = {column: spans(cells, column) for column in MERGED_DOWN}
        for index, row in enumerate(cells):
            xml = []
            for column, lines in enumerate(row):
                if column in down and down[column][index] == 0:
                    xml.append(_w_cell([], "<w:vMerge/>"))
                elif column in down and down[column][index] > 1:
                    xml.append(_w_cell(lines, '<w:vMerge w:val="restart"/>'))
                else:
                    xml.append(_w_cell(lines))
            rows.append(f"<w:tr>{''.join(xml)}</w:tr>")
        grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(6))
        body.append(f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{''.join(body)}</w:body></w:document>"
    )


def write_hospital_docx(path: Path) -> Path:
    return write_docx(path, document=docx_xml())


# -- Excel


def sheet() -> tuple[list[list[str]], list[str]]:
    """The sheet's rows (cells as text, lines joined by newlines) and its merged ranges."""
    table: list[list[str]] = [[TITLE], [ORGANISATION], [INTRO], ["ตัวชี้วัด", "คะแนน"]]
    table += [[name, score] for name, score in SCORES]
    merges: list[str] = []
    for heading, issue in zip(headings(), hospital()["issues"], strict=True):
        table.append([heading])
        first = len(table) + 1  # the header's first row, counted from 1
        table.append([*HEAD_TOP, ""])
        table.append(["", "", "", "", *HEAD_UNDER])
        merges += [f"{chr(65 + c)}{first}:{chr(65 + c)}{first + 1}" for c in range(4)]
        merges.append(f"E{first}:F{first}")
        cells = list(table_rows(issue))
        start = len(table) + 1
        for column in MERGED_DOWN:
            for index, count in enumerate(spans(cells, column)):
                if count > 1:
                    letter = chr(65 + column)
                    merges.append(f"{letter}{start + index}:{letter}{start + index + count - 1}")
        for index, row in enumerate(cells):
            texts = ["\n".join(lines) for lines in row]
            for column in MERGED_DOWN:
                if spans(cells, column)[index] == 0:
                    texts[column] = ""  # Excel keeps a merged range's value in its top cell
            table.append(texts)
    return table, merges


def write_hospital_xlsx(path: Path, *, dates: dict[str, float] | None = None) -> Path:
    """The sheet as .xlsx; ``dates`` puts numbers styled as dates in cells (``{"C9": 45566}``)."""
    table, merges = sheet()
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    strings: list[str] = []
    index: dict[str, int] = {}
    xml_rows: list[str] = []
    for r, row in enumerate(table, 1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if dates and ref in dates:
                cells.append(f'<c r="{ref}" s="1"><v>{dates[ref]}</v></c>')
                continue
            if value == "":
                continue
            if value not in index:
                index[value] = len(strings)
                strings.append(value)
            cells.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    merged = "".join(f'<mergeCell ref="{m}"/>' for m in merges)
    styles = (
        f'<styleSheet xmlns="{main}"><cellXfs count="2"><xf numFmtId="0"/>'
        '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        package.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="แผน" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        package.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        )
        package.writestr("xl/styles.xml", styles)
        package.writestr(
            "xl/sharedStrings.xml",
            f'<sst xmlns="{main}">'
            + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
            + "</sst>",
        )
        package.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{main}"><sheetData>{"".join(xml_rows)}</sheetData>'
            f'<mergeCells count="{len(merges)}">{merged}</mergeCells></worksheet>',
        )
    return path


# -- a saved web page


def page_html() -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'>",
        f"<title>{e(ORGANISATION)} - หน้าหลัก</title></head><body>",
        "<div class='site-title'>ระบบสารสนเทศโรงพยาบาล</div>",
        "<div class='topmenu'><a href='/'>หน้าหลัก</a> | <a href='/ita'>ITA</a></div>",
        "<div class='widget'><h3>ข่าวประชาสัมพันธ์</h3><p>รับสมัครพยาบาลวิชาชีพ</p></div>",
        f"<div class='content'><h2>{e(TITLE)}</h2>",
        f"<p>{e(ORGANISATION)}</p><p>{e(INTRO)}</p>",
        "<table><tr><th>ตัวชี้วัด</th><th>คะแนน</th></tr>"
        + "".join(f"<tr><td>{e(n)}</td><td>{e(v)}</td></tr>" for n, v in SCORES)
        + "</table>",
    ]
    for heading, issue in zip(headings(), hospital()["issues"], strict=True):
        parts.append(f"<p><b>{e(heading)}</b></p><table border='1'>")
        parts.append(
            "<tr>"
            + "".join(f"<th rowspan='2'>{e(h)}</th>" for h in HEAD_TOP[:4])
            + f"<th colspan='2'>{e(HEAD_TOP[4])}</th></tr>"
        )
        parts.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in HEAD_UNDER) + "</tr>")
        cells = list(table_rows(issue))
        down = {column: spans(cells, column) for column in MERGED_DOWN}
        for index, row in enumerate(cells):
            xml = []
            for column, lines in enumerate(row):
                count = down[column][index] if column in down else 1
                if count == 0:
                    continue
                span = f" rowspan='{count}'" if count > 1 else ""
                xml.append(f"<td{span}>{'<br>'.join(e(line) for line in lines)}</td>")
            parts.append(f"<tr>{''.join(xml)}</tr>")
        parts.append("</table>")
    parts.append("</div><div class='footer'>โทร ๐๗๗</div></body></html>")
    return "\n".join(parts)


# -- text copied from a PDF viewer

RUNNING = "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส โรงพยาบาลบ้านนาสาร"
VIEWER_HEADER = ["ลำดับ", "มาตรการ/", "กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "ขั้นตอนการ", "ดำเนินงาน"]
VIEWER_HEADER += ["ผลลัพธ์ที่", "ได้รับ"]
SIGNATURE = ["ลงชื่อ ...................................... ผู้รายงาน", "(นายแพทย์สมชาย ใจดี)"]
SIGNATURE += ["ผู้อำนวยการโรงพยาบาลบ้านนาสาร"]
_MARKS = {chr(c) for c in (0x0E31, *range(0x0E33, 0x0E3B), *range(0x0E47, 0x0E4F))}


def wrap(text: str, width: int) -> list[str]:
    """Lines as a PDF viewer copies a wrapped cell: a line that wrapped at a space keeps it at
    its end; Thai without spaces wraps between letters (never before a vowel or tone mark)."""
    lines: list[str] = []
    while len(text) > width:
        cut = text.rfind(" ", 0, width)
        if cut > width // 2:
            lines.append(text[: cut + 1])
            text = text[cut + 1 :]
            continue
        cut = width
        while cut > 1 and text[cut] in _MARKS:
            cut -= 1
        if text[cut] == " ":  # a wrap at a space keeps the space at the line's end
            cut += 1
        lines.append(text[:cut])
        text = text[cut:]
    lines.append(text)
    return lines


def viewer_lines(width: int = 24, page: int = 30) -> list[str]:
    """The hospital's report as a PDF viewer copies it: one cell per line, each cell wrapped
    at ``width`` letters; every ``page`` lines a page number, the running header and the table
    header (wrapped) come between, even in the middle of a row; a signature block at the end."""
    body: list[str] = []
    inside: set[int] = set()  # a page never breaks inside a heading and its table's header
    for heading, issue in zip(headings(), hospital()["issues"], strict=True):
        inside.update(range(len(body) + 1, len(body) + 2 + len(VIEWER_HEADER)))
        body.append(heading)
        body += VIEWER_HEADER
        for index, activity in enumerate(issue["activities"], 1):
            body.append(to_thai_digits(str(index)))
            body += wrap(activity["title"], width)
            body += wrap(activity["period"], width)
            for title in activity["responsible"]:
                body += wrap(title, width)
            for item in numbered(activity["steps"], "."):
                body += wrap(item, width)
            for item in numbered([o["text"] for o in activity["outcomes"]], ")"):
                body += wrap(item, width)
    lines = [TITLE, ORGANISATION, INTRO, *(f"{name} {score}" for name, score in SCORES)]
    number = 1
    since = 0
    for position, line in enumerate(body):
        since += 1
        if since > page and position not in inside:
            since = 0
            lines.append(f"- {to_thai_digits(str(number))} -")
            number += 1
            lines.append(RUNNING)
            lines += VIEWER_HEADER
        lines.append(line)
    lines += SIGNATURE
    lines.append(f"- {to_thai_digits(str(number))} -")
    return lines


# -- an education office's Word file: typed bullets


def bulleted_docx_xml(*, numbers: bool = True) -> str:
    """The hospital's Word file with typed bullets before every job title («- »), step and
    outcome («• », «○ »); ``numbers=False`` leaves the steps and outcomes with bullets only."""
    xml = docx_xml()
    for title in {
        t for i in hospital()["issues"] for a in i["activities"] for t in a["responsible"]
    }:
        xml = xml.replace(f">{escape(title)}<", f">- {escape(title)}<")
    for issue in hospital()["issues"]:
        for activity in issue["activities"]:
            for closer, bullet, items in (
                (".", "• ", activity["steps"]),
                (")", "○ ", [o["text"] for o in activity["outcomes"]]),
            ):
                for index, text in enumerate(items, 1):
                    marked = f"{to_thai_digits(str(index))}{closer} {escape(text)}"
                    xml = xml.replace(
                        f">{marked}<", f">{bullet}{marked if numbers else escape(text)}<"
                    )
    return xml
