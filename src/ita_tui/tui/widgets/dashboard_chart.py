"""The dashboard's charts drawn as Rich text: stacked bars, a burn-up, job-title bars.

Pure drawing over :mod:`ita_tui.charts` (the figures the report's charts use too): no
widget, no state. Every part of a bar has its own character as well as its colour
(█ done, ▒ due now, × overdue, ░ not yet due, · not applicable), so the charts read the
same without colour. Plan text is data (``plain``), never markup.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

from ita_tui.catalog import say
from ita_tui.charts import SLICES, Figures, IssueBar, JobBar, MonthPoint, Slice
from ita_tui.state import ActivityState
from ita_tui.thai.calendar import ENGLISH_MONTH_ABBRS, THAI_MONTH_ABBRS
from ita_tui.tui.i18n import num, state_label
from ita_tui.tui.labels import fit, plain

MARKS: dict[Slice, str] = {
    Slice.DONE: "█",
    Slice.DUE: "▒",
    Slice.OVERDUE: "×",
    Slice.NOT_YET: "░",
    Slice.NOT_APPLICABLE: "·",
}
STYLES: dict[Slice, str] = {
    Slice.DONE: "#0072B2",
    Slice.DUE: "#E69F00",
    Slice.OVERDUE: "bold #D55E00",
    Slice.NOT_YET: "grey50",
    Slice.NOT_APPLICABLE: "grey50",
}
#: cells of the label column of the bars (issue numbers, job titles)
LABEL = 22
#: the burn-up's height in lines, and the width of one month
BURNUP_HEIGHT = 7
MONTH = 5


def legend(lang: str) -> Text:
    out = Text()
    for part in SLICES:
        if out:
            out.append("  ")
        out.append(MARKS[part], style=STYLES[part])
        out.append(" " + say(f"app.dash.slice.{part.value}", lang))
    return out


def stacked(parts: list[tuple[Slice, int]], scale: int, width: int) -> Text:
    """``width`` cells standing for ``scale``; a part that is not zero shows at least once."""
    out = Text()
    if scale <= 0 or width <= 0:
        return out
    used = total = 0
    for part, count in parts:
        total += count
        size = max(width * total // scale - used, 1 if count else 0)
        size = min(size, width - used)
        out.append(MARKS[part] * size, style=STYLES[part])
        used += size
    return out


def issue_line(bar: IssueBar, width: int, lang: str, digits: str) -> Text:
    label = Text(say("app.issue", lang, id=num(bar.number or bar.issue_id, digits)) + " ")
    label.append_text(plain(bar.title))
    tail = (
        f" {num(bar.done, digits)}/{num(bar.applicable, digits)}"
        if bar.total
        else " " + state_label(ActivityState.NO_OUTCOMES, lang)  # never 0/0, as the report
    )
    room = max(4, width - LABEL - cell_len(tail) - 1)
    head = fit(label, Text(), LABEL)
    head.pad_right(LABEL - head.cell_len)
    parts = [(part, bar.count(part)) for part in SLICES]
    return Text.assemble(head, " ", stacked(parts, bar.total, room), tail)


def job_line(bar: JobBar, top: int, width: int, lang: str, digits: str) -> Text:
    title = plain(bar.title) if bar.title else Text(say("app.none", lang))
    head = fit(title, Text(), LABEL)
    head.pad_right(LABEL - head.cell_len)
    tail = f" {num(bar.overdue, digits)} + {num(bar.due, digits)}"
    room = max(4, width - LABEL - len(tail) - 9)
    parts = [(Slice.OVERDUE, bar.overdue), (Slice.DUE, bar.due)]
    return Text.assemble(head, " ", stacked(parts, top, room), tail)


def _month(point: MonthPoint, lang: str) -> str:
    names = THAI_MONTH_ABBRS if lang == "th" else ENGLISH_MONTH_ABBRS
    return names[point.month_end.month - 1]


def burnup(figures: Figures, lang: str, digits: str, *, height: int = BURNUP_HEIGHT) -> Text:
    """Columns of done (█) by the end of each month, the plan's level (┄) on each column,
    month ticks below; the running month underlined."""
    top = max(1, figures.applicable)

    def level(value: int) -> int:
        return (value * height + top - 1) // top  # a single outcome still shows

    axis = max(len(num(top, digits)), 1)
    lines: list[Text] = []
    for row in range(height, 0, -1):
        line = Text()
        label = num(top, digits) if row == height else (num(0, digits) if row == 1 else "")
        line.append(label.rjust(axis) + " ┤" if label else " " * axis + " │", style="dim")
        for point in figures.months:
            done = level(point.done) if point.done is not None else 0
            planned = level(point.planned)
            if done >= row:
                cell, style = ("█┄█" if planned == row else "███"), STYLES[Slice.DONE]
            elif planned == row:
                cell, style = "┄┄┄", "bold"
            else:
                cell, style = "   ", ""
            line.append(" " + cell + " ", style=style)
        lines.append(line)
    ticks = Text(" " * axis + " └")
    running = max((i for i, p in enumerate(figures.months) if p.done is not None), default=-1)
    for index, point in enumerate(figures.months):
        name = _month(point, lang)
        cell = " " + name + " " * max(0, MONTH - 1 - Text(name).cell_len)
        ticks.append(cell, style="bold underline" if index == running else "")
    lines.append(ticks)
    return Text("\n").join(lines)


def burnup_now(figures: Figures, lang: str, digits: str) -> Text:
    point = next((p for p in reversed(figures.months) if p.done is not None), None)
    done = point.done if point is not None and point.done is not None else 0
    planned = point.planned if point is not None else 0
    return Text(
        say(
            "app.dash.burnup_now",
            lang,
            done=num(done, digits),
            planned=num(planned, digits),
            total=num(figures.applicable, digits),
        )
    )
