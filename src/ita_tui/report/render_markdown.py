"""The report as Markdown (GitHub-flavoured tables), to paste into a website's editor.

Every text from the document is escaped: ``<``, ``>`` and ``&`` become entities (raw HTML
such as ``<script>`` never reaches the page), and the characters that start emphasis,
links, code or table cells are backslash-escaped, so ``[bold]`` or ``*x*`` show as
written. With ``[`` and ``]`` escaped no link, image (``![``) or link reference can form, so
``(``, ``)`` and ``!`` need no escape. Renderers that turn bare addresses into links (GitHub's
autolinks, markdown-it's linkify: ``http://…``, ``www.…``, ``saikhao.go.th``, ``a@b.th``) are
stopped by escaping the ``:`` after a scheme, the ``.`` inside a domain and the ``@`` of an
address. Line breaks inside a cell or a note become ``<br>``. Evidence links become
autolinks only for http, https and mailto addresses holding no invisible character (a bidi
override or a zero-width space); anything else is shown as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ita_tui.report.document import (
    Badge,
    Bar,
    Block,
    Chart,
    Document,
    Facts,
    Inline,
    RepeatedRows,
    Subheading,
    Table,
    chart_table,
    sign_lines,
)
from ita_tui.report.render_text import BAR_IN_FACTS, BAR_IN_TABLE, bar_text
from ita_tui.textutil import has_invisible

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Backslash-escapes are only for ASCII punctuation; [ and ] escaped means no link can form.
_SPECIAL = re.compile(r"([\\`*_\[\]#|~])|([&<>])|(!(?=\[))")
# What a renderer would turn into a link without any markup: a scheme's colon ("http:",
# "mailto:", "javascript:"), a dot inside a domain ("saikhao.go.th", "www.x") and the at sign
# of an address.
# The characters are found by a class (fast); their neighbours are looked at only then.
_AUTOLINK = re.compile(r"[:.@]")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_DOMAIN_CHARS = _ASCII_LETTERS | frozenset("0123456789-")
# What starts a list, a quote or a heading underline at the start of a line.
_LINE_START = re.compile(r"^(\s*)(?:([-+=])|([0-9]+)([.)]))")
_SAFE_URL = re.compile(r"(?:https?://|mailto:)[^\s<>\"'`\\|*_\[\]()]+", re.IGNORECASE)


def escape(text: str) -> str:
    """Text shown literally by any Markdown renderer; newlines become ``<br>``."""

    def replace(match: re.Match[str]) -> str:
        if match.group(2):
            return _ENTITIES[match.group(2)]
        return "\\" + match.group()

    escaped = _SPECIAL.sub(replace, text)
    escaped = _AUTOLINK.sub(lambda match: _autolink_char(match, escaped), escaped)
    lines = escaped.split("\n")
    # a line that would start a list or a heading when it begins a paragraph
    lines = [_LINE_START.sub(_line_start, line) for line in lines]
    joined = "<br>".join(lines)
    # four spaces (or a tab) at the start of a paragraph would make it a code block: the first
    # blank as a character reference still shows as a blank but starts no block
    if joined[:1] in (" ", "\t"):
        joined = f"&#{ord(joined[0])};" + joined[1:]
    return joined


def _autolink_char(match: re.Match[str], text: str) -> str:
    """Escape ``:`` after a letter (a scheme), ``.`` between a domain character and a letter,
    and ``@`` between two visible characters; leave every other one (``90.68``, ``Note: x``)."""
    char, at = match.group(), match.start()
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if char == ":":
        breaks = before in _ASCII_LETTERS and not after.isspace()
    elif char == ".":
        breaks = before in _DOMAIN_CHARS and after in _ASCII_LETTERS
    else:
        breaks = not before.isspace() and not after.isspace()
    return "\\" + char if breaks else char


def _line_start(match: re.Match[str]) -> str:
    indent, sign, number, dot = match.groups()
    return f"{indent}\\{sign}" if sign else f"{indent}{number}\\{dot}"


def link(url: str) -> str:
    if _SAFE_URL.fullmatch(url) and not has_invisible(url):
        return f"<{url}>"
    return escape(url)


def inline(part: Inline, bar_width: int) -> str:
    if isinstance(part, str):
        return escape(part)
    if isinstance(part, Bar):
        return escape(bar_text(part, bar_width))
    if isinstance(part, Badge):
        return escape(part.text)
    if part.links:
        return "<br>".join(link(url) for url in part.items)
    return "<br>".join(escape(item) for item in part.items)


def _table(table: Table, shared: RepeatedRows[str] | None = None) -> list[str]:
    header = "| " + " | ".join(escape(c.header) for c in table.columns) + " |"
    rule = "| " + " | ".join("---:" if c.align == "right" else "---" for c in table.columns) + " |"

    def make(row: Sequence[Inline]) -> str:
        return "| " + " | ".join(inline(part, BAR_IN_TABLE) for part in row) + " |"

    # a row shown in an earlier table of the section is written once
    rows = map(make, table.rows) if shared is None else (shared.get(r, make) for r in table.rows)
    return [header, rule, *rows, ""]


def _block(block: Block, shared: RepeatedRows[str] | None = None) -> list[str]:
    if isinstance(block, Table):
        return _table(block, shared)
    if isinstance(block, Facts):
        lines = [
            f"- **{escape(label)}:** " + " ".join(inline(part, BAR_IN_FACTS) for part in parts)
            for label, parts in block.items
        ]
        return [*lines, ""]
    if isinstance(block, Subheading):
        return [f"### {escape(block.text)}", ""]
    if isinstance(block, Chart):
        if not block.rows:
            return [f"### {escape(block.title)}", "", escape(block.desc), ""]
        return [
            f"### {escape(block.title)}",
            "",
            escape(block.legend),
            "",
            *_table(chart_table(block)),
        ]
    text = "".join(inline(part, BAR_IN_FACTS) for part in block.parts)
    return [f"> {text}" if block.notice else text, ""]


def render_markdown(doc: Document) -> str:
    return "".join(markdown_chunks(doc))


def markdown_chunks(doc: Document) -> Iterator[str]:
    """The Markdown in pieces, a block at a time: a large report is never held whole."""
    head = [
        f"# {escape(doc.title)}",
        "",
        f"**{escape(doc.period)}**",
        "",
        f"**{escape(doc.place)}**",
        "",
        *_block(doc.facts),
    ]
    yield "".join(line + "\n" for line in head)
    for section in doc.sections:
        yield f"## {escape(section.title)}\n\n"
        shared: RepeatedRows[str] = RepeatedRows(section)
        for block in section.blocks:
            yield "".join(line + "\n" for line in _block(block, shared))
    tail: list[str] = []
    for box in doc.signoff:
        tail += [
            f"**{escape(box.role)}**",
            "",
            "<br>".join(escape(x) for x in sign_lines(box)),
            "",
        ]
    tail += ["---", "", escape(doc.footer)]
    yield "".join(line + "\n" for line in tail)
