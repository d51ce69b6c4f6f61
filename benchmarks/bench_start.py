"""How fast ``ita-tui`` opens as a user starts it, measured from outside, beside a bare app.

    .venv/bin/python benchmarks/bench_start.py             # 15 runs of each
    .venv/bin/python benchmarks/bench_start.py --runs 25
    .venv/bin/python benchmarks/bench_start.py --other /path/to/main/.venv/bin/ita-tui

Each run starts a program in a fresh pseudo-terminal of 80x24 (TERM=xterm-256color), as a
shell would: the installed ``ita-tui`` console script, not a function called in-process.
The clock starts just before the process is spawned and stops at the first write to the
terminal that shows the plan (its organisation, in the header): imports, reading the plan
and the progress, and everything built and painted before the first frame are inside it.
Nothing here hooks Textual, so a frame held back by a dialog or a compositor refresh that
writes nothing cannot fool it.

The children run compiled bytecode, as a normal ``pip install`` leaves it: where
``PYTHONDONTWRITEBYTECODE`` is set (as on our CI machines) it is unset for them, and the
uncounted first run writes the bytecode (``--source-each-time`` keeps the setting).

Three starts are timed, in turns (floor, example, plan, floor, example, plan, ...) so that
a slower spell of the machine weighs on all alike:

* the floor: a bare Textual app with a Header, a Label and a Footer, started the same way
  (``python bare.py``, the console script's interpreter), stopped at the label's text;
* the example: ``ita-tui`` with no plan, with fresh data and config folders each time (the
  first start: the bundled example, with the welcome);
* a plan: ``ita-tui PLAN`` on a copy of the bundled plan, with its folders kept between
  runs (a start like every other day's).

With ``--other SCRIPT`` (another install's ``ita-tui``, e.g. before a change), its two
starts are timed in the same turns, so that a before/after comparison is fair on a busy
machine.

It prints the medians and each start's ratio to the floor beside the target (issue 20:
both starts within 1.3x of the floor), and beside them the CPU time each process had used
when the plan was on screen (from /proc, in 10 ms ticks): on a machine busy with other work
the wall clock stretches with the load, the CPU time much less.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import select
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZE = (80, 24)
TARGET = 1.3
TIMEOUT = 20.0
ITA_TUI = Path(sys.executable).with_name("ita-tui")
ORGANISATION = "เทศบาลตำบลทรายขาว"
BARE_LABEL = "bare-floor-label"
#: The generated plans' organisation (benchmarks/make_plan.py), on screen once one is open.
LARGE_ORG = "เทศบาลตำบลตัวอย่าง"
#: Issue 19: a 10,000-outcome plan within 1.5x of the floor plus tomllib's parse of it.
LARGE_TARGET = 1.5

BARE_APP = f'''
from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Label


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Label("{BARE_LABEL}")
        yield Footer()


Bare().run()
'''

#: Escape sequences (CSI, OSC, two-byte) removed before looking for the text on screen.
_ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]")


def _shown(output: bytes) -> str:
    return _ESCAPES.sub(b"", output).decode("utf-8", "replace")


def cpu_seconds(pid: int) -> float:
    """The CPU time (user + system) process ``pid`` has used so far (Linux: /proc)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_to_screen(
    command: list[str], marker: str, env: dict[str, str]
) -> tuple[float, float, float]:
    """Seconds from spawning ``command`` in a new pseudo-terminal to its first write, and to
    the write after which ``marker`` is on the screen; and the CPU seconds it used by then."""
    import fcntl
    import struct
    import termios

    master, slave = os.openpty()
    columns, rows = SIZE
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    full_env = {**os.environ, "TERM": "xterm-256color", **env}
    full_env.pop("NO_COLOR", None)
    began = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=full_env,
        start_new_session=True,
    )
    os.close(slave)
    output = bytearray()
    first: float | None = None
    shown: float | None = None
    cpu = float("nan")
    try:
        while shown is None:
            if time.perf_counter() - began > TIMEOUT:
                raise RuntimeError(f"{command[-1]}: no screen with {marker!r} in {TIMEOUT} s")
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                raise RuntimeError(f"{command[-1]} ended: {_shown(bytes(output))[-400:]}")
            now = time.perf_counter()
            first = first if first is not None else now - began
            output.extend(chunk)
            if marker in _shown(bytes(output)):
                shown = now - began
                cpu = cpu_seconds(process.pid)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(master)
    assert first is not None
    return first, shown, cpu


def time_in_tmux(
    command: list[str], marker: str, env: dict[str, str]
) -> tuple[float, float, float]:
    """Seconds from starting ``command`` in a new tmux session of 80x24 to a capture of the
    pane that shows ``marker`` (polled; the first write and the CPU time are not known)."""
    session = f"bench-start-{os.getpid()}"
    settings = [f"{name}={value}" for name, value in env.items()]
    unset = ["-u", "PYTHONDONTWRITEBYTECODE"] if "PYTHONDONTWRITEBYTECODE" not in os.environ else []
    shell = " ".join(shlex.quote(part) for part in ["env", *unset, *settings, *command])
    columns, rows = SIZE
    began = time.perf_counter()
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", str(columns), "-y", str(rows), shell],
        check=True,
    )
    try:
        while True:
            pane = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session],
                capture_output=True,
                text=True,
                encoding="utf-8",
            ).stdout
            if marker in pane:
                shown = time.perf_counter() - began
                return float("nan"), shown, float("nan")
            if time.perf_counter() - began > TIMEOUT:
                raise RuntimeError(f"{command[-1]}: no screen with {marker!r}: {pane[-400:]}")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)


