"""The files that ship inside the package, read through :mod:`importlib.resources`.

Every piece of package data (the bundled plan, the Thai word lists, the app's stylesheets)
is reached here and nowhere else, so ita-tui runs the same from an installed wheel, a
checkout, or a one-file ``.pyz`` bundle that is never unpacked (where no data file has a
path on disk).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import ita_tui

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "BUNDLED_PLAN_NAME",
    "bundled_plan_bytes",
    "bundled_plan_identity",
    "data_file",
    "package_file",
    "real_path",
]

#: The example plan's file name, inside the package's ``data`` folder.
BUNDLED_PLAN_NAME = "measures.toml"

# A checkout (an editable install) keeps the example at the top level, beside
# pyproject.toml; the wheel carries it as ita_tui/data/measures.toml.
_CHECKOUT_PLAN = Path(__file__).resolve().parents[2] / BUNDLED_PLAN_NAME


def package_file(*parts: str) -> Traversable:
    """A file of the ``ita_tui`` package (``package_file("tui", "styles", "app.tcss")``)."""
    return _package_root().joinpath(*parts)


def _package_root() -> Traversable:
    """The package's files: for a package on disk the folder its import system found it in
    (what ``importlib.resources.files`` gives then, without importing importlib.resources
    and zipfile: about 3 ms of every start), else ``importlib.resources.files`` (a zip)."""
    spec = ita_tui.__spec__
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    if locations and Path(locations[0]).is_dir():
        return Path(locations[0])
    from importlib.resources import files

    return files("ita_tui")


def data_file(name: str) -> Traversable:
    """A file of the package's ``data`` folder."""
    return package_file("data", name)


def bundled_plan_identity() -> Path:
    """Where the bundled plan lies in the package, as a path that names it.

    It is a file on disk in a wheel or a checkout, and a path into the archive in a ``.pyz``
    bundle (the archive's own path followed by ``ita_tui/data/measures.toml``): stable from
    one run to the next, so it can key the example's progress, but read it with
    :func:`bundled_plan_bytes`.
    """
    packaged = data_file(BUNDLED_PLAN_NAME)
    if packaged.is_file():
        return Path(str(packaged))
    return _CHECKOUT_PLAN


def bundled_plan_bytes() -> bytes:
    """The bundled example plan, wherever the package lives (zip, wheel or checkout)."""
    packaged = data_file(BUNDLED_PLAN_NAME)
    if packaged.is_file():
        return packaged.read_bytes()
    return _CHECKOUT_PLAN.read_bytes()


def real_path(resource: Traversable) -> Path:
    """A path on disk holding ``resource``'s bytes, for an API that only opens paths.

    Installed and checked-out packages have their files on disk and get their own path back.
    In a one-file bundle that is never unpacked the file is copied once into the user's cache
    folder, under a name made of its content's hash (so a newer bundle never reads an older
    copy, and a copy is never changed once made).
    """
    if isinstance(resource, Path) and resource.is_file():
        return resource
    import hashlib  # only a bundle that was never unpacked comes this far
    import tempfile

    data = resource.read_bytes()
    digest = hashlib.sha256(data).hexdigest()[:16]
    from ita_tui.atomic import atomic_write_bytes
    from ita_tui.paths import cache_dir

    name = f"{digest}-{resource.name}"
    target = cache_dir() / "resources" / name
    try:
        if target.is_file() and not target.is_symlink() and target.read_bytes() == data:
            return target
        atomic_write_bytes(target, data)
    except OSError:  # no cache folder to write in: a private folder of this run's own
        target = Path(tempfile.mkdtemp(prefix="ita-tui-")) / name
        target.write_bytes(data)
    return target
