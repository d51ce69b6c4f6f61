"""textutil.visible: what a terminal may be shown of file text, paths and error messages."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ita_tui.config import load_settings
from ita_tui.textutil import INVISIBLE_CHARS, has_invisible, printable, visible


def test_visible_shows_bidi_and_zero_width_characters() -> None:
    assert visible("a\u202eb\u200bc\u2066d\ufeffe") == "a\\u202eb\\u200bc\\u2066d\\ufeffe"
    assert visible("tag\U000e0041") == "tag\\U000e0041"
    assert visible("soft\u00adhyphen") == "soft\\u00adhyphen"
    assert visible("x\x1b[2J\x07\x9b") == "x␛[2J␇\\x9b"
    assert visible("line\u2028sep") == "line\\u2028sep"
    assert visible(123) == "123"


def test_thai_text_is_left_alone() -> None:
    thai = "มาตรการส่งเสริมคุณธรรม ๑๒๓ ก็็ E-Service (๑ ต.ค.)"
    assert visible(thai) == thai
    assert not has_invisible(thai)


def test_printable_without_reveal_keeps_format_characters() -> None:
    """The report keeps its text as written; only links and the app/CLI reveal them."""
    assert printable("a\u200bb") == "a\u200bb"
    assert has_invisible("a\u200bb") and has_invisible("a\x1b") and has_invisible("a\nb")


@given(st.text())
def test_visible_leaves_no_control_or_invisible_character(text: str) -> None:
    shown = visible(text, keep_newlines=False)
    assert not has_invisible(shown)
    for char in shown:
        assert unicodedata.category(char) not in ("Cc", "Zl", "Zp"), repr(char)


def test_every_listed_invisible_character_is_a_format_or_separator_character() -> None:
    pattern = re.compile(f"[{INVISIBLE_CHARS}]")
    listed = pattern.findall("".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000))
    assert {unicodedata.category(c) for c in listed} <= {"Cf", "Zl", "Zp", "Cn"}
    assert "\u202e" in listed and "\u200b" in listed and "\u061c" in listed


def test_a_settings_file_nested_deep_gives_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("x = " + "[" * 600 + "]" * 600, encoding="utf-8")
    settings = load_settings(path)
    assert (settings.lang, settings.digits) == ("th", "thai")
