"""Every place the core reaches into a dependency's internals, one module each.

ita-tui otherwise uses only the public APIs of tomlkit, Textual and Rich. Where a private
name cannot be avoided, the patch lives here (the core's; textual-free) or in
:mod:`ita_tui.tui.patches` (the app's), its docstring names the internal it relies on and
the upstream change that would let it go, and a test in ``tests/patches`` (or
``tests/tui/patches``) fails when upstream changes what it relies on. CI runs those tests on
the newest and the lowest versions pyproject.toml allows.

- :mod:`ita_tui.patches.rich_thai`: Rich breaks Thai lines between words
  (``rich.text.divide_line``, ``rich._wrap.divide_line``).

argparse's own words need no patch: they come in Thai from the word catalog, through
gettext's public settings (:func:`ita_tui.catalog.speak_to_argparse`).
"""
