"""The change log: one JSON line per recorded change (who, when, outcome, old -> new).

Append-only. ``old`` is the record the writer actually replaced and ``new`` what it wrote,
so the entries of one outcome form a chain; ``ops`` are the field operations made and
``conflicts`` the values of others that a change overwrote. A crash or a full disk can cut
only the last line short: the next append starts on a fresh line, and readers report the
torn line and go on.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import field
from pathlib import Path
from typing import Any

from ita_tui.errors import Notice, notice
from ita_tui.model import OutcomeProgress, Status
from ita_tui.records import record
from ita_tui.safe_files import FileRefused, kind_of_mode, open_no_follow
from ita_tui.store.ops import EVIDENCE, NOTE, STATUS, Conflict, Op, StatusValue


@record(frozen=True)
class Change:
    """One recorded change to one outcome."""

    at: dt.datetime
    by: str
    outcome_id: str
    old: OutcomeProgress
    new: OutcomeProgress
    ops: tuple[Op, ...] = ()
    conflicts: tuple[Conflict, ...] = ()


@record
class LogRead:
    """What reading (part of) the log found: the changes, and the lines it could not read."""

    changes: list[Change] = field(default_factory=list)
    problems: list[Notice] = field(default_factory=list)
    end: int = 0  # the byte offset read up to (the start of an incomplete last line)


def record_to_json(record: OutcomeProgress, *, provenance: bool = True) -> dict[str, Any]:
    """A record as JSON-ready data; ``provenance`` adds who changed it last, and when."""
    data: dict[str, Any] = {
        "status": record.status.value,
        "done_on": record.done_on.isoformat() if record.done_on else None,
        "evidence": list(record.evidence),
        "note": record.note,
    }
    if provenance:
        data["updated_by"] = record.updated_by
        data["updated_at"] = record.updated_at.isoformat() if record.updated_at else None
    return data


def _when(text: Any) -> dt.datetime:
    """A time from the log (one written without a zone is UTC, as ita-tui writes them)."""
    at = dt.datetime.fromisoformat(str(text))
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)


def _record_from_json(data: Mapping[str, Any]) -> OutcomeProgress:
    evidence = data.get("evidence") or ()
    if not isinstance(evidence, list | tuple):
        raise ValueError("evidence must be a list")
    return OutcomeProgress(
        status=Status(data.get("status", "pending")),
        done_on=dt.date.fromisoformat(data["done_on"]) if data.get("done_on") else None,
        evidence=tuple(str(e) for e in evidence),
        note=str(data.get("note") or ""),
        updated_by=str(data.get("updated_by") or ""),
        updated_at=_when(data["updated_at"]) if data.get("updated_at") else None,
    )


def value_to_json(field_name: str, value: Any) -> Any:
    if isinstance(value, StatusValue):
        return {
            "status": value.status.value,
            "done_on": value.done_on.isoformat() if value.done_on else None,
        }
    if isinstance(value, tuple):
        return list(value)
    return value


def value_from_json(field_name: str, data: Any) -> Any:
    """A field's value from the log; ValueError if it is not one that field can hold."""
    if field_name == STATUS:
        if not isinstance(data, Mapping):
            raise ValueError("a status value must be an object")
        day = data.get("done_on")
        return StatusValue(Status(data["status"]), dt.date.fromisoformat(day) if day else None)
    if field_name == EVIDENCE:
        if isinstance(data, list):
            return tuple(str(e) for e in data)
        if data is None or isinstance(data, str):
            return data
        raise ValueError("an evidence link must be a text")
    if field_name == NOTE and isinstance(data, str):
        return data
    raise ValueError(f"{field_name!r} is not a field ita-tui records")


def _op_from_json(data: Mapping[str, Any]) -> Op:
    name = str(data["field"])
    op = Op(name, value_from_json(name, data.get("old")), value_from_json(name, data.get("new")))
    if name == EVIDENCE and (op.old is None) == (op.new is None):
        raise ValueError("an evidence op adds or removes one link")
    return op


def _op_to_json(op: Op) -> dict[str, Any]:
    return {
        "field": op.field,
        "old": value_to_json(op.field, op.old),
        "new": value_to_json(op.field, op.new),
    }


def _conflict_to_json(conflict: Conflict) -> dict[str, Any]:
    f = conflict.field
    return {
        "field": f,
        "based_on": value_to_json(f, conflict.based_on),
        "overwrote": value_to_json(f, conflict.replaced),
        "overwrote_by": conflict.replaced_by,
        "kept": value_to_json(f, conflict.kept),
    }


