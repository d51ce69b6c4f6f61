"""Small text helpers shared by the CLI, the report and the UI."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_ALL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC
    if code == 0x7F:
        return "␡"
    return f"\\x{code:02x}"


def printable(text: str, *, keep_newlines: bool = True) -> str:
    """Text from a plan or progress file made safe to show: control characters (ESC…) become
    visible symbols instead of reaching the terminal. Tabs become spaces."""
    text = text.replace("\t", " ")
    pattern = _CONTROL if keep_newlines else _CONTROL_ALL
    if not keep_newlines:
        text = text.replace("\r\n", " ").replace("\n", " ")
    return pattern.sub(_visible, text)


def bar(done: int, total: int, width: int = 20) -> str:
    """A progress bar drawn with █ and ░ (plain text; Rich's ProgressBar is blank in files)."""
    if width <= 0:
        return ""
    filled = width if total <= 0 else round(width * done / total)
    filled = max(0, min(width, filled))
    return "█" * filled + "░" * (width - filled)


def percent(done: int, total: int) -> str:
    value = 100.0 if total <= 0 else 100.0 * done / total
    return f"{value:.0f}%"
