"""What the screens use that is not a widget: editing, saving, switching plans, notices, view state.

A service never imports a screen, a widget or the app: it is handed what it needs (see
:mod:`.host`).
"""
