"""``v``: the evidence of an outcome, one link or document reference per line."""

from __future__ import annotations

from ita_tui.tui.dialogs.edit_note import TextDialog


def parse_links(text: str) -> tuple[str, ...]:
    """One entry per non-blank line, in order, without repeats."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        line = line.strip()
        if line:
            seen.setdefault(line, None)
    return tuple(seen)


class EvidenceDialog(TextDialog):
    TITLE_KEY = "app.evidence.title"
    PROMPT_KEY = "app.evidence.prompt"

    def __init__(self, links: tuple[str, ...], title: str) -> None:
        text = "\n".join(links)
        super().__init__(text + "\n" if text else "", title)
