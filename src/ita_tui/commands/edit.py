"""``ita-tui edit PLAN ACTION …``: change a plan from a script, as the app's editor does.

Items are named by the number shown (1, 1.2, 1.2.3; Thai digits too) or by their key.
Each action is checked, then written in place (comments and layout kept), atomically,
with a backup, under the plan's lock; it prints what it did. Nothing is written when
the edit is refused (exit 2).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from ita_tui.commands import common
from ita_tui.commands.words import add_lang, lang_of, say
from ita_tui.error_text import store_message
from ita_tui.model import Activity, Issue, Outcome, Plan
from ita_tui.paths import data_dir
from ita_tui.plan.edit import (
    FIRST,
    AddItem,
    EditError,
    EditFailed,
    EditRejected,
    EditResult,
    FieldValue,
    MoveItem,
    Op,
    PlanEditor,
    RemoveItem,
    SetFields,
    kind_of,
    parent_key,
)
from ita_tui.plan.problems import problem_text
from ita_tui.textutil import printable, visible
from ita_tui.thai.digits import to_arabic_digits

NAME = "edit"


def add_parser(subparsers: Any) -> None:
    lang = lang_of()  # the help in the command line's language, as argparse's own words

    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help=say("cli.command.edit", lang),
        description=say("cli.help.edit", lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=say("cli.help.edit.epilog", lang) + "\n"
        "  ita-tui edit plan.toml add-issue 'การเปิดเผยข้อมูล'\n"
        "  ita-tui edit plan.toml add-activity 1 'จัดทำคู่มือ' --quarters 1-2 "
        "--responsible ปลัด --responsible นิติกร\n"
        "  ita-tui edit plan.toml add-outcome 1.1 'มีคู่มือ จำนวน ๕ งาน'\n"
        "  ita-tui edit plan.toml set 1.1 --quarters 2-4 --period 'ไตรมาสที่ ๒ - ๔'\n"
        "  ita-tui edit plan.toml move 1.1.3 --after 1.1.1\n"
        "  ita-tui edit plan.toml remove 1.1.3",
    )
    parser.add_argument(
        "plan", metavar="PLAN", type=_plan_arg, help=say("cli.help.edit.plan", lang)
    )
    common.add_data_dir(parser)
    add_lang(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add_issue = actions.add_parser("add-issue", help=say("cli.help.edit.add_issue", lang))
    add_issue.add_argument("title", metavar="TITLE")

    add_activity = actions.add_parser("add-activity", help=say("cli.help.edit.add_activity", lang))
    add_activity.add_argument("issue", metavar="ISSUE_NO")
    add_activity.add_argument("title", metavar="TITLE")
    _activity_options(add_activity, lang, quarters_default="1-4")

    add_outcome = actions.add_parser("add-outcome", help=say("cli.help.edit.add_outcome", lang))
    add_outcome.add_argument("activity", metavar="ACTIVITY_NO")
    add_outcome.add_argument("text", metavar="TEXT")
    add_outcome.add_argument("--oit", metavar="CODE", help=say("cli.help.edit.oit", lang))

    set_ = actions.add_parser(
        "set",
        help=say("cli.help.edit.set", lang),
        description=say("cli.help.edit.set.description", lang),
    )
    set_.add_argument("number", metavar="NO", help=say("cli.help.edit.number", lang))
    set_.add_argument("--title", metavar="T", help=say("cli.help.edit.title", lang))
    set_.add_argument("--text", metavar="T", help=say("cli.help.edit.text", lang))
    _activity_options(set_, lang, quarters_default=None)
    set_.add_argument("--no-oit", action="store_true", help=say("cli.help.edit.no_oit", lang))
    for name, meta in (
        ("organisation", "ORG"),
        ("district", "D"),
        ("province", "P"),
        ("fiscal-year", "YEAR"),
        ("ita-year", "YEAR"),
        ("ita-score", "SCORE"),
        ("ita-level", "LEVEL"),
    ):
        set_.add_argument(f"--{name}", metavar=meta, help=say(f"cli.help.edit.{name}", lang))

    remove = actions.add_parser("remove", help=say("cli.help.edit.remove", lang))
    remove.add_argument("number", metavar="NO")
    remove.add_argument(
        "--force", action="store_true", help=say("cli.help.edit.remove_force", lang)
    )

    move = actions.add_parser("move", help=say("cli.help.edit.move", lang))
    move.add_argument("number", metavar="NO")
    where = move.add_mutually_exclusive_group(required=True)
    where.add_argument("--after", metavar="NO", help=say("cli.help.edit.after", lang))
    where.add_argument("--to", metavar="PARENT_NO", help=say("cli.help.edit.to", lang))
    where.add_argument("--first", action="store_true", help=say("cli.help.edit.first", lang))
    for action in (add_issue, add_activity, add_outcome, set_, remove, move):
        add_lang(action, suppress=True)
        common.add_data_dir(action, suppress=True)
    parser.set_defaults(run=run)


#: Stands for PLAN left out (``ita-tui edit add-issue …``): no real argument holds a NUL.
IN_USE = "\x00"
ACTIONS = ("add-issue", "add-activity", "add-outcome", "set", "remove", "move")
_WITH_VALUE = ("--data-dir", "--lang")


def _plan_arg(text: str) -> Path | None:
    return None if text == IN_USE else Path(text)


def plan_slot(argv: list[str]) -> list[str]:
    """``edit [options] ACTION …`` read as ``edit [options] <the plan in use> ACTION …``:
    PLAN may be left out, as in every other command."""
    index = 1
    while index < len(argv):
        arg = argv[index]
        if arg in _WITH_VALUE:
            index += 2
        elif arg.startswith("-"):
            index += 1
        else:
            if arg in ACTIONS:
                return [*argv[:index], IN_USE, *argv[index:]]
            break
    return argv


def _error(key: str, **values: object) -> common.Failure:
    """A refusal in the command line's language: ``ผิดพลาด: …`` / ``error: …`` (exit 2)."""
    lang = lang_of()
    return common.Failure(say("cli.error", lang, what=say(key, lang, **values)))


