"""Benchmark: the dashboard (``g``) drawn on the bundled plan, headless at 80x24 and 120x40.

    python benchmarks/bench_dashboard.py --runs 15

Times, median of ``--runs``: ``g`` pressed -> the dashboard screen drawn (the screen made,
the figures computed, the charts laid out, the frame painted); a tick from another program
read by the poll -> the charts drawn again; and the figures alone (ita_tui.charts.compute)
beside them. Target (issue 13 §3): the dashboard draws within 100 ms on the bundled plan.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from ita_tui.charts import compute
from ita_tui.config import Settings
from ita_tui.model import Status
from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.store import ProgressStore
from ita_tui.tui.app import ItaApp
from ita_tui.tui.screens.dashboard import DashboardScreen

TODAY = dt.date(2025, 4, 10)


async def one_run(size: tuple[int, int], folder: Path) -> tuple[float, float, float]:
    plan = load_plan(bundled_plan_path()).plan
    store = ProgressStore(folder, plan.id)
    store.load()
    app = ItaApp(
        plan,
        store,
        settings=Settings(),
        data_dir=folder,
        today=TODAY,
        config_path=folder / "config.toml",
    )
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        started = time.perf_counter()
        await pilot.press("down")  # the floor: one key and one repaint of the main screen
        await pilot.pause()
        floor = time.perf_counter() - started
        started = time.perf_counter()
        await pilot.press("g")
        await pilot.pause()
        opened = time.perf_counter() - started
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        other = ProgressStore(folder, plan.id)
        other.load()
        outcome = plan.outcome_ids()[len(plan.outcome_ids()) // 2]
        done = other.get(outcome).status is Status.DONE
        other.update(outcome, status=Status.PENDING if done else Status.DONE, today=TODAY)
        started = time.perf_counter()
        screen.poll()
        await pilot.pause()
        redrawn = time.perf_counter() - started
    return opened, redrawn, floor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    plan = load_plan(bundled_plan_path()).plan
    started = time.perf_counter()
    for _ in range(100):
        compute(plan, {}, TODAY)
    figures_ms = (time.perf_counter() - started) * 10
    print(f"figures (charts.compute), bundled plan: {figures_ms:.2f} ms")
    print(
        f"{'size':>7} {'key -> repaint (floor)':>23} {'g -> drawn':>11} "
        f"{'tick -> redrawn':>16} {'target':>7}"
    )
    for size in ((80, 24), (120, 40)):
        opened, redrawn, floors = [], [], []
        with tempfile.TemporaryDirectory() as name:
            for _ in range(args.runs + 1):
                a, b, c = asyncio.run(one_run(size, Path(name)))
                opened.append(a)
                redrawn.append(b)
                floors.append(c)
        # the first run warms the imports
        opened, redrawn, floors = opened[1:], redrawn[1:], floors[1:]
        print(
            f"{size[0]}x{size[1]:<4} {statistics.median(floors) * 1000:>20.0f} ms "
            f"{statistics.median(opened) * 1000:>8.0f} ms "
            f"{statistics.median(redrawn) * 1000:>13.0f} ms {'100 ms':>7}"
        )


if __name__ == "__main__":
    main()
