"""ita-tui: a terminal app for a Thai municipality's ITA integrity and transparency measures."""

__version__ = "0.1.0"
