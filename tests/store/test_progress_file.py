from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from progress_strategies import record_maps

from ita_tui.model import OutcomeProgress, Status
from ita_tui.store.progress_file import ProgressFileError, id_order, parse_progress, render_progress


@settings(max_examples=150, deadline=None)
@given(record_maps)
def test_progress_file_round_trips_any_text(data: dict[str, OutcomeProgress]) -> None:
    assert parse_progress(render_progress("p", data).encode("utf-8")) == data


def test_the_file_explains_itself_and_lists_outcomes_in_natural_order() -> None:
    at = dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    records = {
        i: OutcomeProgress(Status.DONE, dt.date(2025, 1, 1), updated_at=at)
        for i in ("1.1.10", "1.1.9", "1.2.1")
    }
    text = render_progress("p", records)
    assert text.startswith("# ita-tui progress file")
    assert text.index('"1.1.9"') < text.index('"1.1.10"') < text.index('"1.2.1"')
    assert sorted(["1.1.10", "1.1.9", "x"], key=id_order) == ["1.1.9", "1.1.10", "x"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[[", "Invalid"),
        ("format = 2", "format 2"),
        ('[outcomes."1.1.1"]\nstatus = "finished"', "is not one of"),
        ('[outcomes."1.1.1"]\ndone_on = "yesterday"', "must be a date"),
        ('[outcomes."1.1.1"]\nevidence = "x"', "list of texts"),
    ],
)
def test_what_is_not_progress_is_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(ProgressFileError, match=message):
        parse_progress(text.encode("utf-8"))