def change_to_json(change: Change) -> str:
    data: dict[str, Any] = {
        "at": change.at.isoformat(),
        "by": change.by,
        "outcome": change.outcome_id,
        "old": record_to_json(change.old),
        "new": record_to_json(change.new),
    }
    if change.ops:
        data["ops"] = [_op_to_json(op) for op in change.ops]
    if change.conflicts:
        data["conflict"] = [_conflict_to_json(c) for c in change.conflicts]
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def change_from_json(line: str) -> Change:
    data = json.loads(line)
    ops = tuple(_op_from_json(o) for o in data.get("ops") or ())
    conflicts = tuple(
        Conflict(
            str(c["field"]),
            value_from_json(c["field"], c.get("based_on")),
            value_from_json(c["field"], c.get("overwrote")),
            value_from_json(c["field"], c.get("kept")),
            str(c.get("overwrote_by") or ""),
        )
        for c in data.get("conflict") or ()
    )
    return Change(
        at=_when(data["at"]),
        by=str(data["by"]),
        outcome_id=str(data["outcome"]),
        old=_record_from_json(data["old"]),
        new=_record_from_json(data["new"]),
        ops=ops,
        conflicts=conflicts,
    )


def log_size(path: Path) -> int:
    """The log's size in bytes (0 if there is none). Raises FileRefused if it is a symbolic
    link or not a regular file: the log is never followed elsewhere."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return 0
    reason = kind_of_mode(st.st_mode)
    if reason is not None:
        raise FileRefused(path, reason)
    return st.st_size


def append_changes(path: Path, changes: list[Change]) -> tuple[int, int]:
    """Append ``changes`` (one line each) and fsync; the log's size before and after.

    If the last line was torn (no newline at the end: a crash or a full disk mid-append),
    the new lines start on a fresh line so that the torn one never swallows them.
    Raises OSError; the caller may truncate back to the size before.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(change_to_json(c) + "\n" for c in changes).encode("utf-8")
    # never through a link planted in the data folder (today's save would append to its target)
    fd = open_no_follow(path, os.O_RDWR | os.O_APPEND | os.O_CREAT)
    with open(fd, "ab+") as handle:
        start = handle.seek(0, os.SEEK_END)
        if start > 0:
            handle.seek(start - 1)
            if handle.read(1) != b"\n":
                body = b"\n" + body
            handle.seek(0, os.SEEK_END)
        handle.write(body)
        handle.flush()
        os.fsync(handle.fileno())
    return start, start + len(body)


def truncate(path: Path, size: int) -> None:
    """Take back lines appended by a save that then failed (under the lock)."""
    with open(open_no_follow(path, os.O_RDWR), "r+b") as handle:
        handle.truncate(size)
        handle.flush()
        os.fsync(handle.fileno())


def read_log(path: Path, start: int = 0, *, torn_tail_ok: bool = False) -> LogRead:
    """The changes from byte ``start`` on, oldest first, and a note for each unreadable line.

    ``torn_tail_ok``: a last line without its newline is someone's append in progress
    (reading without the lock), not a problem: it is left for the next read.
    """
    result = LogRead(end=start)
    try:
        with open(open_no_follow(path, os.O_RDONLY), "rb") as handle:
            handle.seek(start)
            raw = handle.read()
    except FileNotFoundError:
        return result
    lines = raw.split(b"\n")
    tail = lines.pop()  # after the last newline: b"" when the log ends properly
    offset = start
    for number, line in enumerate(lines, 1):
        _read_line(line, offset, path, result, cut=False, number=number if start == 0 else None)
        offset += len(line) + 1
    result.end = offset
    if tail:
        if torn_tail_ok:
            return result
        _read_line(tail, offset, path, result, cut=True, number=None)
        result.end = offset + len(tail)
    return result


def _read_line(
    line: bytes, offset: int, path: Path, result: LogRead, *, cut: bool, number: int | None
) -> None:
    if not line.strip():
        return
    try:
        result.changes.append(change_from_json(line.decode("utf-8")))
        return
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        pass
    if number is not None:
        problem = notice("log.line_cut" if cut else "log.line_unreadable", path=path, line=number)
    else:
        problem = notice("log.byte_cut" if cut else "log.byte_unreadable", path=path, offset=offset)
    result.problems.append(problem)


def iter_changes(path: Path) -> Iterator[Change]:
    """Every readable change in the log, oldest first."""
    yield from read_log(path).changes
