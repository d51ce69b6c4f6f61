"""The key bar's words follow the language: a node's bindings relabelled in place.

Textual's ``Binding`` descriptions are fixed when a class is made, and its public API can
add keys (``App.set_keymap`` remaps keys, not words) but not reword them, so
:func:`ita_tui.tui.services.keys.localize` rewrites the node's own table of bindings.

Relies on: ``DOMNode._bindings`` (a ``BindingsMap``, a copy per node) and its
``key_to_bindings`` dict of key -> list of ``Binding``, read by the footer each time it is
drawn. Can go when Textual lets a binding's description be set or looked up at draw time
(e.g. a callable description, or a public per-node binding table).
``tests/tui/patches/test_bindings.py`` fails if these names change.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.dom import DOMNode


def key_to_bindings(node: DOMNode) -> dict[str, list[Binding]]:
    """``node``'s own table of bindings (key -> its bindings), to change in place."""
    table: dict[str, list[Binding]] = node._bindings.key_to_bindings
    return table
