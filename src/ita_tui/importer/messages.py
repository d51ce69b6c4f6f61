"""The importer's warnings in Thai and English, worded in one place.

A reader or the parser says what it noticed as a :class:`Message`: a code of :data:`WORDS`
and its values.  The message *is* its English wording (a ``str``, as written into the
plan's ``# import:`` comments and compared by tests); :meth:`Message.text` words it in Thai
for a Thai command line.  The values keep their kind, so a Thai wording changes only what
is the importer's own:

* :class:`Place` -- where in the source (``page 3, row 5``): its words and digits are put
  in Thai, a sheet's name quoted in it is kept as it is;
* :class:`Num` and ``int`` -- a number or a plan number (``1.1``): Thai digits in Thai;
* another :class:`Message` -- worded in the same language;
* any other ``str`` -- the document's own text, file names: kept exactly;
* a list or tuple -- its items, each as above, joined by ``", "``.

Pure: no terminal (the command makes the worded text visible before printing it).
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Final

from ita_tui.thai.digits import to_thai_digits

#: code -> (Thai, English), the convention of :mod:`ita_tui.commands.words`.
WORDS: Final[dict[str, tuple[str, str]]] = {
    # a warning: the place it concerns, then what was noticed there
    "at": ("{where}: {what}", "{where}: {what}"),
    # rows and headings (parser)
    "unplaced": (
        "{why} จึงเก็บไว้เป็นหมายเหตุ: «{text}»",
        "{why}, kept as a comment: «{text}»",
    ),
    "unplaced.not_measure": (
        "ไม่ใช่หัวข้อประเด็นหรือแถวมาตรการ",
        "not a heading or a measure row",
    ),
    "unplaced.empty_issue": ("ประเด็นนี้ไม่มีแถวมาตรการ", "an issue with no measure rows"),
    "header.missing": (
        "หัวตารางไม่มีคอลัมน์ {roles}",
        "the table header has no column for {roles}",
    ),
    "header.missing_number": (
        "หัวตารางไม่มีคอลัมน์ {roles} (จึงนับลำดับแถวตามที่เรียงมา)",
        "the table header has no column for {roles} (its rows are numbered in order)",
    ),
    "role.number": ("ลำดับ", "number"),
    "role.title": ("มาตรการ/กิจกรรม", "title"),
    "role.period": ("ระยะเวลา", "period"),
    "role.responsible": ("ผู้รับผิดชอบ", "responsible"),
    "role.steps": ("สรุปผล/ขั้นตอน", "steps"),
    "role.outcomes": ("ผลลัพธ์", "outcomes"),
    "issue.no_heading": (
        "ไม่มีหัวข้อ «ประเด็นที่» ก่อนมาตรการแรก: จัดไว้ใต้ประเด็นที่ ๑ โปรดใส่ชื่อประเด็น",
        "no «ประเด็นที่» heading before the first measure: put under issue 1; give it its title",
    ),
    "issue.again": (
        "รายงานใช้เลขประเด็น {number} ซ้ำ: ให้เป็นประเด็นที่ {issue}",
        "the report numbers this issue {number} again: numbered {issue}",
    ),
    "issue.no_title": ("หัวข้อประเด็นไม่มีชื่อ: โปรดใส่ชื่อ", "the heading has no title: give it one"),
    "issue.same_title": (
        "ประเด็นนี้มีชื่อเดียวกับประเด็นที่ {issue} (คงไว้ตามรายงาน): โปรดตรวจมาตรการ/กิจกรรมของประเด็นนี้",
        "the report gives this issue the same title as issue {issue} (kept verbatim): "
        "check its activities",
    ),
    # activities
    "row.orphan_continued": (
        "แถว «(ต่อ)» ไม่มีกิจกรรม {number} ก่อนหน้าในประเด็นเดียวกันให้ต่อท้าย: อ่านเป็นกิจกรรมใหม่",
        "«(ต่อ)» row with no earlier activity {number} in this issue to continue: "
        "read as a new activity",
    ),
    "row.no_number": (
        "แถวนี้ไม่มีลำดับ: ให้เป็นลำดับที่ {number}",
        "the row has no number: numbered {number}",
    ),
    "row.repeats": (
        "แถวนี้ใช้ลำดับ {wanted} ซ้ำ: ให้เป็นลำดับที่ {number}",
        "the row repeats number {wanted}: numbered {number}",
    ),
    "row.no_title": (
        "แถวนี้ไม่มีชื่อมาตรการ/กิจกรรม: โปรดใส่ชื่อ",
        "the row has no title (มาตรการ/กิจกรรม): give it one",
    ),
    "period.unknown": (
        "อ่านระยะเวลา «{period}» ไม่ออก: ถือว่าทำตลอดปี (ไตรมาส ๑-๔)",
        "period «{period}» not recognised: assumed the whole year, quarters [1, 2, 3, 4]",
    ),
    "period.none": (
        "รายงานไม่ได้ระบุระยะเวลา: ถือว่าทำตลอดปี (ไตรมาส ๑-๔)",
        "no period (ระยะเวลา) in the report: assumed the whole year, quarters [1, 2, 3, 4]",
    ),
    "period.guess": ("ระยะเวลา «{period}»: {note}", "period «{period}»: {note}"),
    "period.wraps": (
        "ช่วงเดือนเลยเดือนกันยายนไปถึงปีงบประมาณถัดไป",
        "the month range runs past September into the next fiscal year",
    ),
    "period.disagree": (
        "ไตรมาส {quarters} กับเดือนที่ระบุ (ไตรมาส {months}) ไม่ตรงกัน: ใช้ทั้งสองอย่าง",
        "quarters {quarters} and months {months} disagree: used both",
    ),
    "kind.steps": ("ขั้นตอน", "steps"),
    "kind.outcomes": ("ผลลัพธ์", "outcomes"),
    "items.lead": (
        "{kind}: ข้อความก่อนข้อ {first} เก็บไว้ที่นี่: «{lead}»",
        "{kind}: text before item {first} kept here: «{lead}»",
    ),
    "items.unnumbered": (
        "{kind}ไม่มีเลขข้อ: ถือแต่ละย่อหน้าเป็นหนึ่งข้อ",
        "{kind} are not numbered: took each paragraph as one item",
    ),
    "items.renumbered": (
        "{kind}ในรายงานเริ่มที่ข้อ {first}: เรียงเลขใหม่เริ่มที่ {expected}",
        "{kind} numbered from {first} in the report: numbered from {expected}",
    ),
    "continued.title": (
        "ชื่อในแถวที่ต่อไม่ตรงกับแถวแรก: «{title}»",
        "the continuation row's title differs: «{title}»",
    ),
    "continued.period": (
        "ระยะเวลาในแถวที่ต่อไม่ตรงกับแถวแรก: «{period}» (ใช้ของแถวแรก)",
        "the continuation row's period differs: «{period}» (kept the first)",
    ),
    "continued.guess": (
        "แถวที่ไม่มีลำดับ อ่านเป็นส่วนต่อของกิจกรรม {activity}: {gained}",
        "a row with no number read as continuing {activity}: {gained}",
    ),
    "added.one": ("{a} มาจากแถวนี้", "{a} come from it"),
    "added.two": ("{a} และ{b} มาจากแถวนี้", "{a} and {b} come from it"),
    "added.none": ("แถวนี้ไม่ได้เพิ่มขั้นตอนหรือผลลัพธ์", "it adds no steps or outcomes"),
    "span.step": ("ขั้นตอนที่ {first}", "step {first}"),
    "span.steps": ("ขั้นตอนที่ {first}-{last}", "steps {first}-{last}"),
    "span.outcome": ("ผลลัพธ์ {first}", "outcome {first}"),
    "span.outcomes": ("ผลลัพธ์ {first}-{last}", "outcomes {first}-{last}"),
    "no_outcomes": (
        "รายงานไม่ได้ระบุผลลัพธ์: ใช้ชื่อกิจกรรมเป็นผลลัพธ์หนึ่งข้อ เพื่อให้บันทึกความคืบหน้าได้",
        "no outcomes (ผลลัพธ์) in the report: the activity's title stands in as its one "
        "outcome so progress can be recorded",
    ),
    "column.extra": (
        "คอลัมน์ «{name}» ไม่ใช่ส่วนของแผน: เก็บข้อความไว้เป็นหมายเหตุของกิจกรรม {activities}",
        "column «{name}» is not part of a plan: its text was kept as comments on "
        "activities {activities}",
    ),
    "column.number": ("คอลัมน์ที่ {n}", "column {n}"),
    # the opening and the fiscal year
    "fiscal_year.ce": (
        "อ่าน {given} เป็นปี ค.ศ.: ปีงบประมาณ พ.ศ. {be}",
        "{given} read as C.E.: fiscal year {be} B.E.",
    ),
    "fiscal_year.after_ita": (
        "รายงานไม่มีวันที่หลังปีที่ประเมิน ITA: ถือเป็นปีงบประมาณ {value} ปีถัดจากการประเมิน "
        "{assessed} ที่มาตรการนี้ตอบ ใส่ --fiscal-year เพื่อเลือกเอง",
        "no dates after the ITA assessment year in the report: assumed {value}, the year "
        "after the assessment {assessed} that the measures answer; pass --fiscal-year to choose",
    ),
    "organisation.none": (
        "ไม่พบชื่อหน่วยงานในส่วนต้นของรายงาน: ใส่ «{placeholder}» ไว้ โปรดใส่ชื่อหน่วยงาน",
        "organisation not found in the opening lines: wrote «{placeholder}», put its name",
    ),
    "title.none": (
        "ไม่มีชื่อรายงานก่อนตารางแรก: ใส่ «{title}» ไว้",
        "no title before the first table: wrote «{title}»",
    ),
    "ita.bad_score": (
        "«{score}» ไม่ใช่คะแนน ITA (๐-๑๐๐): ไม่นำมาใช้",
        "«{score}» is not an ITA score (0-100): left out",
    ),
    # what the readers noticed
    "thai.lost": (
        "อักขระ {n} ตัวสูญหายไปในต้นฉบับ («{context}»): โปรดพิมพ์ใหม่ตามต้นฉบับ",
        "{n} character(s) lost in the source («{context}»): retype them from the original",
    ),
    "pasted.rebuilt": (
        "แยกคอลัมน์จากข้อความที่ไม่มีตัวคั่น: ชื่อ «{title}» ระยะเวลา «{period}» ผู้รับผิดชอบ «{titles}»: โปรดตรวจ",
        "columns rebuilt from text without a delimiter: title «{title}», period «{period}», "
        "job titles «{titles}»: check them",
    ),
    "pdf.too_long": (
        "{name}: อ่านเพียง {read} หน้าแรกจาก {pages} หน้า",
        "{name}: only the first {read} of {pages} pages were read",
    ),
    "pdf.bad_page": (
        "อ่านหน้านี้ไม่ได้ ({error}): ข้ามไป",
        "cannot be read ({error}): left out",
    ),
    "pdf.no_text": (
        "{name}: PDF ไม่มีชั้นข้อความ (อาจเป็นภาพสแกน): ทำ OCR ก่อน หรือนำเข้าไฟล์ Word ต้นฉบับ",
        "{name}: the PDF has no text layer (a scan?): run it through OCR first, or import "
        "the Word file it was made from",
    ),
    "pdf.wraps": (
        "บรรทัดที่ขึ้นบรรทัดใหม่ภายในช่องถูกต่อกันโดยไม่เว้นวรรค (ภาษาไทยตัดบรรทัดระหว่างคำ): "
        "ถ้า PDF ตัดบรรทัดตรงช่องว่าง โปรดเว้นวรรคคืน",
        "lines wrapped inside a cell were joined without a space (Thai wraps between words); "
        "where the PDF wrapped at a space, put the space back",
    ),
    "xlsx.wide": (
        "ไม่อ่านเซลล์ {n} เซลล์ที่อยู่เกินคอลัมน์ที่ {limit}",
        "{n} cell(s) beyond column {limit} ignored",
    ),
    "xlsx.merged": (
        "มีเซลล์ที่ผสานกันเกิน {limit} เซลล์: ส่วนที่เกินไม่ได้ใช้ค่าของเซลล์บนสุด โปรดตรวจแถวท้าย ๆ",
        "more than {limit} merged cells: the rest were not given their range's top value; "
        "check the last rows",
    ),
    "xlsx.sheets": (
        "สมุดงานมี {n} แผ่นงาน: อ่านเพียง {limit} แผ่นแรก",
        "the workbook lists {n} sheets: only the first {limit} were read",
    ),
    # refusals: the report cannot be imported (ReportImportError)
    "refused.no_measures": (
        "{name}: ไม่พบมาตรการใดที่ใช้ได้ใน{what} ต้องมีหัวข้อ «ประเด็นที่ N» และแถวตาราง"
        " (ลำดับ, มาตรการ/กิจกรรม, ระยะเวลา, ผู้รับผิดชอบ, สรุปผล, ผลลัพธ์)",
        "{name}: no measures found in {what}: expected «ประเด็นที่ N» headings and table rows"
        " (ลำดับ, มาตรการ/กิจกรรม, ระยะเวลา, ผู้รับผิดชอบ, สรุปผล, ผลลัพธ์)",
    ),
    "refused.no_fiscal_year": (
        "รายงานไม่ได้ระบุปีงบประมาณ (ไม่มีวันที่ ไม่มี «ปีงบประมาณ พ.ศ. …» ไม่มีปีที่ประเมิน ITA):"
        " ใส่ --fiscal-year เช่น --fiscal-year {example}",
        "the report names no fiscal year (no dates, no «ปีงบประมาณ พ.ศ. …», no ITA year):"
        " give it with --fiscal-year, e.g. --fiscal-year {example}",
    ),
    "refused.out_folder": (
        "{name} เป็นโฟลเดอร์: ระบุชื่อไฟล์ด้วย เช่น -o measures.toml",
        "{name} is a folder: give a file name, e.g. -o measures.toml",
    ),
    "refused.out_exists": (
        "มี {name} อยู่แล้ว: ใส่ --force เพื่อเขียนทับ",
        "{name} already exists: use --force to overwrite it",
    ),
    "refused.no_file": ("{name}: ไม่พบไฟล์นี้", "{name}: no such file"),
    "refused.folder": ("{name}: เป็นโฟลเดอร์ ไม่ใช่รายงาน", "{name}: is a folder, not a report"),
    "refused.unreadable": ("{name}: อ่านไม่ได้: {why}", "{name}: cannot be read: {why}"),
    "refused.not_written": ("{name}: เขียนไม่ได้: {why}", "{name}: cannot be written: {why}"),
    "refused.pdf": ("{name}: อ่านไฟล์ PDF ไม่ได้ ({why})", "{name}: not a readable PDF ({why})"),
    "refused.package": (
        "{name}: อ่านไฟล์ {what} ไม่ได้ ({why})",
        "{name}: not a readable {what} file ({why})",
    ),
    "refused.no_part": (
        "{name}: ไฟล์เสียหาย (ไม่มี {part})",
        "{name}: the file has no {part}: it is damaged",
    ),
    "refused.unpacks_to": (
        "{name}: ไม่รับไฟล์นี้: {part} ขยายออกเป็น {size} ไบต์",
        "{name}: {part} unpacks to {size} bytes: refused",
    ),
    "refused.unpack": (
        "{name}: แตกไฟล์ {part} ไม่ได้ ({why})",
        "{name}: {part} cannot be unpacked ({why})",
    ),
    "refused.part_too_large": (
        "{name}: ไม่รับไฟล์นี้: {part} ใหญ่เกินไป",
        "{name}: {part} is too large: refused",
    ),
    "refused.entities": (
        "{name}: ไม่รับไฟล์นี้: {part} ประกาศ entity ไว้ (อาจเป็นไฟล์อันตราย)",
        "{name}: {part} declares entities: refused",
    ),
    "refused.xml": (
        "{name}: {part} ไม่ใช่ XML ที่ถูกต้อง ({why})",
        "{name}: {part} is not well-formed XML ({why})",
    ),
    "refused.no_pypdf": (
        "{name}: ต้องติดตั้งแพ็กเกจ pypdf ก่อนจึงจะอ่าน PDF ได้",
        "{name}: reading PDF needs the pypdf package",
    ),
    "refused.too_deep": (
        "{name}: โครงสร้างในไฟล์ซ้อนกันลึกเกินไป อ่านไม่ได้",
        "{name}: nested too deeply to be read",
    ),
    "refused.plan_id": (
        "รหัสแผน {id} ใช้ไม่ได้: ใช้ได้เฉพาะอักษรละติน ตัวเลข '.', '_', '-'",
        "plan id {id} is not valid: use letters, digits, '.', '_', '-'",
    ),
    "refused.fiscal_year": (
        "ปีงบประมาณ {year} ไม่ใช่ปี พ.ศ. (เช่น 2568)",
        "fiscal year {year} is not a B.E. year (e.g. 2568)",
    ),
    "refused.tis620": (
        "{name}: บรรทัด {line}: ไม่ใช่ข้อความ UTF-8 (ไบต์ที่ {byte}) ดูเหมือนภาษาไทยแบบ"
        " TIS-620/Windows-874: แปลงเป็น UTF-8 ก่อน โดยเปิดใน Notepad แล้วเลือก"
        ' "บันทึกเป็น" (Save As) ตั้งการเข้ารหัส (Encoding) เป็น "UTF-8"'
        ' หรือบันทึกจาก Excel เป็นชนิด "CSV UTF-8"',
        "{name}: line {line}: not UTF-8 text (byte {byte}). It looks like Thai in"
        ' TIS-620/Windows-874: open it in Notepad and Save As with Encoding "UTF-8", or save'
        ' it from Excel as "CSV UTF-8" (elsewhere: `iconv -f CP874 -t UTF-8`).',
    ),
    "refused.not_utf8": (
        "{name}: บรรทัด {line}: ไม่ใช่ข้อความ UTF-8 (ไบต์ที่ {byte}): บันทึกไฟล์ใหม่เป็น UTF-8",
        "{name}: line {line}: not UTF-8 text (byte {byte}). Save it as UTF-8.",
    ),
    "refused.utf16": (
        "{name}: ข้อความ UTF-16 เสียหาย: บันทึกไฟล์ใหม่เป็น UTF-8",
        "{name}: broken UTF-16 text; save it as UTF-8",
    ),
    "refused.ole": (
        "{name}: เป็นไฟล์ Office 97-2003 (.doc/.xls) รุ่นเก่า: เปิดใน Word หรือ Excel แล้ว"
        "บันทึกเป็น .docx หรือ .xlsx จากนั้นนำเข้าไฟล์นั้น",
        "{name}: an old Office 97-2003 file (.doc/.xls): open it in Word or Excel and save"
        " it as .docx or .xlsx, then import that",
    ),
    "refused.broken_zip": (
        "{name}: ไฟล์ zip เสียหาย อ่านไม่ได้",
        "{name}: a damaged zip archive: it cannot be read",
    ),
    "refused.zip": (
        "{name}: เป็นไฟล์ zip ที่ไม่ใช่ Word (.docx) หรือ Excel (.xlsx)",
        "{name}: a zip archive that is neither a Word (.docx) nor an Excel (.xlsx) file",
    ),
    "refused.password": (
        "{name}: ไฟล์ PDF ตั้งรหัสผ่านไว้: เปิดด้วยรหัสผ่านแล้วบันทึกสำเนาที่ไม่มีรหัส",
        "{name}: the PDF is protected by a password",
    ),
    "refused.no_sheets": (
        "{name}: สมุดงาน Excel ไม่มีแผ่นงานใดเลย",
        "{name}: the workbook has no sheets",
    ),
    "refused.text_too_large": (
        "{name}: ไม่รับไฟล์นี้: {what} ขนาด {size} ไบต์ ใหญ่กว่ารายงานใด ๆ (ไม่เกิน {mb} MB)",
        "{name}: {size} bytes of {what} is far more than any report (at most {mb} MB): refused",
    ),
    "refused.page_too_large": (
        "{name}: ไม่รับไฟล์นี้: หน้าเว็บยาว {size} ตัวอักษร ใหญ่กว่ารายงานใด ๆ",
        "{name}: a web page of {size} characters is far larger than any report: refused",
    ),
    # the formats a report comes in
    "format.docx": ("ไฟล์ Word (.docx)", "Word (.docx)"),
    "format.xlsx": ("ไฟล์ Excel (.xlsx)", "Excel (.xlsx)"),
    "format.html": ("หน้าเว็บ (HTML)", "a web page (HTML)"),
    "format.pdf": ("ไฟล์ PDF", "PDF"),
    "format.text": ("ข้อความ", "text"),
}

_FIELDS = string.Formatter()


def fields(text: str) -> set[str]:
    """The names a wording takes (``{where}: {what}`` -> ``{"where", "what"}``)."""
    return {name for _, name, _, _ in _FIELDS.parse(text) if name}


class Num(str):
    """A number the importer gives (a plan number ``1.1``, a list ``[1, 2]``): Thai digits in Thai."""

    __slots__ = ()


class Place(str):
    """Where in the source a warning points (``page 3, row 5``, ``sheet «X», row 18``,
    ``line 12 (activity 1.2)``): worded in Thai by :func:`place_text`."""

    __slots__ = ()


class Message(str):
    """What the importer noticed: its English wording, and :meth:`text` in either language."""

    code: str
    values: Mapping[str, object]

    def __new__(cls, code: str, /, **values: object) -> Message:
        self = super().__new__(cls, _word(code, values, "en"))
        self.code = code
        self.values = values
        return self

    def text(self, lang: str) -> str:
        """The message in ``lang`` ("th" or "en")."""
        return _word(self.code, self.values, lang)

    def __reduce__(self) -> tuple[object, ...]:  # a copy or a pickle keeps the code
        return (_rebuild, (self.code, dict(self.values)))


def _rebuild(code: str, values: dict[str, object]) -> Message:
    return Message(code, **values)


def at(where: str, what: Message) -> Message:
    """A warning: ``where`` (a place in the source) and ``what`` was noticed there."""
    return Message("at", where=Place(where), what=what)


def worded(message: str, lang: str) -> str:
    """``message`` in ``lang`` if it is a :class:`Message`; any other text as it is."""
    return message.text(lang) if isinstance(message, Message) else message


def _word(code: str, values: Mapping[str, object], lang: str) -> str:
    th, en = WORDS[code]
    template = en if lang == "en" else th
    return template.format(**{name: _value(value, lang) for name, value in values.items()})


def _value(value: object, lang: str) -> str:
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, OSError):  # why a file could not be read or written
        from ita_tui.error_text import os_reason

        return os_reason(value, lang)
    if isinstance(value, Exception):  # a library's own words (a damaged zip, PDF, XML)
        name = type(value).__name__
        return f"{name}: {value}" if lang == "en" else f"ไฟล์เสียหาย [{name}]"
    if isinstance(value, Place):
        return place_text(value, lang)
    if isinstance(value, Num | int) and not isinstance(value, bool):
        return _digits(str(value), lang)
    if isinstance(value, list | tuple):
        return ", ".join(_value(item, lang) for item in value)
    return str(value)


def _digits(text: str, lang: str) -> str:
    return text if lang == "en" else to_thai_digits(text)


#: The words of a place (the readers' and the parser's own), longest first.
PLACE_WORDS: Final[tuple[tuple[str, str], ...]] = (
    ("--fiscal-year", "--fiscal-year"),
    ("fiscal year", "ปีงบประมาณ"),
    ("organisation", "หน่วยงาน"),
    ("text block", "ข้อความช่วงที่"),
    ("paragraph", "ย่อหน้า"),
    ("continued", "แถวต่อ"),
    ("activity", "กิจกรรม"),
    ("title", "ชื่อรายงาน"),
    ("table", "ตาราง"),
    ("workbook", "สมุดงาน"),
    ("sheet", "แผ่นงาน"),
    ("page", "หน้า"),
    ("rows", "แถว"),
    ("row", "แถว"),
    ("line", "บรรทัด"),
    ("ita", "ผลการประเมิน ITA"),
)
_PLACE_WORD = re.compile(
    "|".join(rf"(?<![\w-]){re.escape(word)}(?![\w-])" for word, _ in PLACE_WORDS)
)
_THAI_PLACE = dict(PLACE_WORDS)
#: A sheet's name quoted in a place (the document's text: never translated); greedy, so a
#: name holding "»" stays whole.
_QUOTED = re.compile(r"«.*»", re.S)


def place_text(place: str, lang: str) -> str:
    """``page 3, row 5`` -> ``หน้า ๓, แถว ๕`` in Thai; a quoted sheet name is kept as it is."""
    if lang == "en":
        return place
    parts: list[str] = []
    last = 0
    for quoted in _QUOTED.finditer(place):
        parts.append(_thai_place(place[last : quoted.start()]))
        parts.append(quoted.group())
        last = quoted.end()
    parts.append(_thai_place(place[last:]))
    return "".join(parts)


def _thai_place(text: str) -> str:
    """Words and digits in Thai; Thai runs the parts of a place on with a space, not a
    comma (``หน้า ๔ แถว ๓``), while a list of rows keeps its commas (``แถว ๒, ๓``)."""
    text = re.sub(r",\s+(?![0-9])", " ", text)
    return to_thai_digits(_PLACE_WORD.sub(lambda m: _THAI_PLACE[m.group()], text))
