"""Crash-safe file writing: a temp file in the same folder, flushed and fsynced, then os.replace.

A reader (or a crash at any instant) sees either the old file or the new one, never a mix.
A name that is a symbolic link is written through: the file it names is the one replaced
(the temp file beside it), so a plan or progress file shared by a link stays shared. Only a
regular file is ever replaced: a device, a named pipe or a folder is refused
(:class:`~ita_tui.safe_files.FileRefused`), ``--force`` or not.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from ita_tui.safe_files import FileRefused, kind_of_mode, open_no_follow, resolved_target


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically. Raises OSError (disk full, read-only…)."""
    atomic_write_chunks(path, (data,))


def atomic_write_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """Replace ``path`` atomically with the ``chunks`` written one after another (a large
    report never has to be in memory whole). Raises OSError (disk full, read-only…); an
    exception from ``chunks`` leaves the old file as it was."""
    path = writable_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp opens with O_CREAT | O_EXCL (and O_NOFOLLOW where there is one): a name
    # planted in the folder is never followed, only a fresh file is made
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        _chmod_like(tmp, path)
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def writable_target(path: Path) -> Path:
    """The file an atomic write of ``path`` replaces: ``path``, or the target of the link
    at ``path``. Raises FileRefused if that exists and is not a regular file."""
    target = resolved_target(path)
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return target
    reason = kind_of_mode(mode)
    if reason is not None:
        raise FileRefused(path, reason)
    return target


def stale_temp_files(path: Path) -> list[Path]:
    """The temp files of atomic writes of ``path`` (of its link's target) left beside it by
    a write that was killed: only safe to remove while no write of ``path`` can be running."""
    target = resolved_target(path)
    pattern = re.compile(r"\." + re.escape(target.name) + r"\.[A-Za-z0-9_]+\.tmp")
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    return [target.parent / name for name in names if pattern.fullmatch(name)]


#: Whether a failed rename is worth retrying: on Windows a virus scanner, the search
#: indexer or a program holding the target open (Excel keeps an open CSV locked) makes
#: ``os.replace`` fail for a while; elsewhere a refusal is final.
RETRY_HELD_FILES = os.name == "nt"


class HeldOpenError(PermissionError):
    """The target stayed held open by another program through every retry (on Windows)."""


def replace_file(source: Path, target: Path, attempts: int = 10) -> None:
    """``os.replace``, retried for about 2.5 s where another program may hold the target
    open; then :class:`HeldOpenError`, naming the target."""
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not RETRY_HELD_FILES:
                raise
            if attempt == attempts - 1:
                raise HeldOpenError(exc.errno, exc.strerror, str(target)) from exc
            time.sleep(0.05 * (attempt + 1))


def _chmod_like(tmp: Path, target: Path) -> None:
    """Give the new file the old one's permissions, or the usual ones for a new file
    (mkstemp makes it private, 0600, which would lock colleagues out of a shared folder)."""
    if os.name != "posix":
        return
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with UTF-8 ``text`` atomically (newlines written as ``\\n``)."""
    atomic_write_bytes(path, text.encode("utf-8"))


def append_line(path: Path, line: str) -> None:
    """Append one line to a log and fsync it. A crash can cut only this last line short."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = (line.rstrip("\n") + "\n").encode("utf-8")
    fd = open_no_follow(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    with open(fd, "ab") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the OS allows it (not on Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
