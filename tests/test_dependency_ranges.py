"""constraints/lowest.txt pins every dependency at the lowest version pyproject.toml allows
(CI runs the suite on those, and on the newest): the two files never drift apart."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
#: Where the lowest release is above the bound as written (that release does not exist).
NOT_RELEASED = {"pyicu-wheels": ("2.15", "2.15.2")}


def requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [
        Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]
    ]


def pins() -> dict[str, Version]:
    found: dict[str, Version] = {}
    for line in (ROOT / "constraints" / "lowest.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            found[canonicalize_name(name)] = Version(version)
    return found


def lower_bound(requirement: Requirement) -> Version:
    bounds = [Version(s.version) for s in requirement.specifier if s.operator in (">=", "==")]
    assert len(bounds) == 1, f"{requirement}: one lower bound (>= or ==) expected"
    return bounds[0]


def test_every_dependency_is_pinned_at_its_lowest_allowed_version() -> None:
    pinned = pins()
    wanted = {canonicalize_name(r.name) for r in requirements()}
    assert set(pinned) == wanted
    for requirement in requirements():
        name = canonicalize_name(requirement.name)
        assert requirement.specifier.contains(pinned[name], prereleases=True), requirement
        bound = lower_bound(requirement)
        if name in NOT_RELEASED:
            assert (str(bound), str(pinned[name])) == NOT_RELEASED[name]
        else:
            assert pinned[name] == bound, f"{name}: pinned {pinned[name]}, lowest allowed {bound}"
