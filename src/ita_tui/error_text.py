"""Errors in the user's language: OS errors, the progress store's errors, typed dates.

The operating system words its errors in English ("Is a directory", "Permission
denied"); an officer working in Thai reads them in Thai here, chosen by ``errno``, with
the error's code kept for IT (``[EISDIR]``) when the cause is unusual.
"""

from __future__ import annotations

import errno
import os
import re

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


def _refused_in(text: str, lang: str) -> str | None:
    """A refusal's English wording (inside a store message) in ``lang``; None if it is not one."""
    for thai, english in REFUSED_REASONS.values():
        pattern = re.escape(english).replace(r"\{limit\}", r"(?P<limit>\d+)")
        pattern = pattern.replace(r"\{kind\}", r"(?P<kind>.+?)")
        found = re.fullmatch(pattern, text)
        if found:
            values = found.groupdict()
            if "kind" in values:
                named = [k for k, (_, en) in FILE_KINDS.items() if en == values["kind"]]
                values["kind"] = _pick(FILE_KINDS[named[0]], lang) if named else values["kind"]
            return _pick((thai, english), lang).format(**values)
    return None


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


def strerror_reason(text: str, lang: str) -> str:
    """The OS's English wording (``Permission denied``), or a refusal's (``is a named pipe,
    not a file``), in ``lang``; unknown text unchanged."""
    refused = _refused_in(text, lang)
    if refused is not None:
        return refused
    code = _STRERRORS.get(text.strip())
    if code is not None and code in OS_REASONS:
        return _pick(OS_REASONS[code], lang)
    return text


def by_pattern(message: str, patterns: tuple[tuple[re.Pattern[str], str], ...], lang: str) -> str:
    """``message`` (an English sentence with values) in ``lang``, by the first pattern that
    matches it; an OS reason in a ``why`` group is translated too. A message no pattern knows
    is kept as it is (it still names the file and the cause)."""
    if lang == "en":
        return message
    for pattern, thai in patterns:
        found = pattern.match(message)
        if found:
            values = found.groupdict()
            if "why" in values:
                values["why"] = strerror_reason(values["why"], lang)
            return thai.format(**values)
    return message


def os_error(exc: OSError, lang: str) -> str:
    """The reason, then the file it concerns: ``ชื่อนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์: /tmp/x``."""
    reason = os_reason(exc, lang)
    return f"{reason}: {exc.filename}" if exc.filename else reason


# the progress store's messages ------------------------------------------------------------

