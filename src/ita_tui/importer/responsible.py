"""Responsible cells to job titles: splitting, and the vocabulary of known titles."""

from __future__ import annotations

import re

from ita_tui.importer.messages import Message
from ita_tui.importer.numbering import BULLET
from ita_tui.importer.text import strip_html

#: Job titles of Thai local government, used to cut run-together titles apart.
KNOWN_TITLES = frozenset(
    {
        "นายกเทศมนตรี",
        "รองนายกเทศมนตรี",
        "นายกองค์การบริหารส่วนตำบล",
        "รองนายกองค์การบริหารส่วนตำบล",
        "ปลัด",
        "รองปลัด",
        "ปลัดเทศบาล",
        "รองปลัดเทศบาล",
        "ปลัดองค์การบริหารส่วนตำบล",
        "รองปลัดองค์การบริหารส่วนตำบล",
        "หัวหน้าสำนัก",
        "หัวหน้าสำนักปลัด",
        "หัวหน้าสำนักปลัดเทศบาล",
        "หัวหน้าสำนักปลัดองค์การบริหารส่วนตำบล",
        "หัวหน้าฝ่ายบริหารงานทั่วไป",
        "หัวหน้าฝ่ายอำนวยการ",
        "หัวหน้าฝ่ายปกครอง",
        "หัวหน้าฝ่ายการเงินและบัญชี",
        "หัวหน้าฝ่ายพัสดุและทรัพย์สิน",
        "หัวหน้าหน่วยตรวจสอบภายใน",
        "ผู้อำนวยการกอง",
        "ผู้อำนวยการกองทุกกอง",
        "ผู้อำนวยการกองคลัง",
        "ผู้อำนวยการกองช่าง",
        "ผู้อำนวยการกองการศึกษา",
        "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม",
        "ผู้อำนวยการกองสวัสดิการสังคม",
        "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ",
        "ผู้อำนวยการกองการเจ้าหน้าที่",
        "ผู้อำนวยการกองวิชาการและแผนงาน",
        "ผู้อำนวยการกองทะเบียนราษฎร",
        "นิติกร",
        "นักวิเคราะห์",
        "นักวิเคราะห์นโยบายและแผน",
        "นักทรัพยากรบุคคล",
        "นักวิชาการพัสดุ",
        "นักวิชาการเงินและบัญชี",
        "นักวิชาการคลัง",
        "นักวิชาการจัดเก็บรายได้",
        "นักวิชาการศึกษา",
        "นักวิชาการคอมพิวเตอร์",
        "นักวิชาการสาธารณสุข",
        "นักวิชาการตรวจสอบภายใน",
        "นักวิชาการประชาสัมพันธ์",
        "นักประชาสัมพันธ์",
        "นักพัฒนาชุมชน",
        "นักจัดการงานทั่วไป",
        "นักป้องกันและบรรเทาสาธารณภัย",
        "นักสังคมสงเคราะห์",
        "เจ้าพนักงานธุรการ",
        "เจ้าพนักงานพัสดุ",
        "เจ้าพนักงานการเงินและบัญชี",
        "เจ้าพนักงานจัดเก็บรายได้",
        "เจ้าพนักงานป้องกันและบรรเทาสาธารณภัย",
        "เจ้าพนักงานสาธารณสุข",
        "เจ้าพนักงานทะเบียน",
        "เจ้าพนักงานประชาสัมพันธ์",
        "เจ้าพนักงานธุรการทุกกอง",
        "ผู้ช่วยเจ้าพนักงานธุรการ",
        "ผู้ช่วยเจ้าพนักงานพัสดุ",
        "นายช่างโยธา",
        "วิศวกรโยธา",
        "ผู้ตรวจสอบภายใน",
        "เจ้าหน้าที่ที่เกี่ยวข้อง",
        "ทุกกอง",
        "ทุกส่วนราชการ",
    }
)
#: Words a job title starts with: where a run-together title may be cut.
TITLE_HEADS = (
    "ผู้อำนวยการ",
    "หัวหน้า",
    "รองนายก",
    "นายก",
    "รองปลัด",
    "ปลัด",
    "นิติกร",
    "นัก",
    "เจ้าพนักงาน",
    "เจ้าหน้าที่",
    "ผู้ช่วย",
    "นายช่าง",
    "วิศวกร",
    "ผู้ตรวจสอบ",
)
#: Heads a title starts with that never come twice in one title.
_REPEATED_HEADS = ("ผู้อำนวยการ", "หัวหน้า", "นักวิชาการ", "เจ้าพนักงาน", "พยาบาลวิชาชีพ")
_MAX_TITLE = 150  # longer tokens are not run-together titles: never try to cut them
#: A local agency's kind, written after a job title it belongs to (``ปลัด อบต.``).
AGENCY_WORDS = {"อบต.", "อบจ.", "ทต.", "ทม.", "ทน.", "เทศบาล"}
_AND = "และ"


