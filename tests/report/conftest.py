"""Fixtures of the report tests: the bundled plan and the fixed progress of report_helpers."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from ita_tui.model import OutcomeProgress, Plan
from ita_tui.store.change_log import Change

from .report_helpers import bundled_plan, fixture


@pytest.fixture(scope="session")
def plan() -> Plan:
    return bundled_plan()


@pytest.fixture
def records() -> dict[str, OutcomeProgress]:
    return fixture()[0]


@pytest.fixture
def changes() -> list[Change]:
    return fixture()[1]


@pytest.fixture(autouse=True)
def thai_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's local time is Thai time (UTC+7, a POSIX rule: no zone database needed),
    as on an officer's computer: reports show times in the local time."""
    monkeypatch.setenv("TZ", "ICT-7")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
