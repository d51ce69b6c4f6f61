"""In Thai mode the command line says nothing in English of its own: every command's
--help, and its refusals (a missing or bad plan, a refused or another plan's progress file,
a damaged Word file, an unreadable PDF, a bad JSON export, a bad date, an unknown outcome).

What is left out before looking: paths, the values quoted from files and the command line
(«…», '…'), option names and placeholders (``--fiscal-year``, ``FILE``), example commands,
and a few proper names (ita-tui, ITA, PDF, Word, Excel…)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from test_cli import run
from test_cli_language import BAD_PLAN

from ita_tui.commands import COMMAND_MODULES

#: Names and tokens that are not English of the program's own.
ALLOWED = {
    "ita",
    "tui",
    "pdf",
    "word",
    "excel",
    "csv",
    "utf",
    "toml",
    "json",
    "html",
    "htm",
    "docx",
    "xlsx",
    "doc",
    "xls",
    "txt",
    "tsv",
    "md",
    "oit",
    "notepad",
    "save",
    "as",
    "encoding",
    "named",
    "pipe",
    "symbolic",
    "link",
    "entity",
    "schema",
    "xml",
    "zip",
    "office",
    "pypdf",
    "iconv",
    "cp",
    "windows",
    "tis",
    "text",
    "th",
    "en",
    "thai",
    "arabic",
    "plan",
    "id",
    "plan_key",
    "log_offset",
    "format",
    "http",
    "https",
    "svg",
    "stdout",
    "ctrl",
    "tab",
    "help",
    "jsonl",
    "ita_tui_data_dir",
    "ita_tui_user",
    "ita_tui_config_dir",
    "home",
    "appdata",
    "no_color",
    "ok",
    "e-service",
    "pending",
    "in_progress",
    "done",
    "not_applicable",
    "none",
    "true",
    "false",
    "utc",
    "done_on",
    # the commands and edit's actions: names typed as they are
    *COMMAND_MODULES,
    "add-issue",
    "add-activity",
    "add-outcome",
    "set",
    "remove",
    "move",
}
#: Left out before looking for words (see the module's docstring).
REMOVED = [
    re.compile(r"^(?:วิธีใช้|usage):.*(?:\n {8,}\S.*)*", re.M),  # argparse's usage lines
    re.compile(r"^ {2}ita-tui .*$", re.M),  # an example command line
    re.compile(r"«[^»]*»|'[^']*'|\"[^\"]*\"|`[^`]*`"),  # values quoted from input
    re.compile(r"(?:[A-Za-z]:)?(?:[\\/][^\s:),]+)+"),  # paths
    re.compile(r"(?<![\w-])-{1,2}[A-Za-z][\w-]*"),  # options
    re.compile(r"\{[^}]*\}"),  # argparse choices {th,en}
    re.compile(r"\b[A-Z][A-Z_.]+\b"),  # placeholders (FILE, PLAN, FILE.json) and codes
    re.compile(r"\b[\w-]+\.(?:toml|json|html|csv|txt|md|docx|pdf|jsonl)\b"),  # file names
    re.compile(r"ita-tui(?: [a-z][a-z-]*)?"),  # the program and its commands
    re.compile(r"\[[A-Za-z]+\]"),  # an errno's or a library error's name, for IT
    re.compile(r"^\s*- [\w\[\].]+:", re.M),  # a key path in the plan (issues[0].title:)
    re.compile(r"\b\w+\[\d+\](?:\.\w+(?:\[\d+\])?)*"),  # and inside a message
    re.compile(r"\b[a-z]+(?:-[a-z0-9]+)*-\d+\b"),  # a plan id (saikhao-2568)
]


def english_words(text: str) -> list[str]:
    for pattern in REMOVED:
        text = pattern.sub(" ", text)
    words = re.findall(r"[A-Za-z][A-Za-z_'-]*[A-Za-z]", text)
    return [w for w in words if w.lower() not in ALLOWED and len(w) > 2]


def test_the_finder_finds_english() -> None:
    assert english_words("ผิดพลาด: cannot read /x/y: permission denied") == [
        "cannot",
        "read",
        "permission",
        "denied",
    ]
    assert english_words("อ่านไฟล์ /x ไม่ได้ «some document text» --fiscal-year FILE") == []


def _thai(*args: str, cwd: Path | None = None) -> str:
    result = run(*args, "--lang", "th", cwd=cwd) if "--help" not in args else run(*args, cwd=cwd)
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout + result.stderr


def test_the_programs_help_is_thai_and_its_list_of_commands_too() -> None:
    text = run("--help").stdout
    assert "ตรวจไฟล์แผนและสรุป" in text and "check a plan file" not in text
    assert english_words(text) == [], text


def test_the_programs_help_in_english_lists_the_commands_in_english() -> None:
    text = run("--help", "--lang", "en").stdout
    assert "check a plan file and print a summary" in text and "ตรวจไฟล์แผน" not in text


@pytest.mark.parametrize("command", sorted(COMMAND_MODULES))
def test_every_commands_help_is_thai(command: str) -> None:
    text = run(command, "--help").stdout
    assert english_words(text) == [], text


@pytest.mark.parametrize(
    "action", ["add-issue", "add-activity", "add-outcome", "set", "remove", "move"]
)
def test_edits_actions_help_is_thai(action: str) -> None:
    text = run("edit", "plan.toml", action, "--help").stdout
    assert english_words(text) == [], text


def _damaged_docx(path: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document><w:body>")  # cut short
    path.write_bytes(buffer.getvalue())
    return path


def test_thai_refusals_have_no_english_words(data_dir: Path, tmp_path: Path) -> None:
    bad_plan = tmp_path / "bad.toml"
    bad_plan.write_text(BAD_PLAN, encoding="utf-8")
    pdf = tmp_path / "broken.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    export = tmp_path / "bad.json"
    export.write_text('{"schema": null}', encoding="utf-8")
    notjson = tmp_path / "broken.json"
    notjson.write_text("{", encoding="utf-8")
    # a progress file of another plan with the same id, and one a newer ita-tui wrote
    assert run("mark", "1.1.1", "done").returncode == 0
    [progress] = data_dir.glob("*.progress.toml")
    mine = progress.read_text(encoding="utf-8")
    other = re.sub(r"(?m)^(plan_id = .*)$", r'\1\nplan_key = "k-9"\norganisation = "อื่น"', mine)
    assert other != mine
    cases = {
        "missing plan": _thai("validate", str(tmp_path / "missing.toml")),
        "bad plan": _thai("validate", str(bad_plan)),
        "bad plan status": _thai("status", str(bad_plan)),
        "bad date": _thai("mark", "1.1.1", "done", "--on", "31/02/2568"),
        "bad outcome id": _thai("mark", "9.9.9", "done"),
        "bad status": _thai("mark", "1.1.1", "finished"),
        "an activity, not an outcome": _thai("mark", "1.1", "done"),
        "an issue, not an outcome": _thai("mark", "1", "done"),
        "damaged docx": _thai("import", str(_damaged_docx(tmp_path / "x.docx")), "--dry-run"),
        "unreadable pdf": _thai("import", str(pdf), "--dry-run"),
        "missing report": _thai("import", str(tmp_path / "none.docx"), "--dry-run"),
        "bad summary json": _thai("summary", str(export), str(notjson)),
    }
    progress.write_text(other, encoding="utf-8")
    cases["progress of another plan"] = _thai("mark", "1.1.2", "done")
    cases["validate another plan's progress"] = _thai("validate")
    newer = re.sub(r"(?m)^format = \d+", "format = 99", mine)
    progress.write_text(newer, encoding="utf-8")
    cases["newer progress file"] = _thai("status")
    progress.unlink()
    progress.mkdir()
    cases["progress file is a folder"] = _thai("mark", "1.1.2", "done")
    assert "ไม่ใช่ XML ที่ถูกต้อง" in cases["damaged docx"]
    assert "แผนอื่นที่ใช้รหัส" in cases["progress of another plan"]
    assert "รุ่นใหม่กว่า" in cases["newer progress file"]
    assert "ไม่ได้ระบุ schema" in cases["bad summary json"]
    assert "1.1 เป็นมาตรการ/กิจกรรม" in cases["an activity, not an outcome"]
    assert "เช่น 1.1.1" in cases["an issue, not an outcome"]
    found = {case: english_words(text) for case, text in cases.items()}
    bad = {case: words for case, words in found.items() if words}
    assert bad == {}, "\n".join(f"{case}: {words}\n{cases[case]}" for case, words in bad.items())
