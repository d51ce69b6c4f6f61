"""Plan problems are data (a code and values) worded from the catalog where shown."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from ita_tui.catalog import has
from ita_tui.plan.fields import FIELDS, field_names
from ita_tui.plan.problems import TOML_MESSAGES, Problem, problem_text, problems_text, toml_text

SRC = Path(__file__).resolve().parents[2] / "src" / "ita_tui"
#: Codes passed on, not chosen, where a Problem is made: the checker's own ``error``, a
#: problem moved elsewhere, and an ``integer`` check's verdict (the check lambdas, below).
FORWARDED = {"code", "self.code", "problem[0]"}


def _codes(expr: ast.expr, scope: ast.AST, unresolved: set[str]) -> set[str]:
    """The codes ``expr`` can be: a literal, either side of ``a if … else b``, or a name
    assigned such in the same function; anything else goes to ``unresolved``."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return {expr.value}
    if isinstance(expr, ast.IfExp):
        return _codes(expr.body, scope, unresolved) | _codes(expr.orelse, scope, unresolved)
    if isinstance(expr, ast.Name):
        values = [
            node.value
            for node in ast.walk(scope)
            if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == expr.id for t in node.targets)
        ]
        if values:
            return set().union(*(_codes(value, scope, unresolved) for value in values))
    unresolved.add(ast.unparse(expr))
    return set()


def problem_codes() -> tuple[set[str], set[str]]:
    """Every code a Problem is made with in the source (``Problem(where, "code", …)``,
    ``checker.error(where, "code", …)``, an ``integer`` check's ``("code", {…})``), and
    the code expressions that are not literals."""
    codes: set[str] = set()
    unresolved: set[str] = set()
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_plan = path.parent.name == "plan"
        scopes = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)] or [tree]
        for scope in [tree, *scopes]:
            for node in ast.walk(scope):
                if not isinstance(node, ast.Call) or len(node.args) < 2:
                    continue
                func = node.func
                makes = (isinstance(func, ast.Name) and func.id == "Problem") or (
                    in_plan and isinstance(func, ast.Attribute) and func.attr == "error"
                )
                if makes:
                    codes |= _codes(node.args[1], scope, unresolved)
        if in_plan:
            for node in ast.walk(tree):
                if isinstance(node, ast.Lambda):
                    for part in ast.walk(node.body):
                        if (
                            isinstance(part, ast.Tuple)
                            and len(part.elts) == 2
                            and isinstance(part.elts[0], ast.Constant)
                            and isinstance(part.elts[1], ast.Dict)
                        ):
                            codes.add(str(part.elts[0].value))
    return codes, unresolved


def test_every_problem_code_in_the_source_is_in_both_catalogs() -> None:
    codes, unresolved = problem_codes()
    assert unresolved <= FORWARDED
    assert {"no_file", "did_add", "did_put_back", "already_first", "already_last"} <= codes
    assert {"format", "fiscal_year", "be_year", "toml", "ny_bumped", "duplicate_key"} <= codes
    assert len(codes) > 70
    missing = sorted(
        f"plan.{code} ({lang})"
        for code in codes
        for lang in ("th", "en")
        if not has(f"plan.{code}", lang)
    )
    assert missing == []


def test_every_key_a_problem_words_its_values_with_is_in_both_catalogs() -> None:
    for lang in ("th", "en"):
        assert all(has(f"plan.kind.{kind}", lang) for kind in FIELDS)
        assert all(has(f"field.kind.{kind}", lang) for kind in FIELDS)
        assert all(has(f"field.name.{n}", lang) for names in FIELDS.values() for n in names)
        for name in ("str", "int", "float", "bool", "list", "dict"):
            assert has(f"plan.type.{name}", lang)
        assert has("plan.ny_field.title", lang) and has("plan.ny_field.intro", lang)
        assert all(has(key, lang) for _, key in TOML_MESSAGES)


