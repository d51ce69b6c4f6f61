"""What is wrong with a plan file, said in English or Thai.

The loader stays pure: each problem it finds is a :class:`Problem`, a ``str`` whose text is
the English wording (what logs, tests and ``str()`` see) that also keeps its key path, a
code and the values, so that whoever shows it (the command line, the app) can say it in
the user's language with :func:`problem_text`. Key paths (``issues[2].quarters[1]``) are
the file's own words and stay as they are.
"""

from __future__ import annotations

import re
from typing import Any, Final

#: code -> (English, Thai); ``{type}`` is a value's kind, named per language.
PROBLEMS: Final[dict[str, tuple[str, str]]] = {
    # the progress store refused or failed (its error, worded by ita_tui.error_text)
    "store_error": ("{error}", "{error}"),
    # the file as a whole
    "no_file": ("no such file", "ไม่พบไฟล์นี้"),
    "is_folder": ("is a folder, not a plan file", "เป็นโฟลเดอร์ ไม่ใช่ไฟล์แผน"),
    "unreadable": ("cannot be read: {why}", "อ่านไม่ได้: {why}"),
    "not_utf8": (
        "the file is not UTF-8 text (byte {byte}); save it as UTF-8",
        "ไฟล์ไม่ใช่ข้อความ UTF-8 (ไบต์ที่ {byte}): บันทึกไฟล์ใหม่เป็น UTF-8",
    ),
    "empty_file": (
        "the file is empty: a plan needs at least one [[issues]] table",
        "ไฟล์ว่างเปล่า: แผนต้องมีตาราง [[issues]] อย่างน้อยหนึ่งตาราง",
    ),
    "too_deep": (
        "arrays or tables are nested hundreds of levels deep: this is not a plan "
        "(a plan nests issues, activities and outcomes, a few levels)",
        "รายการหรือตารางซ้อนกันหลายร้อยชั้น: ไฟล์นี้ไม่ใช่แผน "
        "(แผนซ้อนกันเพียงไม่กี่ชั้น: ประเด็น มาตรการ/กิจกรรม และผลลัพธ์)",
    ),
    "toml": ("TOML syntax error: {message}", "รูปแบบ TOML ผิด: {message}"),
    # fields
    "missing": ("missing", "ไม่มี: ต้องใส่"),
    "missing_text": ("missing (a text is required)", "ไม่มี: ต้องใส่ข้อความ"),
    "missing_int": ("missing (a whole number is required)", "ไม่มี: ต้องใส่จำนวนเต็ม"),
    "not_text": ("must be text, not {type}", "ต้องเป็นข้อความ ไม่ใช่{type}"),
    "empty": ("must not be empty", "ต้องไม่ว่าง"),
    "not_int": ("must be a whole number, not {type}", "ต้องเป็นจำนวนเต็ม ไม่ใช่{type}"),
    "not_number": ("must be a number, not {type}", "ต้องเป็นตัวเลข ไม่ใช่{type}"),
    "bad_id": (
        "{value!r} is not a valid id (letters, digits, '.', '_', '-')",
        "{value!r} ใช้เป็นรหัสไม่ได้ (ใช้ได้เฉพาะอักษรละติน ตัวเลข '.', '_', '-')",
    ),
    "bad_plan_key": (
        "{value!r} is not a valid plan key (letters, digits, '.', '_', '-'; at most 64)",
        "{value!r} ใช้เป็นกุญแจของแผนไม่ได้ (ใช้ได้เฉพาะอักษรละติน ตัวเลข '.', '_', '-' ไม่เกิน ๖๔ ตัว)",
    ),
    "duplicate_id": ("duplicate id {value!r} (also at {other})", "รหัส {value!r} ซ้ำกับที่ {other}"),
    "duplicate_key": ("duplicate id {value!r}", "รหัส {value!r} ซ้ำ"),
    "not_text_list": ("must be a list of texts, not {type}", "ต้องเป็นรายการข้อความ ไม่ใช่{type}"),
    "not_tables": (
        "must be a list of tables ([[{key}]]), not {type}",
        "ต้องเป็นรายการตาราง ([[{key}]]) ไม่ใช่{type}",
    ),
    "format": (
        "{value} is not a format this version reads ({version})",
        "รูปแบบแผน {value} ไม่ใช่รูปแบบที่รุ่นนี้อ่านได้ (อ่านได้: {version})",
    ),
    "fiscal_year": (
        "{value} is not a B.E. fiscal year (e.g. 2568 for 1 Oct 2024 - 30 Sep 2025)",
        "{value} ไม่ใช่ปีงบประมาณ พ.ศ. (เช่น 2568 คือ 1 ต.ค. 2567 - 30 ก.ย. 2568)",
    ),
    "ita_table": ("must be a table ([ita]), not {type}", "ต้องเป็นตาราง ([ita]) ไม่ใช่{type}"),
    "be_year": ("{value} is not a B.E. year", "{value} ไม่ใช่ปี พ.ศ."),
    "score": ("{value} is not a score (0-100)", "{value} ไม่ใช่คะแนน (0-100)"),
    "quarters_missing": (
        "missing (a list of quarters 1-4, e.g. [1, 2])",
        "ไม่มี: ต้องใส่รายการไตรมาส 1-4 เช่น [1, 2]",
    ),
    "quarters_list": (
        "must be a non-empty list of quarters 1-4, e.g. [1, 2]",
        "ต้องเป็นรายการไตรมาส 1-4 อย่างน้อยหนึ่งไตรมาส เช่น [1, 2]",
    ),
    "quarter_type": ("must be a whole number 1-4, not {type}", "ต้องเป็นเลข 1-4 ไม่ใช่{type}"),
    "quarter_range": ("{value} is not a quarter (1-4)", "{value} ไม่ใช่ไตรมาส (ไตรมาสคือ 1-4)"),
    "quarter_twice": ("quarter {value} is listed twice", "ไตรมาส {value} ซ้ำกัน"),
    # edits (ita_tui.plan.edit and ops): why an edit was not made
    "example_plan": (
        "{path} is the example plan inside ita-tui and is never changed; edit a copy "
        "(the app makes one in your data folder on the first edit)",
        "{path} เป็นแผนตัวอย่างใน ita-tui ซึ่งไม่มีวันถูกแก้ไข: ให้แก้สำเนา "
        "(แอปสร้างสำเนาในโฟลเดอร์ข้อมูลให้เมื่อแก้ครั้งแรก)",
    ),
    "edit_no_file": ("{path}: no such file", "{path}: ไม่พบไฟล์นี้"),
    "edit_unreadable": ("{path}: cannot be read: {why}", "{path}: อ่านไม่ได้: {why}"),
    "plan_invalid": (
        "the plan is not valid, fix it first: {plan}",
        "แผนนี้ยังไม่ถูกต้อง ให้แก้ก่อน: {plan}",
    ),
    "not_safely": (
        "{path} cannot be edited safely here: {why}",
        "แก้ {path} ที่นี่อย่างปลอดภัยไม่ได้: {why}",
    ),
    "no_key": ("no item with key {key!r} in the plan", "ไม่มีรายการรหัส {key!r} ในแผน"),
    "no_key_now": (
        "no item with key {key!r} in the plan (removed meanwhile?)",
        "ไม่มีรายการรหัส {key!r} ในแผน (อาจถูกลบไประหว่างนี้)",
    ),
    "no_key_bare": ("no item with key {key!r}", "ไม่มีรายการรหัส {key!r}"),
    "nothing_to_change": ("nothing to change", "ไม่มีอะไรให้เปลี่ยน"),
    "no_read_back": (
        "the edit would not read back: {why}",
        "แก้แล้วจะอ่านแผนกลับไม่ได้: {why}",
    ),
    "key_taken": (
        "the plan already has an item with key {key!r}",
        "แผนมีรายการรหัส {key!r} อยู่แล้ว",
    ),
    "not_written": (
        "could not write {path}: {why}; the plan is unchanged",
        "เขียน {path} ไม่ได้: {why} แผนยังเหมือนเดิม",
    ),
    "issue_no_parent": ("an issue has no parent", "ประเด็นไม่มีรายการแม่"),
    "say_parent": ("say which {want} the {kind} belongs to", "บอกว่า{kind}นี้อยู่ใต้{want}ใด"),
    "no_parent": (
        "no {want} with key {key!r} in the plan (removed meanwhile?)",
        "ไม่มี{want}รหัส {key!r} ในแผน (อาจถูกลบไประหว่างนี้)",
    ),
    "wrong_parent": (
        "an {kind} belongs to an {want}, and {key!r} is not one",
        "{kind}ต้องอยู่ใต้{want} แต่ {key!r} ไม่ใช่{want}",
    ),
    "no_after": (
        "no item {key!r} there to put it after (removed or moved meanwhile?)",
        "ไม่มีรายการ {key!r} ให้วางต่อท้าย (อาจถูกลบหรือย้ายไประหว่างนี้)",
    ),
    "last_issue": (
        "a plan needs at least one issue: add another before removing this one",
        "แผนต้องมีประเด็นอย่างน้อยหนึ่งประเด็น: เพิ่มประเด็นอื่นก่อนลบประเด็นนี้",
    ),
    "taken_again": (
        "cannot put it back: the plan has {key!r} again",
        "นำกลับไม่ได้: แผนมีรหัส {key!r} อีกแล้ว",
    ),
    "after_itself": ("an item cannot be put after itself", "วางรายการต่อท้ายตัวเองไม่ได้"),
    "outcome_no_children": (
        "an outcome has no children: add an outcome after it instead",
        "ผลลัพธ์ไม่มีรายการย่อย: เพิ่มผลลัพธ์ต่อท้ายแทน",
    ),
    "already_first": ("it is already first", "อยู่ลำดับแรกแล้ว"),
    "already_last": ("it is already last", "อยู่ลำดับสุดท้ายแล้ว"),
    # what an edit did (:attr:`ita_tui.plan.edit.EditResult.summary`)
    "did_set_plan": ("changed the plan's {fields}", "แก้{fields} ของแผนแล้ว"),
    "did_set": (
        "changed {fields} of {kind} {number} (key {key})",
        "แก้{fields} ของ{kind} {number} (รหัส {key}) แล้ว",
    ),
    "did_add": ("added {kind} {number} (key {key})", "เพิ่ม{kind} {number} (รหัส {key}) แล้ว"),
    "did_put_back": (
        "put back {kind} {number} (key {key})",
        "นำ{kind} {number} (รหัส {key}) กลับมาแล้ว",
    ),
    "did_remove": ("removed {kind} {number} (key {key})", "ลบ{kind} {number} (รหัส {key}) แล้ว"),
    "did_remove_with": (
        "removed {kind} {number} (key {key}) with {count} outcome(s)",
        "ลบ{kind} {number} (รหัส {key}) พร้อมผลลัพธ์ {count} รายการแล้ว",
    ),
    "did_move": (
        "moved {kind} {number} to {to} (key {key})",
        "ย้าย{kind} {number} ไปเป็น {to} (รหัส {key}) แล้ว",
    ),
    # what ``next-year`` changed (:func:`ita_tui.plan.new.next_year_text`)
    "ny_year": ("fiscal year {old} -> {new}", "ปีงบประมาณ {old} -> {new}"),
    "ny_id": ("plan id {old} -> {new}", "รหัสแผน {old} -> {new}"),
    "ny_bumped": (
        "the years in the {field} moved on with the fiscal year: check it still reads right",
        "ปีใน{field}เลื่อนตามปีงบประมาณแล้ว: ตรวจว่ายังอ่านได้ถูกต้อง",
    ),
    "ny_ita": (
        "fill in the ITA result of {year}: [ita] score and level",
        "กรอกผลการประเมิน ITA ปี {year}: คะแนนและระดับใน [ita]",
    ),
    # a plan laid out so that it cannot be edited safely (ita_tui.plan.blocks)
    "layout_prefix": (
        "the plan's own keys cannot be read alone: {message}",
        "อ่านคีย์ของแผนแยกจากส่วนอื่นไม่ได้: {message}",
    ),
    "layout_issues_inline": (
        "the issues are not written as [[issues]] tables",
        "ประเด็นไม่ได้เขียนเป็นตาราง [[issues]]",
    ),
    "layout_issue_alone": (
        "an issue's text cannot be read alone ({message})",
        "อ่านข้อความของประเด็นแยกจากส่วนอื่นไม่ได้ ({message})",
    ),
    "layout_other_table": (
        "a table other than the issues is written among them",
        "มีตารางอื่นที่ไม่ใช่ประเด็นแทรกอยู่ระหว่างประเด็น",
    ),
    "layout_issue_not_table": ("an issue is not a table", "ประเด็นหนึ่งไม่ได้เขียนเป็นตาราง"),
    "layout_activity_first": (
        "an [[issues.activities]] table comes before any [[issues]]",
        "ตาราง [[issues.activities]] มาก่อนตาราง [[issues]] ใด ๆ",
    ),
    "layout_outcome_first": (
        "an outcome table comes before any activity",
        "ตารางผลลัพธ์มาก่อนมาตรการ/กิจกรรมใด ๆ",
    ),
    "layout_activities_inline": (
        "issue {key!r}: its activities are not all [[…]] tables",
        "ประเด็น {key!r}: มาตรการ/กิจกรรมบางรายการไม่ได้เขียนเป็นตาราง [[…]]",
    ),
    "layout_outcomes_inline": (
        "activity {key!r}: its outcomes are not all [[…]] tables",
        "มาตรการ/กิจกรรม {key!r}: ผลลัพธ์บางรายการไม่ได้เขียนเป็นตาราง [[…]]",
    ),
    # warnings
    "unknown_key": ("unknown key, ignored", "ไม่รู้จักคีย์นี้ จึงไม่ใช้"),
    "no_score": (
        "not filled in yet (the ITA score of {year})",
        "ยังไม่ได้กรอก (คะแนน ITA ปี {year})",
    ),
    "no_level": (
        "not filled in yet (the ITA level of {year})",
        "ยังไม่ได้กรอก (ระดับผล ITA ปี {year})",
    ),
}

