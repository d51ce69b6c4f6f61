"""The report's words in Thai and English, and its numbers in Thai or Arabic digits.

Only what the report itself writes is translated or re-digited: labels, counts, dates and
ids. Text from the plan or the progress file is data and is never changed here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from ita_tui.model import Status
from ita_tui.progress_words import percent_text, progress_text, state_name
from ita_tui.state import ActivityState, Tally
from ita_tui.thai.calendar import (
    ENGLISH_MONTH_ABBRS,
    THAI_MONTH_ABBRS,
    FiscalYear,
    Quarter,
    ce_to_be,
    format_date,
    format_quarter_range,
    quarter_label,
    quarters_label,
)
from ita_tui.thai.digits import TO_THAI_DIGITS

LANGS = ("th", "en")
DIGITS = ("thai", "arabic")

_TH: dict[str, str] = {
    "round": "รอบ {months} เดือน",
    "period_line": "{quarter} ({round}) ปีงบประมาณ พ.ศ. {be}",
    "report_title": "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "measures_from": "มาตรการตามแผน",
    "measures_from_value": "«{title}»",
    "answers_ita": " ซึ่งจัดทำขึ้นตามผลการประเมิน ITA {ita}",
    "fiscal_year": "ปีงบประมาณ",
    "fiscal_year_value": "พ.ศ. {be} ({span})",
    "period": "รอบรายงาน",
    "as_of": "ข้อมูล ณ วันที่",
    "generated": "วันที่จัดทำรายงาน",
    "ita": "ผลการประเมิน ITA",
    "ita_value": "ปี พ.ศ. {year} (ได้ {score} คะแนน ระดับ {level})",
    "ita_value_no_level": "ปี พ.ศ. {year} (ได้ {score} คะแนน)",
    "provisional": "ไตรมาสนี้ยังไม่สิ้นสุด: ตัวเลขในรายงานนี้เป็นข้อมูล ณ วันที่จัดทำรายงาน",
    "s_overall": "ภาพรวม",
    "s_charts": "แผนภูมิความก้าวหน้า",
    "c_issues": "ผลลัพธ์รายประเด็น ณ วันที่ {day}",
    "c_issues_desc": "แผนภูมิแท่งแนวนอนแบบซ้อน ประเด็นละหนึ่งแท่ง แบ่งผลลัพธ์เป็น ดำเนินการแล้ว "
    "ถึงกำหนดขณะนี้ เกินกำหนด ยังไม่ถึงกำหนด และไม่เกี่ยวข้อง ทั้งแผน: {summary}",
    "c_burnup": "ผลลัพธ์ที่ดำเนินการแล้วสะสมรายเดือน เทียบกับแผน ปีงบประมาณ พ.ศ. {be}",
    "c_burnup_desc": "แผนภูมิเส้น เส้นทึบคือผลลัพธ์ที่ดำเนินการแล้วสะสม ณ สิ้นเดือน "
    "เส้นประคือจำนวนที่แผนกำหนดให้แล้วเสร็จภายในเดือนนั้น ณ วันที่ {day} ดำเนินการแล้ว {done} "
    "ตามแผนควรแล้วเสร็จ {planned} จากทั้งหมด {total}",
    "c_jobs": "ผลลัพธ์ที่ยังค้าง แยกตามผู้รับผิดชอบ (เกินกำหนดก่อน)",
    "c_jobs_desc": "แผนภูมิแท่งแนวนอน ผู้รับผิดชอบละหนึ่งแท่ง แบ่งเป็นเกินกำหนดและถึงกำหนดขณะนี้ "
    "เรียงจากเกินกำหนดมากที่สุด: {summary}",
    "c_jobs_none": "ไม่มีผลลัพธ์ที่ค้างดำเนินการ ณ วันที่ {day}",
    "c_legend": "สัญลักษณ์",
    "SL_done": "ดำเนินการแล้ว",
    "SL_due": "ถึงกำหนดขณะนี้",
    "SL_overdue": "เกินกำหนด",
    "SL_not_yet": "ยังไม่ถึงกำหนด",
    "SL_not_applicable": "ไม่เกี่ยวข้อง",
    "SL_planned": "ตามแผน",
    "SL_gap": "ยังขาดจากแผน",
    "col_issue": "ประเด็น",
    "col_month": "สิ้นเดือน",
    "col_total": "รวม",
    "col_bar": "แผนภูมิ",
    "col_job": "ผู้รับผิดชอบ",
    "as_of_mark": "ณ {day}",
    "s_issues": "ผลการดำเนินการรายประเด็น",
    "s_outstanding": "ผลลัพธ์ที่ยังค้างดำเนินการ แยกตามผู้รับผิดชอบ",
    "s_done": "ผลลัพธ์ที่ดำเนินการแล้วในไตรมาสนี้",
    "s_na": "ผลลัพธ์ที่ไม่เกี่ยวข้อง (ไม่นำมานับรวม)",
    "s_changes": "การเปลี่ยนแปลงในไตรมาสนี้",
    "s_notes": "บันทึกเพิ่มเติม",
    "outcomes_done": "ผลลัพธ์ที่ดำเนินการแล้ว",
    "of": "{done} จาก {total}",
    "na_count": "ไม่นำมานับรวม (ไม่เกี่ยวข้อง)",
    "na_value": "{count} ผลลัพธ์",
    "activities": "มาตรการ/กิจกรรม",
    "activities_value": "{count} รายการ",
    "issue": "ประเด็นที่ {id}",
    "col_no": "ที่",
    "col_activity": "มาตรการ/กิจกรรม",
    "col_period": "ระยะเวลา",
    "col_responsible": "ผู้รับผิดชอบ",
    "col_done": "ผลลัพธ์",
    "col_progress": "ความก้าวหน้า",
    "col_state": "สถานะ",
    "col_id": "รหัส",
    "col_outcome": "ผลลัพธ์",
    "col_due": "กำหนดแล้วเสร็จ",
    "col_done_on": "วันที่ดำเนินการ",
    "col_evidence": "หลักฐาน",
    "col_when": "วันเวลา",
    "col_by": "ผู้บันทึก",
    "col_change": "การเปลี่ยนแปลง",
    "col_note": "บันทึก",
    "group": "{title}: {count} ผลลัพธ์",
    "group_overdue": "{title}: {count} ผลลัพธ์ (เกินกำหนด {overdue})",
    "no_one": "ไม่ระบุผู้รับผิดชอบ",
    "outstanding_intro": "ผลลัพธ์ที่ยังไม่แล้วเสร็จ ณ วันที่ {day} ของมาตรการ/กิจกรรมที่ถึงกำหนดดำเนินการแล้ว "
    "เรียงรายการที่เกินกำหนดไว้ก่อน",
    "none": "ไม่มี",
    "no_evidence": "ไม่มี",
    "status_change": "สถานะ: {old} → {new}",
    "done_on_change": "วันที่ดำเนินการ: {old} → {new}",
    "evidence_added": "เพิ่มหลักฐาน {count} รายการ",
    "evidence_removed": "ลบหลักฐาน {count} รายการ",
    "note_set": "แก้ไขบันทึก",
    "note_cleared": "ลบบันทึก",
    "no_change": "บันทึกซ้ำ (ไม่มีการเปลี่ยนแปลง)",
    "not_in_plan": "(ไม่มีในแผนนี้แล้ว)",
    "changes_intro": "ผลลัพธ์ที่สถานะหรือวันที่ดำเนินการต่างไปจากเมื่อต้นไตรมาส เทียบกับเมื่อสิ้นไตรมาส "
    "(การแก้ไขที่ย้อนกลับภายในไตรมาสไม่นับ) พร้อมผู้บันทึกตามบันทึกการแก้ไข เวลาตาม{zone} ({offset})",
    "zone_local": "เวลาของเครื่องที่จัดทำรายงาน",
    "zone_missing": "ไม่พบเขตเวลา «{zone}» ที่แผนกำหนดในเครื่องนี้: เวลาในรายงานนี้เป็นเวลาของเครื่องแทน",
    "by_unknown": "ไม่ระบุชื่อ",
    "blank_date": "ไม่ระบุ",
    "time": "{h:02d}:{m:02d} น.",
    "footer": "จัดทำด้วยโปรแกรม ita-tui",
    "sign_reporter": "ผู้รายงาน",
    "sign_approver": "ผู้บริหารรับทราบ/อนุมัติ",
    "sign_signed": "ลงชื่อ",
    "sign_position": "ตำแหน่ง",
    "sign_date": "วันที่",
    "OS_pending": "ยังไม่ดำเนินการ",
    "OS_in_progress": "อยู่ระหว่างดำเนินการ",
    "OS_done": "ดำเนินการแล้ว",
    "OS_not_applicable": "ไม่เกี่ยวข้อง",
    # the Word file (render_docx)
    "docx_col_no": "ลำดับ",
    "docx_col_steps": "ผลการดำเนินการ",
    "docx_col_outcomes": "ผลลัพธ์",
    "docx_done_on": "แล้วเสร็จ {day}",
    # the outstanding outcomes by job title: numbers, not the outcomes again
    "s_outstanding_by_job": "แยกตามผู้รับผิดชอบ",
    "col_open_count": "ค้าง",
    "col_open_ids": "ผลลัพธ์ที่ค้าง (รหัส)",
    "open_count_overdue": "{count} (เกินกำหนด {overdue})",
    # the CSV's column headers (render_csv): English ones are the machine names
    "csv_issue_no": "ประเด็นที่",
    "csv_issue_id": "รหัสประเด็น",
    "csv_issue_title": "ประเด็น",
    "csv_activity_no": "ลำดับมาตรการ/กิจกรรม",
    "csv_activity_id": "รหัสมาตรการ/กิจกรรม",
    "csv_activity_title": "มาตรการ/กิจกรรม",
    "csv_outcome_no": "ลำดับผลลัพธ์",
    "csv_outcome_id": "รหัสผลลัพธ์",
    "csv_outcome_text": "ผลลัพธ์",
    "csv_oit": "ข้อ OIT",
    "csv_period": "ระยะเวลา",
    "csv_quarters": "ไตรมาส",
    "csv_responsible": "ผู้รับผิดชอบ",
    "csv_activity_state": "สถานะมาตรการ/กิจกรรม",
    "csv_status": "สถานะ",
    "csv_done_on": "วันที่แล้วเสร็จ",
    "csv_done_on_be": "วันที่แล้วเสร็จ (พ.ศ.)",
    "csv_evidence": "หลักฐาน",
    "csv_note": "บันทึก",
}

_EN: dict[str, str] = {
    "round": "{months}-month report",
    "period_line": "{quarter} ({round}), fiscal year {be} B.E.",
    "report_title": "Report on carrying out the integrity and transparency (ITA) measures",
    "measures_from": "Measures of the plan",
    "measures_from_value": "“{title}”",
    "answers_ita": ", drawn up in answer to the ITA {ita}",
    "fiscal_year": "Fiscal year",
    "fiscal_year_value": "{be} B.E. ({span})",
    "period": "Reporting period",
    "as_of": "As of",
    "generated": "Generated",
    "ita": "ITA result",
    "ita_value": "assessment of {year} B.E. ({score} points, {level})",
    "ita_value_no_level": "assessment of {year} B.E. ({score} points)",
    "provisional": "This quarter has not ended: the figures are as of the day this report was made.",
    "s_overall": "Overall",
    "s_charts": "Charts",
    "c_issues": "Outcomes by issue on {day}",
    "c_issues_desc": "Horizontal stacked bars, one per issue, splitting its outcomes into done, "
    "due now, overdue, not yet due and not applicable. Whole plan: {summary}",
    "c_burnup": "Outcomes done by the end of each month against the plan, fiscal year {be} B.E.",
    "c_burnup_desc": "Line chart: the solid line is the outcomes done by the end of each month, "
    "the dashed line what the plan calls for by then. On {day}: {done} done, {planned} "
    "called for, of {total}.",
    "c_jobs": "Open outcomes by job title (overdue first)",
    "c_jobs_desc": "Horizontal bars, one per job title, split into overdue and due now, "
    "most overdue first: {summary}",
    "c_jobs_none": "No outcome is open on {day}.",
    "c_legend": "Key",
    "SL_done": "done",
    "SL_due": "due now",
    "SL_overdue": "overdue",
    "SL_not_yet": "not yet due",
    "SL_not_applicable": "not applicable",
    "SL_planned": "planned",
    "SL_gap": "short of the plan",
    "col_issue": "Issue",
    "col_month": "Month end",
    "col_total": "Total",
    "col_bar": "Chart",
    "col_job": "Job title",
    "as_of_mark": "on {day}",
    "s_issues": "By issue",
    "s_outstanding": "Outstanding outcomes by job title",
    "s_done": "Done this quarter",
    "s_na": "Not applicable (left out of the totals)",
    "s_changes": "Changes this quarter",
    "s_notes": "Notes",
    "outcomes_done": "Outcomes done",
    "of": "{done} of {total}",
    "na_count": "Left out (not applicable)",
    "na_value": "{count} outcome(s)",
    "activities": "Activities",
    "activities_value": "{count}",
    "issue": "Issue {id}",
    "col_no": "No.",
    "col_activity": "Activity",
    "col_period": "Period",
    "col_responsible": "Responsible",
    "col_done": "Done",
    "col_progress": "Progress",
    "col_state": "State",
    "col_id": "ID",
    "col_outcome": "Outcome",
    "col_due": "Due",
    "col_done_on": "Done on",
    "col_evidence": "Evidence",
    "col_when": "When",
    "col_by": "By",
    "col_change": "Change",
    "col_note": "Note",
    "group": "{title}: {count} outcome(s)",
    "group_overdue": "{title}: {count} outcome(s), {overdue} overdue",
    "no_one": "No one named",
    "outstanding_intro": "Outcomes still open on {day} in activities whose period has begun, "
    "overdue ones first.",
    "none": "None.",
    "no_evidence": "none",
    "status_change": "status: {old} → {new}",
    "done_on_change": "done on: {old} → {new}",
    "evidence_added": "{count} evidence link(s) added",
    "evidence_removed": "{count} evidence link(s) removed",
    "note_set": "note edited",
    "note_cleared": "note removed",
    "no_change": "recorded again (no change)",
    "not_in_plan": "(no longer in this plan)",
    "changes_intro": "Outcomes whose status or done date differs between the start and the end "
    "of the quarter (a change undone within the quarter is left out), signed with the names in "
    "the change log. Times are {zone} ({offset}).",
    "zone_local": "the local time of the computer that made the report",
    "zone_missing": "The plan's time zone “{zone}” is not known on this computer: the times "
    "in this report are its local time instead.",
    "by_unknown": "name not recorded",
    "blank_date": "none",
    "time": "{h:02d}:{m:02d}",
    "footer": "Made with ita-tui",
    "sign_reporter": "Reported by",
    "sign_approver": "Acknowledged/approved by (executive)",
    "sign_signed": "Signed",
    "sign_position": "Position",
    "sign_date": "Date",
    "OS_pending": "pending",
    "OS_in_progress": "in progress",
    "OS_done": "done",
    "OS_not_applicable": "not applicable",
    # the Word file (render_docx)
    "docx_col_no": "No.",
    "docx_col_steps": "Work done",
    "docx_col_outcomes": "Outcomes",
    "docx_done_on": "done {day}",
    # the outstanding outcomes by job title: numbers, not the outcomes again
    "s_outstanding_by_job": "By job title",
    "col_open_count": "Open",
    "col_open_ids": "Open outcomes (ID)",
    "open_count_overdue": "{count} ({overdue} overdue)",
    # the CSV's column headers (render_csv): English ones are the machine names
    "csv_issue_no": "issue_no",
    "csv_issue_id": "issue_id",
    "csv_issue_title": "issue_title",
    "csv_activity_no": "activity_no",
    "csv_activity_id": "activity_id",
    "csv_activity_title": "activity_title",
    "csv_outcome_no": "outcome_no",
    "csv_outcome_id": "outcome_id",
    "csv_outcome_text": "outcome_text",
    "csv_oit": "oit",
    "csv_period": "period",
    "csv_quarters": "quarters",
    "csv_responsible": "responsible",
    "csv_activity_state": "activity_state",
    "csv_status": "status",
    "csv_done_on": "done_on",
    "csv_done_on_be": "done_on_be",
    "csv_evidence": "evidence",
    "csv_note": "note",
}

_WORDS = {"th": _TH, "en": _EN}


@dataclass(frozen=True)
class Words:
    """Labels in one language and numbers in one style of digits."""

    lang: str = "th"
    digits: str = "thai"

    def __post_init__(self) -> None:
        if self.lang not in LANGS:
            raise ValueError(f"{self.lang!r} is not a language: use th or en")
        if self.digits not in DIGITS:
            raise ValueError(f"{self.digits!r} is not a style of digits: use thai or arabic")

    @property
    def thai_digits(self) -> bool:
        return self.digits == "thai"

    def __call__(self, key: str, **values: object) -> str:
        """A label, with ``values`` (numbers already formatted by the caller) filled in."""
        text = _WORDS[self.lang][key]
        return text.format(**values) if values else text

    def num(self, value: int | str) -> str:
        """A number or an id in the chosen digits (``12`` -> ``๑๒``)."""
        text = value if type(value) is str else str(value)
        return text.translate(TO_THAI_DIGITS) if self.digits == "thai" else text

    def decimal(self, value: float, places: int = 2) -> str:
        return self.num(f"{value:.{places}f}")

    def percent(self, done: int, total: int) -> str:
        """Whole percent, rounded down so that only a finished count shows 100% (the app's
        and ``status``'s rule, :func:`ita_tui.progress_words.percent_text`); ``–`` for none."""
        return self.num(percent_text(done, total))

    def progress(self, tally: Tally) -> str:
        """:meth:`percent` of a tally, or "no outcomes yet" when it counts none at all."""
        return self.num(progress_text(tally, self.lang))

    def date(self, day: dt.date) -> str:
        """``๑๐ ก.พ. ๒๕๖๘`` (B.E.) or ``10 Feb 2025``."""
        return _date(day, self.lang, self.digits)

    def date_be(self, day: dt.date) -> str:
        """A date that always shows its B.E. year (``10 Feb 2025 (B.E. 2568)`` in English)."""
        if self.lang == "th":
            return self.date(day)
        return self.num(f"{format_date(day, lang='en')} (B.E. {ce_to_be(day.year)})")

    def time(self, moment: dt.datetime) -> str:
        clock = self("time", h=moment.hour, m=moment.minute)
        return f"{self.date(moment.date())} {self.num(clock)}"

    def quarter_name(self, number: int) -> str:
        """``ไตรมาสที่ ๒`` / ``Q2``."""
        return self.num(quarter_label(number, lang=self.lang, digits="arabic"))

    def quarter(self, quarter: Quarter) -> str:
        """``ไตรมาสที่ ๒ (๑ ม.ค. – ๓๑ มี.ค. ๒๕๖๘)``."""
        label = quarter_label(quarter.number, lang=self.lang, digits="arabic")
        dates = format_quarter_range(quarter, lang=self.lang, digits="arabic")
        return self.num(f"{label} ({dates})")

    def quarters(self, quarters: tuple[int, ...]) -> str:
        """An activity's period: ``ไตรมาสที่ ๑ - ๒``, ``ตลอดทั้งปี``."""
        return self.num(quarters_label(quarters, lang=self.lang, digits="arabic"))

    def fiscal_year(self, be: int) -> str:
        year = FiscalYear(be)
        start, end = year.start, year.end
        if self.lang == "en":
            span = (
                f"{start.day} {ENGLISH_MONTH_ABBRS[start.month - 1]} {start.year} – "
                f"{format_date(end, lang='en')}"
            )
        else:
            span = (
                f"{format_date(start, lang='th', digits='arabic')} – "
                f"{format_date(end, lang='th', digits='arabic')}"
            )
        return self.num(self("fiscal_year_value", be=be, span=span))

    def month(self, day: dt.date) -> str:
        """A month's short name: ``ต.ค.`` / ``Oct``."""
        if self.lang == "th":
            return THAI_MONTH_ABBRS[day.month - 1]
        return ENGLISH_MONTH_ABBRS[day.month - 1]

    def month_year(self, day: dt.date) -> str:
        """``ต.ค. ๒๕๖๗`` / ``Oct 2024``."""
        year = ce_to_be(day.year) if self.lang == "th" else day.year
        return self.num(f"{self.month(day)} {year}")

    def state(self, state: ActivityState) -> str:
        """The state's name, as the app and ``status`` write it (one table, in the core)."""
        return state_name(state, self.lang)

    def status(self, status: Status) -> str:
        return self(f"OS_{status.value}")


def default_digits(lang: str) -> str:
    """Thai digits for a Thai report, as official documents write them; Arabic for English."""
    return "thai" if lang == "th" else "arabic"


@lru_cache(maxsize=1024)
def _date(day: dt.date, lang: str, digits: str) -> str:
    """:meth:`Words.date`, remembered: a report writes the same few hundred days many times."""
    return Words(lang, digits).num(format_date(day, lang=lang, digits="arabic"))
