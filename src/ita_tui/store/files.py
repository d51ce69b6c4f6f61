"""The names of one plan's files in the data folder."""

from __future__ import annotations

from pathlib import Path

from ita_tui.paths import safe_file_stem
from ita_tui.records import record


@record(frozen=True)
class StoreFiles:
    folder: Path
    stem: str

    @classmethod
    def for_plan(cls, folder: Path, plan_id: str) -> StoreFiles:
        return cls(Path(folder), safe_file_stem(plan_id))

    @property
    def progress(self) -> Path:
        return self.folder / f"{self.stem}.progress.toml"

    @property
    def log(self) -> Path:
        return self.folder / f"{self.stem}.changes.jsonl"

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    @property
    def lock(self) -> Path:
        return self.folder / f"{self.stem}.progress.toml.lock"
