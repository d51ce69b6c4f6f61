"""Where a finished report goes: a file replaced atomically, or into what must not be replaced.

``export -o FILE`` and the app's export dialog write through :func:`write_report`:

* a new name, or an existing regular file, is written atomically (temp file, fsync,
  ``os.replace``), so a crash leaves the old report or the new one; a symbolic link to a
  regular file keeps being a link: the file it points to is the one replaced;
* anything else that exists - a device such as ``/dev/null`` or ``/dev/stdout``, a named
  pipe, a terminal - is opened and written into, never replaced (``os.replace`` over
  ``/dev/null`` run as root would turn the device into a plain file);
* a folder is refused here (the callers put a file named after the report inside it).

Every failure (a full disk, ``/dev/full``, a pipe with no reader) is an :class:`OSError`
for the caller to report.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from ita_tui.atomic import atomic_write_chunks

#: Whether text reports written to a file get Windows line ends (Notepad before Windows 10
#: 1809 shows a file of bare ``\n`` as one long line). Plans and progress files are not
#: reports: they keep the line ends they have.
CRLF_FILES = os.name == "nt"
#: The formats read as plain text by a person in an editor.
_TEXT_FORMATS = frozenset({"text", "md"})

_WRITE = os.O_WRONLY | getattr(os, "O_BINARY", 0)  # no newline translation on Windows


def file_bytes(data: Iterable[bytes], fmt: str) -> Iterator[bytes]:
    """A report's bytes as written to a file: for a text or Markdown report on Windows,
    with ``\r\n`` line ends (UTF-8 never has a 0x0A byte inside a character)."""
    crlf = CRLF_FILES and fmt in _TEXT_FORMATS
    for chunk in data:
        yield chunk.replace(b"\n", b"\r\n") if crlf else chunk


def is_special(path: Path) -> bool:
    """True if ``path`` exists and is neither a regular file nor a folder (a device, a pipe)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def write_report(
    target: Path, data: bytes | Iterable[bytes], *, wait_for_reader: bool = True
) -> None:
    """Write ``data`` (bytes, or pieces of them as a report is made) to ``target`` as
    described above. Raises OSError.

    A named pipe with no reader blocks the writer until one comes, as ``cat > pipe`` does;
    with ``wait_for_reader=False`` (the app, which must not freeze) it is an error instead.
    """
    try:
        mode: int | None = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if mode is not None and not stat.S_ISREG(mode):
        _write_into(target, data, wait_for_reader=wait_for_reader or not stat.S_ISFIFO(mode))
        return
    if mode is not None and target.is_symlink():
        target = target.resolve()
    atomic_write_chunks(target, (data,) if isinstance(data, bytes) else data)


def _write_into(target: Path, data: bytes | Iterable[bytes], *, wait_for_reader: bool) -> None:
    """Write into a device or a pipe, as ``cat > target`` would (no truncation, no rename)."""
    fd = os.open(target, _WRITE) if wait_for_reader else _open_pipe_now(target)
    with open(fd, "wb", buffering=0) as handle:
        for chunk in (data,) if isinstance(data, bytes) else data:
            view = memoryview(chunk)
            while view:
                written = handle.write(view)
                if not written:
                    raise OSError(errno.EIO, os.strerror(errno.EIO), str(target))
                view = view[written:]


def _open_pipe_now(target: Path) -> int:
    """Open a named pipe for writing only if something reads it now (never wait)."""
    nonblock = getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(target, _WRITE | nonblock)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise OSError(errno.ENXIO, "nothing is reading this pipe", str(target)) from None
        raise
    if nonblock:
        os.set_blocking(fd, True)
    return fd
