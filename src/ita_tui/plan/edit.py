"""Writing the plan file in place: set fields, add, remove and move items, each undoable.

An edit is an *operation* naming items by their permanent key (never by the number shown,
which changes as items move): :class:`SetFields`, :class:`AddItem`, :class:`RemoveItem`
(undone by :class:`RestoreItem`, which puts back the exact text removed, comments and all)
and :class:`MoveItem`. :meth:`PlanEditor.apply` checks it, then, under the plan's lock (the
same lock as its progress), re-reads the file if anyone changed it, applies the operation
to the file as it is now, checks the result with the loader, backs up the old file and writes
the new one atomically. It returns an :class:`EditResult` with the plan as written and the
operation that undoes it (apply that to undo; apply ``result.op`` again to redo).

The file is edited as text blocks (:mod:`ita_tui.plan.blocks`): an item's keys with tomlkit,
whole items moved verbatim, so comments, key order, blank lines and untouched values stay
byte for byte; new items copy the layout of their neighbours.

New items get a fresh random key (``k7f3qx``: six letters and digits, starting with a letter,
so that it never looks like a number) that is in neither the plan, nor its progress file, nor
its change log, nor anything this editor has seen. Random keys made on two machines at once
do not collide (one in 10^8 per pair), and the choice is re-checked under the lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, cast

from ita_tui.atomic import atomic_write_bytes
from ita_tui.model import Activity, Issue, Outcome, Plan
from ita_tui.paths import safe_file_stem
from ita_tui.plan.blocks import CHILD_KIND, HEADERS, Block, Doc, Kind, LayoutError, Path_, split
from ita_tui.plan.load import LoadedPlan, PlanError, _Checker, bundled_plan_path, parse_plan
from ita_tui.progress import LOCK_TIMEOUT, ProgressStore, StoreError

#: ``after=FIRST``: put the item first among its siblings (``after=None``: last).
FIRST = "<first>"
KEEP_BACKUPS = 20
KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
KEY_LENGTH = 6

FieldValue = str | int | float | list[Any] | None

#: The fields each kind of item has, in the order new items are written.
FIELDS: dict[str, tuple[str, ...]] = {
    "issue": ("title",),
    "activity": ("title", "period", "quarters", "responsible", "steps", "oit"),
    "outcome": ("text", "oit"),
    "plan": (
        "title",
        "organisation",
        "district",
        "province",
        "fiscal_year",
        "intro",
        "ita.year",
        "ita.score",
        "ita.level",
    ),
}
_REQUIRED_TEXT = {"title", "text", "organisation"}
_OPTIONAL = {"period", "oit", "district", "province", "intro", "ita.score", "ita.level"}
_LIST_FIELDS = {"responsible", "steps"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NAMES = {
    "title": "the title",
    "text": "the text",
    "period": "the period",
    "quarters": "the quarters",
    "responsible": "the job titles",
    "steps": "the steps",
    "oit": "the OIT code",
    "organisation": "the organisation",
    "district": "the district",
    "province": "the province",
    "fiscal_year": "the fiscal year",
    "intro": "the introduction",
    "ita.year": "the ITA year",
    "ita.score": "the ITA score",
    "ita.level": "the ITA level",
}


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


@dataclass(frozen=True)
class EditResult:
    """What an edit did."""

    loaded: LoadedPlan  # the plan as now written
    op: Op  # the operation as applied (apply it again to redo)
    inverse: Op  # the operation that undoes it
    kind: str  # "issue" | "activity" | "outcome" | "plan"
    key: str | None  # the item's key (None: the plan)
    summary: str  # one line in English, e.g. "added outcome 1.2.6 (key k7f3qx)"
    removed_outcomes: tuple[str, ...] = ()  # keys of the outcomes a removal took out
    notices: tuple[str, ...] = field(default_factory=tuple)


# --- checking fields ----------------------------------------------------------------------


def normalise_fields(kind: str, fields: Mapping[str, FieldValue]) -> dict[str, FieldValue]:
    """Fields as they will be written: texts stripped, blank list lines dropped, quarters sorted."""
    result: dict[str, FieldValue] = {}
    for name, value in fields.items():
        if isinstance(value, str):
            value = value.strip()
            if name in _OPTIONAL and not value and name not in ("ita.level",):
                value = None
        elif name in _LIST_FIELDS and isinstance(value, list | tuple):
            value = [str(v).strip() for v in value if str(v).strip()]
        elif name == "quarters" and isinstance(value, list | tuple):
            value = (
                sorted({v for v in value if isinstance(v, int)})
                if all(isinstance(v, int) and not isinstance(v, bool) for v in value)
                else list(value)
            )
        result[name] = value
    return result


#: Reasons a form shows, in English and Thai: ``{label}`` is the field's name.
_REASONS: dict[str, tuple[str, str]] = {
    "kind": ("{kind!r} is not a kind of item", "{kind!r} ไม่ใช่ชนิดของรายการ"),
    "key": (
        "the key (id) is permanent: progress is recorded against it",
        "รหัสของรายการเปลี่ยนไม่ได้ เพราะความคืบหน้าบันทึกไว้กับรหัสนี้",
    ),
    "plan_id": (
        "the plan id names its progress file and cannot be changed here",
        "รหัสแผนเป็นชื่อแฟ้มความคืบหน้า จึงเปลี่ยนที่นี่ไม่ได้",
    ),
    "unknown": ("{name!r} is not a field of {what}", "{name!r} ไม่ใช่ช่องของ{what}"),
    "required": ("{label} cannot be left out", "ต้องมี{label}"),
    "lines": ("{label} must be texts, one per line", "{label}ต้องเป็นข้อความ บรรทัดละหนึ่งรายการ"),
    "control_item": (
        "{label}: {item!r} contains a control character",
        "{label}: {item!r} มีอักขระควบคุม",
    ),
    "twice": ("the job title {item!r} is listed twice", "ตำแหน่ง {item!r} ซ้ำกัน"),
    "quarters": ("the quarters must be numbers 1-4", "ไตรมาสต้องเป็นเลข ๑-๔"),
    "period": (
        "the period {period!r} has no quarter: tick the quarters it covers",
        "ระยะเวลา {period!r} ยังไม่ได้เลือกไตรมาส: เลือกไตรมาสที่ครอบคลุม",
    ),
    "no_quarter": ("tick at least one quarter (1-4)", "เลือกอย่างน้อยหนึ่งไตรมาส"),
    "quarter": ("a quarter is 1, 2, 3 or 4", "ไตรมาสมีเพียง ๑ ๒ ๓ และ ๔"),
    "year": ("{label} must be a B.E. year such as 2569", "{label}ต้องเป็นปี พ.ศ. เช่น ๒๕๖๙"),
    "year_range": (
        "{label}: {value} is not a B.E. year (e.g. 2569)",
        "{label}: {value} ไม่ใช่ปี พ.ศ. (เช่น ๒๕๖๙)",
    ),
    "score": ("{label} must be a number 0-100", "{label}ต้องเป็นตัวเลข ๐-๑๐๐"),
    "score_range": (
        "{label}: {value} is not a score (0-100)",
        "{label}: {value} ไม่ใช่คะแนน (๐-๑๐๐)",
    ),
    "text": ("{label} must be text", "{label}ต้องเป็นข้อความ"),
    "empty": ("{label} must not be empty", "ต้องกรอก{label}"),
    "control": ("{label} contains a control character", "{label}มีอักขระควบคุม"),
}
_NAMES_TH = {
    "title": "ชื่อ",
    "text": "ข้อความผลลัพธ์",
    "period": "ระยะเวลา",
    "quarters": "ไตรมาส",
    "responsible": "ผู้รับผิดชอบ",
    "steps": "ขั้นตอน",
    "oit": "รหัส OIT",
    "organisation": "ชื่อหน่วยงาน",
    "district": "อำเภอ",
    "province": "จังหวัด",
    "fiscal_year": "ปีงบประมาณ",
    "intro": "คำนำ",
    "ita.year": "ปีที่ประเมิน ITA",
    "ita.score": "คะแนน ITA",
    "ita.level": "ระดับผล ITA",
}
_KINDS = {
    "plan": ("the plan", "แผน"),
    "issue": ("an issue", "ประเด็น"),
    "activity": ("an activity", "มาตรการ/กิจกรรม"),
    "outcome": ("an outcome", "ผลลัพธ์"),
}


def check_fields(kind: str, fields: Mapping[str, FieldValue], *, lang: str = "en") -> list[str]:
    """Why these (normalised) fields cannot be written for an item of ``kind``: one reason
    per problem, empty when they can; ``lang="th"`` gives them in Thai for the app's forms."""
    th = lang == "th"

    def reason(code: str, **values: Any) -> str:
        return _REASONS[code][1 if th else 0].format(**values)

    known = FIELDS.get(kind)
    if known is None:
        return [reason("kind", kind=kind)]
    problems: list[str] = []
    for name, value in fields.items():
        label = (_NAMES_TH if th else _NAMES).get(name, name)
        if name == "id":
            problems.append(reason("key" if kind != "plan" else "plan_id"))
        elif name not in known:
            problems.append(reason("unknown", name=name, what=_KINDS[kind][1 if th else 0]))
        elif value is None:
            if name not in _OPTIONAL:
                problems.append(reason("required", label=label))
        elif name in _LIST_FIELDS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(reason("lines", label=label))
                continue
            for item in value:
                if _CONTROL.search(item):
                    problems.append(reason("control_item", label=label, item=item[:30]))
            if name == "responsible":
                seen: set[str] = set()
                for item in value:
                    if item in seen:
                        problems.append(reason("twice", item=item))
                    seen.add(item)
        elif name == "quarters":
            if not isinstance(value, list) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in value
            ):
                problems.append(reason("quarters"))
            elif not value:
                period = fields.get("period")
                if isinstance(period, str) and period:
                    problems.append(reason("period", period=period))
                else:
                    problems.append(reason("no_quarter"))
            elif any(not 1 <= v <= 4 for v in value):
                problems.append(reason("quarter"))
        elif name in ("fiscal_year", "ita.year"):
            if isinstance(value, bool) or not isinstance(value, int):
                problems.append(reason("year", label=label))
            elif not 2400 <= value <= 3000:
                problems.append(reason("year_range", label=label, value=value))
        elif name == "ita.score":
            if isinstance(value, bool) or not isinstance(value, int | float):
                problems.append(reason("score", label=label))
            elif not 0 <= value <= 100:
                problems.append(reason("score_range", label=label, value=value))
        elif not isinstance(value, str):
            problems.append(reason("text", label=label))
        elif name in _REQUIRED_TEXT and not value:
            problems.append(reason("empty", label=label))
        elif _CONTROL.search(value):
            problems.append(reason("control", label=label))
    return problems


