"""How ita-tui quotes the texts it writes into a plan (ita_tui.plan.quoting)."""

from __future__ import annotations

import tomllib

import tomlkit
from hypothesis import given
from hypothesis import strategies as st

from ita_tui.plan.quoting import can_be_literal, quoted, toml_text, toml_value


def test_a_text_is_written_in_single_quotes_where_it_can_be() -> None:
    assert quoted('มาตรการ "ป้องกัน" การทุจริต\\') == "'มาตรการ \"ป้องกัน\" การทุจริต\\'"
    assert quoted("it's") == '"it\'s"'
    assert quoted("สอง\nบรรทัด") == '"สอง\\nบรรทัด"'
    assert quoted("ก\x1b[31m") == '"ก\\u001b[31m"'
    assert can_be_literal("แท็บ\tได้") and not can_be_literal("\x7f")


def test_an_edit_keeps_the_quotes_of_the_value_it_replaces() -> None:
    doc = tomlkit.parse('a = "เดิม"\nb = \'เดิม\'\nc = ["ก"]\n')
    assert toml_text("ใหม่", like=doc["a"]).as_string() == '"ใหม่"'
    assert toml_text("ใหม่", like=doc["b"]).as_string() == "'ใหม่'"
    assert toml_value(["ข"], like=doc["c"]).as_string() == '["ข"]'
    assert toml_value(["ข"]).as_string() == "['ข']"
    assert toml_value(3) == 3


@given(st.text())
def test_any_text_reads_back_exactly(text: str) -> None:
    try:
        expected = tomllib.loads(f"x = {tomlkit.string(text).as_string()}")["x"]
    except tomllib.TOMLDecodeError:  # what TOML cannot hold at all (a lone surrogate…)
        return
    assert tomllib.loads(f"x = {quoted(text)}")["x"] == expected == text
