"""What ``new``, ``import`` and ``next-year`` share: a plan's id and key, and remembering it.

A plan they make gets an id of its own (:mod:`ita_tui.plan.ids`: from the organisation and
the year, ``-2`` … where the id is taken by a plan the user has used or by a progress file
in the data folder) and a new key; the file written becomes the plan in use (the one the
app, and every command without PLAN, opens next).
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from ita_tui.commands.words import lang_of, n, say
from ita_tui.known_plans import load_known, remember
from ita_tui.plan.ids import IdChoice, PlanSeen, choose_id, plans_seen
from ita_tui.store import ProgressStore


def seen(folder: Path, *, leaving_out: Path | None = None) -> list[PlanSeen]:
    """The plan ids in use: the user's plans and the data folder's progress files; the plan
    file ``leaving_out`` (the one about to be overwritten) is left out."""
    plans = load_known().plans
    if leaving_out is not None:
        target = _resolved(leaving_out)
        plans = tuple(p for p in plans if _resolved(p) != target)
    return plans_seen(folder, plans)


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except OSError:
        return path.expanduser().absolute()


def new_id(organisation: str, year: int, folder: Path, *, replacing: Path) -> IdChoice:
    """The id of a new plan of ``organisation`` for ``year`` to be written to ``replacing``,
    telling (stderr) of a plan of the same organisation and year already in use."""
    choice = choose_id(organisation, year, seen(folder, leaving_out=replacing))
    if choice.same is not None:
        tell_same(choice.same, choice.id)
    return choice


def tell_same(same: PlanSeen, new: str) -> None:
    lang = lang_of()
    what = say(
        "cli.plan.same_org",
        lang,
        organisation=same.organisation,
        year=n(same.fiscal_year, lang),
        path=same.path,
        id=same.id,
        new=new,
    )
    print(say("cli.notice", lang, what=what), file=sys.stderr)


def tell_if_recorded(folder: Path, plan_id: str) -> None:
    """An id chosen with ``--plan-id`` whose progress is already kept: the plan will use it."""
    store = ProgressStore(folder, plan_id)
    if store.path.exists():
        lang = lang_of()
        what = say("cli.plan.id_recorded", lang, id=plan_id, path=store.path)
        print(say("cli.notice", lang, what=what), file=sys.stderr)


def remember_written(path: Path) -> None:
    """The plan just written is the plan in use from now on (a convenience only)."""
    with contextlib.suppress(OSError):
        remember(path)
