"""OS, store and date errors in Thai (and English) instead of the OS's English."""

from __future__ import annotations

import errno

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_catalog import catalog_script

from ita_tui import safe_files
from ita_tui.atomic import HeldOpenError
from ita_tui.catalog import say
from ita_tui.error_text import (
    OS_KEYS,
    WINDOWS_ERRORS,
    date_problem,
    os_error,
    os_reason,
    refused_reason,
    store_message,
)
from ita_tui.errors import notice
from ita_tui.store import StoreError
from ita_tui.store.progress_file import ProgressFileError
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
    keys = [*OS_KEYS.values(), *(f"os.win{code}" for code in WINDOWS_ERRORS), "os.held_open"]
    for key in keys:
        assert has_thai(say(key, "th")) and not has_thai(say(key, "en")), key


def test_every_os_word_in_the_catalog_is_said() -> None:
    """``os.<errno name>`` for the errors worded (those this platform has), ``os.win<n>`` for
    Windows' own, the file held open and any other error: nothing else, nothing unused."""
    said = {"os.held_open", "os.other", *(f"os.win{code}" for code in WINDOWS_ERRORS)}
    worded = {key for key in catalog_script.messages("en") if key.startswith("os.")}
    assert set(OS_KEYS.values()) <= worded - said
    for key in worded - said:  # an errno this platform lacks is still a real one somewhere
        assert key.removeprefix("os.").isupper() and key.removeprefix("os.").startswith("E"), key
    assert said <= worded
    if hasattr(errno, "EDQUOT"):
        assert os_reason(OSError(errno.EDQUOT, "x"), "en") == "the disk quota is exceeded"


def test_windows_errors_and_a_file_held_open() -> None:
    locked = OSError(errno.EACCES, "x")
    locked.winerror = 33  # type: ignore[attr-defined]
    assert os_reason(locked, "th") == "ไฟล์ถูกโปรแกรมอื่นล็อกไว้"
    assert os_reason(locked, "en") == "the file is locked by another program"
    held = HeldOpenError(errno.EACCES, "x", "/d/a.xlsx")
    assert os_reason(held, "en").startswith("the file is held open by another program")
    assert os_error(held, "th").endswith("ลองใหม่: /d/a.xlsx")


def test_a_refused_file_is_worded_with_its_kind_and_limit() -> None:
    reasons = (
        safe_files.FIFO,
        safe_files.DEVICE,
        safe_files.SOCKET,
        safe_files.FOLDER,
        safe_files.OTHER,
        safe_files.TOO_LARGE,
        safe_files.LINK,
    )
    for reason in reasons:
        for kind in safe_files.LIMITS:
            refused = safe_files.FileRefused("/d/x", reason, kind=kind)
            assert has_thai(refused_reason(refused, "th")), (reason, kind)
            assert not has_thai(refused_reason(refused, "en")), (reason, kind)
    big = safe_files.FileRefused("/d/x.json", safe_files.TOO_LARGE, "json", 200 * safe_files.MB)
    assert refused_reason(big, "th") == "ใหญ่เกิน 200 MB ที่ไฟล์JSONใหญ่ได้"
    assert refused_reason(big, "en") == "is larger than the 200 MB a JSON file may be"
    plan = safe_files.FileRefused("/d/x.toml", safe_files.TOO_LARGE, "plan", 256 * safe_files.MB)
    assert refused_reason(plan, "th") == "ใหญ่เกิน 256 MB ที่ไฟล์แผนใหญ่ได้"


def test_an_unknown_errno_keeps_its_code_for_it() -> None:
    assert os_reason(OSError(errno.ELOOP, "Too many levels"), "th") == (
        "ระบบปฏิบัติการแจ้งข้อผิดพลาด [ELOOP]"
    )
    assert os_reason(OSError(errno.ELOOP, "Too many levels"), "en") == "Too many levels [ELOOP]"
    assert os_reason(OSError("no errno"), "en") == "no errno [OSError]"
    assert os_reason(OSError("no errno"), "th") == "ระบบปฏิบัติการแจ้งข้อผิดพลาด [OSError]"


def test_store_errors_are_worded_from_their_code_and_values() -> None:
    error = StoreError(
        "store.cannot_write", path="/d/p.progress.toml", why=OSError(errno.EROFS, "x")
    )
    thai = store_message(error, "th")
    assert thai == "เขียนไฟล์ /d/p.progress.toml ไม่ได้: ดิสก์หรือโฟลเดอร์นี้อ่านได้อย่างเดียว"
    denied = StoreError("store.cannot_read", path="/d/p", why=PermissionError(errno.EACCES, "x"))
    assert store_message(denied, "th").endswith("ไม่มีสิทธิ์เข้าถึง")
    assert store_message(denied, "en") == str(denied) == "cannot read /d/p: permission denied"
    assert store_message("an English sentence is never parsed", "th") == (
        "an English sentence is never parsed"
    )


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
    backup = "/d/backups/p.progress.1.toml"
    notices = [
        notice(
            "recovery.replayed",
            n=3,
            path="/d/p.changes.jsonl",
            by="somsri",
            at="2025-02-10T09:00:00+00:00",
            m=7,
        ),
        notice(
            "recovery.backup_unreadable",
            path=backup,
            why=ProgressFileError("progress.not_utf8", where=backup),
        ),
        notice("recovery.backup_cut_short", path=backup),
        notice("log.line_unreadable", path="/d/p.changes.jsonl", line=4),
        notice("log.byte_cut", path="/d/p.changes.jsonl", offset=812),
    ]
    english = [str(item) for item in notices]
    assert english[0] == (
        "3 later change(s) from the change log /d/p.changes.jsonl were replayed on top "
        "(the last by somsri at 2025-02-10T09:00:00+00:00); 7 outcome(s) are recorded now."
    )
    thai = [store_message(item, "th") for item in notices]
    assert thai[0].startswith("นำการแก้ไขที่ใหม่กว่าอีก 3 รายการ") and "somsri" in thai[0]
    assert "ผลลัพธ์ที่บันทึกไว้ 7 รายการ" in thai[0]
    assert thai[1] == (f"อ่านไฟล์สำรอง {backup} ไม่ได้ ({backup}: ไม่ใช่ข้อความ UTF-8) จึงข้ามไป")
    assert thai[2] == "ไฟล์สำรอง /d/backups/p.progress.1.toml ถูกตัดขาด จึงข้ามไป"
    assert thai[3] == "/d/p.changes.jsonl: บรรทัดที่ 4 อ่านไม่ได้ จึงข้ามไป"
    assert thai[4].startswith("/d/p.changes.jsonl: บรรทัดที่ไบต์ 812 ถูกตัดขาด")
    assert [store_message(item, "en") for item in notices] == english
