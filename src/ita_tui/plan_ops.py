"""Edit a plan file in place with tomlkit: set fields, insert, remove and move items.

Every operation names the items it touches by their permanent key (the TOML ``id``), so
it can be applied again to the file as it is now on disk (a colleague may have changed
it meanwhile); :func:`apply` returns the operation that undoes it. :class:`PlanWriter`
applies one operation under the progress store's lock: it reads the current file, applies
the operation, checks the result with the plan loader (nothing is written if it fails),
keeps a backup of the old file and writes the new one atomically. Comments, key order and
blank lines of everything untouched stay as they were.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from ita_tui.atomic import atomic_write_bytes
from ita_tui.model import Activity, Issue, Outcome, Plan
from ita_tui.plan import LoadedPlan, PlanError, parse_plan
from ita_tui.records import record

#: Backups of the plan file kept in the backup folder.
PLAN_BACKUPS = 20

#: The list of children under each kind of parent: the plan, an issue, an activity.
CHILD_LIST = {"plan": "issues", "issue": "activities", "activity": "outcomes"}


class EditError(Exception):
    """An operation that cannot be applied (the item is gone, the plan would be invalid)."""


@record(frozen=True)
class SetFields:
    """Set fields of the item ``key`` (``None``: the plan itself; ``ita.score`` style names
    reach into a sub-table). A value of ``None`` removes the field."""

    key: str | None
    fields: tuple[tuple[str, Any], ...]


@record(frozen=True)
class Insert:
    """Insert ``table`` (a tomlkit table, or a dict) at ``index`` among ``parent``'s children
    (``parent`` None: among the issues)."""

    parent: str | None
    index: int
    table: Any
    key: str


@record(frozen=True)
class Remove:
    key: str


@record(frozen=True)
class Move:
    """Move the item ``key`` to ``index`` among its siblings."""

    key: str
    index: int


Op = SetFields | Insert | Remove | Move


# finding items ---------------------------------------------------------------------


def _children(table: Any, kind: str) -> Any:
    name = CHILD_LIST[kind]
    return table.get(name) if table is not None else None


def _walk(doc: Any) -> Iterator[tuple[str, Any, int, str | None, str]]:
    """(key, siblings, index, parent key, kind) of every item, in file order."""
    issues = doc.get("issues") or []
    for i, issue in enumerate(issues):
        yield str(issue.get("id")), issues, i, None, "issue"
        activities = issue.get("activities") or []
        for j, activity in enumerate(activities):
            yield str(activity.get("id")), activities, j, str(issue.get("id")), "activity"
            outcomes = activity.get("outcomes") or []
            for k, outcome in enumerate(outcomes):
                yield str(outcome.get("id")), outcomes, k, str(activity.get("id")), "outcome"


def locate(doc: Any, key: str) -> tuple[Any, int, str | None]:
    """The list holding ``key``, its index there, and its parent's key. Raises EditError."""
    for found, siblings, index, parent, _kind in _walk(doc):
        if found == key:
            return siblings, index, parent
    raise EditError(f"{key} is no longer in the plan")


def _table(doc: Any, key: str | None) -> Any:
    if key is None:
        return doc
    siblings, index, _ = locate(doc, key)
    return siblings[index]


# applying --------------------------------------------------------------------------


def apply(doc: Any, op: Op) -> Op:
    """Apply ``op`` to the tomlkit document ``doc``; return the operation that undoes it."""
    if isinstance(op, SetFields):
        return _set_fields(doc, op)
    if isinstance(op, Insert):
        return _insert(doc, op)
    if isinstance(op, Remove):
        siblings, index, parent = locate(doc, op.key)
        if len(siblings) == 1:
            raise EditError(f"{op.key} is the only one of its kind here and cannot be removed")
        table = siblings[index]
        del siblings[index]
        return Insert(parent, index, table, op.key)
    siblings, index, _ = locate(doc, op.key)
    target = max(0, min(op.index, len(siblings) - 1))
    if target != index:
        table = siblings[index]
        del siblings[index]
        siblings.insert(target, table)
    return Move(op.key, index)


def _set_fields(doc: Any, op: SetFields) -> SetFields:
    import tomlkit

    table = _table(doc, op.key)
    before: list[tuple[str, Any]] = []
    for name, value in op.fields:
        holder = table
        leaf = name
        if "." in name:
            sub, leaf = name.split(".", 1)
            if sub not in holder:
                if value is None:
                    before.append((name, None))
                    continue
                holder[sub] = tomlkit.table()
            holder = holder[sub]
        old = holder.get(leaf)
        before.append((name, _plain(old)))
        if value is None:
            if leaf in holder:
                del holder[leaf]
        elif _plain(old) != value:
            holder[leaf] = _item(value)
    return SetFields(op.key, tuple(before))


def _item(value: Any) -> Any:
    import tomlkit

    if isinstance(value, list | tuple):
        items = list(value)
        array = tomlkit.array()
        array.extend(items)
        if items and all(isinstance(item, str) for item in items) and len(items) > 1:
            array.multiline(True)
        return array
    return value


