"""The importer's warnings as data (a code and its values), worded from the catalogs.

A reader or the parser says what it noticed as a :class:`Message`: a code (worded by the
catalogs' ``import.<code>``) and its values.  The message *is* its English wording (a
``str``, as compared by tests); :meth:`Message.text` words it in either language.  The
values keep their kind, so a Thai wording changes only what is the importer's own:

* :class:`Place` (and :class:`PageRows`) -- where in the source (page 3, row 5): data, worded
  from ``place.*`` (a sheet's name in it is kept as it is);
* :class:`Num` and ``int`` -- a number or a plan number (``1.1``): Thai digits in Thai;
* another :class:`Message` -- worded in the same language;
* any other ``str`` -- the document's own text, file names: kept exactly;
* a list or tuple -- its items, each as above, joined by ``", "``.

Pure: no terminal (the command makes the worded text visible before printing it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from ita_tui.catalog import say
from ita_tui.thai.calendar import format_date
from ita_tui.thai.digits import to_thai_digits


class Num(str):
    """A number the importer gives (a plan number ``1.1``, a list ``[1, 2]``): Thai digits in Thai."""

    __slots__ = ()


#: One part of a place: a word of ``place.*`` and its value (a number, a sheet's name), or
#: the word alone (``("workbook", None)``).
Part = tuple[str, object]


@dataclass(frozen=True)
class Place:
    """Where in the source a warning points: its parts from the widest to the narrowest
    (``(("page", 3), ("row", 5))``), and what was read from there (``(("activity", "1.2"),)``).
    English runs the parts on with a comma (``page 3, row 5 (activity 1.2)``), Thai with a
    space (``หน้า ๓ แถว ๕ (กิจกรรม ๑.๒)``)."""

    parts: tuple[Part, ...]
    about: tuple[Part, ...] = field(default=())

    def of_activity(self, activity_id: str, *, continued: bool = False) -> Place:
        """This place, as where the activity ``activity_id`` was read (or continued)."""
        about: tuple[Part, ...] = (("activity", Num(activity_id)),)
        return Place(self.parts, about + ((("continued", None),) if continued else ()))

    def words(self, lang: str) -> str:
        """The place in ``lang``."""
        shown = _run_on([_part(part, lang) for part in self.parts], lang)
        if not self.about:
            return shown
        about = _run_on([_part(part, lang) for part in self.about], lang)
        return say("place.about", lang, place=shown, about=about)


def place(*parts: str | Part) -> Place:
    """A place of these parts: ``place(("page", 3), ("row", 5))``, ``place("workbook")``."""
    return Place(tuple((part, None) if isinstance(part, str) else part for part in parts))


def line(number: int) -> Place:
    """A line of a text report (what a row without a place of its own is)."""
    return place(("line", number))


@dataclass(frozen=True)
class PageRows:
    """Rows and lines on several pages, told in one warning (``page 1 rows 2, 3; page 2
    line 4``): for each page, its number, its rows and its lines."""

    pages: tuple[tuple[object, tuple[object, ...], tuple[object, ...]], ...]

    def words(self, lang: str) -> str:
        """The pages in ``lang``."""
        told = []
        for page, rows, lines in self.pages:
            shown = []
            if rows:
                shown.append(_part(("rows" if len(rows) > 1 else "row", rows), lang))
            if lines:
                shown.append(_part(("lines" if len(lines) > 1 else "line", lines), lang))
            spans = say("place.and", lang, first=shown[0], then=shown[1]) if len(shown) > 1 else ""
            on = _part(("page", page), lang) if page is not None else ""
            told.append(" ".join([on, spans or "".join(shown)]).strip())
        return "; ".join(told)


def _part(part: Part, lang: str) -> str:
    word, value = part
    return say(f"place.{word}", lang, v="" if value is None else _value(value, lang))


def _run_on(parts: list[str], lang: str) -> str:
    """Parts one after another: ``page 3, row 5`` in English, ``หน้า ๓ แถว ๕`` in Thai."""
    shown = parts[0] if parts else ""
    for part in parts[1:]:
        shown = say("place.next", lang, first=shown, then=part)
    return shown


class Message(str):
    """What the importer noticed: its code and values; the ``str`` is its English wording,
    :meth:`text` words it in either language."""

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


def at(where: Place | PageRows, what: str) -> Message:
    """A warning: ``where`` (a place in the source) and ``what`` was noticed there (a
    :class:`Message`, or the document's own text, kept as it is)."""
    return Message("at", where=where, what=what)


def worded(message: str, lang: str) -> str:
    """``message`` in ``lang`` if it is a :class:`Message`; any other text as it is."""
    return message.text(lang) if isinstance(message, Message) else message


def place_text(where: Place | PageRows, lang: str) -> str:
    """A place in ``lang``: ``หน้า ๓ แถว ๕`` in Thai; a sheet's name in it kept as it is."""
    return where.words(lang)


def _word(code: str, values: Mapping[str, object], lang: str) -> str:
    return say(
        f"import.{code}", lang, **{name: _value(value, lang) for name, value in values.items()}
    )


def _value(value: object, lang: str) -> str:
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, OSError):  # why a file could not be read or written
        from ita_tui.error_text import os_reason

        return os_reason(value, lang)
    if isinstance(value, Exception):  # a library's own words (a damaged zip, PDF, XML)
        return say("import.library_error", lang, name=type(value).__name__, detail=str(value))
    if isinstance(value, Place | PageRows):
        return value.words(lang)
    if isinstance(value, Num | int) and not isinstance(value, bool):
        return _digits(str(value), lang)
    if isinstance(value, dt.date):  # an ISO date in English, as officials write it in Thai
        return value.isoformat() if lang == "en" else format_date(value)
    if isinstance(value, list | tuple):
        return ", ".join(_value(item, lang) for item in value)
    return str(value)


def _digits(text: str, lang: str) -> str:
    return text if lang == "en" else to_thai_digits(text)
