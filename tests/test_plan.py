from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

import pytest
import tomlkit
from conftest import MINIMAL_PLAN
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_tui.plan import PlanError, _Checker, bundled_plan_path, load_plan, parse_plan

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_fdfe43d4a522ba1f.txt"


def problems(text: str | bytes) -> list[str]:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(PlanError) as info:
        parse_plan(raw, "plan.toml")
    return info.value.problems


def test_bundled_plan_loads_with_the_whole_seed() -> None:
    loaded = load_plan()
    plan = loaded.plan
    assert loaded.warnings == []
    assert bundled_plan_path().name == "measures.toml"
    counts = plan.counts
    assert (counts.issues, counts.activities, counts.steps, counts.outcomes) == (7, 10, 59, 53)
    assert plan.fiscal_year == 2568
    assert plan.organisation == "เทศบาลตำบลทรายขาว"
    assert plan.ita is not None and (plan.ita.year, plan.ita.score, plan.ita.level) == (
        2567,
        90.68,
        "ผ่านดี",
    )
    assert [i.id for i in plan.issues] == [str(n) for n in range(1, 8)]
    assert [a.id for a in plan.issues[0].activities] == ["1.1", "1.2", "1.3", "1.4"]
    seven = plan.issues[6].activities[0]
    assert len(seven.steps) == 12 and len(seven.outcomes) == 12  # the "(ต่อ)" row continues 7.1
    assert seven.outcomes[-1].id == "7.1.12"
    assert plan.find("2.1") is not None and plan.find("2.1").responsible == (  # type: ignore[union-attr]
        "หัวหน้าสำนัก",
        "ผู้อำนวยการกองทุกกอง",
    )
    assert plan.find("3.1").quarters == (1, 2, 3, 4)  # type: ignore[union-attr]  # ดำเนินการตลอดทั้งปี
    assert plan.find("1.2").quarters == (1,)  # type: ignore[union-attr]


@pytest.mark.skipif(not SEED.exists(), reason="the seed document is not beside this checkout")
def test_every_step_and_outcome_text_appears_verbatim_in_the_seed() -> None:
    seed = re.sub(r"</?p>", " ", SEED.read_text(encoding="utf-8"))
    plan = load_plan().plan
    for issue in plan.issues:
        assert issue.title in seed
        for activity in issue.activities:
            assert activity.title in seed
            assert activity.period in seed
            for text in (*activity.steps, *(o.text for o in activity.outcomes)):
                assert text in seed, text


def test_a_good_minimal_plan(minimal_plan_path: Path) -> None:
    loaded = load_plan(minimal_plan_path)
    assert loaded.plan.outcome_ids() == ["1.1.1", "1.1.2", "1.2.1"]
    assert loaded.plan.activity_of("1.2.1").id == "1.2"  # type: ignore[union-attr]
    assert loaded.plan.job_titles() == ["นิติกร", "ปลัด", "นักวิเคราะห์"]


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="no such file"):
        load_plan(tmp_path / "nope.toml")
    with pytest.raises(PlanError, match="is a folder"):
        load_plan(tmp_path)


def test_empty_file() -> None:
    assert problems("  \n") == ["the file is empty: a plan needs at least one [[issues]] table"]


def test_not_utf8_names_the_line() -> None:
    [message] = problems(MINIMAL_PLAN.encode("utf-8") + b'\nx = "\xff"\n')
    line = MINIMAL_PLAN.count("\n") + 2
    assert message.startswith(f"{line}:6: the file is not UTF-8 text")


def test_toml_syntax_error_gives_line_and_column() -> None:
    [message] = problems('format = 1\nid = "x"\ntitle = \n')
    assert re.match(r"^3:9: TOML syntax error: ", message), message
    error = PlanError("plan.toml", [message])
    assert error.message.startswith("plan.toml:3:9: ")


