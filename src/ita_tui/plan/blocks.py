"""A plan file's text as blocks, so that it can be edited in place, fast, byte for byte.

The file is read as written: a *prefix* (the plan's own keys and ``[ita]``), then one block per
``[[issues]]`` table, each holding its ``[[issues.activities]]`` blocks, each holding its
``[[issues.activities.outcomes]]`` blocks. A block is its *lead* (the comment lines directly
above its header, which describe it and go where it goes), its header line, its *content*
(its keys, with their comments) and its *tail* (the blank lines after it). Concatenating the
pieces gives back the file exactly.

Moving or removing an item moves or removes its text verbatim; the keys inside one block are
edited with tomlkit (:mod:`ita_tui.plan.edit`), so every comment, blank line and untouched
value stays as it was. Splitting a 10,000-outcome file takes milliseconds where parsing it
with tomlkit takes seconds, and an edit re-reads (with ``tomllib``) only the issues it touched.

The split is checked: each issue's text must parse alone and hold exactly the activities and
outcomes found, else :class:`LayoutError` says the file cannot be edited safely (e.g. a
``[[issues]]`` line inside a multi-line text, or outcomes written as inline tables).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any, Literal

from ita_tui.plan.problems import Problem

Kind = Literal["issue", "activity", "outcome"]
KINDS: tuple[Kind, Kind, Kind] = ("issue", "activity", "outcome")
CHILD_KIND: dict[Kind, Kind | None] = {"issue": "activity", "activity": "outcome", "outcome": None}
HEADERS: dict[Kind, str] = {
    "issue": "[[issues]]",
    "activity": "[[issues.activities]]",
    "outcome": "[[issues.activities.outcomes]]",
}
_HEADER_RE = re.compile(
    r"^[ \t]*\[\[[ \t]*issues[ \t]*"
    r"(?:(\.)[ \t]*activities[ \t]*(?:(\.)[ \t]*outcomes[ \t]*)?)?"
    r"\]\][ \t]*(?:#.*)?$"
)
_BOM = "\ufeff"

Path_ = tuple[int, ...]


class LayoutError(Exception):
    """The file is a valid plan, but not laid out so that it can be edited safely."""


@dataclass(frozen=True, eq=False)
class Block:
    """One ``[[…]]`` table of the plan and its children, as text."""

    kind: Kind
    key: str
    lead: str
    header: str
    content: str
    tail: str
    children: tuple[Block, ...] = ()

    @cached_property
    def text(self) -> str:
        return (
            self.lead
            + self.header
            + self.content
            + self.tail
            + "".join(child.text for child in self.children)
        )

    @cached_property
    def data(self) -> dict[str, Any]:
        """The issue's table as ``tomllib`` reads it (issues only; cached: blocks never change)."""
        return _issue_data(self.text)

    def keys(self) -> list[str]:
        """Its own key and every key inside it, in order."""
        found = [self.key]
        for child in self.children:
            found += child.keys()
        return found

    @cached_property
    def key_set(self) -> frozenset[str]:
        """Its own key and every key inside it (cached: blocks never change)."""
        if not self.children:
            return frozenset((self.key,))
        return frozenset((self.key,)).union(*(child.key_set for child in self.children))

    def last_leaf(self) -> Block:
        return self.children[-1].last_leaf() if self.children else self

    def with_last_tail(self, tail: str) -> Block:
        """The same block with the blank lines after its last line replaced."""
        if not self.children:
            return replace(self, tail=tail)
        return replace(self, children=(*self.children[:-1], self.children[-1].with_last_tail(tail)))


