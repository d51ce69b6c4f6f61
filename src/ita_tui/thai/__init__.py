"""Thai text, for everything else in the program: nothing here knows about plans or screens.

- :mod:`~ita_tui.thai.words`: the word list and word breaking (segmentation);
- :mod:`~ita_tui.thai.wrap`: line breaking between words, never inside one;
- :mod:`~ita_tui.thai.fit`: a line shortened to a width with ``…``, cut between words;
- :mod:`~ita_tui.thai.digits`: Thai and Arabic digits (the one table);
- :mod:`~ita_tui.thai.repair`: damaged Thai from PDFs put back exactly;
- :mod:`~ita_tui.thai.calendar`: B.E. years, fiscal years, quarters, dates written and read.
"""
