"""The word segmenter: its word list ships in the wheel, is read once, and cuts Thai into words."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import without_encoding_checks

from ita_tui.thai import words as thai_words

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("run", "words"),
    [
        ("การดำเนินงาน", ["การ", "ดำเนินงาน"]),
        ("ให้ประชาชน", ["ให้", "ประชาชน"]),
        ("แนวทางการจัดการ", ["แนวทาง", "การ", "จัดการ"]),  # the likelier of two covers
        ("ความโปร่งใส", ["ความ", "โปร่งใส"]),
        ("ศักดิ์สิทธิ์", ["ศักดิ์สิทธิ์"]),  # never before a silent letter
        ("เทศบาลตำบลทรายขาว", ["เทศบาลตำบล", "ทรายขาว"]),
        # a long name in the list (53 letters) breaks between its words
        (
            "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ",
            ["สำนักงาน", "คณะกรรมการ", "ป้องกัน", "และ", "ปราบปราม", "การ", "ทุจริต", "ใน", "ภาครัฐ"],
        ),
        ("องค์กรปกครองส่วนท้องถิ่น", ["องค์กรปกครองส่วนท้องถิ่น"]),  # a term of 24: whole
    ],
)
def test_segment(run: str, words: list[str]) -> None:
    lexicon = thai_words.lexicon()
    assert lexicon is not None
    assert thai_words.segment(run, lexicon) == words


def test_letters_no_word_covers_stay_together() -> None:
    lexicon = thai_words.Lexicon(["การ", "งาน"])
    assert thai_words.segment("การฟฟฟฟงาน", lexicon) == ["การ", "ฟฟฟฟ", "งาน"]
    assert thai_words.segment("ฟฟฟฟ", lexicon) == ["ฟฟฟฟ"]


def test_the_word_list_is_read_once_and_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    thai_words.reset()
    reads: list[Path] = []
    original = thai_words.Lexicon.read

    def counting(path: Path, *extra: Path, counts: Path | None = None) -> thai_words.Lexicon:
        reads.append(path)
        return original(path, *extra, counts=counts)

    monkeypatch.setattr(thai_words.Lexicon, "read", staticmethod(counting))
    try:
        assert not thai_words.is_loaded()
        first = thai_words.lexicon()
        assert thai_words.lexicon() is first
        assert reads == [thai_words.WORD_LIST]
        assert first is not None and len(first.words) > 60_000
    finally:
        thai_words.reset()


def test_an_unreadable_word_list_gives_none(tmp_path: Path) -> None:
    thai_words.reset()
    try:
        assert thai_words.load(tmp_path / "missing.txt") is None
        assert thai_words.lexicon() is None  # not tried again
    finally:
        thai_words.reset()
    for name, data in (("bad.txt", b"\xff\xfe\x00garbage"), ("empty.txt", b"\n\n")):
        (tmp_path / name).write_bytes(data)
        try:
            assert thai_words.load(tmp_path / name) is None, name
        finally:
            thai_words.reset()


def test_the_installed_wheel_carries_the_word_list_and_its_licence(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(ROOT), "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env=without_encoding_checks(),  # pip is not ours to hold to them
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("ita_tui-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("words_th.txt", "words_th_freq.txt", "words_ita.txt", "words_th.LICENSE.md"):
        assert f"ita_tui/data/{name}" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # a pure wheel installs by unpacking
    code = (
        f"import sys; sys.path.insert(0, {str(site)!r});"
        "from ita_tui.thai import words as thai_words, wrap as thai_wrap;"
        f"assert thai_words.__file__.startswith({str(site)!r}), thai_words.__file__;"
        "assert thai_words.lexicon() is not None;"
        "print('|'.join(thai_wrap.atoms('ให้ประชาชนรับทราบ')))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ให้|ประชาชน|รับทราบ"
