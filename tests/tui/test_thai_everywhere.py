"""In Thai mode nothing the user reads is an English sentence: the label tables, the
error texts, the command line's words, the command palette, notices and error lines."""

from __future__ import annotations

import errno
import re
import string
from functools import cache
from pathlib import Path

import pytest
from test_catalog import catalog_script

from ita_tui.error_text import date_problem, os_error, store_message
from ita_tui.store import StoreError

from .conftest import MakeApp, screen_text
from .test_keys import SIZE, goto

#: Two English words or more in a row ("Permission denied") make a sentence; one word is a
#: name ("E-Service", "OIT", "ctrl+s") or a key, which stays as it is.
ENGLISH_SENTENCE = re.compile(r"[A-Za-z]+(?:[ ,;:'’]+[A-Za-z]+)+")
PATHS = re.compile(r"(?:[A-Za-z]:)?(?:[/\\][^\s:)]+)+")
#: A command to type ("ita-tui import", "ita-tui next-year") is a name, not a sentence.
COMMANDS = re.compile(r"ita-tui(?: [a-z][a-z-]*)?")


#: An option in a usage line or an example, with its placeholder or file ("--user NAME",
#: "-o overview.html"): typed as it is, in either language.
OPTIONS = re.compile(r"(?<![\w-])--?[a-z][\w-]*(?: (?:[A-Z][A-Z_]*|[\w-]+\.\w+)\b)?")


def english_in(text: str) -> list[str]:
    text = OPTIONS.sub(" ", text)
    found = ENGLISH_SENTENCE.findall(PATHS.sub(" ", COMMANDS.sub(" ", text)))
    return [words for words in found if sum(ch.isalpha() for ch in words) >= 8]


