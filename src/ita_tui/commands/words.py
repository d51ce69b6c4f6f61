"""The command line's own words in Thai (the default) and English.

Every command speaks the language the app does: ``--lang`` when given, else the choice
remembered in the config file (``t`` in the app, or ``ita-tui --lang``), else Thai.
Plan text and file paths are never translated.
"""

from __future__ import annotations

import argparse
from typing import Final

from ita_tui.config import LANGS, load_settings
from ita_tui.textutil import visible

#: key -> (Thai, English)
WORDS: Final[dict[str, tuple[str, str]]] = {
    "error": ("ผิดพลาด: {what}", "error: {what}"),
    "warning": ("คำเตือน: {path}: {what}", "warning: {path}: {what}"),
    "notice": ("แจ้ง: {what}", "notice: {what}"),
    "orphans": (
        "ผลลัพธ์ที่บันทึกไว้ {n} รายการไม่อยู่ในแผนนี้ และยังเก็บไว้: {ids}",
        "{n} recorded outcome(s) are not in this plan and are kept: {ids}",
    ),
    "interrupted": ("หยุดแล้ว", "interrupted"),
    "validate.import_notes": (
        "ต้องตรวจ      หมายเหตุจากการนำเข้า {n} รายการ (ตรวจแล้วลบออกทีละรายการ):",
        "to check      {n} note(s) left by ita-tui import (delete each when done):",
    ),
    "validate.import_note": ("  บรรทัด {line}: {text}", "  line {line}: {text}"),
    "validate.import_note_item": (
        "  บรรทัด {line} (ข้อ {item}): {text}",
        "  line {line} (item {item}): {text}",
    ),
    "rescued": (
        "การแก้ไขที่ยังบันทึกไม่ได้ถูกเขียนไว้ที่ {path}: เปิด ita-tui อีกครั้งเมื่อโฟลเดอร์ข้อมูล"
        "เขียนได้แล้วบันทึกรายการเหล่านั้นอีกครั้ง (หรือส่งไฟล์นี้ให้ฝ่ายไอที)",
        "Your unsaved changes were written to {path}; run ita-tui again when the data folder "
        "is writable and record them again (or send the file to IT).",
    ),
    "data_dir_help": (
        "โฟลเดอร์ที่เก็บไฟล์ความคืบหน้า (ค่าเริ่มต้น: ${env} หรือโฟลเดอร์ข้อมูลของผู้ใช้)",
        "folder of progress files (default: ${env}, else the user data folder)",
    ),
    "lang_help": (
        "ภาษาของข้อความ: th ไทย หรือ en อังกฤษ (ค่าเริ่มต้น: ภาษาที่เลือกไว้ในแอป)",
        "language of the messages: th or en (default: the language chosen in the app)",
    ),
    # who signs the changes (commands/signer.py)
    "user_help": (
        "ชื่อของคุณที่ลงไว้กับทุกการบันทึก จำไว้ใช้ครั้งต่อไป (${env} ใช้แทนได้)",
        "your name, signed on every change and remembered (${env} overrides it)",
    ),
    "user.ask": (
        "ชื่อของคุณ (ลงไว้กับทุกการบันทึก ถามครั้งเดียวแล้วจำไว้): ",
        "Your name (signed on every change; asked once and remembered): ",
    ),
    "user.login": (
        "บันทึกในชื่อผู้ใช้เครื่อง {name} เพราะยังไม่ได้ให้ชื่อของคุณ: ให้ชื่อครั้งเดียวด้วย --user ชื่อ แล้วจะจำไว้",
        "changes are signed with the login name {name}, as no name was given yet: "
        "give yours once with --user NAME and it is remembered",
    ),
    "name.empty": ("ชื่อว่างไม่ได้: พิมพ์ชื่อของคุณ", "the name is empty: type your name"),
    "name.too_long": (
        "ชื่อยาวเกินไป (ไม่เกิน 100 ตัวอักษร)",
        "the name is too long (100 characters at most)",
    ),
    "name.not_utf8": (
        "ชื่อมีไบต์ที่ไม่ใช่ UTF-8: พิมพ์ชื่อใหม่ในเทอร์มินัลที่ใช้ UTF-8",
        "the name has bytes that are not UTF-8: type it again in a UTF-8 terminal",
    ),
    "name.control": (
        "ชื่อมีอักขระควบคุม (เช่น ESC แท็บ หรือขึ้นบรรทัดใหม่): ใช้ได้เฉพาะตัวอักษรที่มองเห็น",
        "the name has control characters (ESC, tab, a line break...): use visible letters only",
    ),
    # status
    "status.fiscal_year": (
        "ปีงบประมาณ {year}; วันนี้ {today} เป็นไตรมาสที่ {quarter} ของปีงบประมาณ {today_year}",
        "fiscal year {year} B.E.; today {today} is Q{quarter} of fiscal year {today_year}",
    ),
    "status.issue": ("ประเด็น", "issue"),
    "status.done": ("เสร็จ", "done"),
    "status.progress": ("ความคืบหน้า", "progress"),
    "status.overdue": ("เกินกำหนด", "overdue"),
    "status.overall": ("รวม", "overall"),
    "status.not_applicable": (
        "ผลลัพธ์ที่ไม่ต้องดำเนินการ {n} รายการไม่นับรวม",
        "{n} outcome(s) marked not applicable are left out.",
    ),
    "status.kept_in": ("ความคืบหน้าเก็บไว้ที่:", "Your progress is kept in:"),
    "status.progress_file": ("ไฟล์ความคืบหน้า", "progress file"),
    "status.not_written": ("(ยังไม่ได้เขียน)", "(not written yet)"),
    "status.backups": ("ไฟล์สำรอง", "backups"),
    "status.change_log": ("บันทึกการแก้ไข", "change log"),
    # mark
    "mark.bad_status": (
        "{text!r} ไม่ใช่สถานะ: ใช้ {choices}",
        "{text!r} is not a status; use one of: {choices}",
    ),
    "mark.on_needs_done": (
        "--on คือวันที่ผลลัพธ์เสร็จ: ใช้คู่กับ done",
        "--on gives the date an outcome was done; use it with 'done'",
    ),
    "mark.no_outcome": ("ไม่มีผลลัพธ์ {id!r} ใน {path}", "no outcome {id!r} in {path}"),
    "mark.did_you_mean": ("; หมายถึง {ids} หรือไม่?", "; did you mean {ids}?"),
    "mark.ids_run": ("; รหัสมีตั้งแต่ {first} ถึง {last}", "; ids run {first} … {last}"),
    "mark.saved": (
        "{id}: {old} → {new}{done}  (บันทึกใน {path})",
        "{id}: {old} -> {new}{done}  (saved to {path})",
    ),
    "mark.done_on": (" เมื่อ {day}", " on {day}"),
    # a status, as mark's line shows it (English: the value typed on the command line)
    "mark.state.pending": ("ยังไม่ดำเนินการ", "pending"),
    "mark.state.in_progress": ("อยู่ระหว่างดำเนินการ", "in_progress"),
    "mark.state.done": ("ดำเนินการแล้ว", "done"),
    "mark.state.not_applicable": ("ไม่เกี่ยวข้อง", "not_applicable"),
    "mark.implausible": (
        "--on {day} (พ.ศ. {be}) ไม่น่าใช่วันที่ของแผนปีงบประมาณ {year}: "
        "ใช้วันที่ตั้งแต่ {first} ถึง {last} (พ.ศ. {first_be}-{last_be})",
        "--on {day} (B.E. {be}) is not a plausible date for a plan of fiscal year {year}: "
        "use a date from {first} to {last} (B.E. {first_be}-{last_be})",
    ),
    "mark.conflict": (
        "{field} ถูกแก้ไขระหว่างนั้นโดย {who}: เก็บ {kept} (ทับ {replaced}; ทั้งสองค่าอยู่ในบันทึกการแก้ไข)",
        "{field} changed meanwhile by {who}: kept {kept} "
        "(overwrote {replaced}; both are in the change log)",
    ),
    "mark.someone": ("ผู้ใช้อื่น", "another user"),
    "field.status": ("สถานะ", "status"),
    "field.note": ("หมายเหตุ", "note"),
    "field.evidence": ("หลักฐาน", "evidence"),
    "mark.not_saved": ("{id} ยังไม่ได้บันทึก: {why}", "{id} not saved: {why}"),
    "mark.outcome_line": (
        "ผลลัพธ์ {number} (รหัส {key}): {text}",
        "outcome {number} (key {key}): {text}",
    ),
    # export
    "export.width": (
        "--width {width}: ใช้ {low} ถึง {high} คอลัมน์",
        "--width {width}: use {low} to {high} columns",
    ),
    "export.bad_quarter": (
        "{text!r} ไม่ใช่ไตรมาส: ใช้ 1, 2, 3 หรือ 4",
        "{text!r} is not a quarter: use 1, 2, 3 or 4",
    ),
    "export.bad_year": (
        "{text!r} ไม่ใช่ปี: เขียนปี พ.ศ. เช่น 2568",
        "{text!r} is not a year: write the B.E. year, e.g. 2568",
    ),
    "export.ce_year": (
        "{year} น่าจะเป็นปี ค.ศ.: ปีงบประมาณเรียกเป็น พ.ศ. (ปีงบที่สิ้นสุดใน ค.ศ. {year} คือ {be})",
        "{year} looks like a C.E. year: fiscal years are named in B.E. "
        "(the fiscal year ending in {year} is {be})",
    ),
    "export.not_be_year": ("{year} ไม่ใช่ปีงบประมาณ พ.ศ.", "{year} is not a B.E. fiscal year"),
    "export.bad_format": (
        "{text!r} ไม่ใช่รูปแบบที่มี: ใช้ {formats}",
        "{text!r} is not a format: use one of {formats}",
    ),
    "export.no_folder": (
        "ไม่มีโฟลเดอร์ {path}: สร้างโฟลเดอร์ก่อน หรือเลือกโฟลเดอร์ที่มีอยู่ (ไม่ได้เขียนอะไร)",
        "no folder {path}: create it first, or choose a folder that exists (nothing written)",
    ),
    "export.binary_to_terminal": (
        "ไฟล์ Word (docx) แสดงบนหน้าจอไม่ได้: ระบุไฟล์ด้วย -o เช่น -o รายงาน.docx หรือ -o .",
        "a Word file (docx) cannot be shown on the terminal: name a file with -o, "
        "e.g. -o report.docx or -o .",
    ),
    "export.cannot_write": ("เขียน {path} ไม่ได้: {why}", "cannot write {path}: {why}"),
    "export.wrote": (
        "เขียนรายงาน {fmt} ไตรมาสที่ {quarter} ปีงบประมาณ {year} ไปที่ {path} แล้ว",
        "wrote {fmt} report, Q{quarter} of FY {year}, to {path}",
    ),
    "export.other_year": (
        "หมายเหตุ: แผนนี้เป็นของปีงบประมาณ {plan_year}; ในไตรมาสที่ {quarter} ปีงบประมาณ {year} "
        "กิจกรรมที่ยังไม่ครบนับเป็นเกินกำหนดทั้งหมด",
        "note: the plan is for FY {plan_year}; in Q{quarter} of FY {year} every activity not "
        "complete counts as overdue",
    ),
    "export.not_begun": (
        "หมายเหตุ: ไตรมาสที่ {quarter} ปีงบประมาณ {year} ยังไม่เริ่ม: รายงานเป็นข้อมูล ณ วันนี้",
        "note: Q{quarter} of FY {year} has not begun: the report is as of today",
    ),
    "export.running": (
        "หมายเหตุ: ไตรมาสที่ {quarter} ปีงบประมาณ {year} ยังไม่จบ (ถึง {end}): รายงานเป็นข้อมูล ณ วันนี้",
        "note: Q{quarter} of FY {year} runs until {end}: the report is as of today",
    ),
    # validate
    "validate.ok": ("ใช้ได้  {path}", "OK  {path}"),
    "validate.plan_id": ("รหัสแผน", "plan id"),
    "validate.organisation": ("หน่วยงาน", "organisation"),
    "validate.title": ("ชื่อแผน", "title"),
    "validate.fiscal_year": ("ปีงบประมาณ", "fiscal year"),
    "validate.ita": ("ผลการประเมิน ITA", "ITA result"),
    "validate.issues": ("ประเด็น", "issues"),
    "validate.activities": ("มาตรการ/กิจกรรม", "activities"),
    "validate.steps": ("ขั้นตอน", "steps"),
    "validate.outcomes": ("ผลลัพธ์", "outcomes"),
    "validate.job_titles": ("ผู้รับผิดชอบ", "job titles"),
    "validate.warnings": ("คำเตือน", "warnings"),
    "validate.see_above": ("{n} (ดูด้านบน)", "{n} (see above)"),
    "validate.progress": ("ความคืบหน้า", "progress"),
    "validate.unreadable": ("อ่านไม่ได้: {why}", "cannot be read: {why}"),
    "validate.refused": ("ไม่รับ: {why}", "refused: {why}"),
    "validate.no_score": ("ยังไม่ได้ใส่คะแนน", "score not filled in"),
    "validate.recorded": ("บันทึกไว้ {n} รายการใน {path}", "{n} recorded in {path}"),
    "validate.orphans": (
        "{n} รายการไม่อยู่ในแผนนี้ (ยังเก็บไว้): {ids}",
        "{n} not in this plan (kept): {ids}",
    ),
    "validate.none_yet": ("ยังไม่มีการบันทึก ({path})", "none recorded yet ({path})"),
    # new, next-year
    "plan.bad_year": (
        "--fiscal-year: {text!r} ไม่ใช่ปี (เช่น 2570)",
        "--fiscal-year: {text!r} is not a year (e.g. 2570)",
    ),
    "plan.ce_year": (
        "--fiscal-year: {year} น่าจะเป็นปี ค.ศ.: ปีงบประมาณเรียกเป็น พ.ศ. ({be})",
        "--fiscal-year: {year} looks like a C.E. year; fiscal years are named in B.E. ({be})",
    ),
    "plan.not_be": (
        "--fiscal-year: {year} ไม่ใช่ปี พ.ศ. (เช่น 2570)",
        "--fiscal-year: {year} is not a B.E. year (e.g. 2570)",
    ),
    "plan.no_organisation": ("--organisation ต้องไม่ว่าง", "--organisation must not be empty"),
    "plan.control": ("--{name} มีอักขระควบคุม", "--{name} contains a control character"),
    "plan.bad_id": (
        "--plan-id {id!r}: ใช้ได้เฉพาะอักษรละติน ตัวเลข '.', '_' และ '-'",
        "--plan-id {id!r}: use letters, digits, '.', '_' and '-'",
    ),
    "plan.exists": (
        "มีไฟล์ {path} อยู่แล้ว: ตั้งชื่ออื่น หรือใส่ --force เพื่อเขียนทับ",
        "{path} exists; give another FILE or --force",
    ),
    "plan.cannot_write": ("เขียน {path} ไม่ได้: {why}", "cannot write {path}: {why}"),
    "arg.not_utf8": (
        "{option} มีไบต์ที่ไม่ใช่ข้อความ UTF-8: พิมพ์ใหม่ หรือตั้งเทอร์มินัลให้ใช้ UTF-8 (ไม่ได้บันทึกอะไร)",
        "{option} holds bytes that are not UTF-8 text: type it again, or set the terminal "
        "to UTF-8 (nothing was recorded)",
    ),
    "user.not_utf8": (
        "ชื่อผู้ใช้มีไบต์ที่ไม่ใช่ข้อความ UTF-8: ตั้ง {env} เป็นชื่อที่อ่านได้ (ไม่ได้บันทึกอะไร)",
        "the user name holds bytes that are not UTF-8 text: set {env} to a readable name "
        "(nothing was recorded)",
    ),
    "plan.not_a_file": (
        "{path} {why}: เขียนแผนทับไม่ได้ (ใส่ --force ก็ไม่ได้) ให้ตั้งชื่อไฟล์อื่น",
        "{path} {why}: a plan is never written over it (not even with --force); give a file name",
    ),
    "new.wrote": (
        "เขียน {path} แล้ว: แผน {id}, {organisation}, ปีงบประมาณ {year}",
        "wrote {path}: plan {id}, {organisation}, fiscal year {year}",
    ),
    "plan.in_use": ("แผน: {path} ({organisation})", "plan: {path} ({organisation})"),
    "plan.help": (
        "ไฟล์แผน (ไม่ระบุ: แผนที่แอปเปิด คือแผนที่ใช้ล่าสุด)",
        "plan file (default: the plan the app opens, the last one used)",
    ),
    "plan.same_org": (
        "มีแผนของ {organisation} ปีงบประมาณ {year} อยู่แล้ว: {path} (รหัส {id}) แผนนี้เป็นอีกแผนหนึ่ง "
        "มีความคืบหน้าของตัวเอง (รหัส {new}) ถ้าจะบันทึกต่อในแผนเดิม ให้เปิด {path}",
        "{organisation} already has a plan for fiscal year {year}: {path} (id {id}). This one "
        "is another plan, with its own progress (id {new}); to go on recording in the old "
        "one, open {path}",
    ),
    "plan.reimported": (
        "นำเข้าทับแผนเดิมของ {organisation} ปีงบประมาณ {year}: ใช้รหัส {id} และกุญแจเดิม "
        "ความคืบหน้าที่บันทึกไว้ยังอยู่",
        "imported over the same plan of {organisation}, fiscal year {year}: its id {id} "
        "and key are kept, and so is its recorded progress",
    ),
    "plan.id_recorded": (
        "มีความคืบหน้าบันทึกไว้แล้วภายใต้รหัส {id} ใน {path}: แผนนี้จะใช้ความคืบหน้านั้น",
        "progress is already recorded under {id} in {path}: this plan will use it",
    ),
    "plan.kept_in": (
        "ความคืบหน้าของแผนนี้จะเก็บไว้ที่ {path}",
        "its progress will be kept in {path}",
    ),
    "new.next": (
        "ต่อไป: กรอกคะแนนและระดับผล ITA ([ita]) แล้วเปิดแผน: ita-tui {path}",
        "next: fill in the ITA score and level ([ita]), then open it: ita-tui {path}",
    ),
    "next.itself": (
        "FILE คือแผนเดิม: แผนของปีที่แล้วไม่มีวันถูกแก้ไข",
        "FILE is the plan itself: last year's plan is never changed",
    ),
    "next.layout": ("{path}: {why}", "{path}: {why}"),
    "next.not_later": (
        "--fiscal-year: {year} ไม่ได้อยู่หลังปีงบประมาณของแผนนี้ ({old})",
        "--fiscal-year: {year} is not after the plan's fiscal year ({old})",
    ),
    "next.same_id": (
        "--plan-id ต้องต่างจากรหัสแผนของปีนี้",
        "--plan-id must differ from this year's plan id",
    ),
    "next.wrote": (
        "เขียน {path} แล้ว: แผน {id}, ปีงบประมาณ {year}",
        "wrote {path}: plan {id}, fiscal year {year}",
    ),
    "next.recorded": (
        "มีความคืบหน้าบันทึกไว้แล้วภายใต้รหัส {id} ใน {path}: ใส่ --plan-id เพื่อเริ่มจากว่าง",
        "progress is already recorded under {id} in {path}; give --plan-id to start empty",
    ),
    "next.kept_empty": (
        "ความคืบหน้าของแผนนี้จะเก็บไว้ที่ {path} (ยังว่าง)",
        "its progress will be kept in {path} (empty for now)",
    ),
    "next.unchanged": (
        "{path} และความคืบหน้าของแผนนั้นไม่ได้ถูกแก้ไข",
        "{path} and its progress are unchanged",
    ),
    # edit
    "edit.quarters_shape": (
        "--quarters {text!r}: เขียนเช่น 1-2, 1,3 หรือ 4",
        "--quarters {text!r}: write e.g. 1-2, 1,3 or 4",
    ),
    "edit.quarters_range": (
        "--quarters {text!r}: ไตรมาสมี 1 ถึง 4",
        "--quarters {text!r}: quarters run 1 to 4",
    ),
    "edit.quarters_none": (
        "--quarters {text!r}: ระบุอย่างน้อยหนึ่งไตรมาส",
        "--quarters {text!r}: name at least one quarter",
    ),
    "edit.item": ("{number} (รหัส {key}) {text}", "{number} (key {key}) {text}"),
    "edit.no_item": (
        "ไม่มี{what} {number!r} ใน {path}: ประเด็นมีเลข 1 ถึง {last} มาตรการ/กิจกรรมเป็น 1.1 "
        "ผลลัพธ์เป็น 1.1.1 (ดู ita-tui status)",
        "no {what} {number!r} in {path}: issues are numbered 1 to {last}, activities 1.1, "
        "outcomes 1.1.1 (see `ita-tui status`)",
    ),
    "edit.what.item": ("รายการ", "item"),
    "edit.what.issue": ("ประเด็น", "issue"),
    "edit.what.activity": ("มาตรการ/กิจกรรม", "activity"),
    "edit.what.outcome": ("ผลลัพธ์", "outcome"),
    "edit.not_year": ("--{option}: {value!r} ไม่ใช่ปี", "--{option}: {value!r} is not a year"),
    "edit.not_number": (
        "--ita-score: {value!r} ไม่ใช่ตัวเลข",
        "--ita-score: {value!r} is not a number",
    ),
    "edit.not_plan_field": ("--{name} ไม่ใช่ช่องของแผน", "--{name} is not a field of the plan"),
    "edit.plan_field": (
        "--{name} เป็นช่องของแผน: ใช้ `set plan`",
        "--{name} is a field of the plan: use `set plan`",
    ),
    "edit.not_issue": (
        "{number} ไม่ใช่ประเด็น (ประเด็นคือ 1, 2, …)",
        "{number} is not an issue (an issue is 1, 2, …)",
    ),
    "edit.not_activity": (
        "{number} ไม่ใช่มาตรการ/กิจกรรม (มาตรการ/กิจกรรมคือ 1.1, 1.2, …)",
        "{number} is not an activity (an activity is 1.1, 1.2, …)",
    ),
    "edit.what_plan": (
        "บอกว่าจะเปลี่ยนอะไร เช่น --organisation ชื่อหน่วยงาน",
        "say what to change, e.g. --organisation ORG",
    ),
    "edit.what_item": ("บอกว่าจะเปลี่ยนอะไร เช่น --title ชื่อใหม่", "say what to change, e.g. --title T"),
    "edit.not_same_kind": (
        "{number} ไม่ใช่{kind}: วาง{kind}ต่อจาก{kind}อื่นเท่านั้น",
        "{number} is not an {kind}: put an {kind} after another one",
    ),
    "edit.issue_no_parent": (
        "ประเด็นไม่มีรายการแม่: ใช้ --after NO หรือ --first",
        "an issue has no parent: use --after NO or --first",
    ),
    "edit.wrong_parent": (
        "{number} ไม่ใช่{parent}: {kind}ต้องอยู่ใต้{parent}",
        "{number} is not an {parent}: an {kind} goes under one",
    ),
    "edit.recorded": (
        "มีความคืบหน้าบันทึกไว้ {n} ผลลัพธ์ใน {item}: {ids} จึงไม่ได้ลบอะไร ใส่ --force "
        "เพื่อลบ (ความคืบหน้ายังเก็บไว้ และกลับมาเมื่อนำรายการกลับด้วยรหัสเดิม)",
        "progress is recorded for {n} outcome(s) in {item}: {ids}. Nothing was removed; give "
        "--force to remove it (the progress is kept and comes back if the item is put back "
        "with the same key)",
    ),
    "edit.refused": ("{why} จึงไม่ได้เขียนอะไร", "{why}; nothing was written"),
    "edit.refused_many": (
        "ไม่ได้เขียนอะไรลง {path}:",
        "nothing was written to {path}:",
    ),
    "edit.done": ("{what} ใน {path}", "{what} in {path}"),
    "edit.removed": (
        "ลบผลลัพธ์ {n} รายการ ความคืบหน้าที่บันทึกไว้ยังเก็บไว้",
        "{n} outcome(s) removed; any progress recorded for them is kept",
    ),
    # the program's own --help (ita-tui --help)
    "help.program": (
        "ita-tui: มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (ITA) ในเทอร์มินัล\n"
        "ติดตามมาตรการ ITA ของเทศบาล: ติ๊กผลลัพธ์ เก็บหลักฐานและหมายเหตุ ส่งออกรายงานรายไตรมาส\n"
        "ใช้ได้โดยไม่ต้องต่ออินเทอร์เน็ต\n\n"
        "ถ้าไม่ระบุคำสั่ง จะเปิดแอปที่แผน PLAN (ค่าเริ่มต้น: แผนที่ใช้ล่าสุด ครั้งแรกคือแผนตัวอย่าง\n"
        "ของเทศบาลตำบลทรายขาว) ทุกคำสั่งที่ไม่ระบุ PLAN ก็ใช้แผนนั้นเช่นกัน",
        "ita-tui: มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (ITA) ในเทอร์มินัล\n"
        "Track a municipality's ITA integrity and transparency measures: tick outcomes,\n"
        "keep evidence and notes, export the quarterly status report. Works offline.\n\n"
        "With no command, opens the app on PLAN (default: the last plan used, at first the\n"
        "bundled Sai Khao plan); every command without PLAN uses that plan too.",
    ),
    "help.program.epilog": (
        "ตัวอย่าง:\n"
        "  ita-tui                          เปิดแอปที่แผนตัวอย่าง\n"
        "  ita-tui validate my-plan.toml    ตรวจไฟล์แผน\n"
        "  ita-tui mark 1.1.1 done --on 2568-01-15\n"
        "                                   บันทึกว่าผลลัพธ์ 1.1.1 ดำเนินการแล้วเมื่อ 15 ม.ค. 2568\n"
        "  ita-tui status                   ความคืบหน้าในเทอร์มินัล และที่เก็บข้อมูล\n\n"
        "รหัสเมื่อจบ: 0 สำเร็จ, 1 บันทึกหรืออ่านความคืบหน้าไม่ได้, 2 ข้อมูลที่ให้มาผิด (แผน รหัส วันที่)",
        "examples:\n"
        "  ita-tui                          open the app on the bundled plan\n"
        "  ita-tui validate my-plan.toml    check a plan file\n"
        "  ita-tui mark 1.1.1 done --on 2568-01-15 --evidence https://example.go.th/doc\n"
        "  ita-tui status                   progress in the terminal, and where it is kept\n\n"
        "exit status: 0 ok, 1 could not save or read progress, 2 bad input (plan, id, date).",
    ),
    "help.program.usage": (
        "ita-tui [PLAN] [--data-dir DIR] [--user NAME] [--lang {th,en}] [--digits {thai,arabic}]\n"
        "       ita-tui COMMAND [ตัวเลือก]   (COMMAND --help ดูตัวเลือกของคำสั่ง)",
        "ita-tui [PLAN] [--data-dir DIR] [--user NAME] [--lang {th,en}] [--digits {thai,arabic}]\n"
        "       ita-tui COMMAND [options]   (COMMAND --help for its options)",
    ),
    "help.program.commands": ("คำสั่ง", "commands"),
    "help.program.version": ("แสดงรุ่นของโปรแกรมแล้วออก", "show program's version number and exit"),
    "help.program.plan": (
        "ไฟล์แผน (ค่าเริ่มต้น: แผนที่ใช้ล่าสุด)",
        "plan file (default: the last one used)",
    ),
    "help.program.lang": (
        "ป้ายข้อความภาษาไทยหรืออังกฤษ พร้อมตัวเลขไทยหรืออารบิกให้เข้ากัน (เฉพาะครั้งนี้)",
        "labels in Thai or English, with Thai or Arabic digits to match (this run only)",
    ),
    "help.program.digits": (
        "ตัวเลขไทยหรือตัวเลขอารบิก (เฉพาะครั้งนี้)",
        "numbers in Thai or Arabic digits (this run only)",
    ),
    # the --help of export
    "help.export": (
        "ส่งออกรายงานผลการดำเนินการรายไตรมาสของแผน: ความคืบหน้ารวม กิจกรรมของแต่ละประเด็น"
        " สิ่งที่ค้างและผู้ที่ต้องดำเนินการ สิ่งที่ทำและเปลี่ยนแปลงในไตรมาส และหมายเหตุ",
        "Write the quarterly status report of a plan: overall progress, each issue's"
        " activities, what is outstanding and who must act, what was done and changed in the"
        " quarter, and the notes.",
    ),
    "help.export.epilog": (
        "ตัวอย่าง:\n"
        "  ita-tui export                         รายงานไตรมาสนี้เป็นข้อความ บนจอ\n"
        "  ita-tui export -o report.html          แบบเดียวกันเป็นหน้าเว็บ (รูปแบบตามนามสกุล)\n"
        "  ita-tui export -q 2 -f md -o q2.md     ไตรมาส ๒ (รายงานรอบ ๖ เดือน) แบบ Markdown\n"
        "  ita-tui export -q 4 --year 2568 -o .   ไตรมาส ๔ ปีงบประมาณ ๒๕๖๘ ลงโฟลเดอร์นี้ ตั้งชื่อให้\n"
        "  ita-tui export -f csv -o q2.csv        ผลลัพธ์ละแถว สำหรับ Excel\n"
        "  ita-tui export -q 4 -o q4.docx         รายงานรอบ ๑๒ เดือนเป็นไฟล์ Word ให้ลงนาม\n"
        '  ita-tui export --reporter "นายสมชาย ใจดี" --position นิติกร \\\n'
        '      --approver "นายสมศักดิ์ รักดี" --approver-position "ปลัดเทศบาล" -o q2.html\n'
        "                                         ชื่อในช่องลงนาม (จำไว้ให้)\n\n"
        "รายงานแสดงแผน ณ วันสุดท้ายของไตรมาส: ผลลัพธ์นับว่าเสร็จเมื่อวันที่ทำเสร็จ (done_on)\n"
        "ไม่เกินวันนั้น ระหว่างที่ไตรมาสยังไม่จบ รายงานแสดง ณ วันนี้",
        "examples:\n"
        "  ita-tui export                         this quarter's report as text, on the screen\n"
        "  ita-tui export -o report.html          the same as a web page (format from the"
        " extension)\n"
        "  ita-tui export -q 2 -f md -o q2.md     Q2 (the 6-month report) as Markdown\n"
        "  ita-tui export -q 4 --year 2568 -o .   Q4 of FY 2568 into this folder, named for you\n"
        "  ita-tui export -f csv -o q2.csv        one row per outcome, for Excel\n"
        "  ita-tui export -q 4 -o q4.docx         the 12-month report as a Word file to sign\n"
        '  ita-tui export --reporter "นายสมชาย ใจดี" --position นิติกร \\\n'
        '      --approver "นายสมศักดิ์ รักดี" --approver-position "ปลัดเทศบาล" -o q2.html\n'
        "                                         names on the sign-off block (remembered)\n\n"
        "The report describes the plan as of the quarter's last day: an outcome counts as done\n"
        "only if its done_on date is on or before that day. While the quarter is still running,\n"
        "the report is as of today.",
    ),
    "help.export.quarter": (
        "ไตรมาสของปีงบประมาณ (ไตรมาส 1 = ต.ค.-ธ.ค. … ไตรมาส 4 = ก.ค.-ก.ย.) ค่าเริ่มต้น:"
        " ไตรมาสของวันนี้ในปีงบประมาณของแผน ไตรมาส 4 เมื่อปีนั้นจบแล้ว ไตรมาส 1 ก่อนปีนั้นเริ่ม",
        "fiscal quarter (Q1 = Oct-Dec … Q4 = Jul-Sep); default: today's quarter in the plan's"
        " fiscal year, Q4 once that year has ended, Q1 before it begins",
    ),
    "help.export.year": (
        "ปีงบประมาณ พ.ศ. เช่น 2568 (1 ต.ค. 2567 - 30 ก.ย. 2568) ค่าเริ่มต้น: ของแผน",
        "fiscal year in B.E., e.g. 2568 (1 Oct 2024 - 30 Sep 2025); default: the plan's",
    ),
    "help.export.format": (
        "text | md | html | csv | json | docx (ค่าเริ่มต้น: ตามนามสกุลของไฟล์ -o ถ้าไม่มีก็ text)",
        "text | md | html | csv | json | docx (default: from the -o file's extension, else text)",
    ),
    "help.export.output": (
        "เขียนลง FILE (UTF-8) หรือลงในโฟลเดอร์ถ้าเป็นโฟลเดอร์ (ต้องมีอยู่แล้ว) ค่าเริ่มต้นหรือ '-': แสดงบนจอ",
        "write to FILE (UTF-8), or into it if it is a folder (the folder must exist); default"
        " or '-': standard output",
    ),
    "help.export.width": (
        "ความกว้างของรายงานแบบข้อความ เป็นจำนวนตัวอักษร ({low}-{high} ค่าเริ่มต้น:"
        " ความกว้างของจอเทอร์มินัล ถ้าไม่ใช่จอก็ 100)",
        "columns of the text report ({low}-{high}; default: the terminal's width on a terminal,"
        " else 100)",
    ),
    "help.export.lang": (
        "ภาษาของรายงานและข้อความ (ค่าเริ่มต้น: ภาษาที่เลือกไว้ในแอป ถ้าไม่มีก็ th)",
        "the report's and the messages' language (default: the one chosen in the app, else th)",
    ),
    "help.export.digits": (
        "ตัวเลขไทยหรือตัวเลขอารบิก (ค่าเริ่มต้น: ไทยสำหรับ th อารบิกสำหรับ en)"
        " csv และ json ใช้ตัวเลขอารบิกและวันที่แบบ ISO เสมอ",
        "numbers in Thai or Arabic digits (default: Thai for th, Arabic for en); csv and json"
        " always use Arabic digits and ISO dates",
    ),
    "help.export.sign": ("การลงนาม", "sign-off"),
    "help.export.sign.description": (
        "ผู้ลงนามในรายงาน (ผู้รายงาน, ผู้บริหารรับทราบ/อนุมัติ) จำไว้สำหรับแผนนี้ จึงใส่ครั้งเดียวพอ"
        " ใส่ค่าว่างเพื่อลืม ที่ไม่ได้ใส่จะเว้นว่างไว้ให้กรอก",
        "who signs the report (ผู้รายงาน, ผู้บริหารรับทราบ/อนุมัติ); remembered for this plan,"
        " so give them once; an empty value forgets one; unset ones are left blank to fill in",
    ),
    "help.export.reporter": ("ชื่อผู้รายงาน", "the reporter's name"),
    "help.export.position": ("ตำแหน่งผู้รายงาน", "the reporter's position"),
    "help.export.approver": ("ชื่อผู้บริหาร", "the executive's name"),
    "help.export.approver_position": ("ตำแหน่งผู้บริหาร", "the executive's position"),
    # the --help of mark, status and validate
    "help.mark": (
        "บันทึกสถานะของผลลัพธ์หนึ่งรายการ เหมือนติ๊กในแอป สถานะ done ใส่วันที่ทำเสร็จเป็นวันนี้ ถ้าไม่ได้ระบุ --on",
        "Record the status of one outcome, as ticking it in the app does. 'done' sets done_on"
        " to today unless --on is given.",
    ),
    "help.mark.outcome": (
        "เลขของผลลัพธ์ตามที่แสดง เช่น 1.1.1 (ประเด็น.กิจกรรม.ผลลัพธ์) หรือกุญแจของผลลัพธ์",
        "the outcome's number as shown, e.g. 1.1.1 (issue.activity.outcome), or its key",
    ),
    "help.mark.status": (
        "pending (ยังไม่ดำเนินการ) | in_progress (อยู่ระหว่างดำเนินการ) | done (ดำเนินการแล้ว)"
        " | not_applicable (ไม่เกี่ยวข้อง)",
        "pending | in_progress | done | not_applicable",
    ),
    "help.mark.on": (
        "วันที่ทำเสร็จ: 10/02/2568, 10 ก.พ. 2568, 2568-02-10 (ตัวเลขไทยก็ได้)"
        " ปีตั้งแต่ 2400 ขึ้นไปเป็น พ.ศ. (10/02/2568 = 2025-02-10)",
        "date achieved: 10/02/2568, 10 ก.พ. 2568, 2568-02-10 (Thai digits too); a year >= 2400"
        " is B.E. (10/02/2568 = 2025-02-10)",
    ),
    "help.mark.note": ("แทนที่หมายเหตุของผลลัพธ์", "replace the outcome's note"),
    "help.mark.evidence": (
        "เพิ่มลิงก์หลักฐาน (ใส่ซ้ำได้หลายลิงก์)",
        "add an evidence link (repeat for several)",
    ),
    "help.status": (
        "ความคืบหน้ารวมและรายประเด็น และที่อยู่ของไฟล์ความคืบหน้า ไฟล์สำรอง และบันทึกการแก้ไข"
        " แสดงเป็นข้อความธรรมดาเมื่อไม่ได้แสดงบนจอเทอร์มินัลหรือตั้งค่า NO_COLOR ไว้",
        "Show progress (overall and per issue) and where the progress file, its backups and"
        " the change log live. Plain text when not a terminal or NO_COLOR is set.",
    ),
    "help.validate": (
        "ตรวจไฟล์แผน: บอกทุกจุดที่ผิดพร้อมตำแหน่ง (รหัส 2) หรือสรุปแผนที่ถูกต้องในหน้าเดียว (รหัส 0)"
        " พร้อมสิ่งที่บันทึกไว้ในโฟลเดอร์ความคืบหน้า (อ่านอย่างเดียว) คีย์ที่ไม่รู้จักเป็นคำเตือน",
        "Check a plan file: every error is listed with its key path (exit 2); a good file gets"
        " a one-screen summary (exit 0), with what is recorded for it in the progress folder"
        " (read only). Unknown keys are warnings.",
    ),
    # the --help of new, next-year, summary and edit
    "help.plan_file_out": ("ไฟล์แผนที่จะเขียน", "plan file to write"),
    "help.force": ("เขียนทับ FILE ถ้ามีอยู่แล้ว", "overwrite FILE if it exists"),
    "help.new": (
        "เขียนแผนใหม่: มีคำอธิบายรูปแบบไฟล์ในหมายเหตุ ข้อมูลของแผน และประเด็นหนึ่งที่ยังไม่มีกิจกรรม"
        " พร้อมให้กรอกต่อในแอปหรือด้วย `ita-tui edit` ผลการประเมิน ITA เว้นไว้ให้กรอก"
        " (validate จะเตือนจนกว่าจะกรอก)",
        "Write a new plan: the schema explained in comments, the plan's own fields, and one"
        " issue with no activity yet, ready to fill in with the app or `ita-tui edit`. The ITA"
        " result is left to fill in (validate warns until it is).",
    ),
    "help.new.organisation": ("ชื่อหน่วยงาน เช่น เทศบาลตำบลทรายขาว", "e.g. เทศบาลตำบลทรายขาว"),
    "help.new.fiscal_year": ("ปีงบประมาณ พ.ศ. เช่น 2570", "B.E. fiscal year, e.g. 2570"),
    "help.new.district": ("อำเภอ เช่น อำเภอคลองท่อม", "e.g. อำเภอคลองท่อม"),
    "help.new.province": ("จังหวัด เช่น จังหวัดกระบี่", "e.g. จังหวัดกระบี่"),
    "help.new.title": ("ชื่อรายงาน", "the report's title"),
    "help.new.plan_id": (
        "รหัสแผน ใช้ตั้งชื่อไฟล์ความคืบหน้า (ค่าเริ่มต้น: จากชื่อหน่วยงานและปี)",
        "plan id, naming its progress file (default: from the organisation and the year)",
    ),
    "help.next": (
        "เขียนแผนของปีงบประมาณถัดไป: ปีงบประมาณของแผน + 1 หรือปีงบประมาณปัจจุบันถ้าช้ากว่า"
        " (แผนของหลายปีก่อน เช่น ตัวอย่างที่มากับโปรแกรม จะเป็นปีนี้) หรือตาม --fiscal-year"
        " รหัสแผนใหม่ (ความคืบหน้าจึงเริ่มจากว่าง) ผลการประเมิน ITA ให้กรอก (ของปีก่อน validate"
        " จะเตือนจนกว่าจะมีคะแนนและระดับ) ทุกประเด็น กิจกรรม ขั้นตอน และผลลัพธ์คงไว้พร้อมกุญแจ"
        " หมายเหตุทั้งหมดคงไว้ ไม่แตะต้อง PLAN และความคืบหน้าของแผนนั้น",
        "Write the plan for the following fiscal year: the plan's fiscal year + 1, or the"
        " current fiscal year if that is later (a plan of years ago, such as the bundled"
        " example, lands on this year), or --fiscal-year; a new plan id (so progress starts"
        " empty), the ITA result to fill in (the year before; validate warns until score and"
        " level are there), every issue, activity, step and outcome kept with its key, every"
        " comment kept. PLAN and its progress are not touched.",
    ),
    "help.next.plan_id": (
        "รหัสแผนใหม่ (ค่าเริ่มต้น: รหัสเดิมกับปีใหม่ ต่อท้าย -2 … ถ้ามีผู้ใช้แล้ว)",
        "the new plan id (default: the old one with the new year; -2 … where that is taken)",
    ),
    "help.next.fiscal_year": (
        "ปีงบประมาณ พ.ศ. ของแผนใหม่ (ค่าเริ่มต้น: ของแผน + 1 หรือปีงบประมาณปัจจุบันถ้าช้ากว่า)",
        "B.E. fiscal year of the new plan (default: the plan's + 1, or the current fiscal"
        " year if later)",
    ),
    "help.summary": (
        "อ่านไฟล์ JSON ที่ส่งออกจากหลายแผน (หลายหน่วยงาน หลายปีงบประมาณ) แล้วเขียนภาพรวมเดียว:"
        " แต่ละหน่วยงานเสร็จ/ทั้งหมด ผลลัพธ์ที่เกินกำหนด ผลการประเมิน ITA และวันที่ของข้อมูล"
        " เรียงตามเรื่องที่ต้องดูแลก่อน",
        "Read the JSON exports of several plans (agencies, fiscal years) and write one"
        " overview: per agency done/total, overdue outcomes, the ITA result and the as-of day,"
        " sorted by what needs attention.",
    ),
    "help.summary.epilog": (
        "ตัวอย่าง:\n"
        "  ita-tui summary exports/*.json                 ภาพรวมบนจอ\n"
        "  ita-tui summary exports/*.json -o overview.html\n"
        "  ita-tui summary a.json b.json -o overview.csv  หน่วยงานละแถว สำหรับ Excel\n\n"
        "FILE แต่ละไฟล์คือ JSON ที่ส่งออกจากแผนหนึ่ง (ita-tui export -f json) หน่วยงานเรียงตาม\n"
        "เรื่องที่ต้องดูแล: ผลลัพธ์เกินกำหนดมากที่สุดก่อน แล้วจึงที่เสร็จน้อยที่สุด ไฟล์ที่เป็นของ\n"
        "ไตรมาสอื่นจากส่วนใหญ่จะมีเครื่องหมาย ไฟล์ที่ไม่ใช่ไฟล์ส่งออกจะบอกชื่อและเหตุผลแล้วข้ามไป\n"
        "ไฟล์อื่นยังสรุปตามปกติ",
        "examples:\n"
        "  ita-tui summary exports/*.json                 the overview on the screen\n"
        "  ita-tui summary exports/*.json -o overview.html\n"
        "  ita-tui summary a.json b.json -o overview.csv  one row per agency, for Excel\n\n"
        "Each FILE is the JSON export of one plan (ita-tui export -f json). Agencies are listed\n"
        "by what needs attention: most overdue outcomes first, then least done. An export for\n"
        "another quarter than most is flagged. A file that is not an export is named and skipped,\n"
        "with the reason; the others are still summarised.",
    ),
    "help.summary.files": ("ไฟล์ JSON ที่ส่งออกไว้", "JSON exports to read"),
    "help.summary.output": (
        "เขียนลง FILE (.txt, .md, .html หรือ .csv) ค่าเริ่มต้นหรือ '-': แสดงบนจอ",
        "write to FILE (.txt, .md, .html or .csv); default or '-': standard output",
    ),
    "help.summary.format": (
        "text | md | html | csv (ค่าเริ่มต้น: ตามนามสกุลของไฟล์ -o ถ้าไม่มีก็ text)",
        "text | md | html | csv (default: from the -o file's extension, else text)",
    ),
    "help.summary.width": (
        "ความกว้างของภาพรวมแบบข้อความ เป็นจำนวนตัวอักษร ({low}-{high})",
        "columns of the text overview ({low}-{high})",
    ),
    "help.summary.lang": (
        "ภาษาของภาพรวมและข้อความ (ค่าเริ่มต้น: ภาษาที่เลือกไว้ในแอป ถ้าไม่มีก็ th)",
        "the overview's and the messages' language (default: the one chosen in the app, else th)",
    ),
    "help.summary.digits": ("ตัวเลขไทยหรือตัวเลขอารบิก", "numbers in Thai or Arabic digits"),
    "help.edit": (
        "รายการเรียกด้วยเลขที่แสดง (1, 1.2, 1.2.3"
        " ตัวเลขไทยก็ได้) หรือด้วยกุญแจ แต่ละคำสั่งตรวจก่อน แล้วจึงเขียนลงไฟล์เดิม (คงหมายเหตุและการจัดวาง)"
        " ทีเดียวทั้งไฟล์ มีไฟล์สำรอง และถือล็อกของแผนไว้ แล้วบอกว่าทำอะไรไป"
        " ถ้าไม่รับการแก้ไขจะไม่เขียนอะไร (รหัส 2)",
        "Items are named by the number shown (1, 1.2, 1.2.3; Thai digits too) or by their key."
        " Each action is checked, then written in place (comments and layout kept),"
        " atomically, with a backup, under the plan's lock; it prints what it did. Nothing is"
        " written when the edit is refused (exit 2).",
    ),
    "help.edit.epilog": ("ตัวอย่าง:", "examples:"),
    "help.edit.plan": (
        "ไฟล์แผนที่จะแก้ (ไม่ระบุ: แผนที่แอปเปิด คือแผนที่ใช้ล่าสุด)",
        "the plan file to change (left out: the plan the app opens, the last one used)",
    ),
    "help.edit.add_issue": ("เพิ่มประเด็นต่อท้าย", "add an issue at the end"),
    "help.edit.add_activity": ("เพิ่มกิจกรรมในประเด็น", "add an activity to an issue"),
    "help.edit.add_outcome": ("เพิ่มผลลัพธ์ในกิจกรรม", "add an outcome to an activity"),
    "help.edit.oit": ("รหัสตัวชี้วัด OIT เช่น O10", "OIT indicator code, e.g. O10"),
    "help.edit.set": (
        "แก้ข้อมูลของรายการ (หรือของแผน: NO = plan)",
        "change fields of an item (or of the plan: NO = plan)",
    ),
    "help.edit.set.description": (
        "แก้ข้อมูลของรายการ ข้อมูลที่ไม่ได้ระบุคงเดิม `set plan …` แก้ข้อมูลของแผนเอง",
        "Change fields of an item; fields not given stay as they are. `set plan …` changes"
        " the plan's own fields.",
    ),
    "help.edit.number": ("1, 1.2, 1.2.3 หรือ 'plan'", "1, 1.2, 1.2.3, or 'plan'"),
    "help.edit.title": (
        "ชื่อประเด็น กิจกรรม หรือชื่อแผน",
        "issue, activity or plan title",
    ),
    "help.edit.text": ("ข้อความของผลลัพธ์", "outcome text"),
    "help.edit.no_oit": ("ลบรหัส OIT", "remove the OIT code"),
    "help.edit.organisation": ("หน่วยงานของแผน", "the plan's organisation"),
    "help.edit.district": ("อำเภอของแผน", "the plan's district"),
    "help.edit.province": ("จังหวัดของแผน", "the plan's province"),
    "help.edit.fiscal-year": ("ปีงบประมาณของแผน", "the plan's fiscal year"),
    "help.edit.ita-year": ("ปีที่ประเมิน ITA ของแผน", "the plan's ita year"),
    "help.edit.ita-score": ("คะแนน ITA ของแผน", "the plan's ita score"),
    "help.edit.ita-level": ("ระดับผลการประเมิน ITA ของแผน", "the plan's ita level"),
    "help.edit.remove": (
        "ลบรายการและทุกอย่างที่อยู่ในรายการนั้น",
        "remove an item and everything in it",
    ),
    "help.edit.remove_force": (
        "ลบแม้จะมีความคืบหน้าที่บันทึกไว้",
        "remove it even though progress is recorded",
    ),
    "help.edit.move": (
        "ย้ายรายการในระดับเดียวกันหรือไปที่อื่น",
        "move an item among its siblings or elsewhere",
    ),
    "help.edit.after": ("วางต่อจากรายการนี้", "put it right after this item"),
    "help.edit.to": (
        "วางท้ายสุดในประเด็น/กิจกรรมนี้",
        "put it last under this issue/activity",
    ),
    "help.edit.first": ("วางเป็นลำดับแรกในระดับเดียวกัน", "put it first among its siblings"),
    "help.edit.quarters": (
        "ไตรมาสของปีงบประมาณ เช่น 1-2, 1,3 หรือ 4",
        "fiscal quarters, e.g. 1-2, 1,3 or 4",
    ),
    "help.edit.quarters_default": (" (ค่าเริ่มต้น: {q})", " (default: {q})"),
    "help.edit.period": ("ระยะเวลาตามที่เขียนในรายงาน", "the period as written in the report"),
    "help.edit.responsible": (
        "ตำแหน่งผู้รับผิดชอบ (ใส่ซ้ำได้หลายตำแหน่ง)",
        "a job title (repeat for several)",
    ),
    "help.edit.steps": ("ขั้นตอน (ใส่ซ้ำได้)", "a step (repeat)"),
    # import
    "import.help": (
        "อ่านรายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) ที่หน่วยงานเผยแพร่ (ไฟล์ Word .docx, "
        "ไฟล์ Excel .xlsx, หน้าเว็บที่บันทึกไว้, PDF หรือข้อความที่คั่นด้วยแท็บ, CSV หรือคัดลอกมาวาง) "
        "แล้วเขียนเป็นไฟล์แผนตามรูปแบบของ measures.toml ที่มากับโปรแกรม สิ่งที่คาดเดาจะมีหมายเหตุ"
        "ในไฟล์และคำเตือนที่นี่ ข้อความที่จัดเข้าที่ไม่ได้เก็บไว้เป็นหมายเหตุ ไม่ทิ้ง "
        "จบด้วยรหัส 0 (อาจมีคำเตือน) หรือ 2 เมื่อไม่พบสิ่งที่ใช้ได้",
        "Read an agency's published ITA measures report (Word .docx, Excel .xlsx, a saved web "
        "page, PDF, or text: tab-separated, CSV or pasted) and write a plan file in the schema "
        "of the bundled measures.toml. Guesses are marked with comments in the file and "
        "warnings here; text it cannot place is kept in comments, never dropped. Exit 0 (with "
        "warnings), 2 when nothing usable was found.",
    ),
    "import.help.report": (
        "รายงาน: .docx .xlsx .html/.htm .pdf .txt .tsv .csv หรือ .md (ดูจากเนื้อไฟล์: "
        "ไฟล์ .txt ที่เป็น HTML จะอ่านเป็น HTML)",
        "the report: .docx, .xlsx, .html/.htm, .pdf, .txt, .tsv, .csv or .md "
        "(the content decides: a .txt that is really HTML is read as HTML)",
    ),
    "import.help.output": (
        "ไฟล์แผนที่จะเขียน (ค่าเริ่มต้น: measures.toml)",
        "plan file to write (default: measures.toml)",
    ),
    "import.help.fiscal_year": (
        "ปีงบประมาณ พ.ศ. ของมาตรการ (ค่าเริ่มต้น: อ่านจากวันที่ในรายงาน)",
        "B.E. fiscal year the measures run in (default: read from the report's dates)",
    ),
    "import.help.plan_id": (
        "รหัสแผน (ค่าเริ่มต้น: ita-<ปีงบประมาณ>)",
        "plan id (default: ita-<fiscal year>)",
    ),
    "import.help.force": ("เขียนทับ FILE ถ้ามีอยู่แล้ว", "overwrite FILE if it exists"),
    "import.help.dry_run": (
        "แสดงแผนที่จะเขียน (ประเด็น มาตรการ/กิจกรรม ระยะเวลา ผู้รับผิดชอบ จำนวน) และคำเตือน โดยไม่เขียนอะไร",
        "print the plan it would write (issues, activities, periods, job titles, counts) "
        "and the warnings; write nothing",
    ),
    "import.warning": ("คำเตือน: {what}", "warning: {what}"),
    "import.noticed": ("สิ่งที่พบระหว่างอ่าน:", "what the reading noticed:"),
    "import.dry_run": (
        "ทดลองอ่านเท่านั้น: ไม่ได้เขียนอะไร (คำเตือน {n} รายการ) ถ้าไม่ใส่ --dry-run จะเขียน {path}",
        "dry run: nothing written ({n} warning(s)); without --dry-run it writes {path}",
    ),
    "import.wrote": (
        "เขียน {path} แล้ว: {counts} (ปีงบประมาณ {year}, รหัส {id}){warned}",
        "wrote {path}: {counts} (fiscal year {year}, id {id}){warned}",
    ),
    "import.counts": (
        "{issues} ประเด็น, {activities} มาตรการ/กิจกรรม, {steps} ขั้นตอน, {outcomes} ผลลัพธ์",
        "{issues} issues, {activities} activities, {steps} steps, {outcomes} outcomes",
    ),
    "import.warned": (
        "; คำเตือน {n} รายการ ดูหมายเหตุในไฟล์",
        "; {n} warning(s), see the comments in the file",
    ),
    "import.check": (
        "ตรวจแผนด้วย: ita-tui validate {path}",
        "check it with: ita-tui validate {path}",
    ),
    # summary
    "summary.not_overview": (
        "{name}: ภาพรวมเขียนได้เป็นไฟล์ .txt .md .html หรือ .csv",
        "{name}: the overview is text, md, html or csv",
    ),
    "summary.is_folder": (
        "{path} เป็นโฟลเดอร์: ระบุชื่อไฟล์ที่จะเขียน",
        "{path} is a folder: name the file to write",
    ),
    "summary.skipped": ("ข้าม {path}: {why}", "skipped {path}: {why}"),
    "summary.none": (
        "ไม่มีไฟล์ใดอ่านได้เป็นไฟล์ JSON ที่ ita-tui ส่งออก",
        "no file could be read as an ita-tui JSON export",
    ),
    "summary.wrote": (
        "เขียนภาพรวมของ {n} หน่วยงาน ({fmt}) ไปที่ {path} แล้ว",
        "wrote the overview of {n} agencies ({fmt}) to {path}",
    ),
}


