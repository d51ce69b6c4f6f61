"""A PDF cell's paragraphs are told apart by the page's geometry, as Word's PDF writer lays
them out: job titles no list knows each their own paragraph, unnumbered steps and outcomes,
and a step or outcome wrapped over a page end (the row going on under the repeated header)
stays one item."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pdf_builder
import pytest
from importer_helpers import shape, validated

from ita_tui.importer import read_report


@pytest.fixture
def word_layout(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Lines wrapped as a writer that breaks Thai between words does (a wrapped line is
    nearly full)."""
    monkeypatch.setattr(pdf_builder, "THAI_WORD_BREAK", 6)
    yield
    pdf_builder.BREAKS.clear()


def _imported(gap: float, height: int, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(pdf_builder, "PARAGRAPH_GAP", gap)
    monkeypatch.setattr(pdf_builder, "PAGE_H", height)
    raw = pdf_builder.report_pdf(pdf_builder.paragraphs_plan(), pdf_builder.PLAIN)
    return read_report(raw, "hospital.pdf", fiscal_year=None)


def _activities(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for issue in plan["issues"] for a in issue["activities"]}


@pytest.mark.usefixtures("word_layout")
@pytest.mark.parametrize("gap", [0.0, 4.0])  # no paragraph spacing; Word's spacing after
@pytest.mark.parametrize("height", [595, 300])
def test_job_titles_no_list_knows_are_the_cells_paragraphs(
    monkeypatch: pytest.MonkeyPatch, gap: float, height: int
) -> None:
    result = _imported(gap, height, monkeypatch)
    activities = _activities(result.plan)
    for aid, titles in pdf_builder.UNKNOWN_TITLES.items():
        assert activities[aid]["responsible"] == titles
    assert shape(result.plan) == shape(pdf_builder.paragraphs_plan())
    # nothing was guessed: no title was cut out of titles run together
    assert not [n for notes in result.notes.values() for n in notes if "runs «" in n]
    validated(result)


@pytest.mark.usefixtures("word_layout")
@pytest.mark.parametrize("gap", [0.0, 4.0])
def test_a_step_and_an_outcome_wrapped_over_a_page_end_stay_one(
    monkeypatch: pytest.MonkeyPatch, gap: float
) -> None:
    """Page heights that break the rows everywhere: inside a step and an outcome (numbered,
    and paragraphs without numbers), and between two paragraphs."""
    want = _activities(pdf_builder.paragraphs_plan())
    breaks: set[tuple[int, bool]] = set()
    for height in range(150, 260, 3):
        result = _imported(gap, height, monkeypatch)
        breaks |= set(pdf_builder.BREAKS)
        got = _activities(result.plan)
        for aid in ("1.1", "2.2"):
            assert got[aid]["steps"] == want[aid]["steps"], height
            assert got[aid]["outcomes"] == want[aid]["outcomes"], height
        assert shape(result.plan) == shape(pdf_builder.paragraphs_plan()), height
    # steps (column 4) and outcomes (column 5) broken inside a paragraph and between two
    assert {(4, False), (5, False), (4, True), (5, True)} <= breaks
    long_step = want["1.1"]["steps"][1]
    assert long_step == pdf_builder.LONG_STEP
