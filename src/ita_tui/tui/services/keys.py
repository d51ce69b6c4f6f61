"""The main screen's keys, in one table: bindings, the footer, the help screen and the
command palette are all made from it, so they never disagree.

Every letter key also works with the Thai (Kedmanee) keyboard layout switched on: the key
in the same place sends a Thai character (``s`` -> ``ห``), bound here as a hidden alias.
"""

from __future__ import annotations

import dataclasses

from textual.binding import Binding
from textual.dom import DOMNode

from ita_tui.catalog import say
from ita_tui.records import record
from ita_tui.tui.patches.bindings import key_to_bindings


@record(frozen=True)
class Key:
    keys: str
    action: str
    label: str
    help: str
    show: bool = True
    display: str | None = None
    thai: str = ""
    palette: bool = True
    help_keys: str = ""
    #: Where the footer lists it: on an "outcome", on an issue or activity ("parent"), or "all".
    where: str = "all"

    @property
    def names(self) -> str:
        """The keys as the help screen lists them."""
        return self.help_keys or self.display or self.keys


MAIN_KEYS: tuple[Key, ...] = (
    Key("space", "tick", "app.key.tick", "app.help.tick", display="space"),
    Key("space", "open_close", "app.key.toggle", "app.help.tick", display="space", palette=False),
    Key("s", "cycle_status", "app.key.status", "app.help.status", thai="ห"),
    Key("d", "done_on", "app.key.done_on", "app.help.done_on", thai="ก"),
    Key("v", "evidence", "app.key.evidence", "app.help.evidence", thai="อ"),
    Key("a", "note", "app.key.note", "app.help.note", thai="ฟ"),
    Key("r", "edit_item", "app.key.edit", "app.help.edit", thai="พ"),
    Key("o", "add_after", "app.key.add_after", "app.help.add_after", thai="น", where="parent"),
    Key("O", "add_child", "app.key.add_child", "app.help.add_child", show=False, thai="ฯ"),
    Key("delete", "delete_item", "app.key.delete", "app.help.delete", show=False, display="del"),
    Key(
        "ctrl+up",
        "move_item(-1)",
        "app.key.move_up",
        "app.help.move_up",
        show=False,
        help_keys="ctrl+↑",
    ),
    Key(
        "ctrl+down",
        "move_item(1)",
        "app.key.move_down",
        "app.help.move_down",
        show=False,
        help_keys="ctrl+↓",
    ),
    Key("P", "edit_plan", "app.key.edit_plan", "app.help.edit_plan", show=False, thai="ญ"),
    Key("ctrl+o", "plans", "app.key.plans", "app.help.plans", show=False),
    Key("slash", "search", "app.key.search", "app.help.search", display="/", thai="ฝ"),
    Key(
        "n,f3",
        "next_match",
        "app.key.next_match",
        "app.help.next_match",
        show=False,
        thai="ื",
        help_keys="n  F3",
    ),
    Key(
        "N,shift+f3",
        "previous_match",
        "app.key.previous_match",
        "app.help.previous_match",
        show=False,
        thai="์",
        help_keys="N  shift+F3",
    ),
    Key("f", "filter", "app.key.filter", "app.help.filter", thai="ด", where="parent"),
    Key(
        "c",
        "clear_filter",
        "app.key.clear_filter",
        "app.help.clear_filter",
        thai="แ",
        where="parent",
    ),
    Key("ctrl+z", "undo", "app.key.undo", "app.help.undo", show=False),
    Key("ctrl+y", "redo", "app.key.redo", "app.help.redo", show=False),
    Key("e", "export", "app.key.export", "app.help.export", thai="ำ", where="parent"),
    Key("g", "dashboard", "app.key.dashboard", "app.help.dashboard", show=False, thai="เ"),
    Key("i", "import_notes", "app.key.import_notes", "app.help.import_notes", show=False, thai="ร"),
    Key("t", "toggle_lang", "app.key.lang", "app.help.lang", thai="ะ", where="parent"),
    Key("0", "toggle_digits", "app.key.digits", "app.help.digits", show=False, thai="จ"),
    Key(
        "J",
        "scroll_details(1)",
        "app.key.scroll_details",
        "app.help.scroll_details",
        show=False,
        thai="๋",
        palette=False,
        help_keys="J  K",
    ),
    Key(
        "K",
        "scroll_details(-1)",
        "app.key.scroll_details",
        "app.help.scroll_details",
        show=False,
        thai="ษ",
        palette=False,
    ),
    Key(
        "question_mark,f1",
        "help",
        "app.key.help",
        "app.help.help",
        display="?",
        thai="ฦ",
        help_keys="?  F1",
    ),
    Key("q", "quit", "app.key.quit", "app.help.quit", thai="ๆ"),
)

#: Keys the tree itself handles, listed in the help screen.
TREE_KEYS: tuple[tuple[str, str], ...] = (
    ("↑ ↓  j k", "app.help.move"),
    ("← →  h l", "app.help.fold"),
    ("ctrl+p", "app.help.palette"),
)


def bindings(keys: tuple[Key, ...] = MAIN_KEYS) -> list[Binding]:
    """Bindings for a BINDINGS list (labels in Thai; :func:`localize` switches them)."""
    made: list[Binding] = []
    for key in keys:
        made.append(
            Binding(
                key.keys,
                key.action,
                say(key.label, "th"),
                show=key.show,
                key_display=key.display,
                id=key.action,
            )
        )
        if key.thai:
            made.append(
                Binding(
                    key.thai, key.action, say(key.label, "th"), show=False, id=f"{key.action}.thai"
                )
            )
    return made


def localize(node: DOMNode, lang: str, context: str = "all") -> None:
    """Label ``node``'s bindings in ``lang`` and show in the footer those for ``context``.

    The footer lists the bindings' descriptions; at 80 columns it has room for the keys of
    one context: an outcome's edits, or an issue's or activity's open/filter/export.
    """
    by_action = {key.action: key for key in MAIN_KEYS}
    mapping = key_to_bindings(node)
    for key_name, key_bindings in mapping.items():
        updated = []
        for binding in key_bindings:
            key = by_action.get(binding.action)
            if key is not None:
                shown = (
                    key.show
                    and not (binding.id or "").endswith(".thai")
                    and (key.where == "all" or context in ("all", key.where))
                )
                binding = dataclasses.replace(binding, description=say(key.label, lang), show=shown)
            elif binding.action == "command_palette":
                binding = dataclasses.replace(binding, description=say("app.key.palette", lang))
            updated.append(binding)
        mapping[key_name] = updated
