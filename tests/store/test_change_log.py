from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from progress_strategies import records

from ita_tui.model import OutcomeProgress
from ita_tui.store.change_log import Change, change_from_json, change_to_json

T0 = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)


@settings(max_examples=150, deadline=None)
@given(records, records)
def test_change_log_lines_round_trip(old: OutcomeProgress, new: OutcomeProgress) -> None:
    at = new.updated_at or T0
    change = Change(at=at, by="u", outcome_id="1.1.1", old=old, new=new)
    assert change_from_json(change_to_json(change)) == change
    assert "\n" not in change_to_json(change)
