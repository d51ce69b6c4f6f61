"""Small text helpers shared by the CLI, the report and the UI."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_ALL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

#: Invisible characters that change how text looks without being seen: bidi embeddings,
#: overrides, isolates and marks (U+202E makes "gpj.exe" look like "exe.jpg"), zero-width
#: spaces and joiners, the word joiner and invisible operators, the byte-order mark, soft
#: hyphen, Mongolian vowel separator, line/paragraph separators, interlinear annotation
#: marks and the tag characters (U+E0000 block, used to hide text from readers).
INVISIBLE_CHARS = (
    "\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f"
)
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
_CONTROL_REVEAL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{INVISIBLE_CHARS}]")
_CONTROL_ALL_REVEAL = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{INVISIBLE_CHARS}]")


#: What printable changes, by (keep_newlines, reveal): the characters it shows or replaces.
_UNCHANGED = {
    (True, False): re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]"),
    (True, True): re.compile(f"[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f{INVISIBLE_CHARS}]"),
    (False, False): _CONTROL_ALL,
    (False, True): _CONTROL_ALL_REVEAL,
}


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC
    if code == 0x7F:
        return "␡"
    if code <= 0xFF and code != 0xAD:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def printable(text: str, *, keep_newlines: bool = True, reveal: bool = False) -> str:
    """Text from a plan or progress file made safe to show: control characters (ESC…) become
    visible symbols instead of reaching the terminal. Tabs become spaces. With ``reveal``,
    the invisible characters of :data:`INVISIBLE_CHARS` (bidi overrides, zero-width spaces…)
    are shown too, as ``\\u202e``."""
    if _UNCHANGED[keep_newlines, reveal].search(text) is None:
        return text  # most texts: nothing to change (one search)
    text = text.replace("\t", " ")
    if reveal:
        pattern = _CONTROL_REVEAL if keep_newlines else _CONTROL_ALL_REVEAL
    else:
        pattern = _CONTROL if keep_newlines else _CONTROL_ALL
    if not keep_newlines:
        text = text.replace("\r\n", " ").replace("\n", " ")
    return pattern.sub(_visible, text)


def visible(text: object, *, keep_newlines: bool = True) -> str:
    """Anything shown on a terminal from a file, a path or an error message: nothing in it
    acts as a control code, and nothing in it is invisible."""
    return printable(str(text), keep_newlines=keep_newlines, reveal=True)


def has_invisible(text: str) -> bool:
    """True if ``text`` holds a control code or an invisible character."""
    return _CONTROL_ALL_REVEAL.search(text) is not None
