"""Who signs the report: the reporter (ผู้รายงาน) and the executive who acknowledges or
approves it (ผู้บริหารรับทราบ/อนุมัติ), remembered per plan.

Set once (the app's export dialog, or ``ita-tui export --reporter NAME --position POS``)
and kept in ``signoff.toml`` in the user config folder, one table per plan id. A missing or
damaged file means nobody is named yet: the report then leaves lines to sign and fill in.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from ita_tui.atomic import atomic_write_text
from ita_tui.paths import config_dir
from ita_tui.records import record

FIELDS = ("reporter", "reporter_position", "approver", "approver_position")
#: Longer than any name and title; the rest is cut (this is text on a printed form).
MAX_LENGTH = 200


@record(frozen=True)
class SignOff:
    reporter: str = ""
    reporter_position: str = ""
    approver: str = ""
    approver_position: str = ""

    @property
    def empty(self) -> bool:
        return not any(getattr(self, name) for name in FIELDS)

    def updated(self, **values: str | None) -> SignOff:
        """A copy with the values given (None: keep; whitespace trimmed, length capped)."""
        fields = {name: getattr(self, name) for name in FIELDS}
        for name, value in values.items():
            if name not in fields:
                raise TypeError(f"unknown sign-off field {name!r}")
            if value is not None:
                fields[name] = _clean(value)
        return SignOff(**fields)


def _clean(value: str) -> str:
    return " ".join(value.split())[:MAX_LENGTH]


def signoff_path(folder: Path | None = None) -> Path:
    return (folder or config_dir()) / "signoff.toml"


def _read(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def load_signoff(plan_id: str, path: Path | None = None) -> SignOff:
    """The names remembered for ``plan_id`` (nobody, if none or the file is unreadable)."""
    table = _read(path or signoff_path()).get(plan_id)
    if not isinstance(table, dict):
        return SignOff()
    values = {name: table.get(name) for name in FIELDS}
    return SignOff(**{k: _clean(v) for k, v in values.items() if isinstance(v, str)})


def save_signoff(plan_id: str, signoff: SignOff, path: Path | None = None) -> None:
    """Remember ``signoff`` for ``plan_id``, keeping the other plans'. Raises OSError."""
    import tomlkit  # only writing needs it

    target = path or signoff_path()
    data = _read(target)
    doc = tomlkit.document()
    doc.add(tomlkit.comment("ita-tui: who signs each plan's quarterly report"))
    for key, table in data.items():
        if key != plan_id and isinstance(table, dict):
            doc[key] = {k: v for k, v in table.items() if k in FIELDS and isinstance(v, str)}
    doc[plan_id] = {name: getattr(signoff, name) for name in FIELDS}
    atomic_write_text(target, tomlkit.dumps(doc))
