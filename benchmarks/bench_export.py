"""Benchmark: the quarterly export of a large plan, beside its floor.

    python benchmarks/bench_export.py                 # 10,000 outcomes (the target)
    python benchmarks/bench_export.py --outcomes 53 --outcomes 1000 --outcomes 10000

The floor is what no export can avoid: tomllib's parse of the plan file plus Rich
rendering one plain table of the same rows (one per outcome: id, outcome, activity,
status, done on) to text of the same width. The export is timed from the plan's bytes to
the finished report: parse and check the plan, build the report as of the quarter's end,
lay it out. The progress records and change log are in memory for both (reading them is
the same work whatever the format). Target: text and html within 2x of the floor.

The synthetic plan is Thai, written as ita-tui writes plans (texts in single quotes
where they can be; ``--quotes double`` for a plan in double quotes, which tomllib reads
about a fifth slower), and shaped like a real one: ~5 outcomes per activity, 2-4 job
titles per activity from a pool of 12, every kind of period; the progress has ~40% of
outcomes done (with evidence), some in progress, a few not applicable, notes on 5% and
one change-log entry per recorded outcome. Figures are the median of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import time
import tomllib
from collections.abc import Callable
from functools import partial

from rich import box
from rich.table import Table

from ita_tui.model import PENDING, OutcomeProgress, Status
from ita_tui.plan import parse_plan
from ita_tui.plan.quoting import quoted
from ita_tui.report import export
from ita_tui.report.render_text import recording_console
from ita_tui.store.change_log import Change

TITLES = (
    "ปลัด",
    "รองปลัด",
    "หัวหน้าสำนักปลัด",
    "นิติกร",
    "นักวิเคราะห์นโยบายและแผน",
    "เจ้าพนักงานธุรการ",
    "ผู้อำนวยการกองคลัง",
    "เจ้าพนักงานพัสดุ",
    "นักวิชาการพัสดุ",
    "นักทรัพยากรบุคคล",
    "ผู้อำนวยการกองช่าง",
    "นักประชาสัมพันธ์",
)
PHRASES = (
    "มีการเผยแพร่ข้อมูล",
    "บนเว็บไซต์หลักของหน่วยงาน",
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    "มีคู่มือหรือมาตรฐานการปฏิบัติงาน",
    "ของเจ้าหน้าที่",
    "การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ",
    "ผ่านช่องทางออนไลน์",
    "รอบ ๖ เดือน และรอบ ๑๒ เดือน",
    "มีรายงานผลการดำเนินงาน",
    "ตามแผนปฏิบัติการป้องกันการทุจริต",
    "พร้อมเผยแพร่ให้ประชาชนทราบ",
    "จำนวน ๕ งาน",
)
PERIODS = ([1], [1, 2], [2], [2, 3], [3, 4], [1, 2, 3, 4], [4])
OUTCOMES_PER_ACTIVITY = 5
ACTIVITIES_PER_ISSUE = 10


def _sentence(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(PHRASES) for _ in range(rng.randint(low, high)))


def make_plan(outcomes: int, seed: int = 2568, *, quotes: str = "single") -> bytes:
    """A plan file (TOML) of about ``outcomes`` outcomes, in Thai, its texts quoted as
    ita-tui writes them (``quotes="single"``: ``'…'`` where the text allows) or all in
    double quotes, as in a plan written by hand or by ita-tui before 0.x (``"double"``)."""
    rng = random.Random(seed)
    text = quoted if quotes == "single" else partial(json.dumps, ensure_ascii=False)

    def texts(items: list[str]) -> str:
        return "[" + ", ".join(text(item) for item in items) + "]"

    lines = [
        'id = "bench"',
        'title = "แผนทดสอบประสิทธิภาพ มาตรการส่งเสริมคุณธรรมและความโปร่งใส"',
        'organisation = "เทศบาลตำบลทดสอบ"',
        'district = "อำเภอทดสอบ"',
        'province = "จังหวัดทดสอบ"',
        "fiscal_year = 2568",
        '[ita]\nyear = 2567\nscore = 88.5\nlevel = "ผ่าน"',
    ]
    made = 0
    issue = 0
    while made < outcomes:
        issue += 1
        lines += [
            "[[issues]]",
            f'id = "{issue}"',
            f"title = {text(_sentence(rng, 2, 4))}",
        ]
        for activity in range(1, ACTIVITIES_PER_ISSUE + 1):
            if made >= outcomes:
                break
            responsible = rng.sample(TITLES, rng.randint(2, 4))
            lines += [
                "[[issues.activities]]",
                f'id = "{issue}.{activity}"',
                f"title = {text(_sentence(rng, 2, 5))}",
                f"quarters = {rng.choice(PERIODS)}",
                f"responsible = {texts(responsible)}",
                f"steps = {texts([_sentence(rng, 1, 3) for _ in range(3)])}",
            ]
            for outcome in range(1, min(OUTCOMES_PER_ACTIVITY, outcomes - made) + 1):
                lines += [
                    "[[issues.activities.outcomes]]",
                    f'id = "{issue}.{activity}.{outcome}"',
                    f"text = {text(_sentence(rng, 2, 5))}",
                ]
                made += 1
    return ("\n".join(lines) + "\n").encode("utf-8")


def make_progress(
    outcome_ids: list[str], seed: int = 2568
) -> tuple[dict[str, OutcomeProgress], list[Change]]:
    """~40% done in Q1-Q3, 10% in progress, 2% not applicable; notes on 5%; one change each."""
    rng = random.Random(seed)
    records: dict[str, OutcomeProgress] = {}
    changes: list[Change] = []
    start = dt.date(2024, 10, 1)
    for outcome_id in outcome_ids:
        roll = rng.random()
        day = start + dt.timedelta(days=rng.randint(0, 270))
        at = dt.datetime(day.year, day.month, day.day, 3, tzinfo=dt.UTC)
        note = _sentence(rng, 1, 3) if rng.random() < 0.05 else ""
        if roll < 0.40:
            record = OutcomeProgress(
                Status.DONE,
                day,
                (f"https://www.example.go.th/ita/{outcome_id}",),
                note,
                "bench",
                at,
            )
        elif roll < 0.50:
            record = OutcomeProgress(Status.IN_PROGRESS, None, (), note, "bench", at)
        elif roll < 0.52:
            record = OutcomeProgress(Status.NOT_APPLICABLE, None, (), note, "bench", at)
        else:
            continue
        records[outcome_id] = record
        changes.append(Change(at, "bench", outcome_id, PENDING, record))
    return records, changes


def floor(raw: bytes, records: dict[str, OutcomeProgress], width: int) -> str:
    """tomllib's parse of the plan and Rich rendering one table of the same rows."""
    data = tomllib.loads(raw.decode("utf-8"))
    table = Table(box=box.SQUARE, show_lines=True)
    for header in ("id", "outcome", "activity", "status", "done on"):
        table.add_column(header, overflow="fold")
    for issue in data["issues"]:
        for activity in issue["activities"]:
            for outcome in activity["outcomes"]:
                record = records.get(outcome["id"], PENDING)
                table.add_row(
                    outcome["id"],
                    outcome["text"],
                    activity["title"],
                    record.status.value,
                    record.done_on.isoformat() if record.done_on else "",
                )
    console = recording_console(width)
    console.print(table)
    return console.export_text(styles=False)


