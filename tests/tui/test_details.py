"""The details pane: drawn line by line from text laid out once at the pane's width."""

from __future__ import annotations

from rich.cells import cell_len

from ita_tui.tui.app import ItaApp

from .conftest import MakeApp
from .test_keys import goto


def pane_lines(app: ItaApp) -> list[str]:
    """Every line of the details, scrolled into view or not."""
    return [strip.text for strip in app.main.details._strips]


async def test_lines_fit_the_pane_and_follow_its_width(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await goto(pilot, app, "7.1")  # twelve steps and twelve outcomes, all long Thai
        details = app.main.details
        narrow = pane_lines(app)
        width = details.scrollable_content_region.width
        assert width > 0 and all(cell_len(line) <= width for line in narrow)
        assert details.virtual_size.height == len(narrow) > details.size.height
        joined = "".join(line.strip() for line in narrow)
        for step in app.plan.find("7.1").steps:  # type: ignore[union-attr]
            assert "".join(step.split()) in "".join(joined.split())  # nothing cut off

        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        wide = pane_lines(app)
        new_width = details.scrollable_content_region.width
        assert new_width > width
        assert all(cell_len(line) <= new_width for line in wide)
        assert len(wide) < len(narrow)  # laid out again for the wider pane


async def test_the_last_line_can_be_scrolled_into_view(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await goto(pilot, app, "7.1")
        details = app.main.details
        details.scroll_end(animate=False)
        await pilot.pause()
        last = pane_lines(app)[-1].strip()
        assert last
        shown = [details.render_line(y).text for y in range(details.size.height)]
        assert any(last in line for line in shown)


async def test_a_new_theme_redraws_the_details_in_its_colours(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await goto(pilot, app, "1.1")
        details = app.main.details

        def heading_colour() -> object:
            first = details._strips[0]
            return next(seg.style.color for seg in first if seg.text.strip() and seg.style)

        before = heading_colour()
        app.theme = "nord"  # another accent colour than the default theme's
        await pilot.pause()
        await pilot.pause()
        assert heading_colour() != before
        expected = details.get_component_rich_style("details--heading", partial=True).color
        assert heading_colour() == expected
