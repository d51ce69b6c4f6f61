"""The ``# import:`` notes ``ita-tui import`` leaves in a plan (what it was unsure of): which item
each is about, and the plan's text without some of them (its item edited, or dismissed).

A note is a ``# import:`` comment line and the indented comment lines that continue it; it is
about the item whose ``id = …`` comes next (its table's first key), else about the plan itself
(notes at the top, before ``fiscal_year`` or ``[ita]``, and the text left unplaced at the end).
Only comment lines are ever removed, so every value and every other comment stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ita_tui.records import record

MARK = "# import:"
_CONTINUED = re.compile(r"^\s*#\s{2,}\S")
_ID = re.compile(r"""^\s*id\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')""")


@record(frozen=True)
class ImportNote:
    """One note: its lines (``first`` 0-based, ``last`` exclusive), its text, and the id of the
    item it is about ("" for the plan itself)."""

    first: int
    last: int
    text: str
    item: str

    @property
    def line(self) -> int:
        """Its first line, counted from 1 (as an editor shows it)."""
        return self.first + 1


def import_notes(text: str) -> list[ImportNote]:
    """Every ``# import:`` note in a plan's text, in order."""
    lines = text.splitlines()
    notes: list[ImportNote] = []
    index = 0
    while index < len(lines):
        stripped = lines[index].strip()
        if not stripped.startswith(MARK):
            index += 1
            continue
        first = index
        parts = [stripped[len(MARK) :].strip()]
        index += 1
        while index < len(lines) and _CONTINUED.match(lines[index]):
            parts.append(lines[index].strip().lstrip("#").strip())
            index += 1
        notes.append(ImportNote(first, index, " ".join(p for p in parts if p), _item(lines, index)))
    return notes


def _item(lines: list[str], index: int) -> str:
    """The id of the item whose table goes on at ``index`` (past other comments), else ""."""
    while index < len(lines):
        stripped = lines[index].strip()
        if stripped and not stripped.startswith("#"):
            match = _ID.match(stripped)
            return (match.group(1) or match.group(2) or "") if match else ""
        index += 1
    return ""


def without_notes(text: str, notes: Iterable[ImportNote]) -> str:
    """``text`` without the lines of ``notes`` (found in this same text); line ends kept."""
    dropped = {line for note in notes for line in range(note.first, note.last)}
    if not dropped:
        return text
    kept = [line for i, line in enumerate(text.splitlines(keepends=True)) if i not in dropped]
    return "".join(kept)


def without_all_notes(text: str) -> str:
    """``text`` (an item's table) without any of its ``# import:`` notes."""
    return without_notes(text, import_notes(text))
