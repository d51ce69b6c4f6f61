"""Damaged Thai repaired in every cell of every row, with a note for what was put right and a
warning, with the place, for each row where "�" (a character lost in the source) remains."""

from __future__ import annotations

from dataclasses import replace

from ita_tui.importer.messages import Message
from ita_tui.importer.table import Record
from ita_tui.importer.text import shorten
from ita_tui.thai.repair import REPLACEMENT, Repair, repair_thai


def repaired(records: list[Record]) -> tuple[list[Record], list[str]]:
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
    notes: list[str] = []
    if total.changed:
        parts = []
        if total.pua:
            parts.append(f"{total.pua} tone mark(s)/vowel(s) from a font's private glyphs")
        if total.sara_am:
            parts.append(f"{total.sara_am} ำ written as ํ + า")
        if total.order:
            parts.append(f"{total.order} tone mark(s) written before their vowel")
        if total.spaces:
            parts.append(f"{total.spaces} space(s) inside a word before a vowel or mark")
        notes.append("Thai text repaired (exactly): " + "; ".join(parts))
    return result, notes
