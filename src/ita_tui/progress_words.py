"""How far work has come, written once for the app, ``ita-tui status`` and every report.

One rounding of percentages and one name for each activity state, so a plan never reads
66% in the app and 67% in its report, or "complete" on screen and "in progress" on paper.

Percentages are rounded **down** to a whole number: 100% is shown only when every
applicable outcome is done (199 of 200 is 99%, never 100%), and a figure never claims
work that has not been done. An officer signs these figures: a report that rounds up would
state, once in a while, that a measure is finished when it is not. The bars follow the
same rule (a bar is full only when the work is).

A count with nothing to count has no percentage: an issue, activity or plan with no
outcomes is "no outcomes yet" (never ``0/0 100%``, never "complete"); one whose outcomes
are all not applicable has no percentage either (``–``).

Numbers here are in Arabic digits: each caller writes them in its own digits.
"""

from __future__ import annotations

from typing import Final

from ita_tui.catalog import say
from ita_tui.state import ActivityState, Tally

#: Written where a count has nothing to count (every outcome not applicable).
NO_PERCENT: Final = "–"


def whole_percent(done: int, total: int) -> int | None:
    """``done`` of ``total`` in whole percent, rounded down; None when ``total`` is 0."""
    if total <= 0:
        return None
    return 100 * max(0, min(done, total)) // total


def percent_text(done: int, total: int) -> str:
    """``66%`` (rounded down), or ``–`` when there is nothing to count."""
    value = whole_percent(done, total)
    return NO_PERCENT if value is None else f"{value}%"


def progress_text(tally: Tally, lang: str) -> str:
    """The percentage of a tally, or "no outcomes yet" when it counts no outcome at all."""
    if tally.total == 0:
        return state_name(ActivityState.NO_OUTCOMES, lang)
    return percent_text(tally.done, tally.applicable)


def filled(done: int, total: int, width: int) -> int:
    """How many of a bar's ``width`` cells are filled: rounded down, none when ``total`` is 0."""
    if total <= 0 or width <= 0:
        return 0
    return width * max(0, min(done, total)) // total


def bar(done: int, total: int, width: int = 20) -> str:
    """A progress bar drawn with █ and ░ (plain text; Rich's ProgressBar is blank in files),
    filled as :func:`filled` says."""
    cells = filled(done, total, width)
    return "█" * cells + "░" * (max(0, width) - cells)


def state_name(state: ActivityState, lang: str) -> str:
    """An activity's (or an issue's) state in words (the catalog's ``state.*``):
    ``แล้วเสร็จ``, ``overdue``."""
    return say(f"state.{state.value}", lang)
