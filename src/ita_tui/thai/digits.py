"""Thai digits (๐๑๒๓๔๕๖๗๘๙) and Arabic digits, one table for the whole program.

Thai output writes numbers in Thai digits by default; everything read (a plan, a date typed
in, an agency's report) may hold either, and is read through :func:`to_arabic_digits`.
"""

from __future__ import annotations

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
ARABIC_DIGITS = "0123456789"
#: Arabic digits to Thai, for str.translate
TO_THAI_DIGITS = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)
#: Thai digits to Arabic, for str.translate
TO_ARABIC_DIGITS = str.maketrans(THAI_DIGITS, ARABIC_DIGITS)
#: Either kind of digit, inside a regular expression's ``[...]``: ``f"[{DIGIT}]"``.
DIGIT = "0-9๐-๙"


def to_thai_digits(text: str) -> str:
    """Write every Arabic digit in ``text`` as a Thai digit (2568 -> ๒๕๖๘)."""
    return text.translate(TO_THAI_DIGITS)


def to_arabic_digits(text: str) -> str:
    """Write every Thai digit in ``text`` as an Arabic digit (๒๕๖๘ -> 2568)."""
    return text.translate(TO_ARABIC_DIGITS)
