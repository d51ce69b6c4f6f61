"""The first screen can be switched for another plan's main screen (``ctrl+o``).

``App.switch_screen`` pops a result callback from the screen it replaces; the app's first
screen (installed as the default screen, never pushed) has none, and Textual would fail to
pop it. :func:`give_result_callback` gives it an empty one first.

Relies on: ``Screen._result_callbacks`` (the list ``switch_screen`` pops from) and
``Screen._push_result_callback(requester, callback)``. Can go when ``switch_screen`` copes
with a screen that has no result callback (or the app pushes its first screen instead of
using the default one). ``tests/tui/patches/test_screen_results.py`` fails if these change.
"""

from __future__ import annotations

from textual.screen import Screen


def give_result_callback(screen: Screen[object]) -> None:
    """An empty result callback for ``screen`` if it has none (so it can be switched)."""
    if not screen._result_callbacks:
        screen._push_result_callback(screen, None)
