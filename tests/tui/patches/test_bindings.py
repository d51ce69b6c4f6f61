"""The key bar's words are rewritten in a node's own table of bindings: fails if Textual's
``DOMNode._bindings.key_to_bindings`` goes, is shared between nodes, or is no longer what
the key bar (``active_bindings``) reads."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from ita_tui.tui.patches.bindings import key_to_bindings


class Keys(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("x", "noop", "before")]

    def action_noop(self) -> None:
        return None


class Plain(App[None]):
    pass


async def test_a_node_relabelled_in_its_own_table_shows_the_new_word() -> None:
    app = Plain()
    async with app.run_test() as pilot:
        first, second = Keys(), Keys()
        await app.push_screen(first)
        await pilot.pause()
        table = key_to_bindings(first)
        table["x"] = [dataclasses.replace(b, description="after") for b in table["x"]]
        assert app.active_bindings["x"].binding.description == "after"
        # the table is the node's own: another screen of the class keeps its word
        assert key_to_bindings(second)["x"][0].description == "before"
