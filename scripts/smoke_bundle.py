#!/usr/bin/env python3
"""Run the one-file bundle as an office would: a bare Python, no venv, an empty home folder.

    python3 scripts/smoke_bundle.py OUTDIR/ita-tui.pyz
    python3 scripts/smoke_bundle.py OUTDIR/ita-tui.pyz --time 7 --installed .venv/bin/ita-tui

Checks, each in a fresh empty HOME: the app opens on the example and shows the plan;
``validate``, ``status``, ``mark`` and ``export`` work; a bad outcome id exits 2; the text
report is the same as the installed ita-tui's (so the Thai word list loaded: without it
lines break inside words); a second start after the first reads the unpacked copy.

``--time N`` also measures, N times each and in turns, how long the app takes from launch
to the first screen that shows the plan, from the bundle and from ``--installed`` (a
normal install's ``ita-tui``), and prints the medians beside the 1.2x target. The first
start of a bundle unpacks it (``~/.shiv``) and is timed apart.

Python is started with ``-I -S``: no site-packages, no user folders, no environment
variables of Python's own, so nothing installed on this machine can help the bundle.
Exit 0 if every check passed, 1 otherwise. The app check and --time need a
pseudo-terminal (POSIX); ``--no-app`` leaves them out (Windows).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: Text on the first screen of the bundled example (the header names the municipality).
ON_SCREEN = "ทรายขาว".encode()
START_LIMIT = 120.0  # seconds; a first start unpacks the bundle


def bare_python() -> str:
    """A Python outside any venv: the one this venv was made from, else this one."""
    base = getattr(sys, "_base_executable", None) or sys.executable
    return base


def env_for(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "USERPROFILE": str(home),
        "PATH": os.defpath,
        "LANG": "C.UTF-8",
        "TERM": "xterm-256color",
        "COLUMNS": "80",
        "LINES": "24",
        # Windows cannot start Python without these
        **{name: os.environ[name] for name in ("SYSTEMROOT", "SYSTEMDRIVE") if name in os.environ},
    }


def run(cmd: list[str], home: Path, *, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env_for(home),
        cwd=cwd,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def time_to_screen(cmd: list[str], home: Path, cwd: Path) -> float:
    """Seconds from launch to the first write that shows the plan, in an 80x24 terminal."""
    import pty
    import select

    pid, fd = pty.fork()
    if pid == 0:  # the child: become the app
        os.chdir(cwd)
        os.execve(cmd[0], cmd, env_for(home))
    start = time.perf_counter()
    seen = b""
    try:
        _set_size(fd)
        while time.perf_counter() - start < START_LIMIT:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen = (seen + chunk)[-4096:]
            if ON_SCREEN in seen:
                return time.perf_counter() - start
        raise RuntimeError(f"the plan never showed: {seen[-300:]!r}")
    finally:
        with _quietly():
            os.write(fd, b"\x11")  # ctrl+q
        _reap(pid)
        os.close(fd)


def _set_size(fd: int) -> None:
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))


def _reap(pid: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return
        time.sleep(0.05)
    with _quietly():
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


class _quietly:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return exc[0] is not None and issubclass(exc[0], OSError)  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/smoke_bundle.py", description=__doc__)
    parser.add_argument("pyz", type=Path)
    parser.add_argument("--python", default=bare_python(), help="the bare Python to run it with")
    parser.add_argument("--time", type=int, default=0, metavar="N", help="time N starts")
    parser.add_argument("--installed", help="a normal install's ita-tui, to time beside it")
    parser.add_argument(
        "--no-app", action="store_true", help="skip the app (no pseudo-terminal: Windows)"
    )
    args = parser.parse_args(argv)
    pyz = args.pyz.resolve()
    bundle = [args.python, "-I", "-S", str(pyz)]
    failures: list[str] = []

    def check(name: str, ok: bool, detail: str = "") -> None:
        print(f"{'ok  ' if ok else 'FAIL'} {name}{'' if ok else ': ' + detail}")
        if not ok:
            failures.append(name)

    with tempfile.TemporaryDirectory(prefix="ita-smoke-") as tmp:
        work = Path(tmp)
        home = work / "home"
        home.mkdir()
        first = 0.0
        if not args.no_app:
            first = time_to_screen(bundle, home, work)
            check("the app opens on the example (first start, unpacking)", True)
            print(f"     first start {first:.2f} s")
            again = time_to_screen(bundle, home, work)
            check("the app opens again from the unpacked copy", True)
            print(f"     second start {again:.2f} s")

        result = run([*bundle, "validate"], home, cwd=work)
        check("validate", result.returncode == 0 and "saikhao-2568" in result.stdout, result.stderr)
        result = run([*bundle, "mark", "1.1.1", "done", "--on", "2568-01-15"], home, cwd=work)
        check("mark", result.returncode == 0, result.stderr)
        result = run([*bundle, "status", "--lang", "en"], home, cwd=work)
        check(
            "status counts the tick",
            result.returncode == 0 and " 1/" in result.stdout,
            result.stdout + result.stderr,
        )
        result = run([*bundle, "mark", "9.9.9", "done"], home, cwd=work)
        check(
            "a bad outcome id exits 2",
            result.returncode == 2 and "Traceback" not in result.stderr,
            f"{result.returncode} {result.stderr}",
        )
        html = work / "report.html"
        result = run([*bundle, "export", "-q", "2", "-o", str(html)], home, cwd=work)
        check(
            "export html",
            result.returncode == 0 and html.is_file() and b"</html>" in html.read_bytes(),
            result.stderr,
        )
        text = run([*bundle, "export", "-q", "2", "--width", "60"], home, cwd=work)
        check("export text", text.returncode == 0, text.stderr)
        if args.installed:
            installed_home = work / "installed-home"
            installed_home.mkdir()
            installed = shutil.which(args.installed) or args.installed
            run(
                [installed, "mark", "1.1.1", "done", "--on", "2568-01-15"], installed_home, cwd=work
            )
            same = run([installed, "export", "-q", "2", "--width", "60"], installed_home, cwd=work)
            check(
                "the text report is the installed one's, line for line (word list loaded)",
                same.stdout.replace("ita-tui", "") == text.stdout.replace("ita-tui", ""),
                "the reports differ",
            )
        if args.time:
            if not args.installed or args.no_app:
                parser.error("--time needs --installed, and the app")
            times_pyz: list[float] = []
            times_installed: list[float] = []
            for _ in range(args.time):
                times_installed.append(time_to_screen([installed], installed_home, work))
                times_pyz.append(time_to_screen(bundle, home, work))
            pyz_median = statistics.median(times_pyz)
            installed_median = statistics.median(times_installed)
            ratio = pyz_median / installed_median
            print(f"start to the plan on screen, median of {args.time}, in turns:")
            print(f"  installed {installed_median * 1000:.0f} ms")
            print(f"  bundle    {pyz_median * 1000:.0f} ms  = {ratio:.2f}x (target <= 1.20x)")
            print(f"  bundle's very first start (unpacking) {first * 1000:.0f} ms")
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("every check passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
