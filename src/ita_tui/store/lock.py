"""The cross-process lock of one plan's progress (and of the plan file's edits).

A lock file beside the progress file, held with ``filelock`` (``fcntl`` on POSIX, ``msvcrt``
on Windows). Every writer takes it around read-merge-write; readers need none, because
writes replace files atomically. ``filelock`` is imported on first use: opening the app
only reads.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ita_tui.errors import ItaError

#: One lock object per lock file in this process: taking it again inside is re-entrant
#: (filelock counts per object and per thread; another thread or process waits).
_LOCKS: dict[str, Any] = {}


class LockError(ItaError):
    """The lock could not be taken (``lock.*`` codes). Nothing was written."""


@contextlib.contextmanager
def hold(lock_path: Path, timeout: float, what: Path) -> Iterator[None]:
    """Hold the lock at ``lock_path`` (creating its folder), waiting up to ``timeout`` s.

    ``what`` names the file it protects, for the message when another program holds it.
    Re-entrant within one process, as ``filelock`` is.
    """
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LockError("lock.no_folder", path=lock_path.parent, why=exc) from None
    import filelock

    key = str(lock_path.absolute())
    lock = _LOCKS.get(key)
    if lock is None:
        lock = _LOCKS[key] = filelock.FileLock(key)
    try:
        lock.acquire(timeout=timeout)
    except filelock.Timeout:
        raise LockError("lock.timeout", path=what, seconds=f"{timeout:.0f}") from None
    except OSError as exc:
        raise LockError("lock.cannot_lock", path=lock_path, why=exc) from None
    try:
        yield
    finally:
        lock.release()
