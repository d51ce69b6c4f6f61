"""User settings remembered between runs: language of labels and style of digits."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

from ita_tui.atomic import atomic_write_text
from ita_tui.paths import config_dir
from ita_tui.records import record

LANGS = ("th", "en")
DIGITS = ("thai", "arabic")


@record(frozen=True)
class Settings:
    lang: str = "th"
    digits: str = "thai"

    def with_lang(self, lang: str) -> Settings:
        return replace(self, lang=lang if lang in LANGS else "th")

    def with_digits(self, digits: str) -> Settings:
        return replace(self, digits=digits if digits in DIGITS else "thai")


def settings_path(folder: Path | None = None) -> Path:
    return (folder or config_dir()) / "config.toml"


def load_settings(path: Path | None = None) -> Settings:
    """Read settings; a missing or damaged file gives the defaults (it is only preferences)."""
    target = path or settings_path()
    try:
        data = tomllib.loads(target.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return Settings()
    lang = data.get("lang")
    digits = data.get("digits")
    return Settings(
        lang=lang if lang in LANGS else "th",
        digits=digits if digits in DIGITS else "thai",
    )


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write settings atomically. Raises OSError if the folder is not writable."""
    import tomlkit  # only writing needs it

    doc = tomlkit.document()
    doc.add(tomlkit.comment("ita-tui settings. lang: th | en; digits: thai | arabic"))
    doc["lang"] = settings.lang
    doc["digits"] = settings.digits
    atomic_write_text(path or settings_path(), tomlkit.dumps(doc))
