"""Why a key does nothing where the cursor is, said instead of silence.

``d``, ``v``, ``a`` and ``s`` work on an outcome; on an issue or activity they used to do
nothing at all. The main screen asks :func:`why_not` about every key that reached it
unhandled and shows the answer as a quiet note in the header.
"""

from __future__ import annotations

from collections.abc import Callable

from ita_tui.catalog import say
from ita_tui.tui.services.keys import MAIN_KEYS

#: The screen's question "can this action run here?" (``Screen.check_action``).
CheckAction = Callable[[str, tuple[object, ...]], bool | None]
#: Actions that need an outcome under the cursor, and why (a label key).
NEEDS_OUTCOME = frozenset({"tick", "cycle_status", "done_on", "evidence", "note"})
#: Actions that need something else, and the label that says what.
NEEDS: dict[str, str] = {
    "clear_filter": "app.why.no_filter",
    "next_match": "app.why.no_search",
    "previous_match": "app.why.no_search",
}


def _actions_of(key: str, character: str | None) -> list[str]:
    """Every main-screen action bound to the key (``space`` ticks or opens)."""
    found = []
    for entry in MAIN_KEYS:
        names = [name for name in (*entry.keys.split(","), entry.thai) if name]
        if key in names or (character and character in names):
            found.append(entry.action)
    return found


def why_not(check_action: CheckAction, lang: str, key: str, character: str | None) -> str:
    """The reason the key did nothing, or "" if it is not one of the main screen's keys
    or it can act here (then it already did)."""
    actions = _actions_of(key, character)
    if not actions or any(check_action(a, ()) is not False for a in actions):
        return ""
    action = actions[0]
    name = next(k for k in MAIN_KEYS if k.action == action)
    label = say(name.label, lang)
    if action in NEEDS_OUTCOME:
        return say("app.why.needs_outcome", lang, key=name.display or name.keys, what=label)
    if action in NEEDS:
        return say(NEEDS[action], lang)
    return ""
