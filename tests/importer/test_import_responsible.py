"""Job titles (ita_tui.importer.responsible)."""

from __future__ import annotations

from ita_tui.importer import split_responsible


def test_split_responsible() -> None:
    assert split_responsible("เจ้าพนักงานธุรการ นิติกร หัวหน้าสำนักปลัด ปลัด")[0] == [
        "เจ้าพนักงานธุรการ",
        "นิติกร",
        "หัวหน้าสำนักปลัด",
        "ปลัด",
    ]
    titles, notes = split_responsible("หัวหน้าสำนักผู้อำนวยการกองทุกกอง")
    assert titles == ["หัวหน้าสำนัก", "ผู้อำนวยการกองทุกกอง"]
    assert len(notes) == 1
    assert split_responsible("ผู้อำนวยการกองทุกกอง") == (["ผู้อำนวยการกองทุกกอง"], [])
    assert split_responsible("หัวหน้าสำนักปลัดนิติกร")[0] == ["หัวหน้าสำนักปลัด", "นิติกร"]
    assert split_responsible("นิติกร\nปลัด อบต., และผู้อำนวยการกองคลัง")[0] == [
        "นิติกร",
        "ปลัด อบต.",
        "ผู้อำนวยการกองคลัง",
    ]
    assert split_responsible("หัวหน้าฝ่ายแผนงานพิเศษ")[0] == ["หัวหน้าฝ่ายแผนงานพิเศษ"]  # unknown: whole
