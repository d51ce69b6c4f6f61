"""Times are shown in the machine's local time, or in the zone the plan names; a zone this
machine cannot load falls back to the local time (and says so where it is shown)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest

from ita_tui.clock import LOCAL, clock_for

MOMENT = dt.datetime(2025, 3, 31, 17, 30, tzinfo=dt.UTC)  # 00:30 on 1 April in Bangkok


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")  # a POSIX rule: no database needed
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_local_time_follows_the_machine(new_york: None) -> None:
    local = LOCAL.at(MOMENT)
    assert (local.day, local.hour, local.minute) == (31, 13, 30)  # EDT, UTC-4
    assert LOCAL.offset(MOMENT) == "UTC-04:00"
    assert LOCAL.at(MOMENT.replace(tzinfo=None)) == local  # a naive moment is UTC


def test_the_plans_zone_wins(new_york: None) -> None:
    clock = clock_for("Asia/Bangkok")
    if clock.missing:
        pytest.skip("no time-zone database on this machine")
    there = clock.at(MOMENT)
    assert (there.month, there.day, there.hour) == (4, 1, 0)
    assert clock.offset(MOMENT) == "UTC+07:00" and clock.name == "Asia/Bangkok"


@pytest.mark.parametrize("name", ["Mars/Olympus", "../../etc/passwd", "Asia/Bangkok\x1b[31m"])
def test_an_unknown_zone_falls_back_to_local_time(new_york: None, name: str) -> None:
    clock = clock_for(name)
    assert clock.missing == name and clock.zone is None and clock.name == ""
    assert clock.at(MOMENT) == LOCAL.at(MOMENT)


def test_no_zone_is_local() -> None:
    assert clock_for("") is LOCAL and clock_for("  ") is LOCAL
