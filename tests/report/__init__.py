"""Tests of the quarterly report (ita_tui.report) and the export command."""
