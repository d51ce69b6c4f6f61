"""Subcommands of ``ita-tui``. Each module has NAME, add_parser(subparsers) and run(args) -> int.

The modules are imported only when a subcommand is used, so that opening the app does not
pay for the report and the importer.
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: Command name -> module in this package, in the order ``--help`` lists them.
COMMAND_MODULES: dict[str, str] = {
    "validate": "validate",
    "mark": "mark",
    "status": "status",
    "export": "export",
    "summary": "summary",
    "import": "import_",
    "new": "new",
    "next-year": "next_year",
    "edit": "edit",
}


def load_commands(names: tuple[str, ...] | None = None) -> tuple[ModuleType, ...]:
    """The modules of the commands ``names`` (default: all of them, for ``--help``)."""
    chosen = COMMAND_MODULES if names is None else {n: COMMAND_MODULES[n] for n in names}
    return tuple(importlib.import_module(f"{__name__}.{module}") for module in chosen.values())
