"""The UI's pure parts: labels, counts, filters, search, history, session, Thai wrapping."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from ita_tui.catalog import say
from ita_tui.model import OutcomeProgress, Plan, Status
from ita_tui.state import Tally, plan_tally
from ita_tui.store import ProgressStore
from ita_tui.store.ops import NOTE, STATUS, Op, StatusValue
from ita_tui.tui.i18n import num
from ita_tui.tui.labels import cookie, fit, highlight, plain, short_id
from ita_tui.tui.services.filtering import PlanFilter, visible
from ita_tui.tui.services.history import Edit, History
from ita_tui.tui.services.matching import SearchIndex, pattern
from ita_tui.tui.services.session import Session
from ita_tui.tui.services.tallies import Tallies
from ita_tui.tui.widgets.thai_text import ThaiText

from .conftest import FIXTURE_RECORDS, TODAY

# --- i18n ------------------------------------------------------------------------------


def test_say_and_num() -> None:
    assert say("app.fiscal_year", "th", year=num(2568, "thai")) == "ปีงบประมาณ ๒๕๖๘"
    assert say("app.fiscal_year", "en", year=num(2568, "arabic")) == "Fiscal year 2568 B.E."
    assert num("1.2", "thai") == "๑.๒"


# --- labels ----------------------------------------------------------------------------


def test_plain_never_parses_markup_and_shows_control_characters() -> None:
    text = plain("[bold]x[/bold]\x1b[31m")
    assert text.plain == "[bold]x[/bold]␛[31m"
    assert not text.spans


def test_cookie_leaves_out_not_applicable() -> None:
    assert cookie(Tally(done=2, applicable=4, not_applicable=1), "thai") == "[๒/๔]"
    assert cookie(Tally(done=2, applicable=4), "arabic") == "[2/4]"


def test_short_id() -> None:
    assert short_id("1.2.10") == "10"
    assert short_id("7") == "7"


@given(st.text(alphabet="กขคงจฉัิีึุู่้็์ำะเแab ", max_size=60), st.integers(1, 40))
def test_fit_never_exceeds_the_width_and_keeps_the_tail(head: str, width: int) -> None:
    tail = Text(" [1/2]")
    line = fit(Text(head), tail, width)
    assert line.cell_len <= max(width, 0)
    if width > tail.cell_len:
        assert line.plain.endswith("[1/2]")


def test_highlight_marks_every_match() -> None:
    text = Text("คู่มือ และ คู่มือ")
    found = highlight(text, pattern("คู่มือ"), "reverse")
    assert found and len(text.spans) == 2


# --- tallies ---------------------------------------------------------------------------


def test_tallies_match_the_core_and_forget_only_what_changed(bundled: Plan) -> None:
    records = dict(FIXTURE_RECORDS)
    tallies = Tallies(bundled, lambda: records)
    assert tallies.total() == plan_tally(bundled, records)
    records["7.1.1"] = OutcomeProgress(Status.DONE, TODAY)
    assert tallies.total() == plan_tally(bundled, FIXTURE_RECORDS)  # cached
    tallies.forget(["7.1.1"])
    assert tallies.total() == plan_tally(bundled, records)
    activity = bundled.activity_of("7.1.1")
    assert activity is not None
    assert tallies.activity(activity).done == 1


def test_total_ignores_records_of_outcomes_the_plan_no_longer_has(bundled: Plan) -> None:
    records = {"9.9.9": OutcomeProgress(Status.DONE), "1.1.1": OutcomeProgress(Status.DONE)}
    assert Tallies(bundled, lambda: records).total() == Tally(1, 53, 0)


# --- filtering -------------------------------------------------------------------------


def test_no_filter_shows_everything(bundled: Plan) -> None:
    shown = visible(bundled, PlanFilter(), {})
    assert len(list(shown.walk())) == 7 + 10 + 53


def test_quarter_filter(bundled: Plan) -> None:
    shown = visible(bundled, PlanFilter(quarter=1), {})
    assert shown.activities == {a.id for _, a in bundled.activities() if 1 in a.quarters}


def test_job_filter_is_exact(bundled: Plan) -> None:
    shown = visible(bundled, PlanFilter(job="ปลัด"), {})
    assert shown.activities == {a.id for _, a in bundled.activities() if "ปลัด" in a.responsible}


def test_open_only_drops_finished_outcomes_and_activities(bundled: Plan) -> None:
    shown = visible(bundled, PlanFilter(open_only=True), FIXTURE_RECORDS)
    assert "1.2" not in shown.activities  # all three done
    assert shown.outcomes is not None
    assert "1.1.3" in shown.outcomes and "1.1.1" not in shown.outcomes
    assert "2.1.7" not in shown.outcomes  # not applicable is not open


# --- search ----------------------------------------------------------------------------


def test_pattern_ignores_case_and_digit_style() -> None:
    found = pattern("e-service ๕")
    assert found is not None
    assert found.search("ระบบ E-Service 5 งาน")
    assert pattern("  ") is None
    assert pattern("[bold]") is not None and pattern("[bold]").search("x [bold] y")  # type: ignore[union-attr]


def test_index_search_first_outcome_and_step(bundled: Plan) -> None:
    index = SearchIndex(visible(bundled, PlanFilter(), {}))
    matches = index.search("ออนไลน์")
    assert matches == sorted(matches, key=index.order.__getitem__)
    first = index.first_outcome(matches)
    assert first is not None and bundled.outcome(first) is not None
    assert index.step(matches, matches[-1], forward=True) == matches[0]
    assert index.step(matches, matches[0], forward=False) == matches[-1]
    assert index.step([], None, forward=True) is None


def test_search_text_is_data_not_a_regex(bundled: Plan) -> None:
    index = SearchIndex(visible(bundled, PlanFilter(), {}))
    assert index.search(".*") == []
    assert index.search("[a-z]+") == []


# --- history and session ---------------------------------------------------------------


def test_history_undo_redo_order() -> None:
    history = History()
    one = Edit("a", (Op(STATUS, StatusValue(), StatusValue(Status.DONE, TODAY)),))
    two = Edit("b", (Op(NOTE, "", "n"),))
    history.record(one)
    history.record(two)
    assert history.undo() == two and history.undo() == one and history.undo() is None
    assert history.redo() == one
    history.record(two)
    assert history.redo() is None and len(history) == 2


def test_session_update_undo_and_poll(data_dir: Path, bundled: Plan) -> None:
    store = ProgressStore(data_dir, bundled.id)
    store.load()
    session = Session(store, lambda: TODAY)
    result = session.update("1.1.1", status=Status.DONE)
    assert result.error is None and result.changed == {"1.1.1"}
    assert store.get("1.1.1").done_on == TODAY
    undone = session.undo()
    assert undone is not None and store.get("1.1.1").status is Status.PENDING
    assert session.poll().changed == set()
    other = ProgressStore(data_dir, bundled.id, user="other")
    other.load()
    other.update("2.1.1", status=Status.DONE, today=TODAY)
    assert session.poll().changed == {"2.1.1"}


def test_session_remembers_the_day_done_through_other_statuses(
    data_dir: Path, bundled: Plan
) -> None:
    import datetime as dt

    store = ProgressStore(data_dir, bundled.id)
    store.load()
    session = Session(store, lambda: TODAY)
    typed = dt.date(2024, 11, 30)
    session.update("1.1.1", status=Status.DONE, done_on=typed)
    for status in (Status.NOT_APPLICABLE, Status.PENDING, Status.IN_PROGRESS):
        session.update("1.1.1", status=status)
        assert store.get("1.1.1").done_on is None  # reports see no date for it
        assert session.done_day("1.1.1") == typed
    session.update("1.1.1", status=Status.DONE)
    assert store.get("1.1.1").done_on == typed
    session.update("1.1.1", status=Status.PENDING)
    session.undo()  # back to done on the typed day; then away and back again
    session.update("1.1.1", status=Status.IN_PROGRESS)
    session.update("1.1.1", status=Status.DONE)
    assert store.get("1.1.1").done_on == typed
    session.update("1.1.2", status=Status.DONE)  # never dated: today
    assert store.get("1.1.2").done_on == TODAY
    assert session.done_day("1.1.3") is None


# --- Thai wrapping ---------------------------------------------------------------------


def test_thai_text_breaks_between_syllables_and_keeps_styles() -> None:
    body = Text("กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", style="bold")
    lines = ThaiText(body).lines(20)
    assert "".join(line.plain for line in lines) == body.plain
    assert all(line.cell_len <= 20 for line in lines)
    assert all(line.spans for line in lines)
    assert not any(line.plain.startswith(("ิ", "ั", "่", "้")) for line in lines)


def test_thai_text_hangs_continuation_lines_under_the_text() -> None:
    lines = ThaiText(Text("ประชาสัมพันธ์หรือเผยแพร่คู่มือหรือมาตรฐานการปฏิบัติงาน"), Text("๓. ")).lines(24)
    assert lines[0].plain.startswith("๓. ")
    assert all(line.plain.startswith("   ") for line in lines[1:])


@given(st.text(alphabet="กขคเแโะำัิ่้์ abc/.\n", max_size=80), st.integers(1, 30))
def test_thai_text_loses_nothing(text: str, width: int) -> None:
    lines = ThaiText(Text(text)).lines(width)
    joined = "".join(line.plain for line in lines)
    assert joined.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
    for line in lines:
        assert cell_len(line.plain) <= max(width, max(map(cell_len, text.split()), default=0))


def test_thai_text_renders_in_a_console() -> None:
    console = Console(width=30, record=True, color_system=None, file=io.StringIO())
    console.print(ThaiText(Text("มีความเท่าเทียมไม่เลือกปฏิบัติ มุ่งผลสัมฤทธิ์ ของงาน")))
    assert len(console.export_text().splitlines()) >= 2


def test_the_styles_ship_inside_the_package() -> None:
    from ita_tui.tui import app

    for path in app.ItaApp.CSS_PATH:
        assert Path(path).is_file(), path


def test_history_peeks_without_moving() -> None:
    history = History()
    edit = Edit("a", (Op(NOTE, "", "n"),))
    history.record(edit)
    assert history.peek_undo() == edit and history.peek_undo() == edit and len(history) == 1
    assert edit.inverse() == Edit("a", (Op(NOTE, "n", ""),))
    assert history.undo() == edit and history.peek_redo() == edit


def test_change_text_says_field_and_value() -> None:
    from ita_tui.store.ops import EVIDENCE, Conflict
    from ita_tui.tui.services.change_text import conflict_text, edit_text

    ops = (
        Op(STATUS, StatusValue(), StatusValue(Status.DONE, TODAY)),
        Op(EVIDENCE, None, "http://e.example/\x1b[2J"),
        Op(NOTE, "x", ""),
    )
    assert edit_text("1.1.1", ops, "en", "arabic") == (
        "1.1.1 status → done 10 Feb 2025; evidence added http://e.example/␛[2J; note → (no note)"
    )
    assert edit_text("1.1.1", ops[:1], "th", "thai") == ("๑.๑.๑ สถานะ → ดำเนินการแล้ว ๑๐ ก.พ. ๒๕๖๘")
    text = conflict_text(
        "1.1.1", Conflict(NOTE, "", "theirs", "mine", "som\x1bchai"), "en", "arabic"
    )
    assert "\x1b" not in text and "changed meanwhile by som␛chai: kept “mine”" in text


def test_a_day_typed_before_a_restart_comes_back_too(data_dir: Path, bundled: Plan) -> None:
    """The app closed after the outcome left done: the change log still knows the day."""
    import datetime as dt

    typed = dt.date(2024, 11, 30)
    first = ProgressStore(data_dir, bundled.id)
    first.load()
    before = Session(first, lambda: TODAY)
    before.update("1.1.1", status=Status.DONE, done_on=typed)
    before.update("1.1.1", status=Status.NOT_APPLICABLE)
    before.update("1.1.2", status=Status.DONE, done_on=typed)
    before.update("1.1.2", status=Status.PENDING)
    before.update("1.1.2", status=Status.DONE, done_on=dt.date(2025, 1, 5))  # typed again
    before.update("1.1.2", status=Status.PENDING)
    store = ProgressStore(data_dir, bundled.id)  # the next day's app
    store.load()
    session = Session(store, lambda: TODAY)
    assert store.get("1.1.1").done_on is None
    session.update("1.1.1", status=Status.PENDING)
    session.update("1.1.1", status=Status.IN_PROGRESS)
    session.update("1.1.1", status=Status.DONE)
    assert store.get("1.1.1").done_on == typed  # not today
    session.update("1.1.2", status=Status.DONE)
    assert store.get("1.1.2").done_on == dt.date(2025, 1, 5)  # the last day typed
    session.update("1.1.3", status=Status.DONE)  # never done: today
    assert store.get("1.1.3").done_on == TODAY
