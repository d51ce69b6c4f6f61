"""A key put after another in a TOML table, with tomlkit's public API only (any tomlkit the
pyproject range allows: CI runs this on the lowest and the newest)."""

from __future__ import annotations

import pytest
import tomlkit

from ita_tui.plan.toml_order import table_with_key_after

CASES = [
    ('[ita]\nyear = 2567\nlevel = "ผ่าน"\n', '[ita]\nyear = 2567\nscore = 89.5\nlevel = "ผ่าน"\n'),
    (
        "[ita]\nyear = 2567\n\n[agency]\nname = 'x'\n",
        "[ita]\nyear = 2567\nscore = 89.5\n\n[agency]\nname = 'x'\n",
    ),
    (
        '[ita]  # the last ITA\nyear = 2567  # fiscal\n# the level\nlevel = "ผ่าน"  # lvl\n\n[x]\n',
        '[ita]  # the last ITA\nyear = 2567  # fiscal\nscore = 89.5\n# the level\nlevel = "ผ่าน"  # lvl\n\n[x]\n',
    ),
    ('[ita]\nlevel = "A"\nyear = 2567\n', '[ita]\nlevel = "A"\nyear = 2567\nscore = 89.5\n'),
    ('[ita]\nlevel = "A"\n', '[ita]\nlevel = "A"\nscore = 89.5\n'),  # no year: last
]


@pytest.mark.parametrize(("before", "after"), CASES)
def test_the_key_goes_right_after_and_the_rest_stays_as_written(before: str, after: str) -> None:
    doc = tomlkit.parse(before)
    doc["ita"] = table_with_key_after(doc["ita"], "year", "score", 89.5)
    assert doc.as_string() == after


def test_later_keys_of_the_rebuilt_table_still_set_in_place() -> None:
    doc = tomlkit.parse('[ita]\nyear = 2567\nlevel = "A"\n')
    doc["ita"] = table_with_key_after(doc["ita"], "year", "score", 70)
    doc["ita"]["level"] = "B"
    del doc["ita"]["year"]
    assert doc.as_string() == '[ita]\nscore = 70\nlevel = "B"\n'
