"""The app's language and digits are reactive: setting them draws every label again; only
the ``t`` and ``0`` keys remember the choice in the config file."""

from __future__ import annotations

from pathlib import Path

from ita_tui.config import load_settings

from .conftest import MakeApp, screen_text
from .test_keys import SIZE


async def test_setting_the_language_relabels_the_screen_without_remembering_it(
    make_app: MakeApp, config_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert "ปีงบประมาณ" in screen_text(app)
        app.lang = "en"
        await pilot.pause()
        assert app.view.lang == "en"
        text = screen_text(app)
        assert "Fiscal year" in text and "Search" in text  # header and key bar
        assert load_settings(config_path).lang == "th"  # a run's choice, not remembered


async def test_setting_the_digits_relabels_the_screen_without_remembering_it(
    make_app: MakeApp, config_path: Path
) -> None:
    app = make_app(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        assert "๒๕๖๘" in screen_text(app)
        app.digits = "arabic"
        await pilot.pause()
        assert app.view.digits == "arabic"
        assert "2568" in screen_text(app) and "๒๕๖๘" not in screen_text(app)
        assert load_settings(config_path).digits == "thai"