#: A value's kind, as a problem names it.
TYPES: Final[dict[str, tuple[str, str]]] = {
    "str": ("text", "ข้อความ"),
    "int": ("a whole number", "จำนวนเต็ม"),
    "float": ("a number", "ตัวเลขทศนิยม"),
    "bool": ("true/false", "ค่าจริง/เท็จ"),
    "list": ("a list", "รายการ"),
    "dict": ("a table", "ตาราง"),
}

#: The kinds of plan item, in Thai.
KINDS_TH: Final[dict[str, str]] = {
    "issue": "ประเด็น",
    "activity": "มาตรการ/กิจกรรม",
    "outcome": "ผลลัพธ์",
    "plan": "แผน",
}

#: tomllib's messages (Python 3.11-3.13) in Thai; ``{x}`` is the part they quote.
TOML_THAI: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern + "$"), thai)
    for pattern, thai in (
        (r"Cannot declare (?P<x>.+) twice", "ประกาศ {x} ซ้ำสองครั้ง"),
        (r"Cannot mutate immutable namespace (?P<x>.+)", "แก้ {x} ไม่ได้ (กำหนดครบไปแล้ว)"),
        (r"Cannot overwrite a value", "เขียนทับค่าที่มีอยู่แล้วไม่ได้"),
        (r"Cannot redefine namespace (?P<x>.+)", "กำหนด {x} ใหม่ไม่ได้"),
        (r"Duplicate inline table key (?P<x>.+)", "คีย์ {x} ซ้ำในตารางบรรทัดเดียว"),
        (r"Escaped character is not a Unicode scalar value", "รหัสอักขระที่ escape ไม่ใช่อักขระ Unicode"),
        (
            r"Expected newline or end of document after a statement",
            "หลังค่าหนึ่งค่าต้องขึ้นบรรทัดใหม่",
        ),
        (r"Expected '=' after a key in a key/value pair", "ต้องมี '=' หลังชื่อคีย์"),
        (r"Expected '\]' at the end of a table declaration", "ต้องปิดหัวตารางด้วย ']'"),
        (r"Expected '\]\]' at the end of an array declaration", "ต้องปิดหัวตาราง [[…]] ด้วย ']]'"),
        (r"Expected (?P<x>.+)", "ต้องมี {x} ตรงนี้"),
        (r"Found invalid character (?P<x>.+)", "พบอักขระที่ใช้ไม่ได้ {x}"),
        (r"Illegal character (?P<x>.+)", "อักขระ {x} ใช้ไม่ได้"),
        (r"Invalid date or datetime", "วันที่หรือเวลาไม่ถูกต้อง"),
        (r"Invalid hex value", "เลขฐานสิบหกไม่ถูกต้อง"),
        (r"Invalid initial character for a key part", "ชื่อคีย์ขึ้นต้นด้วยอักขระนี้ไม่ได้"),
        (r"Invalid statement", "บรรทัดนี้อ่านไม่ได้"),
        (r"Invalid value", "อ่านค่าตรงนี้ไม่ได้ (ข้อความต้องอยู่ในเครื่องหมายคำพูด)"),
        (r"Unclosed array", "รายการ [ … ] ไม่ได้ปิด"),
        (r"Unclosed inline table", "ตาราง {{ … }} ไม่ได้ปิด"),
        (r"Unescaped '\\' in a string", "มี '\\' ในข้อความโดยไม่ได้ escape"),
        (r"Unterminated string", "ข้อความไม่ได้ปิดเครื่องหมายคำพูด"),
    )
)


