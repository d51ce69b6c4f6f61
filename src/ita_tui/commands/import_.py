"""``ita-tui import REPORT``: turn a municipality's published measures report into a plan file."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ita_tui import importer
from ita_tui.commands import common, naming
from ita_tui.commands.words import add_lang, lang_of, n, say
from ita_tui.error_text import by_pattern
from ita_tui.importer.messages import worded
from ita_tui.importer.preview import preview
from ita_tui.paths import data_dir
from ita_tui.plan.ids import fresh_plan_key, read_plan_head, same_plan
from ita_tui.store import ProgressStore
from ita_tui.textutil import visible

NAME = "import"


def add_parser(subparsers: Any) -> None:
    lang = lang_of()  # the help in the command line's language, as argparse's own words
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help="นำเข้ารายงานมาตรการที่เผยแพร่เป็นไฟล์แผน · make a plan file from a published measures report",
        description=say("import.help", lang),
    )
    parser.add_argument("report", metavar="REPORT", type=Path, help=say("import.help.report", lang))
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        default=Path("measures.toml"),
        help=say("import.help.output", lang),
    )
    parser.add_argument(
        "--fiscal-year", metavar="BE", type=int, help=say("import.help.fiscal_year", lang)
    )
    parser.add_argument("--plan-id", metavar="ID", help=say("import.help.plan_id", lang))
    parser.add_argument("--force", action="store_true", help=say("import.help.force", lang))
    parser.add_argument("--dry-run", action="store_true", help=say("import.help.dry_run", lang))
    common.add_data_dir(parser)
    add_lang(parser)
    parser.set_defaults(run=run)


#: The importer's refusals (worded in English by :mod:`ita_tui.importer`) in Thai; the
#: file's name and the document's own words are kept as they are.
ERRORS_THAI: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + "$", re.S), thai)
    for pattern, thai in (
        (
            r"(?P<name>.+): no measures found in (?P<what>.+?): expected «ประเด็นที่ N» "
            r"headings and table rows \((?P<cols>.+)\)",
            "{name}: ไม่พบมาตรการใดที่ใช้ได้ ต้องมีหัวข้อ «ประเด็นที่ N» และแถวตาราง ({cols})",
        ),
        (
            r"the report names no fiscal year .*--fiscal-year, e\.g\. --fiscal-year (?P<year>\d+)",
            "รายงานไม่ได้ระบุปีงบประมาณ (ไม่มีวันที่ ไม่มี «ปีงบประมาณ พ.ศ. …» ไม่มีปีที่ประเมิน ITA): "
            "ใส่ --fiscal-year เช่น --fiscal-year {year}",
        ),
        (
            r"(?P<name>.+) is a folder: give a file name, e\.g\. -o measures\.toml",
            "{name} เป็นโฟลเดอร์: ระบุชื่อไฟล์ด้วย เช่น measures.toml",
        ),
        (
            r"(?P<name>.+) already exists: use --force to overwrite it",
            "มี {name} อยู่แล้ว: ใส่ --force เพื่อเขียนทับ",
        ),
        (r"(?P<name>.+): no such file", "{name}: ไม่พบไฟล์นี้"),
        (r"(?P<name>.+): is a folder, not a report", "{name}: เป็นโฟลเดอร์ ไม่ใช่รายงาน"),
        (
            r"(?P<name>.+): not a readable PDF \((?P<why>.+)\)",
            "{name}: อ่านไฟล์ PDF ไม่ได้ ({why})",
        ),
        (
            r"(?P<name>.+): not a readable (?P<what>.+?) file \((?P<why>.+)\)",
            "{name}: อ่านไฟล์ {what} ไม่ได้ ({why})",
        ),
        (
            r"(?P<name>.+): the file has no (?P<part>\S+): it is damaged",
            "{name}: ไฟล์เสียหาย (ไม่มี {part})",
        ),
        (
            r"(?P<name>.+): (?P<part>\S+) unpacks to (?P<size>\d+) bytes: refused",
            "{name}: ไม่รับไฟล์นี้: {part} ขยายออกเป็น {size} ไบต์",
        ),
        (
            r"(?P<name>.+): (?P<part>\S+) cannot be unpacked \((?P<why>.+)\)",
            "{name}: แตกไฟล์ {part} ไม่ได้ ({why})",
        ),
        (
            r"(?P<name>.+): (?P<part>\S+) is too large: refused",
            "{name}: ไม่รับไฟล์นี้: {part} ใหญ่เกินไป",
        ),
        (
            r"(?P<name>.+): (?P<part>\S+) declares entities: refused",
            "{name}: ไม่รับไฟล์นี้: {part} ประกาศ entity ไว้ (อาจเป็นไฟล์อันตราย)",
        ),
        (
            r"(?P<name>.+): (?P<part>\S+) is not well-formed XML \((?P<why>.+)\)",
            "{name}: {part} ไม่ใช่ XML ที่ถูกต้อง ({why})",
        ),
        (
            r"(?P<name>.+): reading PDF needs the pypdf package",
            "{name}: ต้องติดตั้งแพ็กเกจ pypdf ก่อนจึงจะอ่าน PDF ได้",
        ),
        (
            r"(?P<name>.+): nested too deeply to be read",
            "{name}: โครงสร้างในไฟล์ซ้อนกันลึกเกินไป อ่านไม่ได้",
        ),
        (r"(?P<name>.+): cannot be read: (?P<why>.+)", "{name}: อ่านไม่ได้: {why}"),
        (r"(?P<name>.+): cannot be written: (?P<why>.+)", "{name}: เขียนไม่ได้: {why}"),
        (
            r"plan id (?P<name>.+) is not valid: use letters, digits, '\.', '_', '-'",
            "รหัสแผน {name} ใช้ไม่ได้: ใช้ได้เฉพาะอักษรละติน ตัวเลข '.', '_', '-'",
        ),
        (
            r"fiscal year (?P<name>.+) is not a B\.E\. year \(e\.g\. 2568\)",
            "ปีงบประมาณ {name} ไม่ใช่ปี พ.ศ. (เช่น 2568)",
        ),
        (
            r"(?P<name>.+): line (?P<line>\d+): not UTF-8 text \(byte (?P<byte>\d+)\)\. It looks "
            r"like Thai in TIS-620.*",
            "{name}: บรรทัด {line}: ไม่ใช่ข้อความ UTF-8 (ไบต์ที่ {byte}) ดูเหมือนภาษาไทยแบบ "
            "TIS-620/Windows-874: แปลงเป็น UTF-8 ก่อน โดยเปิดใน Notepad แล้วเลือก "
            '"บันทึกเป็น" (Save As) ตั้งการเข้ารหัส (Encoding) เป็น "UTF-8" '
            'หรือบันทึกจาก Excel เป็นชนิด "CSV UTF-8"',
        ),
        (
            r"(?P<name>.+): line (?P<line>\d+): not UTF-8 text \(byte (?P<byte>\d+)\)\..*",
            "{name}: บรรทัด {line}: ไม่ใช่ข้อความ UTF-8 (ไบต์ที่ {byte}): บันทึกไฟล์ใหม่เป็น UTF-8",
        ),
        (
            r"(?P<name>.+): broken UTF-16 text; save it as UTF-8",
            "{name}: ข้อความ UTF-16 เสียหาย: บันทึกไฟล์ใหม่เป็น UTF-8",
        ),
        (
            r"(?P<name>.+): an old Office 97-2003 file .*",
            "{name}: เป็นไฟล์ Office 97-2003 (.doc/.xls) รุ่นเก่า: เปิดใน Word หรือ Excel แล้ว"
            "บันทึกเป็น .docx หรือ .xlsx จากนั้นนำเข้าไฟล์นั้น",
        ),
        (
            r"(?P<name>.+): a damaged zip archive: it cannot be read",
            "{name}: ไฟล์ zip เสียหาย อ่านไม่ได้",
        ),
        (
            r"(?P<name>.+): a zip archive that is neither a Word \(\.docx\) nor an Excel "
            r"\(\.xlsx\) file",
            "{name}: เป็นไฟล์ zip ที่ไม่ใช่ Word (.docx) หรือ Excel (.xlsx)",
        ),
        (
            r"(?P<name>.+): the PDF is protected by a password",
            "{name}: ไฟล์ PDF ตั้งรหัสผ่านไว้: เปิดด้วยรหัสผ่านแล้วบันทึกสำเนาที่ไม่มีรหัส",
        ),
        (
            r"(?P<name>.+): the workbook has no sheets",
            "{name}: สมุดงาน Excel ไม่มีแผ่นงานใดเลย",
        ),
    )
)


def import_error(message: str, lang: str) -> str:
    """The importer's refusal in ``lang``; one not known here is kept as it is (it still
    names the file and the cause)."""
    return by_pattern(message, ERRORS_THAI, lang)


def wrote(result: importer.ImportResult, out: Path, lang: str) -> str:
    """``wrote measures.toml: 7 issues, …`` in ``lang``."""
    counts = {key: n(value, lang) for key, value in result.counts().items()}
    warned = say("import.warned", lang, n=n(len(result.warnings), lang)) if result.warnings else ""
    plan = result.plan
    return say(
        "import.wrote",
        lang,
        path=out,
        counts=say("import.counts", lang, **counts),
        year=n(plan["fiscal_year"], lang),
        id=plan["id"],
        warned=warned,
    )


def _namer(args: argparse.Namespace) -> Callable[[importer.ImportResult], None]:
    """Names the imported plan once read: its own id (or ``--plan-id``) and a new key. The
    same report imported again over its plan file (``--force``) keeps that plan's id and
    key, and so its progress (a plan written before keys keeps its id and gets a key)."""
    folder = data_dir(args.data_dir)

    def name(result: importer.ImportResult) -> None:
        plan = result.plan
        organisation, year = str(plan.get("organisation", "")), int(plan.get("fiscal_year", 0))
        old = read_plan_head(args.output) if args.output.is_file() else None
        if args.plan_id is not None:
            plan_id = args.plan_id
        elif old is not None and same_plan(old, organisation, year):
            plan_id = old.id
        else:
            plan_id = naming.new_id(organisation, year, folder, replacing=args.output).id
        plan["id"] = plan_id
        if old is not None and old.id == plan_id:
            plan["plan_key"] = old.key or fresh_plan_key()
            lang = lang_of()
            what = say(
                "plan.reimported", lang, organisation=organisation, year=n(year, lang), id=plan_id
            )
            print(say("notice", lang, what=what), file=sys.stderr)
            return
        if args.plan_id is not None:
            naming.tell_if_recorded(folder, plan_id)
        plan["plan_key"] = fresh_plan_key()

    return name


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    if not args.dry_run:
        common.check_plan_output(args.output, lang)
    try:
        result = importer.import_report(
            args.report,
            args.output,
            force=args.force,
            fiscal_year=args.fiscal_year,
            plan_id=args.plan_id,
            dry_run=args.dry_run,
            name_plan=_namer(args),
        )
    except importer.ReportImportError as exc:
        print(say("error", lang, what=import_error(exc.message, lang)), file=sys.stderr)
        if exc.warnings:  # after the error: what was seen on the way, for whoever digs
            print(say("import.noticed", lang), file=sys.stderr)
            for warning in exc.warnings:
                print(f"  {visible(worded(warning, lang))}", file=sys.stderr)
        return common.EXIT_BAD_INPUT
    if args.dry_run:
        print(visible(preview(result, lang)))
        for warning in result.warnings:
            print(say("import.warning", lang, what=worded(warning, lang)), file=sys.stderr)
        print(
            say("import.dry_run", lang, n=n(len(result.warnings), lang), path=args.output),
            file=sys.stderr,
        )
        return common.EXIT_OK
    for warning in result.warnings:
        print(say("import.warning", lang, what=worded(warning, lang)), file=sys.stderr)
    naming.remember_written(args.output)
    print(wrote(result, args.output, lang))
    progress = ProgressStore(data_dir(args.data_dir), str(result.plan["id"])).path
    print(say("import.check", lang, path=args.output), file=sys.stderr)
    print(say("plan.kept_in", lang, path=progress), file=sys.stderr)
    return common.EXIT_OK
