"""The quarterly report made and written in a worker thread (``e``), as the plan's writes are.

A report of a large plan takes seconds to lay out (a Word file most); made on the UI thread
it froze the screen. The export dialog takes its choices and a copy of the progress as an
:class:`ExportJob` (the thread touches no widget; it reads the change log itself), and
:func:`write` gives back the :class:`ReportWritten` its worker posts: the file written, or
the error that stopped it, as data, worded where it is shown (:func:`error_text`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

from ita_tui import report
from ita_tui.catalog import say
from ita_tui.report.output import file_bytes, write_report
from ita_tui.store import StoreError

if TYPE_CHECKING:
    from ita_tui.model import OutcomeProgress, Plan
    from ita_tui.signoff import SignOff
    from ita_tui.store.change_log import Change


@dataclass(frozen=True)
class ExportJob:
    """One export: where to, what of, and every choice made in the dialog."""

    target: Path
    plan: Plan = field(repr=False)
    #: The progress as it was when the export was asked for (a copy: the app may reload).
    records: Mapping[str, OutcomeProgress] = field(repr=False)
    #: Reads the change log (in the worker: a year's log is long to read).
    changes: Callable[[], Iterable[Change]] = field(repr=False)
    quarter: int
    year: int
    fmt: str
    lang: str
    digits: str
    today: dt.date
    signoff: SignOff


class ReportWritten(Message):
    """An export ended in its worker thread: ``error`` is None when the report is at
    ``job.target``; else what stopped it (a file error, a refused choice, a fault)."""

    def __init__(self, job: ExportJob, error: BaseException | None) -> None:
        super().__init__()
        self.job = job
        self.error = error


def write(job: ExportJob) -> ReportWritten:
    """In the worker thread: make the report and write it whole (atomically, or into a
    device or pipe that is ready); never raises, so the dialog is never left waiting."""
    try:
        data = report.export_bytes(
            job.plan,
            job.records,
            list(job.changes()),
            quarter=job.quarter,
            year=job.year,
            fmt=job.fmt,
            lang=job.lang,
            digits=job.digits,
            today=job.today,
            signoff=job.signoff,
        )
        write_report(job.target, b"".join(file_bytes(data, job.fmt)), wait_for_reader=False)
    except Exception as exc:  # any: a fault too must end the wait and say so
        return ReportWritten(job, exc)
    return ReportWritten(job, None)


def error_text(error: BaseException, lang: str) -> str:
    """Why the report was not written, in ``lang``."""
    from ita_tui.error_text import os_error, store_message

    if isinstance(error, OSError):
        return os_error(error, lang)
    if isinstance(error, StoreError | ValueError):
        return store_message(error, lang)
    return say("app.edit.fault", lang, error=f"{type(error).__name__}: {error}")
