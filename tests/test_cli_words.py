"""The command line's words come from the word catalog by their full keys (``cli.*``) written
in the code: every key the code names is in the catalog, and every ``cli.*`` key is used."""

from __future__ import annotations

import ast
import errno
from pathlib import Path

import pytest
from test_catalog import catalog_script

from ita_tui import catalog
from ita_tui.commands.words import label, say

SRC = Path(__file__).resolve().parents[1] / "src" / "ita_tui"
#: The command line's code: the commands and the entry point.
FILES = [*sorted((SRC / "commands").glob("*.py")), SRC / "cli.py"]
#: Reasons a name cannot sign (:func:`ita_tui.config.name_problem`), said as ``cli.<reason>``.
NAME_PROBLEMS = ("name.empty", "name.too_long", "name.not_utf8", "name.control")


def _keys_in_code() -> tuple[set[str], set[str]]:
    """The ``cli.*`` keys written whole in the code, and the prefixes of those it builds
    (``f"cli.mark.state.{…}"``)."""
    whole: set[str] = set()
    prefixes: set[str] = set()
    for path in FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        built = [node for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)]
        parts = {id(part) for node in built for part in node.values}
        for node in built:
            first = node.values[0] if node.values else None
            if isinstance(first, ast.Constant) and str(first.value).startswith("cli."):
                prefixes.add(str(first.value))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value.startswith("cli.")
                and id(node) not in parts
            ):
                whole.add(node.value)
    return whole, prefixes


def test_every_key_the_command_line_names_is_in_both_catalogs() -> None:
    whole, prefixes = _keys_in_code()
    assert len(whole) > 150
    missing = sorted(key for key in whole if not (catalog.has(key, "th") and catalog.has(key)))
    assert missing == []
    english = catalog_script.messages("en")
    for prefix in prefixes:  # a key built in code: some key starts with what is written
        assert any(key.startswith(prefix) for key in english), prefix


def test_every_cli_key_in_the_catalog_is_used() -> None:
    whole, prefixes = _keys_in_code()
    built = prefixes - {"cli."}  # f"cli.{problem}": a reason of name_problem's
    said = whole | {f"cli.{problem}" for problem in NAME_PROBLEMS}
    unused = [
        key
        for key in catalog_script.messages("en")
        if key.startswith("cli.")
        and key not in said
        and not any(key.startswith(prefix) for prefix in built)
    ]
    assert unused == []


def test_values_are_made_visible_and_a_label_is_padded() -> None:
    assert say("cli.error", "en", what="a\x1b[31mred") == "error: a␛[31mred"
    assert say("cli.error", "th", what="x") == "ผิดพลาด: x"
    assert label("cli.validate.plan_id", "en", 14) == "plan id" + " " * 7
    assert say("cli.help.program.usage", "en").startswith(
        "ita-tui [PLAN] [--data-dir DIR] [--user NAME] [--lang {th,en}] [--digits {thai,arabic}]"
    )


@pytest.mark.parametrize(
    ("lang", "filename", "said"),
    [
        ("th", None, "ผิดพลาด: เขียนผลลัพธ์ออกไม่ได้: พื้นที่ดิสก์เต็ม"),
        ("en", None, "error: cannot write the output: No space left on device"),
        ("th", "/d/x", "ผิดพลาด: เขียน /d/x ไม่ได้: พื้นที่ดิสก์เต็ม"),
        ("en", "/d/x", "error: cannot write /d/x: No space left on device"),
    ],
)
def test_output_that_cannot_be_written_is_said_in_the_language_asked(
    lang: str,
    filename: str | None,
    said: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ita_tui import cli
    from ita_tui.commands import common, validate

    def full_disk(args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", filename)

    monkeypatch.setattr(validate, "run", full_disk)
    monkeypatch.setattr(common, "silence_stdout", lambda: None)  # pytest's own stdout
    assert cli.main(["validate", "--lang", lang]) == common.EXIT_FAILED
    assert capsys.readouterr().err == said + "\n"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("th", "ผิดพลาด: เขียนรายงานออกทางเอาต์พุตมาตรฐาน (stdout) ไม่ได้: พื้นที่ดิสก์เต็ม"),
        ("en", "error: cannot write the report to standard output: No space left on device"),
    ],
)
def test_a_report_that_cannot_reach_standard_output_is_said_in_the_language_asked(
    lang: str,
    said: str,
    minimal_plan_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ita_tui import cli
    from ita_tui.commands import common, export

    def full_disk(data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "_to_stdout", full_disk)
    monkeypatch.setattr(common, "silence_stdout", lambda: None)
    assert cli.main(["export", str(minimal_plan_path), "--lang", lang]) == common.EXIT_FAILED
    assert said in capsys.readouterr().err.splitlines()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("th", "แจ้ง: ใช้ชื่อผู้ลงนามแล้ว แต่จำไว้ใช้ครั้งต่อไปไม่ได้: ไม่มีสิทธิ์เข้าถึง"),
        ("en", "note: the sign-off names are used but could not be remembered: Permission denied"),
    ],
)
def test_sign_off_names_not_remembered_are_said_in_the_language_asked(
    lang: str, said: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from ita_tui.commands import export

    def refuse(plan_id: str, signoff: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(export, "save_signoff", refuse)
    given = argparse.Namespace(
        reporter="นายสมชาย", position=None, approver=None, approver_position=None
    )
    assert export._signoff("p-2568", given, lang).reporter == "นายสมชาย"
    assert capsys.readouterr().err == said + "\n"
