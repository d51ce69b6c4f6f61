"""The report's words and numbers: Thai or English, Thai or Arabic digits, B.E. dates."""

from __future__ import annotations

import datetime as dt

import pytest

from ita_tui.model import Status
from ita_tui.report.labels import Words, default_digits
from ita_tui.state import ActivityState
from ita_tui.thai.calendar import Quarter


def test_percent_is_rounded_down_so_only_finished_work_shows_100() -> None:
    w = Words("th", "arabic")
    assert w.percent(199, 200) == "99%"
    assert w.percent(200, 200) == "100%"
    assert w.percent(0, 0) == "–"
    assert Words().percent(1, 3) == "๓๓%"


def test_dates_quarters_and_years() -> None:
    th, en = Words("th", "thai"), Words("en", "arabic")
    q2 = Quarter(2568, 2)
    assert th.quarter(q2) == "ไตรมาสที่ ๒ (๑ ม.ค. – ๓๑ มี.ค. ๒๕๖๘)"
    assert en.quarter(q2) == "Q2 (1 Jan – 31 Mar 2025)"
    assert th.quarter(Quarter(2568, 1)) == "ไตรมาสที่ ๑ (๑ ต.ค. – ๓๑ ธ.ค. ๒๕๖๗)"
    assert th.fiscal_year(2568) == "พ.ศ. ๒๕๖๘ (๑ ต.ค. ๒๕๖๗ – ๓๐ ก.ย. ๒๕๖๘)"
    assert en.date_be(dt.date(2025, 4, 10)) == "10 Apr 2025 (B.E. 2568)"
    moment = dt.datetime(2025, 1, 2, 8, 5)
    assert th.time(moment) == "๒ ม.ค. ๒๕๖๘ ๐๘:๐๕ น."
    assert en.time(moment) == "2 Jan 2025 08:05"


def test_every_state_and_status_has_words_in_both_languages() -> None:
    for lang in ("th", "en"):
        w = Words(lang, default_digits(lang))
        assert len({w.state(s) for s in ActivityState}) == len(ActivityState)
        assert len({w.status(s) for s in Status}) == len(Status)


def test_unknown_choices_are_refused() -> None:
    with pytest.raises(ValueError, match="not a language"):
        Words("fr")
    with pytest.raises(ValueError, match="style of digits"):
        Words("th", "roman")