# --- applying an operation to the blocks --------------------------------------------------


def _toml_value(name: str, value: FieldValue, multiline: bool) -> Any:
    import tomlkit

    if isinstance(value, list):
        array = tomlkit.array()
        array.extend(value)
        if multiline and value:
            array.multiline(True)
        return array
    return value


def _is_multiline(content: str, name: str) -> bool:
    return bool(re.search(rf"(?m)^[ \t]*{re.escape(name)}[ \t]*=[ \t]*\[[ \t]*(#.*)?\r?$", content))


def _set_in_content(
    content: str, fields: Mapping[str, FieldValue], newline: str, example: str = ""
) -> str:
    """``content`` (a table's key lines) with ``fields`` set in place by tomlkit."""
    import tomlkit

    doc = tomlkit.parse(content)
    for name, value in fields.items():
        if value is None:
            if name in doc:
                del doc[name]
            continue
        multiline = _is_multiline(content if name in doc else example, name)
        if name == "steps" and name not in doc and not example:
            multiline = True
        doc[name] = _toml_value(name, value, multiline)
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
    content = _set_in_content("", ordered, doc.newline, example.content if example else "")
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
            raise EditRejected("an issue has no parent")
        return ()
    want = "issue" if kind == "activity" else "activity"
    if parent is None:
        raise EditRejected(f"say which {want} the {kind} belongs to")
    path = doc.path_of(parent)
    if path is None:
        raise EditRejected(f"no {want} with key {parent!r} in the plan (removed meanwhile?)")
    if doc.get(path).kind != want:
        raise EditRejected(f"an {kind} belongs to an {want}, and {parent!r} is not one")
    return path


