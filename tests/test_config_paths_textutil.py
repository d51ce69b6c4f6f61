from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ita_tui.config import Settings, load_settings, save_settings, settings_path
from ita_tui.paths import config_dir, data_dir, safe_file_stem
from ita_tui.textutil import printable


def test_settings_round_trip_and_defaults(isolated_dirs: Path) -> None:
    assert settings_path() == isolated_dirs / "config" / "config.toml"
    assert load_settings() == Settings("th", "thai")
    save_settings(Settings(lang="en", digits="arabic"))
    assert load_settings() == Settings("en", "arabic")
    settings_path().write_text('lang = "fr"\ndigits = [', encoding="utf-8")
    assert load_settings() == Settings()  # a damaged preferences file gives the defaults
    assert (
        Settings().with_lang("xx").lang == "th"
        and Settings().with_digits("arabic").digits == "arabic"
    )


def test_folders_follow_option_then_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert data_dir(tmp_path / "x") == tmp_path / "x"
    monkeypatch.setenv("ITA_TUI_DATA_DIR", str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
    monkeypatch.delenv("ITA_TUI_DATA_DIR")
    monkeypatch.delenv("ITA_TUI_CONFIG_DIR")
    assert data_dir().name == "ita-tui" and config_dir().name == "ita-tui"


@given(st.text(max_size=200))
def test_safe_file_stem_is_always_a_plain_file_name(plan_id: str) -> None:
    stem = safe_file_stem(plan_id)
    assert stem and "/" not in stem and "\\" not in stem and not stem.startswith(".")
    assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"}
    assert len(stem) <= 100


def test_safe_file_stem_keeps_ordinary_ids() -> None:
    assert safe_file_stem("saikhao-2568") == "saikhao-2568"
    assert safe_file_stem("../../x").startswith("x-")


def test_printable_neutralises_control_characters() -> None:
    assert printable("a\x1b[31mb") == "a␛[31mb"
    assert printable("line1\nline2\tx") == "line1\nline2 x"
    assert printable("a\nb", keep_newlines=False) == "a b"
    assert printable("\x9b2J") == "\\x9b2J"


@given(st.text())
def test_printable_never_lets_a_control_character_through(text: str) -> None:
    out = printable(text, keep_newlines=False)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in out)