def _activity_options(
    parser: argparse.ArgumentParser, lang: str, *, quarters_default: str | None
) -> None:
    default = (
        say("cli.help.edit.quarters_default", lang, q=quarters_default) if quarters_default else ""
    )
    parser.add_argument(
        "--quarters",
        metavar="Q",
        default=quarters_default,
        help=say("cli.help.edit.quarters", lang) + default,
    )
    parser.add_argument("--period", metavar="TEXT", help=say("cli.help.edit.period", lang))
    parser.add_argument(
        "--responsible",
        metavar="TITLE",
        action="append",
        help=say("cli.help.edit.responsible", lang),
    )
    parser.add_argument(
        "--steps", metavar="STEP", action="append", help=say("cli.help.edit.steps", lang)
    )
    with contextlib.suppress(argparse.ArgumentError):  # already there (set's own --oit)
        parser.add_argument("--oit", metavar="CODE", help=say("cli.help.edit.oit", lang))


def parse_quarters(text: str) -> list[int]:
    """``1-2`` -> [1, 2]; ``1,3`` -> [1, 3]; ``all`` -> [1, 2, 3, 4]; Thai digits allowed."""
    cleaned = to_arabic_digits(text).replace(" ", "").replace("–", "-").lower()
    if cleaned in ("all", "ทั้งปี"):
        return [1, 2, 3, 4]
    quarters: set[int] = set()
    for part in filter(None, cleaned.split(",")):
        low, _, high = part.partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            raise _error("cli.edit.quarters_shape", text=text)
        first, last = int(low), int(high or low)
        if not (1 <= first <= last <= 4):
            raise _error("cli.edit.quarters_range", text=text)
        quarters.update(range(first, last + 1))
    if not quarters:
        raise _error("cli.edit.quarters_none", text=text)
    return sorted(quarters)