def _index_after(siblings: tuple[Block, ...], after: str | None, moving: str | None = None) -> int:
    if after is None:
        return len(siblings)
    if after == FIRST:
        return 0
    for index, block in enumerate(siblings):
        if block.key == after:
            return index + 1
    raise EditRejected(f"no item {after!r} there to put it after (removed or moved meanwhile?)")


def _after_of(siblings: tuple[Block, ...], index: int) -> str:
    return siblings[index - 1].key if index > 0 else FIRST


def _apply(doc: Doc, op: Op) -> tuple[Doc, Op, Op, str, str | None, tuple[str, ...]]:
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
            raise EditRejected(f"no item with key {op.key!r} in the plan (removed meanwhile?)")
        block = doc.get(path)
        import tomllib

        old_data = tomllib.loads(block.content) if block.content.strip() else {}
        old = {name: old_data.get(name) for name in op.fields}
        changed = {k: v for k, v in op.fields.items() if not _same(old.get(k), v)}
        if op.texts is not None and block.content == op.texts[0]:
            content = op.texts[1]
        elif changed:  # a field left as it was keeps its text (and its comments)
            content = _set_in_content(block.content, changed, doc.newline)
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
            raise EditRejected(f"no item with key {op.key!r} in the plan (removed meanwhile?)")
        block = doc.get(path)
        if block.kind == "issue" and len(doc.issues) == 1:
            raise EditRejected(
                "a plan needs at least one issue: add another before removing this one"
            )
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
            raise EditRejected(f"cannot put it back: the plan has {sorted(taken)[0]!r} again")
        restored = _restore(doc, parent, index, op.block, op.before_tail)
        return restored, op, RemoveItem(op.block.key), kind, op.block.key, ()
    if isinstance(op, MoveItem):
        path = doc.path_of(op.key)
        if path is None:
            raise EditRejected(f"no item with key {op.key!r} in the plan (removed meanwhile?)")
        block = doc.get(path)
        old_parent = path[:-1]
        old_siblings = doc.children(old_parent)
        back = MoveItem(
            op.key,
            doc.get(old_parent).key if old_parent else None,
            _after_of(old_siblings, path[-1]),
        )
        if op.after == op.key:
            raise EditRejected("an item cannot be put after itself")
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
                    ita.value._insert_after("year", "score", value)  # year, score, level
                else:
                    ita[name] = value
            tables = tables_doc.as_string()
    return replace(doc, prefix=top + tables + end)


