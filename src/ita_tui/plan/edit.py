"""Writing the plan file in place: set fields, add, remove and move items, each undoable.

The operations are defined in :mod:`ita_tui.plan.ops`, the fields they take checked in
:mod:`ita_tui.plan.fields`; this module writes them (and re-exports them for the app).

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
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from ita_tui.atomic import atomic_write_bytes, stale_temp_files
from ita_tui.model import Activity, Issue, Outcome, Plan
from ita_tui.paths import safe_file_stem
from ita_tui.plan.blocks import Doc, LayoutError, split
from ita_tui.plan.fields import (
    FIELDS,
    FieldValue,
    check_fields,
    normalise_fields,
)
from ita_tui.plan.load import (
    LoadedPlan,
    PlanError,
    _Checker,
    bundled_plan_path,
    parse_plan,
    read_plan_bytes,
)
from ita_tui.plan.ops import (
    FIRST,
    AddItem,
    EditError,
    EditFailed,
    EditRejected,
    MoveItem,
    Op,
    RemoveItem,
    RestoreItem,
    SetFields,
    _kind_of,
    add_after,
    add_child,
    apply_op,
    kind_of,
    move_by,
    parent_key,
    parse_number_map,
    siblings,
)
from ita_tui.plan.problems import Problem
from ita_tui.safe_files import read_regular_file
from ita_tui.store import ProgressStore, StoreError
from ita_tui.store.backups import check_folder
from ita_tui.store.store import LOCK_TIMEOUT

__all__ = [
    "FIELDS",
    "FIRST",
    "AddItem",
    "EditError",
    "EditFailed",
    "EditRejected",
    "EditResult",
    "FieldValue",
    "MoveItem",
    "Op",
    "PlanEditor",
    "RemoveItem",
    "RestoreItem",
    "SetFields",
    "add_after",
    "add_child",
    "bundled_copy_path",
    "check_fields",
    "copy_bundled_plan",
    "fresh_key",
    "is_bundled",
    "kind_of",
    "move_by",
    "normalise_fields",
    "parent_key",
    "siblings",
]

KEEP_BACKUPS = 20
KEY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
KEY_LENGTH = 6


@dataclass(frozen=True)
class EditResult:
    """What an edit did."""

    loaded: LoadedPlan  # the plan as now written
    op: Op  # the operation as applied (apply it again to redo)
    inverse: Op  # the operation that undoes it
    kind: str  # "issue" | "activity" | "outcome" | "plan"
    key: str | None  # the item's key (None: the plan)
    summary: str  # one line, e.g. "added outcome 1.2.6 (key k7f3qx)"; problem_text() for Thai
    removed_outcomes: tuple[str, ...] = ()  # keys of the outcomes a removal took out
    notices: tuple[str, ...] = field(default_factory=tuple)


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


def bundled_copy_path(folder: Path, *, source: Path | None = None) -> Path:
    """Where the user's own copy of the bundled plan is kept in ``folder`` (the data folder),
    made or not: ``plans/<plan id>.toml``."""
    source = source or bundled_plan_path()
    return _copy_target(folder, parse_plan(read_plan_bytes(source), source))


def _copy_target(folder: Path, loaded: LoadedPlan) -> Path:
    return Path(folder) / "plans" / f"{safe_file_stem(loaded.plan.id)}.toml"


def copy_bundled_plan(folder: Path, *, source: Path | None = None) -> Path:
    """The user's own copy of the bundled plan in ``folder`` (the data folder), made on the
    first edit; an existing copy is kept as it is. Returns its path."""
    source = source or bundled_plan_path()
    raw = read_plan_bytes(source)
    target = _copy_target(folder, parse_plan(raw, source))
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
            raise EditFailed(Problem("", "example_plan", path=self.path))

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
            raw = read_regular_file(self.path, kind="plan")
        except FileNotFoundError:
            raise EditFailed(Problem("", "edit_no_file", path=self.path)) from None
        except OSError as exc:
            raise EditFailed(Problem("", "edit_unreadable", path=self.path, why=exc)) from None
        try:
            # read once, as blocks (each issue's text parsed alone), and checked from them
            doc = split(raw.decode("utf-8"))
            loaded = self._validate(doc)
        except (LayoutError, EditRejected, UnicodeDecodeError) as exc:
            try:  # the loader's own message, with lines and columns, if the plan is bad
                parse_plan(raw, self.path)
            except PlanError as bad:
                raise EditFailed(Problem("", "plan_invalid", plan=bad)) from None
            raise EditFailed(Problem("", "not_safely", path=self.path, why=exc)) from None
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
        """Read the file ahead of the first edit (the app may call this in a worker thread),
        and remove the temp files a killed edit left (if no other program is editing)."""
        self.current()
        store = ProgressStore(self.folder, self.load().plan.id, lock_timeout=0.5)
        with contextlib.suppress(StoreError), store.locked():
            self._remove_stale_temp_files(safe_file_stem(store.plan_id))

    def _remove_stale_temp_files(self, stem: str) -> int:
        """Remove the temp copies of the plan (beside it) and of its backups a killed edit
        left; with the lock held, none can be a running edit's. How many were removed."""
        found = stale_temp_files(self.path)
        if check_folder(self.backup_dir):
            pattern = re.compile(
                r"\." + re.escape(stem) + r"\.plan\.\d{8}T\d{6,12}Z\.toml\.[A-Za-z0-9_]+\.tmp"
            )
            found += [p for p in self.backup_dir.iterdir() if pattern.fullmatch(p.name)]
        removed = 0
        for stale in found:
            with contextlib.suppress(OSError):
                stale.unlink()
                removed += 1
        return removed

    def _store(self, plan: Plan) -> ProgressStore:
        return ProgressStore.of(plan, self.folder, lock_timeout=self.lock_timeout)

    def recorded(self, keys: Iterable[str]) -> list[str]:
        """Which of these outcome keys have progress recorded (read, no lock)."""
        store = self._store(self.load().plan)
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
                    raise EditRejected(Problem("", "no_key", key=op.key))
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
                problems.append(Problem("", "nothing_to_change"))
            if problems:
                raise EditRejected(problems)
            return replace(op, fields=fields)
        return op

    def _validate(self, doc: Doc) -> LoadedPlan:
        try:
            data = doc.data()
        except LayoutError as exc:
            raise EditRejected(Problem("", "no_read_back", why=exc)) from None
        checker = _Checker()
        # An issue's text unchanged and at the same place: its checked model is kept (on the
        # block); the others are checked again. A 10,000-outcome plan re-checks one issue.
        fresh = []
        kept_keys: set[str] = set()
        for index, block in enumerate(doc.issues):
            kept = block.__dict__.get("model")
            if kept is not None and kept[0] != index:  # the same text at another place
                old = f"issues[{kept[0]}]"
                new = f"issues[{index}]"
                warnings = [
                    w.moved(old, new) if isinstance(w, Problem) else new + w[len(old) :]
                    for w in kept[2]
                ]
                kept = (index, _renumbered(kept[1], str(index + 1)), warnings)
                block.__dict__["model"] = kept
            if kept is not None:
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
            checker.error(f"{checker.seen_ids[key]}", "duplicate_key", value=key)
        if checker.errors or plan is None:
            raise EditRejected(checker.errors)
        return LoadedPlan(plan=plan, path=self.path, warnings=checker.warnings)

    def check(self, op: Op, *, lang: str = "en") -> list[str]:
        """Why ``op`` would be refused (empty: it would be written). Writes nothing."""
        try:
            op = self._check_op(op, lang)
            if isinstance(op, AddItem) and op.key is None:
                op = replace(op, key=fresh_key(self.current().all_keys()))
            new_doc = apply_op(self.current(), op)[0]
            self._validate(new_doc)
        except EditError as exc:
            return exc.problems
        return []

    # writing ----------------------------------------------------------------------------

    def apply(self, op: Op) -> EditResult:
        """Check ``op``, then write it (see the module doc). Raises :class:`EditRejected`
        (nothing written: the reasons say why) or :class:`EditFailed` (a file problem)."""
        op = self._check_op(op)
        store = self._store(self.load().plan)
        try:
            with store.locked():
                with contextlib.suppress(OSError):
                    self._remove_stale_temp_files(store.files.stem)
                doc = self.current()  # as it is on disk now: a colleague's edit is kept
                notices: list[str] = []
                if isinstance(op, AddItem) and op.key is None:
                    op = replace(op, key=fresh_key(self._taken(doc, store)))
                elif isinstance(op, AddItem) and op.key in doc.all_keys():
                    raise EditRejected(Problem("", "key_taken", key=op.key))
                # (a redo adds the item again with its own key: its progress comes back)
                new_doc, applied, inverse, kind, key, removed = apply_op(doc, op)
                loaded = self._validate(new_doc)
                self._write(doc.text, new_doc.text, store.files.stem)
                self._doc, self._loaded = new_doc, loaded
                self._signature = self._stat()
                if isinstance(inverse, RestoreItem):  # a removed item's keys stay taken
                    self._seen |= inverse.block.key_set
        except StoreError as exc:
            raise EditFailed(Problem("", "store_error", error=exc)) from None
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

    def drop_import_notes(self, lines: Iterable[int]) -> int:
        """Remove the ``# import:`` notes that start on ``lines`` (0-based, as
        :func:`~ita_tui.plan.import_notes.import_notes` gives them) from the file as it is on
        disk now, under the lock, backed up; every value and other comment stays. How many
        were removed (a note no longer there is skipped)."""
        import tomllib

        from ita_tui.plan.import_notes import import_notes, without_notes

        wanted = set(lines)
        store = self._store(self.load().plan)
        try:
            with store.locked():
                doc = self.current()
                notes = [note for note in import_notes(doc.text) if note.first in wanted]
                new_text = without_notes(doc.text, notes)
                if not notes or new_text == doc.text:
                    return 0
                if tomllib.loads(new_text) != tomllib.loads(doc.text):  # never a value
                    raise EditFailed(Problem("", "notes_not_safely", path=self.path))
                self._write(doc.text, new_text, store.files.stem)
                self._doc = None  # read again on the next edit
                self._signature = self._stat()
        except StoreError as exc:
            raise EditFailed(Problem("", "store_error", error=exc)) from None
        return len(notes)

    def _write(self, old_text: str, new_text: str, stem: str) -> None:
        data = new_text.encode("utf-8")
        try:
            self._backup(stem)
            atomic_write_bytes(self.path, data)
        except OSError as exc:
            raise EditFailed(Problem("", "not_written", path=self.path, why=exc)) from None

    def backups(self, stem: str | None = None) -> list[Path]:
        """Backups of this plan file, newest first."""
        stem = stem or safe_file_stem(self.load().plan.id)
        if not check_folder(self.backup_dir):
            return []
        return sorted(self.backup_dir.glob(f"{stem}.plan.*.toml"), reverse=True)

    def _backup(self, stem: str) -> None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.backup_dir / f"{stem}.plan.{stamp}.toml"
        check_folder(self.backup_dir)  # never into a folder a planted link names
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        try:
            # The plan is replaced, never written over: the old file itself is the backup.
            os.link(self.path, target)
        except OSError:
            atomic_write_bytes(target, read_regular_file(self.path, kind="plan"))
        for old in self.backups(stem)[self.keep_backups :]:
            with contextlib.suppress(OSError):
                old.unlink()


