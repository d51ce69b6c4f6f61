"""The app's numbers in either digits, and statuses and states in either language.

Every word comes from the catalogs (:func:`ita_tui.catalog.say`, keys ``app.*``); plan text
is never translated, only the app's own words are.
"""

from __future__ import annotations

from typing import Final

from ita_tui.catalog import say
from ita_tui.model import Status
from ita_tui.progress_words import state_name
from ita_tui.state import ActivityState
from ita_tui.thai.digits import to_thai_digits

LANGS: Final = ("th", "en")


def num(value: int | str, digits: str) -> str:
    """A number (or an id such as ``1.2``) in Thai or Arabic digits."""
    text = str(value)
    return to_thai_digits(text) if digits == "thai" else text


def status_label(status: Status, lang: str) -> str:
    return say(f"app.status.{status.value}", lang)


def state_label(state: ActivityState, lang: str) -> str:
    """The state's name, as ``status`` and the reports write it (one table, in the core)."""
    return state_name(state, lang)
