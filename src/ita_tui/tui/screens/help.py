"""``?``: every key, what the symbols and colours mean, and where the progress is kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, Static

from ita_tui.model import Status
from ita_tui.state import ActivityState
from ita_tui.tui.dialogs.dialog import Dialog
from ita_tui.tui.i18n import state_label, status_label
from ita_tui.tui.labels import GLYPHS, safe
from ita_tui.tui.services import data_notices
from ita_tui.tui.services.keys import MAIN_KEYS, TREE_KEYS

STATE_COLOURS = {
    ActivityState.COMPLETE: "green",
    ActivityState.DUE: "yellow",
    ActivityState.OVERDUE: "bold red",
    ActivityState.NOT_STARTED: "dim",
    ActivityState.NO_OUTCOMES: "dim",
}


class HelpScreen(Dialog[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1,ๆ", "cancel", "Close", show=False),
    ]
    KEY_HINTS = (("↑ ↓ PgUp/PgDn", "app.hint.scroll"), ("esc q ?", "app.hint.close"))

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog -wide -tall"):
            yield Label(self.c("app.help.title"), classes="dialog-title")
            with VerticalScroll(id="help-body"):
                yield Static(self._body())

    def __init__(self, notices_read: Callable[[], None] | None = None) -> None:
        """``notices_read``: called once the store's notices are shown here in full."""
        super().__init__()
        self._notices_read = notices_read

    def on_mount(self) -> None:
        # (Textual runs the Dialog's on_mount too: its key bar is mounted there.)
        if self._notices_read is not None:
            self._notices_read()  # shown in full here: the line above the keys goes

    def _data_notices(self) -> list[RenderableType]:
        """What the store noticed about the data (a damaged file recovered...), first."""
        view = self.ita.view
        texts = data_notices.notice_texts(self.ita.session.store, view.lang)
        orphans = data_notices.orphans_text(view)
        if orphans is not None:
            texts.append(orphans)
        if not texts:
            return []
        notices = Table.grid(padding=(0, 1))
        notices.add_column(no_wrap=True)
        notices.add_column()
        for text in texts:
            notices.add_row(Text("•"), Text(text))
        return [Text(self.t("app.help.data"), style="bold underline"), notices, Text()]

    def _body(self) -> RenderableType:
        store = self.ita.view.store
        keys = Table.grid(padding=(0, 2))
        keys.add_column(no_wrap=True, style="bold")
        keys.add_column()
        seen: set[str] = set()
        for key in MAIN_KEYS:
            if key.help in seen:
                continue
            seen.add(key.help)
            keys.add_row(Text(key.names), Text(self.t(key.help)))
        for names, help_key in TREE_KEYS:
            keys.add_row(Text(names), Text(self.t(help_key)))
        legend = Table.grid(padding=(0, 2))
        legend.add_column(no_wrap=True)
        legend.add_column()
        for status in Status:
            legend.add_row(Text(GLYPHS[status]), Text(status_label(status, self.lang)))
        legend.add_row(
            Text("[๓/๕]" if self.digits == "thai" else "[3/5]"), Text(self.t("app.help.cookie"))
        )
        for state, colour in STATE_COLOURS.items():
            legend.add_row(
                Text("■", style=colour), Text(state_label(state, self.lang), style=colour)
            )
        files = Table.grid(padding=(0, 2))
        files.add_column(no_wrap=True)
        files.add_column()
        files.add_row(Text(self.t("app.help.plan_file")), Text(safe(str(self.ita.plan_path))))
        files.add_row(Text(self.t("app.help.progress_file")), Text(safe(str(store.path))))
        files.add_row(Text(self.t("app.help.log_file")), Text(safe(str(store.log_path))))
        files.add_row(Text(self.t("app.help.backups")), Text(safe(str(store.backup_dir))))
        return Group(
            *self._data_notices(),
            Text(self.t("app.help.keys"), style="bold underline"),
            keys,
            Text(self.t("app.help.thai_keys"), style="italic"),
            Text(),
            Text(self.t("app.help.legend"), style="bold underline"),
            legend,
            Text(),
            Text(self.t("app.help.files"), style="bold underline"),
            files,
        )
