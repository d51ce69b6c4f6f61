"""``ctrl+o``: the user's plans (opened, created or imported here), the last used first,
and the bundled example; ``enter`` switches to the one chosen. Missing files are listed
as missing."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from ita_tui.safe_files import read_regular_file
from ita_tui.tui.dialogs.dialog import Dialog
from ita_tui.tui.i18n import num
from ita_tui.tui.labels import safe


def describe(path: Path) -> tuple[str, int | None, bool]:
    """A plan's organisation and fiscal year (read quickly), and whether the file exists."""
    try:
        # a remembered plan that became a pipe or a device must not freeze the list
        data = tomllib.loads(read_regular_file(path, kind="plan").decode("utf-8-sig"))
    except FileNotFoundError:
        return "", None, False
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return "", None, True
    organisation = data.get("organisation")
    year = data.get("fiscal_year")
    return (
        organisation if isinstance(organisation, str) else "",
        year if isinstance(year, int) and not isinstance(year, bool) else None,
        True,
    )


class PlanList(Dialog[Path]):
    """Returns the path chosen, or None."""

    def __init__(self, plans: list[Path], example: Path, current: Path) -> None:
        super().__init__()
        self.plans = plans
        self.example = example
        self.current = current
        self.paths: list[Path] = []

    def compose(self) -> ComposeResult:
        options: list[Option] = []
        for path in [*self.plans, self.example]:
            organisation, year, exists = describe(path)
            about = " · ".join(
                part
                for part in (
                    organisation,
                    self.t("app.fiscal_year", year=num(year, self.digits)) if year else "",
                )
                if part
            )
            if path == self.example:
                about = self.t("app.plans.example") + (" · " + about if about else "")
            marks = []
            if path == self.current:
                marks.append(self.t("app.plans.current"))
            if not exists:
                marks.append(self.t("app.plans.missing"))
            elif not about:
                marks.append(self.t("app.plans.unreadable"))
            head = safe(about) if about else ""
            if marks:
                head = f"{head} ({', '.join(marks)})" if head else f"({', '.join(marks)})"
            label = Content(head) + Content("\n  " + safe(str(path)))
            options.append(Option(label, id=str(len(self.paths)), disabled=not exists))
            self.paths.append(path)
        with Vertical(id="dialog", classes="dialog -wide plan-list"):
            yield Label(self.c("app.plans.title"), classes="dialog-title")
            if not self.plans:
                yield Static(self.c("app.plans.none"), classes="dialog-hint")
            yield OptionList(*options, id="plans")
            yield Label(self.c("app.plans.hint"), classes="dialog-hint")

    def on_mount(self) -> None:
        option_list = self.query_one("#plans", OptionList)
        option_list.focus()
        if self.current in self.paths:
            option_list.highlighted = self.paths.index(self.current)

    @on(OptionList.OptionSelected, "#plans")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        index = int(event.option.id or 0)
        self.dismiss(self.paths[index])