@dataclass(frozen=True, eq=False)
class Doc:
    """A whole plan file as blocks."""

    prefix: str
    issues: tuple[Block, ...]
    newline: str = "\n"
    bom: bool = False

    @cached_property
    def text(self) -> str:
        return (_BOM if self.bom else "") + self.prefix + "".join(i.text for i in self.issues)

    @cached_property
    def prefix_data(self) -> dict[str, Any]:
        try:
            data = tomllib.loads(self.prefix)
        except tomllib.TOMLDecodeError as exc:
            raise LayoutError(Problem("", "layout_prefix", message=str(exc))) from None
        if "issues" in data:
            raise LayoutError(Problem("", "layout_issues_inline"))
        return data

    def data(self) -> dict[str, Any]:
        """The whole plan as ``tomllib`` would read it (from the cached pieces)."""
        return {**self.prefix_data, "issues": [issue.data for issue in self.issues]}

    def path_of(self, key: str) -> Path_ | None:
        """Where the block with ``key`` is: (issue, activity, outcome) indexes."""
        for i, issue in enumerate(self.issues):
            if key not in issue.key_set:
                continue
            if issue.key == key:
                return (i,)
            for j, activity in enumerate(issue.children):
                if activity.key == key:
                    return (i, j)
                for k, outcome in enumerate(activity.children):
                    if outcome.key == key:
                        return (i, j, k)
        return None

    def get(self, path: Path_) -> Block:
        block = self.issues[path[0]]
        for index in path[1:]:
            block = block.children[index]
        return block

    def children(self, parent: Path_) -> tuple[Block, ...]:
        return self.issues if not parent else self.get(parent).children

    def all_keys(self) -> set[str]:
        """Every item's key."""
        found: set[str] = set()
        for issue in self.issues:
            found |= issue.key_set
        return found

    # pure edits: each returns a new Doc sharing the untouched blocks -------------------

    def with_children(self, parent: Path_, children: tuple[Block, ...]) -> Doc:
        if not parent:
            return replace(self, issues=children)
        return self.with_block(parent, replace(self.get(parent), children=children))

    def with_block(self, path: Path_, block: Block) -> Doc:
        if len(path) == 1:
            issues = (*self.issues[: path[0]], block, *self.issues[path[0] + 1 :])
            return replace(self, issues=issues)
        parent = path[:-1]
        siblings = self.children(parent)
        index = path[-1]
        return self.with_children(parent, (*siblings[:index], block, *siblings[index + 1 :]))

    def without(self, path: Path_) -> Doc:
        parent, index = path[:-1], path[-1]
        siblings = self.children(parent)
        return self.with_children(parent, (*siblings[:index], *siblings[index + 1 :]))

    def inserted(self, parent: Path_, index: int, block: Block) -> Doc:
        """``block`` put in as child ``index`` of ``parent``, its text exactly as it is."""
        siblings = self.children(parent)
        return self.with_children(parent, (*siblings[:index], block, *siblings[index:]))

    def placed(self, parent: Path_, index: int, block: Block) -> Doc:
        """``block`` put in as child ``index`` of ``parent``, spaced like its neighbours."""
        doc = self
        leaf = block.last_leaf()
        fixed_end = _ensure_newline(leaf, self.newline)
        if fixed_end is not leaf:
            block = _replace_last_leaf(block, fixed_end)
        before = self._before(parent, index)
        is_last = self._is_last(parent, index)
        sep = self.separator()
        if before is None:  # right after the prefix
            prefix = self.prefix
            if prefix.strip() and not prefix.endswith(self.newline):
                prefix += self.newline
            if prefix.strip() and not prefix.endswith(self.newline * 2):
                prefix += sep
            doc = replace(doc, prefix=prefix)
            block = block.with_last_tail("" if is_last else sep)
        else:
            leaf_path, leaf = before
            fixed = _ensure_newline(leaf, self.newline)
            tail = fixed.tail
            if is_last and not tail:
                fixed = replace(fixed, tail=sep)
            if fixed is not leaf:
                doc = doc.with_block(leaf_path, fixed)
            block = block.with_last_tail(tail)
        return doc.inserted(parent, index, block)

    def separator(self) -> str:
        """The blank lines the file puts between two tables (one, if it has no example)."""
        for issue in self.issues:
            for block in (issue, *issue.children):
                if block.tail:
                    return block.tail
            for activity in issue.children:
                for outcome in activity.children[:-1]:
                    return outcome.tail
        return self.newline

    def _before(self, parent: Path_, index: int) -> tuple[Path_, Block] | None:
        """The last block written before child ``index`` of ``parent`` (None: the prefix)."""
        if index > 0:
            path = (*parent, index - 1)
            block = self.get(path)
            while block.children:
                path = (*path, len(block.children) - 1)
                block = block.children[-1]
            return path, block
        if not parent:
            return None
        return parent, self.get(parent)  # its own lines come before its children

    def _is_last(self, parent: Path_, index: int) -> bool:
        """Whether a block put in as child ``index`` of ``parent`` ends the file."""
        if index < len(self.children(parent)):
            return False
        while parent:
            position, parent = parent[-1], parent[:-1]
            if position < len(self.children(parent)) - 1:
                return False
        return True


