"""What breaking Thai between words costs, beside the targets of issue 11.

    .venv/bin/python benchmarks/bench_thai_wrap.py            # best of 7 processes
    .venv/bin/python benchmarks/bench_thai_wrap.py --runs 15

* first wrap: in a fresh process, with ``ita_tui.thai.wrap`` imported, the first wrap of a
  long Thai text (which reads the word list) minus a later wrap of another text of the same
  kind: what the first wrap after start adds. Target: at most 100 ms.
* word list: reading it alone (``thai_words.load``), and its files' sizes.
* all texts: wrapping every text of the bundled plan at every width from 20 to 120, once
  cold (nothing cached) — what a first report or a resize costs.
* mid-word breaks: the breaks at those widths that ICU's Thai word breaker (an independent
  segmenter, a test dependency) calls mid-word, for the word segmenter and for the syllable
  fallback. Target: none, except the three hand-checked ones the test lists.

Start-up is measured by ``bench_tui.py --sizes 53`` (target: within 1.3x of a bare Textual
app): the app reads the word list only after its first screen.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGET_FIRST_WRAP_MS = 100.0

CHILD = """
import json, time
t0 = time.perf_counter()
from ita_tui.thai import wrap as thai_wrap, words as thai_words
t1 = time.perf_counter()
first = "มีการเน้นย้ำการปฏิบัติให้ในการเป็นข้าราชการที่ดีและการปฏิบัติตามประมวลจริยธรรมในการประชุมพนักงานทุกครั้ง"
later = "มีรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบของหน่วยงานประจำปีงบประมาณ"
t2 = time.perf_counter()
thai_wrap.wrap(first, 30)
t3 = time.perf_counter()
thai_wrap.wrap(later, 30)
t4 = time.perf_counter()
assert thai_words.is_loaded()
thai_words.reset()
t5 = time.perf_counter()
thai_words.load()
t6 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "first": t3 - t2, "later": t4 - t3, "load": t6 - t5}))
"""


def plan_paragraphs() -> list[str]:
    from ita_tui.plan import bundled_plan_path

    data = tomllib.loads(bundled_plan_path().read_text(encoding="utf-8"))
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.extend(value.split("\n"))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    return found


def child_figures(runs: int) -> dict[str, list[float]]:
    figures: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", CHILD],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        )
        for key, value in json.loads(done.stdout).items():
            figures.setdefault(key, []).append(value * 1000)
    return figures


def all_texts_ms(paragraphs: list[str]) -> tuple[float, int]:
    import time

    from ita_tui.thai import words as thai_words
    from ita_tui.thai import wrap as thai_wrap

    thai_words.lexicon()
    thai_wrap._spans.cache_clear()
    thai_words.word_breaks.cache_clear()
    start = time.perf_counter()
    lines = 0
    for paragraph in paragraphs:
        for width in range(20, 121):
            lines += len(thai_wrap.wrap(paragraph, width))
    return (time.perf_counter() - start) * 1000, lines


def mid_word(paragraphs: list[str]) -> tuple[int, int] | None:
    """(places ICU calls mid-word, of which hand-checked as correct), or None without ICU."""
    try:
        import icu  # type: ignore[import-not-found]
    except ImportError:
        return None
    from ita_tui.thai import wrap as thai_wrap

    sys.path.insert(0, str(ROOT / "tests" / "thai"))
    from test_words_icu import HAND_CHECKED  # the pairs the test accepts, with why

    breaker = icu.BreakIterator.createWordInstance(icu.Locale("th"))
    wrong: set[tuple[str, int]] = set()
    checked: set[tuple[str, int]] = set()
    for paragraph in paragraphs:
        breaker.setText(paragraph)
        words = set(breaker)
        for width in range(20, 121):
            for start in thai_wrap.line_starts(paragraph, width):
                if not paragraph[start - 1].isspace() and start not in words:
                    wrong.add((paragraph, start))
                    before, after = paragraph[:start], paragraph[start:]
                    if any(before.endswith(a) and after.startswith(b) for a, b in HAND_CHECKED):
                        checked.add((paragraph, start))
    return len(wrong), len(checked)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes (default 7)")
    args = parser.parse_args()

    from ita_tui.thai import words as thai_words

    figures = child_figures(args.runs)
    best = {key: min(values) for key, values in figures.items()}
    median = {key: statistics.median(values) for key, values in figures.items()}
    added = best["first"] - best["later"]
    verdict = "met" if added <= TARGET_FIRST_WRAP_MS else "MISSED"
    print(f"first wrap after start adds: {added:.1f} ms (median {median['first'] - median['later']:.1f} ms)"
          f"   target <= {TARGET_FIRST_WRAP_MS:.0f} ms: {verdict}")  # fmt: skip
    print(f"  reading the word list alone: {best['load']:.1f} ms (median {median['load']:.1f} ms)")
    print(f"  importing thai_wrap: {best['import']:.1f} ms; a later wrap: {best['later']:.2f} ms")
    sizes = {
        path.name: path.stat().st_size
        for path in (thai_words.WORD_LIST, thai_words.WORD_COUNTS, thai_words.EXTRA_WORD_LIST)
    }
    print(
        "  data files: "
        + ", ".join(f"{name} {size / 1024:.0f} KiB" for name, size in sizes.items())
    )

    paragraphs = plan_paragraphs()
    took, lines = all_texts_ms(paragraphs)
    print(f"all {len(paragraphs)} plan texts at widths 20-120 ({lines} lines), cold: {took:.0f} ms")

    words = mid_word(paragraphs)
    if words is None:
        print("mid-word breaks: pyicu-wheels is not installed (pip install '.[test]')")
        return
    thai_words.reset()
    thai_words.defer(True)
    syllables = mid_word(paragraphs)
    thai_words.reset()
    assert syllables is not None
    left = words[0] - words[1]
    print(f"places ICU calls mid-word, widths 20-120: words {words[0]} ({words[1]} hand-checked"
          f" correct), syllable fallback {syllables[0]}   target 0 unchecked: "
          f"{'met' if left == 0 else f'MISSED ({left})'}")  # fmt: skip


if __name__ == "__main__":
    main()