def fields(template: str) -> dict[str, str]:
    return {name: "" for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_sentence_finder_finds_sentences() -> None:
    assert english_in("เขียนรายงานไม่ได้: Is a directory")
    assert english_in("Search for commands…")
    assert english_in("จำการตั้งค่าไม่ได้: Permission denied")
    assert not english_in("ตัวชี้วัด OIT · E-Service · ctrl+s บันทึก /tmp/some path/x")
    assert not english_in("นำเข้ารายงาน (ita-tui import) หรือเริ่มใหม่ (ita-tui next-year)")
    assert english_in("ita-tui import failed badly")


#: The names a plan file is written with (the header of an imported plan lists them).
PLAN_FORMAT_NAMES = re.compile(
    r"\[\[[\w.]+\]\]|\b(?:id|title|period|quarters|responsible|steps|text|format)\b"
)


@cache
def thai_catalog() -> dict[str, str]:
    """The Thai catalog, key -> message (argparse's own messages included)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import catalog as catalog_script

    return catalog_script.messages("th")


@pytest.mark.parametrize("key", sorted(thai_catalog()))
def test_every_thai_message_is_thai(key: str) -> None:
    thai = thai_catalog()[key]
    if "%" in thai:  # argparse's: filled by argparse with %-formatting
        thai = thai.replace("%(prog)s", "ita-tui").replace("%s", "x")
        thai = re.sub(r"%\(\w+\)[rs]", "x", thai)
    thai = re.sub(r"\{[^{}]*\}", "๑", thai)  # the values: data, not the program's words
    thai = re.sub(r"\([A-Za-z ]+\)", " ", thai)  # an English gloss for IT: (named pipe)
    thai = PLAN_FORMAT_NAMES.sub(" ", thai)  # the plan file's own names, typed as they are
    assert english_in(thai) == [], key


#: The word catalogs (key -> message).
THAI, ENGLISH = catalog_script.messages("th"), catalog_script.messages("en")


@pytest.mark.parametrize("key", sorted(key for key in ENGLISH if key.startswith("cli.")))
def test_every_thai_cli_word_is_thai(key: str) -> None:
    thai = THAI[key].format(**fields(THAI[key]))
    thai = re.sub(r"\{[a-z,]+\}", " ", thai)  # argparse's choices ({th,en}): typed as they are
    assert english_in(thai) == [], key


def test_os_and_date_errors_are_thai() -> None:
    for key in (key for key in THAI if key.startswith("os.")):
        assert english_in(_blank(THAI[key])) == [], key
    for code in errno.errorcode:
        assert english_in(os_error(OSError(code, "Some English words here", "/x"), "th")) == []
    for text in ("2568-02-30", "2568-13-01", "๑๐/๒/๒๕๖๘", "0000-01-01"):
        assert english_in(date_problem(text, "th") or "") == []
    for key in (key for key in THAI if key.startswith("error.")):  # the core's coded errors
        assert english_in(_blank(THAI[key])) == [], key
        assert fields(ENGLISH[key]).keys() == fields(THAI[key]).keys(), key
    full = OSError(errno.ENOSPC, "No space left on device")
    assert (
        english_in(store_message(StoreError("store.cannot_write", path="/d/p", why=full), "th"))
        == []
    )


async def test_the_palette_and_the_screens_are_thai(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        for node in ("1", "1.1", "1.1.1"):
            await goto(pilot, app, node)
            for command in app.get_system_commands(app.main):
                assert english_in(f"{command.title} {command.help}") == [], command.title
            assert english_in(screen_text(app)) == []
        for key in ("question_mark", "e", "f"):
            await goto(pilot, app, "1")
            await pilot.press(key)
            await pilot.pause()
            assert english_in(screen_text(app)) == [], key
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert english_in(screen_text(app)) == []


async def test_notices_and_error_lines_are_thai(
    make_app: MakeApp,
    failing_disk: list[bool],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ita_tui.tui import app as app_module

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", "/etc/ita/config.toml")

    monkeypatch.setattr(app_module, "save_settings", refuse)
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.press("space")  # the save fails: the red line
        await pilot.pause()
        assert app.main.error_bar.display
        assert english_in(screen_text(app)) == []
        await pilot.press("0")  # the setting cannot be remembered: a notice
        await pilot.pause()
        await pilot.press("d")
        await pilot.press("ctrl+a")
        await pilot.press(*"2568-02-30")
        await pilot.pause()
        assert english_in(screen_text(app)) == []
        await pilot.press("escape")
        failing_disk[0] = False
        messages = [n.message for n in app._notifications]
        assert messages
        for message in messages:
            assert english_in(message) == [], message


async def test_a_damaged_progress_file_is_announced_in_thai(
    make_app: MakeApp, fixture_progress: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        fixture_progress.write_text("[[[ not toml", encoding="utf-8")  # damaged meanwhile
        app.main.poll()
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("ย้ายไปเก็บไว้โดยไม่แก้ไขที่" in m for m in messages), messages
        for message in messages:
            assert "moved aside" not in message


def _blank(template: str) -> str:
    return template.format(**fields(template)) if "{" in template else template


@pytest.mark.parametrize(
    "text",
    [
        "title = ชื่อ\n",
        "x = 1\nx = 2\n",
        "[a\n",
        "[[a\n",
        'x = "abc\n',
        "x = [1,\n",
        "x = {a = 1\n",
        "x = 1 y\n",
        "= 1\n",
        'x = "\\q"\n',
        "x = 1979-13-01\n",
        "x.y = 1\nx = 2\n",
        "x = {a = 1, a = 2}\n",
    ],
)
def test_every_toml_syntax_error_is_thai(text: str, tmp_path: Path) -> None:
    from ita_tui.plan import PlanError, parse_plan

    with pytest.raises(PlanError) as info:
        parse_plan(text.encode("utf-8"), tmp_path / "plan.toml")
    thai = info.value.message_in("th")
    assert "รูปแบบ TOML ผิด" in thai and english_in(PATHS.sub(" ", thai)) == [], thai
    assert "TOML syntax error" in info.value.message_in("en")
    assert info.value.message == info.value.message_in("en")


def test_plan_problems_keep_their_english_text_and_key_path() -> None:
    from ita_tui.plan.problems import Problem, problem_text

    problem = Problem("issues[2].activities[0].quarters[1]", "quarter_range", value=5)
    assert problem == "issues[2].activities[0].quarters[1]: 5 is not a quarter (1-4)"
    assert problem_text(problem, "th") == (
        "issues[2].activities[0].quarters[1]: 5 ไม่ใช่ไตรมาส (ไตรมาสคือ 1-4)"
    )
    assert problem_text(problem, "en") == problem
    moved = problem.moved("issues[2]", "issues[0]")
    assert problem_text(moved, "th").startswith("issues[0].activities[0].quarters[1]: 5 ")
    assert problem_text("any other text", "th") == "any other text"


async def test_ctrl_c_says_how_to_quit_in_thai(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        [toast] = list(app._notifications)  # Textual's own toast says "Press … to quit"
        assert toast.message == "กด q เพื่อออกจากโปรแกรม"
        assert english_in(f"{toast.title} {toast.message}") == []
