"""The text report on a narrow terminal (issue 18): no word cut at 60 columns (a table
too narrow for its words becomes blocks), and the terminal's width taken by default."""

from __future__ import annotations

import dataclasses
import os
import pty
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ita_tui.model import OutcomeProgress, Plan
from ita_tui.report import export
from ita_tui.report.document import build_document
from ita_tui.report.labels import Words
from ita_tui.report.model import build_report
from ita_tui.store.change_log import Change
from ita_tui.thai.calendar import Quarter
from ita_tui.thai.wrap import atoms, cell_len

from .report_helpers import TODAY, write_fixture

THAI = re.compile(r"[\u0e00-\u0e7f]+")


def _strings(value: object) -> Iterator[str]:
    """Every text in the document (its words are the only ones the report may print)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))


def words_of(texts: Iterator[str]) -> set[str]:
    """Each Thai run of each text cut at the word breaker's allowed breaks."""
    found: set[str] = set()
    for text in texts:
        for line in text.split("\n"):
            for piece in atoms(line):
                found.update(THAI.findall(piece))
    return found


def cut_words(text: str, words: set[str]) -> list[str]:
    """The Thai runs of the printed lines that are not whole words of the document."""
    bad = []
    for line in text.splitlines():
        for chunk in re.split(r"[\s│┌┐└┘├┤┬┴┼─═]+", line):
            for run in THAI.findall(chunk):
                for piece in atoms(run):
                    if piece.strip() and piece.strip() not in words:
                        bad.append(f"{piece!r} in {line.strip()!r}")
    return bad


@pytest.mark.parametrize("lang", ["th", "en"])
def test_no_word_is_cut_at_60_columns(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change], lang: str
) -> None:
    report = build_report(plan, records, changes, Quarter(2568, 2), TODAY)
    words = words_of(_strings(build_document(report, Words(lang, "thai"))))
    text = export(plan, records, changes, quarter=2, lang=lang, width=60, today=TODAY)
    assert all(cell_len(line) <= 60 for line in text.splitlines())
    assert cut_words(text, words) == []
    # what a cut used to look like: the check sees it
    assert cut_words("ความก้าวหน้\nา พนัก\nงาน", words)


def test_a_table_too_narrow_for_its_words_becomes_blocks(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    narrow = export(plan, records, changes, quarter=2, width=60, today=TODAY)
    assert "ความก้าวหน้า: " in narrow and "มาตรการ/กิจกรรม: " in narrow
    wide = export(plan, records, changes, quarter=2, width=100, today=TODAY)
    assert "ความก้าวหน้า: " not in wide  # wide enough: a table
    assert "│ ที่" in wide


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    write_fixture(folder)
    return folder


def _on_a_terminal(args: list[str], columns: int, env: dict[str, str]) -> str:
    """The command's standard output on a pseudo-terminal ``columns`` wide."""
    import fcntl
    import struct
    import termios

    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    proc = subprocess.Popen(args, stdout=child, stderr=subprocess.DEVNULL, env=env)
    os.close(child)
    out = bytearray()
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=120)
    os.close(main)
    return out.decode("utf-8").replace("\r\n", "\n")


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")
def test_export_to_a_terminal_takes_its_width(data: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")} | {
        "ITA_TUI_CONFIG_DIR": str(tmp_path / "config")
    }
    args = [sys.executable, "-m", "ita_tui", "export", "-q", "2", "--data-dir", str(data)]
    shown = _on_a_terminal(args, 80, env)
    widths = [cell_len(line) for line in shown.splitlines()]
    assert max(widths) == 80  # the rules run the whole width
    narrow = _on_a_terminal(args, 50, env)  # narrower than the report can be: 60
    assert max(cell_len(line) for line in narrow.splitlines()) == 60
    given = _on_a_terminal([*args, "--width", "100"], 80, env)
    assert max(cell_len(line) for line in given.splitlines()) == 100
    # to a pipe: 100, as before
    piped = subprocess.run(args, capture_output=True, env=env, timeout=120, check=True)
    assert max(cell_len(line) for line in piped.stdout.decode().splitlines()) == 100


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")
def test_a_word_file_is_never_poured_onto_the_terminal(data: Path, tmp_path: Path) -> None:
    env = dict(os.environ) | {"ITA_TUI_CONFIG_DIR": str(tmp_path / "config")}
    args = [sys.executable, "-m", "ita_tui", "export", "-f", "docx", "--data-dir", str(data)]
    main, child = pty.openpty()
    proc = subprocess.run(
        args, stdout=child, capture_output=False, stderr=subprocess.PIPE, env=env, timeout=120
    )
    os.close(child)
    os.close(main)
    assert proc.returncode == 2
    assert "-o" in proc.stderr.decode()
    piped = subprocess.run(args, capture_output=True, env=env, timeout=120, check=True)
    assert piped.stdout.startswith(b"PK\x03\x04")
