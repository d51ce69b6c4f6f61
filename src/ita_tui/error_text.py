"""Errors in the user's language: OS errors, the core's coded errors and notices, dates.

The core raises errors as data (:mod:`ita_tui.errors`: a code and its values); they are
worded here, from the word catalog (:mod:`ita_tui.catalog`, keys ``error.<code>``), only
where they are shown. No English is parsed back.

The operating system words its errors in English ("Is a directory", "Permission
denied"); an officer working in Thai reads them in Thai here, chosen by ``errno``
(``os.<errno name>``), with the error's code kept for IT (``[EISDIR]``) when the cause is
unusual.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Mapping

from ita_tui import safe_files
from ita_tui.atomic import HeldOpenError
from ita_tui.catalog import has, say
from ita_tui.thai.calendar import (
    ENGLISH_MONTHS,
    DateError,
    ce_to_be,
    month_name,
    parse_date,
)

#: errno -> its key in the catalog (``os.EACCES``: what went wrong, said plainly), for the
#: errors the catalog words; a name this platform has no errno for is left out.
OS_KEYS: dict[int, str] = {
    getattr(errno, name): f"os.{name}"
    for name in (
        "EACCES",
        "EPERM",
        "ENOENT",
        "EISDIR",
        "ENOTDIR",
        "ENOSPC",
        "EROFS",
        "EEXIST",
        "ENAMETOOLONG",
        "EBUSY",
        "EIO",
        "EINVAL",
        "EMFILE",
        "ENOTEMPTY",
        "EXDEV",
        "ETIMEDOUT",
        "EDQUOT",
        "EHOSTDOWN",
        "ESTALE",
    )
    if hasattr(errno, name)
}
if hasattr(errno, "ETXTBSY"):  # a program file in use: said as any file in use
    OS_KEYS[errno.ETXTBSY] = "os.EBUSY"

#: Windows error numbers without an errno of their own, worded as ``os.win<number>``.
WINDOWS_ERRORS = frozenset({32, 33, 53})

_STRERRORS: dict[str, int] = {os.strerror(code): code for code in errno.errorcode}


def refused_reason(exc: safe_files.FileRefused, lang: str) -> str:
    """Why a file was refused, in ``lang``: ``เป็นอุปกรณ์ ไม่ใช่ไฟล์``."""
    kind = say(f"file_kind.{exc.kind}", lang) if has(f"file_kind.{exc.kind}") else exc.kind
    return say(f"refused.{exc.reason}", lang, limit=exc.limit // safe_files.MB, kind=kind)


def os_reason(exc: OSError, lang: str) -> str:
    """Why an OS call failed, in ``lang``: ``ชื่อนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์``."""
    if isinstance(exc, HeldOpenError):
        return say("os.held_open", lang)
    if isinstance(exc, safe_files.FileRefused):
        return refused_reason(exc, lang)
    winerror = getattr(exc, "winerror", None)
    if isinstance(winerror, int) and winerror in WINDOWS_ERRORS:
        return say(f"os.win{winerror}", lang)
    code = exc.errno
    if code is None and exc.strerror in _STRERRORS:
        code = _STRERRORS[exc.strerror]
    if code in OS_KEYS:
        return say(OS_KEYS[code], lang)
    name = errno.errorcode.get(code, str(code)) if code is not None else type(exc).__name__
    return say("os.other", lang, name=name, strerror=str(exc.strerror or exc))


def os_error(exc: OSError, lang: str) -> str:
    """The reason, then the file it concerns: ``ชื่อนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์: /tmp/x``."""
    reason = os_reason(exc, lang)
    return f"{reason}: {exc.filename}" if exc.filename else reason


# errors and notices as data: code -> the catalog's error.<code> -------------------------


def _value(value: object, lang: str) -> str:
    if isinstance(value, OSError):
        return os_reason(value, lang)
    code, values = getattr(value, "code", None), getattr(value, "values", None)
    if isinstance(code, str) and isinstance(values, dict) and has(f"error.{code}"):
        return wording(code, values, lang)
    return str(value)


def wording(code: str, values: Mapping[str, object], lang: str) -> str:
    """The message ``code`` in ``lang`` (the catalog's ``error.<code>``) with ``values``
    filled in: an OS error or a nested coded message is worded in the same language;
    anything else (a path, a document's words) is shown as it is."""
    if not has(f"error.{code}"):  # a code without words is a bug; still say what is known
        return " ".join([code, *(f"{k}={v}" for k, v in values.items())])
    return say(f"error.{code}", lang, **{k: _value(v, lang) for k, v in values.items()})


def worded(item: object, lang: str) -> str:
    """An error or notice in ``lang``: a coded one (:mod:`ita_tui.errors`) by its code, an
    OS error by its cause; anything else as its text."""
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
    if error.code == "empty":
        return say("date.empty", lang, example=example)
    if error.code == "month":
        why = say("date.month", lang, month=error.month)
    elif error.code == "year":
        why = say("date.year", lang, year=error.year)
    elif error.code == "day":  # the month's name and the year as the language writes them
        if lang == "en":
            month, year = ENGLISH_MONTHS[error.month - 1], error.ce
        else:
            month, year = month_name(error.month), ce_to_be(error.ce)
        why = say("date.day", lang, month=month, year=year, days=error.days)
    else:
        why = say("date.shape", lang, example=example)
    return say("date.not_date", lang, text=" ".join(error.text.split()), why=why)
