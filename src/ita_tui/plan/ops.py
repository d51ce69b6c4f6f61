"""Edits of a plan as operations on its text blocks: set fields, add, remove, restore, move.

Each operation names items by their permanent key (never by the number shown, which changes
as items move), so it can be applied to the file as it is on disk when it is written, and
:func:`apply_op` returns the operation that undoes it. The keys inside one block are set
with tomlkit (comments and untouched values stay as written); whole items move verbatim;
new items copy the layout of their neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from ita_tui.model import Activity, Issue, Outcome, Plan
from ita_tui.plan.blocks import CHILD_KIND, HEADERS, Block, Doc, Kind, Path_
from ita_tui.plan.fields import FIELDS, FieldValue
from ita_tui.plan.import_notes import without_all_notes
from ita_tui.plan.problems import Problem
from ita_tui.plan.quoting import quotes_of, toml_value
from ita_tui.plan.toml_order import table_with_key_after

#: ``after=FIRST``: put the item first among its siblings (``after=None``: last).
FIRST = "<first>"


class EditError(Exception):
    """An edit that was not made; ``problems`` says why (one reason per line). Nothing written."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


class EditRejected(EditError):
    """The edit would make a plan that is not valid (an empty title, a duplicate job title…)."""


class EditFailed(EditError):
    """The plan could not be read, locked or written (a file problem, not the edit's)."""


# --- operations --------------------------------------------------------------------------


@dataclass(frozen=True)
class SetFields:
    """Set fields of the item with key ``key`` (``None``: the plan's own fields).
    A value of ``None`` removes an optional field."""

    key: str | None
    fields: Mapping[str, FieldValue]
    #: ``(text written, text before)``: an undo puts the exact old text back when the item
    #: is still as written (else it sets the old values, keeping a colleague's changes).
    texts: tuple[str, str] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class AddItem:
    """A new item of ``kind`` under ``parent`` (an issue's key for an activity, an activity's
    for an outcome, ``None`` for an issue), after the sibling ``after`` (``None``: last,
    :data:`FIRST`: first). ``key`` is chosen when it is applied (kept for redo)."""

    kind: Kind
    fields: Mapping[str, FieldValue]
    parent: str | None = None
    after: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class RemoveItem:
    """Remove the item with key ``key`` and everything in it (its progress is kept)."""

    key: str


@dataclass(frozen=True)
class RestoreItem:
    """Put back a removed item exactly as it was written (the undo of :class:`RemoveItem`)."""

    block: Block
    parent: str | None
    after: str | None
    index: int
    #: The blank lines that ended the item before it when the removed one ended the file.
    before_tail: str | None = None


@dataclass(frozen=True)
class MoveItem:
    """Move the item ``key`` under ``parent`` (the same kinds as :class:`AddItem`), after the
    sibling ``after`` (``None``: last, :data:`FIRST`: first)."""

    key: str
    parent: str | None
    after: str | None


Op = SetFields | AddItem | RemoveItem | RestoreItem | MoveItem


# --- applying an operation to the blocks --------------------------------------------------


def _toml_value(value: FieldValue, multiline: bool, like: Any = None) -> Any:
    """``value`` quoted as :mod:`ita_tui.plan.quoting` says (``like``: the value whose
    quotes it follows)."""
    item = toml_value(value, like=like)
    if isinstance(value, list) and multiline and value:
        item.multiline(True)
    return item


def _a_text(doc: Any) -> Any:
    """The first value of a parsed table whose quotes tell how its texts are written."""
    return next((value for value in doc.values() if quotes_of(value) is not None), None)


def _is_multiline(content: str, name: str) -> bool:
    return bool(re.search(rf"(?m)^[ \t]*{re.escape(name)}[ \t]*=[ \t]*\[[ \t]*(#.*)?\r?$", content))


