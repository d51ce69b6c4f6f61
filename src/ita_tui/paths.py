"""Where ita-tui keeps its files. Every location can be overridden."""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

APP_NAME = "ita-tui"
DATA_DIR_ENV = "ITA_TUI_DATA_DIR"
CONFIG_DIR_ENV = "ITA_TUI_CONFIG_DIR"

_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def _folder(override: Path | str | None, env_name: str, default: str) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get(env_name)
    if env:
        return Path(env).expanduser()
    return Path(default)


def data_dir(override: Path | str | None = None) -> Path:
    """Progress files live here: ``--data-dir``, else ``$ITA_TUI_DATA_DIR``, else the user data dir."""
    return _folder(override, DATA_DIR_ENV, platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir(override: Path | str | None = None) -> Path:
    """Settings (language, digits) live here: ``$ITA_TUI_CONFIG_DIR``, else the user config dir."""
    return _folder(
        override, CONFIG_DIR_ENV, platformdirs.user_config_dir(APP_NAME, appauthor=False)
    )


def cache_dir() -> Path:
    """Files ita-tui can make again (copies of its own resources): the user cache folder."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def safe_file_stem(plan_id: str) -> str:
    """A plan id made safe as a file name in any OS: never a path, never empty, never reserved.

    Characters outside ``[0-9A-Za-z._-]`` become ``_``; leading dots are dropped; when the
    id had to change, a short hash of the original keeps distinct ids distinct.
    """
    cleaned = _UNSAFE.sub("_", plan_id).strip("._-") or "plan"
    cleaned = cleaned[:80]
    if cleaned.split(".")[0].upper() in _WINDOWS_RESERVED:
        cleaned = f"_{cleaned}"
    if cleaned != plan_id:
        import hashlib  # only ids that had to change need it

        digest = hashlib.sha256(plan_id.encode("utf-8")).hexdigest()[:8]
        cleaned = f"{cleaned}-{digest}"
    return cleaned
