"""The opening lines (ita_tui.importer.preamble)."""

from __future__ import annotations

from ita_tui.importer import parse_report


def test_plain_prose_is_not_usable() -> None:
    result = parse_report("สวัสดีครับ\nนี่ไม่ใช่รายงาน")
    assert not result.usable
    assert result.plan["intro"] == "นี่ไม่ใช่รายงาน"