def _set_in_content(
    content: str,
    fields: Mapping[str, FieldValue],
    newline: str,
    example: str = "",
    style: str = "",
) -> str:
    """``content`` (a table's key lines) with ``fields`` set in place by tomlkit. New values
    are quoted as the texts already there are, else as those of ``example`` (an item of the
    same kind), else as those of ``style`` (the plan's own keys)."""
    import tomlkit

    doc = tomlkit.parse(content)
    model = tomlkit.parse(example) if example else None
    around = _a_text(doc) or (_a_text(model) if model is not None else None)
    if around is None and style:
        around = _a_text(tomlkit.parse(style))
    for name, value in fields.items():
        if value is None:
            if name in doc:
                del doc[name]
            continue
        multiline = _is_multiline(content if name in doc else example, name)
        if name == "steps" and name not in doc and not example:
            multiline = True
        candidates = (doc.get(name), model.get(name) if model is not None else None, around)
        like = next((c for c in candidates if quotes_of(c) is not None), None)
        doc[name] = _toml_value(value, multiline, like)
    text = doc.as_string()
    if newline != "\n":
        text = re.sub(r"(?<!\r)\n", newline, text)
    return text


def _indent_of(text: str) -> str:
    found = re.match(r"[ \t]*", text)
    return found.group(0) if found else ""


def _new_block(
    doc: Doc, kind: Kind, key: str, fields: Mapping[str, FieldValue], example: Block | None
) -> Block:
    """A new item's text, laid out as ``example`` (a block of the same kind) is."""
    header_indent = _indent_of(example.header) if example else ""
    content_indent = _indent_of(example.content) if example and example.content else header_indent
    ordered: dict[str, FieldValue] = {"id": key}
    for name in FIELDS[kind]:
        if fields.get(name) is not None:
            ordered[name] = fields[name]
    content = _set_in_content(
        "", ordered, doc.newline, example.content if example else "", style=doc.prefix
    )
    if content_indent:
        content = "".join(
            content_indent + line if line.strip() else line
            for line in content.splitlines(keepends=True)
        )
    return Block(
        kind=kind,
        key=key,
        lead="",
        header=header_indent + HEADERS[kind] + doc.newline,
        content=content,
        tail="",
    )


def _example(doc: Doc, kind: Kind, near: tuple[Block, ...]) -> Block | None:
    """A block of ``kind`` to copy the layout of: a sibling, else the first in the file."""
    for block in near:
        if block.kind == kind:
            return block
    for issue in doc.issues:
        if kind == "issue":
            return issue
        for activity in issue.children:
            if kind == "activity":
                return activity
            for outcome in activity.children:
                return outcome
    return None


def _parent_path(doc: Doc, kind: Kind, parent: str | None) -> Path_:
    if kind == "issue":
        if parent is not None:
            raise EditRejected(Problem("", "issue_no_parent"))
        return ()
    want = "issue" if kind == "activity" else "activity"
    if parent is None:
        raise EditRejected(Problem("", "say_parent", want=want, kind=kind))
    path = doc.path_of(parent)
    if path is None:
        raise EditRejected(Problem("", "no_parent", want=want, key=parent))
    if doc.get(path).kind != want:
        raise EditRejected(Problem("", "wrong_parent", kind=kind, want=want, key=parent))
    return path


def _index_after(siblings: tuple[Block, ...], after: str | None, moving: str | None = None) -> int:
    if after is None:
        return len(siblings)
    if after == FIRST:
        return 0
    for index, block in enumerate(siblings):
        if block.key == after:
            return index + 1
    raise EditRejected(Problem("", "no_after", key=after))


def _after_of(siblings: tuple[Block, ...], index: int) -> str:
    return siblings[index - 1].key if index > 0 else FIRST


