"""Search says where it is ("๒ จาก ๕"), when it wraps, and shows hidden matches highlighted."""

from __future__ import annotations

from ita_tui.tui.widgets.details import MATCH

from .conftest import MakeApp, screen_text
from .test_keys import SIZE, current_id
from .test_search_filter_undo import type_search


def _header(app) -> str:  # type: ignore[no-untyped-def]
    return app.main.header_bar.note


async def test_n_says_the_position_and_when_it_wraps(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, app, "ออนไลน์")
        await pilot.press("enter")
        await pilot.pause()
        total = len(app.main._matches)
        assert total >= 3
        seen = []
        for _ in range(total):
            await pilot.press("n")
            await pilot.pause()
            seen.append(_header(app))
        assert any("ถึงท้ายแล้ว" in note for note in seen)
        assert sum("ถึงท้ายแล้ว" in note for note in seen) == 1
        assert any(note.startswith("๑ จาก ") for note in seen)
        await pilot.press("N")
        await pilot.pause()
        note = _header(app)
        if note.startswith("๑ จาก"):
            await pilot.press("N")
            await pilot.pause()
            assert "ถึงต้นแล้ว" in _header(app)
        assert "จาก" in screen_text(app)


async def test_position_in_english(make_app: MakeApp) -> None:
    app = make_app(lang="en", digits="arabic")
    async with app.run_test(size=SIZE) as pilot:
        await type_search(pilot, app, "ออนไลน์")
        assert " of " in _header(app)
        assert app.main._matches.index(current_id(app)) + 1 == int(_header(app).split()[0])


async def test_a_match_in_the_steps_is_highlighted_in_the_details(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await type_search(pilot, app, "E-Service")  # in a step of 1.1, not in its title
        await pilot.press("enter")
        await pilot.pause()
        assert current_id(app) == "1.1"
        details = app.main.details
        marked = [
            "".join(
                seg.text for seg in strip if seg.style is not None and seg.style.meta.get(MATCH)
            )
            for strip in details._strips
        ]
        assert "E-Service" in "".join(marked)
        # clearing the search clears the highlight
        await pilot.press("escape")
        app.main.action_clear_search()
        await pilot.pause()
        assert not any(
            seg.style is not None and seg.style.meta.get(MATCH)
            for strip in details._strips
            for seg in strip
        )


async def test_a_match_below_the_pane_is_scrolled_into_view(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        # a word of 1.1's last step, far down its details at 80x24
        activity = app.plan.issues[0].activities[0]
        word = activity.steps[-1].split()[0][:12]
        await type_search(pilot, app, word)
        app.main.plan_tree.select_id("1.1")
        await pilot.pause()
        details = app.main.details
        assert len(details._strips) > details.size.height
        assert details.scroll_offset.y > 0
