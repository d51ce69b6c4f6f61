"""The report's charts as inline SVG: no script, no fetch, no external reference.

Each chart is one ``<svg>`` with a ``viewBox`` (it scales to the page: a phone, A4 portrait
or landscape), a ``<title>`` and a ``<desc>`` (its text alternative; the HTML page puts the
same figures in a table beside it). Colours are the Okabe-Ito set, which readers with any
common colour-vision deficiency tell apart, and each series also has its own pattern
(solid, hatched, cross-hatched, dotted, lined) or line style (solid with dots, dashed) and
is named in the key, so a black-and-white print still reads. Every text is escaped;
identifiers are built only from the document's fixed tokens.

Bars carry ``data-series`` and ``data-value``: what they stand for, for tests and for
anyone reading the file.
"""

from __future__ import annotations

import html

from ita_tui.report.document import Chart

WIDTH = 400
FONT = 14
SMALL = 12
LABEL_GAP = 4
BAR = 18
ROW = 44  # a label line and its bar
KEY_ROW = 20

#: token -> (fill colour, pattern drawn over it: a path in a 6x6 tile, or "")
STYLES: dict[str, tuple[str, str]] = {
    "done": ("#0072B2", ""),
    "due": ("#E69F00", "M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2"),
    "overdue": ("#D55E00", "M0,0 L6,6 M6,0 L0,6"),
    "not_yet": ("#EEEEEE", "M3,3 m-0.9,0 a0.9,0.9 0 1,0 1.8,0 a0.9,0.9 0 1,0 -1.8,0"),
    "not_applicable": ("#FFFFFF", "M0,3 L6,3"),
    "planned": ("#555555", ""),
}
PATTERN_INK = {
    "due": "#5a3d00",
    "overdue": "#1a1a1a",
    "not_yet": "#555555",
    "not_applicable": "#999999",
}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _n(value: float) -> str:
    """A coordinate: at most two decimals, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _defs(prefix: str, tokens: list[str]) -> list[str]:
    out = ["<defs>"]
    for token in tokens:
        colour, path = STYLES[token]
        if not path:
            continue
        ink = PATTERN_INK.get(token, "#000")
        out.append(
            f'<pattern id="{prefix}-{token}" width="6" height="6" patternUnits="userSpaceOnUse">'
            f'<rect width="6" height="6" fill="{colour}"/>'
            f'<path d="{path}" stroke="{ink}" stroke-width="1" fill="none"/></pattern>'
        )
    out.append("</defs>")
    return out


def _fill(prefix: str, token: str) -> str:
    colour, path = STYLES[token]
    return f"url(#{prefix}-{token})" if path else colour


def _key(chart: Chart, prefix: str, top: float) -> tuple[list[str], float]:
    """The key: a swatch (or a line sample) and the series' name, two to a row."""
    out = []
    column = WIDTH / 2
    for index, series in enumerate(chart.series):
        x = (index % 2) * column
        y = top + (index // 2) * KEY_ROW
        if chart.kind == "line":
            dash = ' stroke-dasharray="6 4"' if series.token == "planned" else ""
            colour = STYLES[series.token][0]
            out.append(
                f'<line x1="{_n(x)}" y1="{_n(y + 7)}" x2="{_n(x + 24)}" y2="{_n(y + 7)}" '
                f'stroke="{colour}" stroke-width="2.5"{dash}/>'
            )
            if series.token == "done":
                out.append(f'<circle cx="{_n(x + 12)}" cy="{_n(y + 7)}" r="3.5" fill="{colour}"/>')
        else:
            out.append(
                f'<rect x="{_n(x)}" y="{_n(y)}" width="24" height="14" '
                f'fill="{_fill(prefix, series.token)}" stroke="#333" stroke-width="0.6"/>'
            )
        out.append(
            f'<text x="{_n(x + 30)}" y="{_n(y + 11)}" font-size="{SMALL}">{esc(series.label)}</text>'
        )
    rows = (len(chart.series) + 1) // 2
    return out, top + rows * KEY_ROW + 6


def _open(chart: Chart, height: float, body: list[str]) -> str:
    prefix = chart.anchor
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" role="img" '
        f'viewBox="0 0 {WIDTH} {_n(height)}" aria-labelledby="{prefix}-t {prefix}-d" '
        f'font-size="{FONT}" fill="#1d2733">'
    )
    return "\n".join(
        [
            head,
            f'<title id="{prefix}-t">{esc(chart.title)}</title>',
            f'<desc id="{prefix}-d">{esc(chart.desc)}</desc>',
            *body,
            "</svg>",
        ]
    )


