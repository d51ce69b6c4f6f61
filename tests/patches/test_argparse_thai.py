"""argparse speaks Thai through ``argparse._``: fails if argparse stops looking its messages
up there, or no longer says one of the messages the patch translates."""

from __future__ import annotations

import argparse
import ast
import inspect

import pytest

from ita_tui.patches import argparse_thai


def argparse_messages() -> set[str]:
    """Every message argparse looks up (``_("…")`` or ``ngettext("…", …)``) in its source."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("_", "ngettext")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(node.args[0].value)
    return found


def test_argparse_still_looks_its_messages_up_through_its_module_global() -> None:
    assert callable(argparse._)  # type: ignore[attr-defined]
    messages = argparse_messages()
    assert "usage: " in messages
    assert sorted(set(argparse_thai.THAI) - messages) == []


def test_installed_argparse_answers_in_thai_and_english_again_after(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = argparse.ArgumentParser(prog="ita-tui")
    parser.add_argument("plan")
    try:
        argparse_thai.install("th")
        with pytest.raises(SystemExit):
            parser.parse_args([])
        err = capsys.readouterr().err
        assert "วิธีใช้:" in err and "ต้องใส่: plan" in err and "ผิดพลาด" in err
    finally:
        argparse_thai.install("en")
    with pytest.raises(SystemExit):
        parser.parse_args([])
    assert "the following arguments are required: plan" in capsys.readouterr().err
