"""``ita-tui import --dry-run``: the plan an import would write, as a tree to read before
trusting it: per issue its counts, per activity its title, period, quarters, job titles and
numbers of steps and outcomes."""

from __future__ import annotations

from typing import Any

from ita_tui.importer.result import ImportResult
from ita_tui.textutil import printable
from ita_tui.thai.digits import to_thai_digits


def _clean(text: str) -> str:
    return printable(str(text), keep_newlines=False)


#: The preview's words: key -> (English, Thai).
WORDS: dict[str, tuple[str, str]] = {
    "organisation": ("organisation  {v}", "หน่วยงาน       {v}"),
    "year": ("fiscal year   {year}    plan id  {id}", "ปีงบประมาณ     {year}    รหัสแผน  {id}"),
    "ita": ("ITA result    {year}: {score}{level}", "ผลการประเมิน ITA {year}: {score}{level}"),
    "read": ("read as {kind}: {counts}", "อ่านเป็น{kind}: {counts}"),
    "counts": (
        "{issues} issues, {activities} activities, {steps} steps, {outcomes} outcomes",
        "{issues} ประเด็น, {activities} มาตรการ/กิจกรรม, {steps} ขั้นตอน, {outcomes} ผลลัพธ์",
    ),
    "issue_counts": (
        "{activities} activities, {steps} steps, {outcomes} outcomes",
        "{activities} มาตรการ/กิจกรรม, {steps} ขั้นตอน, {outcomes} ผลลัพธ์",
    ),
    "period": ("period {period} -> quarters {quarters}", "ระยะเวลา {period} -> ไตรมาส {quarters}"),
    "job_titles": ("job titles: {titles}", "ผู้รับผิดชอบ: {titles}"),
    "activity_counts": ("{steps} steps, {outcomes} outcomes", "{steps} ขั้นตอน, {outcomes} ผลลัพธ์"),
    "unplaced": (
        "text it could not place ({n} line(s)), kept as comments",
        "ข้อความที่จัดเข้าที่ไม่ได้ {n} บรรทัด เก็บไว้เป็นหมายเหตุในไฟล์",
    ),
}


#: The formats a report is read as, in Thai.
_KINDS = {
    "docx": "เอกสาร Word (.docx)",
    "xlsx": "ตาราง Excel (.xlsx)",
    "html": "หน้าเว็บ (HTML)",
    "pdf": "PDF",
    "text": "ข้อความ",
}


def preview(result: ImportResult, lang: str = "en") -> str:
    """The tree in ``lang`` ("en" or "th"); the document's own words stay as they are."""

    def w(key: str, **values: object) -> str:
        return WORDS[key][1 if lang == "th" else 0].format(**values)

    def d(value: object) -> str:
        """A number or an item's number the importer worked out: Thai digits in Thai."""
        return to_thai_digits(str(value)) if lang == "th" else str(value)

    plan = result.plan
    counts = result.counts()
    lines = [
        f"{_clean(plan['title'])}",
        w(
            "organisation",
            v=_clean(
                " ".join(plan[k] for k in ("organisation", "district", "province") if plan.get(k))
            ),
        ),
        w("year", year=d(plan["fiscal_year"]), id=_clean(plan["id"])),
    ]
    ita: dict[str, Any] | None = plan.get("ita")
    if ita is not None:
        level = f" {_clean(ita['level'])}" if "level" in ita else ""
        lines.append(w("ita", year=d(ita["year"]), score=d(ita["score"]), level=level))
    shown_counts = w("counts", **{key: d(value) for key, value in counts.items()})
    kind = _KINDS.get(result.kind, result.kind) if lang == "th" else result.kind
    lines.append(w("read", kind=kind, counts=shown_counts))
    for issue in plan["issues"]:
        activities = issue["activities"]
        steps = sum(len(a["steps"]) for a in activities)
        outcomes = sum(len(a["outcomes"]) for a in activities)
        lines.append("")
        shown = w(
            "issue_counts", activities=d(len(activities)), steps=d(steps), outcomes=d(outcomes)
        )
        lines.append(f"{d(issue['id'])}  {_clean(issue['title'])}  [{shown}]")
        for activity in activities:
            quarters = ",".join(d(q) for q in activity["quarters"])
            period = _clean(activity.get("period", "")) or "-"
            lines.append(f"  {d(activity['id'])}  {_clean(activity['title'])}")
            lines.append("       " + w("period", period=period, quarters=quarters))
            titles = _clean(", ".join(activity["responsible"])) or "-"
            lines.append("       " + w("job_titles", titles=titles))
            oits = sorted(
                {o["oit"] for o in activity["outcomes"] if "oit" in o}
                | ({activity["oit"]} if "oit" in activity else set())
            )
            oit = f", OIT {', '.join(oits)}" if oits else ""
            shown = w(
                "activity_counts",
                steps=d(len(activity["steps"])),
                outcomes=d(len(activity["outcomes"])),
            )
            lines.append(f"       {shown}{oit}")
    if result.unplaced:
        lines.append("")
        lines.append(w("unplaced", n=d(len(result.unplaced))))
    return "\n".join(lines)
