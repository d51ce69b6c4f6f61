"""The plan as a tree: issues -> activities -> outcomes, labels drawn from ``node.data``.

As Posting's collection tree does, every label is rendered from the node's data at paint
time (``render_label``), so a tick repaints three lines (``node.refresh()``) and never
rebuilds the tree. Outcomes are added the first time their activity opens, so a plan of
100,000 outcomes opens as fast as its issues and activities can be listed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from ita_tui.model import Activity, Issue, Outcome, Status
from ita_tui.state import ActivityState
from ita_tui.tui.i18n import num
from ita_tui.tui.labels import GLYPHS, cookie, fit, highlight, plain, short_id
from ita_tui.tui.services.view import View

PlanNode = Issue | Activity | Outcome

TOGGLE_STYLE = Style.from_meta({"toggle": True})
_EMPTY = Text()

#: Above this many activities, issues start closed. Textual's Tree lays out every open line
#: again when a node opens; a plan this large cannot be seen at once anyway.
OPEN_ISSUES_UP_TO = 2500

STATE_CLASS = {
    ActivityState.COMPLETE: "plan-tree--complete",
    ActivityState.DUE: "plan-tree--due",
    ActivityState.OVERDUE: "plan-tree--overdue",
    ActivityState.NOT_STARTED: "plan-tree--not-started",
    ActivityState.NO_OUTCOMES: "plan-tree--not-started",
}
STATUS_CLASS = {
    Status.PENDING: "plan-tree--pending",
    Status.IN_PROGRESS: "plan-tree--in-progress",
    Status.DONE: "plan-tree--done",
    Status.NOT_APPLICABLE: "plan-tree--not-applicable",
}


def level(data: PlanNode) -> int:
    """Depth below the (hidden) root: issue 0, activity 1, outcome 2."""
    if isinstance(data, Issue):
        return 0
    return 1 if isinstance(data, Activity) else 2


class PlanTree(Tree[PlanNode]):
    """Issues -> activities -> outcomes with status glyphs, ``[done/total]`` and state colours."""

    ICON_NODE = "▸ "
    ICON_NODE_EXPANDED = "▾ "

    BINDINGS: ClassVar[list[BindingType]] = [
        # j/k/h/l, also where the Thai (Kedmanee) layout is on: j=่ k=า h=้ l=ส
        Binding("down,j,่", "cursor_down", "Down", show=False),
        Binding("up,k,า", "cursor_up", "Up", show=False),
        Binding("right,l,ส", "expand_or_child", "Expand", show=False),
        Binding("left,h,้", "collapse_or_parent", "Collapse", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *STATE_CLASS.values(),
        *STATUS_CLASS.values(),
        "plan-tree--id",
        "plan-tree--issue",
        "plan-tree--match",
    }

    def __init__(self, view: View, *, id: str | None = None) -> None:
        super().__init__("plan", id=id)
        self.view = view
        # set_reactive: no watchers yet. Setting show_root with "=" here ran Tree's watcher,
        # which posted a NodeHighlighted for the hidden root: the details pane showed the
        # plan for one frame after start-up and then the first issue again.
        self.set_reactive(Tree.show_root, False)
        self.set_reactive(Tree.guide_depth, 3)
        self.set_reactive(Tree.auto_expand, True)
        self._by_id: dict[str, TreeNode[PlanNode]] = {}
        self._filled: set[str] = set()
        self._label_styles: dict[str, Style] = {}
        self._populate(set())  # before mounting: no repaint is asked for per node

    # building ------------------------------------------------------------------------

    def process_label(self, label: str | Text) -> Text:
        # Labels are drawn from node.data in render_label; the stored label is unused.
        return _EMPTY

    def load(self) -> None:
        """Rebuild from ``view.shown`` (a new filter), keeping what can be kept.

        Opened activities and the cursor's place stay where the filter still shows them.
        """
        opened = {
            node_id
            for node_id, node in self._by_id.items()
            if isinstance(node.data, Activity) and node.is_expanded
        }
        cursor = self.cursor_node.data.id if self.cursor_node and self.cursor_node.data else None
        self._populate(opened)
        target = self.node_for(cursor) if cursor else None
        if target is not None:
            self.reveal(target)
        else:
            self.cursor_to_top()

    def cursor_to_top(self) -> None:
        self.cursor_line = 0 if self.root.children else -1

    #: Nodes are being added in a batch: the tree's caches are dropped once, at the end.
    _adding = False

    def _invalidate(self) -> None:
        # Tree drops its line caches and asks for a new layout after every node added; adding
        # a whole plan (2,200 nodes at 10,000 outcomes) does that once, in _adding_nodes.
        if not self._adding:
            super()._invalidate()

    @contextmanager
    def _adding_nodes(self) -> Iterator[None]:
        outer = self._adding  # batches nest: the outermost one invalidates
        self._adding = True
        try:
            yield
        finally:
            self._adding = outer
            self._invalidate()

    def _populate(self, opened: set[str]) -> None:
        """Issues (open to their activities unless the plan is huge); outcomes not yet."""
        with self._adding_nodes():
            self._populate_nodes(opened)

    def _populate_nodes(self, opened: set[str]) -> None:
        self.clear()
        self._by_id.clear()
        self._filled.clear()
        shown = self.view.shown
        open_issues = len(shown.activities) <= OPEN_ISSUES_UP_TO
        root = self.root
        for issue in shown.issues:
            issue_node = root.add(_EMPTY, issue, expand=open_issues)
            self._by_id[issue.id] = issue_node
            for activity in shown.activities_of(issue):
                has_outcomes = any(True for _ in shown.outcomes_of(activity))
                node = issue_node.add(_EMPTY, activity, allow_expand=has_outcomes)
                self._by_id[activity.id] = node
                if activity.id in opened and has_outcomes:
                    self._add_outcomes(node)
                    node.expand()

    def _add_outcomes(self, node: TreeNode[PlanNode]) -> None:
        activity = node.data
        if not isinstance(activity, Activity) or activity.id in self._filled:
            return
        self._filled.add(activity.id)
        with self._adding_nodes():
            for outcome in self.view.shown.outcomes_of(activity):
                self._by_id[outcome.id] = node.add_leaf(_EMPTY, outcome)

    def _on_tree_node_expanded(self, event: Tree.NodeExpanded[PlanNode]) -> None:
        self._add_outcomes(event.node)

    def node_for(self, node_id: str | None) -> TreeNode[PlanNode] | None:
        """The node showing ``node_id`` (its activity's outcomes are added if need be)."""
        if node_id is None:
            return None
        node = self._by_id.get(node_id)
        if node is None:
            activity = self.view.plan.activity_of(node_id)
            parent = self._by_id.get(activity.id) if activity else None
            if parent is not None:
                self._add_outcomes(parent)
                node = self._by_id.get(node_id)
        return node

    def reveal(self, node: TreeNode[PlanNode]) -> None:
        """Open the node's ancestors and put the cursor on it."""
        parent = node.parent
        while parent is not None and parent is not self.root:
            if not parent.is_expanded:
                self._add_outcomes(parent)
                parent.expand()
            parent = parent.parent
        _ = self.last_line  # lay the lines out now, so that the node knows its line
        self.move_cursor(node)
        self.call_after_refresh(self._scroll_to_cursor)

    def _scroll_to_cursor(self) -> None:
        if self.cursor_node is not None:
            self.scroll_to_node(self.cursor_node, animate=False)

    def select_id(self, node_id: str) -> bool:
        node = self.node_for(node_id)
        if node is None:
            return False
        self.reveal(node)
        return True

    @property
    def current(self) -> PlanNode | None:
        node = self.cursor_node
        return node.data if node is not None else None

    # repainting ----------------------------------------------------------------------

    def refresh_outcomes(self, outcome_ids: set[str] | list[str]) -> None:
        """Repaint the lines of these outcomes, their activities and issues (no rebuild)."""
        lines: set[str] = set()
        for outcome_id in outcome_ids:
            lines.add(outcome_id)
            activity = self.view.plan.activity_of(outcome_id)
            if activity is not None:
                lines.add(activity.id)
                lines.add(self.view.tallies.issue_of(activity).id)
        for node_id in lines:
            node = self._by_id.get(node_id)
            if node is not None:
                node.refresh()

    def refresh_labels(self) -> None:
        """Repaint every visible label (language, digits or search changed)."""
        self._updates += 1  # part of the line cache key: every cached line is stale
        self.refresh()

    def notify_style_update(self) -> None:
        self._label_styles.clear()
        super().notify_style_update()

    def _style(self, name: str) -> Style:
        style = self._label_styles.get(name)
        if style is None:
            style = self._label_styles[name] = self.get_component_rich_style(name, partial=True)
        return style

    def get_label_width(self, node: TreeNode[PlanNode]) -> int:
        # Labels are cut to the width of the tree: never wider, no horizontal scrolling.
        return 0

    def render_label(self, node: TreeNode[PlanNode], base_style: Style, style: Style) -> Text:
        data = node.data
        if data is None:
            return Text()
        width = self.scrollable_content_region.width - level(data) * self.guide_depth
        if isinstance(data, Outcome):
            label = self._outcome_label(data, width)
        else:
            label = self._parent_label(node, data, base_style, width)
        label.stylize(style)
        return label

    def _parent_label(
        self, node: TreeNode[PlanNode], data: Issue | Activity, base_style: Style, width: int
    ) -> Text:
        view = self.view
        digits = view.digits
        if isinstance(data, Issue):
            tally = view.tallies.issue(data)
            state = view.tallies.issue_state(data, view.today)
            title = plain(data.title, "")
            title.stylize(self._style("plan-tree--issue"))
        else:
            tally = view.tallies.activity(data)
            state = view.tallies.activity_state(data, view.today)
            title = plain(data.title)
            if state is not ActivityState.DUE:
                title.stylize(self._style(STATE_CLASS[state]))
        state_style = self._style(STATE_CLASS[state])
        if node.allow_expand:
            icon = self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE
        else:
            icon = "  "
        number = Text(num(data.number or data.id, digits) + " ", style=self._style("plan-tree--id"))
        if data.id in view.matches and not highlight(
            title, view.pattern, str(self._style("plan-tree--match"))
        ):
            number.stylize(self._style("plan-tree--match"), 0, len(number) - 1)
        head = Text.assemble((icon, base_style + TOGGLE_STYLE), number, title)
        tail = Text(" " + cookie(tally, digits), style=state_style)
        return fit(head, tail, width)

    def _outcome_label(self, data: Outcome, width: int) -> Text:
        view = self.view
        status = view.record(data.id).status
        status_style = self._style(STATUS_CLASS[status])
        glyph = Text(GLYPHS[status] + " ", style=status_style)
        number = Text(
            num(short_id(data.number or data.id), view.digits) + ") ",
            style=self._style("plan-tree--id"),
        )
        text = plain(data.text)
        if status is Status.NOT_APPLICABLE:
            text.stylize(status_style)
        if data.id in view.matches and not highlight(
            text, view.pattern, str(self._style("plan-tree--match"))
        ):
            number.stylize(self._style("plan-tree--match"), 0, len(number) - 1)
        return fit(Text.assemble(glyph, number, text), Text(), width)

    # moving --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # space ticks outcomes (a screen binding), so the Tree's own space must step aside
        return action != "toggle_node"

    def action_expand_or_child(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and not node.is_expanded:
            self._add_outcomes(node)
            node.expand()
        elif node.is_expanded and node.children:
            self.move_cursor(node.children[0])

    def action_collapse_or_parent(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and node.is_expanded:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent)

    def toggle(self, node: TreeNode[PlanNode]) -> None:
        if not node.allow_expand:
            return
        if node.is_expanded:
            node.collapse()
        else:
            self._add_outcomes(node)
            node.expand()
