"""The command line speaks the app's language: Thai by default, ``--lang en``, or the
language remembered by the app."""

from __future__ import annotations

import re
from pathlib import Path

from test_cli import run

from ita_tui.config import Settings, save_settings

#: Three English words in a row: an English sentence (paths and ids excluded first).
ENGLISH_SENTENCE = re.compile(r"\b[A-Za-z]{2,}(?:[ ,;:'-]+[A-Za-z]{2,}){2,}\b")
PATHS = re.compile(r"(/[^\s:)]+)+")
#: Plan text and the CLI's own tokens that are not sentences.
ALLOWED = ("E-Service", "pending, in_progress, done, not_applicable", "text, md, html, csv, json")


def english_sentences(text: str) -> list[str]:
    # the usage lines list option names, and "ita-tui export:" names the program
    lines = [
        line
        for line in text.splitlines()
        if not line.startswith("วิธีใช้:") and not line.startswith("       ") and line.strip()
    ]
    cleaned = PATHS.sub(" ", re.sub(r"ita-tui(?: \w+)?:", " ", "\n".join(lines)))
    for allowed in ALLOWED:
        cleaned = cleaned.replace(allowed, " ")
    return ENGLISH_SENTENCE.findall(cleaned)


def test_status_is_thai_by_default(data_dir: Path) -> None:
    result = run("status", env={"NO_COLOR": "1"})
    assert result.returncode == 0, result.stderr
    assert "ความคืบหน้าเก็บไว้ที่" in result.stdout and "๐/๕๓" in result.stdout
    assert english_sentences(result.stdout) == []


def test_the_language_remembered_by_the_app_is_respected(isolated_dirs: Path) -> None:
    save_settings(Settings(lang="en", digits="arabic"), isolated_dirs / "config" / "config.toml")
    result = run("status", env={"NO_COLOR": "1"})
    assert "Your progress is kept in" in result.stdout
    assert "ความคืบหน้าเก็บไว้ที่" in run("status", "--lang", "th").stdout


def test_thai_messages_of_every_command_have_no_english_sentence(
    data_dir: Path, tmp_path: Path
) -> None:
    outputs = [
        run("validate"),
        run("status", env={"NO_COLOR": "1"}),
        run("mark", "1.1.1", "done", "--on", "2568-01-15"),
        run("mark", "1.1.1", "finished"),
        run("mark", "1.1.1", "done", "--on", "2568-02-30"),
        run("mark", "1.1.1", "pending", "--on", "2568-02-01"),
        run("mark", "9.9.9", "done"),
        run("export", "-q", "2", "-o", str(tmp_path)),
        run("export", "-q", "1", "-y", "2569", "-o", str(tmp_path)),
        run("export", "-o", str(tmp_path / "nowhere" / "x.html")),
        run("export", "--width", "10"),
        run("validate", str(tmp_path / "missing.toml")),
        run("export", "-q", "5"),
        run("export", "-f", "pdf"),
        run("mark", "1.1.1"),
        run("status", "--frobnicate"),
    ]
    for result in outputs:
        text = result.stderr + (result.stdout if "export" not in result.args else "")
        assert english_sentences(text) == [], (result.args, text)


def test_every_command_has_a_thai_summary_in_help() -> None:
    top = run("--help").stdout
    for name in ("validate", "mark", "status", "export"):
        line = next(line for line in top.splitlines() if line.strip().startswith(name))
        assert re.search("[\u0e00-\u0e7f]", line), line
