from __future__ import annotations

from hypothesis import given, settings
from progress_strategies import record_maps

from ita_tui.model import OutcomeProgress
from ita_tui.store.merge import merge


@settings(max_examples=200, deadline=None)
@given(record_maps, record_maps, record_maps)
def test_merge_is_commutative_associative_and_idempotent(
    a: dict[str, OutcomeProgress], b: dict[str, OutcomeProgress], c: dict[str, OutcomeProgress]
) -> None:
    assert merge(a, b) == merge(b, a)
    assert merge(merge(a, b), c) == merge(a, merge(b, c))
    assert merge(a, a) == a
