"""Labels of plan editing, the welcome screen and the plan list, in Thai and English.

Kept apart from :mod:`ita_tui.tui.i18n` (which merges them into its table) so that the
editing feature's words live in one place.
"""

from __future__ import annotations

from typing import Final

EDIT_MESSAGES: Final[dict[str, tuple[str, str]]] = {
    # keys (footer, help, command palette)
    "key.edit": ("แก้ไข", "Edit"),
    "key.add_after": ("เพิ่ม", "Add"),
    "key.add_child": ("เพิ่มย่อย", "Add child"),
    "key.delete": ("ลบ", "Delete"),
    "key.move_up": ("เลื่อนขึ้น", "Move up"),
    "key.move_down": ("เลื่อนลง", "Move down"),
    "key.edit_plan": ("ข้อมูลแผน", "Plan details"),
    "key.plans": ("แผนงาน", "Plans"),
    "help.edit": (
        "แก้ไขรายการที่เคอร์เซอร์อยู่ (ชื่อประเด็น, แบบฟอร์มกิจกรรม, ข้อความผลลัพธ์)",
        "Edit the line under the cursor (issue title, activity form, outcome text)",
    ),
    "help.add_after": (
        "เพิ่มรายการชนิดเดียวกันต่อจากรายการนี้ แล้วเปิดให้แก้ไข",
        "Add an item of the same kind after this one and edit it",
    ),
    "help.add_child": (
        "เพิ่มรายการย่อย: กิจกรรมใต้ประเด็น หรือผลลัพธ์ใต้กิจกรรม",
        "Add a child: an activity under an issue, an outcome under an activity",
    ),
    "help.delete": (
        "ลบรายการนี้ (ถามก่อน บอกจำนวนผลลัพธ์ที่บันทึกความคืบหน้าไว้; ctrl+z เลิกทำได้)",
        "Remove this item (asks first, saying how many outcomes have progress; ctrl+z undoes)",
    ),
    "help.move_up": ("เลื่อนรายการขึ้นหนึ่งลำดับ", "Move the item up among its siblings"),
    "help.move_down": ("เลื่อนรายการลงหนึ่งลำดับ", "Move the item down among its siblings"),
    "help.edit_plan": (
        "แก้ไขข้อมูลแผน: หน่วยงาน อำเภอ จังหวัด ชื่อแผน ปีงบประมาณ ผลการประเมิน ITA",
        "Edit the plan's details: organisation, district, province, title, fiscal year, ITA result",
    ),
    "help.plans": (
        "รายการแผนงานของคุณ: สลับไปยังแผนอื่น",
        "Your plans: switch to another plan",
    ),
    "help.plan_file": ("ไฟล์แผน", "Plan file"),
    # forms
    "form.edit_issue": ("แก้ไขประเด็น {n}", "Edit issue {n}"),
    "form.new_issue": ("ประเด็นใหม่", "New issue"),
    "form.edit_activity": ("แก้ไขมาตรการ/กิจกรรม {n}", "Edit activity {n}"),
    "form.new_activity": ("มาตรการ/กิจกรรมใหม่", "New activity"),
    "form.edit_outcome": ("แก้ไขผลลัพธ์ {n}", "Edit outcome {n}"),
    "form.new_outcome": ("ผลลัพธ์ใหม่", "New outcome"),
    "form.edit_plan": ("ข้อมูลแผน", "Plan details"),
    "form.hint": ("ctrl+s บันทึก · esc ยกเลิก", "ctrl+s saves · esc cancels"),
    "field.issue_title": ("ชื่อประเด็น", "Issue title"),
    "field.activity_title": ("ชื่อมาตรการ/กิจกรรม", "Activity title"),
    "field.period": ("ระยะเวลา (ตามที่เขียนในรายงาน)", "Period (as the report words it)"),
    "field.quarters": ("ไตรมาสที่ดำเนินการ", "Quarters"),
    "field.quarter_n": ("ไตรมาส {n}", "Q{n}"),
    "field.responsible": ("ผู้รับผิดชอบ (บรรทัดละหนึ่งตำแหน่ง)", "Job titles (one per line)"),
    "field.steps": ("ขั้นตอน (บรรทัดละหนึ่งขั้น)", "Steps (one per line)"),
    "field.oit": ("รหัสตัวชี้วัด OIT (ถ้ามี)", "OIT code (optional)"),
    "field.outcome_text": ("ผลลัพธ์", "Outcome"),
    "field.organisation": ("หน่วยงาน", "Organisation"),
    "field.district": ("อำเภอ", "District"),
    "field.province": ("จังหวัด", "Province"),
    "field.plan_title": ("ชื่อแผน", "Plan title"),
    "field.fiscal_year": ("ปีงบประมาณ (พ.ศ.)", "Fiscal year (B.E.)"),
    "field.ita_year": ("ปีที่ประเมิน ITA (พ.ศ.)", "ITA year (B.E.)"),
    "field.ita_score": ("คะแนน ITA", "ITA score"),
    "field.ita_level": ("ระดับผลการประเมิน", "ITA level"),
    # validation
    "err.empty_title": ("ต้องมีชื่อ", "A title is required"),
    "err.empty_text": ("ต้องมีข้อความผลลัพธ์", "The outcome needs a text"),
    "err.no_quarter": ("เลือกอย่างน้อยหนึ่งไตรมาส", "Choose at least one quarter"),
    "err.period_no_quarter": (
        "มีระยะเวลาแต่ไม่ได้เลือกไตรมาส: เลือกอย่างน้อยหนึ่งไตรมาส",
        "A period with no quarter: choose at least one quarter",
    ),
    "err.duplicate_job": ("ผู้รับผิดชอบซ้ำ: {job}", "Job title listed twice: {job}"),
    "err.oit": (
        "รหัส OIT ใช้ได้เฉพาะตัวอักษร ตัวเลข . _ - (เช่น O10)",
        "An OIT code is letters, digits, . _ - (e.g. O10)",
    ),
    "err.control": (
        "มีอักขระควบคุมที่มองไม่เห็น (เช่น ติดมาจากการวาง) ในข้อความ: ลบออกก่อน",
        "The text holds an invisible control character (from a paste?): remove it first",
    ),
    "err.empty_organisation": ("ต้องมีชื่อหน่วยงาน", "The organisation is required"),
    "err.fiscal_year": (
        "ปีงบประมาณเป็น พ.ศ. ๔ หลัก เช่น ๒๕๖๙",
        "The fiscal year is a B.E. year, e.g. 2569",
    ),
    "err.ita_year": ("ปีที่ประเมินเป็น พ.ศ. ๔ หลัก เช่น ๒๕๖๘", "The ITA year is a B.E. year, e.g. 2568"),
    "err.ita_score": ("คะแนนเป็นตัวเลข ๐–๑๐๐", "The score is a number 0-100"),
    "err.ita_partial": (
        "ผล ITA ต้องมีปีที่ประเมินก่อน (คะแนนและระดับใส่ทีหลังได้)",
        "The ITA result needs its year (the score and level may wait)",
    ),
    # what an edit did
    "what.issue": ("ประเด็น {n}", "issue {n}"),
    "what.activity": ("กิจกรรม {n}", "activity {n}"),
    "what.outcome": ("ผลลัพธ์ {n}", "outcome {n}"),
    "what.plan": ("ข้อมูลแผน", "plan details"),
    "did.edit": ("แก้ไข{what}", "edited {what}"),
    "did.add": ("เพิ่ม{what}", "added {what}"),
    "did.remove": ("ลบ{what}", "removed {what}"),
    "did.move": ("เลื่อน{what}", "moved {what}"),
    "edit.saved": ("✓ บันทึกแผนแล้ว: {what}", "✓ plan saved: {what}"),
    "edit.unchanged": ("ไม่มีอะไรเปลี่ยน", "Nothing changed"),
    "edit.saving": ("กำลังบันทึกแผน…", "Saving the plan…"),
    "edit.busy": ("รอสักครู่: กำลังบันทึกแผน", "One moment: the plan is being saved"),
    "edit.failed": (
        "แก้ไขแผนไม่สำเร็จ (ไม่ได้เขียนอะไรลงไฟล์): {error}",
        "The plan was not changed: {error}",
    ),
    "edit.fault": (
        "ข้อผิดพลาดในโปรแกรม ita-tui ({error}) โปรดแจ้งผู้ดูแลโปรแกรม",
        "a fault in ita-tui ({error}); please tell whoever looks after it",
    ),
    "edit.kept": (
        "สิ่งที่พิมพ์ไว้ยังอยู่ครบ: ctrl+s บันทึกอีกครั้ง · esc ยกเลิก",
        "What you typed is kept: ctrl+s tries again · esc cancels",
    ),
    "edit.undone": ("เลิกทำ: {what}", "Undone: {what}"),
    "edit.redone": ("ทำซ้ำ: {what}", "Redone: {what}"),
    "edit.copied": (
        "แผนตัวอย่างในโปรแกรมแก้ไขไม่ได้ จึงทำสำเนาไว้ที่ {path} และจะเปิดสำเนานี้ตั้งแต่นี้ไป",
        "The bundled example cannot be changed, so it was copied to {path}; from now on that copy opens",
    ),
    "edit.copy_existed": (
        "แผนตัวอย่างในโปรแกรมแก้ไขไม่ได้ และคุณมีสำเนาของแผนนี้อยู่แล้วที่ {path}: "
        "เปิดสำเนานั้นและแก้ไขลงในสำเนานั้น (ไม่ได้ทำสำเนาใหม่) และจะเปิดสำเนานี้ตั้งแต่นี้ไป",
        "The bundled example cannot be changed, and your own copy of it already exists at "
        "{path}: it was opened and this change made in it (no new copy); from now on that "
        "copy opens",
    ),
    "edit.copy_failed": ("ทำสำเนาแผนไม่ได้: {error}", "Could not copy the plan: {error}"),
    "edit.plan_changed": (
        "ไฟล์แผนถูกแก้ไขจากที่อื่น: แสดงแผนล่าสุดแล้ว",
        "The plan file was changed elsewhere: now showing the latest",
    ),
    "edit.plan_unreadable": (
        "ไฟล์แผนที่ถูกแก้จากที่อื่นใช้ไม่ได้ ยังแสดงแผนเดิม: {error}",
        "The plan file changed elsewhere and cannot be used; still showing the last good one: {error}",
    ),
    "edit.at_top": ("อยู่ลำดับแรกแล้ว", "Already first"),
    "edit.at_bottom": ("อยู่ลำดับสุดท้ายแล้ว", "Already last"),
    "edit.only_child": (
        "ลบไม่ได้: {what} เป็นรายการเดียวของระดับนี้ (แผนต้องมีอย่างน้อยหนึ่งรายการ) เพิ่มรายการอื่นก่อน",
        "Cannot remove {what}: it is the only one here (a plan needs at least one); add another first",
    ),
    "edit.no_child": ("ผลลัพธ์ไม่มีรายการย่อย", "An outcome has no children"),
    # delete confirmation
    "delete.title": ("ลบ{what}?", "Remove {what}?"),
    "delete.counts": (
        "จะลบพร้อมกัน: มาตรการ/กิจกรรม {activities} รายการ, ผลลัพธ์ {outcomes} รายการ",
        "Goes with it: {activities} activities, {outcomes} outcomes",
    ),
    "delete.counts_outcomes": (
        "จะลบผลลัพธ์พร้อมกัน {outcomes} รายการ",
        "Goes with it: {outcomes} outcomes",
    ),
    "delete.progress": (
        "ผลลัพธ์ที่บันทึกความคืบหน้าแล้ว {n} รายการ จะหายไปจากแผน (ข้อมูลความคืบหน้ายังเก็บไว้ และกลับมาเมื่อกด ctrl+z)",
        "{n} outcomes with recorded progress go with it (the progress is kept and returns with ctrl+z)",
    ),
    "delete.no_progress": ("ยังไม่มีผลลัพธ์ใดบันทึกความคืบหน้า", "No outcome here has recorded progress"),
    "dialog.delete": ("ลบ", "Remove"),
    # welcome
    "welcome.title": ("ยินดีต้อนรับสู่ ita-tui", "Welcome to ita-tui"),
    "welcome.body": (
        "ที่เห็นอยู่คือแผนตัวอย่างของเทศบาลตำบลทรายขาว ลองติ๊กหรือแก้ไขได้เลย "
        "(การแก้ไขครั้งแรกจะทำสำเนาไว้ในโฟลเดอร์ข้อมูลของคุณ)\n\n"
        "เริ่มแผนของหน่วยงานคุณได้สามทาง:\n"
        " • นำเข้ารายงานที่หน่วยงานเผยแพร่\n"
        "     ita-tui import รายงาน.txt -o แผน.toml\n"
        " • เริ่มแผนเปล่า\n"
        '     ita-tui new แผน.toml --organisation "ชื่อหน่วยงาน" --fiscal-year {year}\n'
        " • ต่อยอดจากตัวอย่างนี้เป็นแผนปีงบประมาณ {year}\n"
        "     ita-tui next-year -o แผน.toml\n\n"
        "แล้วเปิดด้วย ita-tui แผน.toml ครั้งต่อไปโปรแกรมจะเปิดแผนล่าสุดให้เอง "
        "และ ctrl+o สลับระหว่างแผนของคุณ",
        "What you see is the example plan of Sai Khao subdistrict municipality: tick and edit "
        "freely (the first edit makes a copy in your data folder).\n\n"
        "Start your own plan in one of three ways:\n"
        " • import the report your office published\n"
        "     ita-tui import report.txt -o plan.toml\n"
        " • start an empty plan\n"
        '     ita-tui new plan.toml --organisation "Your office" --fiscal-year {year}\n'
        " • roll this example into fiscal year {year}'s plan\n"
        "     ita-tui next-year -o plan.toml\n\n"
        "Then open it with ita-tui plan.toml; from then on the last plan used opens by "
        "itself, and ctrl+o switches between your plans.",
    ),
    "welcome.ok": ("ดูตัวอย่าง", "Look at the example"),
    # the officer's name, asked once (signs every change)
    "name.title": ("ชื่อของคุณ", "Your name"),
    "name.prompt": (
        "ทุกการบันทึกจะลงชื่อนี้ไว้ (ในประวัติการแก้ไขและรายงาน) ถามครั้งเดียวแล้วจำไว้",
        "Every change you make is signed with it (in the change log and the reports); "
        "asked once and remembered",
    ),
    "name.ok": ("บันทึกชื่อ", "Save the name"),
    "name.empty": ("พิมพ์ชื่อของคุณ", "Type your name"),
    "name.too_long": ("ชื่อยาวเกินไป (ไม่เกิน 100 ตัวอักษร)", "Too long (100 characters at most)"),
    "name.not_utf8": ("ชื่อมีอักขระที่ใช้ไม่ได้", "The name has characters that cannot be used"),
    "name.control": (
        "ชื่อมีอักขระควบคุม (เช่น ESC หรือแท็บ): ใช้ได้เฉพาะตัวอักษรที่มองเห็น",
        "The name has control characters (ESC, tab...): use visible letters only",
    ),
    "name.not_saved": (
        "ใช้ชื่อนี้แล้ว แต่จำไว้ไม่ได้: {error}",
        "The name is used, but could not be remembered: {error}",
    ),
    # plan list
    "plans.title": ("แผนงาน", "Plans"),
    "plans.hint": ("↑↓ เลือก · enter เปิด · esc ปิด", "↑↓ choose · enter opens · esc closes"),
    "plans.example": ("แผนตัวอย่าง (ในโปรแกรม)", "the bundled example"),
    "plans.missing": ("ไม่พบไฟล์", "missing"),
    "plans.current": ("เปิดอยู่", "open now"),
    "plans.unreadable": ("ใช้ไม่ได้", "cannot be read"),
    "plans.none": (
        "ยังไม่มีแผนของคุณเอง: นำเข้ารายงาน (ita-tui import) หรือเริ่มใหม่ (ita-tui new)",
        "No plans of your own yet: import a report (ita-tui import) or start one (ita-tui new)",
    ),
    "plans.opened": ("เปิดแผน {path}", "Opened {path}"),
    "plans.failed": ("เปิดแผนไม่ได้: {error}", "Cannot open that plan: {error}"),
    "plans.unsaved": (
        "ยังบันทึกความคืบหน้าไม่ได้: สลับแผนไม่ได้จนกว่าจะบันทึกสำเร็จ",
        "Progress is not saved yet: switch plans once it is",
    ),
    "plans.is_missing": ("ไม่พบไฟล์นี้: {path}", "That file is missing: {path}"),
}