def report(
    raw: bytes, records: dict[str, OutcomeProgress], changes: list[Change], fmt: str, width: int
) -> str:
    """The export as the command does it, from the plan's bytes."""
    plan = parse_plan(raw).plan
    return export(
        plan, records, changes, quarter=2, fmt=fmt, width=width, today=dt.date(2025, 4, 10)
    )


def timed(work: Callable[[], str], repeat: int) -> tuple[float, int]:
    times = []
    size = 0
    for _ in range(repeat):
        started = time.perf_counter()
        size = len(work())
        times.append(time.perf_counter() - started)
    return statistics.median(times), size


_CHILD = """
import datetime as dt, sys, time, tomllib
sys.path.insert(0, {bench!r})
from bench_export import make_progress
raw = open({plan!r}, "rb").read()
def hwm():
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) // 1024
    return 0
fmt = {fmt!r}
started = time.perf_counter()
if fmt == "floor":
    data = tomllib.loads(raw.decode("utf-8"))
    ids = [o["id"] for i in data["issues"] for a in i["activities"] for o in a["outcomes"]]
    spent = time.perf_counter() - started
    records, changes = make_progress(ids)
else:
    from ita_tui.plan import load_plan, parse_plan
    from ita_tui.report import export_chunks, gc_paused
    records, changes = make_progress(parse_plan(raw).plan.outcome_ids())
    del raw  # the command holds no copy of the file's bytes
    import gc
    gc.collect()
    started = time.perf_counter()
    with gc_paused():  # as the command does, from loading the plan to the last byte
        plan = load_plan({plan!r}).plan  # timed from the plan file, as the command does
        with open({out!r}, "wb") as handle:
            for chunk in export_chunks(plan, records, changes, quarter=2, fmt=fmt,
                                       width={width}, today=dt.date(2025, 4, 10)):
                handle.write(chunk.encode("utf-8"))
    spent = time.perf_counter() - started
print(spent, hwm())
"""


