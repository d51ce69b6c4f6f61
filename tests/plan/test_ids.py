"""Plan ids from the organisation and year, and plan keys (:mod:`ita_tui.plan.ids`)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_tui.paths import safe_file_stem
from ita_tui.plan import ID_RE, PlanError, bundled_plan_path, parse_plan
from ita_tui.plan.ids import (
    PlanSeen,
    base_plan_id,
    choose_id,
    fresh_plan_key,
    normalised_name,
    plan_id_for,
    plans_seen,
    read_plan_head,
)
from ita_tui.plan.new import new_plan_text, next_year_text

THAI_ORGS = st.text(
    alphabet=st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B), min_size=1, max_size=40
)
ANY_ORGS = st.text(min_size=0, max_size=60)
YEARS = st.integers(min_value=2401, max_value=3000)


def valid_id(plan_id: str) -> bool:
    """An id the plan validator takes, and a file name as it is."""
    return bool(ID_RE.fullmatch(plan_id)) and safe_file_stem(plan_id) == plan_id


@settings(max_examples=300, deadline=None)
@given(ANY_ORGS | THAI_ORGS, ANY_ORGS | THAI_ORGS, YEARS)
def test_distinct_organisations_never_share_an_id(a: str, b: str, year: int) -> None:
    if normalised_name(a) != normalised_name(b):
        assert base_plan_id(a, year) != base_plan_id(b, year)
    else:
        assert base_plan_id(a, year) == base_plan_id(b, year)  # the same report: detectable


@settings(max_examples=300, deadline=None)
@given(ANY_ORGS | THAI_ORGS, YEARS, st.integers(min_value=0, max_value=5))
def test_ids_are_always_valid_and_never_taken(organisation: str, year: int, taken: int) -> None:
    base = base_plan_id(organisation, year)
    used = {base, *(f"{base}-{n}" for n in range(2, taken + 2))}
    chosen = plan_id_for(organisation, year, used if taken else ())
    assert valid_id(base) and valid_id(chosen)
    assert chosen not in (used if taken else set())
    assert str(year) in chosen and len(chosen) <= 80
    # the plan validator takes a plan with it
    text = new_plan_text("เทศบาลตำบลก", year, plan_id=chosen)
    assert parse_plan(text.encode("utf-8")).plan.id == chosen


def test_the_rule_reads_well() -> None:
    assert base_plan_id("เทศบาลตำบลทรายขาว", 2568).startswith("ita-2568-")
    assert base_plan_id("Sai Khao Municipality", 2568).startswith("sai-khao-municipality-2568-")
    assert (
        base_plan_id("  เทศบาลตำบลทรายขาว ", 2569)[-8:]
        == base_plan_id("เทศบาลตำบลทรายขาว", 2568)[-8:]
    )
    # the same name written in decomposed Unicode is the same organisation
    decomposed = unicodedata.normalize("NFD", "Café Town")
    assert base_plan_id(decomposed, 2568) == base_plan_id("Café Town", 2568)
    base = base_plan_id("เทศบาลตำบลก", 2568)
    assert plan_id_for("เทศบาลตำบลก", 2568, {base, f"{base}-2"}) == f"{base}-3"


def test_keys_are_new_each_time_and_valid_in_a_plan() -> None:
    keys = {fresh_plan_key() for _ in range(50)}
    assert len(keys) == 50 and all(len(k) == 32 for k in keys)
    text = new_plan_text("เทศบาลตำบลก", 2570)
    plan = parse_plan(text.encode("utf-8")).plan
    assert plan.key in text and len(plan.key) == 32
    assert parse_plan(new_plan_text("เทศบาลตำบลก", 2570).encode()).plan.key != plan.key


def test_a_bad_plan_key_is_refused_and_the_bundled_plan_has_none() -> None:
    assert parse_plan(bundled_plan_path().read_bytes()).plan.key == ""
    text = new_plan_text("เทศบาลตำบลก", 2570, plan_key="k1")
    for bad in ('"a b"', "12", '""', '"-x"'):
        with pytest.raises(PlanError, match="plan_key"):
            parse_plan(text.replace("plan_key = 'k1'", f"plan_key = {bad}").encode("utf-8"))


def test_next_year_is_a_new_plan_with_a_new_key() -> None:
    old = bundled_plan_path().read_text(encoding="utf-8")
    first = next_year_text(old)
    plan = parse_plan(first.text.encode("utf-8")).plan
    assert first.plan_id == "saikhao-2569" and len(plan.key) == 32
    assert first.text.index("plan_key") > first.text.index('id = "saikhao-2569"')
    second = next_year_text(first.text)
    assert second.text.count("plan_key") == 1
    assert parse_plan(second.text.encode("utf-8")).plan.key not in ("", plan.key)
    # every comment of the old plan is kept
    assert [x for x in old.splitlines() if x.startswith("#")] == [
        x for x in first.text.splitlines() if x.startswith("#")
    ]


def test_plans_seen_and_the_same_report_again(tmp_path: Path) -> None:
    plan = tmp_path / "a.toml"
    plan.write_text(new_plan_text("เทศบาลตำบลก", 2568, plan_id="ita-2568-x"), encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "kept-2568.progress.toml").write_text("", encoding="utf-8")
    (tmp_path / "data" / "bad name.progress.toml").write_text("", encoding="utf-8")
    head = read_plan_head(plan)
    assert head is not None and head.organisation == "เทศบาลตำบลก" and head.fiscal_year == 2568
    seen = plans_seen(tmp_path / "data", [plan, tmp_path / "gone.toml"])
    assert [s.id for s in seen] == ["ita-2568-x", "kept-2568"]
    choice = choose_id(" เทศบาลตำบลก", 2568, seen)
    assert choice.same == head
    assert choose_id("เทศบาลตำบลข", 2568, seen).same is None
    assert choose_id("เทศบาลตำบลก", 2569, seen).same is None
    assert read_plan_head(tmp_path / "gone.toml") is None
    taken = [PlanSeen(id=base_plan_id("เทศบาลตำบลก", 2568))]
    assert choose_id("เทศบาลตำบลก", 2568, taken).id.endswith("-2")


def test_a_plan_head_is_read_from_the_keys_before_the_first_table(tmp_path: Path) -> None:
    plan = tmp_path / "p.toml"
    plan.write_text(
        'id = "a"\nintro = """\n[not a table]\n"""\norganisation = "o"\nfiscal_year = 2568\n'
        'plan_key = "k"\n\n[ita]\nyear = 2567\n\n[[issues]]\nid = "1"\n',
        encoding="utf-8",
    )
    assert read_plan_head(plan) == PlanSeen("a", plan, "k", "o", 2568)
    plan.write_text('id = "a"\nplan_key = "bad key"\n', encoding="utf-8")
    head = read_plan_head(plan)
    assert head is not None and head.key == ""
    plan.write_text("id = \n", encoding="utf-8")
    assert read_plan_head(plan) is None
