"""Benchmark: ``ita-tui summary`` over many JSON exports, beside its floor.

    python benchmarks/bench_summary.py                # 1,000 exports of the bundled plan
    python benchmarks/bench_summary.py --files 200 --files 1000

Each export is the bundled plan's Q2 report (53 outcomes) as JSON, under its own name.
The floor is json.loads of every file (reading them is what no overview can avoid). The
figure is the whole command in a fresh process, files to the written overview. Target
(issue 13 §5): 1,000 exports in under 10 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.report import export


def write_exports(folder: Path, count: int) -> list[Path]:
    plan = load_plan(bundled_plan_path()).plan
    text = export(plan, {}, [], quarter=2, fmt="json", today=dt.date(2025, 4, 10))
    data = json.loads(text)
    paths = []
    for n in range(count):
        data["plan"]["organisation"] = f"เทศบาลตำบลที่ {n + 1}"
        data["totals"]["outcomes"]["done"] = n % 53
        path = folder / f"agency-{n:05d}.json"
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, action="append", help="number of exports")
    parser.add_argument("--format", default="html", help="text | md | html | csv")
    args = parser.parse_args()
    print(f"{'files':>7} {'json.loads floor':>17} {'summary':>9} {'target':>7}")
    for count in args.files or [1000]:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            paths = write_exports(folder, count)
            started = time.perf_counter()
            for path in paths:
                json.loads(path.read_text(encoding="utf-8"))
            floor = time.perf_counter() - started
            out = folder / f"overview.{'txt' if args.format == 'text' else args.format}"
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "ita_tui", "summary", *map(str, paths), "-o", str(out)],
                check=True,
                capture_output=True,
            )
            spent = time.perf_counter() - started
        print(f"{count:>7,} {floor:>15.2f} s {spent:>7.2f} s {'10 s':>7}")


if __name__ == "__main__":
    main()