def in_process(raw: bytes, fmt: str, width: int) -> tuple[float, int]:
    """Seconds from the plan's bytes to the written file, and the process's peak MB
    (Linux VmHWM), in a fresh process so that one size or format does not weigh on the
    next. The floor: tomllib's parse of the same bytes; its peak holds the same progress."""
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        plan = Path(folder) / "plan.toml"
        plan.write_bytes(raw)
        code = _CHILD.format(
            bench=str(Path(__file__).resolve().parent),
            plan=str(plan),
            fmt=fmt,
            out=str(Path(folder) / "out"),
            width=width,
        )
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        )
    spent, peak = done.stdout.split()
    return float(spent), int(peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outcomes", type=int, action="append", help="plan size (repeatable)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--width", type=int, default=100)
    parser.add_argument(
        "--quotes",
        choices=("single", "double"),
        default="single",
        help="texts in the plan quoted as ita-tui writes them ('…' where they can be: the "
        'default) or all in "…", as in a plan written by hand or by an older ita-tui',
    )
    parser.add_argument(
        "--formats", default="text,html,md,csv,json", help="comma-separated formats to time"
    )
    parser.add_argument(
        "--process",
        action="store_true",
        help="each figure in a fresh process, written to a file as the command does, with "
        "its peak memory; the floor is tomllib's parse alone (the issue 13 targets: "
        "100,000 outcomes in 10 s and 300 MB for text, 5 s for html, csv, json)",
    )
    args = parser.parse_args()
    if args.process:
        _main_process(args)
        return
    formats = args.formats.split(",")
    print(f"{'outcomes':>9} {'floor s':>8} " + " ".join(f"{f + ' s':>14}" for f in formats))
    for size in args.outcomes or [10_000]:
        raw = make_plan(size, quotes=args.quotes)
        plan = parse_plan(raw).plan
        records, changes = make_progress(plan.outcome_ids())
        base, _ = timed(partial(floor, raw, records, args.width), args.repeat)
        cells = []
        for fmt in formats:
            work = partial(report, raw, records, changes, fmt, args.width)
            spent, _ = timed(work, args.repeat)
            cells.append(f"{spent:7.2f} ({spent / base:.2f}x)")
        print(f"{len(plan.outcome_ids()):>9,} {base:8.2f} " + " ".join(f"{c:>14}" for c in cells))


def _main_process(args: argparse.Namespace) -> None:
    formats = args.formats.split(",")
    print(f"{'outcomes':>9} {'parse floor':>16} " + " ".join(f"{f:>18}" for f in formats))
    for size in args.outcomes or [100_000]:
        raw = make_plan(size, quotes=args.quotes)
        base, base_peak = min(in_process(raw, "floor", args.width) for _ in range(args.repeat))
        cells = []
        for fmt in formats:
            runs = [in_process(raw, fmt, args.width) for _ in range(args.repeat)]
            spent = statistics.median(r[0] for r in runs)
            peak = max(r[1] for r in runs)
            cells.append(f"{spent:6.2f} s {peak:4d} MB")
        print(f"{size:>9,} {base:6.2f} s {base_peak:4d} MB " + " ".join(f"{c:>18}" for c in cells))


if __name__ == "__main__":
    main()
