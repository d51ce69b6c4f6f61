"""The plans this user has opened, created or imported, and the one used last.

Kept per user in ``plans.toml`` beside the settings (the config folder). Only paths are
kept: a plan that has since been moved or deleted is still listed (shown as missing) until
the user opens another. The bundled example plan is never one of "the user's own" plans.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from ita_tui.atomic import atomic_write_text
from ita_tui.paths import config_dir
from ita_tui.plan import bundled_plan_path
from ita_tui.records import record

#: How many plans the list remembers (the oldest used are forgotten first).
KEEP = 30


@record(frozen=True)
class KnownPlans:
    """Paths of the user's plans, most recently used first."""

    plans: tuple[Path, ...] = ()

    @property
    def last(self) -> Path | None:
        return self.plans[0] if self.plans else None

    def used(self, path: Path) -> KnownPlans:
        """The list with ``path`` at its top (the bundled plan is never added)."""
        path = _absolute(path)
        if is_bundled(path):
            return self
        rest = tuple(p for p in self.plans if p != path)
        return KnownPlans((path, *rest)[:KEEP])


def known_plans_path(settings_file: Path | None = None) -> Path:
    """``plans.toml`` in the folder of the settings file (by default the config folder)."""
    folder = settings_file.parent if settings_file is not None else config_dir()
    return folder / "plans.toml"


def is_bundled(path: Path) -> bool:
    try:
        return _absolute(path) == _absolute(bundled_plan_path())
    except OSError:
        return False


def _absolute(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except OSError:
        return path.expanduser().absolute()


def load_known(path: Path | None = None) -> KnownPlans:
    """The remembered plans; a missing or damaged file gives none (it is only a list)."""
    target = path or known_plans_path()
    try:
        data = tomllib.loads(target.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return KnownPlans()
    plans = data.get("plans")
    if not isinstance(plans, list):
        return KnownPlans()
    kept: list[Path] = []
    for item in plans:
        if isinstance(item, str) and item and "\x00" not in item:
            candidate = Path(item)
            if candidate not in kept and not is_bundled(candidate):
                kept.append(candidate)
    return KnownPlans(tuple(kept[:KEEP]))


def save_known(known: KnownPlans, path: Path | None = None) -> None:
    """Write the list atomically. Raises OSError if the folder is not writable."""
    import tomlkit  # only writing needs it

    doc = tomlkit.document()
    doc.add(tomlkit.comment("ita-tui: the plans you have used, the last one used first"))
    doc["plans"] = [str(p) for p in known.plans]
    atomic_write_text(path or known_plans_path(), tomlkit.dumps(doc))


def remember(plan_path: Path, path: Path | None = None) -> KnownPlans:
    """Put ``plan_path`` at the top of the list and save it, only if that changes the list:
    opening the last plan used again writes nothing (errors: OSError)."""
    before = load_known(path)
    known = before.used(plan_path)
    if known != before:
        save_known(known, path)
    return known


def plan_in_use(folder: Path | None = None, path: Path | None = None) -> tuple[Path | None, bool]:
    """The plan the app opens when none is given, and whether it welcomes: the last one used
    that still exists (``path``: the list's file); else the user's own copy of the example
    in the data folder ``folder`` (its first edit made it: the list of plans may have been
    lost, or a colleague made it on a shared folder); else the bundled example (None), with
    the welcome when the user has no plans. Every command without PLAN uses the same one."""
    known = load_known(path)
    for plan in known.plans:
        if plan.is_file():
            return plan, False
    if folder is not None:
        # a look at the folder: the copy's name comes from the example's id, known without
        # parsing the example (nor importing the plan editor)
        from ita_tui.paths import safe_file_stem
        from ita_tui.plan import BUNDLED_PLAN_ID

        copy = Path(folder) / "plans" / f"{safe_file_stem(BUNDLED_PLAN_ID)}.toml"
        try:
            if copy.is_file():
                return copy, False
        except OSError:
            pass
    return None, not known.plans
