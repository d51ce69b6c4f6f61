"""The app on a shared folder: others' changes merged field by field and repainted, the
"changed meanwhile" notice, and undo that takes back only this session's own fields."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from textual.pilot import Pilot

from ita_tui.model import Status
from ita_tui.store import ProgressStore
from ita_tui.tui.app import ItaApp
from ita_tui.tui.dialogs.confirm_overwrite import ConfirmOverwrite

from .conftest import TODAY, MakeApp, screen_text
from .test_keys import SIZE, goto

SCRIPT = shutil.which("ita-tui", path=str(Path(sys.executable).parent)) or "ita-tui"


def colleague(data_dir: Path, app_plan_id: str, user: str = "somsri") -> ProgressStore:
    store = ProgressStore(data_dir, app_plan_id, user=user)
    store.load()
    return store


def notices(app: object) -> list[str]:
    return [str(n.message) for n in app._notifications]  # type: ignore[attr-defined]


async def undo_over_her_change(pilot: Pilot[int]) -> None:
    """``ctrl+z``, asked whether to overwrite a colleague's change, answered yes; saved."""
    app = pilot.app
    await pilot.press("ctrl+z")
    await pilot.pause()
    assert isinstance(app.screen, ConfirmOverwrite)
    await pilot.click("#overwrite")
    await pilot.pause()
    await pilot.pause()
    assert isinstance(app, ItaApp) and not app.store.unsaved


async def test_app_and_an_external_mark_on_the_same_outcome_keep_everything(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app()
    app.poll_interval = 60  # the app has not seen the mark when the key is pressed
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.3")
        result = subprocess.run(
            [
                SCRIPT,
                "mark",
                "1.1.3",
                "done",
                "--evidence",
                "http://e.example/x",
                "--note",
                "from script",
            ],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**os.environ, "ITA_TUI_DATA_DIR": str(data_dir), "ITA_TUI_USER": "script"},
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        await pilot.press("s")  # pending -> in progress, as the app saw it
        await pilot.pause()
        assert not app.store.unsaved
    record = colleague(data_dir, app.plan.id).get("1.1.3")
    assert record.evidence == ("http://e.example/x",) and record.note == "from script"
    assert record.status is Status.IN_PROGRESS  # the later save wins the status...
    log = list(colleague(data_dir, app.plan.id).changes())
    assert log[-1].conflicts and log[-1].old.status is Status.DONE  # ...and the log says so


async def test_a_save_that_overwrites_a_colleagues_note_says_so_on_that_outcome(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(lang="en", digits="arabic")
    app.poll_interval = 60
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "2.1.1")
        colleague(data_dir, app.plan.id).update("2.1.1", note="Somsri's note")
        app.main.change("2.1.1", note="my note")
        await pilot.pause()
        await pilot.pause()
        [message] = [m for m in notices(app) if "changed meanwhile" in m]
        assert message.startswith("2.1.1 note: changed meanwhile by somsri: kept “my note”")
        assert "Somsri's note" in message
        app.clear_notifications()
        await pilot.pause()
        assert "⚠ 2.1.1 note: changed meanwhile" in screen_text(app)  # in its details too
    assert colleague(data_dir, app.plan.id).get("2.1.1").note == "my note"


async def test_the_conflict_notice_is_in_thai_in_thai_mode(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app()
    app.poll_interval = 60
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "2.1.1")
        colleague(data_dir, app.plan.id).update("2.1.1", note="ของสมศรี")
        app.main.change("2.1.1", note="ของฉัน")
        await pilot.pause()
        await pilot.pause()
        assert any(
            m.startswith("๒.๑.๑ หมายเหตุ: ถูกแก้ไขในระหว่างนั้นโดย somsri: เก็บ “ของฉัน”")
            for m in notices(app)
        )


async def test_a_save_that_merged_others_changes_repaints_cookies_and_header(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app()
    app.poll_interval = 60  # no poll: the save alone must bring the colleague's ticks
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "3.1.1")
        other = colleague(data_dir, app.plan.id)
        other.update("3.1.2", status=Status.DONE, today=TODAY)
        other.update("3.1.3", status=Status.DONE, today=TODAY)
        await pilot.press("space")
        await pilot.pause()
        await pilot.pause()
        text = screen_text(app)
        assert "[๓/๖]" in text  # the activity's cookie counts all three
        assert "เสร็จ ๓/๕๓" in text  # and the header


async def test_undo_takes_back_only_my_field_and_keeps_a_colleagues_link(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(lang="en", digits="arabic")
    app.poll_interval = 60
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "4.1.1")
        await pilot.press("space")  # done today
        await pilot.pause()
        colleague(data_dir, app.plan.id).update(
            "4.1.1", evidence=["http://e.example/s"], note="Somsri"
        )
        await pilot.press("ctrl+z")
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmOverwrite)  # she did not touch the status
        record = app.store.get("4.1.1")
        assert record.status is Status.PENDING
        assert record.evidence == ("http://e.example/s",) and record.note == "Somsri"
        assert "Undone: 4.1.1 status → pending" in screen_text(app)
    on_disk = colleague(data_dir, app.plan.id).get("4.1.1")
    assert on_disk.evidence == ("http://e.example/s",) and on_disk.status is Status.PENDING


