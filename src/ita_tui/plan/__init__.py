"""The plan: loading and checking it (:mod:`.load`), writing it in place (:mod:`.edit`),
and making new ones (:mod:`.new`). ``from ita_tui.plan import load_plan`` keeps working."""

from ita_tui.plan.load import (
    BUNDLED_PLAN_ID,
    FORMAT_VERSION,
    ID_RE,
    LoadedPlan,
    PlanError,
    _Checker,
    bundled_plan_path,
    load_plan,
    parse_plan,
    read_plan_bytes,
)
from ita_tui.resources import BUNDLED_PLAN_NAME

__all__ = [
    "BUNDLED_PLAN_ID",
    "BUNDLED_PLAN_NAME",
    "FORMAT_VERSION",
    "ID_RE",
    "LoadedPlan",
    "PlanError",
    "_Checker",
    "bundled_plan_path",
    "load_plan",
    "parse_plan",
    "read_plan_bytes",
]
