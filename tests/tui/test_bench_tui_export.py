"""The benchmark of an export in the app still runs (its figures are not judged here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_the_export_benchmark_runs_and_reports_a_verdict() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "bench_tui_export.py"),
            "--outcomes",
            "53",
            "--formats",
            "text",
            "--runs",
            "1",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "53 outcomes" in done.stdout and ("met" in done.stdout or "over" in done.stdout)
