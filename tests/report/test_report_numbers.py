"""Reports show the number of each item (its place), and machine formats carry the key too."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from ita_tui.model import OutcomeProgress, Status
from ita_tui.plan import parse_plan
from ita_tui.report import export

PLAN = """\
format = 1
id = "keys"
title = "t"
organisation = "o"
fiscal_year = 2568

[[issues]]
id = "qz7kpa"
title = "ประเด็น"

[[issues.activities]]
id = "1.1"
title = "กิจกรรม"
quarters = [1]

[[issues.activities.outcomes]]
id = "1.1.2"
text = "ผลที่เคยเป็นข้อสอง"

[[issues.activities.outcomes]]
id = "m3x9ta"
text = "ผลใหม่"
"""

DONE = {"m3x9ta": OutcomeProgress(status=Status.DONE, done_on=dt.date(2024, 11, 1))}
TODAY = dt.date(2025, 6, 1)


def test_text_shows_numbers_not_keys() -> None:
    plan = parse_plan(PLAN.encode()).plan
    text = export(plan, DONE, [], quarter=1, fmt="text", digits="arabic", today=TODAY)
    assert "1.1.2" in text and "m3x9ta" not in text and "qz7kpa" not in text
    # the outcome keyed 1.1.2 is shown as 1.1.1, the new one as 1.1.2
    assert "1.1.1" in text


def test_csv_and_json_carry_number_and_key() -> None:
    plan = parse_plan(PLAN.encode()).plan
    rows = list(
        csv.DictReader(
            io.StringIO(
                export(plan, DONE, [], quarter=1, fmt="csv", lang="en", today=TODAY).lstrip(
                    "\ufeff"
                )
            )
        )
    )
    assert [(r["outcome_no"], r["outcome_id"], r["status"]) for r in rows] == [
        ("1.1.1", "1.1.2", "pending"),
        ("1.1.2", "m3x9ta", "done"),
    ]
    assert rows[0]["issue_no"] == "1" and rows[0]["issue_id"] == "qz7kpa"
    data = json.loads(export(plan, DONE, [], quarter=1, fmt="json", today=TODAY))
    issue = data["issues"][0]
    assert (issue["number"], issue["id"]) == ("1", "qz7kpa")
    outcomes = issue["activities"][0]["outcomes"]
    assert [(o["number"], o["id"]) for o in outcomes] == [("1.1.1", "1.1.2"), ("1.1.2", "m3x9ta")]
    assert data["done_in_quarter"] == ["m3x9ta"]  # lists name outcomes by key