def test_every_schema_error_is_reported_with_its_key_path() -> None:
    doc = tomlkit.parse(MINIMAL_PLAN)
    activity: Any = doc["issues"][0]["activities"][0]  # type: ignore[index]
    activity["quarters"] = [1, 5, "2"]
    activity["outcomes"][1]["id"] = "1.1.1"
    del doc["organisation"]
    doc["fiscal_year"] = 68
    found = problems(tomlkit.dumps(doc))
    assert "issues[0].activities[0].quarters[1]: 5 is not a quarter (1-4)" in found
    assert "issues[0].activities[0].quarters[2]: must be a whole number 1-4, not text" in found
    assert any(
        p.startswith("issues[0].activities[0].outcomes[1].id: duplicate id '1.1.1'") for p in found
    )
    assert "organisation: missing (a text is required)" in found
    assert any(p.startswith("fiscal_year: 68 is not a B.E. fiscal year") for p in found)
    assert len(found) == 5


def test_wrong_types_and_missing_lists() -> None:
    found = problems('id = 3\ntitle = "t"\norganisation = "o"\nfiscal_year = 2568\nissues = "x"\n')
    assert "id: must be text, not a whole number" in found
    assert "issues: must be a list of tables ([[issues]]), not text" in found


def test_unknown_keys_are_warnings(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(
        MINIMAL_PLAN.replace("fiscal_year = 2568", 'fiscal_year = 2568\ncolour = "red"'),
        encoding="utf-8",
    )
    loaded = load_plan(path)
    assert loaded.warnings == ["colour: unknown key, ignored"]


def test_bad_ids_are_rejected() -> None:
    found = problems(MINIMAL_PLAN.replace('id = "1.1.2"', 'id = "../x y"'))
    assert found == [
        "issues[0].activities[0].outcomes[1].id: '../x y' is not a valid id (letters, digits, '.', '_', '-')"
    ]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_loader_raises_only_plan_error_on_arbitrary_bytes(raw: bytes) -> None:
    with contextlib.suppress(PlanError):
        parse_plan(raw)


toml_scalars = st.one_of(
    st.text(max_size=8),
    st.integers(-5, 3000),
    st.booleans(),
    st.floats(allow_nan=False),
    st.dates(),
)
toml_values = st.recursive(
    toml_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(
            st.sampled_from(
                ["id", "title", "text", "quarters", "issues", "activities", "outcomes", "x"]
            ),
            children,
            max_size=4,
        ),
    ),
    max_leaves=12,
)
plan_like = st.fixed_dictionaries(
    {},
    optional={
        "id": toml_values,
        "title": toml_values,
        "organisation": toml_values,
        "fiscal_year": toml_values,
        "ita": toml_values,
        "issues": toml_values,
        "format": toml_values,
    },
)


@settings(max_examples=300, deadline=None)
@given(plan_like)
def test_loader_raises_only_plan_error_on_arbitrary_toml(data: dict[str, Any]) -> None:
    try:
        text = tomlkit.dumps(data)
    except Exception:
        return  # not representable as TOML: nothing to load
    with contextlib.suppress(PlanError):
        parse_plan(text.encode("utf-8"))


_OUTCOME_VALUES = st.one_of(
    st.none(),
    st.sampled_from(["1.1.1", "1.1.2", "x y", "", "  ", "มีคู่มือ", "-bad"]),
    st.text(max_size=8),
    st.integers(-2, 2),
    st.booleans(),
    st.lists(st.text(max_size=3), max_size=2),
)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["id", "text", "oit", "colour"]), _OUTCOME_VALUES),
    st.sampled_from([{}, {"1.1.1": "issues[0]"}]),
)
def test_the_quick_outcome_check_agrees_with_the_full_one(
    table: dict[str, Any], seen: dict[str, str]
) -> None:
    """Outcomes are checked in one step when nothing is unusual: same result, same errors."""
    table = {key: value for key, value in table.items() if value is not None}
    quick, full = _Checker(), _Checker()
    quick.seen_ids, full.seen_ids = dict(seen), dict(seen)
    assert quick.outcome(table, "o") == full.outcome_in_full(table, "o")
    assert (quick.errors, quick.warnings, quick.seen_ids) == (
        full.errors,
        full.warnings,
        full.seen_ids,
    )
