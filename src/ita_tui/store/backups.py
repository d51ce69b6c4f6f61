"""The backups of one plan's progress file, and the temp files a killed save leaves.

Backups are ``backups/<stem>.progress.<UTC time>.toml``, matched by their exact name: plan
``a`` never takes plan ``a.progress.b``'s files for its own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
from pathlib import Path

from ita_tui.atomic import atomic_write_bytes
from ita_tui.safe_files import is_link, refuse_link

_STAMP = r"\d{8}T\d{6,12}Z"
# mkstemp's temp names: "." + target name + "." + random letters, digits or "_" + ".tmp"
_RANDOM = r"[A-Za-z0-9_]+"


def _backup_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(re.escape(stem) + r"\.progress\." + _STAMP + r"\.toml")


def check_folder(backup_dir: Path) -> bool:
    """Whether ``backup_dir`` is a folder; FileRefused if it is a symbolic link (or a
    junction): backups are never written into, or pruned from, a folder a link names."""
    refuse_link(backup_dir)
    try:
        return stat.S_ISDIR(os.lstat(backup_dir).st_mode)
    except OSError:
        return False


def list_backups(backup_dir: Path, stem: str) -> list[Path]:
    """This plan's backups, newest first (FileRefused: see :func:`check_folder`)."""
    if not check_folder(backup_dir):
        return []
    pattern = _backup_pattern(stem)
    found = [p for p in backup_dir.iterdir() if pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def write_backup(backup_dir: Path, stem: str, data: bytes, keep: int) -> Path:
    """Keep ``data`` (the file about to be replaced) as the newest backup; drop the oldest."""
    check_folder(backup_dir)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"{stem}.progress.{stamp}.toml"
    refuse_link(target)
    atomic_write_bytes(target, data)
    for old in list_backups(backup_dir, stem)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def stale_temp_files(folder: Path, backup_dir: Path, stem: str) -> list[Path]:
    """Temp files of this plan's saves (only ever written under the lock, so, with the
    lock held, any found were left by a save that was killed)."""
    found: list[Path] = []
    progress = re.compile(r"\." + re.escape(f"{stem}.progress.toml") + r"\." + _RANDOM + r"\.tmp")
    backup = re.compile(
        r"\." + re.escape(stem) + r"\.progress\." + _STAMP + r"\.toml\." + _RANDOM + r"\.tmp"
    )
    for place, pattern in ((folder, progress), (backup_dir, backup)):
        if is_link(place):
            continue
        with contextlib.suppress(OSError):
            found += [p for p in place.iterdir() if pattern.fullmatch(p.name)]
    return found


def remove_stale_temp_files(folder: Path, backup_dir: Path, stem: str) -> int:
    """Remove them (with the lock held); how many were removed."""
    removed = 0
    for stale in stale_temp_files(folder, backup_dir, stem):
        with contextlib.suppress(OSError):
            stale.unlink()
            removed += 1
    return removed
