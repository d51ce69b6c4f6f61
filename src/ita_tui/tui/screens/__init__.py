"""The app's screens: the main screen and its dialogs (help, filter, edits, export)."""