class Problem(str):
    """One problem in a plan: ``str`` is its English text (``where: message``); ``where``,
    ``code`` and ``values`` let :func:`problem_text` say it in another language."""

    where: str
    code: str
    values: dict[str, Any]

    def __new__(cls, where: str, code: str, **values: Any) -> Problem:
        self = super().__new__(cls, _render(where, code, values, "en"))
        self.where, self.code, self.values = where, code, values
        return self

    def moved(self, old: str, new: str) -> Problem:
        """The same problem under another key path prefix (an issue moved in the plan)."""
        return Problem(new + self.where[len(old) :], self.code, **self.values)


def _render(where: str, code: str, values: dict[str, Any], lang: str) -> str:
    column = 1 if lang == "th" else 0
    shown = dict(values)
    for name in ("kind", "want"):
        if name in shown and lang == "th":
            shown[name] = KINDS_TH.get(str(shown[name]), str(shown[name]))
    if "fields" in shown:  # field names, e.g. ["title", "ita.score"]
        from ita_tui.plan.fields import field_names

        shown["fields"] = field_names(shown["fields"], lang)
    if "field" in shown and lang == "th":
        from ita_tui.plan.fields import field_names

        shown["field"] = field_names([shown["field"]], lang)
    if code == "plan_invalid":
        plan_error = shown["plan"]
        shown["plan"] = problems_text(plan_error.path, plan_error.problems, lang)
    if "type" in shown:
        shown["type"] = TYPES.get(str(shown["type"]), (str(shown["type"]),) * 2)[column]
    if lang == "th" and "message" in shown:
        shown["message"] = toml_thai(str(shown["message"]))
    if "why" in shown:  # a reason that is itself a problem (a LayoutError's, say)
        why = shown["why"]
        if isinstance(why, Exception) and why.args and isinstance(why.args[0], Problem):
            shown["why"] = problem_text(why.args[0], lang)
    if code == "store_error":
        from ita_tui.error_text import worded

        shown["error"] = worded(shown["error"], lang)
    if isinstance(shown.get("why"), OSError):  # why a file could not be read or written
        from ita_tui.error_text import os_reason

        shown["why"] = os_reason(shown["why"], lang)
    message = PROBLEMS[code][column].format(**shown)
    return f"{where}: {message}" if where else message


