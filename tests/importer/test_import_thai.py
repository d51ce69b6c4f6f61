"""``ita-tui import`` speaks the command line's language (the installed CLI in a subprocess):
its warnings and its help in Thai by default, in English with ``--lang en``; the places and
the document's quoted text the same in both."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from importer_helpers import FIXTURES
from test_cli import run
from test_cli_language import english_sentences

pytestmark = pytest.mark.usefixtures("isolated_dirs")  # Thai: no language remembered

#: A report with nearly every kind of warning the parser gives (a misplaced first row, a
#: period it cannot read, steps numbered from 2, a repeated number, a lost character, a
#: continuation row that differs, an issue with no rows, an unknown column, English text).
MANY = FIXTURES / "many_warnings.txt"
QUOTED = re.compile(r"«[^«»]*»")


def _warnings(stderr: str, head: str) -> list[str]:
    return [line.removeprefix(head) for line in stderr.splitlines() if line.startswith(head)]


def test_the_warnings_are_thai_by_default_and_english_with_lang_en(tmp_path: Path) -> None:
    thai = run("import", str(MANY), "--dry-run", cwd=tmp_path)
    english = run("import", str(MANY), "--dry-run", "--lang", "en", cwd=tmp_path)
    assert thai.returncode == english.returncode == 0, (thai.stderr, english.stderr)
    in_thai = _warnings(thai.stderr, "คำเตือน: ")
    in_english = _warnings(english.stderr, "warning: ")
    assert len(in_thai) == len(in_english) >= 15, in_thai
    assert "(คำเตือน ๒๑ รายการ)" in thai.stderr and "(21 warning(s))" in english.stderr
    # no English left in the Thai run but the document's own quoted text
    unquoted = QUOTED.sub(" ", thai.stderr + thai.stdout)
    assert english_sentences(unquoted) == [], unquoted
    assert "Signed by the mayor of the town" in thai.stderr  # the document's text, kept
    for th, en in zip(in_thai, in_english, strict=True):
        assert QUOTED.findall(th) == QUOTED.findall(en), (th, en)  # quoted exactly
    expected = {
        "บรรทัด ๔: ไม่มีหัวข้อ «ประเด็นที่» ก่อนมาตรการแรก: จัดไว้ใต้ประเด็นที่ ๑ โปรดใส่ชื่อประเด็น",
        "บรรทัด ๖ (กิจกรรม ๑.๒): อ่านระยะเวลา «as needed when required» ไม่ออก: "
        "ถือว่าทำตลอดปี (ไตรมาส ๑-๔)",
        "บรรทัด ๔ (กิจกรรม ๑.๑): ขั้นตอนในรายงานเริ่มที่ข้อ ๒: เรียงเลขใหม่เริ่มที่ ๑",
        "บรรทัด ๘: อักขระ ๑ ตัวสูญหายไปในต้นฉบับ («๑) ผลตรวจ\ufffd»): โปรดพิมพ์ใหม่ตามต้นฉบับ",
        "บรรทัด ๙ (กิจกรรม ๑.๔ แถวต่อ): ชื่อในแถวที่ต่อไม่ตรงกับแถวแรก: «ชื่ออื่นที่ต่อ»",
        "บรรทัด ๙: แถวที่ไม่มีลำดับ อ่านเป็นส่วนต่อของกิจกรรม ๑.๔: ขั้นตอนที่ ๒ และผลลัพธ์ ๑.๔.๒ มาจากแถวนี้",
        "บรรทัด ๑๓: ไม่ใช่หัวข้อประเด็นหรือแถวมาตรการ จึงเก็บไว้เป็นหมายเหตุ: "
        "«Signed by the mayor of the town»",
        "บรรทัด ๓: คอลัมน์ «งบประมาณ» ไม่ใช่ส่วนของแผน: เก็บข้อความไว้เป็นหมายเหตุของกิจกรรม ๑.๑",
    }
    assert expected <= set(in_thai), sorted(expected - set(in_thai))
    assert "line 9 (activity 1.4, continued): the continuation row's title differs: «ชื่ออื่นที่ต่อ»" in (
        in_english
    )
    assert english_sentences(QUOTED.sub(" ", "\n".join(in_english)))  # English, really


def test_a_pdf_s_warnings_name_pages_and_rows_in_thai(tmp_path: Path) -> None:
    result = run("import", str(FIXTURES / "saikhao_damaged.pdf"), "--dry-run", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    warned = _warnings(result.stderr, "คำเตือน: ")
    assert warned and all(w.startswith("หน้า ") for w in warned), warned
    assert any("ต่อกันโดยไม่เว้นวรรค" in w for w in warned)
    assert english_sentences(result.stderr) == [], result.stderr


def test_what_was_noticed_before_a_refusal_is_thai_too(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_text("บันทึก\nประเด็นที่ 1 หัวข้อ\nข้อความ ปีงบประมาณ 2568\n", encoding="utf-8")
    result = run("import", str(junk), "-o", str(tmp_path / "p.toml"))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    noticed = lines[lines.index("สิ่งที่พบระหว่างอ่าน:") + 1 :]
    assert noticed and all(line.startswith("  ") for line in noticed), lines
    assert any("จึงเก็บไว้เป็นหมายเหตุ" in line for line in noticed), noticed
    assert english_sentences(QUOTED.sub(" ", result.stderr)) == [], result.stderr


def test_import_help_is_thai_by_default_and_english_with_lang_en() -> None:
    thai = run("import", "--help")
    english = run("import", "--help", "--lang", "en")
    assert thai.returncode == english.returncode == 0
    options = thai.stdout.split("ตัวเลือก:")[1]
    for line in ("ไฟล์แผนที่จะเขียน", "ปีงบประมาณ พ.ศ. ของมาตรการ", "รหัสแผน", "เขียนทับ FILE"):
        assert line in options, thai.stdout
    assert "แสดงแผนที่จะเขียน" in options and "โฟลเดอร์ที่เก็บไฟล์ความคืบหน้า" in options
    assert "รายงาน: .docx" in thai.stdout  # REPORT
    texts = re.sub(r"--?[a-z-]+|\{th,en\}|\b[A-Z]{2,}\b", " ", thai.stdout.split("\n\n", 1)[1])
    assert english_sentences(texts) == [], thai.stdout  # option names and metavars aside
    assert "plan file to write (default: measures.toml)" in english.stdout
    assert "overwrite FILE if it exists" in english.stdout


def test_hostile_document_text_in_a_thai_warning_stays_inert_data(tmp_path: Path) -> None:
    report = tmp_path / "h.txt"
    report.write_text(
        "รายงาน ปีงบประมาณ 2568\nประเด็นที่ 1 เรื่อง\n"
        "1\tกิจกรรม\t\x1b[31mแดง\x1b]0;pwn\x07\tปลัด\t1. ทำ\t1) ผล\n"
        "ลงชื่อ \x1b[2J {0} {where} page 3\n",
        encoding="utf-8",
    )
    result = run("import", str(report), "--dry-run", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "อ่านระยะเวลา «␛[31mแดง␛]0;pwn␇» ไม่ออก" in result.stderr
    assert "จึงเก็บไว้เป็นหมายเหตุ: «ลงชื่อ ␛[2J {0} {where} page 3»" in result.stderr


def test_the_dry_run_tree_counts_in_thai_digits(tmp_path: Path) -> None:
    thai = run("import", str(MANY), "--dry-run", "--fiscal-year", "2569", cwd=tmp_path)
    english = run("import", str(MANY), "--dry-run", "--fiscal-year", "2569", "--lang", "en")
    assert thai.returncode == english.returncode == 0, thai.stderr
    assert "ปีงบประมาณ     ๒๕๖๙" in thai.stdout and "fiscal year   2569" in english.stdout
    assert "อ่านเป็นข้อความ: ๒ ประเด็น, ๕ มาตรการ/กิจกรรม" in thai.stdout
    assert "  ๑.๑  " in thai.stdout and "-> ไตรมาส ๑,๒,๓" in thai.stdout
    assert "2 issues, 5 activities" in english.stdout and "  1.1  " in english.stdout
    # what the importer counted and numbered is in Thai digits; only the document's own
    # text (its titles) and the plan id keep the digits they had
    tool_lines = [line for line in thai.stdout.splitlines() if "ไตรมาส" in line and "->" in line]
    assert tool_lines and all(not re.search(r"-> ไตรมาส .*[0-9]", line) for line in tool_lines)


def test_a_pdf_wrap_keeps_the_space_before_a_bracket_or_a_year() -> None:
    from ita_tui.importer.formats.pdf import _join_cell

    assert _join_cell(["ตามรายการ", "(O22)"]) == "ตามรายการ (O22)"
    assert _join_cell(["ปีงบประมาณ พ.ศ.", "๒๕๖๘"]) == "ปีงบประมาณ พ.ศ. ๒๕๖๘"
    assert _join_cell(["ณ วันที่ ๑ ต.ค.", "๒๕๖๗"]) == "ณ วันที่ ๑ ต.ค. ๒๕๖๗"
    assert _join_cell(["ตามแบบ สขร.", "๑"]) == "ตามแบบ สขร.๑"  # not an era: no space
    assert _join_cell(["การเปิดเผย", "ข้อมูล"]) == "การเปิดเผยข้อมูล"  # Thai wraps between words


def test_a_space_after_a_tone_mark_inside_a_word_is_removed() -> None:
    from ita_tui.thai.repair import repair_thai

    assert repair_thai("ผู้ป่ วยนอก")[0] == "ผู้ป่วยนอก"
    assert repair_thai("ผู้ป่ วย")[1].spaces == 1
    for kept in ("ไม่ มี", "แม่ ไป", "ที่ นี่", "ใช่ ไหม", "บ้านใหม่ อำเภอ"):  # a syllable ends: kept
        assert repair_thai(kept)[0] == kept