def _ensure_newline(block: Block, newline: str) -> Block:
    """A block whose text ends a line (the last table of a file may not)."""
    if (
        block.tail
        or block.content.endswith(("\n", "\r"))
        or (not block.content and block.header.endswith(("\n", "\r")))
    ):
        return block
    if block.content:
        return replace(block, content=block.content + newline)
    return replace(block, header=block.header + newline)


def _replace_last_leaf(block: Block, leaf: Block) -> Block:
    if not block.children:
        return leaf
    return replace(
        block, children=(*block.children[:-1], _replace_last_leaf(block.children[-1], leaf))
    )


def _issue_data(text: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LayoutError(Problem("", "layout_issue_alone", message=str(exc))) from None
    issues = data.get("issues")
    if set(data) != {"issues"} or not isinstance(issues, list) or len(issues) != 1:
        raise LayoutError(Problem("", "layout_other_table"))
    issue = issues[0]
    if not isinstance(issue, dict):
        raise LayoutError(Problem("", "layout_issue_not_table"))
    return issue


def split(text: str) -> Doc:
    """Read a plan file's text as blocks. Raises :class:`LayoutError` (see the module doc)."""
    bom = text.startswith(_BOM)
    if bom:
        text = text[1:]
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    headers: list[tuple[int, Kind]] = []
    for number, line in enumerate(lines):
        if line.lstrip().startswith("[["):
            found = _HEADER_RE.match(line.rstrip("\r\n"))
            if found:
                level = 0 if not found.group(1) else 1 if not found.group(2) else 2
                headers.append((number, KINDS[level]))
    starts: list[int] = []  # where each block begins: its lead
    previous_header = -1
    for number, _ in headers:
        start = number
        while start - 1 > previous_header and lines[start - 1].lstrip().startswith("#"):
            start -= 1
        starts.append(start)
        previous_header = number
    prefix = "".join(lines[: starts[0]]) if starts else text
    flat: list[tuple[Kind, Block]] = []
    for index, (number, kind) in enumerate(headers):
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        rest = lines[number + 1 : end]
        cut = len(rest)
        while cut > 0 and not rest[cut - 1].strip():
            cut -= 1
        flat.append(
            (
                kind,
                Block(
                    kind=kind,
                    key="",
                    lead="".join(lines[starts[index] : number]),
                    header=lines[number],
                    content="".join(rest[:cut]),
                    tail="".join(rest[cut:]),
                ),
            )
        )
    issues = _nest(flat)
    doc = Doc(
        prefix=prefix, issues=tuple(_with_keys(issue) for issue in issues), newline=newline, bom=bom
    )
    doc.prefix_data  # noqa: B018 - checks the prefix reads alone
    return doc


def _nest(flat: list[tuple[Kind, Block]]) -> list[Block]:
    issues: list[tuple[Block, list[tuple[Block, list[Block]]]]] = []
    for kind, block in flat:
        if kind == "issue":
            issues.append((block, []))
        elif kind == "activity":
            if not issues:
                raise LayoutError(Problem("", "layout_activity_first"))
            issues[-1][1].append((block, []))
        else:
            if not issues or not issues[-1][1]:
                raise LayoutError(Problem("", "layout_outcome_first"))
            issues[-1][1][-1][1].append(block)
    return [
        replace(
            issue,
            children=tuple(replace(act, children=tuple(outs)) for act, outs in activities),
        )
        for issue, activities in issues
    ]


def _with_keys(issue: Block) -> Block:
    """The issue with every block's key filled in from its data, checking the split."""
    data = issue.data
    activities = data.get("activities", [])
    if not isinstance(activities, list) or len(activities) != len(issue.children):
        raise LayoutError(Problem("", "layout_activities_inline", key=data.get("id")))
    children = []
    for activity, block in zip(activities, issue.children, strict=True):
        outcomes = activity.get("outcomes", []) if isinstance(activity, dict) else None
        if not isinstance(outcomes, list) or len(outcomes) != len(block.children):
            raise LayoutError(Problem("", "layout_outcomes_inline", key=activity.get("id")))
        children.append(
            replace(
                block,
                key=_key(activity),
                children=tuple(
                    replace(o, key=_key(d)) for d, o in zip(outcomes, block.children, strict=True)
                ),
            )
        )
    keyed = replace(issue, key=_key(data), children=tuple(children))
    keyed.__dict__["data"] = data  # the same text: keep what was read
    return keyed


def _key(table: Any) -> str:
    value = table.get("id") if isinstance(table, dict) else None
    return value if isinstance(value, str) else ""
