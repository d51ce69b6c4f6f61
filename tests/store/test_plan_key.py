"""A progress file knows its plan beyond the id: the plan key (see store/progress_file.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ita_tui.error_text import store_message
from ita_tui.model import Status
from ita_tui.plan import bundled_plan_path, load_plan
from ita_tui.store import ProgressStore, StoreRefused
from ita_tui.store.progress_file import read_progress, render_progress


def keyed(folder: Path, key: str, organisation: str = "เทศบาลตำบลก") -> ProgressStore:
    return ProgressStore(folder, "ita-2568", plan_key=key, organisation=organisation)


def test_the_key_and_organisation_are_written_and_read_back() -> None:
    text = render_progress("p", {}, log_offset=0, plan_key="k1", organisation="เทศบาลตำบลก")
    data = read_progress(text.encode("utf-8"), plan_id="p", plan_key="k1")
    assert (data.plan_key, data.organisation) == ("k1", "เทศบาลตำบลก")
    assert "plan_key =" not in render_progress("p", {})  # a keyless plan's file names none


def test_a_plan_with_another_key_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    mine = keyed(tmp_path, "k1")
    mine.load()
    mine.update("1.1.1", status=Status.DONE)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    other = keyed(tmp_path, "k2", "เทศบาลตำบลข")
    with pytest.raises(StoreRefused) as refused:
        other.load()
    message = str(refused.value)
    assert "k1" in message and "k2" in message
    assert "เทศบาลตำบลก" in message and "เทศบาลตำบลข" in message
    # refused on saving too, under the lock (a plan that loaded before the other wrote)
    late = keyed(tmp_path, "k2")
    late.update("1.1.2", status=Status.DONE, save=False)
    with pytest.raises(StoreRefused):
        late.save()
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert after == before
    assert not (tmp_path / "backups").exists() or len(list((tmp_path / "backups").iterdir())) == 0
    thai = store_message(refused.value, "th")
    assert "เป็นความคืบหน้าของแผนอื่นที่ใช้รหัส 'ita-2568' เดียวกัน" in thai
    assert "เทศบาลตำบลก" in thai and "เทศบาลตำบลข" in thai


def test_a_keyless_plan_refuses_a_keyed_file_and_says_how_to_put_the_key_back(
    tmp_path: Path,
) -> None:
    keyed(tmp_path, "k1").update("1.1.1", status=Status.DONE)
    keyless = ProgressStore(tmp_path, "ita-2568")
    with pytest.raises(StoreRefused) as refused:
        keyless.load()
    assert 'plan_key = "k1"' in str(refused.value)
    assert 'plan_key = "k1"' in store_message(refused.value, "th")


def test_a_file_written_before_keys_is_taken_by_its_plan_and_bound_at_the_next_save(
    tmp_path: Path,
) -> None:
    old = ProgressStore(tmp_path, "ita-2568")
    old.update("1.1.1", status=Status.DONE)
    assert read_progress(old.path.read_bytes()).plan_key == ""
    mine = keyed(tmp_path, "k1")
    mine.load()
    assert mine.get("1.1.1").status is Status.DONE  # nothing lost
    mine.update("1.1.2", status=Status.DONE)
    assert read_progress(mine.path.read_bytes()).plan_key == "k1"
    with pytest.raises(StoreRefused):
        keyed(tmp_path, "k2").load()


def test_the_bundled_example_binds_by_id_as_before(tmp_path: Path) -> None:
    plan = load_plan(bundled_plan_path()).plan
    assert plan.key == ""
    # a progress file of an older version (no plan_key) still opens, and stays keyless
    (tmp_path / "saikhao-2568.progress.toml").write_text(
        render_progress(plan.id, {}), encoding="utf-8"
    )
    store = ProgressStore.of(plan, tmp_path)
    store.load()
    store.update("1.1.1", status=Status.DONE)
    assert read_progress(store.path.read_bytes(), plan_id=plan.id, plan_key="").plan_key == ""
