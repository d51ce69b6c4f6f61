"""The export in the app on a large plan: how long the screen stops answering while the
report is made and written (what a key, or the next frame, would wait).

    python benchmarks/bench_tui_export.py --outcomes 1000 --formats text,html,docx --runs 3

For each format: from pressing Export in the dialog until the report is written and the
dialog closed, the longest the event loop is held (looked at every millisecond: the longest
a key or the next frame would wait), and the whole time. The report is made in a worker thread
(``tui/services/exporting.py``); made on the UI thread, the stall was the whole export.
The plan and progress are bench_export.py's (Thai, ~40% of outcomes done with evidence).
Medians are printed beside the target for the longest stall (150 ms: about what a
person notices as a lag, as in bench_tui_edit.py).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_export import make_plan, make_progress

KEY_TARGET_MS = 150.0


async def measure(
    plan_path: Path, data: Path, out: Path, fmt: str, runs: int
) -> tuple[list[float], list[float]]:
    from headless import app_on
    from textual.widgets import Button, Input, Select

    app = app_on(plan_path, data, dt.date(2025, 4, 10))
    stalls: list[float] = []
    written: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(1.0)
        for run in range(runs):
            await pilot.press("e")
            await pilot.pause()
            dialog = app.screen
            dialog.query_one("#format", Select).value = fmt
            await pilot.pause()
            dialog.query_one("#folder", Input).value = str(out)
            dialog.query_one("#file", Input).value = f"report-{run}.{fmt}"
            await pilot.pause(0.2)
            start = time.perf_counter()
            dialog.query_one("#write", Button).press()
            # The longest the event loop is held while the report is made is the longest
            # a key would wait: look every millisecond until the dialog has closed.
            last = start
            stall = 0.0
            while app.screen is dialog:
                await asyncio.sleep(0.001)
                now = time.perf_counter()
                stall = max(stall, now - last)
                last = now
                if now - start > 120:
                    raise RuntimeError("the export did not end")
            written.append((time.perf_counter() - start) * 1000)
            stalls.append(stall * 1000)
            if not (out / f"report-{run}.{fmt}").is_file():
                raise RuntimeError("no report written")
            await app.workers.wait_for_complete()
            await pilot.pause()
    return stalls, written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outcomes", type=int, action="append", help="plan size (repeatable)")
    parser.add_argument("--formats", default="text,html,docx")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from ita_tui.plan import parse_plan
    from ita_tui.store.progress_file import render_progress

    for size in args.outcomes or [1000]:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            os.environ["ITA_TUI_USER"] = "bench"  # no question for the officer's name
            os.environ["ITA_TUI_CONFIG_DIR"] = str(root / "config")
            raw = make_plan(size)
            plan = parse_plan(raw).plan
            plan_path = root / "plan.toml"
            plan_path.write_bytes(raw)
            data = root / "data"
            data.mkdir()
            records, _ = make_progress(plan.outcome_ids())
            progress = render_progress(plan.id, records)
            (data / f"{plan.id}.progress.toml").write_text(progress, encoding="utf-8")
            out = root / "out"
            out.mkdir()
            for fmt in args.formats.split(","):
                stalls, written = asyncio.run(measure(plan_path, data, out, fmt, args.runs))
                stall = statistics.median(stalls)
                verdict = "met" if stall <= KEY_TARGET_MS else "over"
                print(
                    f"{size:>7} outcomes {fmt:>5}: longest stall {stall:6.0f} ms "
                    f"(target {KEY_TARGET_MS:.0f} ms: {verdict}); written and closed "
                    f"{statistics.median(written):6.0f} ms"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
