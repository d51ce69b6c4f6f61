"""The app shows each item's number (its place), never its key; empty issues and activities open."""

from __future__ import annotations

from pathlib import Path

from ita_tui.plan import load_plan

from .conftest import MakeApp, screen_text
from .test_keys import goto

PLAN = """\
format = 1
id = "keys"
title = "แผน"
organisation = "เทศบาล"
fiscal_year = 2568

[[issues]]
id = "qzkpa7"
title = "ประเด็นกุญแจ"

[[issues.activities]]
id = "bwm3xa"
title = "กิจกรรมกุญแจ"
quarters = [2]

[[issues.activities.outcomes]]
id = "1.1.2"
text = "ผลเดิมข้อสอง"

[[issues.activities.outcomes]]
id = "tmx9ra"
text = "ผลใหม่"

[[issues.activities]]
id = "ndy4ka"
title = "กิจกรรมยังไม่มีผล"
quarters = [3]

[[issues]]
id = "vre8pc"
title = "ประเด็นยังว่าง"
"""


async def test_tree_and_details_show_numbers(make_app: MakeApp, tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(PLAN, encoding="utf-8")
    app = make_app(load_plan(path).plan, digits="arabic")
    async with app.run_test(size=(80, 24)) as pilot:
        await goto(pilot, app, "bwm3xa")
        await pilot.press("right")
        await goto(pilot, app, "1.1.2")
        text = screen_text(app)
        for key in ("qzkpa7", "bwm3xa", "tmx9ra", "ndy4ka", "vre8pc"):
            assert key not in text
        assert "1 ประเด็นกุญแจ" in text and "1.1 กิจกรรมกุญแจ" in text
        assert "1) ผลเดิมข้อสอง" in text and "2) ผลใหม่" in text
        assert "1.2 กิจกรรมยังไม่มีผล" in text and "2 ประเด็นยังว่าง" in text
        # the details pane heads the outcome with its number
        assert "1.1.1" in text
        await goto(pilot, app, "vre8pc")  # an issue with no activity yet
        await pilot.press("space", "right", "down")
        await goto(pilot, app, "ndy4ka")  # an activity with no outcome yet
        await pilot.press("space", "right")
        assert "กิจกรรมยังไม่มีผล" in screen_text(app)
