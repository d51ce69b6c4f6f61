"""The importer's warnings (ita_tui.importer.messages): every one worded in Thai and English in
one table, places worded in Thai, the document's own text never touched."""

from __future__ import annotations

import ast
import copy
import io
import pickle
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from importer_helpers import FIXTURES
from test_cli_language import english_sentences

from ita_tui.importer import ReportImportError, read_report
from ita_tui.importer.formats.ooxml import open_package, parse_xml, read_part
from ita_tui.importer.messages import (
    WORDS,
    Message,
    Num,
    Place,
    at,
    fields,
    place_text,
    worded,
)

IMPORTER = Path(__file__).resolve().parents[2] / "src" / "ita_tui" / "importer"
THAI = re.compile("[\u0e01-\u0e4e]")
_EMPTY_ZIP = b"PK\x05\x06" + b"\x00" * 18
#: The document's own text, quoted in a warning.
QUOTED = re.compile(r"«[^«»]*»")


def _codes_used() -> tuple[set[str], set[str]]:
    """Codes given to ``Message(...)`` in the importer's source: whole ones, and the fixed
    start of those made with an f-string (``f"role.{role}"``)."""
    whole: set[str] = set()
    prefixes: set[str] = set()
    for path in IMPORTER.rglob("*.py"):
        if path.name == "messages.py":
            continue  # the table's own module
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Message"
                and node.args
            ):
                continue
            codes = [node.args[0]]
            while codes:
                code = codes.pop()
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    whole.add(code.value)
                elif isinstance(code, ast.IfExp):
                    codes += [code.body, code.orelse]
                elif isinstance(code, ast.JoinedStr):
                    first = code.values[0]
                    assert isinstance(first, ast.Constant), f"{path}: a code must start fixed"
                    prefixes.add(str(first.value))
                else:
                    pytest.fail(f"{path}:{node.lineno}: a Message's code must be written out")
    return whole, prefixes


@pytest.mark.parametrize("code", sorted(WORDS))
def test_every_message_has_a_thai_and_an_english_wording(code: str) -> None:
    thai, english = WORDS[code]
    assert thai.strip() and english.strip()
    assert fields(thai) == fields(english), code  # the same values in both
    if code not in ("at",):  # "{where}: {what}" has no words of its own
        assert THAI.search(thai), f"{code}: the Thai wording is not Thai: {thai!r}"
        assert thai != english
    blank = thai.format(**dict.fromkeys(fields(thai), " "))
    assert english_sentences(QUOTED.sub(" ", blank)) == [], code


def test_every_code_the_importer_uses_is_worded_and_every_wording_is_used() -> None:
    whole, prefixes = _codes_used()
    whole.add("at")  # made by at()
    assert whole, "no Message found in the importer's source"
    assert not whole - set(WORDS), f"codes with no wording: {sorted(whole - set(WORDS))}"
    for prefix in prefixes:
        assert any(code.startswith(prefix) for code in WORDS), prefix
    unused = [c for c in WORDS if c not in whole and not c.startswith(tuple(prefixes))]
    assert unused == [], f"wordings no code uses: {unused}"


def test_an_unknown_code_fails_at_once() -> None:
    with pytest.raises(KeyError):
        Message("no.such.code")


def test_a_message_is_its_english_wording_and_words_itself_in_thai() -> None:
    message = at(
        "line 12 (activity 1.2)",
        Message("period.unknown", period="ตามความเหมาะสม 12 {x}"),
    )
    assert message == (
        "line 12 (activity 1.2): period «ตามความเหมาะสม 12 {x}» not recognised: "
        "assumed the whole year, quarters [1, 2, 3, 4]"
    )
    assert message.text("en") == message
    thai = message.text("th")
    assert thai == (
        "บรรทัด ๑๒ (กิจกรรม ๑.๒): อ่านระยะเวลา «ตามความเหมาะสม 12 {x}» ไม่ออก: ถือว่าทำตลอดปี (ไตรมาส ๑-๔)"
    )  # the document's text (its Arabic 12 and its braces too) is kept exactly
    assert worded(message, "th") == thai
    assert worded("plain text", "th") == "plain text"


