"""The terminal UI (Textual). The only part of ita_tui that imports textual."""
