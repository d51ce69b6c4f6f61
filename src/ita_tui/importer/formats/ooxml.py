"""Office Open XML packages (.docx, .xlsx) read with the standard library: a zip of XML parts.
Guarded against zip bombs and broken parts: every failure is a :class:`ReportImportError`."""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.etree import ElementTree

from ita_tui.importer.messages import Message
from ita_tui.importer.result import ReportImportError

MAX_PART = 64 * 1024 * 1024  # bytes of one unpacked part: far above any real report
#: What zipfile raises on a damaged or unsupported archive (compression method, version…).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    ValueError,
    EOFError,
    NotImplementedError,
    RuntimeError,
    KeyError,
    IndexError,
    OverflowError,
)
MAX_RATIO = 200  # unpacked/packed beyond this is a zip bomb, not a document


def open_package(raw: bytes, name: str, what: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(raw))
    except _ZIP_ERRORS as exc:
        raise ReportImportError(Message("refused.package", name=name, what=what, why=exc)) from None


def read_part(package: zipfile.ZipFile, part: str, name: str, *, required: bool = True) -> bytes:
    """The bytes of one part (``word/document.xml``), or b"" when it is absent and optional."""
    try:
        info = package.getinfo(part)
    except KeyError:
        if not required:
            return b""
        raise ReportImportError(Message("refused.no_part", name=name, part=part)) from None
    if info.file_size > MAX_PART or info.file_size > MAX_RATIO * max(info.compress_size, 1024):
        raise ReportImportError(
            Message("refused.unpacks_to", name=name, part=part, size=info.file_size)
        )
    try:
        with package.open(info) as handle:
            data = handle.read(MAX_PART + 1)
    except _ZIP_ERRORS as exc:
        raise ReportImportError(Message("refused.unpack", name=name, part=part, why=exc)) from None
    if len(data) > MAX_PART:
        raise ReportImportError(Message("refused.part_too_large", name=name, part=part))
    return data


def parse_xml(data: bytes, part: str, name: str) -> ElementTree.Element:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:  # no DTDs: no entity expansion bombs
        raise ReportImportError(Message("refused.entities", name=name, part=part))
    try:
        return ElementTree.fromstring(data)
    except (ElementTree.ParseError, ValueError) as exc:
        raise ReportImportError(Message("refused.xml", name=name, part=part, why=exc)) from None
