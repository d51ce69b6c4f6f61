"""Bad plan input never gives a traceback (issue 9 §6, the plan side).

A plan nested hundreds of levels deep is refused with exit 2 by every command that reads a
plan, the app included; an id with a trailing newline is not an id; dates and years are
read in ASCII (or Thai) digits only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import MINIMAL_PLAN
from test_cli import no_traceback, run

from ita_tui.importer.parser import PLAN_ID_RE
from ita_tui.plan import ID_RE, PlanError, parse_plan
from ita_tui.thai.calendar import parse_date

pytestmark = pytest.mark.usefixtures("english_cli")  # they read the English wording

DEEP_ARRAYS = "x = " + "[" * 500 + "]" * 500 + "\n"
DEEP_TABLES = "x = " + "{a = " * 500 + "1" + "}" * 500 + "\n"


@pytest.mark.parametrize("deep", [DEEP_ARRAYS, DEEP_TABLES], ids=["arrays", "inline-tables"])
def test_a_deeply_nested_plan_is_refused_with_a_message(deep: str) -> None:
    with pytest.raises(PlanError) as info:
        parse_plan((MINIMAL_PLAN.split("[[issues]]")[0] + deep).encode(), "deep.toml")
    assert [(p.code, p.where) for p in info.value.problems] == [("too_deep", "")]


@pytest.mark.parametrize(
    "command", [["validate"], ["status"], ["export"], [], ["mark", "1.1.1", "done", "--plan"]]
)
def test_every_command_refuses_a_deep_plan_with_exit_2(tmp_path: Path, command: list[str]) -> None:
    plan = tmp_path / "deep.toml"
    plan.write_text(DEEP_ARRAYS, encoding="utf-8")
    result = run(*command, str(plan), "--data-dir", str(tmp_path / "data"))
    no_traceback(result)
    assert result.returncode == 2, result.stderr
    assert "nested hundreds of levels deep" in result.stderr


@pytest.mark.parametrize("bad", ["1.1.1\n", "1.1.1\r\n", "\n1.1.1", "1.1.1 ", "1.²"])
def test_an_id_is_the_whole_text(bad: str) -> None:
    assert ID_RE.fullmatch(bad) is None
    assert PLAN_ID_RE.fullmatch(bad) is None
    plan = MINIMAL_PLAN.replace('id = "1.2.1"', f"id = {bad!r}".replace("'", '"'))
    found = [p for p in problems_of(plan) if "is not a valid id" in p]
    assert len(found) == 1, found


def problems_of(text: str) -> list[str]:
    try:
        parse_plan(text.encode("utf-8"), "plan.toml")
    except PlanError as exc:
        return exc.problems
    return []


def test_validate_refuses_an_outcome_id_with_a_trailing_newline(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_text(MINIMAL_PLAN.replace('id = "1.2.1"', 'id = "1.1.1\\n"'), encoding="utf-8")
    result = run("validate", str(plan))
    no_traceback(result)
    assert result.returncode == 2
    assert "'1.1.1\\n' is not a valid id" in result.stderr


def test_import_refuses_a_plan_id_with_a_trailing_newline(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("ประเด็นที่ ๑ ทดสอบ\n", encoding="utf-8")
    result = run("import", str(report), "-o", str(tmp_path / "out.toml"), "--plan-id", "abc\n")
    no_traceback(result)
    assert result.returncode == 2
    assert not (tmp_path / "out.toml").exists()


def test_dates_are_read_in_ascii_or_thai_digits_only() -> None:
    assert parse_date(" 2568-02-10 ") == dt.date(2025, 2, 10)
    assert parse_date("๒๕๖๘-๐๒-๑๐") == dt.date(2025, 2, 10)
    for bad in ("２０２５-０２-１０", "٢٠٢٥-٠٢-١٠", "2025-02-10x", "x2025-02-10"):
        with pytest.raises(ValueError, match="is not a date"):
            parse_date(bad)


def test_export_year_in_superscript_digits_is_a_clear_error() -> None:
    result = run("export", "--year", "²⁵⁶⁸")
    no_traceback(result)
    assert result.returncode == 2
    assert "is not a year" in result.stderr