def apply_op(doc: Doc, op: Op) -> tuple[Doc, Op, Op, str, str | None, tuple[str, ...]]:
    """``(new doc, op as applied, inverse, kind, key, removed outcome keys)``."""
    if isinstance(op, SetFields):
        if op.key is None:
            old = _old_plan_fields(doc, op.fields)
            changed = {k: v for k, v in op.fields.items() if not _same(old.get(k), v)}
            if op.texts is not None and doc.prefix == op.texts[0]:
                new_doc = replace(doc, prefix=op.texts[1])
            else:
                new_doc = _set_plan(doc, replace(op, fields=changed)) if changed else doc
            inverse = SetFields(None, old, texts=(new_doc.prefix, doc.prefix))
            return new_doc, op, inverse, "plan", None, ()
        path = doc.path_of(op.key)
        if path is None:
            raise EditRejected(Problem("", "no_key_now", key=op.key))
        block = doc.get(path)
        import tomllib

        old_data = tomllib.loads(block.content) if block.content.strip() else {}
        old = {name: old_data.get(name) for name in op.fields}
        changed = {k: v for k, v in op.fields.items() if not _same(old.get(k), v)}
        if op.texts is not None and block.content == op.texts[0]:
            content = op.texts[1]
        elif changed:  # a field left as it was keeps its text (and its comments)
            # the importer's notes on the item are settled by the officer's edit (an undo puts
            # the old text back, notes and all)
            content = _set_in_content(without_all_notes(block.content), changed, doc.newline)
            if content and not content.endswith(("\n", "\r")):
                content += doc.newline
        else:
            content = block.content
        inverse = SetFields(op.key, old, texts=(content, block.content))
        new_doc = doc.with_block(path, replace(block, content=content))
        return new_doc, op, inverse, block.kind, op.key, ()
    if isinstance(op, AddItem):
        assert op.key is not None
        parent = _parent_path(doc, op.kind, op.parent)
        siblings = doc.children(parent)
        index = _index_after(siblings, op.after)
        block = _new_block(doc, op.kind, op.key, op.fields, _example(doc, op.kind, siblings))
        return doc.placed(parent, index, block), op, RemoveItem(op.key), op.kind, op.key, ()
    if isinstance(op, RemoveItem):
        path = doc.path_of(op.key)
        if path is None:
            raise EditRejected(Problem("", "no_key_now", key=op.key))
        block = doc.get(path)
        if block.kind == "issue" and len(doc.issues) == 1:
            raise EditRejected(Problem("", "last_issue"))
        parent_path, index = path[:-1], path[-1]
        parent_key = doc.get(parent_path).key if parent_path else None
        without, before_tail = _remove(doc, path)
        restore = RestoreItem(
            block, parent_key, _after_of(doc.children(parent_path), index), index, before_tail
        )
        removed = tuple(_outcome_keys(block))
        return without, op, restore, block.kind, op.key, removed
    if isinstance(op, RestoreItem):
        kind = op.block.kind
        parent = _parent_path(doc, kind, op.parent)
        siblings = doc.children(parent)
        try:
            index = _index_after(siblings, op.after)
        except EditRejected:
            index = min(op.index, len(siblings))
        taken = doc.all_keys() & set(op.block.keys())
        if taken:
            raise EditRejected(Problem("", "taken_again", key=sorted(taken)[0]))
        restored = _restore(doc, parent, index, op.block, op.before_tail)
        return restored, op, RemoveItem(op.block.key), kind, op.block.key, ()
    if isinstance(op, MoveItem):
        path = doc.path_of(op.key)
        if path is None:
            raise EditRejected(Problem("", "no_key_now", key=op.key))
        block = doc.get(path)
        old_parent = path[:-1]
        old_siblings = doc.children(old_parent)
        back = MoveItem(
            op.key,
            doc.get(old_parent).key if old_parent else None,
            _after_of(old_siblings, path[-1]),
        )
        if op.after == op.key:
            raise EditRejected(Problem("", "after_itself"))
        without = _remove(doc, path)[0]
        parent = _parent_path(without, block.kind, op.parent)
        siblings = without.children(parent)
        index = _index_after(siblings, op.after)
        moved = without.placed(parent, index, block)
        return moved, op, back, block.kind, op.key, ()
    raise TypeError(f"not an edit: {op!r}")


def _same(old: Any, new: FieldValue) -> bool:
    if isinstance(old, list) and isinstance(new, list | tuple):
        return list(old) == list(new)
    if isinstance(old, bool) or isinstance(new, bool):
        return old is new
    return bool(old == new) and type(old) is type(new) if old is not None else new is None


