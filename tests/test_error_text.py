"""OS, store and date errors in Thai (and English) instead of the OS's English."""

from __future__ import annotations

import errno

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ita_tui.error_text import OS_REASONS, date_problem, os_error, os_reason, store_message
from ita_tui.thai.calendar import parse_date

THAI = ("\u0e00", "\u0e7f")


def has_thai(text: str) -> bool:
    return any(THAI[0] <= ch <= THAI[1] for ch in text)


@pytest.mark.parametrize(
    ("code", "thai"),
    [
        (errno.EISDIR, "ชื่อนี้เป็นโฟลเดอร์"),
        (errno.EACCES, "ไม่มีสิทธิ์"),
        (errno.ENOENT, "ไม่พบ"),
        (errno.ENOSPC, "ดิสก์เต็ม"),
        (errno.EROFS, "อ่านได้อย่างเดียว"),
    ],
)
def test_common_os_errors_read_in_thai(code: int, thai: str) -> None:
    exc = OSError(code, "English words", "/tmp/รายงาน.txt")
    message = os_error(exc, "th")
    assert thai in message and message.endswith(": /tmp/รายงาน.txt")
    assert "English" not in message
    assert "English" not in os_error(exc, "en")


def test_every_known_reason_has_thai() -> None:
    for thai, english in OS_REASONS.values():
        assert has_thai(thai) and not has_thai(english)


def test_an_unknown_errno_keeps_its_code_for_it() -> None:
    assert os_reason(OSError(errno.ELOOP, "Too many levels"), "th").endswith("[ELOOP]")


def test_store_messages_are_translated_whole() -> None:
    message = (
        "could not save to /d/p.progress.toml: Read-only file system. Your change is kept "
        "in memory and will be saved when this is fixed."
    )
    thai = store_message(message, "th")
    assert thai == "บันทึกลงไฟล์ /d/p.progress.toml ไม่ได้: ดิสก์หรือโฟลเดอร์นี้อ่านได้อย่างเดียว"
    assert store_message("cannot read /d/p: Permission denied", "th").endswith("ไม่มีสิทธิ์เข้าถึง")
    assert "kept in memory" not in store_message(message, "en")


def test_date_errors_in_thai() -> None:
    assert date_problem("2568-02-30", "th") == "'2568-02-30' ไม่ใช่วันที่: เดือนกุมภาพันธ์ 2568 มี 28 วัน"
    assert "ไม่มีเดือนที่ 13" in (date_problem("2568-13-01", "th") or "")
    assert date_problem("10/2/2568", "th") is None
    assert "วัน/เดือน/ปี" in (date_problem("10/2/68", "th") or "")
    assert date_problem("", "en") == "no date given: write e.g. 10/02/2568"
    assert date_problem("tomorrow", "en", example="15/11/2568") == (
        "'tomorrow' is not a date: write day/month/year (B.E. or C.E.), e.g. 15/11/2568"
    )
    assert date_problem("31/02/2025", "th") == "'31/02/2025' ไม่ใช่วันที่: เดือนกุมภาพันธ์ 2568 มี 28 วัน"
    assert (
        date_problem("2568-02-30", "en") == "'2568-02-30' is not a date: February 2025 has 28 days"
    )


@given(st.text(max_size=12))
def test_date_problem_agrees_with_the_parser(text: str) -> None:
    try:
        parse_date(text)
    except ValueError:
        assert date_problem(text, "th") is not None
    else:
        assert date_problem(text, "th") is None


def test_recovery_notices_and_skipped_lines_are_translated_whole() -> None:
    english = [
        "3 later change(s) from the change log /d/p.changes.jsonl were replayed on top "
        "(the last by somsri at 2025-02-10T09:00:00+00:00); 7 outcome(s) are recorded now.",
        "The backup /d/backups/p.progress.1.toml could not be read (bad TOML); it was skipped.",
        "The backup /d/backups/p.progress.1.toml is cut short; it was skipped.",
        "/d/p.changes.jsonl: line 4 cannot be read; it was skipped",
        "/d/p.changes.jsonl: the line at byte 812 is cut short (a crash or a full disk while "
        "writing it); it was skipped",
    ]
    thai = [store_message(message, "th") for message in english]
    assert thai[0].startswith("นำการแก้ไขที่ใหม่กว่าอีก 3 รายการ") and "somsri" in thai[0]
    assert "ผลลัพธ์ที่บันทึกไว้ 7 รายการ" in thai[0]
    assert thai[1] == "อ่านไฟล์สำรอง /d/backups/p.progress.1.toml ไม่ได้ (bad TOML) จึงข้ามไป"
    assert thai[2] == "ไฟล์สำรอง /d/backups/p.progress.1.toml ถูกตัดขาด จึงข้ามไป"
    assert thai[3] == "/d/p.changes.jsonl: บรรทัดที่ 4 อ่านไม่ได้ จึงข้ามไป"
    assert thai[4].startswith("/d/p.changes.jsonl: บรรทัดที่ไบต์ 812 ถูกตัดขาด")
    assert [store_message(message, "en") for message in english] == english
