"""Errors and notices as data: a code and its values, worded only where they are shown.

The core never words a message for the user: it raises :class:`ItaError` (or keeps a
:class:`Notice`) with a code such as ``store.cannot_read`` and the values the wording needs
(a path, an OS error, a count). :func:`ita_tui.error_text.worded` says it in Thai or
English from one table; nothing is ever parsed back from English text. ``str()`` of one
gives the English wording, for logs and tracebacks only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def _english(code: str, values: Mapping[str, Any]) -> str:
    from ita_tui.error_text import wording  # the words load only when one is shown

    return wording(code, values, "en")


class ItaError(Exception):
    """An error of ita-tui's own: ``code`` names it, ``values`` fill its wording."""

    def __init__(self, code: str, **values: Any) -> None:
        super().__init__(code)
        self.code = code
        self.values: dict[str, Any] = values

    def __str__(self) -> str:
        return _english(self.code, self.values)

    def __reduce__(self) -> tuple[Any, ...]:  # a copy or a pickle keeps the values
        return (_rebuild_error, (type(self), self.code, self.values))


def _rebuild_error(kind: type[ItaError], code: str, values: dict[str, Any]) -> ItaError:
    return kind(code, **values)


class Notice(str):
    """Something the user is told (a file recovered, a line skipped): ``code`` and
    ``values``; the ``str`` itself is the English wording, for logs (as
    :class:`ita_tui.plan.problems.Problem` is), never shown or parsed in place of them."""

    code: str
    values: dict[str, Any]

    def __new__(cls, code: str, values: Mapping[str, Any] | None = None) -> Notice:
        values = dict(values or {})
        self = super().__new__(cls, _english(code, values))
        self.code, self.values = code, values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Notice, (self.code, self.values))


def notice(code: str, **values: Any) -> Notice:
    """``Notice(code, values)`` with the values as keywords."""
    return Notice(code, values)
