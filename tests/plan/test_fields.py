"""Why a field cannot be written: the reasons the app's forms and the command line show."""

from __future__ import annotations

from ita_tui.plan.fields import check_fields, normalise_fields


def test_check_fields_for_forms() -> None:
    assert check_fields("activity", {"quarters": [1, 5]}) == ["a quarter is 1, 2, 3 or 4"]
    assert check_fields("outcome", {"text": "ok\x1b[2J"}) == [
        "the text contains a control character"
    ]
    assert check_fields("plan", {"ita.score": 101}) == ["the ITA score: 101 is not a score (0-100)"]
    assert check_fields("issue", {"title": "ได้"}) == []


def test_reasons_in_thai_for_the_app() -> None:
    assert check_fields("issue", {"title": ""}, lang="th") == ["ต้องกรอกชื่อ"]
    assert check_fields("activity", {"quarters": [], "period": "ทั้งปี"}, lang="th") == [
        "ระยะเวลา 'ทั้งปี' ยังไม่ได้เลือกไตรมาส: เลือกไตรมาสที่ครอบคลุม"
    ]
    assert check_fields("activity", {"responsible": ["ปลัด", "ปลัด"]}, lang="th") == [
        "ตำแหน่ง 'ปลัด' ซ้ำกัน"
    ]


def test_normalised_as_written() -> None:
    assert normalise_fields(
        "activity", {"title": "  ชื่อ ", "steps": ["ก", " ", "ข "], "quarters": [3, 1], "oit": " "}
    ) == {"title": "ชื่อ", "steps": ["ก", "ข"], "quarters": [1, 3], "oit": None}
