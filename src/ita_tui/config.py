"""User settings remembered between runs: language of labels and style of digits, the
officer's name that signs each change, and whether the welcome was dismissed."""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import replace
from pathlib import Path

from ita_tui.atomic import atomic_write_text
from ita_tui.paths import config_dir
from ita_tui.records import record

LANGS = ("th", "en")
DIGITS = ("thai", "arabic")
#: Longer than any officer's name (it signs every change in the log and the reports).
NAME_LENGTH = 100


@record(frozen=True)
class Settings:
    lang: str = "th"
    digits: str = "thai"
    #: The officer's name, asked once: it signs every change ("" until given).
    user: str = ""
    #: The welcome over the bundled example was dismissed: it does not come back.
    welcomed: bool = False
    #: The command line said once that it signs with the login name (no name given yet).
    login_told: bool = False

    def with_lang(self, lang: str) -> Settings:
        return replace(self, lang=lang if lang in LANGS else "th")

    def with_digits(self, digits: str) -> Settings:
        return replace(self, digits=digits if digits in DIGITS else "thai")

    def with_user(self, user: str) -> Settings:
        """With ``user`` as the name that signs changes (check it first: :func:`name_problem`)."""
        return replace(self, user=user.strip())

    def with_welcomed(self) -> Settings:
        return replace(self, welcomed=True)

    def with_login_told(self) -> Settings:
        return replace(self, login_told=True)


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot sign changes (a reason such as ``name.empty``, which the command
    line words as ``cli.name.empty``), or None.

    A name is shown in the app, the reports and other officers' terminals: it must be
    readable text, never control codes, nor bytes that were not UTF-8 (a command line's
    undecodable bytes arrive as lone surrogates).
    """
    name = name.strip()
    if not name:
        return "name.empty"
    if len(name) > NAME_LENGTH:
        return "name.too_long"
    for char in name:
        if 0xD800 <= ord(char) <= 0xDFFF:
            return "name.not_utf8"
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
            return "name.control"
    return None


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
    user = data.get("user")
    return Settings(
        lang=lang if lang in LANGS else "th",
        digits=digits if digits in DIGITS else "thai",
        user=user.strip() if isinstance(user, str) and name_problem(user) is None else "",
        welcomed=data.get("welcomed") is True,
        login_told=data.get("login_told") is True,
    )


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write settings atomically. Raises OSError if the folder is not writable."""
    import tomlkit  # only writing needs it

    doc = tomlkit.document()
    doc.add(tomlkit.comment("ita-tui settings. lang: th | en; digits: thai | arabic"))
    doc["lang"] = settings.lang
    doc["digits"] = settings.digits
    if settings.user:
        doc.add(tomlkit.comment("user: the officer's name that signs every change"))
        doc["user"] = settings.user
    if settings.welcomed:
        doc["welcomed"] = True
    if settings.login_told:
        doc["login_told"] = True
    atomic_write_text(path or settings_path(), tomlkit.dumps(doc))


def remembered_user(path: Path | None = None) -> str:
    """The officer's name remembered in the settings ("" if none)."""
    return load_settings(path).user