def toml_thai(message: str) -> str:
    """tomllib's English message in Thai; one it does not know is kept, quoted."""
    place = ""
    at = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if at:
        message, place = message[: at.start()], f" (บรรทัด {at.group(1)} คอลัมน์ {at.group(2)})"
    for pattern, thai in TOML_THAI:
        found = pattern.match(message)
        if found:
            return thai.format(**found.groupdict()) + place
    return f"({message}){place}"


def problem_text(problem: str, lang: str) -> str:
    """``problem`` in ``lang`` ("th" or "en"); text that is not a :class:`Problem` as it is."""
    if isinstance(problem, Problem) and lang != "en":
        return _render(problem.where, problem.code, problem.values, lang)
    return str(problem)


def problems_text(path: object, problems: list[str], lang: str) -> str:
    """A whole :class:`~ita_tui.plan.load.PlanError` message in ``lang``: the file, then
    each problem (``file:line:column: message`` for a position, as compilers write it)."""
    texts = [problem_text(problem, lang) for problem in problems]
    if len(texts) == 1:
        sep = ":" if re.match(r"^\d+:\d+: ", texts[0]) else ": "
        return f"{path}{sep}{texts[0]}"
    head = f"{path}: พบปัญหา {len(texts)} จุด:" if lang == "th" else f"{path}: {len(texts)} problems:"
    return "\n".join([head] + [f"  - {text}" for text in texts])


def type_of(value: object) -> str:
    """The kind of ``value`` as :data:`TYPES` names it."""
    return type(value).__name__
