"""The documentation holds together: every relative link in README.md, CHANGELOG.md and docs/*.md
points to a file that exists (and to a heading that exists, where it names one), and the
README's test command is the very line CI runs (.ci/run)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted([ROOT / "README.md", ROOT / "CHANGELOG.md", *(ROOT / "docs").glob("*.md")])

FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")  # a run of n backticks closes on n
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def prose_lines(text: str) -> list[str]:
    """The lines outside fenced code blocks, with inline code removed."""
    lines: list[str] = []
    fenced = False
    for line in text.splitlines():
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            lines.append(INLINE_CODE.sub("", line))
    return lines


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, only letters, marks, numbers, spaces,
    hyphens and underscores kept, spaces made hyphens (Thai vowels and tone marks are marks)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link in a heading: its text
    text = text.replace("`", "").lower()
    kept = "".join(ch for ch in text if ch in " -_" or unicodedata.category(ch)[0] in "LMN")
    return kept.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    """Every heading anchor of a Markdown file, with GitHub's -1, -2 for repeated ones."""
    seen: dict[str, int] = {}
    found: set[str] = set()
    for line in prose_lines(path.read_text(encoding="utf-8")):
        match = HEADING.match(line)
        if match is None:
            continue
        base = slug(match.group(2))
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return found


def relative_links(path: Path) -> list[str]:
    """The link targets of a Markdown file that point inside the repository."""
    targets: list[str] = []
    for line in prose_lines(path.read_text(encoding="utf-8")):
        for match in LINK.finditer(line):
            target = match.group(1)
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):
                continue  # https:, mailto: ...
            targets.append(target)
    return targets


def broken_links(path: Path) -> list[str]:
    """What is wrong with each relative link of ``path``: a missing file or heading."""
    problems: list[str] = []
    for target in relative_links(path):
        file_part, _, anchor = target.partition("#")
        dest = path if not file_part else (path.parent / file_part).resolve()
        if not dest.exists():
            problems.append(f"{target}: no file {dest}")
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            problems.append(f"{target}: no heading #{anchor} in {dest.name}")
    return problems


@pytest.mark.parametrize("path", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_points_to_an_existing_file(path: Path) -> None:
    assert broken_links(path) == []


def test_the_checker_sees_a_broken_link(tmp_path: Path) -> None:
    (tmp_path / "there.md").write_text("# Here it is\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "[ok](there.md) [ok](there.md#here-it-is) [web](https://example.org/x)\n"
        "`[code](not-checked.md)` `` ` `` `` [x](y) ``\n```\n[fenced](not-checked.md)\n```\n"
        "[gone](missing.md) [no heading](there.md#elsewhere) ![pic](pic.png)\n",
        encoding="utf-8",
    )
    assert broken_links(page) == [
        f"missing.md: no file {tmp_path / 'missing.md'}",
        "there.md#elsewhere: no heading #elsewhere in there.md",
        f"pic.png: no file {tmp_path / 'pic.png'}",
    ]


def test_thai_headings_get_githubs_anchors() -> None:
    assert slug("เริ่มใช้งานใน ๕ นาที") == "เริ่มใช้งานใน-๕-นาที"
    assert slug("ใช้บน Windows และเมื่อพบปัญหา") == "ใช้บน-windows-และเมื่อพบปัญหา"
    assert slug("Importing another agency's report") == "importing-another-agencys-report"
    assert slug("The quarterly report (`ita-tui export`)") == "the-quarterly-report-ita-tui-export"


def test_the_readmes_test_command_is_the_line_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    readme_test = [
        line for line in readme if line.startswith("python3 -m venv") and "pytest" in line
    ]
    ci_test = [line for line in ci if line.startswith("python3 -m venv") and "pytest" in line]
    assert len(readme_test) == 1, readme_test
    assert ci_test == readme_test