def _cut(token: str) -> list[str]:
    """Cut a run-together token into known titles: ``หัวหน้าสำนักผู้อำนวยการกองทุกกอง`` ->
    ``หัวหน้าสำนัก`` + ``ผู้อำนวยการกองทุกกอง``.  The longest known first part wins; the
    token stays whole when no cut leaves a known title in front of a title head."""
    if token in KNOWN_TITLES or len(token) > _MAX_TITLE:
        return [token]
    for cut in range(len(token) - 1, 0, -1):
        head, rest = token[:cut], token[cut:]
        if head in KNOWN_TITLES and rest.startswith(TITLE_HEADS):
            return [head, *_cut(rest)]
    # two titles of one kind run together (a PDF's cell whose paragraphs lost their break):
    # «หัวหน้ากลุ่มงานบริหารทั่วไปหัวหน้ากลุ่มงานการพยาบาล» cut where the same head comes again
    for head in _REPEATED_HEADS:
        again = token.find(head, len(head) + 4) if token.startswith(head) else -1
        if again > 0:
            return [token[:again], *_cut(token[again:])]
    return [token]


def split_responsible(cell: str) -> tuple[list[str], list[Message]]:
    """Job titles from a responsible cell, and notes on every guess made.

    Titles are separated by line breaks, commas and semicolons, and by a space before a word
    that starts a job title (so «ผู้อำนวยการกลุ่ม… เทคโนโลยีสารสนเทศ…» stays one title); a
    run-together pair is cut with :data:`KNOWN_TITLES`; ``และ`` between titles is dropped
    (noted); typed bullets (``-``, ``•``, ``○``) are dropped."""
    notes: list[Message] = []
    titles: list[str] = []
    for line in re.split(r"[\n,;、]+", strip_html(cell)):
        _line_titles(BULLET.sub("", line.strip()), titles, notes)
    return titles, notes


def _line_titles(line: str, titles: list[str], notes: list[Message]) -> None:
    first = len(titles)
    for raw in line.split():
        token = raw.strip()
        if not token:
            continue
        if len(titles) > first and not _starts_title(token):
            # a title written with a space inside it; a known title run on after it (a PDF
            # cell's paragraphs joined: «…การสื่อสารนักวิชาการคอมพิวเตอร์») starts the next
            cut = next(
                (i for i in range(2, len(token) - 1) if token[i:] in KNOWN_TITLES), len(token)
            )
            titles[-1] = f"{titles[-1]} {token[:cut]}"
            if cut == len(token):
                continue
            notes.append(
                Message("note.run_together", token=token, parts=_quoted(token[:cut], token[cut:]))
            )
            token = token[cut:]
        if token == _AND:
            notes.append(Message("note.and_dropped"))
            continue
        if token.startswith(_AND) and token[len(_AND) :].startswith(TITLE_HEADS):
            notes.append(Message("note.and_cut", token=token, rest=token[len(_AND) :]))
            token = token[len(_AND) :]
        if token in AGENCY_WORDS and titles:
            titles[-1] = f"{titles[-1]} {token}"
            continue
        parts = _cut(token)
        if len(parts) > 1:
            notes.append(Message("note.run_together", token=token, parts=_quoted(*parts)))
        titles.extend(parts)


def _quoted(*parts: str) -> str:
    """``«a» + «b»``: the parts a run-together token was read as (the document's text)."""
    return " + ".join(f"«{part}»" for part in parts)


def _starts_title(token: str) -> bool:
    return (
        token in KNOWN_TITLES
        or token.startswith(TITLE_HEADS)
        or token == _AND
        or token[len(_AND) :].startswith(TITLE_HEADS)
    )
