"""A change as operations on fields: what a writer did, so that a save can re-apply it.

Four kinds, each carrying the value it was based on (``old``) and the value it sets (``new``):

* ``status`` - the status together with ``done_on``: values are :class:`StatusValue`;
* ``note`` - the note: values are texts;
* ``evidence`` - one link added (``old`` None, ``new`` the link) or removed (``old`` the
  link, ``new`` None). Adding a link twice or removing one that is gone does nothing, so
  concurrent adds all survive and a removal removes only its own link.

Applying an op to a record whose field no longer holds ``old`` (someone changed it meanwhile)
still sets ``new`` - the later save wins - but returns a :class:`Conflict` naming what was
overwritten, so the loser is never silent (as does an op marked as :attr:`Op.overwrites` a
colleague's value, even one equal to ``old``). The inverse of an op swaps ``old`` and
``new``: undo is just another op.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from ita_tui.model import OutcomeProgress, Status
from ita_tui.records import record

STATUS = "status"
NOTE = "note"
EVIDENCE = "evidence"
FIELDS = (STATUS, NOTE, EVIDENCE)


@record(frozen=True)
class StatusValue:
    """The status and the day it was achieved: they always change together."""

    status: Status = Status.PENDING
    done_on: dt.date | None = None


@record(frozen=True)
class Op:
    """One operation on one field of one outcome (see the module's docstring)."""

    field: str
    old: Any
    new: Any
    #: Who set the value this op was confirmed to overwrite (an undo or redo over a
    #: colleague's later change, asked first): a conflict naming her even when she set the
    #: value ``old`` has. Not part of the op's identity, nor logged (the conflict is).
    overwrites: str = dataclasses.field(default="", compare=False)  # ``field`` is a field here

    def inverse(self) -> Op:
        return Op(self.field, self.new, self.old)

    @property
    def is_noop(self) -> bool:
        return bool(self.old == self.new)


@record(frozen=True)
class Conflict:
    """A field changed by someone else between this writer reading it and saving over it."""

    field: str
    based_on: Any  # the value the writer saw when making the change
    replaced: Any  # the value it actually overwrote (someone else's)
    kept: Any  # the value kept (the writer's own)
    replaced_by: str = ""  # who wrote the overwritten value, as far as the record says


def status_value(rec: OutcomeProgress) -> StatusValue:
    return StatusValue(rec.status, rec.done_on)


def field_value(rec: OutcomeProgress, field: str) -> Any:
    """The value an op on ``field`` compares against (evidence: the tuple of links)."""
    if field == STATUS:
        return status_value(rec)
    if field == NOTE:
        return rec.note
    if field == EVIDENCE:
        return rec.evidence
    raise ValueError(f"unknown field {field!r}")


def apply_op(rec: OutcomeProgress, op: Op) -> tuple[OutcomeProgress, Conflict | None]:
    """``rec`` with ``op`` applied, and the conflict if the field was changed meanwhile."""
    if op.field == EVIDENCE:
        links = rec.evidence
        if op.new is not None and op.new not in links:
            return replace(rec, evidence=(*links, op.new)), None
        if op.old is not None and op.new is None and op.old in links:
            return replace(rec, evidence=tuple(e for e in links if e != op.old)), None
        return rec, None
    current = field_value(rec, op.field)
    if current == op.new:
        return rec, None
    conflict = None
    if current != op.old:
        conflict = Conflict(op.field, op.old, current, op.new, rec.updated_by)
    elif op.overwrites:  # the value ours had, but set by her since: hers is overwritten too
        conflict = Conflict(op.field, op.old, current, op.new, op.overwrites)
    if op.field == STATUS:
        value: StatusValue = op.new
        return replace(rec, status=value.status, done_on=value.done_on), conflict
    return replace(rec, note=op.new), conflict


def apply_ops(
    rec: OutcomeProgress, ops: Iterable[Op]
) -> tuple[OutcomeProgress, tuple[Conflict, ...]]:
    conflicts: list[Conflict] = []
    for op in ops:
        rec, conflict = apply_op(rec, op)
        if conflict is not None:
            conflicts.append(conflict)
    return rec, tuple(conflicts)


def stamped(
    before: OutcomeProgress, after: OutcomeProgress, by: str, at: dt.datetime
) -> OutcomeProgress:
    """``after`` with who and when, if it differs from ``before`` (time never runs backwards)."""
    if after == before:
        return after
    if before.updated_at is not None and at <= before.updated_at:
        at = before.updated_at + dt.timedelta(microseconds=1)
    return replace(after, updated_by=by, updated_at=at)


def evidence_ops(old: Sequence[str], new: Iterable[str]) -> list[Op]:
    """The links removed and added going from ``old`` to ``new`` (blank links dropped)."""
    wanted: list[str] = []
    for link in new:
        link = link.strip()
        if link and link not in wanted:
            wanted.append(link)
    ops = [Op(EVIDENCE, link, None) for link in old if link not in wanted]
    ops += [Op(EVIDENCE, None, link) for link in wanted if link not in old]
    return ops


def ops_for(
    rec: OutcomeProgress,
    *,
    status: Status | None = None,
    done_on: dt.date | Any | None = ...,
    evidence: Iterable[str] | None = None,
    note: str | None = None,
    today: dt.date,
) -> list[Op]:
    """The ops that change ``rec`` as asked (``...`` / None: leave that field).

    Marking ``done`` without a date keeps the date it had, else today; any other status
    clears the date; a date alone marks the outcome done on it.
    """
    ops: list[Op] = []
    current = status_value(rec)
    if status is not None or done_on is not ...:
        new_status = Status(status) if status is not None else Status.DONE
        day = None
        if new_status is Status.DONE:
            day = done_on if done_on not in (..., None) else None
            if day is None:
                day = rec.done_on if rec.status is Status.DONE and rec.done_on else today
        target = StatusValue(new_status, day)
        if target != current:
            ops.append(Op(STATUS, current, target))
    if note is not None and note != rec.note:
        ops.append(Op(NOTE, rec.note, note))
    if evidence is not None:
        ops += evidence_ops(rec.evidence, evidence)
    return ops


def ops_to_become(rec: OutcomeProgress, target: OutcomeProgress) -> list[Op]:
    """The ops that turn ``rec`` into ``target`` (all three fields)."""
    ops: list[Op] = []
    if status_value(rec) != status_value(target):
        ops.append(Op(STATUS, status_value(rec), status_value(target)))
    if rec.note != target.note:
        ops.append(Op(NOTE, rec.note, target.note))
    ops += evidence_ops(rec.evidence, target.evidence)
    return ops
