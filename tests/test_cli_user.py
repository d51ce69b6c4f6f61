"""Who signs a change made on the command line: the officer's name, not the login name.

``--user NAME`` names the officer and is remembered in the settings; a remembered name signs
later commands; with none, a command without a terminal signs with the login name and says
so once; ``ITA_TUI_USER`` still overrides. Names with control characters or bytes that are
not UTF-8 are refused (exit 2). Subprocesses of the installed command, as a user runs it.
"""

from __future__ import annotations

import getpass
import json
import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ita_tui.config import load_settings, name_problem, settings_path
from ita_tui.store.change_log import read_log
from ita_tui.textutil import visible
from tests.test_cli import SCRIPT, no_traceback

pytestmark = pytest.mark.usefixtures("english_cli")


@pytest.fixture(autouse=True)
def no_user_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ITA_TUI_USER")


def run(*args: str | bytes, **env: str) -> subprocess.CompletedProcess[bytes]:
    """The command with no terminal on stdin (as from a script or a scheduled job)."""
    assert SCRIPT
    return subprocess.run(
        [SCRIPT, *args],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **env},
        timeout=60,
        check=False,
    )


def signed(data_dir: Path) -> list[str]:
    [log] = data_dir.glob("*.changes.jsonl")
    return [change.by for change in read_log(log).changes]


def text(result: subprocess.CompletedProcess[bytes]) -> str:
    return (result.stdout + result.stderr).decode("utf-8")


def test_user_names_the_officer_once_and_is_remembered(data_dir: Path) -> None:
    first = run("mark", "1.1.1", "in_progress", "--user", "  สมชาย ใจดี ")
    assert first.returncode == 0, text(first)
    assert load_settings().user == "สมชาย ใจดี"
    second = run("mark", "1.1.2", "in_progress")  # no --user: the name remembered
    assert second.returncode == 0, text(second)
    assert "login name" not in text(second)
    assert signed(data_dir) == ["สมชาย ใจดี", "สมชาย ใจดี"]
    third = run("mark", "1.1.3", "in_progress", ITA_TUI_USER="script")  # still overrides
    assert third.returncode == 0
    assert signed(data_dir)[-1] == "script"
    assert load_settings().user == "สมชาย ใจดี"


def test_without_a_name_nor_a_terminal_the_login_name_signs_and_it_is_said_once(
    data_dir: Path,
) -> None:
    login = getpass.getuser()
    first = run("mark", "1.1.1", "in_progress")
    assert first.returncode == 0, text(first)
    assert f"signed with the login name {login}" in text(first)
    assert "--user NAME" in text(first)
    second = run("mark", "1.1.2", "in_progress")
    assert second.returncode == 0
    assert "login name" not in text(second)  # said once
    assert signed(data_dir) == [login, login]
    assert load_settings().user == ""  # nothing was named: the next terminal run asks


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("a\x1b[31mb", "control characters"),
        ("tab\there", "control characters"),
        ("\u202eevil", "control characters"),  # a bidi override: text shown backwards
        ("   ", "the name is empty"),
        ("ก" * 101, "too long"),
    ],
)
def test_a_name_that_cannot_sign_is_refused(data_dir: Path, name: str, why: str) -> None:
    result = run("mark", "1.1.1", "done", "--user", name)
    assert result.returncode == 2
    assert why in result.stderr.decode("utf-8")
    assert b"\x1b[31m" not in result.stderr
    no_traceback(subprocess.CompletedProcess(result.args, 2, text(result), ""))
    assert not list(data_dir.glob("*.changes.jsonl"))  # nothing recorded
    assert not settings_path().read_text(encoding="utf-8").count("user =")


def test_a_name_that_is_not_utf8_is_refused(data_dir: Path) -> None:
    result = run(b"mark", b"1.1.1", b"done", b"--user", b"\xff\xfeso")
    assert result.returncode == 2
    assert "not UTF-8" in result.stderr.decode("utf-8")
    assert not list(data_dir.glob("*.changes.jsonl"))


def test_the_report_shows_who_changed_what_by_the_name(data_dir: Path, tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    assert run("next-year", "-o", str(plan), "--fiscal-year", "2570").returncode == 0
    marked = run(
        "mark", "1.1.1", "done", "--on", "2569-12-01", "--plan", str(plan), "--user", "สมหญิง"
    )
    assert marked.returncode == 0, text(marked)
    report = run("export", str(plan), "-q", "1", "-y", "2570", "-f", "json")
    assert report.returncode == 0, text(report)
    changes = json.loads(report.stdout)["changes"]
    assert [change["by"] for change in changes] == ["สมหญิง"]


def test_the_app_takes_user_too(data_dir: Path) -> None:
    refused = run("--user", "a\x07b")
    assert refused.returncode == 2 and "control characters" in refused.stderr.decode("utf-8")
    assert "--user NAME" in run("--help").stdout.decode("utf-8")


def test_names_the_dialog_and_the_command_line_refuse() -> None:
    assert name_problem("สมชาย ใจดี") is None
    assert name_problem("O'Brien-Smith Jr.") is None
    assert name_problem("") == "name.empty"
    assert name_problem("a\x00b") == "name.control"
    assert name_problem("a\u200bb") == "name.control"  # zero-width: invisible
    assert name_problem("a\udcffb") == "name.not_utf8"  # an undecodable byte from argv
    assert name_problem("x" * 100) is None and name_problem("x" * 101) == "name.too_long"


@pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal")
def test_at_a_terminal_the_name_is_asked_once(data_dir: Path) -> None:
    import select
    import time

    def at_terminal(*args: str, answer: bytes) -> str:
        master, slave = os.openpty()
        assert SCRIPT
        process = subprocess.Popen(
            [SCRIPT, *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
            start_new_session=True,
        )
        os.close(slave)
        output = bytearray()
        end = time.monotonic() + 30
        answered = False
        while time.monotonic() < end:
            if not answered and b"Your name" in output:
                os.write(master, answer)
                answered = True
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                output.extend(chunk)
            elif process.poll() is not None:
                break
        process.wait(10)
        os.close(master)
        return output.decode("utf-8", "replace")

    shown = at_terminal("mark", "1.1.1", "in_progress", answer="\x1b\t\n\nสมชาย\n".encode())
    assert shown.count("Your name") == 3  # ESC-tab refused, an empty line refused, then asked
    assert "control characters" in shown and "the name is empty" in shown
    assert load_settings().user == "สมชาย"
    again = at_terminal("mark", "1.1.2", "in_progress", answer=b"never asked\n")
    assert "Your name" not in again
    assert signed(data_dir) == ["สมชาย", "สมชาย"]


@given(st.text(max_size=120))
def test_a_name_accepted_is_shown_as_it_is(name: str) -> None:
    """Whatever name is accepted needs no escaping anywhere it is shown (visible() keeps it)."""
    if name_problem(name) is None:
        assert visible(name.strip()) == name.strip()
        assert name.strip() and len(name.strip()) <= 100
