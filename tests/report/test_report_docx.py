"""The Word file (issue 18): the official layout, every outcome, text that stays text,
the same bytes every time; and, where LibreOffice is installed, the page count."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from ita_tui.model import OutcomeProgress, Plan, Status
from ita_tui.plan import parse_plan
from ita_tui.report import export_bytes, export_chunks
from ita_tui.report.render_docx import FONT, FONT_FALLBACK, inert
from ita_tui.signoff import SignOff
from ita_tui.store.change_log import Change

from .report_helpers import TODAY, hostile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PARTS = (
    "[Content_Types].xml",
    "_rels/.rels",
    "word/document.xml",
    "word/_rels/document.xml.rels",
    "word/styles.xml",
    "word/settings.xml",
    "word/fontTable.xml",
    "word/footer1.xml",
    "docProps/core.xml",
    "docProps/app.xml",
)


def docx(
    plan: Plan,
    records: dict[str, OutcomeProgress],
    changes: list[Change],
    quarter: int = 2,
    **options: object,
) -> bytes:
    return b"".join(
        export_bytes(plan, records, changes, quarter=quarter, fmt="docx", today=TODAY, **options)  # type: ignore[arg-type]
    )


def parts(data: bytes) -> dict[str, ET.Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return {name: ET.fromstring(archive.read(name)) for name in archive.namelist()}


def paragraphs(root: ET.Element) -> list[str]:
    """Each paragraph's text (line breaks as newlines)."""
    out = []
    for p in root.iter(f"{W}p"):
        text = []
        for node in p.iter():
            if node.tag == f"{W}t":
                text.append(node.text or "")
            elif node.tag == f"{W}br":
                text.append("\n")
        out.append("".join(text))
    return out


def rows(root: ET.Element) -> list[list[str]]:
    """The main table's rows, each a list of its cells' texts."""
    table = next(root.iter(f"{W}tbl"))
    return [
        ["\n".join(paragraphs(cell)) for cell in row.findall(f"{W}tc")]
        for row in table.findall(f"{W}tr")
    ]


