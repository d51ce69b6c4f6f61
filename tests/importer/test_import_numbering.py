"""Numbered items (ita_tui.importer.numbering)."""

from __future__ import annotations

from ita_tui.importer import split_numbered


def test_split_numbered_is_sequence_aware() -> None:
    cell = "๑) มีแผน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ๒) เผยแพร่ข้อ ๑) - ๗) ณ วันที่ ๓๑ มีนาคม ๒๕๖๘ ๓) คะแนน ๙๐.๖๘"
    found = split_numbered(cell, ")")
    assert found.items == [
        "มีแผน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "เผยแพร่ข้อ ๑) - ๗) ณ วันที่ ๓๑ มีนาคม ๒๕๖๘",
        "คะแนน ๙๐.๖๘",
    ]
    steps = split_numbered("๑. จัดทำแผน พ.ศ.๒๕๖๘ ๒. รายงาน ๓.๕ ล้าน ๓. เผยแพร่", ".")
    assert steps.items == ["จัดทำแผน พ.ศ.๒๕๖๘", "รายงาน ๓.๕ ล้าน", "เผยแพร่"]


def test_split_numbered_variants() -> None:
    assert split_numbered("<p>1. ก</p> <p>2. ข</p>", ".").items == ["ก", "ข"]
    assert split_numbered("๘. ก ๙. ข ๑๐. ค", ".").first == 8
    assert split_numbered("(1) ก (2) ข", ")").items == ["ก", "ข"]
    assert split_numbered("1) ก 2) ข", ".").items == ["ก", "ข"]  # falls back to the other closer
    unnumbered = split_numbered("<p>ก</p><p>ข</p>", ".")
    assert (unnumbered.items, unnumbered.first) == (["ก", "ข"], None)
    lead = split_numbered("ดังนี้ 1. ก 2. ข", ".")
    assert (lead.lead, lead.items) == ("ดังนี้", ["ก", "ข"])