def test_numbers_are_thai_digits_in_thai_but_text_values_are_not() -> None:
    message = Message("row.repeats", wanted=1, number=2)
    assert message == "the row repeats number 1: numbered 2"
    assert message.text("th") == "แถวนี้ใช้ลำดับ ๑ ซ้ำ: ให้เป็นลำดับที่ ๒"
    listed = Message("column.extra", name="งบ 2568", activities=[Num("1.1"), Num("2.3")])
    assert listed.endswith("activities 1.1, 2.3")
    assert listed.text("th") == (
        "คอลัมน์ «งบ 2568» ไม่ใช่ส่วนของแผน: เก็บข้อความไว้เป็นหมายเหตุของกิจกรรม ๑.๑, ๒.๓"
    )


@pytest.mark.parametrize(
    ("place", "thai"),
    [
        ("line 12", "บรรทัด ๑๒"),
        ("page 4, row 3", "หน้า ๔ แถว ๓"),
        ("page 1 rows 2, 3; page 2 line 4", "หน้า ๑ แถว ๒, ๓; หน้า ๒ บรรทัด ๔"),
        ("table 2, row 4 (activity 1.1, continued)", "ตาราง ๒ แถว ๔ (กิจกรรม ๑.๑ แถวต่อ)"),
        ("paragraph 3", "ย่อหน้า ๓"),
        ("text block 7", "ข้อความช่วงที่ ๗"),
        ("row 18", "แถว ๑๘"),
        ("sheet «row 5, page 2» 1», row 18", "แผ่นงาน «row 5, page 2» 1» แถว ๑๘"),
        ("fiscal year", "ปีงบประมาณ"),
        ("--fiscal-year", "--fiscal-year"),
        ("organisation", "หน่วยงาน"),
        ("title", "ชื่อรายงาน"),
        ("ita", "ผลการประเมิน ITA"),
        ("table", "ตาราง"),
    ],
)
def test_places_in_thai_keep_a_sheet_s_name(place: str, thai: str) -> None:
    assert place_text(place, "th") == thai
    assert place_text(place, "en") == place
    assert Message("at", where=Place(place), what="x").text("th") == f"{thai}: x"


def test_a_message_survives_a_copy_and_a_pickle() -> None:
    message = at("page 2, row 1", Message("pdf.wraps"))
    for again in (copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert again == message and again.text("th") == message.text("th")


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".txt", ".csv", ".pdf")),
)
def test_every_warning_of_every_fixture_is_a_message(name: str) -> None:
    result = read_report((FIXTURES / name).read_bytes(), name)
    for warning in result.warnings:
        assert isinstance(warning, Message), warning
        thai = QUOTED.sub(" ", warning.text("th"))
        assert english_sentences(thai) == [], warning.text("th")


def _refusal(call: Callable[[], object]) -> str:
    with pytest.raises(ReportImportError) as caught:
        call()
    return caught.value.message


@pytest.mark.parametrize(
    ("call", "thai"),
    [
        (lambda: open_package(b"not a zip", "x.docx", "Word"), "x.docx: อ่านไฟล์ Word ไม่ได้"),
        (
            lambda: read_part(
                zipfile.ZipFile(io.BytesIO(_EMPTY_ZIP)), "word/document.xml", "x.docx"
            ),
            "x.docx: ไฟล์เสียหาย (ไม่มี word/document.xml)",
        ),
        (
            lambda: parse_xml(b"<!DOCTYPE x [<!ENTITY a 'b'>]><x/>", "word/document.xml", "x"),
            "x: ไม่รับไฟล์นี้: word/document.xml ประกาศ entity ไว้",
        ),
        (
            lambda: parse_xml(b"<x>", "xl/workbook.xml", "y.xlsx"),
            "y.xlsx: xl/workbook.xml ไม่ใช่ XML ที่ถูกต้อง",
        ),
    ],
)
def test_the_readers_refusals_are_thai_too(call: Callable[[], object], thai: str) -> None:
    message = _refusal(call)
    assert worded(message, "th").startswith(thai), message
    assert worded(message, "en") == message
