"""Line breaking for Thai text: between words, never inside one.

Thai is written without spaces between words, and Rich and Textual break lines only at
spaces: a long Thai run is then cut at any character (``ข้า|ราชการ``). Here a line breaks

* after spaces (first choice: a line breaks inside a run of Thai only when breaking at the
  last space would leave it less than :data:`FILL` full), never before a lone ``ๆ``;
* between two Thai words, found by the dictionary segmenter :mod:`ita_tui.thai.words`;
* where Thai meets Latin letters or digits (``ระบบE-Service``), after ``/`` in paths.

Dates, numbers and ids stay whole, spaces included: ``๑ ต.ค. ๒๕๖๗``, ``ต.ค. ๒๕๖๗``,
``๑.๑.๒``, ``2568-02-10``, ``90.68``, links and e-mail addresses; punctuation stays with its
neighbour (``(๑``, ``ต.ค.``, ``งาน)``). Only a word or date wider than the whole line is cut,
then at syllable boundaries (below), then between characters.

Without the word list (it could not be read, or the app has not loaded it yet) the
breaks inside Thai fall back to syllable boundaries that the script marks:

* before a leading vowel ``เ แ โ ใ ไ`` (it is always written first in its syllable);
* after ``ะ`` or ``ำ`` (they close a syllable), after ``ๆ`` and ``ฯ``;
* before the commonest words of official Thai (``การ``, ``ความ``, ``ของ``, ``ที่``…).

A line never starts with a combining mark (vowel or tone mark above or below), nor with a
``ๆ`` cut off from its word. Widths are display cells: Thai marks take none.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache

from rich.cells import cell_len, get_character_cell_size

from ita_tui.thai import words as thai_words
from ita_tui.thai.digits import DIGIT

__all__ = [
    "atoms",
    "cell_len",
    "clusters",
    "fitting_prefix",
    "line_starts",
    "min_width",
    "syllables",
    "wrap",
]

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

# After spaces, unless the next word is a lone ๆ or ฯ, or a dash between two dates.
_SPACES = re.compile(r"(?<=\s)(?=[^\sๆฯ])(?![–—-]\s)")
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

# Dates, numbers and ids, links and addresses: never broken (unless wider than a line).
_D = f"[{DIGIT}]"
_MONTHS = "|".join(
    re.escape(month)
    for month in (
        "มี.ค.", "เม.ย.", "มิ.ย.", "ม.ค.", "ก.พ.", "พ.ค.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
        "พ.ย.", "ธ.ค.", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    )
)  # fmt: skip
_ERA = r"(?:พ\.ศ\.|ค\.ศ\.)"
_GAP = r"[ \u00a0]"
_PROTECTED = "|".join(
    (
        r"(?:https?://|www\.)[^\s<>\"]+",  # a link
        r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",  # an e-mail address
        rf"(?:{_D}{{1,2}}{_GAP})?(?:{_MONTHS})(?:{_GAP}{_ERA}?{_GAP}?{_D}{{2,4}})?",  # ๑ ต.ค. ๒๕๖๗
        rf"{_ERA}{_GAP}?{_D}{{2,4}}",  # พ.ศ. ๒๕๖๘
        rf"{_D}+{_GAP}[–-]{_GAP}{_D}+(?![.,:/-]?{_D})",  # a range: ๑ - ๒
        rf"{_D}+(?:[.,:/-]{_D}+)*%?",  # ๑.๑.๒, 2568-02-10, 90.68, 10,000, 40%
    )
)
_TOKEN = re.compile(
    rf"(?P<p>{_PROTECTED})|(?P<t>{thai_words.THAI_RUN.pattern})|(?P<s>\s+)|(?P<o>\S)"
)
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_THAI_START = frozenset(chr(c) for c in range(0x0E01, 0x0E2F)) | frozenset(_LEADING)
_LINK_BREAK = frozenset("/?&")


def _lexicon() -> thai_words.Lexicon | None:
    return thai_words.lexicon()


def _thai_breaks(run: str, words: thai_words.Lexicon | None) -> tuple[int, ...] | list[int]:
    """Offsets inside a run of Thai letters where a line may begin."""
    if words is not None:
        return thai_words.word_breaks(run, words)
    return [b for b in _syllable_breaks(run) if 0 < b < len(run)]


def _syllable_breaks(text: str) -> list[int]:
    return [match.start() for match in _BREAKS.finditer(text)]


def _breaks(text: str, words: thai_words.Lexicon | None) -> list[int]:
    """Offsets in ``text`` where a line may begin (0 excluded), in order."""
    breaks: list[int] = []
    add = breaks.append
    previous = ""  # the kind of the token before
    last = ""  # its last character
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "o"
        start = match.start()
        first = text[start]
        if previous == "s":
            if kind != "s" and _SPACES.match(text, start):
                add(start)
        elif previous and kind != "s":
            if previous == "t":
                if kind != "t" and first in _ALNUM:
                    add(start)  # Thai then Latin or digits
            elif kind == "t":
                if (last in _ALNUM or last in "ๆฯ") and first in _THAI_START:
                    add(start)  # Latin or digits then Thai; after ๆ or ฯ
            elif (
                previous == "o" and kind == "o" and last in _LINK_BREAK and first not in _LINK_BREAK
            ):
                add(start)  # inside a path
        if kind == "t":
            breaks.extend(start + offset for offset in _thai_breaks(match.group(), words))
        previous, last = kind, text[match.end() - 1]
    return breaks


@lru_cache(maxsize=4096)
def _paragraph_breaks(paragraph: str, words: thai_words.Lexicon | None) -> tuple[int, ...]:
    """:func:`_breaks` remembered: a text is often laid out at more than one width (a list
    per job title, each with its own column widths), and where it may break never changes."""
    return tuple(_breaks(paragraph, words))


def atoms(text: str) -> list[str]:
    """``text`` cut at every allowed break; each piece keeps the spaces that follow it."""
    bounds = [0, *_breaks(text, _lexicon()), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def syllables(text: str) -> list[str]:
    """``text`` cut at syllable boundaries too (the fallback, and how over-long words are cut)."""
    return [piece for piece in _BREAKS.split(text) if piece]


def clusters(text: str) -> list[str]:
    """Characters with their combining marks: the smallest pieces a line may be cut into."""
    return _CLUSTER.findall(text)


def min_width(text: str) -> int:
    """The widest piece that cannot be broken (what a column needs to avoid cutting words)."""
    return max((cell_len(piece.rstrip()) for piece in atoms(text)), default=0)


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` cells; newlines in ``text`` are kept as line breaks."""
    return [line for line, _ in wrap_sized(text, width)]


