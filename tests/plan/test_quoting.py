"""How ita-tui quotes the texts it writes into a plan (ita_tui.plan.quoting)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import tomlkit
from hypothesis import given
from hypothesis import strategies as st

from ita_tui.plan import load_plan
from ita_tui.plan.edit import PlanEditor
from ita_tui.plan.new import new_plan_text
from ita_tui.plan.ops import AddItem, SetFields
from ita_tui.plan.quoting import can_be_literal, quoted, quotes_of, toml_text, toml_value


def test_a_text_is_written_in_single_quotes_where_it_can_be() -> None:
    assert quoted('มาตรการ "ป้องกัน" การทุจริต\\') == "'มาตรการ \"ป้องกัน\" การทุจริต\\'"
    assert quoted("it's") == '"it\'s"'
    assert quoted("สอง\nบรรทัด") == '"สอง\\nบรรทัด"'
    assert quoted("ก\x1b[31m") == '"ก\\u001b[31m"'
    assert can_be_literal("แท็บ\tได้") and not can_be_literal("\x7f")


def test_an_edit_keeps_the_quotes_of_the_value_it_replaces() -> None:
    doc = tomlkit.parse('a = "เดิม"\nb = \'เดิม\'\nc = ["ก"]\nd = "it\'s"\n')
    assert toml_text("ใหม่", like=doc["a"]).as_string() == '"ใหม่"'
    assert toml_text("ใหม่", like=doc["b"]).as_string() == "'ใหม่'"
    assert toml_value(["ข"], like=doc["c"]).as_string() == '["ข"]'
    assert toml_value(["ข"]).as_string() == "['ข']"
    assert toml_value(3) == 3
    # double quotes that a text needed say nothing of the plan's way of quoting
    assert quotes_of(doc["d"]) is None and quotes_of(doc["a"]) is False
    assert toml_text("ใหม่", like=doc["d"]).as_string() == "'ใหม่'"


@pytest.mark.parametrize("quote", ['"', "'"])
def test_the_plan_writer_quotes_as_the_file_does(tmp_path: Path, quote: str) -> None:
    # a plan written by hand in double quotes stays so, line by line; one written by
    # ita-tui (single quotes) stays in single quotes
    path = tmp_path / "plan.toml"
    if quote == '"':
        path.write_text(
            'format = 1\nid = "p"\ntitle = "t"\norganisation = "o"\nfiscal_year = 2569\n\n'
            '[[issues]]\nid = "1"\ntitle = "ก"\n',
            encoding="utf-8",
        )
    else:
        path.write_text(new_plan_text("เทศบาล", 2569), encoding="utf-8")
    issue = load_plan(path).plan.issues[0].id
    editor = PlanEditor(path, tmp_path / "data")
    activity = editor.apply(AddItem("activity", {"title": "กิจกรรม", "quarters": [1]}, issue))
    added = editor.apply(AddItem("outcome", {"text": "ผล 'ก'"}, activity.key))
    assert added.key
    editor.apply(SetFields(added.key, {"text": "ผล ข"}))
    text = path.read_text(encoding="utf-8")
    assert f"title = {quote}กิจกรรม{quote}" in text
    assert f"text = {quote}ผล ข{quote}" in text, text
    assert tomllib.loads(text)["issues"][0]["activities"][0]["outcomes"][0]["text"] == "ผล ข"


@given(st.text())
def test_any_text_reads_back_exactly(text: str) -> None:
    try:
        expected = tomllib.loads(f"x = {tomlkit.string(text).as_string()}")["x"]
    except tomllib.TOMLDecodeError:  # what TOML cannot hold at all (a lone surrogate…)
        return
    assert tomllib.loads(f"x = {quoted(text)}")["x"] == expected == text