def _describe(node: Issue | Activity | Outcome, lang: str = "en") -> str:
    text = node.text if isinstance(node, Outcome) else node.title
    short = printable(text, keep_newlines=False)
    short = short if len(short) <= 60 else short[:59] + "…"
    return say("cli.edit.item", lang, number=node.number, key=node.id, text=short)


def find(plan: Plan, number: str, path: Path, *, what: str = "item") -> Issue | Activity | Outcome:
    node = plan.lookup(number)
    if node is None:
        last = plan.issues[-1].number if plan.issues else "0"
        kind = say(f"cli.edit.what.{what}", lang_of())
        raise _error("cli.edit.no_item", what=kind, number=number, path=path, last=last)
    return node


def _fields(args: argparse.Namespace) -> dict[str, FieldValue]:
    fields: dict[str, FieldValue] = {}
    for name in ("title", "text", "period", "oit"):
        value = getattr(args, name, None)
        if value is not None:
            fields[name] = value
    if getattr(args, "no_oit", False):
        fields["oit"] = None
    if getattr(args, "quarters", None) is not None:
        fields["quarters"] = parse_quarters(args.quarters)
    for name in ("responsible", "steps"):
        value = getattr(args, name, None)
        if value is not None:
            fields[name] = [v for v in value if v.strip()]
    return fields


def _plan_fields(args: argparse.Namespace) -> dict[str, FieldValue]:
    fields: dict[str, FieldValue] = {}
    for name in ("title", "organisation", "district", "province"):
        value = getattr(args, name, None)
        if value is not None:
            fields[name] = value
    for option, name in (("fiscal_year", "fiscal_year"), ("ita_year", "ita.year")):
        value = getattr(args, option, None)
        if value is not None:
            digits = to_arabic_digits(value).strip()
            if not digits.isdigit():
                raise _error("cli.edit.not_year", option=option.replace("_", "-"), value=value)
            fields[name] = int(digits)
    if args.ita_score is not None:
        try:
            fields["ita.score"] = float(to_arabic_digits(args.ita_score))
        except ValueError:
            raise _error("cli.edit.not_number", value=args.ita_score) from None
    if args.ita_level is not None:
        fields["ita.level"] = args.ita_level
    for wrong in ("text", "quarters", "period", "responsible", "steps", "oit"):
        if getattr(args, wrong, None) is not None:
            raise _error("cli.edit.not_plan_field", name=wrong)
    return fields


def _op(args: argparse.Namespace, editor: PlanEditor, plan: Plan) -> Op:
    path = args.plan
    if args.action == "add-issue":
        return AddItem("issue", {"title": args.title})
    if args.action == "add-activity":
        issue = find(plan, args.issue, path, what="issue")
        if not isinstance(issue, Issue):
            raise _error("cli.edit.not_issue", number=args.issue)
        fields = _fields(args)
        fields["title"] = args.title
        return AddItem("activity", fields, parent=issue.id)
    if args.action == "add-outcome":
        activity = find(plan, args.activity, path, what="activity")
        if not isinstance(activity, Activity):
            raise _error("cli.edit.not_activity", number=args.activity)
        fields = {"text": args.text}
        if args.oit:
            fields["oit"] = args.oit
        return AddItem("outcome", fields, parent=activity.id)
    if args.action == "set":
        if args.number.strip().lower() == "plan":
            fields = _plan_fields(args)
            if not fields:
                raise _error("cli.edit.what_plan")
            return SetFields(None, fields)
        node = find(plan, args.number, path)
        plan_only = (
            "organisation",
            "district",
            "province",
            "fiscal_year",
            "ita_year",
            "ita_score",
            "ita_level",
        )
        for name in plan_only:
            if getattr(args, name, None) is not None:
                raise _error("cli.edit.plan_field", name=name.replace("_", "-"))
        fields = _fields(args)
        if isinstance(node, Outcome) and "title" in fields:
            fields["text"] = fields.pop("title")  # an outcome's title is its text
        if not isinstance(node, Outcome) and "text" in fields:
            fields["title"] = fields.pop("text")
        if not fields:
            raise _error("cli.edit.what_item")
        return SetFields(node.id, fields)
    if args.action == "remove":
        node = find(plan, args.number, path)
        return RemoveItem(node.id)
    node = find(plan, args.number, path)
    kind = kind_of(plan, node.id)
    if args.first:
        return MoveItem(node.id, parent_key(plan, node.id), FIRST)
    if args.after is not None:
        after = find(plan, args.after, path)
        if kind_of(plan, after.id) != kind:
            what = say(f"cli.edit.what.{kind}", lang_of()) if kind else "?"
            raise _error("cli.edit.not_same_kind", number=args.after, kind=what)
        return MoveItem(node.id, parent_key(plan, after.id), after.id)
    target = find(plan, args.to, path)
    want = {"activity": Issue, "outcome": Activity}.get(kind or "")
    if want is None:
        raise _error("cli.edit.issue_no_parent")
    if not isinstance(target, want):
        lang = lang_of()
        parent = say("cli.edit.what.issue" if want is Issue else "cli.edit.what.activity", lang)
        raise _error(
            "cli.edit.wrong_parent",
            number=args.to,
            parent=parent,
            kind=say(f"cli.edit.what.{kind}", lang),
        )
    return MoveItem(node.id, target.id, None)


