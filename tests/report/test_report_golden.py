"""Golden files: the bundled plan's Q2 report with the fixed progress fixture, every format.

Regenerate after an intended change with ``ITA_TUI_REGEN_GOLDEN=1 pytest tests/report``,
then read the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ita_tui.model import OutcomeProgress, Plan
from ita_tui.report import export
from ita_tui.store.change_log import Change

from .report_helpers import TODAY

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
REGENERATE = os.environ.get("ITA_TUI_REGEN_GOLDEN") == "1"

# file name: (format, lang, digits, width)
CASES: dict[str, tuple[str, str, str | None, int]] = {
    "report-2568-q2.txt": ("text", "th", None, 100),
    "report-2568-q2-w80.txt": ("text", "th", None, 80),
    "report-2568-q2-en.txt": ("text", "en", None, 100),
    "report-2568-q2.md": ("md", "th", None, 100),
    "report-2568-q2-arabic.md": ("md", "th", "arabic", 100),
    "report-2568-q2.html": ("html", "th", None, 100),
    "report-2568-q2-en.html": ("html", "en", None, 100),
    "report-2568-q2.csv": ("csv", "th", None, 100),
    "report-2568-q2-en.csv": ("csv", "en", None, 100),
    "report-2568-q2.json": ("json", "th", None, 100),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_report_matches_its_golden_file(
    name: str, plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    fmt, lang, digits, width = CASES[name]
    text = export(
        plan,
        records,
        changes,
        quarter=2,
        fmt=fmt,
        lang=lang,
        digits=digits,
        width=width,
        today=TODAY,
    )
    data = text.encode("utf-8")
    path = GOLDEN / name
    if REGENERATE:
        path.write_bytes(data)
    assert path.exists(), f"missing {path}: run with ITA_TUI_REGEN_GOLDEN=1 to create it"
    expected = path.read_bytes()
    if data != expected:
        # show the first differing line, not two walls of Thai
        got, want = data.decode().splitlines(), expected.decode().splitlines()
        for number, (a, b) in enumerate(zip(got, want, strict=False), 1):
            if a != b:
                pytest.fail(f"{name}, line {number}:\n  got:  {a!r}\n  want: {b!r}")
        pytest.fail(f"{name}: {len(got)} lines, golden has {len(want)}")


def test_every_golden_file_is_checked() -> None:
    on_disk = {p.name for p in GOLDEN.iterdir() if p.name.startswith("report-")}
    assert on_disk == set(CASES)
