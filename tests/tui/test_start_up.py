"""What the first screen does without: code for later (editing, messages) and a second styling.

In a fresh process (the test process has imported everything already): the app opens the
bundled plan headless and reports what it had imported and styled when its first screen
was up. The times themselves are measured by benchmarks/bench_tui.py, not here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CHILD = """
import asyncio, datetime as dt, json, sys
from pathlib import Path
from textual.css.stylesheet import Stylesheet
from ita_tui.config import Settings
from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.store import ProgressStore
from ita_tui.tui.app import ItaApp

styled = []
apply = Stylesheet.apply

def counting(self, node, **kwargs):
    styled.append(type(node).__name__)
    return apply(self, node, **kwargs)

Stylesheet.apply = counting
data = Path(sys.argv[1])
plan = load_plan(bundled_plan_path()).plan
store = ProgressStore(data, plan.id)
store.load()
app = ItaApp(plan, store, settings=Settings(), data_dir=data, today=dt.date(2025, 2, 10),
             config_path=data / "config.toml")
report = {}

async def main():
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        report["keys"] = bool(app.screen.query("KeyBar"))
        report["focused"] = type(app.screen.focused).__name__
        report["modules"] = sorted(m for m in (
            "ita_tui.tui.services.editing", "ita_tui.plan.edit", "ita_tui.error_text"
        ) if m in sys.modules)
        report["details_styled"] = styled.count("Details")
        await pilot.pause(1.2)  # the editor's warm-up, a second after the first screen
        report["editing_later"] = "ita_tui.tui.services.editing" in sys.modules

asyncio.run(main())
print(json.dumps(report))
"""


def first_screen(tmp_path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_first_screen_needs_no_editing_code_nor_messages_and_styles_once(tmp_path: Path) -> None:
    report = first_screen(tmp_path)
    assert report["keys"] is True
    assert report["focused"] == "PlanTree"
    # the plan editor and the store's messages load on first use
    assert report["modules"] == []
    # styled once on mounting, not again when the screen first shows
    assert report["details_styled"] == 1
    # the editor still warms up a second after the first screen
    assert report["editing_later"] is True
