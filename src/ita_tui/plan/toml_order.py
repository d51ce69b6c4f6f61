"""A key put in a TOML table at a chosen place, with tomlkit's public API only.

tomlkit adds a new key at the end of its table; putting one right after another key was only
possible through a private method (``Container._insert_after``, gone in tomlkit 0.15). So the
table is built anew in the order wanted: every key, comment and blank line of the old one, in
order, with the new key after ``after``, and the header's own comment kept.
"""

from __future__ import annotations

from typing import Any


def table_with_key_after(table: Any, after: str, key: str, value: object) -> Any:
    """A copy of the tomlkit ``table`` with ``key = value`` right after ``after`` (or last,
    if ``after`` is not in it). The values are the same tomlkit items, so their comments and
    quoting stay as written. A table of dotted keys (``ita.year = …``, no header to rebuild
    under) gets the key the way tomlkit adds one."""
    import tomlkit
    from tomlkit.items import Comment, Table, Whitespace

    if after not in table or not isinstance(table, Table) or table.is_super_table():
        table[key] = value
        return table
    rebuilt = tomlkit.table()
    for name, item in table.value.body:
        if name is None:  # a comment or blank line (or what a removed key left: nothing)
            if isinstance(item, Comment | Whitespace):
                rebuilt.add(item)
            continue
        rebuilt.add(name, item)
        if name.key == after:
            rebuilt.add(key, value)
    for part in ("indent", "comment_ws", "comment", "trail"):  # the header line's own
        setattr(rebuilt.trivia, part, getattr(table.trivia, part))
    return rebuilt
