"""Text as pasted from a PDF viewer or a web page (ita_tui.importer.formats.pasted): spaces
instead of tabs, one cell per line, Markdown pipe tables, page numbers and running headers."""

from __future__ import annotations

import pytest
from importer_helpers import SEED, bundled, shape

from ita_tui.importer import parse_report
from ita_tui.thai.repair import PUA_THAI


def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def with_pages(text: str, every: int = 9) -> str:
    """A page number and a running header after every ``every`` lines, as a PDF viewer copies."""
    out: list[str] = []
    for index, line in enumerate(text.split("\n")):
        out.append(line)
        if index % every == every - 1:
            page = index // every + 2
            out += ["", f"- {page} -", "เทศบาลตำบลทรายขาว", ""]
    return "\n".join(out)


def pipes(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        if "\t" in line:
            lines.append("| " + " | ".join(line.split("\t")) + " |")
            if line.startswith("ลำดับ"):
                lines.append("|---|---|---|---|---|---|")
        else:
            lines.append(line)
    return "\n".join(lines)


def markdown(text: str) -> str:
    """A Markdown page: headings as ``## **ประเด็นที่ ๑ …**`` and the rows as pipe tables."""
    import re

    return pipes(re.sub(r"^(ประเด็นที่ [^\n]*)$", r"## **\1**", text, flags=re.MULTILINE))


VARIANTS = {
    "Markdown page": lambda: markdown(seed()),
    "spaces instead of tabs": lambda: seed().replace("\t", " "),
    "one cell per line": lambda: seed().replace("\t", "\n"),
    "Markdown pipes": lambda: pipes(seed()),
    "page numbers and running headers": lambda: with_pages(seed()),
    "spaces, pages and headers": lambda: with_pages(seed().replace("\t", " "), every=7),
    "one cell per line with pages": lambda: with_pages(seed().replace("\t", "\n"), every=23),
}


@pytest.mark.parametrize("name", list(VARIANTS))
def test_pasted_text_reproduces_the_bundled_plan(name: str) -> None:
    result = parse_report(VARIANTS[name]())
    assert shape(result.plan) == shape(bundled())
    assert result.plan["organisation"] == "เทศบาลตำบลทรายขาว"


def test_rebuilt_rows_are_warned_with_their_line() -> None:
    result = parse_report(seed().replace("\t", " "))
    rebuilt = [w for w in result.warnings if "columns rebuilt" in w]
    assert len(rebuilt) == 11  # ten activities, one of them in two rows
    assert rebuilt[0].startswith("line 11: columns rebuilt from text without a delimiter: title «")
    assert any(n.startswith("columns rebuilt") for n in result.notes["1.1"])


def test_page_furniture_is_noted_not_kept() -> None:
    result = parse_report(with_pages(seed()))
    notes = result.notes[""]
    assert any(n.startswith("left out ") and "page number line(s)" in n for n in notes)
    assert any("running header" in n and "เทศบาลตำบลทรายขาว" in n for n in notes)
    assert not any("- 2 -" in line for line in result.unplaced)


def test_damaged_thai_in_pasted_text_is_repaired_and_lost_characters_are_warned() -> None:
    pua = {v: k for k, v in PUA_THAI.items() if k in "\uf70a\uf70b\uf701\uf702\uf718"}
    lost = seed().replace("พ.ศ. ๒๕๖๘ ทุกรายการ", "พ.ศ. ๒๕๖๘ ท\ufffdกรายการ", 1)
    damaged = lost.translate(str.maketrans(pua)).replace("ำ", "ํา")
    result = parse_report(damaged)
    warned = [w for w in result.warnings if "lost in the source" in w]
    assert len(warned) == 1 and warned[0].startswith("line 36: 1 character(s) lost")
    repaired = shape(result.plan)
    want = shape(bundled())
    assert repaired != want  # the lost character stays lost...
    assert str(repaired).replace("ท\ufffdก", "ทุก") == str(want)  # ...and is all that differs
