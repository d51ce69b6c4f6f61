"""The progress file's format: human-readable TOML written with tomlkit, read with tomllib."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from typing import Any

from ita_tui.model import OutcomeProgress, Status

FORMAT_VERSION = 1

HEADER = """\
ita-tui progress file: what has been recorded about each outcome of plan {plan_id!r}.
Written by ita-tui; safe to read, and to edit by hand with care (keep it valid TOML).
Each [outcomes."ID"] table belongs to the outcome with that id in the plan:
  status      pending | in_progress | done | not_applicable
  done_on     the date the outcome was achieved (the quarterly report counts it then)
  evidence    links to the published evidence
  note        free text
  updated_by / updated_at   who recorded the last change, and when (UTC)
Older versions are in backups/; every change is in the .changes.jsonl log beside this file."""


class ProgressFileError(Exception):
    """A progress file that cannot be read as progress."""


def id_order(outcome_id: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order for ids: 1.2.10 after 1.2.9."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[.]", outcome_id))


def _as_datetime(value: Any, where: str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    raise ProgressFileError(f"{where}: must be a date and time, not {value!r}")


def _record_from_toml(table: Any, where: str) -> OutcomeProgress:
    if not isinstance(table, dict):
        raise ProgressFileError(f"{where}: must be a table")
    try:
        status = Status(table.get("status", "pending"))
    except ValueError:
        raise ProgressFileError(
            f"{where}.status: {table.get('status')!r} is not one of "
            + ", ".join(s.value for s in Status)
        ) from None
    done_on = table.get("done_on")
    if done_on is not None:
        if isinstance(done_on, dt.datetime):
            done_on = done_on.date()
        elif not isinstance(done_on, dt.date):
            raise ProgressFileError(f"{where}.done_on: must be a date, not {done_on!r}")
    evidence = table.get("evidence", [])
    if not isinstance(evidence, list) or not all(isinstance(e, str) for e in evidence):
        raise ProgressFileError(f"{where}.evidence: must be a list of texts")
    note = table.get("note", "")
    by = table.get("updated_by", "")
    if not isinstance(note, str) or not isinstance(by, str):
        raise ProgressFileError(f"{where}: note and updated_by must be texts")
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
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ProgressFileError(f"{where}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProgressFileError(f"{where}: {exc}") from None
    version = data.get("format", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise ProgressFileError(f"{where}: format {version!r} is not one this version reads")
    outcomes = data.get("outcomes", {})
    if not isinstance(outcomes, dict):
        raise ProgressFileError(f"{where}: [outcomes] must be a table")
    return {
        str(key): _record_from_toml(value, f"outcomes.{key}") for key, value in outcomes.items()
    }


def render_progress(plan_id: str, records: Mapping[str, OutcomeProgress]) -> str:
    """The progress file's text (tomlkit: a commented, human-readable TOML document)."""
    import tomlkit  # only writing needs it; reading uses the faster tomllib

    doc = tomlkit.document()
    for line in HEADER.format(plan_id=plan_id).splitlines():
        doc.add(tomlkit.comment(line))
    doc.add(tomlkit.nl())
    doc["format"] = FORMAT_VERSION
    doc["plan_id"] = plan_id
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
            # multi-line strings read "\r\n" back as "\n": keep a note with "\r" on one escaped line
            multiline = "\n" in record.note and "\r" not in record.note
            entry["note"] = tomlkit.string(record.note, multiline=multiline)
        if record.updated_by:
            entry["updated_by"] = record.updated_by
        if record.updated_at is not None:
            entry["updated_at"] = record.updated_at
        outcomes[outcome_id] = entry
    doc["outcomes"] = outcomes
    return tomlkit.dumps(doc)