def _number(plan: Plan, key: str | None) -> str:
    node = plan.find(key or "")
    return node.number if node is not None and node.number else str(key)


def _summary(
    op: Op, kind: str, key: str | None, before: Doc, loaded: LoadedPlan, removed: tuple[str, ...]
) -> Problem:
    plan = loaded.plan
    if isinstance(op, SetFields):
        names = list(op.fields)
        if op.key is None:
            return Problem("", "did_set_plan", fields=names)
        return Problem("", "did_set", fields=names, kind=kind, number=_number(plan, key), key=key)
    if isinstance(op, AddItem | RestoreItem):
        code = "did_add" if isinstance(op, AddItem) else "did_put_back"
        return Problem("", code, kind=kind, number=_number(plan, key), key=key)
    if isinstance(op, RemoveItem):
        old = parse_number_map(before).get(op.key, op.key)
        if kind != "outcome":
            return Problem(
                "", "did_remove_with", kind=kind, number=old, key=op.key, count=len(removed)
            )
        return Problem("", "did_remove", kind=kind, number=old, key=op.key)
    if isinstance(op, MoveItem):
        old = parse_number_map(before).get(op.key, op.key)
        return Problem("", "did_move", kind=kind, number=old, to=_number(plan, key), key=key)
    return Problem("", "nothing_to_change")


def _renumbered(issue: Issue, number: str) -> Issue:
    """The same checked issue shown at another place: only the numbers change."""
    return Issue(
        id=issue.id,
        title=issue.title,
        number=number,
        activities=tuple(
            Activity(
                id=a.id,
                title=a.title,
                quarters=a.quarters,
                responsible=a.responsible,
                steps=a.steps,
                period=a.period,
                oit=a.oit,
                number=f"{number}.{j}",
                outcomes=tuple(
                    Outcome(id=o.id, text=o.text, oit=o.oit, number=f"{number}.{j}.{k}")
                    for k, o in enumerate(a.outcomes, 1)
                ),
            )
            for j, a in enumerate(issue.activities, 1)
        ),
    )
