"""No control code from a plan or progress file reaches the terminal: the bytes the app writes.

The app runs as a user runs it, under a pseudo-terminal at 80x24, on a plan and a progress file
planted with escape sequences (the clipboard-setting OSC 52, a screen clear, colours, a window
title, an 8-bit CSI), bidi overrides and zero-width characters, and in a data folder whose name
holds escapes too. Every dialog is opened; the raw output must hold none of those sequences.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from ita_tui.model import OutcomeProgress, Status
from ita_tui.plan import load_plan
from ita_tui.store import ProgressStore
from ita_tui.store.progress_file import render_progress

from .terminal import POSIX, run_in_terminal

pytestmark = pytest.mark.skipif(not POSIX, reason="pseudo-terminals are POSIX only")

#: Escape sequences as planted in the files; none may reach the terminal in this form.
CLIPBOARD = "\x1b]52;c;UE9JU09O\x07"
CLEAR = "\x1b[2JBLANKED"
RED = "\x1b[31mREDTEXT"
TITLE = "\x1b]0;PWNTITLE\x07"
CWD = "\x1b[1;1HCWDNAME"
CSI8 = "\x9b2JEIGHTBIT"
PLANTED = (CLIPBOARD, CLEAR, RED, TITLE, CSI8, CWD)

HOSTILE_PLAN = """\
format = 1
id = "hostile"
title = "plan \\u001b]0;PWNTITLE\\u0007 [@click=app.quit]"
organisation = "org \\u001b[2JBLANKED"
fiscal_year = 2568

[[issues]]
id = "1"
title = "issue \\u001b[31mREDTEXT \\u202eevil\\u202c"

[[issues.activities]]
id = "1.1"
title = "activity \\u009b2JEIGHTBIT"
quarters = [2]
responsible = ["job \\u001b]52;c;UE9JU09O\\u0007"]
steps = ["step \\u001b[2JBLANKED"]

[[issues.activities.outcomes]]
id = "1.1.1"
text = "outcome \\u001b]52;c;UE9JU09O\\u0007 zero\\u200bwidth"
"""

NOTE = f"note {CLIPBOARD} and {CLEAR}\nsecond line {RED} {CSI8} \u202eevil\u202c"
EVIDENCE = (f"https://a.example/{RED}", f"https://b.example/{CLIPBOARD}")


@pytest.fixture
def planted(tmp_path: Path) -> tuple[Path, Path]:
    plan_path = tmp_path / "hostile.toml"
    plan_path.write_text(HOSTILE_PLAN, encoding="utf-8")
    plan = load_plan(plan_path).plan
    data_dir = tmp_path / "data \x1b[2JBLANKED"
    data_dir.mkdir()
    record = OutcomeProgress(
        Status.DONE,
        dt.date(2025, 1, 15),
        EVIDENCE,
        NOTE,
        "somchai \x1b]0;PWNTITLE\x07",
        dt.datetime(2025, 1, 15, 9, 0, tzinfo=dt.UTC),
    )
    store = ProgressStore(data_dir, plan.id)
    store.path.write_text(render_progress(plan.id, {"1.1.1": record}), encoding="utf-8")
    return plan_path, data_dir


def run_app(plan_path: Path, data_dir: Path, keys: list[str], tmp_path: Path) -> bytes:
    # A short current folder, so that the export dialog's folder field shows all of its name.
    with tempfile.TemporaryDirectory(dir="/tmp") as short:
        cwd = Path(short) / f"c{CWD}"
        cwd.mkdir()
        return _run_app(plan_path, data_dir, keys, tmp_path, cwd)


def _run_app(plan_path: Path, data_dir: Path, keys: list[str], tmp_path: Path, cwd: Path) -> bytes:
    env = {"ITA_TUI_CONFIG_DIR": str(tmp_path / "config"), "ITA_TUI_USER": "tester"}
    args = [str(plan_path), "--data-dir", str(data_dir), "--lang", "en"]
    return run_in_terminal(args, keys, env=env, cwd=cwd)


def assert_nothing_planted(output: bytes) -> None:
    for sequence in PLANTED:
        # Without the BEL that ends some: Textual drops a BEL but would pass the ESC on.
        sequence = sequence.rstrip("\x07")
        assert sequence.encode() not in output, f"{sequence!r} reached the terminal"
    for char in ("\u202e", "\u200b"):
        assert char.encode() not in output, f"{char!r} reached the terminal"


ESC = "\x1b"
CTRL_S = "\x13"
CTRL_P = "\x10"
END = "\x1b[F"
TO_OUTCOME = ["j", "l", "j"]


def test_editors_and_dialogs_write_no_planted_escape(
    planted: tuple[Path, Path], tmp_path: Path
) -> None:
    plan_path, data_dir = planted
    # help is scrolled to its end, where the data folder's paths are
    keys = [*TO_OUTCOME, "a", ESC, "v", ESC, "d", ESC, "?", END, ESC, "f", ESC, "e", ESC]
    keys += [CTRL_P, ESC, "q"]
    output = run_app(plan_path, data_dir, keys, tmp_path)
    assert_nothing_planted(output)
    # The text was on the screen, its escapes shown as visible symbols: the note's first line
    # in the editor, an evidence link, the bidi override.
    assert "␛]52;c;UE9JU09O␇".encode() in output
    assert "a.example/␛[31mREDTEXT".encode() in output
    assert b"\\u202eevil" in output


def test_an_unchanged_editor_saves_nothing(planted: tuple[Path, Path], tmp_path: Path) -> None:
    plan_path, data_dir = planted
    progress_file = next(data_dir.glob("*.progress.toml"))
    before = progress_file.read_bytes()
    output = run_app(plan_path, data_dir, [*TO_OUTCOME, "a", CTRL_S, "v", CTRL_S, "q"], tmp_path)
    assert_nothing_planted(output)
    assert progress_file.read_bytes() == before