def test_the_package_is_a_minimal_valid_word_document(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    data = docx(plan, records, changes)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert tuple(archive.namelist()) == PARTS
        # every part the content types name is in the package, and each is declared
        types = ET.fromstring(archive.read("[Content_Types].xml"))
        overrides = {o.get("PartName") for o in types}
        assert {p.lstrip("/") for p in overrides if p} <= set(archive.namelist())
        assert "/word/document.xml" in overrides
    found = parts(data)
    body = found["word/document.xml"].find(f"{W}body")
    assert body is not None and body[-1].tag == f"{W}sectPr"


def test_a4_landscape_in_th_sarabun_it(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    found = parts(docx(plan, records, changes))
    size = next(found["word/document.xml"].iter(f"{W}pgSz"))
    assert (size.get(f"{W}w"), size.get(f"{W}h"), size.get(f"{W}orient")) == (
        "16838",
        "11906",
        "landscape",
    )
    fonts = next(found["word/styles.xml"].iter(f"{W}rFonts"))
    assert {fonts.get(f"{W}{k}") for k in ("ascii", "hAnsi", "cs")} == {FONT} == {"TH SarabunIT๙"}
    default_size = next(found["word/styles.xml"].iter(f"{W}sz"))
    assert default_size.get(f"{W}val") == "32"  # 16 pt
    table = found["word/fontTable.xml"]
    named = {f.get(f"{W}name"): f for f in table}
    assert FONT in named and FONT_FALLBACK in named
    alt = named[FONT].find(f"{W}altName")
    assert alt is not None and alt.get(f"{W}val") == "TH Sarabun New"


def test_heading_and_one_table_with_the_official_columns_repeated_on_each_page(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    root = parts(docx(plan, records, changes))["word/document.xml"]
    texts = paragraphs(root)
    assert texts[0] == "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    assert texts[1] == "ไตรมาสที่ ๒ (รอบ ๖ เดือน) ปีงบประมาณ พ.ศ. ๒๕๖๘"
    assert texts[2] == "เทศบาลตำบลทรายขาว อำเภอคลองท่อม จังหวัดกระบี่"
    table = next(root.iter(f"{W}tbl"))
    header = table.findall(f"{W}tr")[0]
    props = header.find(f"{W}trPr")
    assert props is not None and props.find(f"{W}tblHeader") is not None
    assert rows(root)[0] == [
        "ลำดับ",
        "มาตรการ/กิจกรรม",
        "ระยะเวลา",
        "ผู้รับผิดชอบ",
        "ผลการดำเนินการ",
        "ผลลัพธ์",
    ]
    # each issue is a full-width row
    issue_rows = [r for r in rows(root) if len(r) == 1]
    assert len(issue_rows) == len(plan.issues)
    assert issue_rows[0][0].startswith("ประเด็นที่ ๑ กระบวนการปฏิบัติงาน")
    # then the overall figures and the sign-off block
    after = "\n".join(texts)
    assert after.index("ผลลัพธ์ที่ดำเนินการแล้ว") > after.index(issue_rows[-1][0])
    assert after.index("ผู้รายงาน") > after.index("ผลลัพธ์ที่ดำเนินการแล้ว")
    assert "ผู้บริหารรับทราบ/อนุมัติ" in after and "ตำแหน่ง" in after


def test_every_activity_step_and_outcome_is_in_it_with_its_mark(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    root = parts(docx(plan, records, changes))["word/document.xml"]
    table = rows(root)
    cells = "\n".join("\n".join(r) for r in table)
    for issue in plan.issues:
        for activity in issue.activities:
            assert activity.title in cells
            for step in activity.steps:
                assert step in cells
    outcomes = [
        line for r in table if len(r) == 6 for line in r[5].split("\n") if line[:1] in "☑◐☐⊘"
    ]
    assert len(outcomes) == sum(1 for _ in plan.outcomes()) == 53
    by_number = {line.split(" ")[1]: line for line in outcomes}
    done = by_number["๑.๓.๑"]
    assert done.startswith("☑ ") and "(แล้วเสร็จ ๓๑ มี.ค. ๒๕๖๘;" in done
    assert by_number["๑.๑.๔"].startswith("☐ ")  # done on 1 April: not by 31 March
    assert by_number["๒.๑.๗"].startswith("⊘ ")
    assert by_number["๒.๑.๑"].startswith("◐ ")
    assert "(แล้วเสร็จ ๓๑ มี.ค. ๒๕๖๘; หลักฐาน: https://www.saikhao.go.th/ita/o36)" in cells


def test_english_and_arabic_digits(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    english = parts(docx(plan, records, changes, lang="en"))["word/document.xml"]
    assert rows(english)[0] == ["No.", "Activity", "Period", "Responsible", "Work done", "Outcomes"]
    assert paragraphs(english)[1] == "Q2 (6-month report), fiscal year 2568 B.E."
    arabic = parts(docx(plan, records, changes, digits="arabic"))["word/document.xml"]
    assert paragraphs(arabic)[1] == "ไตรมาสที่ 2 (รอบ 6 เดือน) ปีงบประมาณ พ.ศ. 2568"
    assert not any("๐" <= c <= "๙" for r in rows(arabic) for c in r[0])


def test_the_sign_off_names_are_written(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    names = SignOff("นายสมชาย ใจดี", "นิติกร", "นายสมศักดิ์ รักดี", "ปลัดเทศบาล")
    texts = paragraphs(parts(docx(plan, records, changes, signoff=names))["word/document.xml"])
    for text in ("(นายสมชาย ใจดี)", "ตำแหน่ง นิติกร", "(นายสมศักดิ์ รักดี)", "ตำแหน่ง ปลัดเทศบาล"):
        assert text in texts


def test_the_same_report_is_the_same_bytes(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    first = docx(plan, records, changes)
    assert first == docx(plan, records, changes)
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


HOSTILE_TEXTS = "<w:fldSimple w:instr=\"HYPERLINK 'http://evil'\"/> &amp; ]]> \u202egpj.exe"


def test_plan_text_stays_text() -> None:
    """Markup, fields, bidi overrides and characters XML forbids are only text."""
    plan, records, changes = hostile()
    activity = plan.issues[0].activities[0]
    bad = f"{HOSTILE_TEXTS} \x00nul \ufffe \ud800"
    outcome = dataclasses.replace(activity.outcomes[1], text=bad)
    activity = dataclasses.replace(activity, outcomes=(activity.outcomes[0], outcome))
    issue = dataclasses.replace(plan.issues[0], activities=(activity,))
    plan = dataclasses.replace(plan, issues=(issue,))
    records = {
        **records,
        "1.1.1": dataclasses.replace(
            records["1.1.1"], evidence=("\u202ehttps://x.go.th/fdp.exe", "javascript:alert(1)")
        ),
    }
    data = docx(plan, records, changes, quarter=1)
    found = parts(data)  # parses: nothing XML forbids got in
    document = found["word/document.xml"]
    tags = {node.tag for node in document.iter()}
    for forbidden in ("hyperlink", "fldSimple", "instrText", "fldChar", "object", "drawing"):
        assert f"{W}{forbidden}" not in tags
    text = "\n".join(paragraphs(document))
    assert "<w:fldSimple w:instr=\"HYPERLINK 'http://evil'\"/> &amp; ]]>" in text
    assert "\\u202egpj.exe" in text and "\u202e" not in text
    assert "\\x00nul" in text or "␀nul" in text
    assert "\\ufffe" in text and "\\ud800" in text
    assert "\\u202ehttps://x.go.th/fdp.exe" in text
    assert "javascript:alert(1)" in text  # shown, never a link
    assert "\x1b" not in text and "\x07" not in text
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
    assert not any(name.endswith((".bin", "vbaProject.bin")) for name in names)


def test_inert_keeps_thai_and_shows_what_would_act() -> None:
    assert inert("ผลลัพธ์ ๑ ok") == "ผลลัพธ์ ๑ ok"
    assert inert("a\u202eb\x01c\ufffed") == "a\\u202eb\\x01c\\ufffed"


def test_a_long_row_may_split_across_pages_and_a_short_one_may_not() -> None:
    outcomes = "".join(
        f'[[issues.activities.outcomes]]\nid = "1.1.{n}"\ntext = "ผลลัพธ์ที่ {n} ของกิจกรรม'
        f'ที่มีผลลัพธ์จำนวนมาก เผยแพร่บนเว็บไซต์ของหน่วยงาน"\n'
        for n in range(1, 61)
    )
    raw = (
        'id = "long"\ntitle = "แผน"\norganisation = "เทศบาล"\nfiscal_year = 2568\n'
        '[[issues]]\nid = "1"\ntitle = "ประเด็น"\n'
        '[[issues.activities]]\nid = "1.1"\ntitle = "กิจกรรมยาว"\nquarters = [1]\n'
        f'responsible = ["ปลัด"]\nsteps = ["ขั้นตอน"]\n{outcomes}'
        '[[issues.activities]]\nid = "1.2"\ntitle = "กิจกรรมสั้น"\nquarters = [1]\n'
        'responsible = ["ปลัด"]\nsteps = ["ขั้นตอน"]\n'
        '[[issues.activities.outcomes]]\nid = "1.2.1"\ntext = "ผลลัพธ์เดียว"\n'
    )
    plan = parse_plan(raw.encode("utf-8")).plan
    table = next(parts(docx(plan, {}, [], quarter=1))["word/document.xml"].iter(f"{W}tbl"))
    long_row, short_row = table.findall(f"{W}tr")[2:4]

    def kept(row: ET.Element) -> bool:
        props = row.find(f"{W}trPr")
        return props is not None and props.find(f"{W}cantSplit") is not None

    assert not kept(long_row)
    assert kept(short_row)


def test_docx_is_not_a_text_format(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    with pytest.raises(ValueError, match="docx"):
        export_chunks(plan, records, changes, quarter=2, fmt="docx")


# ------------------------------------------------------------ rendered by LibreOffice

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("quarter", [2, 4])
def test_libreoffice_opens_it_and_the_report_fits_in_12_pages(
    plan: Plan,
    records: dict[str, OutcomeProgress],
    changes: list[Change],
    tmp_path: Path,
    quarter: int,
) -> None:
    from pypdf import PdfReader

    source = tmp_path / f"q{quarter}.docx"
    source.write_bytes(docx(plan, records, changes, quarter=quarter))
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = PdfReader(tmp_path / f"q{quarter}.pdf")
    assert 1 <= len(pdf.pages) <= 12
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "ลงชื่อ" in text


def test_status_marks_cover_every_status() -> None:
    from ita_tui.report.render_docx import MARKS

    assert set(MARKS) == set(Status)