BROKEN_TOML = [
    "title = ชื่อ\n",
    "x = 1\nx = 2\n",
    "[a\n",
    "[[a\n",
    "[[a]\n",
    'x = "abc\n',
    "x = [1,\n",
    "x = {a = 1\n",
    "x = 1 y\n",
    "= 1\n",
    "x\n",
    'x = "\\q"\n',
    'x = "\\uD800"\n',
    "x = 1979-13-01\n",
    "x.y = 1\nx = 2\n",
    "x = {a = 1, a = 2}\n",
    "[a]\n[a]\n",
    "x = {a = 1}\nx.b = 2\n",
    "a = [\n",
    "x = 0xZ\n",
    'x = "a\x01"\n',
]


@pytest.mark.parametrize("text", BROKEN_TOML)
def test_tomllib_messages_read_the_same_in_english_and_are_known_in_thai(text: str) -> None:
    with pytest.raises(tomllib.TOMLDecodeError) as info:
        tomllib.loads(text)
    message = str(info.value)
    assert toml_text(message, "en") == message  # English: tomllib's own words, unchanged
    # the loader places an error at the end of the document itself (ita_tui.plan.load)
    thai = toml_text(message.removesuffix(" (at end of document)"), "th")
    assert thai != message and not thai.startswith("(")  # recognised, said in Thai
    if "(at line" in message:
        assert "(บรรทัด " in thai and "(at line" not in thai


def test_an_unknown_tomllib_message_is_kept() -> None:
    assert toml_text("Something new (at line 2, column 5)", "th") == (
        "(Something new) (บรรทัด 2 คอลัมน์ 5)"
    )
    assert toml_text("Something new (at line 2, column 5)", "en") == (
        "Something new (at line 2, column 5)"
    )
    assert toml_text("Unclosed inline table", "th") == "ตาราง { … } ไม่ได้ปิด"


def test_a_problem_is_english_text_and_said_in_thai_where_shown() -> None:
    problem = Problem("issues[0].title", "not_text", type="int")
    assert problem == "issues[0].title: must be text, not a whole number"
    assert problem_text(problem, "th") == "issues[0].title: ต้องเป็นข้อความ ไม่ใช่จำนวนเต็ม"
    dated = Problem("title", "not_text", type="date")  # a kind the catalog does not name
    assert dated == "title: must be text, not date"
    summary = Problem(
        "", "did_set", fields=["title", "oit"], kind="activity", number="1.2", key="k"
    )
    assert summary == "changed title, OIT code of activity 1.2 (key k)"
    assert problem_text(summary, "th") == "แก้ชื่อและรหัส OIT ของมาตรการ/กิจกรรม 1.2 (รหัส k) แล้ว"
    notes = Problem("", "notes_not_safely", path="p.toml")  # was "not_safely" with why="notes"
    assert notes == "p.toml cannot be edited safely here: notes"
    assert problem_text(notes, "th").endswith(": การลบข้อสังเกตจากการนำเข้าจะเปลี่ยนค่าในแผน")
    bumped = Problem("", "ny_bumped", field="intro")
    assert bumped.startswith("the years in the intro moved on")
    assert problem_text(bumped, "th").startswith("ปีในคำนำเลื่อนตาม")


def test_many_problems_are_counted_in_each_language() -> None:
    problems: list[str] = [Problem("id", "missing_text"), Problem("fiscal_year", "missing_int")]
    assert problems_text("p.toml", problems, "en").splitlines()[0] == "p.toml: 2 problems:"
    assert problems_text("p.toml", problems, "th").splitlines()[0] == "p.toml: พบปัญหา 2 จุด:"
    assert problems_text("p.toml", problems[:1], "en") == "p.toml: id: missing (a text is required)"


def test_field_names_are_joined_for_a_sentence() -> None:
    assert field_names(["title"], "en") == "title"
    assert field_names(["title", "oit", "intro"], "en") == "title, OIT code, introduction"
    assert field_names(["oit", "title"], "th") == "รหัส OIT และชื่อ"
    assert field_names(["title", "oit"], "th") == "ชื่อและรหัส OIT"
    assert field_names(["title", "intro", "district"], "th") == "ชื่อ, คำนำและอำเภอ"
