"""argparse's own words ("usage:", "the following arguments are required", "options") in
Thai when the command line speaks Thai.

argparse looks each of its messages up through ``gettext``; :func:`install` gives it a
lookup that answers in Thai for the messages a user meets, and leaves any other as it is.

Relies on: argparse calling the module global ``argparse._`` (its ``gettext`` alias) for
every message, and on the English message texts below. Can go when argparse takes its
messages from a translation catalogue the program can hand it (Python ships none for Thai)
or when the command line drops argparse. ``tests/patches/test_argparse_thai.py`` fails if
``argparse._`` goes or a message below is no longer one argparse says.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

THAI: dict[str, str] = {
    "usage: ": "วิธีใช้: ",
    "argument %(argument_name)s: %(message)s": "ตัวเลือก %(argument_name)s: %(message)s",
    "positional arguments": "ค่าที่ต้องใส่",
    "options": "ตัวเลือก",
    "show this help message and exit": "แสดงวิธีใช้นี้แล้วออก",
    "unrecognized arguments: %s": "ไม่รู้จักตัวเลือก: %s",
    "the following arguments are required: %s": "ต้องใส่: %s",
    "expected one argument": "ต้องมีค่าหนึ่งค่า",
    "expected at most one argument": "มีค่าได้ไม่เกินหนึ่งค่า",
    "expected at least one argument": "ต้องมีค่าอย่างน้อยหนึ่งค่า",
    "ambiguous option: %(option)s could match %(matches)s": (
        "ตัวเลือก %(option)s กำกวม: อาจหมายถึง %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "ค่า %(value)r ใช้ไม่ได้ (%(type)s)",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "%(value)r ใช้ไม่ได้ (เลือกจาก %(choices)s)"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s: ผิดพลาด: %(message)s\n",
    "one of the arguments %s is required": "ต้องใส่ตัวเลือกหนึ่งใน %s",
    "not allowed with argument %s": "ใช้คู่กับ %s ไม่ได้",
    "unexpected option string: %s": "ตัวเลือกไม่ถูกที่: %s",
}

_original: Callable[[str], str] | None = None


def install(lang: str) -> None:
    """Make argparse speak ``lang`` ("th" or "en") from now on in this process."""
    global _original
    if _original is None:
        _original = argparse._  # type: ignore[attr-defined]
    original = _original
    if lang == "th":
        argparse._ = lambda message: THAI.get(message) or original(message)  # type: ignore[attr-defined]
    else:
        argparse._ = original  # type: ignore[attr-defined]
