"""Fixtures of the report tests: the bundled plan and the fixed progress of report_helpers."""

from __future__ import annotations

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
