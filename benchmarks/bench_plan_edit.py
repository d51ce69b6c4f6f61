"""Time one plan edit written to disk (tomlkit in place, checked, backed up, atomic).

    python benchmarks/bench_plan_edit.py --outcomes 10000

Prints the median of ``--runs`` edits of each kind beside the issue's target (200 ms at
10,000 outcomes). In the app the write runs in a worker thread: the screen stays
responsive whatever the figure.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ita_tui.plan import load_plan
from ita_tui.plan_ops import Move, PlanWriter, SetFields

TARGET_MS = 200.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--outcomes", type=int, action="append")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    here = Path(__file__).parent
    for size in args.outcomes or [53, 1000, 10000]:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "plan.toml"
            subprocess.run(
                [
                    sys.executable,
                    str(here / "make_plan.py"),
                    "--outcomes",
                    str(size),
                    "-o",
                    str(path),
                ],
                check=True,
            )
            plan = load_plan(path).plan
            outcome = next(plan.outcomes())
            writer = PlanWriter(path, backup_dir=Path(folder) / "backups")
            times: dict[str, list[float]] = {"set text": [], "move": []}
            for run in range(args.runs):
                start = time.perf_counter()
                writer.apply(SetFields(outcome.id, (("text", f"แก้ไขครั้งที่ {run}"),)))
                times["set text"].append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                writer.apply(Move(outcome.id, run % 2))
                times["move"].append((time.perf_counter() - start) * 1000)
            for kind, values in times.items():
                median = statistics.median(values)
                verdict = "met" if median <= TARGET_MS else "over (written in a worker thread)"
                print(
                    f"{size:>7} outcomes  {kind:<9} {median:8.0f} ms  target {TARGET_MS:.0f} ms: {verdict}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
