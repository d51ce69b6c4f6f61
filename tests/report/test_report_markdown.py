"""Markdown: tables a website editor renders as written; plan text never becomes markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt

from ita_tui.model import OutcomeProgress, Plan
from ita_tui.report import export
from ita_tui.report.render_markdown import escape
from ita_tui.store.change_log import Change

from .report_helpers import TODAY, hostile


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [v or "" for k, v in attrs if k == "href"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def rendered(markdown: str) -> Tags:
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    tags = Tags()
    tags.feed(html)
    return tags


def test_tables_keep_their_columns(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    text = export(plan, records, changes, quarter=2, fmt="md", today=TODAY)
    for block in re.findall(r"(?:^\|.*\|\n)+", text, flags=re.M):
        widths = {len(re.split(r"(?<!\\)\|", line)) for line in block.splitlines()}
        assert len(widths) == 1, block[:200]
    tags = rendered(text)
    # charts, issues, the open outcomes and their job titles, done/n.a./changes/notes
    assert tags.tags.count("table") == 3 + 7 + 2 + 4
    assert "https://www.saikhao.go.th/news/12?id=3&x=1" in tags.hrefs
    assert not any(h.startswith("javascript") for h in tags.hrefs)


def test_hostile_plan_text_renders_literally() -> None:
    plan, records, changes = hostile()
    text = export(plan, records, changes, quarter=1, fmt="md", today=TODAY)
    assert "<script" not in text and "<img" not in text and "<b>" not in text
    tags = rendered(text)
    assert not {"script", "img", "b", "em", "code"} & set(tags.tags)
    shown = "".join(tags.text)
    assert "[bold]แผน[/bold] [@click=app.quit]ออก[/]" in shown
    assert "</title><script>alert('t')</script>" in shown
    assert "*ดอกจัน* _ขีด_ `โค้ด` # หัว" in shown
    assert "\x1b" not in text


def test_escape() -> None:
    assert escape("a|b") == "a\\|b"
    assert escape("1. x") == "1\\. x"
    assert escape("๑. x") == "๑. x"  # Thai digits start no list
    assert escape("x\ny") == "x<br>y"
    assert escape("<&>") == "&lt;&amp;&gt;"
