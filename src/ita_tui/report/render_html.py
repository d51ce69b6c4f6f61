"""The report as one self-contained HTML page, ready to upload to the municipality's website.

Inline CSS only: no script, no font, image or style fetched from anywhere, and a
Content-Security-Policy that forbids them, so the page works offline and shows the same
everywhere. A Thai font stack for official documents (TH SarabunIT๙, TH Sarabun New,
Sarabun, Laksaman, then sans-serif), A4 print rules (here and in :mod:`.print_css`: table
headers repeat on every page, rows and charts are not split, bars keep their colour, the
text is compact and tables fit the page), and a layout that fits a 360 px phone (wide tables
scroll inside their box; the charts are inline SVG that scale, see :mod:`.render_svg`).

Every text is HTML-escaped; evidence becomes a link only for http, https and mailto
addresses. A state is said in words as well as colour.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence

from ita_tui.progress_words import whole_percent
from ita_tui.report.document import (
    Badge,
    Bar,
    Block,
    Chart,
    Document,
    Facts,
    Inline,
    Lines,
    RepeatedRows,
    Subheading,
    Table,
)
from ita_tui.report.print_css import PRINT_CSS
from ita_tui.report.render_svg import render_svg
from ita_tui.textutil import has_invisible

_SAFE_URL = re.compile(r"(?:https?://|mailto:)[^\s<>\"'`\\]+", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z_]+")
_ID = re.compile(r"[a-z][a-z_-]*")

CSS = """\
:root { color-scheme: light; --ink: #1d2733; --muted: #5b6673; --line: #c9d1da;
  --head: #eef2f6; --bar: #2f7d4f; --bar-bg: #e3e8ee; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--ink); background: #fff;
  font-family: "TH SarabunIT๙", "TH Sarabun New", "TH SarabunPSK", "Sarabun", "Laksaman",
    "Noto Sans Thai",
    "Noto Sans Thai UI", "Leelawadee UI", "Leelawadee", "Thonburi", "Tahoma", sans-serif;
  font-size: 1rem; line-height: 1.7; }
