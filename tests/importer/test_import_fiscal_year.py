"""The fiscal year and plan id options (ita_tui.importer.fiscal_year, parse_report)."""

from __future__ import annotations

import pytest
from importer_helpers import SEED

from ita_tui.importer import ReportImportError, parse_report, render_plan_toml


def test_fiscal_year_and_plan_id_options() -> None:
    text = SEED.read_text(encoding="utf-8")
    result = parse_report(text, fiscal_year=2569, plan_id="saikhao-2569")
    assert (result.plan["fiscal_year"], result.plan["id"]) == (2569, "saikhao-2569")
    assert FISCAL_NOTE not in render_plan_toml(result)
    ce = parse_report(text, fiscal_year=2025)
    assert ce.plan["fiscal_year"] == 2568
    assert "--fiscal-year: 2025 read as C.E.: fiscal year 2568 B.E." in ce.warnings
    with pytest.raises(ReportImportError, match="not valid"):
        parse_report(text, plan_id="ทรายขาว")


FISCAL_NOTE = "the latest one the report's dates"
