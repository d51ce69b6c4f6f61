"""``ita-tui import --dry-run``: the plan an import would write, as a tree to read before
trusting it: per issue its counts, per activity its title, period, quarters, job titles and
numbers of steps and outcomes."""

from __future__ import annotations

from typing import Any

from ita_tui.catalog import say
from ita_tui.importer.result import ImportResult
from ita_tui.textutil import printable
from ita_tui.thai.digits import to_thai_digits


def _clean(text: str) -> str:
    return printable(str(text), keep_newlines=False)


def preview(result: ImportResult, lang: str = "en") -> str:
    """The tree in ``lang`` ("en" or "th"); the document's own words stay as they are."""

    def d(value: object) -> str:
        """A number or an item's number the importer worked out: Thai digits in Thai."""
        return to_thai_digits(str(value)) if lang == "th" else str(value)

    plan = result.plan
    counts = result.counts()
    lines = [
        f"{_clean(plan['title'])}",
        say(
            "preview.organisation",
            lang,
            v=_clean(
                " ".join(plan[k] for k in ("organisation", "district", "province") if plan.get(k))
            ),
        ),
        say("preview.year", lang, year=d(plan["fiscal_year"]), id=_clean(plan["id"])),
    ]
    ita: dict[str, Any] | None = plan.get("ita")
    if ita is not None:
        level = f" {_clean(ita['level'])}" if "level" in ita else ""
        lines.append(
            say("preview.ita", lang, year=d(ita["year"]), score=d(ita["score"]), level=level)
        )
    shown_counts = say("preview.counts", lang, **{key: d(value) for key, value in counts.items()})
    kind = say(f"preview.kind.{result.kind}", lang)
    lines.append(say("preview.read", lang, kind=kind, counts=shown_counts))
    for issue in plan["issues"]:
        activities = issue["activities"]
        steps = sum(len(a["steps"]) for a in activities)
        outcomes = sum(len(a["outcomes"]) for a in activities)
        lines.append("")
        shown = say(
            "preview.issue_counts",
            lang,
            activities=d(len(activities)),
            steps=d(steps),
            outcomes=d(outcomes),
        )
        lines.append(f"{d(issue['id'])}  {_clean(issue['title'])}  [{shown}]")
        for activity in activities:
            quarters = ",".join(d(q) for q in activity["quarters"])
            period = _clean(activity.get("period", "")) or "-"
            lines.append(f"  {d(activity['id'])}  {_clean(activity['title'])}")
            lines.append("       " + say("preview.period", lang, period=period, quarters=quarters))
            titles = _clean(", ".join(activity["responsible"])) or "-"
            lines.append("       " + say("preview.job_titles", lang, titles=titles))
            oits = sorted(
                {o["oit"] for o in activity["outcomes"] if "oit" in o}
                | ({activity["oit"]} if "oit" in activity else set())
            )
            oit = f", OIT {', '.join(oits)}" if oits else ""
            shown = say(
                "preview.activity_counts",
                lang,
                steps=d(len(activity["steps"])),
                outcomes=d(len(activity["outcomes"])),
            )
            lines.append(f"       {shown}{oit}")
    if result.unplaced:
        lines.append("")
        lines.append(say("preview.unplaced", lang, n=d(len(result.unplaced))))
    return "\n".join(lines)
