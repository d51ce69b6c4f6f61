"""Search over the visible plan: any part of an issue, activity, step, outcome or job title.

Matching ignores case and treats Thai and Arabic digits alike (``๕`` finds ``5``).
Results come in tree order, so "next match" walks down the tree.
"""

from __future__ import annotations

import re

from ita_tui.model import Activity, Issue, Outcome
from ita_tui.records import record
from ita_tui.textutil import printable
from ita_tui.thai.digits import THAI_DIGITS, to_arabic_digits
from ita_tui.tui.services.filtering import Visible


def _fold(text: str) -> str:
    return to_arabic_digits(printable(text, keep_newlines=False)).lower()


def pattern(query: str) -> re.Pattern[str] | None:
    """A regex finding ``query`` in displayed text (case and digit style ignored)."""
    query = query.strip()
    if not query:
        return None
    parts = []
    for char in to_arabic_digits(query):
        if char.isdigit() and char.isascii():
            parts.append(f"[{char}{THAI_DIGITS[int(char)]}]")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts), re.IGNORECASE)


@record(frozen=True)
class Entry:
    node_id: str
    is_outcome: bool
    haystack: str


class SearchIndex:
    """The searchable text of every visible node, folded once, in tree order."""

    def __init__(self, shown: Visible) -> None:
        entries: list[Entry] = []
        for node in shown.walk():
            if isinstance(node, Issue):
                entries.append(Entry(node.id, False, _fold(node.title)))
            elif isinstance(node, Activity):
                text = "\n".join((node.title, *node.steps, *node.responsible))
                entries.append(Entry(node.id, False, _fold(text)))
            elif isinstance(node, Outcome):
                entries.append(Entry(node.id, True, _fold(node.text)))
        self.entries = entries
        self.order = {entry.node_id: i for i, entry in enumerate(entries)}

    def search(self, query: str) -> list[str]:
        """Ids of the nodes whose text contains ``query``, in tree order."""
        needle = to_arabic_digits(query.strip()).lower()
        if not needle:
            return []
        return [entry.node_id for entry in self.entries if needle in entry.haystack]

    def first_outcome(self, matches: list[str]) -> str | None:
        """The first matching outcome in tree order, else the first match of any kind."""
        for node_id in matches:
            if self.entries[self.order[node_id]].is_outcome:
                return node_id
        return matches[0] if matches else None

    def step(self, matches: list[str], current: str | None, forward: bool) -> str | None:
        """The match after (or before) ``current`` in tree order, wrapping around."""
        if not matches:
            return None
        if current is None or current not in self.order:
            return matches[0] if forward else matches[-1]
        here = self.order[current]
        if forward:
            for node_id in matches:
                if self.order[node_id] > here:
                    return node_id
            return matches[0]
        for node_id in reversed(matches):
            if self.order[node_id] < here:
                return node_id
        return matches[-1]

    def wrapped(self, current: str | None, target: str, forward: bool) -> bool:
        """Whether stepping from ``current`` to ``target`` went round the end of the tree."""
        if current is None or current not in self.order:
            return False
        here, there = self.order[current], self.order[target]
        return there <= here if forward else there >= here
