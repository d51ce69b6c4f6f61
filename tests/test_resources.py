"""Package data through importlib.resources: ita-tui runs from a zip that is never unpacked."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ita_tui import resources
from ita_tui.plan import bundled_plan_path, load_plan, read_plan_bytes

SRC = Path(__file__).resolve().parents[1] / "src" / "ita_tui"
CHECKOUT_PLAN = Path(__file__).resolve().parents[1] / "measures.toml"


def test_the_bundled_plan_and_its_bytes_agree() -> None:
    assert read_plan_bytes(bundled_plan_path()) == CHECKOUT_PLAN.read_bytes()
    assert load_plan().plan.id == "saikhao-2568"


def test_no_module_finds_package_data_beside_its_own_file() -> None:
    """``Path(__file__)`` only in resources.py (a checkout's top-level measures.toml)."""
    offenders = []
    for module in SRC.rglob("*.py"):
        if module.name == "resources.py":
            continue
        text = module.read_text(encoding="utf-8")
        if re.search(r"__file__", text):
            offenders.append(str(module.relative_to(SRC)))
    assert offenders == []


def test_real_path_of_a_file_on_disk_is_the_file_itself() -> None:
    css = resources.package_file("tui", "styles", "app.tcss")
    assert resources.real_path(css) == css


def _plain_zip(tmp_path: Path) -> Path:
    """ita_tui alone in a zip, with the bundled plan where a wheel puts it (the other
    packages come from the test's environment)."""
    archive = tmp_path / "ita-tui.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for file in SRC.rglob("*"):
            if file.is_file() and "__pycache__" not in file.parts:
                bundle.write(file, f"ita_tui/{file.relative_to(SRC).as_posix()}")
        bundle.write(CHECKOUT_PLAN, "ita_tui/data/measures.toml")
    return archive


PROBE = """\
import json, sys
sys.path.insert(0, sys.argv[1])
import ita_tui
from ita_tui.thai import words as thai_words
from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.tui.app import ItaApp
from ita_tui.tui.dialogs.dialog import Dialog
lexicon = thai_words.lexicon()
print(json.dumps({
    "package": ita_tui.__file__,
    "plan": load_plan().plan.id,
    "identity": str(bundled_plan_path()),
    "words": 0 if lexicon is None else len(lexicon.words),
    "breaks": thai_words.segment("ประโยชน์ของประชาชน", lexicon),
    "css": [open(p, encoding="utf-8").read() for p in [*ItaApp.CSS_PATH, *Dialog.CSS_PATH]],
}))
"""


def test_a_zip_that_is_never_unpacked_has_its_plan_words_and_styles(tmp_path: Path) -> None:
    archive = _plain_zip(tmp_path)
    env = {"ITA_TUI_DATA_DIR": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(archive)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**_base_env(), **env},
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["package"].startswith(str(archive))  # not the checkout's copy
    assert found["plan"] == "saikhao-2568"
    assert found["identity"] == str(archive / "ita_tui" / "data" / "measures.toml")
    assert found["words"] > 10_000
    assert found["breaks"] == ["ประโยชน์", "ของ", "ประชาชน"]  # the word list, not syllables
    styles = SRC / "tui" / "styles"
    assert found["css"] == [
        (styles / "app.tcss").read_text(encoding="utf-8"),
        (styles / "dialogs.tcss").read_text(encoding="utf-8"),
    ]


@pytest.mark.parametrize(
    ("argv", "code", "said"),
    [
        (["validate"], 0, "saikhao-2568"),
        (["status", "--lang", "en"], 0, "53"),
        (["mark", "9.9.9", "done"], 2, "9.9.9"),
        (["export", "-q", "2", "--lang", "en"], 0, "fiscal year 2568"),
    ],
)
def test_commands_from_a_plain_zip_exit_as_installed(
    tmp_path: Path, argv: list[str], code: int, said: str
) -> None:
    archive = _plain_zip(tmp_path)
    run = "import sys; sys.path.insert(0, sys.argv.pop(1)); from ita_tui.cli import run; run()"
    result = subprocess.run(
        [sys.executable, "-c", run, str(archive), *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**_base_env(), "ITA_TUI_DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == code, result.stderr
    assert said in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def _base_env() -> dict[str, str]:
    import os

    keep = ("PATH", "HOME", "ITA_TUI_CONFIG_DIR", "ITA_TUI_USER", "SYSTEMROOT", "TMPDIR")
    return {name: os.environ[name] for name in keep if name in os.environ} | {
        "PYTHONUTF8": "1",
        "COLUMNS": "100",
    }
