"""The report's file to rows: which format it is (by extension and by content), and one
reader per format, each giving the same rows (:class:`~ita_tui.importer.table._Record`)
with their place in the source ("table 2, row 3", "page 4, row 5", "line 12").

Readers of container formats import their library only when such a file is imported."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from ita_tui.importer.messages import Message
from ita_tui.importer.result import ReportImportError
from ita_tui.importer.table import Record

#: The most a text report / a saved web page may hold: a report's text is well under 1 MB
#: (a web page may carry its pictures inline).
MAX_TEXT_BYTES = 4 * 1024 * 1024
MAX_PAGE_BYTES = 64 * 1024 * 1024
#: Formats by the file's extension.
EXTENSIONS = {
    ".docx": "docx",
    ".docm": "docx",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".tsv": "text",
    ".tab": "text",
    ".csv": "text",
}
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|table|meta|div)\b",
    re.IGNORECASE | re.DOTALL,
)


@dataclass
class Source:
    """A report read into rows, and what the reading itself noted (for the plan's head)."""

    kind: str
    records: list[Record]
    notes: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)


def sniff(raw: bytes) -> str | None:
    """The format the bytes are, whatever the file is called; None for plain text."""
    head = raw[:4096]
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _package_kind(raw)
    if head.startswith((b"\xd0\xcf\x11\xe0",)):
        return "ole"  # .doc / .xls of Office 97-2003
    text = head.lstrip(b"\xef\xbb\xbf")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = head.decode("utf-16", errors="ignore").encode("utf-8")
        except UnicodeError:  # pragma: no cover - errors="ignore" never raises
            text = b""
    if _HTML_START.match(text):
        return "html"
    return None


_CHARSET = re.compile(rb"""<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


_THAI_LABELS = {
    "windows-874",
    "x-windows-874",
    "ms874",
    "cp874",
    "tis-620",
    "tis620",
    "iso-8859-11",
}


def _declared_charset(raw: bytes) -> str | None:
    """The charset a web page declares when it is not UTF-8 (Thai pages often say TIS-620 or
    windows-874) and the page is not valid UTF-8 anyway; else None."""
    import codecs

    match = _CHARSET.search(raw[:4096])
    if match is None:
        return None
    label = match.group(1).decode("ascii", errors="replace").lower()
    if label in _THAI_LABELS:
        label = "cp874"  # as browsers do: every Thai label means windows-874
    try:
        codec = codecs.lookup(label)
    except LookupError:
        return None
    if codec.name in ("utf-8", "utf-8-sig"):
        return None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return codec.name
    return None  # declared otherwise but written in UTF-8 (a browser's "save as")


def _package_kind(raw: bytes) -> str:
    """docx or xlsx by the parts a zip holds (its directory, else the names in its headers)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            names = set(package.namelist())
    except Exception:  # zipfile raises many kinds on a damaged zip: judge by the part names
        names = {p.decode() for p in (b"word/document.xml", b"xl/workbook.xml") if p in raw}
        if not names:
            return "broken-zip"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return "zip"


def kind_of(raw: bytes, name: str) -> tuple[str, str]:
    """The format to read ``raw`` as, and a note (a :class:`Message`) when its content
    overrules its name, else ``""``."""
    by_name = EXTENSIONS.get(PurePath(name).suffix.lower())
    by_content = sniff(raw)
    if by_content == "ole":
        raise ReportImportError(Message("refused.ole", name=name))
    if by_content == "broken-zip":
        if by_name in ("docx", "xlsx"):
            by_content = by_name  # its reader says what is wrong with it
        else:
            raise ReportImportError(Message("refused.broken_zip", name=name))
    if by_content == "zip":
        raise ReportImportError(Message("refused.zip", name=name))
    if by_content is None:
        kind = "text" if by_name in (None, "docx", "xlsx", "pdf") else by_name
    else:
        kind = by_content
    note = ""
    if by_name is not None and by_name != kind:
        suffix = PurePath(name).suffix
        note = Message("note.misnamed", suffix=suffix, holds=Message(f"format.{kind}"), kind=kind)
    return kind, note


def read_source(raw: bytes, name: str) -> Source:
    """Rows of the report in ``raw`` (the file named ``name``), whatever its format."""
    kind, note = kind_of(raw, name)
    if kind == "docx":
        from ita_tui.importer.formats import docx

        source = docx.read(raw, name)
    elif kind == "xlsx":
        from ita_tui.importer.formats import xlsx

        source = xlsx.read(raw, name)
    elif kind == "pdf":
        from ita_tui.importer.formats import pdf

        source = pdf.read(raw, name)
    else:
        from ita_tui.importer.files import decode_report

        limit = MAX_PAGE_BYTES if kind == "html" else MAX_TEXT_BYTES
        if len(raw) > limit:  # refused before it is decoded (a copy of it in memory per step)
            raise ReportImportError(
                Message(
                    "refused.text_too_large",
                    name=name,
                    size=len(raw),
                    what=Message(f"format.{kind}"),
                    mb=limit // (1024 * 1024),
                )
            )
        charset = _declared_charset(raw) if kind == "html" else None
        if charset is not None:
            text = raw.decode(charset, errors="replace")  # a page saved as TIS-620 / windows-874
        else:
            text = decode_report(raw, name)
        if kind == "html":
            from ita_tui.importer.formats import html

            source = html.read(text, name)
            if charset is not None:
                source.notes.insert(0, Message("note.charset", charset=charset))
        else:
            from ita_tui.importer.formats import pasted

            source = pasted.read(text)
    if isinstance(note, Message):
        source.notes.insert(0, note)
    return source