header { border-bottom: 2px solid var(--ink); margin-bottom: 1rem; padding-bottom: .5rem; }
.place { margin: 0; font-weight: 600; }
h1 { font-size: 1.4rem; margin: .25rem 0; line-height: 1.5; }
.period { margin: .25rem 0 .75rem; font-size: 1.15rem; font-weight: 600; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .2rem;
  border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1.25rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
nav ol { margin: .5rem 0 0; padding: 0; list-style: none; columns: 2; }
.notice { border-left: 4px solid #b26b00; background: #fff6e5; padding: .4rem .8rem; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; font-size: .95rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left;
  vertical-align: top; }
thead th { background: var(--head); }
th.fit, td.fit { width: 1%; }
td.nw, .progress { white-space: nowrap; }
td.num { text-align: right; }
.item { white-space: nowrap; }
a { color: #0b5cad; overflow-wrap: anywhere; }
.bar { display: inline-block; width: 4rem; height: .7rem; background: var(--bar-bg);
  border: 1px solid #9aa6b2; vertical-align: middle; }
.bar > span { display: block; height: 100%; background: var(--bar); }
.facts .bar { width: 12rem; }
.pct { margin-left: .4rem; white-space: nowrap; }
.state { font-weight: 600; white-space: nowrap; }
.state-complete { color: #1e6b3a; }
.state-in_progress { color: #0b5cad; }
.state-overdue { color: #b3261e; }
.state-not_started { color: var(--muted); }
.scroll { overflow-x: auto; max-width: 100%; }
figure.chart { margin: 1rem 0 1.5rem; break-inside: avoid; }
figure.chart figcaption { font-weight: 600; margin-bottom: .25rem; }
.chart-svg { display: block; width: 100%; max-width: 34rem; height: auto; margin: .25rem 0 .5rem; }
.chart table { width: auto; min-width: 50%; }
.signoff { display: flex; flex-wrap: wrap; gap: 1.5rem 3rem; margin-top: 2.5rem;
  break-inside: avoid; }
.signoff > div { flex: 1 1 16rem; }
.signoff h2 { border: 0; margin: 0 0 .75rem; font-size: 1.05rem; }
.signoff p { margin: .35rem 0; }
.signoff .line { display: inline-block; min-width: 12rem; border-bottom: 1px dotted var(--ink); }
@media (max-width: 40rem) {
  body { padding: .75rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: .4rem; }
  .facts .bar { width: 8rem; }
  nav ol { columns: 1; }
  h1 { font-size: 1.2rem; }
}
footer { margin-top: 2rem; border-top: 1px solid var(--line); color: var(--muted);
  font-size: .85rem; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav { display: none; }
  thead { display: table-header-group; }
  tr, .facts { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .chart-svg { max-width: 16cm; }
  .scroll { overflow: visible; }
  .bar, .bar > span, .notice, thead th, .chart-svg { print-color-adjust: exact;
    -webkit-print-color-adjust: exact; }
}
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


#: What :func:`esc` changes (html.escape's characters and newlines).
_TO_ESCAPE = re.compile("[&<>\"'\n]")


def esc(text: str) -> str:
    """Text shown as written; newlines become ``<br>``."""
    if _TO_ESCAPE.search(text) is None:  # most texts: nothing to change
        return text
    return "<br>".join(html.escape(line, quote=True) for line in text.split("\n"))


def link(url: str) -> str:
    if _SAFE_URL.fullmatch(url) and not has_invisible(url):
        return f'<a href="{html.escape(url, quote=True)}">{esc(url)}</a>'
    return esc(url)


def token(kind: str) -> str:
    """A class name built only from the document's fixed tokens."""
    return kind if _TOKEN.fullmatch(kind) else "other"


def bar(part: Bar) -> str:
    filled = whole_percent(part.done, part.total) or 0
    label = esc(part.label)
    return (
        f'<span class="progress"><span class="bar" role="img" aria-label="{label}">'
        f'<span style="width:{filled}%"></span></span><span class="pct">{label}</span></span>'
    )


def inline(part: Inline) -> str:
    if isinstance(part, str):
        return esc(part)
    if isinstance(part, Bar):
        return bar(part)
    if isinstance(part, Badge):
        return f'<span class="state state-{token(part.kind)}">{esc(part.text)}</span>'
    if isinstance(part, Lines) and part.links:
        return "<br>".join(link(url) for url in part.items)
    return "<br>".join(f'<span class="item">{esc(item)}</span>' for item in part.items)


def _table(table: Table, shared: RepeatedRows[str] | None = None) -> list[str]:
    # columns of short fixed texts take what they need; the texts that wrap share the rest
    classes = [
        "fit num" if c.align == "right" else "fit" if c.nowrap else "" for c in table.columns
    ]
    out = ['<div class="scroll"><table>', "<thead><tr>"]
    out += [
        f'<th scope="col"{_cell_class(cls, None)}>{esc(c.header)}</th>'
        for c, cls in zip(table.columns, classes, strict=True)
    ]
    out += ["</tr></thead>", "<tbody>"]
    # each column's opening tag for a plain text and for any other part, made once
    text_tags = [f"<td{_cell_class(cls, '')}>" for cls in classes]
    other_tags = [f"<td{_cell_class(cls, None)}>" for cls in classes]

    def make(row: Sequence[Inline]) -> str:
        cells = [
            (text_tag + esc(part) if isinstance(part, str) else other_tag + inline(part)) + "</td>"
            for part, text_tag, other_tag in zip(row, text_tags, other_tags, strict=True)
        ]
        return "<tr>" + "".join(cells) + "</tr>"

    # a row shown in an earlier table of the section is written once
    out += map(make, table.rows) if shared is None else (shared.get(r, make) for r in table.rows)
    out += ["</tbody>", "</table></div>"]
    return out


def _cell_class(classes: str, part: Inline | None) -> str:
    """A fitted column keeps ids, dates and numbers on one line; words may still wrap."""
    if classes and isinstance(part, str):
        classes += " nw"
    return f' class="{classes}"' if classes else ""


def _facts(facts: Facts) -> list[str]:
    out = ['<dl class="facts">']
    for label, parts in facts.items:
        out.append(f"<dt>{esc(label)}</dt><dd>{' '.join(inline(p) for p in parts)}</dd>")
    out.append("</dl>")
    return out


def _block(block: Block, shared: RepeatedRows[str] | None = None) -> list[str]:
    if isinstance(block, Table):
        return _table(block, shared)
    if isinstance(block, Facts):
        return _facts(block)
    if isinstance(block, Subheading):
        return [f"<h3>{esc(block.text)}</h3>"]
    if isinstance(block, Chart):
        return _chart(block)
    css = ' class="notice"' if block.notice else ""
    return [f"<p{css}>{''.join(inline(part) for part in block.parts)}</p>"]


def _chart(chart: Chart) -> list[str]:
    """The chart (inline SVG) with its title, and its figures in a table beside it."""
    out = [f'<figure class="chart" id="{token_id(chart.anchor)}">']
    out.append(f"<figcaption>{esc(chart.title)}</figcaption>")
    if chart.rows:
        out.append(render_svg(chart))
        out += _table(chart.table)
    else:
        out.append(f"<p>{esc(chart.desc)}</p>")
    out.append("</figure>")
    return out


def token_id(anchor: str) -> str:
    """An element id built only from the document's fixed tokens (``chart-issues``)."""
    return anchor if _ID.fullmatch(anchor) else "other"


def _signoff(doc: Document) -> list[str]:
    """The signatures, side by side where there is room; blanks are lines to write on."""
    if not doc.signoff:
        return []
    out = ['<section class="signoff" id="signoff">']
    for box in doc.signoff:
        out.append(f"<div><h2>{esc(box.role)}</h2>")
        for label, value in box.lines:
            shown = esc(value) if value is not None else '<span class="line">&nbsp;</span>'
            if not label and value is None:
                shown = '(<span class="line">&nbsp;</span>)'
            out.append(f"<p>{esc(label) + ' ' if label else ''}{shown}</p>")
        out.append("</div>")
    out.append("</section>")
    return out


def html_chunks(doc: Document) -> Iterator[str]:
    """The page in pieces (a section, or a block of a long one, at a time): a large
    report is written as it is made, never held whole."""
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{token(doc.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="generator" content="ita-tui">',
        f"<title>{esc(doc.title)} {esc(doc.period)} — {esc(doc.place)}</title>",
        f"<style>\n{CSS}{PRINT_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{esc(doc.title)}</h1>",
        f'<p class="period">{esc(doc.period)}</p>',
        f'<p class="place">{esc(doc.place)}</p>',
        *_facts(doc.facts),
        "</header>",
        "<nav><ol>",
        *(f'<li><a href="#{token(s.anchor)}">{esc(s.title)}</a></li>' for s in doc.sections),
        "</ol></nav>",
        "<main>",
    ]
    yield "\n".join(out) + "\n"
    for section in doc.sections:
        yield f'<section id="{token(section.anchor)}">\n<h2>{esc(section.title)}</h2>\n'
        shared: RepeatedRows[str] = RepeatedRows(section)
        for block in section.blocks:
            yield "\n".join(_block(block, shared)) + "\n"
        yield "</section>\n"
    tail = [*_signoff(doc), "</main>", f"<footer><p>{esc(doc.footer)}</p></footer>"]
    yield "\n".join([*tail, "</body>", "</html>", ""])


def render_html(doc: Document) -> str:
    return "".join(html_chunks(doc))
