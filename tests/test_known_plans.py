"""The user's plans remembered in the config folder, and which plan ``ita-tui`` opens."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from ita_tui.commands import open_app
from ita_tui.known_plans import KEEP, KnownPlans, known_plans_path, load_known, remember, save_known
from ita_tui.plan import bundled_plan_path


def test_the_last_used_comes_first_and_the_bundled_plan_is_never_listed(tmp_path: Path) -> None:
    registry = tmp_path / "plans.toml"
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    remember(a, registry)
    remember(b, registry)
    remember(bundled_plan_path(), registry)
    remember(a, registry)
    assert load_known(registry).plans == (a.resolve(), b.resolve())
    assert load_known(registry).last == a.resolve()


def test_a_damaged_or_odd_list_gives_what_it_can(tmp_path: Path) -> None:
    registry = tmp_path / "plans.toml"
    registry.write_text("plans = [", encoding="utf-8")
    assert load_known(registry) == KnownPlans()
    registry.write_text('plans = ["/x/a.toml", 3, "", "/x/a.toml"]', encoding="utf-8")
    assert load_known(registry).plans == (Path("/x/a.toml"),)
    assert load_known(tmp_path / "none.toml") == KnownPlans()


def test_the_list_is_bounded(tmp_path: Path) -> None:
    known = KnownPlans()
    for n in range(KEEP + 5):
        known = known.used(tmp_path / f"{n}.toml")
    assert len(known.plans) == KEEP
    save_known(known, tmp_path / "plans.toml")
    assert load_known(tmp_path / "plans.toml") == known


def test_the_list_lives_beside_the_settings(tmp_path: Path) -> None:
    assert known_plans_path(tmp_path / "c" / "config.toml") == tmp_path / "c" / "plans.toml"


@pytest.fixture
def registry() -> Path:
    return known_plans_path()  # the root conftest points the config folder at a temp dir


def test_no_plans_of_ones_own_opens_the_example_with_the_welcome(registry: Path) -> None:
    assert open_app._which_plan(None) == (None, True)


def test_the_last_plan_used_opens_when_none_is_given(registry: Path, tmp_path: Path) -> None:
    gone, kept = tmp_path / "gone.toml", tmp_path / "kept.toml"
    kept.write_bytes(bundled_plan_path().read_bytes())
    remember(kept, registry)
    remember(gone, registry)  # the last used, but since deleted: the next one opens
    assert open_app._which_plan(None) == (kept.resolve(), False)
    kept.unlink()
    assert open_app._which_plan(None) == (None, False)  # the example, no welcome again
    assert open_app._which_plan(str(tmp_path / "x.toml")) == (tmp_path / "x.toml", False)


def test_opening_a_plan_remembers_it(
    registry: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "mine.toml"
    plan.write_bytes(bundled_plan_path().read_bytes())
    opened: list[tuple[Path, bool]] = []

    class FakeApp:
        return_code = 0

        def __init__(self, *args: object, plan_path: Path, welcome: bool, **kwargs: object) -> None:
            opened.append((plan_path, welcome))
            self.stores = [args[1]]

        def run(self) -> None:
            pass

    monkeypatch.setattr("ita_tui.tui.app.ItaApp", FakeApp)
    args = argparse.Namespace(plan=str(plan), data_dir=tmp_path / "data", lang=None, digits=None)
    assert open_app.run(args) == 0
    assert opened == [(plan, False)]
    assert load_known(registry).last == plan.resolve()
    args.plan = None
    assert open_app.run(args) == 0
    assert opened[-1] == (plan.resolve(), False)


def test_the_users_copy_of_the_example_opens_when_no_plan_is_remembered(
    registry: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    copy = data / "plans" / "saikhao-2568.toml"  # made by a first edit; plans.toml since lost
    copy.parent.mkdir(parents=True)
    copy.write_bytes(bundled_plan_path().read_bytes())
    assert open_app._which_plan(None, data) == (copy, False)  # no welcome: the user has one
    assert open_app._which_plan(None, tmp_path / "elsewhere") == (None, True)
    mine = tmp_path / "mine.toml"
    mine.write_bytes(bundled_plan_path().read_bytes())
    remember(mine, registry)
    assert open_app._which_plan(None, data) == (mine.resolve(), False)  # the last used first
    mine.unlink()
    assert open_app._which_plan(None, data) == (copy, False)
    opened: list[Path] = []

    class FakeApp:
        return_code = 0

        def __init__(self, *args: object, plan_path: Path, welcome: bool, **kwargs: object) -> None:
            opened.append(plan_path)
            self.stores = [args[1]]

        def run(self) -> None:
            pass

    monkeypatch.setattr("ita_tui.tui.app.ItaApp", FakeApp)
    args = argparse.Namespace(plan=None, data_dir=data, lang=None, digits=None)
    assert open_app.run(args) == 0
    assert opened == [copy]
    assert load_known(registry).last == copy.resolve()  # remembered from now on


def test_opening_the_last_plan_again_does_not_rewrite_the_list(
    registry: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "mine.toml"
    plan.write_bytes(bundled_plan_path().read_bytes())

    class FakeApp:
        return_code = 0

        def __init__(self, *args: object, **kwargs: object) -> None:
            self.stores = [args[1]]

        def run(self) -> None:
            pass

    monkeypatch.setattr("ita_tui.tui.app.ItaApp", FakeApp)
    args = argparse.Namespace(plan=str(plan), data_dir=tmp_path / "data", lang=None, digits=None)
    assert open_app.run(args) == 0
    before = registry.stat()
    for given in (str(plan), None):  # by name, and as the last plan used
        args.plan = given
        assert open_app.run(args) == 0
        after = registry.stat()
        assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    other = tmp_path / "other.toml"
    other.write_bytes(plan.read_bytes())
    args.plan = str(other)
    assert open_app.run(args) == 0  # a change to the list: written
    assert registry.stat().st_ino != before.st_ino
    assert load_known(registry).plans == (other.resolve(), plan.resolve())


def test_the_copy_of_the_example_is_found_by_a_look_at_the_folder(tmp_path: Path) -> None:
    """No plan editor imported, the example not parsed: only its copy's name is looked for."""
    import subprocess
    import sys

    from ita_tui.plan import BUNDLED_PLAN_ID, load_plan

    assert load_plan(bundled_plan_path()).plan.id == BUNDLED_PLAN_ID
    child = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "import ita_tui.plan.load as load\n"
        "parsed = []\n"
        "original = load.parse_plan\n"
        "load.parse_plan = lambda *a, **k: parsed.append(1) or original(*a, **k)\n"
        "from ita_tui.commands import open_app\n"
        "found = open_app._which_plan(None, Path(sys.argv[1]))\n"
        "print(json.dumps([str(found[0]), 'ita_tui.plan.edit' in sys.modules, len(parsed)]))\n"
    )
    data = tmp_path / "data"
    (data / "plans").mkdir(parents=True)
    copy = data / "plans" / f"{BUNDLED_PLAN_ID}.toml"
    copy.write_bytes(bundled_plan_path().read_bytes())
    for expected in (str(copy), "None"):
        done = subprocess.run(
            [sys.executable, "-c", child, str(data)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        )
        assert done.stdout.strip() == f'["{expected}", false, 0]'
        copy.unlink(missing_ok=True)
