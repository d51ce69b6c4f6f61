"""The app as the benchmarks run it: headless, on a plan file and a data folder of their own
(the settings it remembers go into that folder, never the user's)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any


def app_on(plan_path: Path, data: Path, today: dt.date) -> Any:
    """An ``ItaApp`` on the plan at ``plan_path`` (editable: the path is given) with its
    progress in ``data``, on the day ``today``."""
    from ita_tui.config import Settings
    from ita_tui.plan import load_plan
    from ita_tui.store import ProgressStore
    from ita_tui.tui.app import ItaApp

    loaded = load_plan(plan_path)
    store = ProgressStore(data, loaded.plan.id)
    store.load()
    return ItaApp(
        loaded.plan,
        store,
        settings=Settings(),
        data_dir=data,
        today=today,
        config_path=data / "config.toml",
        plan_path=loaded.path,
    )
