"""Damaged Thai repaired in every cell of every row, with a note for what was put right and a
warning, with the place, for each row where "�" (a character lost in the source) remains."""

from __future__ import annotations

from dataclasses import replace

from ita_tui.importer.messages import Message
from ita_tui.importer.table import Record
from ita_tui.importer.text import shorten
from ita_tui.thai.repair import REPLACEMENT, Repair, repair_thai


def repaired(records: list[Record]) -> tuple[list[Record], list[Message]]:
    total = Repair()
    result: list[Record] = []
    for record in records:
        cells: list[str] = []
        lost = 0
        for cell in record.cells:
            text, repair = repair_thai(cell)
            total.add(repair)
            lost += repair.lost
            cells.append(text)
        above = tuple((column, repair_thai(text)[0]) for column, text in record.above)
        if above != record.above:
            record = replace(record, above=above)
        if lost:
            where = next(c for c in cells if REPLACEMENT in c)
            index = where.index(REPLACEMENT)
            context = shorten(where[max(0, index - 25) : index + 25], 50)
            record = replace(
                record,
                cells=cells,
                notes=(
                    *record.notes,
                    Message("thai.lost", n=lost, context=context),
                ),
            )
        elif cells != record.cells:
            record = replace(record, cells=cells)
        result.append(record)
    notes: list[Message] = []
    if total.changed:
        parts = []
        if total.pua:
            parts.append(Message("note.repair.pua", n=total.pua))
        if total.sara_am:
            parts.append(Message("note.repair.sara_am", n=total.sara_am))
        if total.order:
            parts.append(Message("note.repair.order", n=total.order))
        if total.spaces:
            parts.append(Message("note.repair.spaces", n=total.spaces))
        what = parts[0]
        for part in parts[1:]:
            what = Message("note.repair.and", first=what, then=part)
        notes.append(Message("note.repaired", what=what))
    return result, notes
