"""HTML: a status never wraps inside its words (``อยู่|ระหว่าง|ดำเนิน|การ`` at 1200 px)."""

from __future__ import annotations

import re

from ita_tui.model import OutcomeProgress, Plan
from ita_tui.report import export
from ita_tui.store.change_log import Change

from .report_helpers import TODAY


def test_every_status_is_kept_on_one_line(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    text = export(plan, records, changes, quarter=2, fmt="html", today=TODAY)
    style = text[text.index("<style>") : text.index("</style>")]
    rules = dict(re.findall(r"^([^{\n]+?)\s*\{([^}]*)\}", style, re.M))
    assert "white-space: nowrap" in rules[".state"]
    badges = re.findall(r'<span class="state state-[a-z_]+">([^<]*)</span>', text)
    assert "อยู่ระหว่างดำเนินการ" in badges and "เกินกำหนด" in badges