_STORE_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, str]], ...] = tuple(
    (re.compile(pattern, re.S), words)
    for pattern, words in (
        (
            r"^(?P<path>.+?): this is the progress of another plan with the same id "
            r"(?P<id>'.*?') \(plan (?P<theirs>.*?), key (?P<key>\S+)\), not of this plan "
            r"\(plan (?P<ours>.*?), key none\); it was left untouched\..*$",
            (
                "{path}: เป็นความคืบหน้าของแผนอื่นที่ใช้รหัส {id} เดียวกัน (แผน {theirs} กุญแจ {key}) "
                "ไม่ใช่ของแผนนี้ (แผน {ours} ไม่มีกุญแจ) จึงไม่ได้แตะต้องไฟล์นี้ ให้ตั้งรหัสใหม่ให้แผนนี้ "
                '(บรรทัด id ในไฟล์แผน) หรือเปิดแผนที่เป็นเจ้าของ ถ้าเป็นแผนเดียวกัน ให้ใส่บรรทัด plan_key = "{key}" '
                "กลับเข้าไปในไฟล์แผน",
                "{path}: this is the progress of another plan with the same id {id} (plan "
                "{theirs}, key {key}), not of this plan (plan {ours}, key none); it was left "
                "untouched. Give this plan an id of its own (the id line of the plan file), or "
                "open the plan this progress belongs to. If this is that plan, put its line "
                'plan_key = "{key}" back.',
            ),
        ),
        (
            r"^(?P<path>.+?): this is the progress of another plan with the same id "
            r"(?P<id>'.*?') \(plan (?P<theirs>.*?), key (?P<key>\S+)\), not of this plan "
            r"\(plan (?P<ours>.*?), key (?P<mine>\S+)\); it was left untouched\..*$",
            (
                "{path}: เป็นความคืบหน้าของแผนอื่นที่ใช้รหัส {id} เดียวกัน (แผน {theirs} กุญแจ {key}) "
                "ไม่ใช่ของแผนนี้ (แผน {ours} กุญแจ {mine}) จึงไม่ได้แตะต้องไฟล์นี้ ให้ตั้งรหัสใหม่ให้แผนนี้ "
                "(บรรทัด id ในไฟล์แผน) หรือเปิดแผนที่เป็นเจ้าของความคืบหน้านี้",
                "{path}: this is the progress of another plan with the same id {id} (plan "
                "{theirs}, key {key}), not of this plan (plan {ours}, key {mine}); it was left "
                "untouched. Give this plan an id of its own (the id line of the plan file), or "
                "open the plan this progress belongs to.",
            ),
        ),
        (
            r"^(?P<path>.+?): this is the progress of plan (?P<theirs>'.*?'), not of "
            r"(?P<ours>'.*?'); it was left untouched.*$",
            (
                "{path}: เป็นความคืบหน้าของแผน {theirs} ไม่ใช่ของแผน {ours} จึงไม่ได้แตะต้องไฟล์นี้ "
                "(โฟลเดอร์ข้อมูลหรือแผนถูกต้องหรือไม่)",
                "{path}: this is the progress of plan {theirs}, not of {ours}; it was left "
                "untouched (is the data folder or the plan the right one?)",
            ),
        ),
        (
            r"^cannot write the change log (?P<path>.+?): (?P<why>.+)$",
            (
                "เขียนบันทึกการแก้ไข {path} ไม่ได้: {why}",
                "cannot write the change log {path}: {why}",
            ),
        ),
        (
            r"^cannot write (?P<path>.+?): (?P<why>.+)$",
            ("เขียนไฟล์ {path} ไม่ได้: {why}", "cannot write {path}: {why}"),
        ),
        (
            r"^recovered progress could not be written to (?P<path>.+?): (?P<why>.+)$",
            (
                "เขียนความคืบหน้าที่กู้คืนลง {path} ไม่ได้: {why}",
                "recovered progress could not be written to {path}: {why}",
            ),
        ),
        (
            r"^The recovered progress was written to (?P<path>.+?)\.(?P<why>)$",
            (
                "เขียนความคืบหน้าที่กู้คืนลง {path} แล้ว",
                "The recovered progress was written to {path}.",
            ),
        ),
        (
            r"^The progress file (?P<path>.+?) is missing \((?P<why>.+)\)\.$",
            (
                "ไม่พบไฟล์ความคืบหน้า {path} ({why})",
                "The progress file {path} is missing ({why}).",
            ),
        ),
        (
            r"^(?P<path>.+?) cannot be read \((?P<why>.+?)\) and could not be moved aside: ",
            (
                "อ่าน {path} ไม่ได้ ({why}) และย้ายไปเก็บไม่ได้: ไม่ได้แก้ไขอะไร ให้แก้หรือย้ายไฟล์ แล้วลองใหม่",
                "{path} cannot be read ({why}) and could not be moved aside: nothing was "
                "changed; fix or move the file, then try again.",
            ),
        ),
        (
            r"^Restored from the backup (?P<path>.+?) \((?P<why>\d+) outcome\(s\) recorded\)\.$",
            (
                "กู้คืนจากไฟล์สำรอง {path} แล้ว (บันทึกไว้ {why} ผลลัพธ์)",
                "Restored from the backup {path} ({why} outcome(s) recorded).",
            ),
        ),
        (
            r"^No readable backup of this plan was found(?P<path>)(?P<why>): rebuilt from",
            (
                "ไม่พบไฟล์สำรองที่อ่านได้ของแผนนี้: สร้างใหม่จากบันทึกการแก้ไขแล้ว",
                "No readable backup of this plan was found: rebuilt from the change log.",
            ),
        ),
        (
            r"^The change log holds nothing later than that backup(?P<path>)(?P<why>)\.$",
            (
                "บันทึกการแก้ไขไม่มีอะไรใหม่กว่าไฟล์สำรองนั้น",
                "The change log holds nothing later than that backup.",
            ),
        ),
        (
            r"^No readable backup and no change log were found(?P<path>)(?P<why>)",
            (
                "ไม่พบไฟล์สำรองที่อ่านได้และไม่มีบันทึกการแก้ไข: กู้คืนอะไรไม่ได้",
                "No readable backup and no change log were found: nothing could be restored.",
            ),
        ),
        (
            r"^could not save to (?P<path>.+?): (?P<why>.+?)\. Your change is kept",
            ("บันทึกลงไฟล์ {path} ไม่ได้: {why}", "could not save to {path}: {why}"),
        ),
        (
            r"^saved, but could not write the change log (?P<path>.+?): (?P<why>.+)$",
            (
                "บันทึกแล้ว แต่เขียนบันทึกการแก้ไข {path} ไม่ได้: {why}",
                "saved, but could not write the change log {path}: {why}",
            ),
        ),
        (
            r"^cannot create the data folder (?P<path>.+?): (?P<why>.+)$",
            ("สร้างโฟลเดอร์ข้อมูล {path} ไม่ได้: {why}", "cannot create the data folder {path}: {why}"),
        ),
        (
            r"^cannot lock (?P<path>.+?): (?P<why>.+)$",
            ("ล็อกไฟล์ {path} ไม่ได้: {why}", "cannot lock {path}: {why}"),
        ),
        (
            r"^cannot read (?P<path>.+?): (?P<why>.+)$",
            ("อ่านไฟล์ {path} ไม่ได้: {why}", "cannot read {path}: {why}"),
        ),
        (
            r"^The progress file could not be read \((?P<why>.+)\)\. It was moved aside, "
            r"unchanged, to (?P<path>.+?)\.$",
            (
                "อ่านไฟล์ความคืบหน้าไม่ได้ ({why}) จึงย้ายไปเก็บไว้โดยไม่แก้ไขที่ {path}",
                "The progress file could not be read ({why}). It was moved aside, unchanged, "
                "to {path}.",
            ),
        ),
        (
            r"^Progress was restored from the backup (?P<path>.+?)\.(?P<why>)$",
            (
                "กู้ความคืบหน้าคืนจากไฟล์สำรอง {path} แล้ว",
                "Progress was restored from the backup {path}.",
            ),
        ),
        (
            r"^No readable backup was found(?P<path>)(?P<why>): starting from the change log",
            (
                "ไม่พบไฟล์สำรองที่อ่านได้: สร้างความคืบหน้าใหม่จากบันทึกการแก้ไขได้ (ต้องทำเอง)",
                "No readable backup was found: starting from the change log is possible by hand.",
            ),
        ),
        (
            r"^(?P<n>\d+) later change\(s\) from the change log (?P<path>.+?) were replayed on "
            r"top \(the last by (?P<by>.+?) at (?P<at>\S+)\); (?P<m>\d+) outcome\(s\) are "
            r"recorded now\.$",
            (
                "นำการแก้ไขที่ใหม่กว่าอีก {n} รายการจากบันทึกการแก้ไข {path} มาใส่ต่อ "
                "(รายการสุดท้ายโดย {by} เมื่อ {at}) ตอนนี้มีผลลัพธ์ที่บันทึกไว้ {m} รายการ",
                "{n} later change(s) from the change log {path} were replayed on top (the last "
                "by {by} at {at}); {m} outcome(s) are recorded now.",
            ),
        ),
        (
            r"^The backup (?P<path>.+?) could not be read \((?P<why>.+)\); it was skipped\.$",
            (
                "อ่านไฟล์สำรอง {path} ไม่ได้ ({why}) จึงข้ามไป",
                "The backup {path} could not be read ({why}); it was skipped.",
            ),
        ),
        (
            r"^The backup (?P<path>.+?) is cut short(?P<why>); it was skipped\.$",
            (
                "ไฟล์สำรอง {path} ถูกตัดขาด จึงข้ามไป",
                "The backup {path} is cut short; it was skipped.",
            ),
        ),
        (
            r"^(?P<path>.+?): line (?P<line>\d+) (?P<why>is cut short \(.+?\)|cannot be read)"
            r"; it was skipped$",
            (
                "{path}: บรรทัดที่ {line} {why} จึงข้ามไป",
                "{path}: line {line} {why}; it was skipped",
            ),
        ),
        (
            r"^(?P<path>.+?): the line at byte (?P<line>\d+) "
            r"(?P<why>is cut short \(.+?\)|cannot be read); it was skipped$",
            (
                "{path}: บรรทัดที่ไบต์ {line} {why} จึงข้ามไป",
                "{path}: the line at byte {line} {why}; it was skipped",
            ),
        ),
        (
            r"^(?P<path>.+?): (?P<why>is (?:a |larger |not ).+?); nothing was written$",
            (
                "{path}: {why} จึงไม่ได้เขียนอะไร",
                "{path}: {why}; nothing was written",
            ),
        ),
        (
            r"^The change log (?P<path>.+?) is missing(?P<why>): changes saved after the backup",
            (
                "ไม่พบบันทึกการแก้ไข {path}: การแก้ไขที่บันทึกหลังไฟล์สำรองนั้นนำมาใส่ต่อไม่ได้",
                "The change log {path} is missing: changes saved after the backup cannot be "
                "replayed.",
            ),
        ),
        (
            r"^(?P<path>.+?) is locked by another ita-tui for over (?P<why>\d+) s",
            (
                "ita-tui อีกโปรแกรมล็อกไฟล์ {path} ไว้นานเกิน {why} วินาที: ไม่มีข้อมูลหาย ลองใหม่อีกครั้ง",
                "{path} is locked by another ita-tui for over {why} s; nothing was lost, try again",
            ),
        ),
    )
)


