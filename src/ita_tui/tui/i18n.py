"""Every label the app shows, in Thai (the default) and English, and numbers in either digits.

Plan text is never translated: only the app's own words are. ``tr(key, lang)`` looks a
label up; ``num(n, digits)`` writes a number in Thai or Arabic digits.
"""

from __future__ import annotations

from typing import Final

from ita_tui.model import Status
from ita_tui.progress_words import state_name
from ita_tui.state import ActivityState
from ita_tui.thai.digits import to_thai_digits
from ita_tui.tui.i18n_edit import EDIT_MESSAGES

LANGS: Final = ("th", "en")

#: key -> (Thai, English)
MESSAGES: Final[dict[str, tuple[str, str]]] = {
    # header
    "fiscal_year": ("ปีงบประมาณ {year}", "Fiscal year {year} B.E."),
    "today_quarter": ("วันนี้ {quarter}", "today {quarter}"),
    "today_other_year": ("วันนี้ {quarter} ปีงบ {year}", "today {quarter} of FY {year}"),
    "done_of": ("เสร็จ {done}/{total}", "done {done}/{total}"),
    "report_counts": ("(ในรายงานปีงบ {year}: {n})", "(FY {year} reports: {n})"),
    "filter_on": ("ตัวกรอง: {what}", "Filter: {what}"),
    "import_notes.line": (
        "ข้อสังเกตจากการนำเข้ารายงานที่ยังไม่ได้ตรวจ {n} ข้อ",
        "{n} import note(s) left to check",
    ),
    "import_notes.hint": ("(i ดูรายการ)", "(i lists them)"),
    "import_notes.title": ("ข้อสังเกตจากการนำเข้ารายงาน", "Notes left by the import"),
    "import_notes.hint_keys": (
        "enter ไปที่รายการนั้น · x ตรวจแล้ว ลบข้อสังเกต · แก้ไขรายการแล้วข้อสังเกตจะหายไปเอง",
        "enter goes to its item · x marks it checked (removed) · editing the item removes it too",
    ),
    "import_notes.plan": ("ทั้งแผน", "the plan"),
    "import_notes.item": ("ข้อ {id}", "item {id}"),
    "import_notes.none": ("แผนนี้ไม่มีข้อสังเกตจากการนำเข้า", "no import notes in this plan"),
    "import_notes.dismissed": ("ลบข้อสังเกตแล้ว", "note removed"),
    "filter_clear_hint": ("(c ล้าง)", "(c clears)"),
    "filter_open_only": ("เฉพาะที่ยังไม่เสร็จ", "open outcomes only"),
    "filter_quarter": ("ดำเนินการใน{quarter}", "due in {quarter}"),
    "filter_job": ("ผู้รับผิดชอบ: {job}", "responsible: {job}"),
    "filter_overdue": ("เฉพาะที่เกินกำหนด", "overdue only"),
    # statuses and states
    "status.pending": ("ยังไม่ได้ดำเนินการ", "pending"),
    "status.in_progress": ("อยู่ระหว่างดำเนินการ", "in progress"),
    "status.done": ("ดำเนินการแล้ว", "done"),
    "status.not_applicable": ("ไม่ต้องดำเนินการ", "not applicable"),
    # details
    "issue": ("ประเด็นที่ {id}", "Issue {id}"),
    "activity": ("มาตรการ/กิจกรรม {id}", "Activity {id}"),
    "outcome": ("ผลลัพธ์ {id}", "Outcome {id}"),
    "period": ("ระยะเวลาดำเนินการ", "Period"),
    "state": ("สถานะตอนนี้", "State now"),
    "responsible": ("ผู้รับผิดชอบ", "Responsible"),
    "steps": ("ขั้นตอนการดำเนินการ", "Steps"),
    "outcomes": ("ผลลัพธ์", "Outcomes"),
    "activities": ("มาตรการ/กิจกรรม", "Activities"),
    "progress": ("ความคืบหน้า", "Progress"),
    "not_applicable_count": ("ไม่ต้องดำเนินการ {n} รายการ", "{n} not applicable"),
    "status": ("สถานะ", "Status"),
    "done_on": ("วันที่แล้วเสร็จ", "Done on"),
    "evidence": ("หลักฐาน", "Evidence"),
    "note": ("หมายเหตุ", "Note"),
    "note.shortened": (
        "(แสดง {shown} ตัวอักษรแรกจากทั้งหมด {total} ตัวอักษร: เปิดแก้หมายเหตุเพื่ออ่านทั้งหมด)",
        "(the first {shown} of {total} characters shown: edit the note to read it all)",
    ),
    "recorded": ("บันทึกโดย {by} เมื่อ {at}", "Recorded by {by} on {at}"),
    "none": ("—", "—"),
    "no_outcomes": ("ไม่มีผลลัพธ์", "no outcomes"),
    "outcome_id": ("รหัส {id}", "id {id}"),
    "oit": ("ตัวชี้วัด OIT", "OIT indicator"),
    "plan_summary": (
        "{issues} ประเด็น · {activities} มาตรการ/กิจกรรม · {outcomes} ผลลัพธ์",
        "{issues} issues · {activities} activities · {outcomes} outcomes",
    ),
    "empty_filter": ("ไม่มีรายการตรงกับตัวกรอง", "Nothing matches the filter"),
    # saving
    "saved": ("✓ บันทึกแล้ว", "✓ saved"),
    "save_failed": (
        "บันทึกไม่สำเร็จ — การแก้ไขยังอยู่ในหน่วยความจำ จะลองใหม่ทุก {seconds} วินาที: {error}",
        "Not saved — your changes are kept in memory and retried every {seconds} s: {error}",
    ),
    "saved_after_retry": ("✓ บันทึกการแก้ไขที่ค้างไว้แล้ว", "✓ pending changes saved"),
    "external_change": (
        "มีการแก้ไขจากโปรแกรมอื่น: แสดงข้อมูลล่าสุดแล้ว",
        "Progress was changed elsewhere: now showing the latest",
    ),
    "read_failed": ("อ่านไฟล์ความคืบหน้าไม่ได้: {error}", "Cannot read progress: {error}"),
    "undone": ("เลิกทำ: {what}", "Undone: {what}"),
    "redone": ("ทำซ้ำ: {what}", "Redone: {what}"),
    # field changes (undo/redo notes, changed-meanwhile notices, the undo question)
    "change.field.status": ("สถานะ", "status"),
    "change.field.note": ("หมายเหตุ", "note"),
    "change.field.evidence": ("หลักฐาน", "evidence"),
    "change.link_added": ("เพิ่มหลักฐาน {link}", "evidence added {link}"),
    "change.link_removed": ("ลบหลักฐาน {link}", "evidence removed {link}"),
    "change.empty_note": ("(ไม่มีหมายเหตุ)", "(no note)"),
    "change.no_links": ("(ไม่มีลิงก์)", "(no links)"),
    "change.nothing": ("ไม่มีอะไรเปลี่ยน", "nothing to change"),
    "change.someone": ("ผู้ใช้อื่น", "another user"),
    "change.conflict": (
        "{id} {field}: ถูกแก้ไขในระหว่างนั้นโดย {user}: เก็บ {kept} "
        "(ค่าของ {user} {theirs} ยังอยู่ในบันทึกการแก้ไข)",
        "{id} {field}: changed meanwhile by {user}: kept {kept} "
        "({user}'s {theirs} is in the change log)",
    ),
    "change.overwritten": (
        "{id} {field}: {user} แก้ไขทับค่าของคุณ {yours} เป็น {kept} (ค่าของคุณยังอยู่ในบันทึกการแก้ไข)",
        "{id} {field}: {user} changed it meanwhile: kept {kept} over your {yours} "
        "(yours is in the change log)",
    ),
    "change.stale": (
        "{field}: มีผู้อื่นแก้ไขเป็น {now} หลังจากคุณ — เลิกทำจะเปลี่ยนกลับเป็น {back}",
        "{field}: changed by someone else since, to {now} — undo would put back {back}",
    ),
    "undo_ask.title": ("มีผู้อื่นแก้ไขหลังจากคุณ", "Changed by someone else since"),
    "redo_ask.title": ("มีผู้อื่นแก้ไขหลังจากคุณ", "Changed by someone else since"),
    "undo_ask.question": ("เขียนทับการแก้ไขของผู้อื่นหรือไม่?", "Overwrite their change?"),
    "dialog.overwrite": ("เขียนทับ", "Overwrite"),
    "dialog.keep_theirs": ("คงไว้", "Keep theirs"),
    "undo_kept": ("ไม่ได้เลิกทำ: คงการแก้ไขของผู้อื่นไว้", "Not undone: their change is kept"),
    "redo_kept": ("ไม่ได้ทำซ้ำ: คงการแก้ไขของผู้อื่นไว้", "Not redone: their change is kept"),
    "done_on.implausible": (
        "วันที่ไม่น่าจะถูกต้องสำหรับแผนปีงบประมาณ {year}: ใช้วันที่ {first} ถึง {last}",
        "Not a plausible date for a plan of fiscal year {year}: use {first} to {last}",
    ),
    "nothing_to_undo": ("ไม่มีอะไรให้เลิกทำ", "Nothing to undo"),
    "nothing_to_redo": ("ไม่มีอะไรให้ทำซ้ำ", "Nothing to redo"),
    "select_outcome": ("เลือกผลลัพธ์ก่อน", "Select an outcome first"),
    "why.needs_outcome": (
        "{key} ({what}) ใช้กับผลลัพธ์: เลื่อนไปที่ผลลัพธ์ก่อน",
        "{key} ({what}) works on an outcome: move to one first",
    ),
    "why.no_filter": ("ยังไม่ได้กรอง: กด f เพื่อกรอง", "No filter is on: f sets one"),
    "why.no_search": ("ยังไม่ได้ค้นหา: กด / เพื่อค้นหา", "No search yet: press / to search"),
    "lang_now": ("ภาษา: ไทย", "Language: English"),
    "digits_now.thai": ("ตัวเลข: เลขไทย ๑๒๓", "Digits: Thai ๑๒๓"),
    "digits_now.arabic": ("ตัวเลข: เลขอารบิก 123", "Digits: Arabic 123"),
    "settings_not_saved": (
        "จำการตั้งค่าไม่ได้: {error}",
        "Could not remember the setting: {error}",
    ),
    # search
    "search_placeholder": (
        "ค้นหา: ประเด็น กิจกรรม ขั้นตอน ผลลัพธ์ หรือผู้รับผิดชอบ",
        "Search issues, activities, steps, outcomes or job titles",
    ),
    "matches": ("{n} รายการ", "{n} matches"),
    "match_position": ("{i} จาก {n}", "{i} of {n}"),
    "search_wrapped_top": ("ถึงท้ายแล้ว เริ่มใหม่จากรายการแรก", "reached the end: back to the first"),
    "search_wrapped_bottom": (
        "ถึงต้นแล้ว ต่อจากรายการสุดท้าย",
        "reached the start: on from the last",
    ),
    "no_matches": ("ไม่พบ", "no match"),
    "no_search": ("กด / เพื่อค้นหา", "Press / to search"),
    "search_enter": ("ไปที่ผลลัพธ์แรก", "go to the first outcome"),
    "search_step": ("ถัดไป", "next"),
    "search_cancel": ("ยกเลิก", "cancel"),
    # bindings (footer, help and command palette)
    "key.tick": ("ติ๊ก", "Tick"),
    "key.toggle": ("เปิด/ปิด", "Open/close"),
    "key.status": ("สถานะ", "Status"),
    "key.done_on": ("วันที่", "Date"),
    "key.evidence": ("หลักฐาน", "Evidence"),
    "key.note": ("หมายเหตุ", "Note"),
    "key.search": ("ค้นหา", "Search"),
    "key.next_match": ("ถัดไป", "Next match"),
    "key.previous_match": ("ก่อนหน้า", "Previous match"),
    "key.filter": ("กรอง", "Filter"),
    "key.clear_filter": ("ล้างตัวกรอง", "Clear filter"),
    "key.undo": ("เลิกทำ", "Undo"),
    "key.redo": ("ทำซ้ำ", "Redo"),
    "key.dashboard": ("แผนภูมิ", "Charts"),
    "key.export": ("ส่งออก", "Export"),
    "key.lang": ("EN", "ไทย"),
    "key.digits": ("เลข", "Digits"),
    "key.help": ("วิธีใช้", "Help"),
    "key.import_notes": ("ข้อสังเกต", "Import notes"),
    "key.quit": ("ออก", "Quit"),
    "key.down": ("ลง", "Down"),
    "key.up": ("ขึ้น", "Up"),
    "key.expand": ("ขยาย", "Expand"),
    "key.collapse": ("ยุบ", "Collapse"),
    "key.scroll_details": ("เลื่อนรายละเอียด", "Scroll details"),
    "key.save": ("บันทึก", "Save"),
    "key.cancel": ("ยกเลิก", "Cancel"),
    "key.close": ("ปิด", "Close"),
    "key.palette": ("คำสั่ง", "Commands"),
    # the command palette (ctrl+p)
    "palette.placeholder": ("ค้นหาคำสั่ง…", "Search for commands…"),
    "palette.themes": ("ค้นหาธีมสี…", "Search for themes…"),
    "palette.no_matches": ("ไม่พบคำสั่ง", "No matches found"),
    "palette.theme": ("ธีมสี", "Theme"),
    "palette.theme_help": ("เปลี่ยนสีของหน้าจอ", "Change the colours of the screen"),
    "palette.screenshot": ("ภาพหน้าจอ", "Screenshot"),
    "palette.screenshot_help": (
        "บันทึกภาพหน้าจอนี้เป็นไฟล์ SVG ในโฟลเดอร์ปัจจุบัน",
        "Save this screen as an SVG file in the current folder",
    ),
    "palette.screenshot_saved": ("บันทึกภาพหน้าจอแล้ว: {path}", "Screenshot saved: {path}"),
    "palette.screenshot_failed": (
        "บันทึกภาพหน้าจอไม่ได้: {error}",
        "Could not save the screenshot: {error}",
    ),
    "palette.quit": ("ออก", "Quit"),
    "palette.quit_help": (
        "ออกจากโปรแกรม (การแก้ไขบันทึกไว้แล้ว)",
        "Quit the app (every change is already saved)",
    ),
    # long descriptions (help screen, command palette)
    "help.tick": (
        "ติ๊กผลลัพธ์ว่าเสร็จ/ยังไม่เสร็จ (วันที่แล้วเสร็จ = วันนี้); บนประเด็นหรือกิจกรรม: เปิด/ปิด",
        "Tick or untick the outcome (done on today); on an issue or activity: open/close it",
    ),
    "help.status": (
        "เปลี่ยนสถานะ: ยังไม่ได้ดำเนินการ → อยู่ระหว่าง → แล้ว → ไม่ต้องดำเนินการ",
        "Cycle status: pending → in progress → done → not applicable",
    ),
    "help.done_on": (
        "กำหนดวันที่แล้วเสร็จ (พ.ศ. หรือ ค.ศ. เช่น 10/02/2568 หรือ 10 ก.พ. 2568)",
        "Set the date done (B.E. or C.E., e.g. 10/02/2568 or 10 Feb 2025)",
    ),
    "help.evidence": (
        "เพิ่มหรือแก้ลิงก์หลักฐาน (บรรทัดละหนึ่งลิงก์)",
        "Add or edit evidence links (one per line)",
    ),
    "help.note": ("เขียนหมายเหตุ (หลายบรรทัดได้)", "Write a note (several lines allowed)"),
    "help.search": (
        "ค้นหาข้อความในประเด็น กิจกรรม ขั้นตอน ผลลัพธ์ หรือผู้รับผิดชอบ",
        "Search issue, activity, step and outcome text and job titles",
    ),
    "help.next_match": ("ไปยังรายการที่ค้นพบถัดไป", "Go to the next match"),
    "help.previous_match": ("ไปยังรายการที่ค้นพบก่อนหน้า", "Go to the previous match"),
    "help.filter": (
        "กรองตามไตรมาส ผู้รับผิดชอบ หรือเฉพาะที่ยังไม่เสร็จ",
        "Filter by quarter, job title, or open outcomes only",
    ),
    "help.clear_filter": ("ล้างตัวกรอง แสดงทั้งแผน", "Clear the filter: show the whole plan"),
    "help.undo": ("เลิกทำการแก้ไขล่าสุด", "Undo the last change"),
    "help.redo": ("ทำซ้ำการแก้ไขที่เลิกทำ", "Redo the change undone"),
    "help.export": ("ส่งออกรายงานรายไตรมาส", "Export the quarterly status report"),
    "help.dashboard": (
        "ภาพรวมเป็นแผนภูมิ: รายประเด็น รายเดือนเทียบแผน รายผู้รับผิดชอบ (enter ไปยังรายการนั้น)",
        "Charts: by issue, month by month against the plan, by job title (enter shows them)",
    ),
    "dash.title": ("ภาพรวมความก้าวหน้า ณ วันที่ {day}", "Where the plan stands on {day}"),
    "dash.issues": ("ผลลัพธ์รายประเด็น", "Outcomes by issue"),
    "dash.burnup": (
        "ดำเนินการแล้วสะสม (█) เทียบแผน (┄) ปีงบประมาณ {year}",
        "Done so far (█) against the plan (┄), fiscal year {year} B.E.",
    ),
    "dash.burnup_now": (
        "ณ วันนี้ ดำเนินการแล้ว {done} · ตามแผนควรเสร็จ {planned} · ทั้งหมด {total}",
        "Today: {done} done · {planned} called for by the plan · {total} in all",
    ),
    "dash.jobs": ("ผลลัพธ์ที่ค้าง แยกตามผู้รับผิดชอบ", "Open outcomes by job title"),
    "dash.no_open": ("ไม่มีผลลัพธ์ที่ค้าง", "No open outcomes"),
    "dash.overdue_all": ("เกินกำหนดทั้งหมด {count} ผลลัพธ์", "All overdue: {count} outcomes"),
    "dash.hint": (
        "enter: แสดงรายการนั้นในแผน · esc/g: กลับ",
        "enter: show it in the plan · esc/g: back",
    ),
    "dash.slice.done": ("ดำเนินการแล้ว", "done"),
    "dash.slice.due": ("ถึงกำหนดขณะนี้", "due now"),
    "dash.slice.overdue": ("เกินกำหนด", "overdue"),
    "dash.slice.not_yet": ("ยังไม่ถึงกำหนด", "not yet due"),
    "dash.slice.not_applicable": ("ไม่ต้องดำเนินการ", "not applicable"),
    "help.lang": ("สลับภาษา ไทย/อังกฤษ (จำไว้)", "Switch Thai/English labels (remembered)"),
    "help.digits": ("สลับเลขไทย/อารบิก (จำไว้)", "Switch Thai/Arabic digits (remembered)"),
    "help.help": ("แสดงหน้านี้", "Show this screen"),
    "help.import_notes": (
        "รายการข้อสังเกตจากการนำเข้ารายงาน: ไปที่รายการ หรือลบเมื่อตรวจแล้ว",
        "The notes the import left: go to each item, or remove a note once checked",
    ),
    "help.quit": ("ออกจากโปรแกรม (บันทึกไว้แล้วทุกครั้งที่แก้)", "Quit (every change is already saved)"),
    "help.move": ("เลื่อนขึ้น/ลง", "Move up/down"),
    "help.fold": ("ยุบ/ขยาย หรือไปยังระดับบน/ล่าง", "Collapse/expand, or go to parent/child"),
    "help.scroll_details": ("เลื่อนช่องรายละเอียด", "Scroll the details pane"),
    "help.palette": ("รายการคำสั่งทั้งหมด", "All commands"),
    "help.title": ("วิธีใช้", "Help"),
    "help.keys": ("แป้นพิมพ์", "Keys"),
    "help.legend": ("สัญลักษณ์และสี", "Symbols and colours"),
    "help.files": ("ไฟล์ข้อมูล", "Files"),
    "help.progress_file": ("ความคืบหน้าบันทึกที่", "Progress is saved in"),
    "help.log_file": ("บันทึกการแก้ไขทุกครั้ง", "Every change is logged in"),
    "help.backups": ("สำรองไฟล์", "Backups"),
    "help.thai_keys": (
        "ใช้แป้นพิมพ์ภาษาไทยอยู่ก็กดได้: ปุ่มเดียวกันบนแป้น (เช่น ห = s, ฟ = a)",
        "Keys also work with the Thai keyboard layout on (e.g. ห = s, ฟ = a)",
    ),
    "help.cookie": ("[เสร็จ/ทั้งหมด] ของกิจกรรมหรือประเด็น", "[done/total] of an activity or issue"),
    # dialogs
    "dialog.save": ("บันทึก", "Save"),
    "dialog.cancel": ("ยกเลิก", "Cancel"),
    "dialog.apply": ("ใช้ตัวกรอง", "Apply"),
    "dialog.clear": ("ล้าง", "Clear"),
    "dialog.quit_anyway": ("ออกเลย", "Quit anyway"),
    "dialog.stay": ("อยู่ต่อ", "Stay"),
    "hint.choose": ("เลือก", "choose"),
    "hint.next_field": ("ช่องถัดไป", "next field"),
    "hint.next_button": ("ปุ่มถัดไป", "next button"),
    "hint.cancel": ("ยกเลิก", "cancel"),
    "hint.close": ("ปิด", "close"),
    "hint.go_to": ("ไปที่รายการ", "go to item"),
    "hint.checked": ("ตรวจแล้ว", "checked"),
    "hint.save": ("บันทึก", "save"),
    "hint.keep": ("แก้ต่อ", "keep editing"),
    "hint.export": ("ส่งออก", "export"),
    "hint.scroll": ("เลื่อน", "scroll"),
    "discard.title": ("ข้อความที่พิมพ์ยังไม่ได้บันทึก", "What you typed is not saved"),
    "discard.body": (
        "จะแก้ต่อ ทิ้งข้อความที่พิมพ์ หรือบันทึกไว้?",
        "Keep editing, discard what you typed, or save it?",
    ),
    "discard.body_quit": (
        "ก่อนออกจากโปรแกรม: จะแก้ต่อ ทิ้งข้อความที่พิมพ์ หรือบันทึกไว้?",
        "Before quitting: keep editing, discard what you typed, or save it?",
    ),
    "discard.keep": ("แก้ต่อ", "Keep editing"),
    "discard.discard": ("ทิ้ง", "Discard"),
    "discard.save": ("บันทึก", "Save"),
    "done_on.title": ("วันที่แล้วเสร็จ", "Date done"),
    "done_on.prompt": (
        "วัน/เดือน/ปี พ.ศ. หรือ ค.ศ. เช่น {example} หรือ {named} (ตั้งสถานะเป็นดำเนินการแล้ว)",
        "day/month/year, B.E. or C.E., e.g. {example} or {named} (marks the outcome done)",
    ),
    "done_on.empty": ("ใส่วันที่", "Enter a date"),
    "done_on.future": ("วันที่อยู่ในอนาคต", "That date is in the future"),
    "done_on.after_year": (
        "หลังสิ้นปีงบประมาณ {year}: รายงานของปีนั้นจะไม่นับ",
        "after fiscal year {year} ended: its reports will not count it",
    ),
    "outside.title": ("เสร็จวันไหน?", "Done on which day?"),
    "outside.body": (
        "วันนี้ ({today}) เลยปีงบประมาณ {year} ของแผนนี้แล้ว ถ้าบันทึกว่าเสร็จวันนี้ "
        "รายงานของปีงบประมาณ {year} จะไม่นับผลลัพธ์นี้",
        "Today ({today}) is after this plan's fiscal year {year}: marked done today, "
        "no report of fiscal year {year} would count this outcome.",
    ),
    "outside.year_end": (
        "วันสุดท้ายของปีงบประมาณ {year}: {day}",
        "The last day of fiscal year {year}: {day}",
    ),
    "outside.today": (
        "วันนี้: {day} (รายงานปีงบ {year} ไม่นับ)",
        "Today: {day} (fiscal year {year} reports will not count it)",
    ),
    "outside.type": ("พิมพ์วันที่เอง…", "Type a date…"),
    "evidence.title": ("ลิงก์หลักฐาน", "Evidence links"),
    "evidence.prompt": (
        "บรรทัดละหนึ่งลิงก์หรือเลขที่เอกสาร · ctrl+s บันทึก · esc ยกเลิก",
        "One link or document reference per line · ctrl+s saves · esc cancels",
    ),
    "note.title": ("หมายเหตุ", "Note"),
    "note.prompt": (
        "เขียนได้หลายบรรทัด · ctrl+s บันทึก · esc ยกเลิก",
        "Several lines allowed · ctrl+s saves · esc cancels",
    ),
    "filter.title": ("กรองรายการ", "Filter"),
    "filter.quarter": ("ไตรมาส", "Quarter"),
    "filter.any_quarter": ("ทุกไตรมาส", "any quarter"),
    "filter.job": ("ผู้รับผิดชอบ", "Job title"),
    "filter.any_job": ("ทุกตำแหน่ง", "any job title"),
    "filter.open_only": ("เฉพาะผลลัพธ์ที่ยังไม่เสร็จ", "Open outcomes only"),
    "help_quit.title": ("ต้องการออกจากโปรแกรมหรือไม่?", "Do you want to quit?"),
    "help_quit": ("กด {key} เพื่อออกจากโปรแกรม", "Press {key} to quit the app"),
    "quit.title": ("ยังบันทึกไม่ได้", "Not saved yet"),
    "quit.body": (
        "การแก้ไขบางรายการยังบันทึกลงไฟล์ไม่ได้ ถ้าออกตอนนี้จะหายไป: {error}",
        "Some changes could not be written yet and will be lost if you quit now: {error}",
    ),
    "export.title": ("ส่งออกรายงานรายไตรมาส", "Export the quarterly report"),
    "export.quarter": ("ไตรมาส", "Quarter"),
    "export.format": ("รูปแบบ", "Format"),
    "export.lang": ("ภาษา", "Language"),
    "export.digits": ("ตัวเลข", "Digits"),
    "export.folder": ("โฟลเดอร์", "Folder"),
    "export.file": ("ชื่อไฟล์", "File name"),
    "export.write": ("ส่งออก", "Export"),
    "export.will_write": ("จะเขียนไปที่ {path}", "Will write {path}"),
    "export.written": ("เขียนรายงานแล้ว: {path}", "Report written: {path}"),
    "export.failed": ("เขียนรายงานไม่ได้: {error}", "Could not write the report: {error}"),
    "export.exists": ("มีไฟล์นี้อยู่แล้ว: จะเขียนทับ", "That file exists: it will be replaced"),
    "export.no_folder": (
        "ไม่มีโฟลเดอร์ {path}: สร้างโฟลเดอร์ก่อน หรือเลือกโฟลเดอร์ที่มีอยู่",
        "No folder {path}: create it first, or choose a folder that exists",
    ),
    "export.is_folder": (
        "{path} เป็นโฟลเดอร์: ใส่ชื่อไฟล์ของรายงาน",
        "{path} is a folder: enter a file name for the report",
    ),
    "export.year": ("ปีงบประมาณ", "Fiscal year"),
    "export.year_value": ("พ.ศ. {year}", "{year} B.E."),
    "export.as_of": (
        "รายงานนับผลลัพธ์ที่เสร็จภายใน {day}: {counted} จาก {done} ที่ติ๊กเสร็จในแอป "
        "(อีก {later} รายการเสร็จหลังวันนั้น)",
        "The report counts outcomes done by {day}: {counted} of the {done} ticked done in "
        "the app ({later} were done after that day)",
    ),
    "export.no_name": ("ใส่ชื่อไฟล์", "Enter a file name"),
    "export.reporter": ("ผู้รายงาน", "Reporter"),
    "export.approver": ("ผู้บริหาร", "Executive"),
    "export.position": ("  ตำแหน่ง", "  position"),
    "export.name_hint": ("ชื่อ-สกุล (ว่าง: เว้นบรรทัดให้เขียน)", "name (blank: a line to write on)"),
    "export.position_hint": (
        "ตำแหน่ง (ว่าง: เว้นบรรทัดให้เขียน)",
        "position (blank: a line to write on)",
    ),
    "lang.th": ("ไทย", "Thai"),
    "lang.en": ("อังกฤษ", "English"),
    "digits.thai": ("เลขไทย ๑๒๓", "Thai ๑๒๓"),
    "digits.arabic": ("เลขอารบิก 123", "Arabic 123"),
    # what the store noticed about the progress data (tui/services/data_notices.py)
    "data.title": ("แจ้งเกี่ยวกับข้อมูลความคืบหน้า", "About your progress data"),
    "data.recovered": (
        "⚠ อ่านไฟล์ความคืบหน้าไม่ได้ จึงย้ายไปเก็บไว้และกู้คืนจากไฟล์สำรองและบันทึกการแก้ไข · กด ? ดูว่ากู้คืนอะไรมาบ้าง",
        "⚠ The progress file could not be read: it was moved aside and rebuilt from the "
        "backups and the change log · press ? to see what was recovered",
    ),
    "data.other": (
        "⚠ มีเรื่องแจ้งเกี่ยวกับข้อมูลความคืบหน้า {n} เรื่อง · กด ? เพื่ออ่าน",
        "⚠ {n} notice(s) about your progress data · press ? to read them",
    ),
    "data.orphans": (
        "ผลลัพธ์ที่บันทึกไว้ {n} รายการไม่อยู่ในแผนนี้ และยังเก็บไว้: {ids}",
        "{n} recorded outcome(s) are not in this plan and are kept: {ids}",
    ),
    "help.data": ("แจ้งเกี่ยวกับข้อมูลของคุณ", "About your data"),
}

MESSAGES.update(EDIT_MESSAGES)


def tr(key: str, lang: str, /, **values: object) -> str:
    """The label ``key`` in ``lang`` ("th" or "en"), with ``{names}`` filled from ``values``."""
    th, en = MESSAGES[key]
    text = en if lang == "en" else th
    return text.format(**values) if values else text


def num(value: int | str, digits: str) -> str:
    """A number (or an id such as ``1.2``) in Thai or Arabic digits."""
    text = str(value)
    return to_thai_digits(text) if digits == "thai" else text


def status_label(status: Status, lang: str) -> str:
    return tr(f"status.{status.value}", lang)


def state_label(state: ActivityState, lang: str) -> str:
    """The state's name, as ``status`` and the reports write it (one table, in the core)."""
    return state_name(state, lang)