def _remove(doc: Doc, path: Path_) -> tuple[Doc, str | None]:
    """``doc`` without the block at ``path``; when that block ended the file, the block now
    last ends as it did, and the blank lines it had before are returned (for the undo)."""
    block = doc.get(path)
    without = doc.without(path)
    if not doc._is_last(path[:-1], path[-1] + 1) or not without.issues:
        return without, None
    leaf_path: Path_ = (len(without.issues) - 1,)
    leaf = without.get(leaf_path)
    while leaf.children:
        leaf_path = (*leaf_path, len(leaf.children) - 1)
        leaf = leaf.children[-1]
    end = block.last_leaf().tail
    if leaf.tail == end:
        return without, None
    return without.with_block(leaf_path, replace(leaf, tail=end)), leaf.tail


def _restore(
    doc: Doc, parent: Path_, index: int, block: Block, before_tail: str | None = None
) -> Doc:
    """Put ``block`` back exactly; only a missing line end before it is added."""
    if before_tail is not None and doc._is_last(parent, index) and (index > 0 or parent):
        path = (*parent, index - 1) if index > 0 else parent
        leaf = doc.get(path)
        while index > 0 and leaf.children:
            path = (*path, len(leaf.children) - 1)
            leaf = leaf.children[-1]
        doc = doc.with_block(path, replace(leaf, tail=before_tail))
    if index > 0 or parent:
        before = (*parent, index - 1) if index > 0 else parent
        path = before
        leaf = doc.get(path)
        if index > 0:
            while leaf.children:
                path = (*path, len(leaf.children) - 1)
                leaf = leaf.children[-1]
        if not (leaf.tail or (leaf.content or leaf.header).endswith(("\n", "\r"))):
            doc = doc.with_block(
                path,
                replace(leaf, content=leaf.content + doc.newline)
                if leaf.content
                else replace(leaf, header=leaf.header + doc.newline),
            )
    elif doc.prefix and not doc.prefix.endswith(("\n", "\r")):
        doc = replace(doc, prefix=doc.prefix + doc.newline)
    return doc.inserted(parent, index, block)


def _outcome_keys(block: Block) -> list[str]:
    if block.kind == "outcome":
        return [block.key]
    found: list[str] = []
    for child in block.children:
        found += _outcome_keys(child)
    return found


def _split_prefix(prefix: str) -> tuple[str, str, str]:
    """``(top-level keys, tables such as [ita], blank lines at the end)``."""
    body = prefix.rstrip("\r\n")
    end = prefix[len(body) :]
    # rstrip took whole blank lines and the last line's end: give the line end back
    line_end = "\r\n" if end.startswith("\r\n") else "\n" if end else ""
    body += line_end
    end = end[len(line_end) :]
    lines = body.splitlines(keepends=True)
    first_table = next(
        (i for i, line in enumerate(lines) if line.lstrip().startswith("[")), len(lines)
    )
    start = first_table
    while start > 0 and (lines[start - 1].lstrip().startswith("#") or not lines[start - 1].strip()):
        start -= 1
    return "".join(lines[:start]), "".join(lines[start:]), end


def _old_plan_fields(doc: Doc, fields: Mapping[str, FieldValue]) -> dict[str, FieldValue]:
    data = doc.prefix_data
    old: dict[str, FieldValue] = {}
    for name in fields:
        if name.startswith("ita."):
            ita = data.get("ita")
            old[name] = ita.get(name[4:]) if isinstance(ita, dict) else None
        else:
            old[name] = data.get(name)
    return old