def _why_in(text: str, lang: str) -> str:
    """A reason inside a store message: an OS error, or why a file was found damaged."""
    if lang == "en":
        return text
    if text.startswith("is cut short ("):  # a change-log line
        return "ถูกตัดขาด (เครื่องดับหรือดิสก์เต็มระหว่างเขียน)"
    if text == "cannot be read":
        return "อ่านไม่ได้"
    for pattern, thai in (
        (r"^(?P<p>.+) is empty or holds only comments$", "{p} ว่างเปล่าหรือมีแต่หมายเหตุ"),
        (r"^(?P<p>.+) is cut short \(its last line is missing\)$", "{p} ถูกตัดขาด (บรรทัดสุดท้ายหายไป)"),
    ):
        found = re.match(pattern, text)
        if found:
            return thai.format(p=found.group("p"))
    return strerror_reason(text, lang)


def store_message(message: str, lang: str) -> str:
    """A progress-store error in ``lang`` (the store words them in English).

    Known shapes are translated whole, the OS reason included; any other message is
    returned as it is (it names a file and a cause, which is still better than nothing).
    """
    for pattern, words in _STORE_PATTERNS:
        found = pattern.search(message)
        if found:
            values = found.groupdict()
            if values.get("why") is not None:
                values["why"] = _why_in(values["why"], lang)
            return _pick(words, lang).format(**values)
    return message


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
