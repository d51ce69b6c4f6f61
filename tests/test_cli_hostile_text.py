"""The CLI prints plan text, progress text and paths as text: never markup, never control codes.

Every test here fails on the code before issue 9 §4: Rich parsed ``status``'s paths as markup
(``x[/]y`` crashed, ``x[red]z`` lost ``[red]``), and messages printed ESC raw.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_cli import no_traceback, run

RAW = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e\u200b]")

HOSTILE_PLAN = """\
format = 1
id = "hostile"
title = "plan \\u001b]0;TITLE\\u0007 [bold]x[/bold] :smile:"
organisation = "org \\u001b[2J [@click=app.quit]"
fiscal_year = 2568
"\\u001b[31mkey" = 1

[[issues]]
id = "1"
title = "issue \\u202eevil\\u202c zero\\u200bwidth [red]red[/red] \\u009b2J"

[[issues.activities]]
id = "1.1"
title = "activity"
quarters = [2]
responsible = ["job"]
steps = []

[[issues.activities.outcomes]]
id = "1.1.1"
text = "outcome"
"""


@pytest.fixture
def hostile_plan(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.toml"
    path.write_text(HOSTILE_PLAN, encoding="utf-8")
    return path


def assert_clean(text: str) -> None:
    found = RAW.search(text.replace("\n", " "))
    assert found is None, f"{found.group()!r} printed raw in {text!r}"


@pytest.mark.parametrize("name", ["x[/]y", "x[red]z", "a[bold]b[/bold]c", "e:smile:f"])
def test_status_prints_a_data_dir_with_brackets_as_it_is(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    result = run("status", "--data-dir", str(folder))
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert f"progress file  {folder}" in result.stdout
    assert f"change log     {folder}" in result.stdout


def test_status_shows_hostile_plan_text_literally_and_visibly(
    hostile_plan: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "data \x1b[2J"
    result = run("status", str(hostile_plan), "--data-dir", str(folder), env={"COLUMNS": "200"})
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert_clean(result.stdout)
    assert_clean(result.stderr)
    assert "[bold]x[/bold] :smile:" in result.stdout
    assert "[@click=app.quit]" in result.stdout
    assert "org ␛[2J" in result.stdout
    assert "\\u202eevil\\u202c zero\\u200bwidth [red]red[/red]" in result.stdout
    assert "data ␛[2J" in result.stdout


def test_validate_and_its_warnings_print_no_control_codes(hostile_plan: Path) -> None:
    result = run("validate", str(hostile_plan))
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert_clean(result.stdout)
    assert_clean(result.stderr)
    assert "␛[31mkey" in result.stderr  # the unknown key's warning, made visible


def test_mark_and_export_print_a_hostile_data_dir_visibly(
    hostile_plan: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "d\x1b]52;c;UE9JU09O\x07"
    marked = run("mark", "1.1.1", "done", "--plan", str(hostile_plan), "--data-dir", str(folder))
    no_traceback(marked)
    assert marked.returncode == 0, marked.stderr
    assert_clean(marked.stdout + marked.stderr)
    assert "d␛]52;c;UE9JU09O␇" in marked.stdout
    out = tmp_path / "r\x1b[2J.txt"
    exported = run("export", str(hostile_plan), "--data-dir", str(folder), "-o", str(out))
    no_traceback(exported)
    assert exported.returncode == 0, exported.stderr
    assert_clean(exported.stdout + exported.stderr)
    assert "r␛[2J.txt" in exported.stderr


def test_a_bad_plan_path_is_reported_visibly(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "no\x1b[2Jsuch.toml"))
    no_traceback(result)
    assert result.returncode == 2
    assert_clean(result.stderr)
    assert "no␛[2Jsuch.toml" in result.stderr


def test_new_prints_paths_and_names_visibly(tmp_path: Path) -> None:
    plan = tmp_path / "p\x1b[2J.toml"
    data = tmp_path / "d\x1b]0;T\x07"
    made = run(
        "new", str(plan), "--organisation", "org\u202eevil", "--fiscal-year", "2570",
        "--data-dir", str(data),
    )  # fmt: skip
    no_traceback(made)
    assert made.returncode == 0, made.stderr
    assert_clean(made.stdout + made.stderr)
    assert "p␛[2J.toml" in made.stdout and "org\\u202eevil" in made.stdout
    assert "d␛]0;T␇" in made.stdout