# --- the editor ---------------------------------------------------------------------------


def fresh_key(taken: Iterable[str] | set[str]) -> str:
    """A random key not in ``taken``: a letter, then letters and digits (never a number)."""
    taken_set = taken if isinstance(taken, set) else set(taken)
    while True:
        key = secrets.choice(KEY_ALPHABET[:24]) + "".join(
            secrets.choice(KEY_ALPHABET) for _ in range(KEY_LENGTH - 1)
        )
        if key not in taken_set:
            return key


def is_bundled(path: Path | str) -> bool:
    """Whether ``path`` is the example plan shipped inside ita-tui (never written)."""
    try:
        return Path(path).resolve() == bundled_plan_path().resolve()
    except OSError:
        return False


def copy_bundled_plan(folder: Path, *, source: Path | None = None) -> Path:
    """The user's own copy of the bundled plan in ``folder`` (the data folder), made on the
    first edit; an existing copy is kept as it is. Returns its path."""
    source = source or bundled_plan_path()
    raw = source.read_bytes()
    loaded = parse_plan(raw, source)
    target = Path(folder) / "plans" / f"{safe_file_stem(loaded.plan.id)}.toml"
    if not target.exists():
        atomic_write_bytes(target, raw)
    return target


class PlanEditor:
    """Edits one plan file in place; safe against a second editor and against crashes."""

    def __init__(
        self,
        path: Path | str,
        data_folder: Path | str,
        *,
        keep_backups: int = KEEP_BACKUPS,
        lock_timeout: float = LOCK_TIMEOUT,
    ) -> None:
        self.path = Path(path)
        self.folder = Path(data_folder)
        self.keep_backups = keep_backups
        self.lock_timeout = lock_timeout
        self.backup_dir = self.folder / "backups"
        self._doc: Doc | None = None
        self._loaded: LoadedPlan | None = None
        self._signature: tuple[int, int, int] | None = None
        self._seen: set[str] = set()
        if is_bundled(self.path):
            raise EditFailed(
                f"{self.path} is the example plan inside ita-tui and is never changed; "
                "edit a copy (the app makes one in your data folder on the first edit)"
            )

    # reading --------------------------------------------------------------------------

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def changed_on_disk(self) -> bool:
        """Whether the file changed since this editor last read or wrote it."""
        return self._doc is None or self._stat() != self._signature

    def _read(self) -> Doc:
        signature = self._stat()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise EditFailed(f"{self.path}: no such file") from None
        except OSError as exc:
            raise EditFailed(f"{self.path}: cannot be read: {exc.strerror or exc}") from None
        try:
            # read once, as blocks (each issue's text parsed alone), and checked from them
            doc = split(raw.decode("utf-8"))
            loaded = self._validate(doc)
        except (LayoutError, EditRejected, UnicodeDecodeError) as exc:
            try:  # the loader's own message, with lines and columns, if the plan is bad
                parse_plan(raw, self.path)
            except PlanError as bad:
                raise EditFailed(f"the plan is not valid, fix it first: {bad.message}") from None
            raise EditFailed(f"{self.path} cannot be edited safely here: {exc}") from None
        self._doc, self._loaded, self._signature = doc, loaded, signature
        self._seen |= doc.all_keys()
        return doc

    def current(self) -> Doc:
        """The file as blocks, re-read only if it changed on disk."""
        if self._doc is None or self.changed_on_disk():
            return self._read()
        return self._doc

    def load(self) -> LoadedPlan:
        """The plan as it is on disk now (re-read if it changed)."""
        self.current()
        assert self._loaded is not None
        return self._loaded

    def prepare(self) -> None:
        """Read the file ahead of the first edit (the app may call this in a worker thread)."""
        self.current()

    def _store(self, plan_id: str) -> ProgressStore:
        return ProgressStore(self.folder, plan_id, lock_timeout=self.lock_timeout)

    def recorded(self, keys: Iterable[str]) -> list[str]:
        """Which of these outcome keys have progress recorded (read, no lock)."""
        store = self._store(self.load().plan.id)
        try:
            store.load()
        except StoreError:
            return []
        return [key for key in keys if key in store.records]

    def _taken(self, doc: Doc, store: ProgressStore) -> set[str]:
        taken = doc.all_keys() | self._seen
        with contextlib.suppress(StoreError):
            store.load()
            taken |= set(store.records)
            taken |= {change.outcome_id for change in store.changes()}
        return taken

    # checking ---------------------------------------------------------------------------

    def _check_op(self, op: Op, lang: str = "en") -> Op:
        if isinstance(op, SetFields | AddItem):
            kind = "plan" if isinstance(op, SetFields) and op.key is None else None
            if isinstance(op, AddItem):
                kind = op.kind
            elif kind is None:
                node = self.load().plan.find(op.key or "")
                if node is None:
                    raise EditRejected(f"no item with key {op.key!r} in the plan")
                kind = _kind_of(node)
            fields = normalise_fields(kind, op.fields)
            if isinstance(op, AddItem):
                if kind == "activity":
                    fields.setdefault("quarters", [1, 2, 3, 4])
                missing = [n for n in ("title", "text") if n in FIELDS[kind] and n not in fields]
                for name in missing:
                    fields[name] = ""
            problems = check_fields(kind, fields, lang=lang)
            if not fields:
                problems.append("nothing to change")
            if problems:
                raise EditRejected(problems)
            return replace(op, fields=fields)
        return op

    def _validate(self, doc: Doc) -> LoadedPlan:
        try:
            data = doc.data()
        except LayoutError as exc:
            raise EditRejected(f"the edit would not read back: {exc}") from None
        checker = _Checker()
        # An issue's text unchanged and at the same place: its checked model is kept (on the
        # block); the others are checked again. A 10,000-outcome plan re-checks one issue.
        fresh = []
        kept_keys: set[str] = set()
        for index, block in enumerate(doc.issues):
            kept = block.__dict__.get("model")
            if kept is not None and kept[0] == index:
                kept_keys |= block.key_set
            else:
                fresh.append(index)
        fresh_set = set(fresh)

        def issue_of(index: int, table: dict[str, Any]) -> Issue:
            block = doc.issues[index]
            if index not in fresh_set:
                checker.warnings.extend(block.__dict__["model"][2])
                return cast(Issue, block.__dict__["model"][1])
            errors, warnings = len(checker.errors), len(checker.warnings)
            issue = checker.issue(table, f"issues[{index}]", str(index + 1))
            if len(checker.errors) == errors:
                block.__dict__["model"] = (index, issue, checker.warnings[warnings:])
            return issue

        plan = checker.plan(data, issue_of)
        for key in checker.seen_ids.keys() & kept_keys:  # a key used again in another issue
            checker.error(f"{checker.seen_ids[key]}", f"duplicate id {key!r}")
        if checker.errors or plan is None:
            raise EditRejected(checker.errors)
        return LoadedPlan(plan=plan, path=self.path, warnings=checker.warnings)

    def check(self, op: Op, *, lang: str = "en") -> list[str]:
        """Why ``op`` would be refused (empty: it would be written). Writes nothing."""
        try:
            op = self._check_op(op, lang)
            if isinstance(op, AddItem) and op.key is None:
                op = replace(op, key=fresh_key(self.current().all_keys()))
            new_doc = _apply(self.current(), op)[0]
            self._validate(new_doc)
        except EditError as exc:
            return exc.problems
        return []

    # writing ----------------------------------------------------------------------------

    def apply(self, op: Op) -> EditResult:
        """Check ``op``, then write it (see the module doc). Raises :class:`EditRejected`
        (nothing written: the reasons say why) or :class:`EditFailed` (a file problem)."""
        op = self._check_op(op)
        plan_id = self.load().plan.id
        store = self._store(plan_id)
        try:
            with store.locked():
                doc = self.current()  # as it is on disk now: a colleague's edit is kept
                notices: list[str] = []
                if isinstance(op, AddItem) and op.key is None:
                    op = replace(op, key=fresh_key(self._taken(doc, store)))
                elif isinstance(op, AddItem) and op.key in doc.all_keys():
                    raise EditRejected(f"the plan already has an item with key {op.key!r}")
                # (a redo adds the item again with its own key: its progress comes back)
                new_doc, applied, inverse, kind, key, removed = _apply(doc, op)
                loaded = self._validate(new_doc)
                self._write(doc.text, new_doc.text, safe_file_stem(plan_id))
                self._doc, self._loaded = new_doc, loaded
                self._signature = self._stat()
                if isinstance(inverse, RestoreItem):  # a removed item's keys stay taken
                    self._seen |= inverse.block.key_set
        except StoreError as exc:
            raise EditFailed(str(exc)) from None
        summary = _summary(applied, kind, key, doc, loaded, removed)
        return EditResult(
            loaded=loaded,
            op=applied,
            inverse=inverse,
            kind=kind,
            key=key,
            summary=summary,
            removed_outcomes=removed,
            notices=tuple(notices),
        )

    def _write(self, old_text: str, new_text: str, stem: str) -> None:
        data = new_text.encode("utf-8")
        try:
            self._backup(stem)
            atomic_write_bytes(self.path, data)
        except OSError as exc:
            raise EditFailed(
                f"could not write {self.path}: {exc.strerror or exc}; the plan is unchanged"
            ) from None

    def backups(self, stem: str | None = None) -> list[Path]:
        """Backups of this plan file, newest first."""
        stem = stem or safe_file_stem(self.load().plan.id)
        if not self.backup_dir.is_dir():
            return []
        return sorted(self.backup_dir.glob(f"{stem}.plan.*.toml"), reverse=True)

    def _backup(self, stem: str) -> None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.backup_dir / f"{stem}.plan.{stamp}.toml"
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        try:
            # The plan is replaced, never written over: the old file itself is the backup.
            os.link(self.path, target)
        except OSError:
            atomic_write_bytes(target, self.path.read_bytes())
        for old in self.backups(stem)[self.keep_backups :]:
            with contextlib.suppress(OSError):
                old.unlink()


