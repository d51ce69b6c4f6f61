"""The app's side of "one plan is one plan": only its t / 0 keys change what is remembered,
and switching to a plan whose progress file belongs to another plan is refused in words."""

from __future__ import annotations

from pathlib import Path

from ita_tui.config import Settings, load_settings, save_settings
from ita_tui.model import Status
from ita_tui.plan import bundled_plan_path
from ita_tui.store import ProgressStore
from ita_tui.tui.services.plan_switch import switch_plan

from .conftest import MakeApp
from .test_keys import SIZE


def notifications(app: object) -> list[str]:
    return [str(n.message) for n in app._notifications]  # type: ignore[attr-defined]


async def test_a_key_remembers_only_what_it_changed(make_app: MakeApp, config_path: Path) -> None:
    save_settings(Settings("th", "thai"), config_path)
    app = make_app(lang="en", digits="arabic")  # as `ita-tui --lang en` opens it
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("0")
        await pilot.pause()
        assert app.view.lang == "en" and app.view.digits == "thai"
        assert load_settings(config_path) == Settings("th", "thai")  # not the run's English
        await pilot.press("t")
        await pilot.pause()
        assert load_settings(config_path) == Settings("th", "thai")
        await pilot.press("t")
        await pilot.pause()
        assert load_settings(config_path) == Settings("en", "thai")


async def test_switching_to_a_plan_whose_progress_is_another_plans_is_refused_in_thai(
    make_app: MakeApp, tmp_path: Path, data_dir: Path
) -> None:
    text = bundled_plan_path().read_text(encoding="utf-8")
    other = tmp_path / "other.toml"
    other.write_text(
        text.replace('id = "saikhao-2568"', 'id = "ita-2568"\nplan_key = "k2"'), encoding="utf-8"
    )
    owner = ProgressStore(data_dir, "ita-2568", plan_key="k1", organisation="เทศบาลตำบลก")
    owner.update("1.1.1", status=Status.DONE)
    before = owner.path.read_bytes()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert not switch_plan(app, other)
        await pilot.pause()
        [told] = [m for m in notifications(app) if "ita-2568" in m]
        assert "เป็นความคืบหน้าของแผนอื่นที่ใช้รหัส" in told and "k1" in told and "k2" in told
        assert app.plan.id == "saikhao-2568"
    assert owner.path.read_bytes() == before