async def test_undo_asks_before_overwriting_a_colleagues_later_change(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(lang="en", digits="arabic")
    app.poll_interval = 60
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "5.1.1")
        app.main.change("5.1.1", note="mine")
        await pilot.pause()
        colleague(data_dir, app.plan.id).update("5.1.1", note="hers, later")
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmOverwrite)
        text = screen_text(app)
        assert "changed by someone else since" in text and "hers, later" in text
        await pilot.click("#keep")
        await pilot.pause()
        assert app.store.get("5.1.1").note == "hers, later"
        assert "Not undone" in screen_text(app)
        await pilot.press("ctrl+z")  # asked again; this time overwrite
        await pilot.pause()
        assert isinstance(app.screen, ConfirmOverwrite)
        await pilot.click("#overwrite")
        await pilot.pause()
        await pilot.pause()
        assert app.store.get("5.1.1").note == ""
        assert not app.store.unsaved
    assert colleague(data_dir, app.plan.id).get("5.1.1").note == ""


async def test_the_date_dialog_refuses_implausible_dates(make_app: MakeApp) -> None:
    app = make_app(lang="en", digits="arabic")
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.press("d")
        await pilot.pause()
        date_input = app.screen.query_one("#date")
        for typed in ("9999-12-31", "0001-01-01"):
            date_input.value = typed  # type: ignore[attr-defined]
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            assert "Not a plausible date for a plan of fiscal year 2568" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.store.get("1.1.1").status is Status.PENDING


async def test_the_one_whose_value_was_overwritten_is_told_too(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(lang="en", digits="arabic")
    app.poll_interval = 60
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "6.1.1")
        other = colleague(data_dir, app.plan.id)  # read before our save
        app.main.change("6.1.1", note="mine")
        await pilot.pause()
        other.update("6.1.1", note="Somsri's")  # overwrites ours, based on the empty note
        app.main.poll()
        await pilot.pause()
        [message] = [m for m in notices(app) if "changed it meanwhile" in m]
        assert message.startswith("6.1.1 note: somsri changed it meanwhile: kept “Somsri's”")
        assert "over your “mine”" in message
        assert app.store.get("6.1.1").note == "Somsri's"


