"""Files: report bytes to text, and :func:`import_report` (read, parse, write atomically)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path

from ita_tui.atomic import atomic_write_text
from ita_tui.importer.messages import Message
from ita_tui.importer.parser import parse_records
from ita_tui.importer.render import render_plan_toml
from ita_tui.importer.result import ImportResult, NothingUsableError, ReportImportError
from ita_tui.safe_files import FOLDER, FileRefused, read_regular_file


def decode_report(raw: bytes, name: str = "the report") -> str:
    """Report bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM (a spreadsheet's
    "Unicode text"); anything else is a :class:`ReportImportError` saying how to fix it."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ReportImportError(Message("refused.utf16", name=name)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        try:
            thai = bool(re.search("[\u0e00-\u0e7f]", raw.decode("cp874")))
        except UnicodeDecodeError:
            thai = False
        raise ReportImportError(
            Message(
                "refused.tis620" if thai else "refused.not_utf8",
                name=name,
                line=line,
                byte=exc.start,
            )
        ) from None


def read_report(
    raw: bytes, name: str, *, fiscal_year: int | None = None, plan_id: str | None = None
) -> ImportResult:
    """Plan data from the bytes of a report file of any format; :class:`NothingUsableError`
    when it holds no measures."""
    from ita_tui.importer.formats import read_source

    try:
        source = read_source(raw, name)
    except RecursionError:
        raise ReportImportError(Message("refused.too_deep", name=name)) from None
    result = parse_records(source, fiscal_year=fiscal_year, plan_id=plan_id)
    if not result.usable:
        raise NothingUsableError(
            Message("refused.no_measures", name=name, what=Message(f"format.{source.kind}")),
            result.warnings,
        )
    return result


def import_report(
    src: Path,
    out: Path,
    *,
    force: bool = False,
    fiscal_year: int | None = None,
    plan_id: str | None = None,
    dry_run: bool = False,
    name_plan: Callable[[ImportResult], None] | None = None,
    lang: str = "en",
) -> ImportResult:
    """Read ``src`` (any format :mod:`~ita_tui.importer.formats` reads), write the plan to ``out`` (atomically) and return what was found.

    Raises :class:`ReportImportError` when ``src`` cannot be read, ``out`` exists and not
    ``force``, or the arguments are bad; :class:`NothingUsableError` (a subclass) when the
    report holds no measures.  Warnings in the result are for the user (stderr).  With
    ``dry_run`` nothing is written (and ``out`` is not checked). ``name_plan`` may set the
    plan's ``id`` and ``plan_key`` once the report is read (the caller knows the plans in use).
    The notes in the file are worded in ``lang`` (the officer's who imports it)."""
    if not dry_run and out.is_dir():
        raise ReportImportError(Message("refused.out_folder", name=str(out)))
    if not dry_run and out.exists() and not force:
        raise ReportImportError(Message("refused.out_exists", name=str(out)))
    try:
        raw = read_regular_file(src, kind="document")
    except FileRefused as exc:
        if exc.reason == FOLDER:
            raise ReportImportError(Message("refused.folder", name=str(src))) from None
        raise ReportImportError(Message("refused.unreadable", name=str(src), why=exc)) from None
    except FileNotFoundError:
        raise ReportImportError(Message("refused.no_file", name=str(src))) from None
    except IsADirectoryError:
        raise ReportImportError(Message("refused.folder", name=str(src))) from None
    except OSError as exc:
        raise ReportImportError(Message("refused.unreadable", name=str(src), why=exc)) from None
    result = read_report(raw, str(src), fiscal_year=fiscal_year, plan_id=plan_id)
    result.source = src.name
    if name_plan is not None:
        name_plan(result)
    text = render_plan_toml(result, lang)
    tomllib.loads(text)  # never write a file that is not TOML
    if dry_run:
        return result
    try:
        atomic_write_text(out, text)
    except OSError as exc:
        raise ReportImportError(Message("refused.not_written", name=str(out), why=exc)) from None
    return result