def _set_plan(doc: Doc, op: SetFields) -> Doc:
    top, tables, end = _split_prefix(doc.prefix)
    top_fields = {k: v for k, v in op.fields.items() if not k.startswith("ita.")}
    ita_fields = {k[4:]: v for k, v in op.fields.items() if k.startswith("ita.")}
    if top_fields:
        top_body = top.rstrip("\r\n")
        top_end = top[len(top_body) :]
        if top_body:
            top_body += doc.newline
            top_end = top_end[len(doc.newline) :] if top_end.startswith(doc.newline) else top_end
        top = _set_in_content(top_body, top_fields, doc.newline) + top_end
    if ita_fields:
        import tomlkit

        tables_doc = tomlkit.parse(tables)
        if "ita" not in tables_doc:
            if all(v is None for v in ita_fields.values()):
                ita_fields = {}
            else:
                sep = doc.newline if tables.strip() or top.strip() else ""
                tables += sep + "[ita]" + doc.newline
                tables_doc = tomlkit.parse(tables)
                if not end and doc.issues:  # a blank line between it and the first issue
                    end = doc.newline
        if ita_fields:
            ita = tables_doc["ita"]
            for name, value in ita_fields.items():
                if value is None:
                    if name in ita:
                        del ita[name]
                elif name not in ita and name == "score" and "year" in ita:
                    tables_doc["ita"] = table_with_key_after(ita, "year", name, value)
                    ita = tables_doc["ita"]  # year, score, level
                else:
                    ita[name] = value
            tables = tables_doc.as_string()
    return replace(doc, prefix=top + tables + end)


def _kind_of(node: Issue | Activity | Outcome) -> Kind:
    return (
        "issue"
        if isinstance(node, Issue)
        else "activity"
        if isinstance(node, Activity)
        else "outcome"
    )


def parse_number_map(doc: Doc) -> dict[str, str]:
    """Key -> number shown, from the blocks' positions."""
    numbers: dict[str, str] = {}
    for i, issue in enumerate(doc.issues, 1):
        numbers[issue.key] = f"{i}"
        for j, activity in enumerate(issue.children, 1):
            numbers[activity.key] = f"{i}.{j}"
            for k, outcome in enumerate(activity.children, 1):
                numbers[outcome.key] = f"{i}.{j}.{k}"
    return numbers


# --- helpers for the app and the command line --------------------------------------------


def kind_of(plan: Plan, key: str) -> Kind | None:
    node = plan.find(key)
    return None if node is None else _kind_of(node)


def parent_key(plan: Plan, key: str) -> str | None:
    """The key of the item holding ``key`` (None for an issue or an unknown key)."""
    for issue in plan.issues:
        for activity in issue.activities:
            if activity.id == key:
                return issue.id
            for outcome in activity.outcomes:
                if outcome.id == key:
                    return activity.id
    return None


def siblings(plan: Plan, key: str) -> list[str]:
    """The keys of ``key``'s siblings, itself included, in order."""
    for issue in plan.issues:
        if issue.id == key:
            return [i.id for i in plan.issues]
        for activity in issue.activities:
            if activity.id == key:
                return [a.id for a in issue.activities]
            for outcome in activity.outcomes:
                if outcome.id == key:
                    return [o.id for o in activity.outcomes]
    return []


def add_after(plan: Plan, sibling: str, fields: Mapping[str, FieldValue]) -> AddItem:
    """A new item of the same kind right after ``sibling`` (the app's ``o``)."""
    kind = kind_of(plan, sibling)
    if kind is None:
        raise EditRejected(Problem("", "no_key_bare", key=sibling))
    return AddItem(kind, dict(fields), parent_key(plan, sibling), sibling)


def add_child(plan: Plan, parent: str, fields: Mapping[str, FieldValue]) -> AddItem:
    """A new child, last, of ``parent``: an activity of an issue, an outcome of an activity."""
    kind = kind_of(plan, parent)
    child = CHILD_KIND.get(kind) if kind else None
    if child is None:
        raise EditRejected(Problem("", "outcome_no_children"))
    return AddItem(child, dict(fields), parent, None)


def move_by(plan: Plan, key: str, delta: Literal[-1, 1]) -> MoveItem:
    """Move ``key`` one place up (-1) or down (+1) among its siblings (ctrl+up / ctrl+down)."""
    keys = siblings(plan, key)
    if not keys:
        raise EditRejected(Problem("", "no_key_bare", key=key))
    index = keys.index(key)
    target = index + delta
    if not 0 <= target < len(keys):
        raise EditRejected(Problem("", "already_first" if delta < 0 else "already_last"))
    rest = [k for k in keys if k != key]
    after = FIRST if target == 0 else rest[target - 1]
    return MoveItem(key, parent_key(plan, key), after)
