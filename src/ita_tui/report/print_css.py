"""The HTML report's print stylesheet: A4, compact, every table within the page.

Added after the page's own rules (:data:`ita_tui.report.render_html.CSS`), so it only
overrides. What it does on paper:

* A4 with 12 mm margins (a 718 px text width), the official Thai fonts first;
* text a little smaller and tighter than on screen, so the bundled plan's 12-month report
  prints on at most 12 pages and no page is left nearly empty (nothing but the charts and
  the sign-off is kept whole);
* each chart beside its figures, half the page wide;
* tables as wide as the page and no wider: job titles and periods wrap, the progress bar
  shrinks, and the text columns keep room (the activity's words are never split into
  syllables for want of it); the header row is repeated on each page and a row is never
  split in the middle of a line.
"""

from __future__ import annotations

PRINT_CSS = """\
@page { size: A4; margin: 12mm 10mm; }
@media print {
  html { font-size: 12pt; }
  body { font-size: 12pt; line-height: 1.35; max-width: none; padding: 0; }
  header { margin-bottom: .4rem; padding-bottom: .2rem; }
  h1 { font-size: 14pt; margin: 0; line-height: 1.3; }
  .period { font-size: 13pt; margin: .1rem 0 .3rem; }
  h2 { font-size: 13.5pt; margin: .9rem 0 .3rem; break-after: avoid; }
  h3 { font-size: 12.5pt; margin: .6rem 0 .2rem; break-after: avoid; }
  p { margin: .25rem 0; }
  dl.facts { gap: 0 1rem; }
  table { font-size: 11pt; margin: .15rem 0 .5rem; width: 100%; max-width: 100%; }
  th, td { padding: .08rem .3rem; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  th:not(.fit) { min-width: 9em; }
  .item { white-space: normal; }
  td.fit.num, .progress, .state { white-space: nowrap; }
  .bar { width: 1.8rem; }
  .facts .bar { width: 8rem; }
  .pct { margin-left: .2rem; }
  .scroll { overflow: visible; }
  a { overflow-wrap: anywhere; }
  figure.chart { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 0 6mm; align-items: start; margin: .3rem 0 .6rem; break-inside: avoid; }
  figure.chart figcaption { grid-column: 1 / -1; margin-bottom: .1rem; }
  figure.chart > p { grid-column: 1 / -1; }
  .chart-svg { max-width: 100%; margin: 0; }
  .chart table { width: 100%; min-width: 0; font-size: 10pt; }
  .chart th:not(.fit) { min-width: 0; }
  .signoff { margin-top: 1.2rem; gap: .5rem 2rem; }
  .signoff p { margin: .15rem 0; }
  footer { margin-top: .8rem; }
}
"""