def _plain(value: Any) -> Any:
    if value is None:
        return None
    unwrap = getattr(value, "unwrap", None)
    plain = unwrap() if unwrap is not None else value
    return list(plain) if isinstance(plain, list | tuple) else plain


def _insert(doc: Any, op: Insert) -> Remove:
    import tomlkit

    if op.parent is None:
        siblings = doc.get("issues")
    else:
        siblings, index, _ = locate(doc, op.parent)
        parent = siblings[index]
        kind = "issue" if isinstance(op.parent, str) and _is_issue(doc, op.parent) else "activity"
        name = CHILD_LIST[kind]
        if name not in parent:
            parent[name] = tomlkit.aot()
        siblings = parent[name]
    if any(found == op.key for found, *_ in _walk(doc)):
        raise EditError(f"{op.key} is already in the plan")
    table = op.table if hasattr(op.table, "as_string") else make_table(op.table)
    siblings.insert(max(0, min(op.index, len(siblings))), copy.deepcopy(table))
    return Remove(op.key)


def _is_issue(doc: Any, key: str) -> bool:
    return any(str(issue.get("id")) == key for issue in doc.get("issues") or [])


def make_table(data: dict[str, Any]) -> Any:
    """A tomlkit table from plain data (lists of dicts become arrays of tables), with the
    blank line after it that the plan's tables have."""
    import tomlkit

    table = tomlkit.table()
    for name, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            aot = tomlkit.aot()
            for item in value:
                aot.append(make_table(item))
            table[name] = aot
        else:
            table[name] = _item(value)
    if not any(isinstance(v, list) and v and isinstance(v[0], dict) for v in data.values()):
        table.add(tomlkit.nl())
    return table


# new keys --------------------------------------------------------------------------


def fresh_key(parent: str | None, taken: Iterable[str]) -> str:
    """A key for a new child of ``parent`` that no item, record or logged change uses:
    ``<parent>.<n>`` with ``n`` above every number used under that parent."""
    prefix = f"{parent}." if parent else ""
    used = set(taken)
    highest = 0
    for key in used:
        if key.startswith(prefix):
            rest = key[len(prefix) :].split(".", 1)[0]
            if rest.isdigit():
                highest = max(highest, int(rest))
    number = highest + 1
    while f"{prefix}{number}" in used:
        number += 1
    return f"{prefix}{number}"


def plan_keys(plan: Plan) -> set[str]:
    keys: set[str] = set()
    for issue in plan.issues:
        keys.add(issue.id)
        for activity in issue.activities:
            keys.add(activity.id)
            keys.update(outcome.id for outcome in activity.outcomes)
    return keys


def parent_key(plan: Plan, node: Issue | Activity | Outcome) -> str | None:
    if isinstance(node, Issue):
        return None
    if isinstance(node, Outcome):
        activity = plan.activity_of(node.id)
        return activity.id if activity is not None else None
    for issue in plan.issues:
        if any(activity.id == node.id for activity in issue.activities):
            return issue.id
    return None


def siblings_of(plan: Plan, node: Issue | Activity | Outcome) -> tuple[Any, ...]:
    if isinstance(node, Issue):
        return plan.issues
    parent = plan.find(parent_key(plan, node) or "")
    if isinstance(parent, Issue):
        return parent.activities
    if isinstance(parent, Activity):
        return parent.outcomes
    return ()


# writing ---------------------------------------------------------------------------


class PlanWriter:
    """Applies operations to one plan file: under the lock, checked, backed up, atomic."""

    def __init__(
        self,
        path: Path,
        *,
        lock: Callable[[], AbstractContextManager[object]] | None = None,
        backup_dir: Path | None = None,
    ) -> None:
        self.path = path
        self.lock = lock or contextlib.nullcontext
        self.backup_dir = backup_dir

    def apply(self, op: Op) -> tuple[LoadedPlan, Op]:
        """Apply ``op`` to the file as it is now. Raises EditError, PlanError or OSError;
        nothing is written then."""
        import tomlkit

        with self.lock():
            raw = self.path.read_bytes()
            text = raw.decode("utf-8-sig")
            doc = tomlkit.parse(text)
            inverse = apply(doc, op)
            new_text = tomlkit.dumps(doc)
            data = new_text.encode("utf-8")
            if raw.startswith(b"\xef\xbb\xbf"):
                data = b"\xef\xbb\xbf" + data
            loaded = parse_plan(data, self.path)  # raises PlanError: nothing written
            if data != raw:
                self._backup(raw)
                atomic_write_bytes(self.path, data)
        return loaded, inverse

    def _backup(self, raw: bytes) -> None:
        if self.backup_dir is None:
            return
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.backup_dir / f"{self.path.stem}.plan-{stamp}.toml"
        atomic_write_bytes(target, raw)
        old = sorted(self.backup_dir.glob(f"{self.path.stem}.plan-*.toml"))
        for stale in old[:-PLAN_BACKUPS]:
            with contextlib.suppress(OSError):
                stale.unlink()


__all__ = [
    "EditError",
    "Insert",
    "Move",
    "Op",
    "PlanError",
    "PlanWriter",
    "Remove",
    "SetFields",
    "apply",
    "fresh_key",
    "make_table",
]
