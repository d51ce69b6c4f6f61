"""The importer's warnings (ita_tui.importer.messages): every one worded in Thai and English in
the catalogs (``import.<code>``), places data worded from ``place.*``, the document's own text
never touched."""

from __future__ import annotations

import ast
import copy
import io
import pickle
import re
import string
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from importer_helpers import FIXTURES
from test_cli_language import english_sentences

from ita_tui import catalog
from ita_tui.importer import ReportImportError, read_report
from ita_tui.importer.formats.ooxml import open_package, parse_xml, read_part
from ita_tui.importer.formats.pdf import _condense
from ita_tui.importer.messages import (
    Message,
    Num,
    PageRows,
    Place,
    at,
    line,
    place,
    place_text,
    worded,
)

ROOT = Path(__file__).resolve().parents[2]
IMPORTER = ROOT / "src" / "ita_tui" / "importer"
sys.path.insert(0, str(ROOT / "scripts"))
import catalog as catalog_script  # noqa: E402  (scripts/catalog.py: Babel, development only)

#: The importer's codes in the catalogs: code -> (Thai, English).
WORDS = {
    key.removeprefix("import."): (thai, catalog_script.messages("en")[key])
    for key, thai in catalog_script.messages("th").items()
    if key.startswith("import.")
}
THAI = re.compile("[\u0e01-\u0e4e]")
_EMPTY_ZIP = b"PK\x05\x06" + b"\x00" * 18
#: The document's own text, quoted in a warning.
QUOTED = re.compile(r"«[^«»]*»")


