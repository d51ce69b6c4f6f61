"""The command line speaks the app's language: Thai by default, ``--lang en``, or the
language remembered by the app."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from test_cli import run

from ita_tui.commands import COMMAND_MODULES
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
    cleaned = PATHS.sub(" ", re.sub(r"ita-tui(?: [a-z][a-z-]*)?:?", " ", "\n".join(lines)))
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
        run("mark", "1.1.1", "done", "--on", "9999-12-31"),  # implausible for the plan's year
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
    for name in COMMAND_MODULES:
        lines = top.splitlines()
        at = next(i for i, line in enumerate(lines) if line.strip().startswith(name))
        summary = lines[at] if lines[at].strip() != name else lines[at + 1]  # a long name
        assert re.search("[\u0e00-\u0e7f]", summary), summary


# plans that cannot be used, and the commands that write plans ------------------------------

#: A plan with one of nearly every problem the loader can find.
BAD_PLAN = """\
format = 9
id = "bad"
title = ""
organisation = 5
fiscal_year = 1990
ita = { year = 1, score = 200, level = "x" }

[[issues]]
id = "a b"
title = "ประเด็น"

[[issues.activities]]
id = "1.1"
title = "กิจกรรม"
quarters = [5, "x", 1, 1]
responsible = "ปลัด"
steps = [3, ""]
outcomes = 3

[[issues]]
id = "1.1"
title = ["x"]

[[issues.activities]]
id = "2.1"
title = "กิจกรรม"
quarters = []
"""

#: A usable plan whose warnings are printed by every command that loads it.
WARNED_PLAN = """\
id = "warned"
title = "แผน"
organisation = "เทศบาล"
fiscal_year = 2570
colour = "blue"
ita = { year = 2569 }

[[issues]]
id = "1"
title = "ประเด็น"
note = "x"

[[issues.activities]]
id = "1.1"
title = "กิจกรรม"
quarters = [1]

