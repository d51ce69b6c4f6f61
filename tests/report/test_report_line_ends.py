"""Text reports written to a file on Windows have CRLF line ends; other formats, standard
output, plans and progress files keep theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from ita_tui import cli
from ita_tui.report import output
from ita_tui.report.output import file_bytes


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_text_and_markdown_get_windows_line_ends_on_windows(
    fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(output, "CRLF_FILES", True)
    assert b"".join(file_bytes(["ก\nข".encode(), b"\n"], fmt)) == "ก\r\nข\r\n".encode()


@pytest.mark.parametrize("fmt", ["html", "csv", "json"])
def test_other_formats_keep_their_own_line_ends(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "CRLF_FILES", True)
    assert b"".join(file_bytes([b"a\nb\n"], fmt)) == b"a\nb\n"


def test_elsewhere_text_keeps_bare_newlines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "CRLF_FILES", False)
    assert b"".join(file_bytes([b"a\nb\n"], "text")) == b"a\nb\n"


def test_export_to_a_file_on_windows_writes_crlf_and_leaves_the_plan_alone(
    tmp_path: Path, minimal_plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(output, "CRLF_FILES", True)
    plan_before = minimal_plan_path.read_bytes()
    target = tmp_path / "report.txt"
    assert cli.main(["export", str(minimal_plan_path), "-q", "1", "-o", str(target)]) == 0
    data = target.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") > 10  # every line, none doubled
    assert b"\r\r" not in data
    assert minimal_plan_path.read_bytes() == plan_before
