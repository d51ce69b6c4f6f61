"""The progress file's format: human-readable TOML written with tomlkit, read with tomllib.

The header names the plan (``plan_id``; and ``plan_key`` with its ``organisation`` when the
plan has a key), the ``format`` and how much of the change log the file reflects
(``log_offset``, bytes); the last line is :data:`TRAILER`, so a file cut short is told from
a complete one. A file for another plan, or of a newer format, is refused
(:class:`ProgressFileRefused`), never treated as damaged.

A plan with a key and the file bind by it: another key is another plan, refused even with
the same id; a keyless file is taken by the plan of its id (written before keys, or by a
keyless plan) and the plan's key written into it at the next save. A keyless plan (the
bundled example, a hand-written plan) binds by id alone, and refuses a file with a key.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from typing import Any

from ita_tui.errors import ItaError
from ita_tui.model import OutcomeProgress, Status
from ita_tui.records import record

FORMAT_VERSION = 1
TRAILER = "# end of the ita-tui progress file"

HEADER = """\
ita-tui progress file: what has been recorded about each outcome of plan {plan_id!r}.
Written by ita-tui; safe to read, and to edit by hand with care (keep it valid TOML).
Each [outcomes."ID"] table belongs to the outcome with that id in the plan:
  status      pending | in_progress | done | not_applicable
  done_on     the date the outcome was achieved (the quarterly report counts it then)
  evidence    links to the published evidence
  note        free text
  updated_by / updated_at   who recorded the last change, and when (UTC)
plan_key (with organisation): the plan this file belongs to; a plan with another key is refused.
log_offset: how much of the change log (bytes) this file already holds. Keep the last
line: a file without it is taken as cut short, moved aside and rebuilt from the backups.
Older versions are in backups/; every change is in the .changes.jsonl log beside this file."""


class ProgressFileError(ItaError):
    """A progress file that cannot be read as progress (damaged)."""


class ProgressFileRefused(ProgressFileError):
    """A readable file that is not this plan's progress as this version knows it (another
    plan's, a newer format, or built to break readers): never replaced, never recovered."""


@record
class ProgressData:
    """A progress file's contents."""

    records: dict[str, OutcomeProgress]
    plan_id: str | None = None  # None: the file does not say (empty, or written by hand)
    log_offset: int | None = None  # None: written before the header kept it
    complete: bool = True  # False: written with the trailer, and the trailer is missing
    has_header: bool = False  # False: no ``format`` / ``plan_id`` (empty or comment-only)
    plan_key: str = ""  # "": the file names no plan key (written before keys, or keyless plan)
    organisation: str = ""


