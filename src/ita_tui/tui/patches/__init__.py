"""Every place the app reaches into Textual's or Rich's internals, one module each.

As :mod:`ita_tui.patches` (the core's half): each module's docstring names the internal it
relies on and the upstream change that would let it go, and a test in ``tests/tui/patches``
fails when upstream changes what it relies on.

- :mod:`ita_tui.tui.patches.textual_wrap`: Textual breaks Thai between words (labels,
  dialogs, ``TextArea``): ``textual.content.divide_line``, ``textual._wrap``,
  ``textual.document._wrapped_document``.
  :mod:`ita_tui.tui.patches.thai_breaks` installs it with the word list.
- :mod:`ita_tui.tui.patches.whole_clusters`: Thai marks stay with their consonant when a
  screen line is cut (``Segment._split_cells``, ``Strip.divide``).
- :mod:`ita_tui.tui.patches.bindings`: the key bar's words follow the language
  (``DOMNode._bindings``).
- :mod:`ita_tui.tui.patches.screen_results`: the first screen can be switched for another
  plan's (``Screen._result_callbacks``).
"""