def _segments(
    chart: Chart, prefix: str, values: tuple[int | None, ...], y: float, scale: float
) -> list[str]:
    out = []
    x = 0.0
    for series, value in zip(chart.series, values, strict=True):
        if not value:
            continue
        width = value * scale
        out.append(
            f'<rect class="seg" data-series="{series.token}" data-value="{value}" '
            f'x="{_n(x)}" y="{_n(y)}" width="{_n(width)}" height="{BAR}" '
            f'fill="{_fill(prefix, series.token)}" stroke="#333" stroke-width="0.6"/>'
        )
        x += width
    return out


def _bar_chart(chart: Chart) -> str:
    """``stack``: every bar the row's whole; ``bars``: one scale up to the chart's top."""
    prefix = chart.anchor
    tokens = [s.token for s in chart.series]
    body = _defs(prefix, tokens)
    key, y = _key(chart, prefix, 0)
    body += key
    room = WIDTH - 40  # the row's total is written after its bar
    for row in chart.rows:
        total = sum(v or 0 for v in row.values)
        body.append(f'<text x="0" y="{_n(y + FONT)}">{esc(row.label)}</text>')
        bar_top = y + FONT + LABEL_GAP
        if chart.kind == "stack":
            scale = room / total if total else 0.0
        else:
            scale = room / chart.top if chart.top else 0.0
        body += _segments(chart, prefix, row.values, bar_top, scale)
        end = total * scale
        body.append(
            f'<text x="{_n(end + 4)}" y="{_n(bar_top + BAR - 4)}" font-size="{SMALL}">'
            f"{esc(row.note)}</text>"
        )
        y += ROW
    return _open(chart, y + 4, body)


def _line_chart(chart: Chart) -> str:
    prefix = chart.anchor
    body: list[str] = []
    key, top = _key(chart, prefix, 0)
    body += key
    left, right = 34.0, WIDTH - 8.0
    plot_top = top + 18  # room for the as-of label
    height = 170.0
    bottom = plot_top + height
    count = len(chart.rows)
    step = (right - left) / max(1, count - 1)
    peak = max(1, chart.top)

    def x_of(index: int) -> float:
        return left + index * step

    def y_of(value: int) -> float:
        return bottom - height * value / peak

    # axes and grid: 0, half, the whole plan
    for value, text in chart.ticks:
        y = y_of(value)
        body.append(
            f'<line x1="{_n(left)}" y1="{_n(y)}" x2="{_n(right)}" y2="{_n(y)}" '
            f'stroke="#c9d1da" stroke-width="0.8"/>'
        )
        body.append(
            f'<text x="{_n(left - 4)}" y="{_n(y + 4)}" font-size="{SMALL}" '
            f'text-anchor="end">{esc(text)}</text>'
        )
    for index, row in enumerate(chart.rows):
        body.append(
            f'<text x="{_n(x_of(index))}" y="{_n(bottom + 16)}" font-size="{SMALL}" '
            f'text-anchor="middle">{esc(row.label)}</text>'
        )
    if chart.mark is not None:
        x = x_of(chart.mark)
        anchor = "end" if chart.mark > count // 2 else "start"
        body.append(
            f'<line class="mark" x1="{_n(x)}" y1="{_n(plot_top - 4)}" x2="{_n(x)}" '
            f'y2="{_n(bottom)}" stroke="#1d2733" stroke-width="1" stroke-dasharray="2 3"/>'
        )
        body.append(
            f'<text x="{_n(x)}" y="{_n(plot_top - 8)}" font-size="{SMALL}" '
            f'text-anchor="{anchor}">{esc(chart.mark_label)}</text>'
        )
    for position, series in enumerate(chart.series):
        points = [
            (x_of(i), y_of(v), v, row)
            for i, row in enumerate(chart.rows)
            if (v := row.values[position]) is not None
        ]
        if not points:
            continue
        colour = STYLES[series.token][0]
        dash = ' stroke-dasharray="6 4"' if series.token == "planned" else ""
        path = " ".join(f"{_n(x)},{_n(y)}" for x, y, _, _ in points)
        body.append(
            f'<polyline class="series" data-series="{series.token}" points="{path}" '
            f'fill="none" stroke="{colour}" stroke-width="2.5"{dash}/>'
        )
        if series.token == "done":
            for x, y, value, _ in points:
                body.append(
                    f'<circle class="point" data-series="done" data-value="{value}" '
                    f'cx="{_n(x)}" cy="{_n(y)}" r="3.5" fill="{colour}"/>'
                )
    return _open(chart, bottom + 24, body)


def render_svg(chart: Chart) -> str:
    """The chart as one ``<svg>`` element (valid XML as well as HTML)."""
    if chart.kind == "line":
        return _line_chart(chart)
    return _bar_chart(chart)
