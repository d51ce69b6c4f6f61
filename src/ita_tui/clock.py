"""The clock times are shown in: the machine's local time, or the zone a plan names.

The app's details, and every report (the changes of a quarter, and which quarter a change
belongs to), show the moments of the change log in one zone: the machine's local time, or
the IANA zone of the plan's ``timezone = "Asia/Bangkok"`` when it has one. A zone the
machine cannot load (Windows has no time-zone database unless the ``tzdata`` package is
installed; a misspelt name) falls back to the local time, and the report says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Clock:
    """Where to read a moment's day and time."""

    #: the plan's zone; None for the machine's local time
    zone: dt.tzinfo | None = None
    #: the zone's name as the plan wrote it ("" for the local time)
    name: str = ""
    #: a zone the plan named that this machine could not load ("" if none)
    missing: str = ""

    def at(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` in this clock's zone (a moment without a zone is taken as UTC, as the
        change log writes them)."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return moment.astimezone(self.zone)

    def offset(self, moment: dt.datetime) -> str:
        """The zone's offset from UTC at ``moment``: ``UTC+07:00``."""
        raw = self.at(moment).strftime("%z") or "+0000"
        return f"UTC{raw[:3]}:{raw[3:5]}"


#: The machine's local time.
LOCAL = Clock()


@lru_cache(maxsize=16)
def clock_for(name: str) -> Clock:
    """The clock of a plan whose ``timezone`` is ``name`` ("" for the local time)."""
    name = name.strip()
    if not name:
        return LOCAL
    # only a plan that names a zone needs the zone database (about 3 ms to import)
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return Clock(ZoneInfo(name), name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # no such zone, or no database
        return Clock(missing=name)
