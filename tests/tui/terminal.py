"""Run the installed ``ita-tui`` under a pseudo-terminal and keep every byte it writes.

Pilot's headless driver writes nothing, so it cannot show what reaches a real terminal. This
harness starts the app as a user does (a subprocess at 80x24, TERM=xterm-256color), types
keys with pauses, quits, and returns the raw output: tests search it for escape sequences
that came from file text.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

POSIX = sys.platform != "win32"

#: How long to wait for the first screen, and after each key (generous: the CI machine is slow).
START_SECONDS = 4.0
KEY_SECONDS = 0.8

ITA_TUI = Path(sys.executable).with_name("ita-tui")


def run_in_terminal(
    args: Sequence[str],
    keys: Sequence[str | bytes],
    *,
    env: dict[str, str],
    cwd: Path | None = None,
    size: tuple[int, int] = (80, 24),
) -> bytes:
    """Everything the app wrote to its terminal while ``keys`` were typed, one after another."""
    import fcntl
    import struct
    import termios

    master, slave = os.openpty()
    columns, rows = size
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    full_env = {**os.environ, "TERM": "xterm-256color", **env}
    full_env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [str(ITA_TUI), *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=full_env,
        cwd=cwd,
        start_new_session=True,
    )
    os.close(slave)
    output = bytearray()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    return
                if not chunk:
                    return
                output.extend(chunk)

    try:
        pump(START_SECONDS)
        for key in keys:
            os.write(master, key.encode() if isinstance(key, str) else key)
            pump(KEY_SECONDS)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        pump(0.2)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    return bytes(output)
