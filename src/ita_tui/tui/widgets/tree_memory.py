"""Reopening the app puts the cursor and the open branches back where they were.

What is open and where the cursor stands are saved per plan (see
:mod:`ita_tui.plan_memory`) when the app closes, and put back when it opens. Ids that
are no longer in the plan are skipped; a missing or damaged file opens the tree as usual.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from ita_tui.model import Activity, Issue
from ita_tui.plan_memory import TreeState, load_tree, save_tree
from ita_tui.tui.widgets.plan_tree import PlanTree


def state_of(tree: PlanTree) -> TreeState:
    """The cursor's id and the ids of the open issues and activities."""
    expanded: list[str] = []
    for issue_node in tree.root.children:
        if issue_node.is_expanded and isinstance(issue_node.data, Issue):
            expanded.append(issue_node.data.id)
        for node in issue_node.children:
            if node.is_expanded and isinstance(node.data, Activity):
                expanded.append(node.data.id)
    current = tree.current
    return TreeState(cursor=current.id if current is not None else None, expanded=tuple(expanded))


def restore(tree: PlanTree, path: Path) -> bool:
    """Open what was open and put the cursor where it was; False if nothing was remembered."""
    state = load_tree(path)
    if state.cursor is None and state.expanded is None:
        return False
    if state.expanded is not None:
        opened = set(state.expanded)
        for issue_node in tree.root.children:
            if isinstance(issue_node.data, Issue) and issue_node.data.id not in opened:
                issue_node.collapse()
            elif not issue_node.is_expanded:
                issue_node.expand()
            for node in issue_node.children:
                if isinstance(node.data, Activity) and node.data.id in opened and node.allow_expand:
                    tree._add_outcomes(node)  # the outcomes, added once
                    node.expand()
    if state.cursor is None or not tree.select_id(state.cursor):
        tree.cursor_to_top()
    return True


def remember(tree: PlanTree, path: Path) -> None:
    """Save where the tree stands (only convenience: a folder that cannot be written is skipped)."""
    with contextlib.suppress(OSError):
        save_tree(path, state_of(tree))
