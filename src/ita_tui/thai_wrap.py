"""Line breaking for Thai text in a fixed-width plain-text report.

Thai is written without spaces between words, and Rich breaks lines only at spaces: a long
Thai run is then cut at any character, mid-syllable (``ข้า|ราชการ``). Without a dictionary
the words themselves cannot be found, but syllable boundaries that the script marks are
safe places to break, and are far better than an arbitrary cut:

* before a leading vowel ``เ แ โ ใ ไ`` (it is always written first in its syllable);
* after ``ะ`` or ``ำ`` (they close a syllable), after ``ๆ`` and ``ฯ``;
* before the commonest words of official Thai (``การ``, ``ความ``, ``ของ``, ``ที่``…), which
  begin a syllable wherever they appear;
* where Thai meets Latin letters or digits (``E-Service``), and after ``/`` in links.

Spaces come first: a line breaks inside a run of Thai only when breaking at the last space
would leave it less than :data:`FILL` full. A line never starts with a combining mark
(vowel or tone mark above or below), nor with a ``ๆ`` cut off from its word. Widths are
display cells: Thai marks take none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rich.cells import cell_len

__all__ = ["atoms", "cell_len", "clusters", "min_width", "wrap"]

_LEADING = "เแโใไ"
_THAI_LETTER = "ก-ฮ"
# Marks written above or below a letter, ำ and the repeat mark: never at the start of a line.
_ATTACHED = "\u0e31\u0e33-\u0e3a\u0e47-\u0e4e\u0e46"

#: Short, frequent words that begin a syllable wherever they are written.
_WORDS = (
    "การ",
    "ความ",
    "ของ",
    "ที่",
    "หรือ",
    "ตาม",
    "ต่อ",
    "จาก",
    "ด้วย",
    "ซึ่ง",
    "ทั้ง",
    "กับ",
    "ทุก",
    "อย่าง",
    "ผ่าน",
    "ระหว่าง",
    "ประ",
)
_MARKS = "\u0e30-\u0e3a\u0e47-\u0e4e"
#: How full a line must be before a break at a space is preferred to one inside Thai text.
FILL = 0.6

_SPACES = re.compile(r"(?<=\s)(?=[^\sๆ])")
# A consonant silenced by ์ (ห์, ตร์, ทธิ์) ends the syllable before it: never break before it.
_SILENT = r"(?![ก-ฮ]{1,2}[\u0e34\u0e38]?\u0e4c)"
_BREAKS = re.compile(
    "|".join(
        (
            # spaces: break after a run of whitespace, unless the next word is a lone ๆ
            _SPACES.pattern,
            # before a frequent word that follows a Thai base character or mark
            rf"(?<=[{_THAI_LETTER}{_MARKS}\u0e45])(?=(?:{'|'.join(_WORDS)})(?![{_MARKS}]))",
            # before a leading vowel that follows a Thai base character
            rf"(?<=[{_THAI_LETTER}\u0e30-\u0e3a\u0e45\u0e47-\u0e4e])(?=[{_LEADING}])",
            # after a syllable-closing vowel or ๆ ฯ, before a new Thai base character
            rf"(?<=[ะำๆฯ]){_SILENT}(?=[{_THAI_LETTER}{_LEADING}])",
            # where Thai meets Latin letters or digits, either way round
            r"(?<=[\u0e01-\u0e4e])(?=[A-Za-z0-9])",
            rf"(?<=[A-Za-z0-9])(?=[{_THAI_LETTER}{_LEADING}])",
            # inside links and paths
            r"(?<=[/?&])(?=[^\s/?&])",
        )
    )
)
_CLUSTER = re.compile(rf"[^{_ATTACHED}][{_ATTACHED}\u200b-\u200d\ufe00-\ufe0f]*|[{_ATTACHED}]+")


def atoms(text: str) -> list[str]:
    """``text`` cut at every allowed break; each piece keeps the spaces that follow it."""
    return [piece for piece in _BREAKS.split(text) if piece]


def clusters(text: str) -> list[str]:
    """Characters with their combining marks: the smallest pieces a line may be cut into."""
    return _CLUSTER.findall(text)


def min_width(text: str) -> int:
    """The widest piece that cannot be broken (what a column needs to avoid cutting words)."""
    return max((cell_len(piece.rstrip()) for piece in atoms(text)), default=0)


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` cells; newlines in ``text`` are kept as line breaks."""
    width = max(1, width)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width))
    return lines


@lru_cache(maxsize=4096)
def _wrap_cached(paragraph: str, width: int) -> tuple[str, ...]:
    return tuple(_wrap_slow(paragraph, width))


def _wrap_paragraph(paragraph: str, width: int) -> list[str] | tuple[str, ...]:
    paragraph = paragraph.rstrip()
    if cell_len(paragraph) <= width:
        return [paragraph]
    return _wrap_cached(paragraph, width)


def _wrap_slow(paragraph: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    used = 0

    def flush() -> None:
        nonlocal line, used
        lines.append(line.rstrip())
        line, used = "", 0

    for chunk in (piece for piece in _SPACES.split(paragraph) if piece):
        need = cell_len(chunk.rstrip())
        if used + need <= width:
            line += chunk
            used += cell_len(chunk)
            continue
        if need <= width and used >= width * FILL:
            flush()
            line, used = chunk, cell_len(chunk)
            continue
        # Break inside the chunk, filling the current line first.
        for piece in atoms(chunk):
            core = piece.rstrip()
            need = cell_len(core)
            if used + need <= width:
                line += piece
                used += cell_len(piece)
                continue
            if need <= width:
                flush()
                line, used = piece, cell_len(piece)
                continue
            # A piece wider than a line: cut it between characters, never before a mark.
            for cluster in clusters(core):
                size = cell_len(cluster)
                if line and used + size > width:
                    flush()
                line += cluster
                used += size
            line += piece[len(core) :]
            used += cell_len(piece) - cell_len(core)
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines
