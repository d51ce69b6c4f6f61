"""Errors in the user's language: OS errors, the core's coded errors and notices, dates.

The core raises errors as data (:mod:`ita_tui.errors`: a code and its values); they are
worded here, from :data:`WORDS`, only where they are shown. No English is parsed back.

The operating system words its errors in English ("Is a directory", "Permission
denied"); an officer working in Thai reads them in Thai here, chosen by ``errno``, with
the error's code kept for IT (``[EISDIR]``) when the cause is unusual.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Mapping

from ita_tui import safe_files
from ita_tui.atomic import HeldOpenError
from ita_tui.thai.calendar import (
    ENGLISH_MONTHS,
    DateError,
    ce_to_be,
    month_name,
    parse_date,
)

#: errno -> (Thai, English): what went wrong, said plainly.
OS_REASONS: dict[int, tuple[str, str]] = {
    errno.EACCES: ("ไม่มีสิทธิ์เข้าถึง", "permission denied"),
    errno.EPERM: ("ไม่ได้รับอนุญาต", "operation not permitted"),
    errno.ENOENT: ("ไม่พบไฟล์หรือโฟลเดอร์", "no such file or folder"),
    errno.EISDIR: ("ชื่อนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "that name is a folder, not a file"),
    errno.ENOTDIR: ("ส่วนหนึ่งของที่อยู่ไม่ใช่โฟลเดอร์", "part of the path is not a folder"),
    errno.ENOSPC: ("พื้นที่ดิสก์เต็ม", "the disk is full"),
    errno.EROFS: ("ดิสก์หรือโฟลเดอร์นี้อ่านได้อย่างเดียว", "the disk is read-only"),
    errno.EEXIST: ("มีไฟล์นี้อยู่แล้ว", "the file already exists"),
    errno.ENAMETOOLONG: ("ชื่อไฟล์ยาวเกินไป", "the file name is too long"),
    errno.EBUSY: ("ไฟล์ถูกโปรแกรมอื่นใช้อยู่", "the file is in use by another program"),
    errno.EIO: ("อ่านหรือเขียนดิสก์ไม่สำเร็จ", "the disk could not be read or written"),
    errno.EINVAL: ("ชื่อหรือค่าที่ให้มาใช้ไม่ได้", "invalid name or value"),
    errno.EMFILE: ("เปิดไฟล์พร้อมกันมากเกินไป", "too many open files"),
    errno.ENOTEMPTY: ("โฟลเดอร์ไม่ว่าง", "the folder is not empty"),
    errno.EXDEV: ("ย้ายข้ามดิสก์ไม่ได้", "cannot move across disks"),
    errno.ETIMEDOUT: ("เครือข่ายไม่ตอบสนอง", "the network did not answer"),
}
for _name, _reason in (
    ("EDQUOT", ("เกินโควตาพื้นที่ดิสก์", "the disk quota is exceeded")),
    ("ETXTBSY", ("ไฟล์ถูกโปรแกรมอื่นใช้อยู่", "the file is in use by another program")),
    ("EHOSTDOWN", ("เครื่องที่เก็บไฟล์ไม่ตอบสนอง", "the file server is down")),
    ("ESTALE", ("ไฟล์บนเครือข่ายหายไประหว่างใช้งาน", "the network file went away")),
):
    _code = getattr(errno, _name, None)
    if _code is not None:
        OS_REASONS[_code] = _reason

#: Windows error numbers without an errno of their own.
WINDOWS_REASONS: dict[int, tuple[str, str]] = {
    32: ("ไฟล์ถูกโปรแกรมอื่นเปิดอยู่", "the file is open in another program"),
    33: ("ไฟล์ถูกโปรแกรมอื่นล็อกไว้", "the file is locked by another program"),
    53: ("ไม่พบเครื่องหรือโฟลเดอร์ที่แชร์", "the network share was not found"),
}

_STRERRORS: dict[str, int] = {os.strerror(code): code for code in errno.errorcode}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


#: A file another program kept open through every retry (Windows locks a file while Excel
#: or Word has it open).
HELD_OPEN = (
    "ไฟล์นี้ถูกโปรแกรมอื่นเปิดค้างไว้ (เช่น เปิดอยู่ใน Excel หรือ Word) ปิดไฟล์ในโปรแกรมนั้นแล้วลองใหม่",
    "the file is held open by another program (Excel or Word may have it open);"
    " close it there and try again",
)
#: safe_files.FileRefused's reasons -> (Thai, English).
REFUSED_REASONS: dict[str, tuple[str, str]] = {
    safe_files.FIFO: ("เป็นท่อส่งข้อมูล (named pipe) ไม่ใช่ไฟล์", "is a named pipe, not a file"),
    safe_files.DEVICE: ("เป็นอุปกรณ์ ไม่ใช่ไฟล์", "is a device, not a file"),
    safe_files.SOCKET: ("เป็นซ็อกเก็ต ไม่ใช่ไฟล์", "is a socket, not a file"),
    safe_files.FOLDER: ("เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "is a folder, not a file"),
    safe_files.OTHER: ("ไม่ใช่ไฟล์ธรรมดา", "is not a regular file"),
    safe_files.TOO_LARGE: (
        "ใหญ่เกิน {limit} MB ที่ไฟล์{kind}ใหญ่ได้",
        "is larger than the {limit} MB a {kind} file may be",
    ),
    safe_files.LINK: (
        "เป็นลิงก์ (symbolic link): ita-tui ไม่ตามลิงก์ในโฟลเดอร์ข้อมูล",
        "is a symbolic link; ita-tui does not follow links in the data folder",
    ),
}

#: The kinds of file read with a size limit -> (Thai, English).
FILE_KINDS: dict[str, tuple[str, str]] = {
    "plan": ("แผน", "plan"),
    "progress": ("ความคืบหน้า", "progress"),
    "document": ("รายงานที่นำเข้า", "document"),
    "json": ("JSON", "JSON"),
}


def refused_reason(exc: safe_files.FileRefused, lang: str) -> str:
    """Why a file was refused, in ``lang``: ``เป็นอุปกรณ์ ไม่ใช่ไฟล์``."""
    kind = _pick(FILE_KINDS.get(exc.kind, (exc.kind, exc.kind)), lang)
    return _pick(REFUSED_REASONS[exc.reason], lang).format(
        limit=exc.limit // safe_files.MB, kind=kind
    )


def os_reason(exc: OSError, lang: str) -> str:
    """Why an OS call failed, in ``lang``: ``ชื่อนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์``."""
    if isinstance(exc, HeldOpenError):
        return _pick(HELD_OPEN, lang)
    if isinstance(exc, safe_files.FileRefused):
        return refused_reason(exc, lang)
    winerror = getattr(exc, "winerror", None)
    if isinstance(winerror, int) and winerror in WINDOWS_REASONS:
        return _pick(WINDOWS_REASONS[winerror], lang)
    code = exc.errno
    if code is None and exc.strerror in _STRERRORS:
        code = _STRERRORS[exc.strerror]
    if code in OS_REASONS:
        return _pick(OS_REASONS[code], lang)
    name = errno.errorcode.get(code, str(code)) if code is not None else type(exc).__name__
    if lang == "en":
        return f"{exc.strerror or exc} [{name}]"
    return f"ระบบปฏิบัติการแจ้งข้อผิดพลาด [{name}]"


def os_error(exc: OSError, lang: str) -> str:
    """The reason, then the file it concerns: ``ชื่อนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์: /tmp/x``."""
    reason = os_reason(exc, lang)
    return f"{reason}: {exc.filename}" if exc.filename else reason


# errors and notices as data: code -> (Thai, English) ----------------------------------

#: Every coded message of the core (:class:`ita_tui.errors.ItaError`, :class:`ita_tui.errors.Notice`)
#: in Thai and English. Values are filled in by name: an OS error or a nested coded message
#: is worded in the same language; anything else (a path, a document's words) as it is.
WORDS: dict[str, tuple[str, str]] = {
    # summary: why a file is not a JSON export (ita_tui.summary.NotAnExport)
    "summary.missing": ("{key} ไม่มีอยู่", "{key} is missing"),
    "summary.should_int": ("{key} ต้องเป็นจำนวนเต็ม", "{key} should be a whole number"),
    "summary.should_text": ("{key} ต้องเป็นข้อความ", "{key} should be text"),
    "summary.should_object": ("{key} ต้องเป็นออบเจกต์ JSON", "{key} should be an object"),
    "summary.should_list": ("{key} ต้องเป็นรายการ", "{key} should be a list"),
    "summary.should_other": ("{key} มีค่าผิดชนิด", "{key} should be something else"),
    "summary.negative": ("{key} ติดลบ", "{key} is negative"),
    "summary.not_object": ("ไม่ใช่ออบเจกต์ JSON", "not a JSON object"),
    "summary.no_schema": (
        "ไม่ใช่รายงานรายไตรมาสของ ita-tui (ไม่ได้ระบุ schema)",
        "not an ita-tui quarterly report (no schema)",
    ),
    "summary.schema": (
        "ไม่ใช่รายงานรายไตรมาสของ ita-tui (schema {schema})",
        "not an ita-tui quarterly report (schema {schema})",
    ),
    "summary.version": (
        "schema_version {version} ไม่ใช่รุ่นที่โปรแกรมนี้อ่านได้ ({reads})",
        "schema_version {version} is not one this version reads ({reads})",
    ),
    "summary.quarter": (
        "quarter.number {number} ไม่ใช่ไตรมาส (1-4)",
        "quarter.number {number} is not a quarter (1-4)",
    ),
    "summary.as_of": ("as_of ไม่ใช่วันที่ (ปี-เดือน-วัน ค.ศ.)", "as_of is not a date (YYYY-MM-DD)"),
    "summary.done_over": (
        "totals.outcomes.done มากกว่า applicable",
        "totals.outcomes.done is more than applicable",
    ),
    "summary.not_issue": (
        "issues มีรายการที่ไม่ใช่ประเด็น",
        "issues holds something that is not an issue",
    ),
    "summary.not_activity": (
        "issues[].activities มีรายการที่ไม่ใช่มาตรการ/กิจกรรม",
        "issues[].activities holds something that is not one",
    ),
    "summary.ita": ("plan.ita ไม่ใช่ออบเจกต์ JSON", "plan.ita is not an object"),
    "summary.too_large": (
        "ใหญ่เกินกว่าไฟล์ส่งออกใด ๆ (เกิน {mb} MB)",
        "larger than any export (over {mb} MB)",
    ),
    "summary.refused": ("{why}", "{why}"),
    "summary.folder": ("เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "is a folder, not a file"),
    "summary.no_file": ("ไม่พบไฟล์นี้", "no such file"),
    "summary.unreadable": ("อ่านไม่ได้: {why}", "cannot be read: {why}"),
    "summary.not_utf8": ("ไม่ใช่ข้อความ UTF-8", "not UTF-8 text"),
    "summary.not_json": (
        "ไม่ใช่ JSON (บรรทัด {line} คอลัมน์ {column})",
        "not JSON (line {line}, column {column})",
    ),
    "summary.too_deep": (
        "เป็น JSON ที่ซ้อนกันลึกเกินกว่าที่โปรแกรมนี้อ่านได้",
        "not JSON this program can read (nested too deep)",
    ),
    # the progress store
    "store.cannot_read": ("อ่านไฟล์ {path} ไม่ได้: {why}", "cannot read {path}: {why}"),
    "store.cannot_write": ("เขียนไฟล์ {path} ไม่ได้: {why}", "cannot write {path}: {why}"),
    "store.cannot_write_log": (
        "เขียนบันทึกการแก้ไข {path} ไม่ได้: {why}",
        "cannot write the change log {path}: {why}",
    ),
    "store.refused": ("{path}: {why} จึงไม่ได้เขียนอะไร", "{path}: {why}; nothing was written"),
    "store.cannot_move_aside": (
        "อ่าน {path} ไม่ได้ ({reason}) และย้ายไปเก็บไม่ได้: {why} ไม่ได้แก้ไขอะไร ให้แก้หรือย้ายไฟล์ แล้วลองใหม่",
        "{path} cannot be read ({reason}) and could not be moved aside: {why}. Nothing was"
        " changed; fix or move the file, then try again.",
    ),
    "store.recovered_not_written": (
        "เขียนความคืบหน้าที่กู้คืนลง {path} ไม่ได้: {why}",
        "recovered progress could not be written to {path}: {why}",
    ),
    "store.moved_aside": (
        "อ่านไฟล์ความคืบหน้าไม่ได้ ({reason}) จึงย้ายไปเก็บไว้โดยไม่แก้ไขที่ {path}",
        "The progress file could not be read ({reason}). It was moved aside, unchanged, to {path}.",
    ),
    "store.missing": (
        "ไม่พบไฟล์ความคืบหน้า {path} ({reason})",
        "The progress file {path} is missing ({reason}).",
    ),
    "store.recovered_written": (
        "เขียนความคืบหน้าที่กู้คืนลง {path} แล้ว",
        "The recovered progress was written to {path}.",
    ),
    "store.reason.cut_short": (
        "{path} ถูกตัดขาด (บรรทัดสุดท้ายหายไป)",
        "{path} is cut short (its last line is missing)",
    ),
    "store.reason.empty": (
        "{path} ว่างเปล่าหรือมีแต่หมายเหตุ",
        "{path} is empty or holds only comments",
    ),
    "store.reason.missing": ("ไฟล์หายไป", "it is missing"),
    # the lock
    "lock.no_folder": (
        "สร้างโฟลเดอร์ข้อมูล {path} ไม่ได้: {why}",
        "cannot create the data folder {path}: {why}",
    ),
    "lock.timeout": (
        "ita-tui อีกโปรแกรมล็อกไฟล์ {path} ไว้นานเกิน {seconds} วินาที: ไม่มีข้อมูลหาย ลองใหม่อีกครั้ง",
        "{path} is locked by another ita-tui for over {seconds} s; nothing was lost, try again",
    ),
    "lock.cannot_lock": ("ล็อกไฟล์ {path} ไม่ได้: {why}", "cannot lock {path}: {why}"),
    # recovery
    "recovery.backup_unreadable": (
        "อ่านไฟล์สำรอง {path} ไม่ได้ ({why}) จึงข้ามไป",
        "The backup {path} could not be read ({why}); it was skipped.",
    ),
    "recovery.backup_cut_short": (
        "ไฟล์สำรอง {path} ถูกตัดขาด จึงข้ามไป",
        "The backup {path} is cut short; it was skipped.",
    ),
    "recovery.log_missing": (
        "ไม่พบบันทึกการแก้ไข {path}: การแก้ไขที่บันทึกหลังไฟล์สำรองนั้นนำมาใส่ต่อไม่ได้",
        "The change log {path} is missing: changes saved after the backup cannot be replayed.",
    ),
    "recovery.restored": (
        "กู้คืนจากไฟล์สำรอง {path} แล้ว (บันทึกไว้ {n} ผลลัพธ์)",
        "Restored from the backup {path} ({n} outcome(s) recorded).",
    ),
    "recovery.rebuilt": (
        "ไม่พบไฟล์สำรองที่อ่านได้ของแผนนี้: สร้างใหม่จากบันทึกการแก้ไขแล้ว",
        "No readable backup of this plan was found: rebuilt from the change log.",
    ),
    "recovery.replayed": (
        "นำการแก้ไขที่ใหม่กว่าอีก {n} รายการจากบันทึกการแก้ไข {path} มาใส่ต่อ"
        " (รายการสุดท้ายโดย {by} เมื่อ {at}) ตอนนี้มีผลลัพธ์ที่บันทึกไว้ {m} รายการ",
        "{n} later change(s) from the change log {path} were replayed on top (the last by {by}"
        " at {at}); {m} outcome(s) are recorded now.",
    ),
    "recovery.nothing_later": (
        "บันทึกการแก้ไขไม่มีอะไรใหม่กว่าไฟล์สำรองนั้น",
        "The change log holds nothing later than that backup.",
    ),
    "recovery.nothing": (
        "ไม่พบไฟล์สำรองที่อ่านได้และไม่มีบันทึกการแก้ไข: กู้คืนอะไรไม่ได้",
        "No readable backup and no change log were found: nothing could be restored.",
    ),
    # the change log
    "log.line_cut": (
        "{path}: บรรทัดที่ {line} ถูกตัดขาด (เครื่องดับหรือดิสก์เต็มระหว่างเขียน) จึงข้ามไป",
        "{path}: line {line} is cut short (a crash or a full disk while writing it); it was skipped",
    ),
    "log.line_unreadable": (
        "{path}: บรรทัดที่ {line} อ่านไม่ได้ จึงข้ามไป",
        "{path}: line {line} cannot be read; it was skipped",
    ),
    "log.byte_cut": (
        "{path}: บรรทัดที่ไบต์ {offset} ถูกตัดขาด (เครื่องดับหรือดิสก์เต็มระหว่างเขียน) จึงข้ามไป",
        "{path}: the line at byte {offset} is cut short (a crash or a full disk while writing"
        " it); it was skipped",
    ),
    "log.byte_unreadable": (
        "{path}: บรรทัดที่ไบต์ {offset} อ่านไม่ได้ จึงข้ามไป",
        "{path}: the line at byte {offset} cannot be read; it was skipped",
    ),
    # the progress file
    "progress.not_utf8": ("{where}: ไม่ใช่ข้อความ UTF-8", "{where}: not UTF-8 text"),
    "progress.not_toml": ("{where}: ไม่ใช่ TOML ที่ถูกต้อง ({detail})", "{where}: {detail}"),
    "progress.too_deep": (
        "{where}: ซ้อนกันลึกเกินกว่าจะเป็นไฟล์ความคืบหน้า จึงไม่ได้แตะต้องไฟล์นี้",
        "{where}: nested too deeply to be a progress file; it was left untouched",
    ),
    "progress.newer": (
        "{where}: เขียนด้วย ita-tui รุ่นใหม่กว่า (รูปแบบ {version} รุ่นนี้อ่านรูปแบบ {reads})"
        " ให้ปรับรุ่น ita-tui จึงไม่ได้แตะต้องไฟล์นี้",
        "{where}: written in format {version} by a newer ita-tui (this version reads format"
        " {reads}); update ita-tui. The file was left untouched.",
    ),
    "progress.format": (
        "{where}: รูปแบบ {version} ไม่ใช่รูปแบบที่รุ่นนี้อ่านได้",
        "{where}: format {version} is not one this version reads",
    ),
    "progress.plan_id": ("{where}: plan_id ต้องเป็นข้อความ", "{where}: plan_id must be a text"),
    "progress.header": (
        "{where}: plan_key และ organisation ต้องเป็นข้อความ",
        "{where}: plan_key and organisation must be texts",
    ),
    "progress.log_offset": (
        "{where}: log_offset ต้องเป็นจำนวนเต็มของไบต์",
        "{where}: log_offset must be a whole number of bytes",
    ),
    "progress.outcomes": (
        "{where}: [outcomes] ต้องเป็นตาราง",
        "{where}: [outcomes] must be a table",
    ),
    "progress.datetime": (
        "{where}: ต้องเป็นวันและเวลา ไม่ใช่ {value}",
        "{where}: must be a date and time, not {value}",
    ),
    "progress.table": ("{where}: ต้องเป็นตาราง", "{where}: must be a table"),
    "progress.status": (
        "{where}.status: {value} ไม่ใช่สถานะที่รู้จัก ({allowed})",
        "{where}.status: {value} is not one of {allowed}",
    ),
    "progress.done_on": (
        "{where}.done_on: ต้องเป็นวันที่ ไม่ใช่ {value}",
        "{where}.done_on: must be a date, not {value}",
    ),
    "progress.evidence": (
        "{where}.evidence: ต้องเป็นรายการข้อความ",
        "{where}.evidence: must be a list of texts",
    ),
    "progress.texts": (
        "{where}: note และ updated_by ต้องเป็นข้อความ",
        "{where}: note and updated_by must be texts",
    ),
    "progress.other_plan": (
        "{where}: เป็นความคืบหน้าของแผน {theirs} ไม่ใช่ของแผน {ours} จึงไม่ได้แตะต้องไฟล์นี้"
        " (โฟลเดอร์ข้อมูลหรือแผนถูกต้องหรือไม่)",
        "{where}: this is the progress of plan {theirs}, not of {ours}; it was left untouched"
        " (is the data folder or the plan the right one?)",
    ),
    "progress.same_id": (
        "{where}: เป็นความคืบหน้าของแผนอื่นที่ใช้รหัส {id} เดียวกัน (แผน {theirs} กุญแจ {key})"
        " ไม่ใช่ของแผนนี้ (แผน {ours} กุญแจ {mine}) จึงไม่ได้แตะต้องไฟล์นี้ ให้ตั้งรหัสใหม่ให้แผนนี้"
        " (บรรทัด id ในไฟล์แผน) หรือเปิดแผนที่เป็นเจ้าของความคืบหน้านี้",
        "{where}: this is the progress of another plan with the same id {id} (plan {theirs},"
        " key {key}), not of this plan (plan {ours}, key {mine}); it was left untouched. Give"
        " this plan an id of its own (the id line of the plan file), or open the plan this"
        " progress belongs to.",
    ),
    "progress.same_id_keyless": (
        "{where}: เป็นความคืบหน้าของแผนอื่นที่ใช้รหัส {id} เดียวกัน (แผน {theirs} กุญแจ {key})"
        " ไม่ใช่ของแผนนี้ (แผน {ours} ไม่มีกุญแจ) จึงไม่ได้แตะต้องไฟล์นี้ ให้ตั้งรหัสใหม่ให้แผนนี้"
        " (บรรทัด id ในไฟล์แผน) หรือเปิดแผนที่เป็นเจ้าของ ถ้าเป็นแผนเดียวกัน ให้ใส่บรรทัด"
        ' plan_key = "{key}" กลับเข้าไปในไฟล์แผน',
        "{where}: this is the progress of another plan with the same id {id} (plan {theirs},"
        " key {key}), not of this plan (plan {ours}, key none); it was left untouched. Give"
        " this plan an id of its own (the id line of the plan file), or open the plan this"
        ' progress belongs to. If this is that plan, put its line plan_key = "{key}" back.',
    ),
}


def _value(value: object, lang: str) -> str:
    if isinstance(value, OSError):
        return os_reason(value, lang)
    code, values = getattr(value, "code", None), getattr(value, "values", None)
    if isinstance(code, str) and isinstance(values, dict) and code in WORDS:
        return wording(code, values, lang)
    return str(value)


def wording(code: str, values: Mapping[str, object], lang: str) -> str:
    """The message ``code`` in ``lang`` with ``values`` filled in (see :data:`WORDS`)."""
    words = WORDS.get(code)
    if words is None:  # a code without words is a bug; still say what is known
        return " ".join([code, *(f"{k}={v}" for k, v in values.items())])
    return _pick(words, lang).format_map({k: _value(v, lang) for k, v in values.items()})


def worded(item: object, lang: str) -> str:
    """An error or notice in ``lang``: a coded one (:mod:`ita_tui.errors`) from
    :data:`WORDS`, an OS error by its cause; anything else as its text."""
    code, values = getattr(item, "code", None), getattr(item, "values", None)
    if isinstance(code, str) and isinstance(values, dict):
        return wording(code, values, lang)
    if isinstance(item, OSError):
        return os_error(item, lang)
    return str(item)


def store_message(item: object, lang: str) -> str:
    """A progress-store error or notice in ``lang`` (see :func:`worded`)."""
    return worded(item, lang)


# dates ------------------------------------------------------------------------------------

#: The example a date message gives when the caller has none nearer to hand.
DATE_EXAMPLE = "10/02/2568"


def date_problem(text: str, lang: str, *, example: str = DATE_EXAMPLE) -> str | None:
    """Why ``text`` is not a date, in ``lang``; None if it is (see ``parse_date``)."""
    try:
        parse_date(text)
    except DateError as exc:
        return date_error_text(exc, lang, example=example)
    return None


def date_error_text(error: DateError, lang: str, *, example: str = DATE_EXAMPLE) -> str:
    """A :class:`DateError` worded in ``lang``."""
    en = lang == "en"
    if error.code == "empty":
        return "no date given: write e.g. " + example if en else "ยังไม่ได้ใส่วันที่ เช่น " + example
    shown = " ".join(error.text.split())
    head = f"'{shown}' is not a date: " if en else f"'{shown}' ไม่ใช่วันที่: "
    if error.code == "month":
        if en:
            return head + f"there is no month {error.month} (1-12)"
        return head + f"ไม่มีเดือนที่ {error.month} (เดือนคือ 1-12)"
    if error.code == "year":
        return head + (f"the year {error.year} is out of range" if en else f"ปี {error.year} ใช้ไม่ได้")
    if error.code == "day":
        if en:
            return head + f"{ENGLISH_MONTHS[error.month - 1]} {error.ce} has {error.days} days"
        return head + f"เดือน{month_name(error.month)} {ce_to_be(error.ce)} มี {error.days} วัน"
    if en:
        return head + f"write day/month/year (B.E. or C.E.), e.g. {example}"
    return head + f"เขียนเป็น วัน/เดือน/ปี (พ.ศ. หรือ ค.ศ.) เช่น {example}"
