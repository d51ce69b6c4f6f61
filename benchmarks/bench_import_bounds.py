"""Benchmark: every import reader on hostile files, beside the bound (issue 20 §5).

    python benchmarks/bench_import_bounds.py            # every case
    python benchmarks/bench_import_bounds.py --case lines.pdf

Each case is a small file made to make one reader work far beyond its size (built by
``tests/importer/hostile_builder.py``); it is imported in a fresh process, whose wall time and
peak memory (ru_maxrss) are printed beside the bound every import must keep: 30 s and 1 GB,
ending in a result or a clear refusal.  The committed PDF report (the bundled plan printed by
LibreOffice) is timed too, and its pages three times over (21 pages), beside their own
target (a 20-page PDF under 5 s).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "importer"))

import hostile_builder as hostile  # noqa: E402

CASES: dict[str, Callable[[], bytes]] = {
    "merged.xlsx (100 ranges over 1,048,576 rows)": hostile.merged_xlsx,
    "sheets.xlsx (one sheet listed 3,000 times)": hostile.many_sheets_xlsx,
    "lines.pdf (one page, 20,000 lines)": hostile.lines_pdf,
    "ruled.pdf (one page ruled into 3,000 rows)": hostile.ruled_pdf,
    "unmatched.html (200,000 unmatched end tags)": hostile.unmatched_html,
    "huge.txt (200 MB)": hostile.huge_text,
    "limit.txt (just under the text limit)": lambda: hostile.huge_text(4),
    "saikhao_report.pdf (the committed report)": lambda: (
        ROOT / "tests" / "fixtures" / "import" / "saikhao_report.pdf"
    ).read_bytes(),
    "saikhao_x3.pdf (its pages three times: 21)": lambda: _repeated_pdf(3),
}


def _repeated_pdf(times: int) -> bytes:
    """The committed 7-page report's pages ``times`` over: a report of 7 x ``times`` pages."""
    import io

    import pypdf

    reader = pypdf.PdfReader(ROOT / "tests" / "fixtures" / "import" / "saikhao_report.pdf")
    writer = pypdf.PdfWriter()
    for _ in range(times):
        for page in reader.pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


_RUN = """
import sys, time
from ita_tui.importer import read_report, ReportImportError
raw = open(sys.argv[1], "rb").read()
start = time.perf_counter()
try:
    result = read_report(raw, sys.argv[2], fiscal_year=2568)
    print(f"result: {len(result.activities)} activities, {len(result.warnings)} warnings")
except ReportImportError as exc:
    print("refused: " + str(exc)[:70])
import resource
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB; may count the parent's on Linux
try:  # this process's own high-water mark (not carried over from the parent)
    status = open("/proc/self/status").read()
    peak = int(status.split("VmHWM:")[1].split()[0])
except (OSError, IndexError, ValueError):
    pass
print(f"{time.perf_counter() - start:.2f} {peak}")
"""


def measure(name: str, raw: bytes, folder: Path) -> tuple[float, float, str]:
    """Seconds, peak MB and the outcome of importing ``raw`` in a fresh process."""
    path = folder / name.split(" ", 1)[0]
    path.write_bytes(raw)
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(path), path.name],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or len(lines) < 2:
        return 0.0, 0.0, "CRASHED: " + done.stderr.strip()[-200:]
    seconds, peak = lines[-1].split()
    return float(seconds), int(peak) / 1024, lines[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", action="append", help="a case's file name (default: all)")
    args = parser.parse_args()
    import tempfile

    print(f"{'case':48} {'seconds':>8} {'peak MB':>8}  outcome (bound: 30 s, 1024 MB)")
    with tempfile.TemporaryDirectory() as folder:
        for name, build in CASES.items():
            if args.case and name.split(" ", 1)[0] not in args.case:
                continue
            started = time.perf_counter()
            raw = build()
            built = time.perf_counter() - started
            seconds, peak, outcome = measure(name, raw, Path(folder))
            size = f"[{len(raw):,} bytes, built in {built:.1f} s]"
            print(f"{name:48} {seconds:8.2f} {peak:8.0f}  {outcome}  {size}")


if __name__ == "__main__":
    main()
