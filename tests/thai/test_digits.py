"""Thai and Arabic digits: one table, used everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import ita_tui
from ita_tui.thai.digits import DIGIT, THAI_DIGITS, to_arabic_digits, to_thai_digits

PACKAGE = Path(ita_tui.__file__).resolve().parent


def test_digits_go_both_ways_and_leave_the_rest() -> None:
    assert to_thai_digits("ปี 2568, ข้อ 1.2") == "ปี ๒๕๖๘, ข้อ ๑.๒"
    assert to_arabic_digits("ปี ๒๕๖๘, ข้อ ๑.๒") == "ปี 2568, ข้อ 1.2"
    assert to_arabic_digits(to_thai_digits("0123456789")) == "0123456789"
    assert [THAI_DIGITS[n] for n in range(10)] == list(to_thai_digits("0123456789"))


def test_the_digit_class_matches_both_kinds_and_nothing_else() -> None:
    one = re.compile(f"[{DIGIT}]")
    assert all(one.fullmatch(c) for c in "0123456789" + THAI_DIGITS)
    assert not any(one.search(c) for c in "aก²٣.")


def test_no_other_module_keeps_its_own_digit_table() -> None:
    tables = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.name != "digits.py" and "๐๑๒๓๔๕๖๗๘๙" in path.read_text(encoding="utf-8")
    ]
    assert tables == []
