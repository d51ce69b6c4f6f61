"""``ita-tui [PLAN]``: the command-line side of opening the app (the app itself is faked)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest

from ita_tui.cli import main
from ita_tui.config import Settings, load_settings


class FakeApp:
    opened: ClassVar[list[dict[str, Any]]] = []

    def __init__(
        self,
        plan: Any,
        store: Any,
        *,
        settings: Settings,
        data_dir: Path,
        plan_path: Path | None = None,
        welcome: bool = False,
    ) -> None:
        FakeApp.opened.append(
            {
                "plan": plan,
                "store": store,
                "settings": settings,
                "data_dir": data_dir,
                "plan_path": plan_path,
                "welcome": welcome,
            }
        )
        self.return_code = 0
        self.stores = [store]

    def run(self) -> None:
        pass


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> type[FakeApp]:
    import ita_tui.tui.app

    FakeApp.opened = []
    monkeypatch.setattr(ita_tui.tui.app, "ItaApp", FakeApp)
    return FakeApp


def test_opens_the_bundled_plan_with_the_remembered_settings(
    fake_app: type[FakeApp], data_dir: Path
) -> None:
    assert main([]) == 0
    [opened] = fake_app.opened
    assert opened["plan"].id == "saikhao-2568"
    assert opened["settings"] == Settings("th", "thai")
    assert opened["data_dir"] == data_dir
    assert opened["welcome"]  # no plan of one's own yet: the example, with the welcome


def test_lang_brings_its_digits_for_this_run_only(fake_app: type[FakeApp]) -> None:
    assert main(["--lang", "en"]) == 0
    assert fake_app.opened[-1]["settings"] == Settings("en", "arabic")
    assert load_settings() == Settings("th", "thai")  # only the app's t / 0 keys remember
    assert main(["--lang", "en", "--digits", "thai"]) == 0
    assert fake_app.opened[-1]["settings"] == Settings("en", "thai")
    assert main(["--digits", "arabic"]) == 0
    assert fake_app.opened[-1]["settings"] == Settings("th", "arabic")
    assert main([]) == 0
    assert fake_app.opened[-1]["settings"] == Settings("th", "thai")


def test_a_bad_plan_never_opens_the_app(
    fake_app: type[FakeApp], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("id = \n", encoding="utf-8")
    assert main([str(bad)]) == 2
    assert fake_app.opened == []
    assert "รูปแบบ TOML ผิด" in capsys.readouterr().err  # Thai by default
    assert main(["--lang", "en", str(bad)]) == 2
    assert "TOML syntax error" in capsys.readouterr().err


def test_changes_still_unsaved_when_the_app_ends_are_rescued(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The app could not save its last change (the folder went away): the command saves
    again, and if that fails too, writes the changes beside the user instead of losing them."""
    import ita_tui.tui.app
    from ita_tui.model import Status
    from ita_tui.store import ProgressStore, StoreError

    class UnsavedApp(FakeApp):
        def run(self) -> None:
            store: ProgressStore = FakeApp.opened[-1]["store"]

            def fail() -> None:
                raise StoreError("store.cannot_write", path="p.toml", why=OSError(28, "full"))

            monkeypatch.setattr(store, "save", fail)
            store.update("1.1.1", status=Status.DONE, save=False)

    monkeypatch.setattr(ita_tui.tui.app, "ItaApp", UnsavedApp)
    monkeypatch.chdir(tmp_path)
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "พื้นที่ดิสก์เต็ม" in err and "การแก้ไขที่ยังบันทึกไม่ได้ถูกเขียนไว้ที่" in err
    [rescued] = list(tmp_path.glob("saikhao-2568.unsaved-*.jsonl"))
    assert '"outcome": "1.1.1"' in rescued.read_text(encoding="utf-8")


OPEN_CHILD = """
import json, sys
import ita_tui.tui.app
from ita_tui.cli import main

class Fake:
    return_code = 0
    def __init__(self, plan, store, **kwargs):
        self.stores = [store]
    def run(self):
        pass

ita_tui.tui.app.ItaApp = Fake
assert main(sys.argv[1:]) == 0
print(json.dumps(sorted(m for m in (
    "ita_tui.error_text", "tomlkit", "ita_tui.plan.edit", "ita_tui.tui.screens.welcome"
) if m in sys.modules)))
"""


@pytest.mark.parametrize("given", [True, False])
def test_opening_a_known_plan_or_the_example_loads_nothing_it_does_not_use(
    tmp_path: Path, given: bool
) -> None:
    """No store messages (nothing to tell), no TOML writer (nothing to write: the list of
    plans is unchanged), no plan editor (the example's copy is a look at the folder)."""
    import subprocess
    import sys

    from ita_tui.known_plans import remember
    from ita_tui.plan import bundled_plan_path

    plan = tmp_path / "mine.toml"
    plan.write_bytes(bundled_plan_path().read_bytes())
    if given:
        remember(plan)
    args = [str(plan)] if given else []
    done = subprocess.run(
        [sys.executable, "-c", OPEN_CHILD, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
