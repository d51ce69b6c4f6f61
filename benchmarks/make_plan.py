"""Synthetic Thai ITA plans of any size, shaped like the real one, for benchmarks.

    python benchmarks/make_plan.py --outcomes 10000 -o plan-10k.toml

The real plan has about 5 outcomes per activity, a few activities per issue, 3-6 steps
per activity and 2-4 job titles each; titles and outcomes are long Thai sentences. The
generated plan keeps those proportions (10 activities per issue) and is deterministic
for a given size and seed. ``make_plan_text(n)`` returns the TOML text for use in code.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

WORDS = (
    "การปฏิบัติงาน",
    "ความโปร่งใส",
    "ของหน่วยงาน",
    "การให้บริการ",
    "ประชาชน",
    "ตามขั้นตอน",
    "และระยะเวลาที่กำหนด",
    "การป้องกันการทุจริต",
    "ผ่านช่องทางออนไลน์",
    "การเผยแพร่ข้อมูล",
    "คู่มือการปฏิบัติงาน",
    "การใช้จ่ายงบประมาณ",
    "การจัดซื้อจัดจ้าง",
    "ผลประโยชน์ทับซ้อน",
    "การบริหารงานบุคคล",
    "ประจำปีงบประมาณ",
    "เจ้าหน้าที่",
    "อย่างเคร่งครัด",
    "มีประสิทธิภาพ",
    "การรับฟังความคิดเห็น",
    "ระบบ E-Service",
    "ผู้บริหารท้องถิ่น",
    "การตรวจสอบ",
    "การรายงานผล",
    "ทุกไตรมาส",
    "อย่างต่อเนื่อง",
)
JOBS = (
    "เจ้าพนักงานธุรการ",
    "นิติกร",
    "หัวหน้าสำนักปลัด",
    "ปลัด",
    "นักวิเคราะห์นโยบายและแผน",
    "ผู้อำนวยการกองคลัง",
    "ผู้อำนวยการกองช่าง",
    "นักทรัพยากรบุคคล",
    "เจ้าพนักงานพัสดุ",
    "นักวิชาการเงินและบัญชี",
)
OUTCOMES_PER_ACTIVITY = 5
ACTIVITIES_PER_ISSUE = 10


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    text = ""
    for word in words:  # Thai runs words together, with a space now and then
        text += (" " if text and rng.random() < 0.3 else "") + word
    return text


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string


def make_plan_text(outcomes: int, *, seed: int = 2568, fiscal_year: int = 2568) -> str:
    """A valid plan with exactly ``outcomes`` outcomes (at least 1), as TOML text."""
    outcomes = max(1, outcomes)
    rng = random.Random(seed * 1_000_003 + outcomes)
    out = [
        "format = 1",
        f'id = "synthetic-{outcomes}"',
        f"title = {_quote('แผนทดสอบ ' + _sentence(rng, 4, 6))}",
        'organisation = "เทศบาลตำบลตัวอย่าง"',
        'district = "อำเภอตัวอย่าง"',
        'province = "จังหวัดตัวอย่าง"',
        f"fiscal_year = {fiscal_year}",
        "",
    ]
    left = outcomes
    issue = 0
    while left > 0:
        issue += 1
        out += ["[[issues]]", f'id = "{issue}"', f"title = {_quote(_sentence(rng, 3, 6))}", ""]
        for activity in range(1, ACTIVITIES_PER_ISSUE + 1):
            if left <= 0:
                break
            first = rng.randint(1, 4)
            last = rng.randint(first, 4)
            jobs = rng.sample(JOBS, rng.randint(2, 4))
            steps = [_sentence(rng, 3, 8) for _ in range(rng.randint(3, 6))]
            out += [
                "[[issues.activities]]",
                f'id = "{issue}.{activity}"',
                f"title = {_quote(_sentence(rng, 4, 9))}",
                f"quarters = {list(range(first, last + 1))}",
                f"responsible = [{', '.join(_quote(j) for j in jobs)}]",
                f"steps = [{', '.join(_quote(s) for s in steps)}]",
                "",
            ]
            count = min(left, rng.randint(OUTCOMES_PER_ACTIVITY - 2, OUTCOMES_PER_ACTIVITY + 2))
            for number in range(1, count + 1):
                out += [
                    "[[issues.activities.outcomes]]",
                    f'id = "{issue}.{activity}.{number}"',
                    f"text = {_quote('มี' + _sentence(rng, 3, 7))}",
                    "",
                ]
            left -= count
    return "\n".join(out)


def write_plan(path: Path, outcomes: int, *, seed: int = 2568) -> Path:
    path.write_text(make_plan_text(outcomes, seed=seed), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outcomes", type=int, required=True, help="number of outcomes")
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    parser.add_argument("--seed", type=int, default=2568)
    args = parser.parse_args(argv)
    text = make_plan_text(args.outcomes, seed=args.seed)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.outcomes} outcomes to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
