"""The lock: re-entrant in one thread, exclusive across threads and processes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from ita_tui.store.lock import LockError, hold


def test_reentrant_in_one_thread_and_exclusive_across_threads(tmp_path: Path) -> None:
    lock = tmp_path / "sub" / "p.lock"  # its folder is made
    errors: list[Exception] = []

    def other() -> None:
        try:
            with hold(lock, 0.2, tmp_path / "p.toml"):
                pass
        except LockError as exc:
            errors.append(exc)

    with hold(lock, 1, tmp_path / "p.toml"), hold(lock, 1, tmp_path / "p.toml"):
        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
    assert len(errors) == 1 and "locked by another ita-tui" in str(errors[0])
    other()  # free again
    assert len(errors) == 1


def test_a_folder_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with (
        pytest.raises(LockError, match="cannot create the data folder"),
        hold(blocker / "p.lock", 1, blocker / "p.toml"),
    ):
        pass
