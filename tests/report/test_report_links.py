"""Plan text and evidence never become links, images or HTML in the Markdown and HTML reports.

The Markdown is rendered the way website editors render it: CommonMark with tables, raw HTML
allowed and bare addresses turned into links (markdown-it's linkify, like GitHub's autolinks).
Only an evidence link that is a plain http, https or mailto address may be live.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from ita_tui.model import OutcomeProgress, Status
from ita_tui.plan import parse_plan
from ita_tui.report import export
from ita_tui.report.render_markdown import escape

from .report_helpers import TODAY
from .test_report_html import parse
from .test_report_markdown import Tags

TRAPS = (
    "see http://evil.example/x and https://evil.example/y",
    "www.evil.com and saikhao.go.th and EVIL.COM/path",
    "mail officer@evil.com or mailto:a@evil.com",
    "![img](http://evil.example/p.png) [click](http://evil.example) <http://evil.example>",
    "<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1)",
    "`code` *em* _em_ [ref]: http://evil.example",
)

PLAN = """\
format = 1
id = "links"
title = "{0}"
organisation = "{1}"
fiscal_year = 2568

[[issues]]
id = "1"
title = "{2}"

[[issues.activities]]
id = "1.1"
title = "{3}"
quarters = [1]
responsible = ["{4}"]
steps = ["{5}"]

[[issues.activities.outcomes]]
id = "1.1.1"
text = "{0}"

[[issues.activities.outcomes]]
id = "1.1.2"
text = "{1}"
""".format(*(t.replace('"', '\\\\"') for t in TRAPS))

GOOD = "https://www.saikhao.go.th/news/12"
EVIDENCE = (
    GOOD,
    "https://evil.example/\u202egpj.exe",  # a bidi override: reads as ".exe.jpg"
    "https://evil\u200b.example/",  # a zero-width space
    "http://evil.example/a b",  # a space: refused as a link, and must not become one
    "javascript:alert(1)",
    "www.evil.com",
)


def reports() -> tuple[str, str]:
    plan = parse_plan(PLAN.encode("utf-8")).plan
    at = dt.datetime(2024, 11, 2, 3, 0, tzinfo=dt.UTC)
    note = "\n".join(TRAPS)
    records = {
        "1.1.1": OutcomeProgress(Status.DONE, dt.date(2024, 11, 1), EVIDENCE, note, "x", at),
        "1.1.2": OutcomeProgress(Status.IN_PROGRESS, None, EVIDENCE, note, "y", at),
    }
    md = export(plan, records, [], quarter=1, fmt="md", today=TODAY)
    html = export(plan, records, [], quarter=1, fmt="html", today=TODAY)
    return md, html


def render_like_a_website(markdown: str) -> Tags:
    renderer = MarkdownIt("commonmark", {"html": True, "linkify": True})
    tags = Tags()
    tags.feed(renderer.enable(["table", "linkify"]).render(markdown))
    return tags


def test_markdown_plan_text_and_evidence_never_become_links_or_html() -> None:
    md, _ = reports()
    tags = render_like_a_website(md)
    assert set(tags.hrefs) == {GOOD}
    assert not {"img", "script", "code", "em"} & set(tags.tags)
    shown = "".join(tags.text)
    for trap in TRAPS:
        assert trap in shown  # every trap shown as written
    assert "https://evil.example/\\u202egpj.exe" in shown  # the override made visible
    assert "\u202e" not in shown and "\u200b" not in shown


def test_html_never_puts_an_invisible_character_in_a_link() -> None:
    _, html = reports()
    page = parse(html)
    hrefs = [attrs.get("href") or "" for tag, attrs in page.tags if tag == "a"]
    assert [h for h in hrefs if not h.startswith("#")] == [GOOD]
    shown = "".join(page.text)
    assert "https://evil.example/\\u202egpj.exe" in shown
    assert "https://evil\\u200b.example/" in shown
    assert "\u202e" not in html and "\u200b" not in html


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("http://evil.example", "http\\://evil\\.example"),
        ("a@b.th", "a\\@b\\.th"),
        ("![x](y)", "\\!\\[x\\](y)"),
        ("Note: 90.68 at 1.1.1", "Note: 90.68 at 1.1.1"),
        ("๑.๑ ม.ค. E-Service", "๑.๑ ม.ค. E-Service"),
    ],
)
def test_escape_stops_bare_autolinks_and_leaves_numbers(text: str, escaped: str) -> None:
    assert escape(text) == escaped


@settings(max_examples=300, deadline=None)
@example("    indented like code")
@example("\tx")
@given(
    st.lists(
        st.sampled_from([*"htpsw:/.@ab-[]()!<>`*_ \\", "www.", "http://", ".com", "mailto:"]),
        max_size=30,
    ).map("".join)
)
def test_escaped_text_never_renders_a_link_or_an_image(text: str) -> None:
    html = render_like_a_website(escape(text))
    assert not {"a", "img", "code", "em", "strong"} & set(html.tags), (text, escape(text))
