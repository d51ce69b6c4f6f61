"""Hypothesis strategies for progress records, shared by the store, file, log and merge tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from ita_tui.model import OutcomeProgress, Status

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
records = st.builds(
    OutcomeProgress,
    status=st.sampled_from(list(Status)),
    done_on=st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 1, 1)),
    evidence=st.lists(texts, max_size=3).map(tuple),
    note=texts,
    updated_by=texts,
    updated_at=st.none()
    | st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1)).map(
        lambda d: d.replace(tzinfo=dt.UTC)
    ),
)
ids = st.sampled_from(["1.1.1", "1.1.2", "2.1.1", "10.2.3", "a-b", "ผ"])
record_maps = st.dictionaries(ids, records, max_size=5)