def _reason(problem: str, lang: str) -> str:
    """Why an edit was not made, in ``lang`` (the editor's, the loader's or the store's)."""
    return store_message(problem_text(problem, lang), lang)


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    folder = data_dir(args.data_dir)
    if args.plan is None:
        args.plan = common.load_in_use(None, args.data_dir, lang).path
    try:
        editor = PlanEditor(args.plan, folder)
        plan = editor.load().plan
    except EditFailed as exc:
        why = "; ".join(_reason(problem, lang) for problem in exc.problems)
        raise common.Failure(say("cli.error", lang, what=why), common.EXIT_BAD_INPUT) from None
    op = _op(args, editor, plan)
    if isinstance(op, RemoveItem) and not args.force:
        node = find(plan, op.key, args.plan)
        inside = [op.key] if isinstance(node, Outcome) else []
        if isinstance(node, Activity):
            inside = [o.id for o in node.outcomes]
        elif isinstance(node, Issue):
            inside = [o.id for o in node.outcomes()]
        recorded = editor.recorded(inside)
        if recorded:
            raise _error(
                "cli.edit.recorded",
                n=len(recorded),
                item=_describe(node, lang),
                ids=", ".join(recorded[:5]),
            )
    before = set(editor.load().warnings)
    try:
        result = editor.apply(op)
    except EditError as exc:
        code = common.EXIT_FAILED if isinstance(exc, EditFailed) else common.EXIT_BAD_INPUT
        reasons = exc.problems
        if isinstance(exc, EditRejected) and lang != "en":  # the forms' reasons, in Thai
            reasons = editor.check(op, lang=lang) or reasons
        reasons = [_reason(reason, lang) for reason in reasons]
        head = say("cli.error", lang, what=say("cli.edit.refused_many", lang, path=args.plan))
        lines = [head] + [f"  - {visible(r)}" for r in reasons]
        raise common.Failure(
            "\n".join(lines)
            if len(reasons) > 1
            else say("cli.error", lang, what=say("cli.edit.refused", lang, why=reasons[0])),
            code,
        ) from None
    _report(result, args.plan, before, lang)
    return common.EXIT_OK


def _report(result: EditResult, path: Path, known: set[str], lang: str = "en") -> None:
    print(say("cli.edit.done", lang, what=problem_text(result.summary, lang), path=path))
    node = result.loaded.plan.find(result.key or "")
    if node is not None:
        print(visible(f"  {_describe(node, lang)}"))
    for warning in result.loaded.warnings:
        if warning not in known:  # only what this edit brought
            what = problem_text(warning, lang)
            print(say("cli.warning", lang, path=path, what=what), file=sys.stderr)
    if result.removed_outcomes:
        print("  " + say("cli.edit.removed", lang, n=len(result.removed_outcomes)))