async def test_a_hostile_or_foreign_file_appearing_while_open_is_shown_and_left_alone(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(lang="en", digits="arabic")
    app.poll_interval = 60
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        path = data_dir / f"{app.plan.id}.progress.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        for text, said in (
            ("x = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
            ('format = 1\nplan_id = "another-plan"\n', "progress of plan 'another-plan'"),
        ):
            path.write_text(text, encoding="utf-8")
            app.main.poll()
            if app.store.unsaved:
                app.main._retry_save()  # the save error line then says why, too
            await pilot.pause()
            assert app.main.error_bar.display and said in screen_text(app)
            await pilot.press("space")  # a tick: kept in memory, never written over the file
            await pilot.pause()
            await pilot.pause()
            assert app.store.unsaved and "Not saved" in screen_text(app)
            assert path.read_text(encoding="utf-8") == text
            await pilot.press("space")
            await pilot.pause()
        assert app.is_running


async def test_a_progress_key_with_a_superscript_digit_opens(
    make_app: MakeApp, data_dir: Path
) -> None:
    from ita_tui.model import OutcomeProgress

    from .conftest import write_progress

    app0 = make_app()
    write_progress(data_dir, app0.plan, {"1.²": OutcomeProgress(Status.DONE)})
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.press("space")
        await pilot.pause()
        await pilot.pause()
        assert not app.store.unsaved and "1.²" in app.store.records


async def test_an_editor_open_while_a_colleague_saves_loses_nothing_silently(
    make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(lang="en", digits="arabic")
    app.poll_interval = 60
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "6.1.2")
        await pilot.press("v")  # the evidence editor, empty
        await pilot.pause()
        other = colleague(data_dir, app.plan.id)
        other.update("6.1.2", evidence=["http://e.example/hers"], note="hers")
        app.main.poll()  # the app now knows her link; the editor still shows none
        await pilot.pause()
        await pilot.press(*"http://e.example/mine")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert set(app.store.get("6.1.2").evidence) == {
            "http://e.example/hers",
            "http://e.example/mine",
        }
        await pilot.press("a")  # the note editor, opened on "hers"
        await pilot.pause()
        other.load()
        other.update("6.1.2", note="hers, changed again")
        await pilot.press("end", *" and mine")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert app.store.get("6.1.2").note == "hers and mine"
        assert any("changed meanwhile by somsri" in m for m in notices(app))
    on_disk = colleague(data_dir, app.plan.id).get("6.1.2")
    assert len(on_disk.evidence) == 2 and on_disk.note == "hers and mine"


async def test_an_undo_confirmed_over_a_colleagues_value_is_logged_and_she_is_told(
    make_app: MakeApp, data_dir: Path
) -> None:
    from ita_tui.tui.services.session import Session

    app = make_app(lang="en", digits="arabic")
    app.poll_interval = 60
    her_store = colleague(data_dir, app.plan.id)
    her_session = Session(her_store, lambda: TODAY)  # her app, open meanwhile
    async with app.run_test(size=SIZE) as pilot:
        me = app.store.user
        await goto(pilot, app, "5.1.2")
        app.main.change("5.1.2", note="mine")
        await pilot.pause()
        her_session.poll()
        her_session.update("5.1.2", note="hers, later")
        await undo_over_her_change(pilot)
    last = list(colleague(data_dir, app.plan.id).changes())[-1]
    assert last.by == me and last.new.note == "" and last.old.note == "hers, later"
    [conflict] = last.conflicts
    assert (conflict.field, conflict.replaced, conflict.replaced_by) == (
        "note",
        "hers, later",
        "somsri",
    )
    assert (conflict.based_on, conflict.kept) == ("mine", "")
    told = her_session.poll()  # her app's next look at the folder
    assert [(i, c.replaced, by) for i, c, by in told.overwritten] == [("5.1.2", "hers, later", me)]


async def test_an_undo_confirmed_over_a_colleagues_same_value_is_logged_and_she_is_told(
    make_app: MakeApp, data_dir: Path
) -> None:
    """She ticked the outcome done too (the same value as mine): my confirmed undo
    overwrites her tick, and the log says so as for any other value of hers."""
    from ita_tui.store.ops import StatusValue
    from ita_tui.tui.services.session import Session

    app = make_app(lang="en", digits="arabic")
    app.poll_interval = 60
    her_session = Session(colleague(data_dir, app.plan.id), lambda: TODAY)  # her app, open too
    async with app.run_test(size=SIZE) as pilot:
        me = app.store.user
        await goto(pilot, app, "5.1.1")
        app.main.change("5.1.1", status=Status.DONE)
        await pilot.pause()
        # she ticks it too, the same day, before her screen shows mine
        her_session.update("5.1.1", status=Status.DONE)
        await undo_over_her_change(pilot)
        assert app.store.get("5.1.1").status is Status.PENDING
    done = StatusValue(Status.DONE, TODAY)
    last = list(colleague(data_dir, app.plan.id).changes())[-1]
    assert last.by == me and last.old.status is Status.DONE and last.new.status is Status.PENDING
    [conflict] = last.conflicts
    assert (conflict.field, conflict.replaced, conflict.replaced_by) == ("status", done, "somsri")
    assert (conflict.based_on, conflict.kept) == (done, StatusValue())
    told = her_session.poll()  # her app's next look at the folder
    assert [(i, c.replaced, by) for i, c, by in told.overwritten] == [("5.1.1", done, me)]