def wrap_sized(text: str, width: int) -> list[tuple[str, int]]:
    """:func:`wrap`, each line with its width in cells (known from laying it out)."""
    width = max(1, width)
    words = _lexicon()
    lines: list[tuple[str, int]] = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.rstrip()
        size = _width(paragraph)
        if size <= width:
            lines.append((paragraph, size))
        else:
            lines.extend((paragraph[a:b], n) for a, b, n in _spans(paragraph, width, words))
    return lines


def line_starts(text: str, width: int) -> list[int]:
    """Where each line after the first begins in ``text`` (one paragraph, no newlines).

    What Rich's and Textual's ``divide_line`` return: the spaces at a break stay at the end
    of the line before it.
    """
    width = max(1, width)
    if cell_len(text.rstrip()) <= width:
        return []
    return [a for a, _, _ in _spans(text.rstrip(), width, _lexicon())[1:]]


def fitting_prefix(text: str, width: int) -> int:
    """The length of the longest start of ``text`` that ends at a break and fits ``width``.

    Spaces before the break are left out; 0 if even the first word is wider.
    """
    best = 0
    for bound in (*_breaks(text, _lexicon()), len(text)):
        end = len(text[:bound].rstrip())
        if cell_len(text[:end]) > width:
            break
        best = end
    return best


