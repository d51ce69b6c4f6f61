"""Subcommands of ``ita-tui``. Each module has NAME, add_parser(subparsers) and run(args) -> int."""

from __future__ import annotations

from types import ModuleType

from ita_tui.commands import export, import_, mark, status, validate

COMMANDS: tuple[ModuleType, ...] = (validate, mark, status, export, import_)
