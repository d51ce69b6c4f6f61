"""The report as a Word document (.docx) in the layout Thai offices publish.

One A4 landscape section in TH SarabunIT๙ 16 pt (TH Sarabun New named as Word's
substitute): the heading (what the report is, the round and fiscal year, the
organisation), then one table - ลำดับ · มาตรการ/กิจกรรม · ระยะเวลา · ผู้รับผิดชอบ ·
ผลการดำเนินการ (the steps) · ผลลัพธ์ (each outcome with its status mark, the day it was
done, its evidence and note) - with each issue as a full-width row and the header row
repeated on every page; then the overall figures and the sign-off block.

Written with the standard library only (``zipfile`` and XML text escaped here), so the
one-file pure-Python bundle needs no C extension. The package is the minimum Word and
LibreOffice open without a repair prompt, and it is the same bytes for the same report
(fixed zip times, fixed order). Every text from the plan or the progress file is a plain
run of text: no field, no hyperlink, no macro; control codes and bidi overrides are shown
as ``\\u202e``, and no character XML forbids reaches the XML.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

from ita_tui.model import Status
from ita_tui.report.document import (
    Badge,
    Bar,
    Chart,
    Document,
    Facts,
    Inline,
    Table,
    build_document,
    clean,
    clean_block,
    clean_link,
)
from ita_tui.report.labels import Words
from ita_tui.report.model import ActivityRow, IssueRow, OutcomeRow, Report
from ita_tui.signoff import SignOff
from ita_tui.thai.wrap import cell_len

#: The fonts the document names: the one Thai government documents are typed in, and
#: the substitute Word is told to use where it is missing.
FONT = "TH SarabunIT๙"
FONT_FALLBACK = "TH Sarabun New"
#: Text in half-points: 16 pt, the official size, for the heading, the figures and the
#: sign-off; 14 pt inside the table (as offices type their tables), evidence and notes 13 pt.
SIZE = 32
TABLE = 28
SMALL = 26
#: Lines of the smaller texts this many times their size apart (the fonts' own spacing is
#: about 1.3, which made the bundled plan's report three pages longer).
LINE = 1.25
#: A4 in twentieths of a point, landscape, with 1.27 cm margins.
PAGE_W, PAGE_H = 16838, 11906
MARGIN = 720
TEXT_W = PAGE_W - 2 * MARGIN
#: The table's columns (twips): no., activity, period, responsible, work done, outcomes.
COLUMNS = (850, 2150, 1200, 1750, 4600, TEXT_W - 850 - 2150 - 1200 - 1750 - 4600)
#: A row this many estimated lines tall or less is never split across pages; a longer one
#: may be (a row taller than a page must be, or it would be cut off).
KEEP_LINES = 6
#: About how wide one cell of text is at 14 pt (twips), to estimate a row's height.
_CELL_TWIPS = 160
#: Each status's mark, told apart without colour.
MARKS = {
    Status.DONE: "☑",
    Status.IN_PROGRESS: "◐",
    Status.PENDING: "☐",
    Status.NOT_APPLICABLE: "⊘",
}
#: The time stamped on every member of the zip: the same bytes for the same report.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

#: What :func:`inert` shows as an escape: the characters XML 1.0 forbids, the control
#: codes (C0 but tab and newlines, DEL, C1), and the bidi controls that reorder text.
_INERT = re.compile(
    "[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
    "|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def inert(text: str) -> str:
    """Text that is only text in a Word file: every character XML forbids, every control
    code and every bidi control written as ``\\x1b`` / ``\\u202e`` instead."""
    return _INERT.sub(_shown, text)


def xml_text(text: str) -> str:
    """Text for an XML element, escaped and inert."""
    return escape(inert(text))


def xml_attr(text: str) -> str:
    """Text for an XML attribute, quoted, escaped and inert."""
    return quoteattr(inert(text).replace("\n", " ").replace("\t", " "))


# ---------------------------------------------------------------- runs and paragraphs


def run(text: str, *, bold: bool = False, size: int | None = None) -> str:
    """One run of plain text (a newline becomes a line break within the paragraph)."""
    props = []
    if bold:
        props.append("<w:b/><w:bCs/>")
    if size is not None:
        props.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    parts = [f'<w:t xml:space="preserve">{xml_text(line)}</w:t>' for line in text.split("\n")]
    return f"<w:r>{rpr}{'<w:br/>'.join(parts)}</w:r>"


def para(
    runs: str | Iterable[str],
    *,
    align: str | None = None,
    keep_next: bool = False,
    indent: int = 0,
    before: int = 0,
    after: int = 0,
    size: int | None = None,
) -> str:
    """A paragraph of runs (made with :func:`run`), in the schema's order of properties.
    With ``size`` (the text's size in half-points), lines are :data:`LINE` of it apart."""
    props = []
    if keep_next:
        props.append("<w:keepNext/>")
    spacing = f' w:before="{before}"' if before else ""
    spacing += f' w:after="{after}"' if after else ""
    if size is not None:
        spacing += f' w:line="{round(size * 10 * LINE)}" w:lineRule="exact"'
    if spacing:
        props.append(f"<w:spacing{spacing}/>")
    if indent:
        props.append(f'<w:ind w:left="{indent}" w:hanging="{indent}"/>')
    if align:
        props.append(f'<w:jc w:val="{align}"/>')
    ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
    body = runs if isinstance(runs, str) else "".join(runs)
    return f"<w:p>{ppr}{body}</w:p>"


def text_para(
    text: str,
    *,
    bold: bool = False,
    size: int | None = None,
    align: str | None = None,
    keep_next: bool = False,
    before: int = 0,
) -> str:
    """A paragraph of one run of text."""
    return para(
        run(text, bold=bold, size=size),
        align=align,
        keep_next=keep_next,
        before=before,
        size=size if size is not None and size < SIZE else None,
    )


# ---------------------------------------------------------------- tables


def cell(paragraphs: Sequence[str], width: int, *, span: int = 1, fill: str = "") -> str:
    props = [f'<w:tcW w:w="{width}" w:type="dxa"/>']
    if span > 1:
        props.append(f'<w:gridSpan w:val="{span}"/>')
    if fill:
        props.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
    body = "".join(paragraphs) or para("")
    return f"<w:tc><w:tcPr>{''.join(props)}</w:tcPr>{body}</w:tc>"


def row(cells: Sequence[str], *, header: bool = False, keep: bool = True) -> str:
    props = ("<w:cantSplit/>" if keep else "") + ("<w:tblHeader/>" if header else "")
    trpr = f"<w:trPr>{props}</w:trPr>" if props else ""
    return f"<w:tr>{trpr}{''.join(cells)}</w:tr>"


def table(widths: Sequence[int], rows: Iterable[str], *, borders: bool = True) -> str:
    edge = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    none = '<w:{0} w:val="nil"/>'
    mark = edge if borders else none
    sides = "".join(
        mark.format(s) for s in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        "<w:tbl><w:tblPr>"
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        f"<w:tblBorders>{sides}</w:tblBorders>"
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
        "</w:tblCellMar>"
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def estimated_lines(texts: Iterable[str], width: int) -> int:
    """About how many lines ``texts`` take in a column ``width`` twips wide."""
    per_line = max(1, (width - 170) // _CELL_TWIPS)
    return sum(max(1, math.ceil(cell_len(t) / per_line)) for t in texts)


# ---------------------------------------------------------------- the plan's table


def _header(w: Words) -> str:
    heads = (
        w("report.docx_col_no"),
        w("report.col_activity"),
        w("report.col_period"),
        w("report.col_responsible"),
        w("report.docx_col_steps"),
        w("report.docx_col_outcomes"),
    )
    cells = [
        cell([para(run(h, bold=True, size=TABLE), align="center")], width, fill="D9D9D9")
        for h, width in zip(heads, COLUMNS, strict=True)
    ]
    return row(cells, header=True)


def _issue_row(issue: IssueRow, w: Words) -> str:
    t = issue.tally
    text = (
        f"{w('report.issue', id=w.num(clean(issue.number)))} {clean(issue.issue.title)} "
        f"({w.num(t.done)}/{w.num(t.applicable)} · {w.percent(t.done, t.applicable)})"
    )
    body = para(run(text, bold=True, size=TABLE), keep_next=True)
    return row([cell([body], TEXT_W, span=len(COLUMNS), fill="F2F2F2")])


def _outcome(outcome: OutcomeRow, w: Words) -> tuple[list[str], list[str]]:
    """The outcome's paragraphs, and their texts (to estimate the row's height): its mark,
    number and text, then - smaller, on the same lines - the day it was done (or its
    status) and its evidence; a note below."""
    text = f"{MARKS[outcome.status]} {w.num(clean(outcome.number))} {clean(outcome.outcome.text)}"
    details = []
    if outcome.done_on is not None:
        details.append(w("report.docx_done_on", day=w.date(outcome.done_on)))
    elif outcome.status is not Status.PENDING:
        details.append(w.status(outcome.status))
    links = [clean_link(e) for e in outcome.evidence if e.strip()]
    if links:
        details.append(f"{w('report.col_evidence')}: " + " ".join(links))
    runs = [run(text, size=TABLE)]
    if details:
        extra = f" ({'; '.join(details)})"
        runs.append(run(extra, size=SMALL))
        text += extra
    out = [para(runs, indent=280, size=TABLE)]
    texts = [text]
    note = clean_block(outcome.note) if outcome.note.strip() else ""
    if note:
        out.append(para(run(f"{w('report.col_note')}: {note}", size=SMALL), indent=280, size=SMALL))
        texts.extend(note.split("\n"))
    return out, texts


def _activity_row(activity: ActivityRow, w: Words) -> str:
    a = activity.activity
    steps = [f"{w.num(n)}. {clean(step)}" for n, step in enumerate(a.steps, 1) if step.strip()]
    period = [w.quarters(a.quarters), w.state(activity.state)]
    if activity.tally.applicable:
        period.append(f"{w.num(activity.tally.done)}/{w.num(activity.tally.applicable)}")
    responsible = [clean(r) for r in a.responsible if r.strip()]
    outcomes: list[str] = []
    outcome_texts: list[str] = []
    for outcome in activity.outcomes:
        paragraphs, texts = _outcome(outcome, w)
        outcomes += paragraphs
        outcome_texts += texts
    columns = (
        [w.num(clean(activity.number))],
        [clean(a.title)],
        period,
        responsible or ["–"],
        steps or ["–"],
    )
    height = max(
        *(estimated_lines(texts, width) for texts, width in zip(columns, COLUMNS, strict=False)),
        estimated_lines(outcome_texts, COLUMNS[-1]),
    )
    cells = [
        cell([text_para(columns[0][0], align="center", size=TABLE)], COLUMNS[0]),
        cell([text_para(columns[1][0], size=TABLE)], COLUMNS[1]),
        cell([text_para(t, align="center", size=TABLE) for t in period], COLUMNS[2]),
        cell([text_para(t, size=TABLE) for t in columns[3]], COLUMNS[3]),
        cell([text_para(t, size=TABLE) for t in columns[4]], COLUMNS[4]),
        cell(outcomes or [text_para("–", size=TABLE)], COLUMNS[5]),
    ]
    return row(cells, keep=height <= KEEP_LINES)


def _plan_table(report: Report, w: Words) -> str:
    rows = [_header(w)]
    for issue in report.issues:
        rows.append(_issue_row(issue, w))
        rows += (_activity_row(activity, w) for activity in issue.activities)
    return table(COLUMNS, rows)


# ---------------------------------------------------------------- the rest of the page


def inline_text(part: Inline) -> str:
    if isinstance(part, str):
        return part
    if isinstance(part, Bar):
        return f"({part.label})"
    if isinstance(part, Badge):
        return part.text
    return ", ".join(part.items)


def _facts(facts: Facts, skip: Iterable[str] = (), *, keep_next: bool = False) -> list[str]:
    skipped = set(skip)
    out = []
    for label, parts in facts.items:
        if label in skipped:
            continue
        value = " ".join(inline_text(p) for p in parts)
        runs = [run(f"{label}: ", bold=True), run(value)]
        out.append(para(runs, indent=567, keep_next=keep_next))
    return out


def _figures(figures: Table) -> str:
    """A small table of figures (the outcomes per issue), kept on the page of what follows."""
    count = len(figures.columns)
    first = 2000
    rest = 1500
    widths = [first, *([rest] * (count - 1))]
    head = [
        cell(
            [para(run(c.header, bold=True, size=SMALL), align="center", keep_next=True)],
            wd,
            fill="D9D9D9",
        )
        for c, wd in zip(figures.columns, widths, strict=True)
    ]
    body = [
        row(
            [
                cell(
                    [
                        text_para(
                            inline_text(part),
                            size=SMALL,
                            align="right" if col.align == "right" else None,
                            keep_next=True,
                        )
                    ],
                    wd,
                )
                for part, col, wd in zip(values, figures.columns, widths, strict=True)
            ]
        )
        for values in figures.rows
    ]
    return table(widths, [row(head, header=True), *body])


def _signoff(doc: Document) -> str:
    if not doc.signoff:
        return ""
    half = TEXT_W // len(doc.signoff)
    cells = []
    for box in doc.signoff:
        lines = [text_para(box.role, bold=True, align="center", keep_next=True)]
        for label, value in box.lines:
            blank = "." * 35
            if not label:
                shown = f"({blank})" if value is None else value
            else:
                shown = f"{label} {value if value is not None else blank}"
            lines.append(text_para(shown, align="center", keep_next=True))
        cells.append(cell(lines, half))
    widths = [half] * len(doc.signoff)
    return table(widths, [row(cells)], borders=False)


def _body(report: Report, doc: Document, w: Words) -> str:
    parts = [
        text_para(doc.title, bold=True, align="center"),
        text_para(doc.period, bold=True, align="center"),
        text_para(doc.place, bold=True, align="center"),
        *_facts(doc.facts, skip=(w("report.fiscal_year"), w("report.period"))),
    ]
    if report.provisional:
        parts.append(text_para(w("report.provisional"), bold=True))
    legend = "  ".join(f"{MARKS[s]} {w.status(s)}" for s in MARKS)
    parts.append(para(run(f"{w('report.c_legend')}: {legend}", size=SMALL), after=60))
    parts.append(_plan_table(report, w))
    overall = doc.sections[0]
    parts.append(text_para(w("report.s_overall"), bold=True, keep_next=True, before=240))
    for block in overall.blocks:
        if isinstance(block, Facts):
            parts += _facts(block, keep_next=True)
    charts = [b for s in doc.sections for b in s.blocks if isinstance(b, Chart)]
    by_issue = next((c for c in charts if c.anchor == "chart-issues"), None)
    if by_issue is not None and by_issue.rows:
        parts.append(text_para(by_issue.title, bold=True, keep_next=True, before=120))
        parts.append(_figures(by_issue.table))
    parts.append(para("", keep_next=True))
    parts.append(_signoff(doc))
    parts.append(text_para(doc.footer, size=SMALL, align="right", before=240))
    section = (
        '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>'
        f'<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}" w:orient="landscape"/>'
        f'<w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" '
        f'w:left="{MARGIN}" w:header="567" w:footer="567" w:gutter="0"/>'
        "</w:sectPr>"
    )
    return "".join(parts) + section


# ---------------------------------------------------------------- the package


def _document_xml(body: str) -> str:
    return f'{_DECL}<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>{body}</w:body></w:document>'


def _styles_xml(lang: str) -> str:
    fonts = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
    language = "th-TH" if lang == "th" else "en-US"
    return (
        f'{_DECL}<w:styles xmlns:w="{_W}">'
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'{fonts}<w:sz w:val="{SIZE}"/><w:szCs w:val="{SIZE}"/>'
        f'<w:lang w:val="{language}" w:eastAsia="en-US" w:bidi="th-TH"/>'
        "</w:rPr></w:rPrDefault>"
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
        "</w:styles>"
    )


def _font_table_xml() -> str:
    def font(name: str, alt: str = "") -> str:
        other = f'<w:altName w:val="{alt}"/>' if alt else ""
        return (
            f'<w:font w:name="{name}">{other}<w:charset w:val="DE"/>'
            '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
        )

    return (
        f'{_DECL}<w:fonts xmlns:w="{_W}">{font(FONT, FONT_FALLBACK)}{font(FONT_FALLBACK)}</w:fonts>'
    )


def _settings_xml(lang: str) -> str:
    return (
        f'{_DECL}<w:settings xmlns:w="{_W}">'
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        f'<w:themeFontLang w:val="{"th-TH" if lang == "th" else "en-US"}" w:bidi="th-TH"/>'
        "</w:settings>"
    )


def _footer_xml() -> str:
    """The page number, centred at the foot of each page (the one field: ours)."""
    return (
        f'{_DECL}<w:ftr xmlns:w="{_W}" xmlns:r="{_R}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        '<w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">- </w:t></w:r>'
        '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>'
        "<w:t>1</w:t></w:r></w:fldSimple>"
        '<w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve"> -</w:t></w:r>'
        "</w:p></w:ftr>"
    )


_CONTENT_TYPES = (
    f"{_DECL}"
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)

_ROOT_RELS = (
    f'{_DECL}<Relationships xmlns="{_PKG}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)

_DOCUMENT_RELS = (
    f'{_DECL}<Relationships xmlns="{_PKG}">'
    f'<Relationship Id="rIdStyles" Type="{_R}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rIdSettings" Type="{_R}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rIdFonts" Type="{_R}/fontTable" Target="fontTable.xml"/>'
    f'<Relationship Id="rIdFooter" Type="{_R}/footer" Target="footer1.xml"/>'
    "</Relationships>"
)

_APP = (
    f"{_DECL}"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>ita-tui</Application></Properties>"
)


def _core_xml(doc: Document, report: Report) -> str:
    created = f"{report.generated.isoformat()}T00:00:00Z"
    title = f"{doc.title} {doc.period}"
    return (
        f"{_DECL}"
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{xml_text(title)}</dc:title>"
        f"<dc:creator>{xml_text(doc.place)}</dc:creator>"
        f"<dc:language>{'th-TH' if doc.lang == 'th' else 'en-US'}</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def docx_bytes(report: Report, words: Words, signoff: SignOff | None = None) -> bytes:
    """The report as the bytes of a .docx file (the same bytes for the same report)."""
    doc = build_document(report, words, signoff)
    parts = (
        ("[Content_Types].xml", _CONTENT_TYPES),
        ("_rels/.rels", _ROOT_RELS),
        ("word/document.xml", _document_xml(_body(report, doc, words))),
        ("word/_rels/document.xml.rels", _DOCUMENT_RELS),
        ("word/styles.xml", _styles_xml(words.lang)),
        ("word/settings.xml", _settings_xml(words.lang)),
        ("word/fontTable.xml", _font_table_xml()),
        ("word/footer1.xml", _footer_xml()),
        ("docProps/core.xml", _core_xml(doc, report)),
        ("docProps/app.xml", _APP),
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    return out.getvalue()
