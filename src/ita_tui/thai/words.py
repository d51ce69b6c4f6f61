"""Where Thai words begin and end: dictionary maximal matching over a bundled word list.

Thai is written without spaces between words. A run of Thai letters is cut into the
sequence of dictionary words that covers it with the fewest characters left unknown and,
among those, the likeliest by the words' frequencies in the Thai National Corpus, each word
costing a little more (dictionary maximal matching with a unigram tie-break).
Words may only begin where a Thai syllable can begin: never before a vowel or tone mark,
``ะ า ำ ๅ ๆ ฯ``, never right after a leading vowel ``เ แ โ ใ ไ``, never before a consonant
silenced by ``์``. Letters that no dictionary word covers stay together as one unknown
word, so a name the list does not know is not cut either.

The word list is PyThaiNLP's ``words_th.txt`` with the counts of its ``tnc_freq.txt``
(both CC0-1.0, see ``data/words_th.LICENSE.md``), shipped inside the package;
:func:`lexicon` reads them on first use (about 30 ms, never at import). If it cannot be read, :func:`lexicon` returns ``None`` and callers fall back to
syllable boundaries. While :func:`defer` is in force (the app's first screen), nothing is
loaded and ``None`` is returned, so start-up never waits for the list.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from ita_tui.resources import data_file

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["Lexicon", "defer", "is_loaded", "lexicon", "segment", "word_breaks"]

WORD_LIST = data_file("words_th.txt")
#: How often the words occur in the Thai National Corpus (to choose between equal covers).
WORD_COUNTS = data_file("words_th_freq.txt")
#: Words added to the list for this domain (names of places, official terms).
EXTRA_WORD_LIST = data_file("words_ita.txt")

#: A run of Thai letters and marks: no digits, no ๆ ฯ (they follow a word), no ๏ ๚ ๛.
THAI_RUN = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e45\u0e47-\u0e4e]+")
#: Longer entries are names and phrases made of words (สำนักงานคณะกรรมการป้องกันและ
#: ปราบปรามการทุจริตในภาครัฐ): a line may break between their words, so they are not matched
#: whole. It also bounds the work per letter.
LONGEST = 25

#: What each word weighs beyond its frequency: fewer, longer words are preferred (tuned on
#: the bundled plan against ICU's dictionary breaker; see tests/thai/test_words_icu.py).
WORD_COST = 700
# Weights of a cover stay far below this (a word weighs a few thousand at most), so
# ``unknown * _SCALE + weight`` orders covers as the pair (unknown, weight) does.
_SCALE = 1 << 48

# Characters a word never begins with: following vowels, marks above and below, ๆ ฯ.
_NO_START = frozenset(
    "\u0e2f\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a"
) | frozenset("\u0e45\u0e46\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
_LEADING = frozenset("เแโใไ")
# One or two consonants silenced by ์ (ห์, ทร์, ทธิ์): they end the syllable before them.
_SILENT = re.compile(r"[ก-ฮ]{1,2}[\u0e34\u0e38]?\u0e4c")


class Lexicon:
    """The words, the length of the longest, and a weight per word (rarer: heavier)."""

    __slots__ = ("costs", "longest", "rare", "reach", "weights", "words")

    def __init__(self, words: Iterable[str], counts: dict[str, int] | None = None) -> None:
        self.words = words if isinstance(words, frozenset) else frozenset(words)
        self.longest = min(LONGEST, max(map(len, self.words), default=0))
        counts = counts or {}
        total = sum(counts.values()) or 1
        log, scale = math.log, -100
        #: -log of a word's share of the corpus, in hundredths (words in no corpus: rare)
        self.weights = {word: round(scale * log(n / total)) for word, n in counts.items() if n > 0}
        self.rare = max(self.weights.values(), default=0) + 100
        #: what each word costs in a cover (its weight and WORD_COST), one look-up per try
        weights, rare = self.weights, self.rare + WORD_COST
        self.costs = {
            word: weights[word] + WORD_COST if word in weights else rare for word in self.words
        }
        #: the length of the longest word (up to ``longest``) that begins with these three
        #: letters: how far a word beginning there can reach (shorter words: always tried)
        reach: dict[str, int] = {}
        longest = self.longest
        for word in self.words:
            size = len(word)
            if 3 <= size <= longest and size > reach.get(word[:3], 0):
                reach[word[:3]] = size
        self.reach = reach

    def __contains__(self, word: str) -> bool:
        return word in self.words

    @classmethod
    def read(
        cls, path: Traversable, *extra: Traversable, counts: Traversable | None = None
    ) -> Lexicon:
        """The words of ``path`` and ``extra`` (one a line, UTF-8; a missing extra is skipped),
        and ``counts`` (``word<TAB>count`` lines; optional)."""
        text = path.read_text(encoding="utf-8")
        for more in extra:
            if more.is_file():
                text += "\n" + more.read_text(encoding="utf-8")
        if "\r" in text:
            text = text.replace("\r", "")
        frequency: dict[str, int] = {}
        if counts is not None and counts.is_file():
            for line in counts.read_text(encoding="utf-8").split("\n"):
                word, _, count = line.partition("\t")
                if count.isdigit():
                    frequency[word] = int(count)
        # one set straight from the text (the empty word it may hold matches nothing)
        return cls(frozenset(text.split("\n")), frequency)


_lock = threading.Lock()
_loaded: Lexicon | None = None
_failed = False
_deferred = False


def defer(on: bool) -> None:
    """While on, :func:`lexicon` loads nothing and answers ``None`` unless already loaded."""
    global _deferred
    _deferred = on


def is_loaded() -> bool:
    return _loaded is not None


def lexicon() -> Lexicon | None:
    """The bundled lexicon, read on the first call; ``None`` if it cannot be read (or deferred)."""
    if _loaded is not None or _failed or _deferred:
        return _loaded
    return load()


def load(*paths: Traversable) -> Lexicon | None:
    """Read the lexicon now (thread-safe; once); ``None`` if the word list cannot be read."""
    global _loaded, _failed
    with _lock:
        if _loaded is None and not _failed:
            try:
                if paths:
                    _loaded = Lexicon.read(*paths)
                else:
                    _loaded = Lexicon.read(WORD_LIST, EXTRA_WORD_LIST, counts=WORD_COUNTS)
            except (OSError, UnicodeDecodeError):
                _failed = True
            else:
                if not _loaded.longest:  # no word in it
                    _loaded, _failed = None, True
    return _loaded


def reset() -> None:
    """Forget the loaded lexicon (tests; the next :func:`lexicon` reads it again)."""
    global _loaded, _failed, _deferred
    with _lock:
        _loaded, _failed, _deferred = None, False, False
    word_breaks.cache_clear()


def _starts(run: str) -> list[int]:
    """Offsets in ``run`` where a word may begin, with 0 and ``len(run)``."""
    starts = [0]
    no_start, leading, silent = _NO_START, _LEADING, _SILENT
    for position in range(1, len(run)):
        if run[position] in no_start or run[position - 1] in leading:
            continue
        if silent.match(run, position):
            continue
        starts.append(position)
    if len(run) > 0:
        starts.append(len(run))
    return starts


def segment(run: str, words: Lexicon) -> list[str]:
    """``run`` (Thai letters only) cut into words; unknown stretches stay whole."""
    breaks = word_breaks(run, words)
    edges = [0, *breaks, len(run)]
    return [run[a:b] for a, b in itertools.pairwise(edges) if b > a]


@lru_cache(maxsize=8192)
def word_breaks(run: str, words: Lexicon) -> tuple[int, ...]:
    """Offsets inside ``run`` (Thai letters only) where one word ends and the next begins.

    The cover with the fewest unknown characters, then the likeliest: the least total
    weight, each word weighing its -log frequency plus :data:`WORD_COST` (``แนวทาง|การ``
    rather than ``แนว|ทางการ``, ``ความ|โปร่งใส`` rather than ``ความโปร่ง|ใส``).
    """
    starts = _starts(run)
    count = len(starts)
    if count <= 2:
        return ()
    costs, reach = words.costs, words.reach
    unknown_cost = words.rare + WORD_COST
    # best[i]: the best cover of the text from starts[i], as one number that orders as the
    # pair (unknown characters, weight) would: unknown characters * _SCALE + weight;
    # step[i]: the index of the next start on it (negative: after an unknown piece).
    scale = _SCALE
    best = [0] * count
    step = [0] * count
    for i in range(count - 2, -1, -1):
        start = starts[i]
        following = i + 1
        choice = best[following] + (starts[following] - start) * scale + unknown_cost
        following = -following
        # no word beginning here is longer than the longest word with these first letters
        limit = start + reach.get(run[start : start + 3], 2)
        for j in range(i + 1, count):
            end = starts[j]
            if end > limit:
                break
            cost = costs.get(run[start:end])
            if cost is not None:
                cost += best[j]
                if cost < choice:
                    choice, following = cost, j
        best[i], step[i] = choice, following
    # Walk the best cover; neighbouring unknown pieces form one word.
    breaks: list[int] = []
    i = 0
    previous_known = True
    while i < count - 1:
        known = step[i] > 0
        if i and (known or previous_known):
            breaks.append(starts[i])
        previous_known = known
        i = abs(step[i])
    return tuple(breaks)