def _kind_of(node: Issue | Activity | Outcome) -> Kind:
    return (
        "issue"
        if isinstance(node, Issue)
        else "activity"
        if isinstance(node, Activity)
        else "outcome"
    )


def _number(plan: Plan, key: str | None) -> str:
    node = plan.find(key or "")
    return node.number if node is not None and node.number else str(key)


_ARTICLE = {"issue": "issue", "activity": "activity", "outcome": "outcome", "plan": "plan"}


def _summary(
    op: Op, kind: str, key: str | None, before: Doc, loaded: LoadedPlan, removed: tuple[str, ...]
) -> str:
    plan = loaded.plan
    if isinstance(op, SetFields):
        names = ", ".join(_NAMES.get(n, n).removeprefix("the ") for n in op.fields)
        if op.key is None:
            return f"changed the plan's {names}"
        return f"changed {names} of {kind} {_number(plan, key)} (key {key})"
    if isinstance(op, AddItem | RestoreItem):
        verb = "added" if isinstance(op, AddItem) else "put back"
        return f"{verb} {kind} {_number(plan, key)} (key {key})"
    if isinstance(op, RemoveItem):
        old = parse_number_map(before).get(op.key, op.key)
        extra = f" with {len(removed)} outcome(s)" if kind != "outcome" else ""
        return f"removed {kind} {old} (key {op.key}){extra}"
    if isinstance(op, MoveItem):
        old = parse_number_map(before).get(op.key, op.key)
        return f"moved {kind} {old} to {_number(plan, key)} (key {key})"
    return str(op)


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
        raise EditRejected(f"no item with key {sibling!r}")
    return AddItem(kind, dict(fields), parent_key(plan, sibling), sibling)


def add_child(plan: Plan, parent: str, fields: Mapping[str, FieldValue]) -> AddItem:
    """A new child, last, of ``parent``: an activity of an issue, an outcome of an activity."""
    kind = kind_of(plan, parent)
    child = CHILD_KIND.get(kind) if kind else None
    if child is None:
        raise EditRejected("an outcome has no children: add an outcome after it instead")
    return AddItem(child, dict(fields), parent, None)


def move_by(plan: Plan, key: str, delta: Literal[-1, 1]) -> MoveItem:
    """Move ``key`` one place up (-1) or down (+1) among its siblings (ctrl+up / ctrl+down)."""
    keys = siblings(plan, key)
    if not keys:
        raise EditRejected(f"no item with key {key!r}")
    index = keys.index(key)
    target = index + delta
    if not 0 <= target < len(keys):
        raise EditRejected("it is already first" if delta < 0 else "it is already last")
    rest = [k for k in keys if k != key]
    after = FIRST if target == 0 else rest[target - 1]
    return MoveItem(key, parent_key(plan, key), after)