def say(key: str, lang: str, /, **values: object) -> str:
    """The message ``key`` in ``lang``. The values (plan text, paths, OS errors) come from
    files and folders: each is made visible, so nothing in one acts on the terminal."""
    th, en = WORDS[key]
    text = en if lang == "en" else th
    if not values:
        return text
    return text.format(**{name: visible(value) for name, value in values.items()})


def n(value: object, lang: str) -> str:
    """A number (or an id) in Thai digits for Thai messages, Arabic for English ones."""
    from ita_tui.thai.digits import to_thai_digits

    return to_thai_digits(str(value)) if lang == "th" else str(value)


def add_lang(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """``--lang``; ``suppress`` on a sub-subcommand, so that its absence does not undo the
    value given before it (the language is read from the whole command line anyway)."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--lang", choices=LANGS, default=default, help=say("lang_help", "th"))


#: The command line's language once :func:`ita_tui.cli.main` has read ``--lang``.
CLI_LANG: str | None = None


def lang_of(args: argparse.Namespace | None = None) -> str:
    """``--lang`` if given, else the language remembered by the app, else Thai."""
    chosen = getattr(args, "lang", None) if args is not None else CLI_LANG
    if chosen in LANGS:
        return str(chosen)
    return load_settings().lang


def label(key: str, lang: str, width: int) -> str:
    """A field name padded to ``width`` cells (Thai marks take no cell)."""
    from rich.cells import cell_len

    text = say(key, lang)
    return text + " " * max(1, width - cell_len(text))
