"""Thai marks are never sent alone after a cursor move (the garbled "เขีียน" notice)."""

from __future__ import annotations

import re

from textual._compositor import CompositorUpdate

from ita_tui.tui.app import ItaApp

from .conftest import MakeApp

#: Thai characters of no width: vowels above/below and tone marks.
MARK = "[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"
#: A cursor move, any colour changes, then a mark: the mark lands on the wrong cell.
LONE_MARK = re.compile(r"\x1b\[\d+;\d+H(?:\x1b\[[0-9;]*m)*" + MARK)


def _capture(app: ItaApp) -> list[str]:
    written: list[str] = []

    def display(screen: object, renderable: object) -> None:
        if isinstance(renderable, CompositorUpdate):
            written.append(renderable.render_segments(app.console))

    app._display = display  # type: ignore[method-assign]
    return written


async def test_a_thai_notice_over_the_pane_edge_is_sent_whole(make_app: MakeApp) -> None:
    app = make_app()
    written = _capture(app)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        written.clear()
        # The toast's text starts at column 41; the details pane begins at 44, so the
        # line is cut after "กเข", right before the vowel ี.
        app.notify("กเขียนรายงานแล้ว: /tmp/รายงาน.txt", timeout=15, markup=False)
        await pilot.pause(0.3)
        await pilot.press("down")
        await pilot.pause(0.3)
    sent = "".join(written)
    assert "รายงาน" in sent
    assert LONE_MARK.search(sent) is None
