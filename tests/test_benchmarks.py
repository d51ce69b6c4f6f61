"""The benchmark tools still work (their figures are not judged here: no timed tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ita_tui.plan import load_plan

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def bench(script: str, *args: str, env: dict[str, str] | None = None) -> str:
    """Run a benchmark script as a person does; what it printed (it must end well)."""
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=600,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("outcomes", [1, 53, 1000])
def test_make_plan_writes_a_valid_thai_plan_of_the_size_asked(
    tmp_path: Path, outcomes: int
) -> None:
    path = tmp_path / "plan.toml"
    script = str(BENCHMARKS / "make_plan.py")
    done = subprocess.run(
        [sys.executable, script, "--outcomes", str(outcomes), "-o", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded = load_plan(path)
    assert loaded.warnings == []
    plan = loaded.plan
    assert len(list(plan.outcomes())) == outcomes
    assert any("\u0e00" <= char <= "\u0e7f" for char in plan.issues[0].title)


def test_the_app_benchmark_runs_and_reports_a_verdict(tmp_path: Path) -> None:
    printed = bench(
        "bench_tui.py", "--sizes", "53", "--runs", "1", env={**os.environ, "TMPDIR": str(tmp_path)}
    )
    lines = printed.splitlines()
    row = next(line for line in lines if line.split()[:1] == ["53"])
    assert "1.3x" in row and "ms" in row
    assert any(line.strip().startswith("53 outcomes:") for line in lines)


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")
def test_the_start_benchmark_times_the_cli_from_outside(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_start.py"), "--runs", "1"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=600,
        env={**os.environ, "TMPDIR": str(tmp_path)},
    )
    assert done.returncode in (0, 1), done.stderr  # 1: over the target (not judged here)
    lines = done.stdout.splitlines()
    assert any(line.strip().startswith("floor (Header, Label, Footer):") for line in lines)
    for start in ("ita-tui (the example, first start):", "ita-tui (PLAN):"):
        [row] = [line for line in lines if line.strip().startswith(start)]
        assert "x floor (target 1.3x:" in row and "CPU" in row


def test_the_thai_wrap_benchmark_runs_and_reports_its_targets() -> None:
    printed = bench("bench_thai_wrap.py", "--runs", "1")
    assert "first wrap after start adds:" in printed and "target <= 100 ms" in printed
    assert "places ICU calls mid-word" in printed


@pytest.mark.parametrize(
    "script, args",
    [
        ("bench_tui_edit.py", ("--outcomes", "53", "--runs", "1")),
        ("bench_tui_export.py", ("--outcomes", "53", "--formats", "text", "--runs", "1")),
    ],
)
def test_the_app_edit_and_export_benchmarks_run_and_report_a_verdict(
    script: str, args: tuple[str, ...]
) -> None:
    printed = bench(script, *args)
    assert "53 outcomes" in printed and ("met" in printed or "over" in printed)


def test_the_export_benchmark_runs_with_plans_in_either_quotes() -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from bench_export import make_plan
    finally:
        sys.path.remove(str(BENCHMARKS))
    import tomllib

    single, double = make_plan(60), make_plan(60, quotes="double")
    assert b"text = '" in single and b'text = "' in double
    assert tomllib.loads(single.decode()) == tomllib.loads(double.decode())
    for extra in (["--process", "--quotes", "double"], []):
        done = subprocess.run(
            [
                sys.executable,
                str(BENCHMARKS / "bench_export.py"),
                *("--outcomes", "60", "--repeat", "1", "--formats", "text,json"),
                *extra,
            ],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
            env={**os.environ, "PYTHONPATH": str(BENCHMARKS)},
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[-1].split()[0] == "60"


def test_the_big_note_benchmark_runs_and_reports_its_target() -> None:
    printed = bench("bench_big_note.py", "--mb", "0.1", "--runs", "1")
    assert "moving onto a 0.1 MB note:" in printed and "target: under 1 s:" in printed