[[issues.activities.outcomes]]
id = "1.1.1"
text = "ผลลัพธ์"
"""


def thai_only(result: subprocess.CompletedProcess[str], *, stdout: bool = True) -> None:
    """No English sentence in what the command printed (Thai mode), and no traceback."""
    text = result.stderr + (result.stdout if stdout else "")
    assert "Traceback" not in text, text
    assert english_sentences(text) == [], (result.args, text)


def test_a_bad_plan_is_explained_in_thai_by_every_command(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_PLAN, encoding="utf-8")
    results = [
        run("validate", str(bad)),
        run("status", str(bad)),
        run("export", str(bad)),
        run("next-year", str(bad), "-o", str(tmp_path / "next.toml")),
        run("edit", str(bad), "add-issue", "ใหม่"),
        run("mark", "1.1.1", "done", "--plan", str(bad)),
    ]
    for result in results:
        assert result.returncode == 2, (result.args, result.stderr)
        thai_only(result)
    text = results[0].stderr
    assert "พบปัญหา" in text and "issues[0].activities[0].quarters[0]: 5 ไม่ใช่ไตรมาส" in text
    assert text.count("\n  - ") >= 15, text  # every problem, each with its key path
    english = run("validate", str(bad), "--lang", "en").stderr
    assert "issues[0].activities[0].quarters[0]: 5 is not a quarter (1-4)" in english
    assert "problems:" in english and "พบปัญหา" not in english


def test_a_plan_file_that_cannot_be_read_is_explained_in_thai(
    data_dir: Path, tmp_path: Path
) -> None:
    syntax = tmp_path / "syntax.toml"
    syntax.write_text('id = "x"\ntitle = ชื่อ\n', encoding="utf-8")
    latin = tmp_path / "latin.toml"
    latin.write_bytes('title = "ชื่อ"\n'.encode("cp874"))
    empty = tmp_path / "empty.toml"
    empty.write_text("\n", encoding="utf-8")
    for path in (syntax, latin, empty, tmp_path, tmp_path / "missing.toml"):
        result = run("validate", str(path))
        assert result.returncode == 2, result.stderr
        thai_only(result)
    assert "รูปแบบ TOML ผิด" in run("validate", str(syntax)).stderr
    assert "TOML syntax error" in run("validate", str(syntax), "--lang", "en").stderr


def test_a_plan_s_warnings_are_thai(data_dir: Path, tmp_path: Path) -> None:
    plan = tmp_path / "warned.toml"
    plan.write_text(WARNED_PLAN, encoding="utf-8")
    for args in (("validate", str(plan)), ("status", str(plan))):
        result = run(*args, env={"NO_COLOR": "1"})
        assert result.returncode == 0, result.stderr
        assert "คำเตือน:" in result.stderr and "ไม่รู้จักคีย์นี้" in result.stderr
        thai_only(result)
    english = run("validate", str(plan), "--lang", "en").stderr
    assert "colour: unknown key, ignored" in english


def test_new_next_year_and_edit_speak_thai(data_dir: Path, tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    following = tmp_path / "next.toml"
    org = ("--organisation", "เทศบาลตำบลตัวอย่าง")
    results = [
        run("new", str(plan), *org, "--fiscal-year", "2570"),
        run("new", str(plan), *org, "--fiscal-year", "2570"),  # exists
        run("new", str(tmp_path / "b.toml"), *org, "--fiscal-year", "2026"),
        run("new", str(tmp_path / "b.toml"), *org, "--fiscal-year", "ปีหน้า"),
        run("new", str(tmp_path / "b.toml"), "--organisation", " ", "--fiscal-year", "2570"),
        run("new", str(tmp_path / "b.toml"), *org, "--fiscal-year", "2570", "--plan-id", "a b"),
        run("new", str(plan / "b.toml"), *org, "--fiscal-year", "2570"),  # plan is a file
        run("edit", str(plan), "add-activity", "1", "จัดทำคู่มือ", "--quarters", "1-2"),
        run("edit", str(plan), "add-outcome", "1.1", "มีคู่มือ"),
        run("edit", str(plan), "add-issue", "ประเด็นที่สอง"),
        run("edit", str(plan), "set", "1.1", "--quarters", "5"),
        run("edit", str(plan), "set", "1.1", "--quarters", "x"),
        run("edit", str(plan), "set", "9.9", "--title", "x"),
        run("edit", str(plan), "set", "1.1", "--title", " "),
        run("edit", str(plan), "set", "1.1", "--responsible", "ปลัด", "--responsible", "ปลัด"),
        run("edit", str(plan), "set", "1.1"),
        run("edit", str(plan), "set", "1.1", "--organisation", "x"),
        run("edit", str(plan), "set", "plan", "--ita-score", "มาก"),
        run("edit", str(plan), "set", "plan", "--ita-score", "120"),
        run("edit", str(plan), "set", "plan", "--fiscal-year", "ปีหน้า"),
        run("edit", str(plan), "set", "plan", "--quarters", "1"),
        run("edit", str(plan), "set", "plan", "--ita-level", "ดี", "--ita-year", "2569"),
        run("edit", str(plan), "add-activity", "1.1", "x"),
        run("edit", str(plan), "add-outcome", "1", "x"),
        run("edit", str(plan), "move", "1.1", "--after", "1.1.1"),
        run("edit", str(plan), "move", "1.1", "--after", "1.1"),
        run("edit", str(plan), "move", "1", "--to", "2"),
        run("edit", str(plan), "move", "1.1.1", "--to", "2"),
        run("edit", str(plan), "set", "1.1.1", "--text", "มีคู่มือครบ", "--oit", "O10"),
        run("mark", "1.1.1", "done", "--plan", str(plan)),
        run("edit", str(plan), "move", "2", "--first"),
        run("edit", str(plan), "remove", "2.1"),  # progress recorded: refused
        run("edit", str(plan), "add-issue", "ลบทิ้ง"),
        run("edit", str(plan), "remove", "3"),
        run("edit", str(plan), "remove", "1"),  # the last issue but one: fine
        run("edit", str(plan), "remove", "1", "--force"),  # a plan needs an issue
        run("edit", str(tmp_path / "missing.toml"), "add-issue", "x"),
        run("next-year", str(plan), "-o", str(following)),
        run("next-year", str(plan), "-o", str(following)),  # exists
        run("next-year", str(plan), "-o", str(plan), "--force"),  # the plan itself
        run("next-year", str(plan), "-o", str(tmp_path / "c.toml"), "--plan-id", "a b"),
    ]
    codes = [result.returncode for result in results]
    assert codes == [
        0, 2, 2, 2, 2, 2, 1,
        0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 2, 2, 2, 2, 2, 2, 0, 0, 0,
        2, 0, 0, 0, 2, 2,
        0, 2, 2, 2,
    ], "\n".join(f"{r.args[1:5]} {r.returncode} {r.stdout}{r.stderr}" for r in results)  # fmt: skip
    for result in results:
        thai_only(result)
    assert "เพิ่มมาตรการ/กิจกรรม 1.1" in results[7].stdout
    assert "ปีงบประมาณ 2570 -> 2571" in results[-4].stdout


def test_edit_speaks_english_when_asked(data_dir: Path, tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    run("new", str(plan), "--organisation", "เทศบาล", "--fiscal-year", "2570")
    added = run("edit", str(plan), "add-issue", "ใหม่", "--lang", "en")
    assert added.stdout.startswith("added issue 2 (key "), added.stdout
    refused = run("edit", str(plan), "--lang", "en", "set", "1", "--title", " ")
    assert "error: the title must not be empty; nothing was written" in refused.stderr


def _export(data_dir: Path, target: Path) -> Path:
    done = run("export", "-f", "json", "-o", str(target))
    assert done.returncode == 0, done.stderr
    return target


def test_summary_speaks_thai(data_dir: Path, tmp_path: Path) -> None:
    good = _export(data_dir, tmp_path / "sai-khao.json")
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"hello": "world"}', encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": ', encoding="utf-8")
    wrong = tmp_path / "wrong.json"
    wrong.write_text(
        good.read_text(encoding="utf-8").replace('"as_of": "', '"as_of": "x'), encoding="utf-8"
    )
    results = [
        run("summary", str(good), str(foreign), str(broken), str(wrong), str(tmp_path / "gone")),
        run("summary", str(good), "-o", str(tmp_path / "overview.html")),
        run("summary", str(foreign)),
        run("summary", str(good), "-o", str(tmp_path)),
        run("summary", str(good), "-o", str(good / "overview.html")),  # under a file
        run("summary", str(good), "--width", "5"),
    ]
    assert [r.returncode for r in results] == [0, 0, 2, 2, 1, 2], [r.stderr for r in results]
    for result in results:
        thai_only(result, stdout=False)
    skipped = results[0].stderr
    assert skipped.count("ข้าม ") == 4 and "ไม่ใช่รายงานรายไตรมาสของ ita-tui" in skipped
    english = run("summary", str(foreign), "--lang", "en").stderr
    assert "skipped" in english and "no file could be read" in english


def test_import_speaks_thai(data_dir: Path, tmp_path: Path) -> None:
    report = Path(__file__).parent / "fixtures" / "import" / "saikhao_report.txt"
    nothing = tmp_path / "nothing.txt"
    nothing.write_text("สวัสดี\nไม่มีตารางในไฟล์นี้\n", encoding="utf-8")
    out = tmp_path / "plan.toml"
    results = [
        run("import", str(report), "-o", str(out), "--dry-run"),
        run("import", str(report), "-o", str(out)),
        run("import", str(report), "-o", str(out)),  # exists
        run("import", str(report), "-o", str(tmp_path)),
        run("import", str(nothing), "-o", str(tmp_path / "n.toml")),
        run("import", str(tmp_path / "gone.docx")),
        run("import", str(report), "-o", str(tmp_path / "y.toml"), "--plan-id", "a b"),
    ]
    assert [r.returncode for r in results] == [0, 0, 2, 2, 2, 2, 2], [r.stderr for r in results]
    for result in results:
        # the importer's warnings are Thai too; only the document's text they quote is not
        text = re.sub(r"«[^«»]*»", " ", result.stderr + result.stdout)
        assert english_sentences(text) == [], (result.args, text)
    assert "ทดลองอ่านเท่านั้น" in results[0].stderr and "อ่านเป็นข้อความ" in results[0].stdout
    assert "ตรวจแผนด้วย: ita-tui validate" in results[1].stderr
    english = run("import", str(nothing), "-o", str(tmp_path / "n.toml"), "--lang", "en").stderr
    assert "no measures found" in english


def test_a_plan_laid_out_inline_is_explained_in_thai(data_dir: Path, tmp_path: Path) -> None:
    plan = tmp_path / "inline.toml"
    plan.write_text(
        WARNED_PLAN.split("[[issues]]")[0].replace("colour", "#")
        + '[[issues]]\nid = "1"\ntitle = "ประเด็น"\n'
        'activities = [{ id = "1.1", title = "ก", quarters = [1], '
        'outcomes = [{ id = "1.1.1", text = "ผล" }] }]\n',
        encoding="utf-8",
    )
    assert run("validate", str(plan)).returncode == 0  # a good plan, laid out otherwise
    for result in (
        run("next-year", str(plan), "-o", str(tmp_path / "next.toml")),
        run("edit", str(plan), "add-issue", "ใหม่"),
    ):
        assert result.returncode == 2, result.stderr
        assert "ไม่ได้เขียนเป็นตาราง" in result.stderr
        thai_only(result)
    english = run("edit", str(plan), "add-issue", "x", "--lang", "en").stderr
    assert "cannot be edited safely here: issue '1': its activities are not all" in english
