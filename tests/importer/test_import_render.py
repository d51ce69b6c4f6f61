"""The TOML output (ita_tui.importer.render): notes as comments, validation, no text dropped."""

from __future__ import annotations

import re
import tomllib

import pytest
from importer_helpers import SEED, bundled, read, validated

from ita_tui.importer import parse_report, render_plan_toml


def test_seed_guesses_are_comments_next_to_what_they_explain() -> None:
    result = parse_report(SEED.read_text(encoding="utf-8"))
    text = render_plan_toml(result)
    assert "# import: the title starts with a stray «.» in the report (kept verbatim)" in text
    assert (
        "«หัวหน้าสำนักผู้อำนวยการกองทุกกอง» together: read as «หัวหน้าสำนัก» + «ผู้อำนวยการกองทุกกอง»" in text
    )
    assert (
        "continued by a «(ต่อ)» row at line 49: steps 8-12 and outcomes 7.1.8-7.1.12 come from it"
        in text
    )
    assert "dates in it: 31 มีนาคม 2568, 17 พฤศจิกายน 2567, 11 ธันวาคม 2567" in text
    # each note sits inside the table it is about
    stray = text.index("stray «.»")
    assert text.rindex("[[issues.activities]]", 0, stray) < stray < text.index("id = '1.4'")


def test_seed_output_passes_validation() -> None:
    loaded = validated(parse_report(SEED.read_text(encoding="utf-8"), plan_id="saikhao-2568"))
    counts = loaded.plan.counts
    assert (counts.issues, counts.activities, counts.steps, counts.outcomes) == (7, 10, 59, 53)
    assert loaded.plan.id == "saikhao-2568"
    assert loaded.warnings == []
    assert loaded.plan.outcome_ids() == [
        o["id"] for i in bundled()["issues"] for a in i["activities"] for o in a["outcomes"]
    ]


_MARKER = re.compile(r"^\(?[0-9๐-๙]{1,3}[.):]?$")
_HEADER_WORDS = ("ลำดับ", "มาตรการ/กิจกรรม")


@pytest.mark.parametrize(
    "name",
    [
        "saikhao_report.txt",
        "banmai_arabic.txt",
        "missing_periods.txt",
        "extra_column.txt",
        "continuation.txt",
    ],
)
def test_no_text_is_dropped(name: str) -> None:
    """Every word of the report (bar table headers and item numbers) is in the plan or a comment."""
    source = read(name)
    rendered = render_plan_toml(parse_report(source))
    for line in source.split("\n"):
        if line.startswith(_HEADER_WORDS):
            continue
        for word in re.sub(r"</?p>", " ", line).split():
            if _MARKER.match(word) or word in ("(ต่อ)", "ประเด็นที่"):
                continue
            assert word in rendered, (name, word)


def test_imported_texts_are_written_as_typed_in_single_quotes() -> None:
    # literal strings: no escapes to read, and tomllib parses them faster
    text = render_plan_toml(parse_report(SEED.read_text(encoding="utf-8")))
    lines = [line for line in text.splitlines() if line.startswith(("title = ", "text = "))]
    double = [line for line in lines if line.split(" = ", 1)[1].startswith('"')]
    assert len(lines) > 50 and len(double) == 3
    assert all("Don't" in line for line in double)  # a ' : double quotes, as TOML requires


def _comments(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("#")]


@pytest.mark.parametrize("name", ["saikhao_report.txt", "many_warnings.txt", "continuation.txt"])
def test_the_notes_are_written_in_the_language_of_the_import(name: str) -> None:
    """A Thai officer's import leaves Thai notes: the same notes, about the same items, with
    the document's own text (quoted) as it is; the notes are found and removed all the same."""
    from test_cli_language import english_sentences

    from ita_tui.plan.import_notes import import_notes, without_all_notes

    result = parse_report(read(name))
    english, thai = render_plan_toml(result), render_plan_toml(result, "th")
    assert tomllib.loads(thai) == tomllib.loads(english)
    told_en, told_th = import_notes(english), import_notes(thai)
    assert told_th and [n.item for n in told_th] == [n.item for n in told_en]
    assert [n.text for n in told_th] != [n.text for n in told_en]
    for line in _comments(thai):
        if line.startswith("#   "):
            continue  # the text it could not place: the document's own
        words = re.sub(r"«[^«»]*»|\([^()]*\)|\[\[[^]]*\]\]|`[^`]*`", " ", line.removeprefix("#"))
        words = (
            words.replace("import:", " ").replace("--plan-id", " ").replace("--fiscal-year", " ")
        )
        assert english_sentences(words) == [], line
    assert without_all_notes(thai).count("# import:") == 0
    assert tomllib.loads(without_all_notes(thai)) == tomllib.loads(thai)


def test_a_thai_import_words_places_and_numbers_in_thai() -> None:
    result = parse_report(SEED.read_text(encoding="utf-8"))
    text = render_plan_toml(result, "th")
    assert text.startswith("# แผนนี้นำเข้าด้วย `ita-tui import`")
    assert "# import: ชื่อในรายงานขึ้นต้นด้วย «.» ที่เกินมา (คงไว้ตามรายงาน)" in text
    assert (
        "# import: มีส่วนต่อในแถว «(ต่อ)» ที่ บรรทัด ๔๙: ขั้นตอนที่ ๘-๑๒ และผลลัพธ์ ๗.๑.๘-๗.๑.๑๒ มาจากแถวนี้"
        in text
    )
    # the report's dates are its own text: kept as written
    assert "วันที่ในรายงาน: 31 มีนาคม 2568, 17 พฤศจิกายน 2567, 11 ธันวาคม 2567" in text


def test_text_it_could_not_place_is_kept_with_its_place_in_either_language() -> None:
    source = read("many_warnings.txt")
    result = parse_report(source)
    assert result.unplaced
    english, thai = render_plan_toml(result), render_plan_toml(result, "th")
    assert "# import: text from the report that could not be placed in the plan:" in english
    assert "# import: ข้อความจากรายงานที่จัดเข้าแผนไม่ได้:" in thai
    first = result.unplaced[0]
    assert re.match(r"line \d+: ", first)
    assert re.search(r"^#   บรรทัด [๐-๙]+: ", thai, re.M)
