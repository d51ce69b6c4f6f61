"""The progress store: one plan's recorded progress, its change log, backups and lock.

One job per module: :mod:`.ops` (changes as field operations), :mod:`.merge` (re-applying
them onto what is on disk), :mod:`.progress_file` (the TOML format), :mod:`.change_log`
(the JSON-lines log), :mod:`.backups`, :mod:`.recovery`, :mod:`.lock`, :mod:`.files`
(the file names), :mod:`.dates` (which done-on dates are plausible) and :mod:`.store`
(:class:`ProgressStore`, which puts them together).
"""

from ita_tui.store.store import (
    ProgressStore,
    Saved,
    StoreError,
    StoreRefused,
    current_user,
    login_name,
    now_utc,
)

__all__ = [
    "ProgressStore",
    "Saved",
    "StoreError",
    "StoreRefused",
    "current_user",
    "login_name",
    "now_utc",
]
