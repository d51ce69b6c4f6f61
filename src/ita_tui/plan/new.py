"""New plans: a commented skeleton to fill in, and next fiscal year's plan from this year's."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ita_tui.plan.blocks import split
from ita_tui.plan.edit import fresh_key
from ita_tui.plan.ids import fresh_plan_key
from ita_tui.plan.load import parse_plan
from ita_tui.plan.ops import SetFields, _set_plan
from ita_tui.plan.problems import Problem
from ita_tui.plan.quoting import quoted
from ita_tui.thai.digits import DIGIT, THAI_DIGITS, to_arabic_digits, to_thai_digits

_ID_LINE = re.compile(r"(?m)^id[ \t]*=.*\n")
_YEAR = re.compile(rf"(?<![{DIGIT}])([{DIGIT}]{{4}})(?![{DIGIT}])")


def default_title(fiscal_year: int) -> str:
    """The title a new plan is written with when none is given. Like the skeleton's comments
    and its first issue's title below, this is the plan's own content (a Thai document,
    whatever language the program speaks), not a word of the program's catalog."""
    return "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. " + to_thai_digits(
        str(fiscal_year)
    )


def default_plan_id(fiscal_year: int, taken: set[str] | None = None) -> str:
    """``ita-2570``, or ``ita-2570-2`` … when progress is already kept under that id."""
    base = f"ita-{fiscal_year}"
    candidate, n = base, 1
    while taken and candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def new_plan_text(
    organisation: str,
    fiscal_year: int,
    *,
    district: str = "",
    province: str = "",
    title: str = "",
    plan_id: str = "",
    plan_key: str = "",
) -> str:
    """A valid, commented plan with one issue (no activity yet), ready to fill in; its key
    is ``plan_key``, else a fresh one."""
    plan_id = plan_id or default_plan_id(fiscal_year)
    plan_key = plan_key or fresh_plan_key()
    title = title.strip() or default_title(fiscal_year)
    fy = fiscal_year
    lines = [
        f"# The ITA measures plan of {organisation}, fiscal year {fy} B.E.",
        "# Made by `ita-tui new`. Fill it in with the app (`ita-tui PLAN`: r edits, o adds,",
        "# O adds a child) or with `ita-tui edit PLAN …`, or by hand: the schema is below.",
        "#",
        "# SCHEMA (format 1)",
        "#   id            plan id: names the progress file, so a new one every year",
        "#   plan_key      written once: the progress file knows its plan by it (keep it)",
        "#   fiscal_year   B.E. fiscal year the quarters belong to (1 Oct - 30 Sep,",
        f"#                 named by the year it ends in: FY {fy} ends 30 Sep {fy - 543} C.E.)",
        "#   [ita]         the ITA result the measures answer: year, score (0-100), level",
        "#   [[issues]]                      ประเด็น: id, title",
        "#   [[issues.activities]]           มาตรการ/กิจกรรม: id, title, period (as written),",
        "#                                   quarters = [1, 2] (Q1 = ต.ค.-ธ.ค. … Q4 = ก.ค.-ก.ย.),",
        "#                                   responsible = [job titles], steps = [texts], oit",
        "#   [[issues.activities.outcomes]]  ผลลัพธ์: id, text, oit (optional OIT code)",
        "#",
        "# An item's id is its permanent key: progress is recorded against it, so it never",
        "# changes. The number shown (๑.๒.๓) comes from the item's place in the file.",
        "",
        "format = 1",
        f"id = {quoted(plan_id)}",
        f"plan_key = {quoted(plan_key)}",
        f"title = {quoted(title)}",
        f"organisation = {quoted(organisation.strip())}",
    ]
    if district.strip():
        lines.append(f"district = {quoted(district.strip())}")
    if province.strip():
        lines.append(f"province = {quoted(province.strip())}")
    lines += [
        f"fiscal_year = {fy}",
        "",
        f"# The ITA result of {fy - 1} that these measures answer: fill in the score and level.",
        "[ita]",
        f"year = {fy - 1}",
        f"level = {quoted('')}",
        "",
        "[[issues]]",
        f"id = {quoted(fresh_key(set()))}",
        f"title = {quoted('ประเด็นที่ ๑')}",
        "",
    ]
    text = "\n".join(lines)
    parse_plan(text.encode("utf-8"))  # always valid: a mistake here must not reach a file
    return text


@dataclass(frozen=True)
class NextYear:
    text: str
    plan_id: str
    fiscal_year: int
    notes: tuple[str, ...]


def _bump_years(text: str, by: int = 1) -> str:
    """Every B.E. year (2400-3000, Thai or Arabic digits) ``by`` years on, in the same digits."""

    def bump(found: re.Match[str]) -> str:
        digits = found.group(1)
        value = int(to_arabic_digits(digits))
        if not 2400 <= value <= 3000:
            return digits
        new = str(value + by)
        return to_thai_digits(new) if digits[0] in THAI_DIGITS else new

    return _YEAR.sub(bump, text)


def next_plan_id(old_id: str, old_year: int, new_year: int | None = None) -> str:
    """Next year's id: the year in the old id moved on (``ita-2568-…`` -> ``ita-2569-…``),
    else the new year added."""
    new_year = old_year + 1 if new_year is None else new_year
    if str(old_year) in old_id:
        return old_id.replace(str(old_year), str(new_year))
    return f"{old_id}-{new_year}"


def next_year_text(
    text: str, *, plan_id: str = "", plan_key: str = "", fiscal_year: int | None = None
) -> NextYear:
    """The plan for a following fiscal year (``fiscal_year``, by default the plan's + 1): a
    new id and a new key (a new year is a new plan), the ITA result to fill in (the year
    before it, no score), every item with its key and every comment kept; the years in the
    title and introduction moved on as much."""
    doc = split(text)
    data = doc.prefix_data
    old_year = int(data["fiscal_year"])
    old_id = str(data["id"])
    new_year = old_year + 1 if fiscal_year is None else fiscal_year
    if new_year <= old_year:
        raise ValueError(f"fiscal year {new_year} is not after {old_year}")
    step = new_year - old_year
    plan_id = plan_id or next_plan_id(old_id, old_year, new_year)
    fields: dict[str, object] = {
        "fiscal_year": new_year,
        "ita.year": new_year - 1,
        "ita.score": None,
        "ita.level": "",
    }
    notes = [
        Problem("", "ny_year", old=old_year, new=new_year),
        Problem("", "ny_id", old=old_id, new=plan_id),
    ]
    for name in ("title", "intro"):
        value = data.get(name)
        if isinstance(value, str) and _bump_years(value, step) != value:
            fields[name] = _bump_years(value, step)
            notes.append(Problem("", "ny_bumped", field=name))
    notes.append(Problem("", "ny_ita", year=new_year - 1))
    new_doc = _set_plan(doc, SetFields(None, fields))  # type: ignore[arg-type]
    # the id is the plan's own, not a field the editor changes: set it here
    import tomlkit

    top = tomlkit.parse(new_doc.prefix)
    top["id"] = plan_id
    key = plan_key or fresh_plan_key()
    id_line = _ID_LINE.search(top.as_string())
    if "plan_key" in top or id_line is None:
        top["plan_key"] = key
        prefix = top.as_string()
    else:  # a new key goes right after the id line, where new and import put it
        text = top.as_string()
        prefix = f"{text[: id_line.end()]}plan_key = {quoted(key)}\n{text[id_line.end() :]}"
    new_text = replace(new_doc, prefix=prefix).text
    parse_plan(new_text.encode("utf-8"))
    return NextYear(new_text, plan_id, new_year, tuple(notes))
