"""``ita-tui import --dry-run``: the plan an import would write, as a tree to read before
trusting it: per issue its counts, per activity its title, period, quarters, job titles and
numbers of steps and outcomes."""

from __future__ import annotations

from typing import Any

from ita_tui.importer.result import ImportResult
from ita_tui.textutil import printable


def _clean(text: str) -> str:
    return printable(str(text), keep_newlines=False)


def preview(result: ImportResult) -> str:
    plan = result.plan
    counts = result.counts()
    lines = [
        f"{_clean(plan['title'])}",
        "organisation  "
        + _clean(
            " ".join(plan[k] for k in ("organisation", "district", "province") if plan.get(k))
        ),
        f"fiscal year   {plan['fiscal_year']}    plan id  {_clean(plan['id'])}",
    ]
    ita: dict[str, Any] | None = plan.get("ita")
    if ita is not None:
        level = f" {_clean(ita['level'])}" if "level" in ita else ""
        lines.append(f"ITA result    {ita['year']}: {ita['score']}{level}")
    lines.append(
        f"read as {result.kind}: {counts['issues']} issues, {counts['activities']} activities, "
        f"{counts['steps']} steps, {counts['outcomes']} outcomes"
    )
    for issue in plan["issues"]:
        activities = issue["activities"]
        steps = sum(len(a["steps"]) for a in activities)
        outcomes = sum(len(a["outcomes"]) for a in activities)
        lines.append("")
        lines.append(
            f"{issue['id']}  {_clean(issue['title'])}  "
            f"[{len(activities)} activities, {steps} steps, {outcomes} outcomes]"
        )
        for activity in activities:
            quarters = ",".join(str(q) for q in activity["quarters"])
            period = _clean(activity.get("period", "")) or "-"
            lines.append(f"  {activity['id']}  {_clean(activity['title'])}")
            lines.append(f"       period {period} -> quarters {quarters}")
            lines.append(f"       job titles: {_clean(', '.join(activity['responsible'])) or '-'}")
            oits = sorted({o["oit"] for o in activity["outcomes"] if "oit" in o})
            oit = f", OIT {', '.join(oits)}" if oits else ""
            lines.append(
                f"       {len(activity['steps'])} steps, {len(activity['outcomes'])} outcomes{oit}"
            )
    if result.unplaced:
        lines.append("")
        lines.append(f"text it could not place ({len(result.unplaced)} line(s)), kept as comments")
    return "\n".join(lines)