def ms(seconds: float) -> str:
    """Milliseconds, right-aligned; "-" for what was not measured."""
    return "    -" if math.isnan(seconds) else f"{seconds * 1000:5.0f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--other", metavar="SCRIPT", type=Path, help="another ita-tui to time")
    parser.add_argument(
        "--source-each-time",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE if set (by default the children run compiled "
        "bytecode, written by the uncounted first run, as a normal pip install leaves it)",
    )
    parser.add_argument(
        "--tmux",
        action="store_true",
        help="start each program in a tmux session and poll its pane instead (as issue 20 "
        "measured: coarser, and without the first write or the CPU time)",
    )
    parser.add_argument(
        "--outcomes",
        type=int,
        default=0,
        metavar="N",
        help="also time ita-tui on a generated plan of N outcomes (benchmarks/make_plan.py) "
        "beside the floor plus tomllib's parse of that plan (issue 19: within 1.5x)",
    )
    args = parser.parse_args(argv)
    timed = time_in_tmux if args.tmux else time_to_screen
    if not args.source_each_time:  # the children's environment: compiled, as pip leaves it
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    if not ITA_TUI.exists():
        print(f"no {ITA_TUI}: install ita-tui in this interpreter's environment", file=sys.stderr)
        return 2

    from ita_tui.plan import bundled_plan_path

    with tempfile.TemporaryDirectory() as work_name:
        work = Path(work_name)
        bare = work / "bare.py"
        bare.write_text(BARE_APP, encoding="utf-8")
        plan = work / "plan.toml"
        shutil.copyfile(bundled_plan_path(), plan)
        kept = {
            "ITA_TUI_DATA_DIR": str(work / "kept" / "data"),
            "ITA_TUI_CONFIG_DIR": str(work / "kept" / "config"),
            "ITA_TUI_USER": "bench",
        }

        def fresh(name: str) -> dict[str, str]:
            """Folders never used before: the first start, with the welcome."""
            return {
                "ITA_TUI_DATA_DIR": str(work / name / "data"),
                "ITA_TUI_CONFIG_DIR": str(work / name / "config"),
            }

        large: Path | None = None
        parse = 0.0
        if args.outcomes:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            import tomllib

            from make_plan import write_plan

            large = write_plan(work / "large.toml", args.outcomes)
            raw = large.read_text(encoding="utf-8")
            parses = []
            for _ in range(5):
                started = time.perf_counter()
                tomllib.loads(raw)
                parses.append(time.perf_counter() - started)
            parse = statistics.median(parses)
        commands = {"": str(ITA_TUI)}
        if args.other is not None:
            commands["other "] = str(args.other)
        starts: dict[str, list[tuple[float, float, float]]] = {}
        for run in range(-1, args.runs):  # run -1 warms the caches and is not counted
            figures = {"floor": timed([sys.executable, str(bare)], BARE_LABEL, kept)}
            for prefix, script in commands.items():
                first = fresh(f"fresh-{prefix.strip()}{run}")
                figures[f"{prefix}example"] = timed([script], ORGANISATION, first)
                figures[f"{prefix}plan"] = timed([script, str(plan)], ORGANISATION, kept)
                if large is not None:
                    figures[f"{prefix}large"] = timed([script, str(large)], LARGE_ORG, kept)
            if run >= 0:
                for name, figure in figures.items():
                    starts.setdefault(name, []).append(figure)

    def median(name: str, which: int) -> float:
        return statistics.median(figure[which] for figure in starts[name])

    floor, floor_cpu = median("floor", 1), median("floor", 2)
    print(
        f"{args.runs} runs each, {SIZE[0]}x{SIZE[1]}; medians of: the first write / the plan "
        "on screen (wall clock), and the CPU time used by then"
        + (" (tmux: the plan on screen only)" if args.tmux else "")
    )
    print(
        f"  floor (Header, Label, Footer): {ms(median('floor', 0))} / {ms(floor)} ms, "
        f"CPU {ms(floor_cpu)} ms"
    )
    verdict = 0
    for prefix, script in commands.items():
        for name, what in (("example", "the example, first start"), ("plan", "PLAN")):
            shown = median(prefix + name, 1)
            cpu = median(prefix + name, 2)
            ratio = shown / floor
            ok = ratio <= TARGET
            verdict = verdict or (0 if ok or prefix else 1)
            print(
                f"  {prefix}ita-tui ({what}): {ms(median(prefix + name, 0))} / {ms(shown)} ms = "
                f"{ratio:.2f}x floor (target {TARGET}x: {'ok' if ok else 'OVER'}), "
                f"CPU {ms(cpu)} ms = {cpu / floor_cpu:.2f}x".replace("nanx", "-")
            )
        if large is not None:
            shown = median(prefix + "large", 1)
            ratio = shown / (floor + parse)
            ok = ratio <= LARGE_TARGET
            verdict = verdict or (0 if ok or prefix else 1)
            print(
                f"  {prefix}ita-tui ({args.outcomes:,} outcomes): {ms(shown)} ms = {ratio:.2f}x "
                f"(floor + tomllib's parse {ms(parse)} ms; target {LARGE_TARGET}x: "
                f"{'ok' if ok else 'OVER'})"
            )
        if prefix:
            print(f"  (other: {script})")
    return verdict


if __name__ == "__main__":
    raise SystemExit(main())
