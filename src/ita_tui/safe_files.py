"""Opening files that others can plant things in: never hang on a pipe, never follow a link
into someone else's file, never read an endless device into memory.

* :func:`read_regular_file` - every reader (plan, progress file, report to import, JSON for
  ``summary``) reads through it: the file is opened without blocking (a named pipe opens at
  once), checked with ``fstat`` on the open handle (no race between a check and the open),
  refused unless it is a regular file, and read to at most its kind's limit.
* :func:`open_no_follow` - the data folder's own files that are appended to or read in
  place (the change log): opened with ``O_NOFOLLOW`` where the OS has it, else after an
  ``lstat`` check, so a symbolic link planted there is refused.
* :func:`refuse_link` - an ``lstat`` check for a folder or file name (``backups/``).

A refusal is a :class:`FileRefused` (an OSError, so existing handlers still catch it)
carrying its reason as data; :func:`ita_tui.error_text.refused_reason` words it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Final

MB: Final = 1024 * 1024

#: What each kind of file may weigh at most (README, *Where your data lives*): about four
#: times the largest benchmarked. The synthetic plan of 100,000 outcomes (benchmarks/
#: make_plan.py) is 57 MB, its progress file 8.3 MB; summary's limit was already 200 MB.
LIMITS: Final[dict[str, int]] = {
    "plan": 256 * MB,
    "progress": 256 * MB,
    "document": 256 * MB,
    "json": 200 * MB,
}

_NOFOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK: Final = getattr(os, "O_NONBLOCK", 0)
_BINARY: Final = getattr(os, "O_BINARY", 0)

#: The reasons a file is refused (each worded in Thai and English in error_text).
FIFO, DEVICE, SOCKET, FOLDER, OTHER, TOO_LARGE, LINK = (
    "fifo",
    "device",
    "socket",
    "folder",
    "other",
    "too_large",
    "link",
)

_ENGLISH: Final[dict[str, str]] = {
    FIFO: "is a named pipe, not a file",
    DEVICE: "is a device, not a file",
    SOCKET: "is a socket, not a file",
    FOLDER: "is a folder, not a file",
    OTHER: "is not a regular file",
    TOO_LARGE: "is larger than the {limit} MB a {kind} file may be",
    LINK: "is a symbolic link; ita-tui does not follow links in the data folder",
}


class FileRefused(OSError):
    """A file ita-tui will not read or write: ``reason`` (one of the constants above),
    ``kind`` (``plan``, ``progress``…) and ``limit`` (bytes, for ``too_large``)."""

    def __init__(self, path: Path | str, reason: str, kind: str = "", limit: int = 0) -> None:
        self.reason = reason
        self.kind = kind
        self.limit = limit
        code = errno.ELOOP if reason == LINK else errno.EFBIG if reason == TOO_LARGE else 0
        words = _ENGLISH[reason].format(limit=limit // MB, kind=kind)
        super().__init__(code or errno.EINVAL, words, str(path))

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


def kind_of_mode(mode: int) -> str | None:
    """The refusal reason for a file of ``mode``; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return FIFO
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return DEVICE
    if stat.S_ISSOCK(mode):
        return SOCKET
    if stat.S_ISDIR(mode):
        return FOLDER
    if stat.S_ISLNK(mode):
        return LINK
    return OTHER


def read_regular_file(path: Path | str, limit: int | None = None, kind: str = "") -> bytes:
    """The bytes of the regular file ``path`` (a link to one is followed), at most ``limit``
    (else :data:`LIMITS` of ``kind``). Raises :class:`FileRefused` for a pipe, device, socket
    or folder - at once, a pipe is never waited on - or a file over the limit, and OSError
    (FileNotFoundError…) as reading does."""
    limit = LIMITS.get(kind, 256 * MB) if limit is None else limit
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    except IsADirectoryError:
        raise FileRefused(path, FOLDER, kind) from None
    except PermissionError:
        if Path(path).is_dir():  # Windows: opening a folder is "permission denied"
            raise FileRefused(path, FOLDER, kind) from None
        raise
    try:
        st = os.fstat(fd)  # the file opened, not whatever the name points to now
        reason = kind_of_mode(st.st_mode)
        if reason is not None:
            raise FileRefused(path, reason, kind)
        if st.st_size > limit:
            raise FileRefused(path, TOO_LARGE, kind, limit)
        if _NONBLOCK:
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    with open(fd, "rb", buffering=0, closefd=True) as handle:
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = handle.read(min(limit + 1 - size, 4 * MB))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while being read
            raise FileRefused(path, TOO_LARGE, kind, limit)
        return b"".join(chunks)


def open_no_follow(path: Path, flags: int, mode: int = 0o666) -> int:
    """``os.open`` that refuses a symbolic link (:class:`FileRefused`) and anything that is
    not a regular file (a pipe is never waited on)."""
    if not _NOFOLLOW:
        refuse_link(path)
    try:
        fd = os.open(path, flags | _NOFOLLOW | _NONBLOCK | _BINARY, mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP or (_NOFOLLOW and exc.errno == errno.EMLINK):
            raise FileRefused(path, LINK) from None
        raise
    try:
        reason = kind_of_mode(os.fstat(fd).st_mode)
        if reason is not None:
            raise FileRefused(path, reason)
        if _NONBLOCK:
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def refuse_link(path: Path) -> None:
    """Raise :class:`FileRefused` if ``path`` is a symbolic link (or a Windows junction)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    junction = getattr(path, "is_junction", None)
    if stat.S_ISLNK(st.st_mode) or (junction is not None and junction()):
        raise FileRefused(path, LINK)


def is_link(path: Path) -> bool:
    try:
        refuse_link(path)
    except FileRefused:
        return True
    return False


def resolved_target(path: Path) -> Path:
    """Where a write to ``path`` lands: ``path`` itself, or the file a symbolic link at
    ``path`` names (followed to the end); the temp file of an atomic write goes beside it."""
    if not is_link(path):
        return path
    return Path(os.path.realpath(path))