def fields(text: str) -> set[str]:
    """The names a wording takes (``{where}: {what}`` -> ``{"where", "what"}``)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _codes_used() -> tuple[set[str], set[str]]:
    """Codes given to ``Message(...)`` in the importer's source: whole ones, and the fixed
    start of those made with an f-string (``f"role.{role}"``); and ``import.*`` keys said
    outright."""
    whole: set[str] = set()
    prefixes: set[str] = set()
    for path in IMPORTER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and str(node.value).startswith("import.")
                and str(node.value) != "import."
            ):
                whole.add(str(node.value).removeprefix("import."))
            if path.name == "messages.py" or not (
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
    assert fields(thai) <= fields(english), code  # Thai leaves out only the library's English
    if code not in ("at", "note.repair.and"):  # "{where}: {what}": no words of its own
        assert THAI.search(thai), f"{code}: the Thai wording is not Thai: {thai!r}"
        assert thai != english
    blank = thai.format(**dict.fromkeys(fields(thai), " "))
    if code == "file.header":  # the plan's own key names, in parentheses, are TOML's
        blank = re.sub(r"\([^()]*\)", " ", blank)
    assert english_sentences(QUOTED.sub(" ", blank)) == [], code


@pytest.mark.parametrize("prefix", ["place.", "preview."])
def test_the_words_of_places_and_of_the_preview_are_thai(prefix: str) -> None:
    thai = {k: v for k, v in catalog_script.messages("th").items() if k.startswith(prefix)}
    assert thai
    for key, text in thai.items():
        blank = text.format(**dict.fromkeys(fields(text), " "))
        assert english_sentences(blank.replace("--fiscal-year", " ")) == [], key


def test_every_code_the_importer_uses_is_worded_and_every_wording_is_used() -> None:
    whole, prefixes = _codes_used()
    whole.add("at")  # made by at()
    assert whole, "no Message found in the importer's source"
    assert all(catalog.has(f"import.{code}") for code in whole)  # (th: tests/test_catalog.py)
    assert not whole - set(WORDS), f"codes with no wording: {sorted(whole - set(WORDS))}"
    for prefix in prefixes:
        assert any(code.startswith(prefix) for code in WORDS), prefix
    unused = [c for c in WORDS if c not in whole and not c.startswith(tuple(prefixes))]
    assert unused == [], f"wordings no code uses: {unused}"


def test_an_unknown_code_fails_at_once() -> None:
    with pytest.raises(KeyError):  # in the tests (conftest); in use it shows the code
        Message("no.such.code")


def test_a_message_is_its_english_wording_and_words_itself_in_thai() -> None:
    message = at(
        line(12).of_activity("1.2"),
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
    ("where", "english", "thai"),
    [
        (line(12), "line 12", "บรรทัด ๑๒"),
        (place(("page", 4), ("row", 3)), "page 4, row 3", "หน้า ๔ แถว ๓"),
        (
            PageRows(((1, (2, 3), ()), (2, (), (4,)))),
            "page 1 rows 2, 3; page 2 line 4",
            "หน้า ๑ แถว ๒, ๓; หน้า ๒ บรรทัด ๔",
        ),
        (
            PageRows(((1, (2,), (4, 5)),)),
            "page 1 row 2 and lines 4, 5",
            "หน้า ๑ แถว ๒ และบรรทัด ๔, ๕",
        ),
        (
            place(("table", 2), ("row", 4)).of_activity("1.1", continued=True),
            "table 2, row 4 (activity 1.1, continued)",
            "ตาราง ๒ แถว ๔ (กิจกรรม ๑.๑ แถวต่อ)",
        ),
        (place(("paragraph", 3)), "paragraph 3", "ย่อหน้า ๓"),
        (place(("text_block", 7)), "text block 7", "ข้อความช่วงที่ ๗"),
        (place(("row", 18)), "row 18", "แถว ๑๘"),
        (
            place(("sheet", "row 5, page 2» 1"), ("row", 18)),
            "sheet «row 5, page 2» 1», row 18",
            "แผ่นงาน «row 5, page 2» 1» แถว ๑๘",
        ),
        (place(("sheet", "{v} 12")), "sheet «{v} 12»", "แผ่นงาน «{v} 12»"),
        (place("fiscal_year"), "fiscal year", "ปีงบประมาณ"),
        (place("fiscal_year_option"), "--fiscal-year", "--fiscal-year"),
        (place("organisation"), "organisation", "หน่วยงาน"),
        (place("title"), "title", "ชื่อรายงาน"),
        (place("ita"), "ita", "ผลการประเมิน ITA"),
        (place("a_table"), "table", "ตาราง"),
        (place("workbook"), "workbook", "สมุดงาน"),
    ],
)
def test_places_are_data_worded_in_either_language_keeping_a_sheet_s_name(
    where: Place | PageRows, english: str, thai: str
) -> None:
    assert place_text(where, "en") == english
    assert place_text(where, "th") == thai
    assert at(where, "x") == f"{english}: x"
    assert at(where, "x").text("th") == f"{thai}: x"


def test_the_rows_a_pdf_wrapped_are_told_page_by_page() -> None:
    rows = [place(("page", 1), ("row", 2)), place(("page", 1), ("row", 3))]
    condensed = _condense([*rows, place(("page", 2), ("line", 4))])
    assert place_text(condensed, "en") == "page 1 rows 2, 3; page 2 line 4"


def test_a_message_survives_a_copy_and_a_pickle() -> None:
    message = at(place(("page", 2), ("row", 1)), Message("pdf.wraps"))
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


def test_the_fiscal_years_dates_are_thai_dates_in_thai_and_iso_in_english() -> None:
    import datetime as dt

    from ita_tui.importer.messages import Message

    note = Message(
        "note.fiscal_year.evidence",
        value=2568,
        start=dt.date(2024, 10, 1),
        end=dt.date(2025, 9, 30),
    )
    assert note.text("th").startswith("ปีงบประมาณ พ.ศ. ๒๕๖๘ (๑ ต.ค. ๒๕๖๗ ถึง ๓๐ ก.ย. ๒๕๖๘):")
    assert note.text("en").startswith("fiscal year 2568 B.E. (2024-10-01 to 2025-09-30):")
