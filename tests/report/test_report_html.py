"""HTML: one self-contained page; plan text is escaped, never markup, never script."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from ita_tui.model import OutcomeProgress, Plan
from ita_tui.report import export
from ita_tui.store.change_log import Change

from .report_helpers import TODAY, hostile

VOID = {"meta", "br", "img", "input", "link", "hr", "col", "base", "wbr"}


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unbalanced </{tag}>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    assert page.errors == [] and page.stack == []
    return page


def check_safe(page: Page) -> None:
    names = {tag for tag, _ in page.tags}
    assert not names & {"script", "img", "iframe", "object", "embed", "link", "base", "form"}
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("#", "https://", "http://", "mailto:")), href
        assert "src" not in attrs


def test_the_page_is_self_contained_and_printable(
    plan: Plan, records: dict[str, OutcomeProgress], changes: list[Change]
) -> None:
    text = export(plan, records, changes, quarter=2, fmt="html", today=TODAY)
    page = parse(text)
    check_safe(page)
    assert text.startswith("<!DOCTYPE html>\n")
    tags = dict(page.tags)
    assert tags["html"]["lang"] == "th"
    metas = [attrs for tag, attrs in page.tags if tag == "meta"]
    assert {"charset": "utf-8"} in metas
    assert any(m.get("http-equiv") == "Content-Security-Policy" for m in metas)
    style = text[text.index("<style>") : text.index("</style>")]
    assert "@media print" in style and "@page" in style and "Sarabun" in style
    assert "url(" not in style and "@import" not in style
    # the evidence that is a web address is a link; the javascript: one is only text
    hrefs = [attrs["href"] for tag, attrs in page.tags if tag == "a"]
    assert "https://www.saikhao.go.th/news/12?id=3&x=1" in hrefs
    assert "javascript:alert(1)" in "".join(page.text)


@pytest.mark.parametrize("quarter", [1, 2])
def test_hostile_plan_text_stays_text(quarter: int) -> None:
    plan, records, changes = hostile()
    text = export(plan, records, changes, quarter=quarter, fmt="html", today=TODAY)
    page = parse(text)
    check_safe(page)
    shown = "".join(page.text)
    assert "</title><script>alert('t')</script>" in shown
    assert "<img src=x onerror=alert(1)>" in shown
    assert "[bold]แผน[/bold] [@click=app.quit]ออก[/]" in shown
    assert "\x1b" not in text and "\x9b" not in text and "\x07" not in text