def id_order(outcome_id: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order for ids: 1.2.10 after 1.2.9 (only ASCII digits are numbers: "1.²" is text)."""
    return tuple(
        (0, int(p)) if p.isascii() and p.isdigit() else (1, p) for p in re.split(r"[.]", outcome_id)
    )


def _as_datetime(value: Any, where: str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    raise ProgressFileError("progress.datetime", where=where, value=repr(value))


def _record_from_toml(table: Any, where: str) -> OutcomeProgress:
    if not isinstance(table, dict):
        raise ProgressFileError("progress.table", where=where)
    try:
        status = Status(table.get("status", "pending"))
    except ValueError:
        raise ProgressFileError(
            "progress.status",
            where=where,
            value=repr(table.get("status")),
            allowed=", ".join(s.value for s in Status),
        ) from None
    done_on = table.get("done_on")
    if done_on is not None:
        if isinstance(done_on, dt.datetime):
            done_on = done_on.date()
        elif not isinstance(done_on, dt.date):
            raise ProgressFileError("progress.done_on", where=where, value=repr(done_on))
    evidence = table.get("evidence", [])
    if not isinstance(evidence, list) or not all(isinstance(e, str) for e in evidence):
        raise ProgressFileError("progress.evidence", where=where)
    note = table.get("note", "")
    by = table.get("updated_by", "")
    if not isinstance(note, str) or not isinstance(by, str):
        raise ProgressFileError("progress.texts", where=where)
    at = table.get("updated_at")
    return OutcomeProgress(
        status=status,
        done_on=done_on,
        evidence=tuple(evidence),
        note=note,
        updated_by=by,
        updated_at=_as_datetime(at, f"{where}.updated_at") if at is not None else None,
    )


def parse_progress(raw: bytes, where: str = "progress file") -> dict[str, OutcomeProgress]:
    """Read progress file bytes. Raises :class:`ProgressFileError` if they are not progress."""
    return read_progress(raw, where).records


def read_progress(
    raw: bytes,
    where: str = "progress file",
    *,
    plan_id: str | None = None,
    plan_key: str | None = None,
    organisation: str = "",
) -> ProgressData:
    """Read progress file bytes, with the header. Raises :class:`ProgressFileRefused` for
    another plan's file (when ``plan_id`` is given; and ``plan_key``, "" for a keyless plan,
    with its ``organisation`` to name it) or a newer format, and
    :class:`ProgressFileError` for a damaged one."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProgressFileError("progress.not_utf8", where=where) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProgressFileError("progress.not_toml", where=where, detail=exc) from None
    except RecursionError:
        raise ProgressFileRefused("progress.too_deep", where=where) from None
    version = data.get("format", FORMAT_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ProgressFileRefused(
            "progress.newer", where=where, version=version, reads=FORMAT_VERSION
        )
    if version != FORMAT_VERSION:
        raise ProgressFileError("progress.format", where=where, version=repr(version))
    file_plan = data.get("plan_id")
    if file_plan is not None and not isinstance(file_plan, str):
        raise ProgressFileError("progress.plan_id", where=where)
    if plan_id is not None and file_plan is not None and file_plan != plan_id:
        raise ProgressFileRefused(
            "progress.other_plan", where=where, theirs=repr(file_plan), ours=repr(plan_id)
        )
    file_key, file_org = data.get("plan_key", ""), data.get("organisation", "")
    if not isinstance(file_key, str) or not isinstance(file_org, str):
        raise ProgressFileError("progress.header", where=where)
    if plan_key is not None and file_key and file_key != plan_key:
        raise other_plan(
            where, str(file_plan or plan_id), (file_org, file_key), (organisation, plan_key)
        )
    offset = data.get("log_offset")
    if offset is not None and (not isinstance(offset, int) or offset < 0):
        raise ProgressFileError("progress.log_offset", where=where)
    outcomes = data.get("outcomes", {})
    if not isinstance(outcomes, dict):
        raise ProgressFileError("progress.outcomes", where=where)
    records = {
        str(key): _record_from_toml(value, f"outcomes.{key}") for key, value in outcomes.items()
    }
    return ProgressData(
        records=records,
        plan_id=file_plan,
        log_offset=offset,
        complete=offset is None or text.rstrip().endswith(TRAILER),
        has_header="format" in data or "plan_id" in data,
        plan_key=file_key,
        organisation=file_org,
    )


def other_plan(
    where: str, plan_id: str, theirs: tuple[str, str], ours: tuple[str, str]
) -> ProgressFileRefused:
    """The refusal of a progress file of another plan with the same id: both plans named by
    organisation and key (``ours``' key "" when the plan has none)."""
    return ProgressFileRefused(
        "progress.same_id" if ours[1] else "progress.same_id_keyless",
        where=where,
        id=repr(plan_id),
        theirs=repr(theirs[0]),
        key=theirs[1],
        ours=repr(ours[0]),
        mine=ours[1],
    )


def render_progress(
    plan_id: str,
    records: Mapping[str, OutcomeProgress],
    *,
    log_offset: int | None = None,
    plan_key: str = "",
    organisation: str = "",
) -> str:
    """The progress file's text (tomlkit: a commented, human-readable TOML document); the
    plan's key and organisation are written when it has a key."""
    import tomlkit  # only writing needs it; reading uses the faster tomllib

    doc = tomlkit.document()
    for line in HEADER.format(plan_id=plan_id).splitlines():
        doc.add(tomlkit.comment(line))
    doc.add(tomlkit.nl())
    doc["format"] = FORMAT_VERSION
    doc["plan_id"] = plan_id
    if plan_key:
        doc["plan_key"] = plan_key
        doc["organisation"] = organisation
    if log_offset is not None:
        doc["log_offset"] = log_offset
    outcomes = tomlkit.table(is_super_table=True)
    for outcome_id in sorted(records, key=id_order):
        record = records[outcome_id]
        entry = tomlkit.table()
        entry["status"] = record.status.value
        if record.done_on is not None:
            entry["done_on"] = record.done_on
        if record.evidence:
            entry["evidence"] = list(record.evidence)
        if record.note:
            # multi-line strings read "\r\n" back as "\n": keep a note with "\r" on one escaped line;
            # and a first line break right after the opening quotes is not part of the text
            # (tomlkit before 0.15.3 wrote it bare, and it was lost): escaped on one line too
            multiline = "\n" in record.note and "\r" not in record.note
            multiline = multiline and not record.note.startswith("\n")
            entry["note"] = tomlkit.string(record.note, multiline=multiline)
        if record.updated_by:
            entry["updated_by"] = record.updated_by
        if record.updated_at is not None:
            entry["updated_at"] = record.updated_at
        outcomes[outcome_id] = entry
    doc["outcomes"] = outcomes
    text: str = tomlkit.dumps(doc)
    if log_offset is None:
        return text
    return text.rstrip("\n") + "\n\n" + TRAILER + "\n"