#: Text made only of characters below U+1100 (Thai, Latin…): none of them is wide.
_NARROW = re.compile(r"[\u0000-\u10ff]*")


@lru_cache(maxsize=1)
def _zero_width() -> frozenset[str]:
    """The characters below U+1100 that take no cell (Thai marks, controls), as Rich counts."""
    return frozenset(chr(c) for c in range(0x1100) if get_character_cell_size(chr(c)) == 0)


def _width(text: str) -> int:
    """``cell_len(text)``, counted without Rich's per-character look-up for narrow text."""
    if _NARROW.fullmatch(text):
        return len(text) - sum(map(_zero_width().__contains__, text))
    return cell_len(text)


def _measure(paragraph: str) -> Callable[[int, int], int]:
    """``cell_len(paragraph[a:b])`` as a function of ``(a, b)``.

    For narrow text, the width of a slice is its length less its zero-width characters,
    counted once for the whole paragraph (a running count), so each piece costs two
    look-ups instead of a measure of its characters.
    """
    if not _NARROW.fullmatch(paragraph):
        return lambda a, b: cell_len(paragraph[a:b])
    zeros = list(itertools.accumulate(map(_zero_width().__contains__, paragraph), initial=0))
    return lambda a, b: b - a - zeros[b] + zeros[a]


@lru_cache(maxsize=4096)
def _spans(
    paragraph: str, width: int, words: thai_words.Lexicon | None
) -> tuple[tuple[int, int, int], ...]:
    """(start, end, width in cells) of each line of ``paragraph``, trailing spaces left out."""
    spans: list[tuple[int, int]] = []
    width_between = _measure(paragraph)
    start = -1  # where the current line starts (-1: nothing on it yet)
    end = 0
    used = 0

    def flush() -> None:
        nonlocal start, used
        if start >= 0:
            spans.append((start, start + len(paragraph[start:end].rstrip())))
        start, used = -1, 0

    def put(a: int, b: int) -> None:
        nonlocal start, end, used
        if start < 0:
            start = a
        end = b
        used += width_between(a, b)

    def place(a: int, b: int) -> None:
        """One unbreakable piece; cut at syllables, then characters, if wider than a line."""
        core = a + len(paragraph[a:b].rstrip())
        need = width_between(a, core)
        if used + need <= width:
            put(a, b)
            return
        if need <= width:
            flush()
            put(a, b)
            return
        piece = paragraph[a:core]
        bounds = [0, *(x for x in _syllable_breaks(piece) if 0 < x < len(piece)), len(piece)]
        for x, y in itertools.pairwise(bounds):
            size = width_between(a + x, a + y)
            if used + size <= width:
                put(a + x, a + y)
            elif size <= width:
                flush()
                put(a + x, a + y)
            else:
                for cluster in _CLUSTER.finditer(piece, x, y):
                    step = width_between(a + cluster.start(), a + cluster.end())
                    if start >= 0 and used + step > width:
                        flush()
                    put(a + cluster.start(), a + cluster.end())
        if b > core:
            put(core, b)

    bounds = [0, *_paragraph_breaks(paragraph, words), len(paragraph)]
    pieces = [(a, b) for a, b in itertools.pairwise(bounds) if b > a]
    # A chunk: the pieces up to a break at a space (or the end); its pieces are looked at
    # only when the chunk does not fit.
    last_piece = len(pieces) - 1
    begin = 0
    for index in [i for i, (_, b) in enumerate(pieces) if paragraph[b - 1].isspace()] + [
        last_piece
    ]:
        if index < begin:
            continue  # the last piece already ended a chunk
        first, last = pieces[begin][0], pieces[index][1]
        need = width_between(first, first + len(paragraph[first:last].rstrip()))
        if used + need <= width:
            put(first, last)
        elif need <= width and used >= width * FILL:
            flush()
            put(first, last)
        else:
            for x, y in pieces[begin : index + 1]:
                place(x, y)
        begin = index + 1
    flush()
    return tuple((a, b, width_between(a, b)) for a, b in spans) or ((0, 0, 0),)
