"""The bottom line: the keys of the current context, as Textual's Footer lists them.

One widget drawing one line of text, so that the keys are there in the very first frame
(Textual's Footer mounts a widget per key a few frames later) and cost nothing after.
A key can be clicked: it acts as if it were pressed.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.screen import Screen
from textual.widget import Widget

from ita_tui.thai.fit import fit


class KeyBar(Widget):
    """Shows the screen's active bindings that have ``show=True``, one per action."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hints: list[tuple[str, str]] | None = None

    def show_hints(self, hints: list[tuple[str, str]] | None) -> None:
        """Show these (key, description) pairs instead of the bindings (e.g. while typing)."""
        self.hints = hints
        self.refresh()

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.refresh()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        description_style = self.get_component_rich_style("key-bar--description", partial=True)
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        if self.hints is not None:
            for key, description in self.hints:
                if line:
                    line.append("  ")
                line.append(key, key_style)
                line.append(" " + description, description_style)
            return fit(line, max(self.size.width, 1), between="  ")
        seen: set[str] = set()
        keys: list[tuple[str, Text]] = []
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or not active.enabled or binding.action in seen:
                continue
            seen.add(binding.action)
            click = Style.from_meta({"@click": f"app.simulate_key({binding.key!r})"})
            item = Text(no_wrap=True, end="")
            item.append(self.app.get_key_display(binding), key_style + click)
            item.append(" " + binding.description, description_style + click)
            keys.append((binding.action, item))
        width = max(self.size.width, 1)
        # Too many for the line: leave out whole keys from the right, but never help and quit
        # (every other key is in the help screen and the command palette).
        while sum(item.cell_len for _, item in keys) + 2 * (len(keys) - 1) > width:
            optional = [i for i, (action, _) in enumerate(keys) if action not in PINNED]
            if not optional:
                break
            del keys[optional[-1]]
        for _, item in keys:
            if line:
                line.append("  ")
            line.append_text(item)
        return fit(line, width, between="  ")


#: The keys the bar keeps when it is too narrow for all: how to learn the rest, how to leave.
PINNED = frozenset({"help", "quit"})
