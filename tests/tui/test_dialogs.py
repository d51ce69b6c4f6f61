"""The dialogs: export, help, filter and date, at 80x24."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from ita_tui.model import Status
from ita_tui.tui.dialogs.export import ExportDialog
from ita_tui.tui.dialogs.filter import FilterDialog
from ita_tui.tui.services.filtering import PlanFilter

from .conftest import MakeApp, exported, open_export, screen_text
from .test_keys import SIZE, goto


async def test_export_suggests_this_quarter_in_the_current_folder(
    make_app: MakeApp, in_tmp: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_export(pilot)
        assert dialog.query_one("#quarter", Select).value == 2
        assert dialog.query_one("#folder", Input).value == str(in_tmp)
        name = dialog.query_one("#file", Input).value
        assert name == "saikhao-2568-Q2.txt"
        shown = str(dialog.query_one("#export-target", Static).content)
        assert str(in_tmp / name) in shown  # the full path it will write


async def test_export_writes_the_report_and_tells_where(make_app: MakeApp, in_tmp: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.1")
        await pilot.press("space")
        await pilot.press("e")
        await pilot.pause()
        await pilot.click("#write")
        await exported(pilot)
        written = in_tmp / "saikhao-2568-Q2.txt"
        assert written.is_file()
        assert "เทศบาลตำบลทรายขาว" in written.read_text(encoding="utf-8")
        assert not isinstance(app.screen, ExportDialog)
        messages = [n.message for n in app._notifications]
        assert any(str(written) in message for message in messages)


async def test_export_csv_has_one_byte_order_mark_and_its_own_name(
    make_app: MakeApp, in_tmp: Path
) -> None:
    app = make_app(lang="en", digits="arabic")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#format", Select).value = "csv"
        dialog.query_one("#quarter", Select).value = 1
        await pilot.pause()
        name = dialog.query_one("#file", Input).value
        assert name == "saikhao-2568-Q1.csv"
        assert dialog.query_one("#digits", Select).disabled
        await pilot.click("#write")
        await exported(pilot)
        raw = (in_tmp / name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and not raw.startswith(b"\xef\xbb\xbf" * 2)


async def test_export_offers_the_word_file_named_for_the_report(
    make_app: MakeApp, in_tmp: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#format", Select).value = "docx"
        await pilot.pause()
        name = dialog.query_one("#file", Input).value
        assert name == "saikhao-2568-Q2.docx"
        assert not dialog.query_one("#lang", Select).disabled
        assert not dialog.query_one("#digits", Select).disabled
        await pilot.click("#write")
        await exported(pilot)
        with zipfile.ZipFile(in_tmp / name) as archive:
            document = archive.read("word/document.xml").decode("utf-8")
        assert "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" in document
        assert "ไตรมาสที่ ๒" in document


async def test_export_keeps_a_name_the_user_typed(make_app: MakeApp, in_tmp: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#file", Input).value = "รายงาน.html"
        dialog.query_one("#format", Select).value = "html"
        await pilot.pause()
        assert dialog.query_one("#file", Input).value == "รายงาน.html"
        await pilot.click("#write")
        await exported(pilot)
        assert (in_tmp / "รายงาน.html").read_text(encoding="utf-8").lstrip().startswith("<!")


async def test_export_to_a_missing_folder_says_so(make_app: MakeApp, in_tmp: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#folder", Input).value = str(in_tmp / "nowhere")
        await pilot.pause()
        assert "ไม่มีโฟลเดอร์" in screen_text(app)
        await pilot.click("#write")
        await exported(pilot)
        assert isinstance(app.screen, ExportDialog)
        assert os.listdir(in_tmp) == []


async def test_export_to_a_name_that_is_a_folder_says_folder(
    make_app: MakeApp, in_tmp: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        (in_tmp / "taken").mkdir()
        dialog.query_one("#file", Input).value = "taken"  # a folder of that name
        await pilot.pause()
        text = screen_text(app)
        assert "เป็นโฟลเดอร์" in text and "เขียนทับ" not in text
        await pilot.click("#write")
        await exported(pilot)
        assert isinstance(app.screen, ExportDialog)
        assert "Is a directory" not in screen_text(app)


async def test_export_write_failure_is_shown_in_thai(
    make_app: MakeApp, in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ita_tui.tui.services import exporting

    def refuse(path: Path, data: bytes, **_: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(exporting, "write_report", refuse)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        await pilot.click("#write")
        await exported(pilot)
        assert isinstance(app.screen, ExportDialog)
        text = screen_text(app)
        assert "เขียนรายงานไม่ได้: ไม่มีสิทธิ์เข้าถึง" in text
        assert "Permission denied" not in text


async def test_filter_dialog_clear_button(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.main.apply_filter(PlanFilter(quarter=1, open_only=True))
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FilterDialog)
        await pilot.click("#clear")
        await pilot.pause()
        assert not app.view.plan_filter.active


async def test_done_on_warns_about_a_future_date(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await goto(pilot, app, "1.1.5")
        await pilot.press("d")
        app.screen.query_one("#date", Input).value = "2568-09-30"
        await pilot.pause()
        assert "อนาคต" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.store.get("1.1.5").status is Status.DONE


async def test_help_lists_keys_legend_and_files(make_app: MakeApp) -> None:
    app = make_app(lang="en", digits="arabic")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        text = screen_text(app)
        app.screen.query_one("#help-body").scroll_end(animate=False)
        await pilot.pause()
        text += screen_text(app)
        for expected in ("Tick or untick", "Undo the last change", "☑", "overdue"):
            assert expected in text
        assert "Progress is saved in" in text


async def test_export_signoff_names_are_remembered_and_printed(
    make_app: MakeApp, in_tmp: Path
) -> None:
    from textual.widgets import Input

    from ita_tui.signoff import load_signoff

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_export(pilot)
        dialog.query_one("#reporter", Input).value = "นายสมชาย ใจดี"
        dialog.query_one("#reporter-position", Input).value = "นิติกร"
        await pilot.click("#write")
        await exported(pilot)
        written = in_tmp / "saikhao-2568-Q2.txt"
        text = written.read_text(encoding="utf-8")
        assert "(นายสมชาย ใจดี)" in text and "ตำแหน่ง นิติกร" in text
        assert load_signoff("saikhao-2568").reporter == "นายสมชาย ใจดี"
        again = await open_export(pilot)
        assert again.query_one("#reporter", Input).value == "นายสมชาย ใจดี"
        assert again.query_one("#approver", Input).value == ""
