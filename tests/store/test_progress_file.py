from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from progress_strategies import record_maps

from ita_tui.model import OutcomeProgress, Status
from ita_tui.store.progress_file import (
    ProgressFileError,
    ProgressFileRefused,
    id_order,
    parse_progress,
    read_progress,
    render_progress,
)


@settings(max_examples=150, deadline=None)
@given(record_maps)
def test_progress_file_round_trips_any_text(data: dict[str, OutcomeProgress]) -> None:
    assert parse_progress(render_progress("p", data).encode("utf-8")) == data


@pytest.mark.parametrize("note", ["\n", "\nต่อ", "\n\nสอง", "บรรทัด\n", "\r\nx"])
def test_a_note_that_starts_a_line_keeps_its_line_breaks(note: str) -> None:
    # a line break right after opening triple quotes is dropped by TOML: tomlkit before
    # 0.15.3 wrote it bare (CI runs this on the lowest tomlkit allowed too)
    data = {"1.1.1": OutcomeProgress(Status.PENDING, note=note)}
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


def test_the_header_names_the_plan_and_the_log_offset_and_a_trailer_ends_it() -> None:
    text = render_progress("p", {"1": OutcomeProgress()}, log_offset=123)
    data = read_progress(text.encode(), plan_id="p")
    assert (data.plan_id, data.log_offset, data.complete, data.has_header) == ("p", 123, True, True)
    cut = text[: text.index("status = ")]
    assert not read_progress(cut.encode()).complete  # cut short: the trailer is missing
    assert read_progress(render_progress("p", {}).encode()).complete  # older files have none


@pytest.mark.parametrize("text", ["", "# only a comment\n# another\n", "\n\n"])
def test_an_empty_or_comment_only_file_has_no_header(text: str) -> None:
    data = read_progress(text.encode())
    assert data.records == {} and not data.has_header


def test_another_plans_file_or_a_newer_format_is_refused_not_damaged() -> None:
    with pytest.raises(ProgressFileRefused, match="progress of plan 'other'"):
        read_progress(render_progress("other", {}).encode(), plan_id="p")
    with pytest.raises(ProgressFileRefused, match="newer ita-tui"):
        read_progress(b"format = 7\n", plan_id="p")


def test_a_file_nested_thousands_deep_is_refused_without_a_traceback() -> None:
    deep = b"x = " + b"[" * 5000 + b"]" * 5000 + b"\n"
    with pytest.raises(ProgressFileRefused, match="nested too deeply"):
        read_progress(deep)


def test_only_ascii_digits_are_numbers_in_ids() -> None:
    assert sorted(["1.²", "1.2", "1.10", "1.٣"], key=id_order) == ["1.2", "1.10", "1.²", "1.٣"]
    text = render_progress("p", {"1.²": OutcomeProgress(), "1.1": OutcomeProgress()})
    assert set(parse_progress(text.encode())) == {"1.²", "1.1"}
