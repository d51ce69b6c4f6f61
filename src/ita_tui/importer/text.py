"""Text helpers shared by the importer's readers: whitespace, HTML."""

from __future__ import annotations

import html
import re

_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    """Whitespace runs (newlines of a spreadsheet cell included) to one space, trimmed."""
    return _WS.sub(" ", text).strip()


_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")


def strip_html(text: str) -> str:
    """Remove HTML tags (``<p>``, ``<br>``...) and, where there were tags, entities."""
    if not _TAG.search(text):
        return text
    text = _TAG.sub(" ", text)
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def shorten(text: str, limit: int = 60) -> str:
    """``text`` squashed to one line of at most ``limit`` characters, cut with ``…``."""
    text = squash(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
