"""What an import found (:class:`ImportResult`), its errors, and the one-line summary."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ita_tui.importer.messages import Message, Place

#: Keys of :attr:`ImportResult.notes` for notes that are not about one issue/activity/outcome.
PLAN_NOTES = ""
FISCAL_YEAR_NOTES = "fiscal_year"
ITA_NOTES = "ita"


class ReportImportError(Exception):
    """The report cannot be imported (unreadable, not UTF-8, output exists...): ``message``
    is a :class:`Message` (a ``refused.*`` code and its values), worded where it is shown."""

    def __init__(self, message: Message, warnings: Iterable[Message] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.warnings = list(warnings)


class NothingUsableError(ReportImportError):
    """The report held no measure table rows: nothing to make a plan from."""


class FiscalYearNeededError(ReportImportError):
    """The report holds measures but names no fiscal year: the user must give it."""


@dataclass
class ImportResult:
    """What :func:`parse_report` found.

    ``plan`` is plain dicts/lists in the bundled measures.toml schema, ready for TOML.
    ``notes`` maps a node id (issue ``"1"``, activity ``"1.1"``, outcome ``"1.1.1"``, or
    :data:`PLAN_NOTES` / :data:`FISCAL_YEAR_NOTES` / :data:`ITA_NOTES`) to comments to
    write next to it: guesses and text kept for the reader.  ``warnings`` are for stderr;
    ``unplaced`` is report text that belongs nowhere in the plan (``line N: text``).
    """

    plan: dict[str, Any]
    warnings: list[Message] = field(default_factory=list)
    notes: dict[str, list[Message]] = field(default_factory=dict)
    unplaced: list[Message | str] = field(default_factory=list)
    source: str = ""
    kind: str = "text"  # the format it was read as (docx, xlsx, html, pdf, text)

    @property
    def activities(self) -> list[dict[str, Any]]:
        return [a for issue in self.plan.get("issues", []) for a in issue["activities"]]

    @property
    def usable(self) -> bool:
        """At least one measure was found (otherwise there is no plan to write)."""
        return bool(self.activities)

    def counts(self) -> dict[str, int]:
        activities = self.activities
        return {
            "issues": len(self.plan.get("issues", [])),
            "activities": len(activities),
            "steps": sum(len(a["steps"]) for a in activities),
            "outcomes": sum(len(a["outcomes"]) for a in activities),
        }


class Notebook(Protocol):
    """Where readers put their notes (next to a plan node) and warnings (for stderr)."""

    def note(self, key: str, message: Message) -> None: ...

    def warn(self, key: str, message: Message, where: Place) -> None: ...
