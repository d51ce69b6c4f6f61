"""Splitting a plan's text into blocks gives it back exactly and reads as tomllib reads it,
whatever its comments, blank lines, indentation and line ends; edits on any such layout
give a valid plan that keeps every comment."""

from __future__ import annotations

import collections
import tempfile
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ita_tui.plan import load_plan
from ita_tui.plan.blocks import LayoutError, split
from ita_tui.plan.edit import FIRST, AddItem, MoveItem, PlanEditor, RemoveItem

comment = st.sampled_from(["# หมายเหตุ", "# note: [[issues]] in a comment", "#", "# ---"])
inner = st.sampled_from(["[[issues]]", "  [[issues.activities]]", "[[issues]] and more", "x"])
gap = st.lists(st.sampled_from(["", "c"]), max_size=3)


@st.composite
def plan_texts(draw: st.DrawFn) -> str:
    indent = draw(st.sampled_from(["", "  "]))
    lines = ["format = 1", 'id = "p"', 'title = "t"', 'organisation = "o"', "fiscal_year = 2568"]

    def spacing() -> None:
        for item in draw(gap):
            lines.append(draw(comment) if item == "c" else "")

    n = 0
    for i in range(draw(st.integers(1, 3))):
        spacing()
        lines += ["[[issues]]", f'id = "i{i}"', f'title = "ประเด็น {i}"']
        for j in range(draw(st.integers(0, 3))):
            spacing()
            lines += [
                f"{indent}[[issues.activities]]",
                f'{indent}id = "a{i}{j}"',
                f'{indent}title = "กิจกรรม"  # trailing comment',
                f"{indent}quarters = [1, 2]",
                f'{indent}steps = [\n{indent}    "one",  # 1\n{indent}    "two",\n{indent}]',
            ]
            for k in range(draw(st.integers(0, 3))):
                spacing()
                n += 1
                lines += [
                    f"{indent}[[issues.activities.outcomes]]",
                    f'{indent}id = "o{n}"',
                    f'{indent}text = """ผล {n}\n{draw(inner)}\n"""'
                    if draw(st.booleans()) and k == 0
                    else f'{indent}text = "ผล {n}"',
                ]
    spacing()
    text = "\n".join(lines) + draw(st.sampled_from(["", "\n", "\n\n"]))
    return text.replace("\n", "\r\n") if draw(st.booleans()) else text


def comments(text: str) -> collections.Counter[str]:
    return collections.Counter(
        line.strip() for line in text.splitlines() if line.lstrip().startswith("#")
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_texts())
def test_split_gives_the_text_back_and_reads_as_tomllib(text: str) -> None:
    try:
        doc = split(text)
    except LayoutError:  # a "[[issues]]" line inside a multi-line text: refused, never wrong
        assert '"""ผล' in text and "\n[[issues" in text.replace("\r\n", "\n").replace("  [[", "[[")
        return
    assert doc.text == text
    assert doc.data() == tomllib.loads(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_texts(), st.data())
def test_edits_on_any_layout_stay_valid_and_keep_comments(text: str, data: st.DataObject) -> None:
    try:
        split(text)
    except LayoutError:
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.toml"
        path.write_bytes(text.encode("utf-8"))
        editor = PlanEditor(path, Path(folder) / "data")
        plan = editor.load().plan
        activities = [a for _, a in plan.activities()]
        outcomes = list(plan.outcomes())
        ops = [AddItem("issue", {"title": "ใหม่"}), MoveItem(plan.issues[-1].id, None, FIRST)]
        if activities:
            target = data.draw(st.sampled_from(activities))
            ops.append(AddItem("outcome", {"text": "ใหม่"}, target.id, FIRST))
            ops.append(AddItem("activity", {"title": "ใหม่", "steps": ["ก"]}, plan.issues[0].id))
        if outcomes and activities:
            ops.append(MoveItem(data.draw(st.sampled_from(outcomes)).id, target.id, None))
            ops.append(RemoveItem(data.draw(st.sampled_from(outcomes)).id))
        op = data.draw(st.sampled_from(ops))
        result = editor.apply(op)
        after = path.read_bytes()
        assert load_plan(path).plan == result.loaded.plan
        if not isinstance(op, RemoveItem):
            assert comments(after.decode("utf-8")) == comments(text)
        if "\r\n" in text:
            assert b"\n" not in after.replace(b"\r\n", b"")
        editor.apply(result.inverse)
        load_plan(path)  # still valid after the undo
        assert comments(path.read_text(encoding="utf-8")) == comments(text)


def test_a_header_inside_a_multiline_text_is_refused() -> None:
    text = 'format = 1\n[[issues]]\nid = "1"\ntitle = """x\n[[issues]]\n"""\n'
    with pytest.raises(LayoutError):
        split(text)
