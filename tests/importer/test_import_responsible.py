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


def test_titles_of_one_kind_run_together_are_cut_where_the_head_comes_again() -> None:
    """A PDF cell's paragraphs joined: «หัวหน้า…หัวหน้า…» is two titles."""
    from ita_tui.importer import split_responsible

    titles, notes = split_responsible("หัวหน้ากลุ่มงานบริหารทั่วไปหัวหน้ากลุ่มงานการพยาบาล")
    assert titles == ["หัวหน้ากลุ่มงานบริหารทั่วไป", "หัวหน้ากลุ่มงานการพยาบาล"]
    assert notes  # the cut is a guess: noted
    assert split_responsible("หัวหน้าสำนักปลัด")[0] == ["หัวหน้าสำนักปลัด"]
    assert split_responsible("ผู้ช่วยผู้อำนวยการโรงพยาบาล")[0] == ["ผู้ช่วยผู้อำนวยการโรงพยาบาล"]


def test_a_title_with_a_space_inside_stays_one() -> None:
    from ita_tui.importer import split_responsible

    long = "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร"
    assert split_responsible(f"{long}\nนักวิชาการคอมพิวเตอร์")[0] == [long, "นักวิชาการคอมพิวเตอร์"]
    assert split_responsible("หัวหน้าสำนัก ผู้อำนวยการกองทุกกอง")[0] == [
        "หัวหน้าสำนัก",
        "ผู้อำนวยการกองทุกกอง",
    ]
    assert split_responsible("- หัวหน้าสำนัก\n• ปลัด")[0] == ["หัวหน้าสำนัก", "ปลัด"]
