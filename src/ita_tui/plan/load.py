"""Load a plan file (TOML) into the model, checking every field.

Each issue, activity and outcome has a permanent key (its ``id``: any unique key; plans
written before keys and numbers were told apart use the number itself) and a ``number``,
its place in the plan ("1.2.3"), computed here: what people see and type.

Reading uses the standard library's ``tomllib`` (fast); this module never writes the plan.
Every problem found is reported with its key path, all at once, in a :class:`PlanError`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import field
from pathlib import Path
from typing import Any

from ita_tui import resources
from ita_tui.model import Activity, Issue, ItaResult, Outcome, Plan
from ita_tui.plan.problems import Problem, problems_text, type_of
from ita_tui.records import record
from ita_tui.safe_files import FOLDER, FileRefused, read_regular_file

#: The bundled plan's id (tests/test_plan.py checks it against the file): it names the
#: user's copy of the example, found at start-up without parsing the plan.
BUNDLED_PLAN_ID = "saikhao-2568"
# Use with fullmatch: "$" would accept a trailing newline ("1.1.1\n").
ID_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]*")
#: A plan key (``plan_key``): what new/import/next-year write (32 hex digits) or id-like text.
PLAN_KEY_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,63}")
FORMAT_VERSION = 1

_TOP_KEYS = {
    "format",
    "id",
    "plan_key",
    "title",
    "organisation",
    "district",
    "province",
    "fiscal_year",
    "intro",
    "ita",
    "timezone",
    "issues",
}
_ITA_KEYS = {"year", "score", "level"}
_ISSUE_KEYS = {"id", "title", "activities"}
_ACTIVITY_KEYS = {"id", "title", "period", "quarters", "responsible", "steps", "oit", "outcomes"}
_OUTCOME_KEYS = {"id", "text", "oit"}


class PlanError(Exception):
    """A plan file that cannot be used; ``problems`` lists every reason found."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.path = Path(path)
        self.problems = problems
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.message_in("en")

    def message_in(self, lang: str) -> str:
        """Every problem, in ``lang`` ("th" or "en"): ``file: problem`` or a list."""
        return problems_text(self.path, self.problems, lang)


@record
class LoadedPlan:
    plan: Plan
    path: Path
    warnings: list[str] = field(default_factory=list)


def bundled_plan_path() -> Path:
    """The bundled example plan's identity: where it lies inside the package.

    In a wheel or a checkout that is a real file; inside a one-file ``.pyz`` bundle it is a
    path into the archive that names the plan but cannot be opened, so its bytes are always
    read through :func:`read_plan_bytes`, never by this path.
    """
    return resources.bundled_plan_identity()


def load_plan(path: Path | str | None = None) -> LoadedPlan:
    """Read and check a plan file; ``None`` means the bundled plan. Raises :class:`PlanError`."""
    plan_path = Path(path) if path is not None else bundled_plan_path()
    # The bytes go straight to parse_plan, which lets go of them once decoded (a large
    # plan's file would otherwise stay in memory beside its parsed tables).
    return parse_plan(read_plan_bytes(plan_path), plan_path)


def read_plan_bytes(plan_path: Path) -> bytes:
    """A plan file's bytes; the bundled example's come from the package, wherever it lives."""
    if plan_path == bundled_plan_path():
        try:
            return resources.bundled_plan_bytes()
        except OSError as exc:
            raise PlanError(plan_path, [Problem("", "unreadable", why=exc)]) from None
    try:
        return read_regular_file(plan_path, kind="plan")
    except FileNotFoundError:
        raise PlanError(plan_path, [Problem("", "no_file")]) from None
    except IsADirectoryError:
        raise PlanError(plan_path, [Problem("", "is_folder")]) from None
    except FileRefused as exc:
        if exc.reason == FOLDER:
            raise PlanError(plan_path, [Problem("", "is_folder")]) from None
        raise PlanError(plan_path, [Problem("", "unreadable", why=exc)]) from None
    except OSError as exc:
        raise PlanError(plan_path, [Problem("", "unreadable", why=exc)]) from None


def parse_plan(raw: bytes, path: Path | str = "<plan>") -> LoadedPlan:
    """Parse plan bytes. Raises :class:`PlanError` for anything that is not a usable plan."""
    plan_path = Path(path)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise PlanError(
            plan_path, [Problem(f"{line}:{column}", "not_utf8", byte=exc.start)]
        ) from None
    del raw  # the caller's copy, if any, is theirs; ours is not kept beside the tables
    if not text.strip():
        raise PlanError(plan_path, [Problem("", "empty_file")])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PlanError(plan_path, [_toml_error(exc, text)]) from None
    except RecursionError:  # tomllib recurses once per level: `x = [[[…]]]` 500 deep
        raise PlanError(plan_path, [Problem("", "too_deep")]) from None
    del text  # the tables hold what is needed: the file's text is not kept while checking
    checker = _Checker()
    plan = checker.plan(data)
    if checker.errors or plan is None:
        raise PlanError(plan_path, checker.errors)
    return LoadedPlan(plan=plan, path=plan_path, warnings=checker.warnings)


def _toml_error(exc: tomllib.TOMLDecodeError, text: str) -> Problem:
    """``line:column: message`` from tomllib's error (its text ends with ``(at line L, column C)``)."""
    message = str(exc)
    lineno = getattr(exc, "lineno", None)
    colno = getattr(exc, "colno", None)
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)\s*$", message)
    if found:
        message = message[: found.start()]
        lineno, colno = int(found.group(1)), int(found.group(2))
    elif lineno is None:
        found = re.search(r"\s*\(at end of document\)\s*$", message)
        if found:
            message = message[: found.start()]
        lineno = text.count("\n") + 1
        colno = len(text.rsplit("\n", 1)[-1]) + 1
    return Problem(f"{lineno}:{colno}", "toml", message=message)


class _Checker:
    """Walks the parsed TOML, building model objects and collecting every problem."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.seen_ids: dict[str, str] = {}

    def error(self, where: str, code: str, **values: Any) -> None:
        self.errors.append(Problem(where, code, **values))

    def unknown_keys(self, where: str, table: dict[str, Any], known: set[str]) -> None:
        if table.keys() <= known:  # the usual case, checked in one step
            return
        for key in table:
            if key not in known:
                place = f"{where}.{key}" if where else key
                self.warnings.append(Problem(place, "unknown_key"))

    def text(self, table: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = table.get(key)
        if isinstance(value, str) and (value.strip() or not required):
            return value  # the usual case: no error to place
        place = f"{where}.{key}" if where else key
        if key not in table:
            if required:
                self.error(place, "missing_text")
            return ""
        if not isinstance(value, str):
            self.error(place, "not_text", type=type_of(value))
            return ""
        self.error(place, "empty")
        return value

    def integer(
        self,
        table: dict[str, Any],
        key: str,
        where: str,
        check: Callable[[int], tuple[str, dict[str, Any]] | None],
    ) -> int:
        place = f"{where}.{key}" if where else key
        if key not in table:
            self.error(place, "missing_int")
            return 0
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(place, "not_int", type=type_of(value))
            return 0
        problem = check(value)
        if problem:
            self.error(place, problem[0], value=value, **problem[1])
        return value

    def ident(self, table: dict[str, Any], where: str) -> str:
        value = self.text(table, "id", where)
        if value and not ID_RE.fullmatch(value):
            self.error(f"{where}.id", "bad_id", value=value)
        elif value:
            if value in self.seen_ids:
                self.error(f"{where}.id", "duplicate_id", value=value, other=self.seen_ids[value])
            else:
                self.seen_ids[value] = where
        return value

    def text_list(self, table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        place = f"{where}.{key}"
        value = table.get(key, [])
        if not isinstance(value, list):
            self.error(place, "not_text_list", type=type_of(value))
            return ()
        items: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str):
                self.error(f"{place}[{index}]", "not_text", type=type_of(item))
            elif not item.strip():
                self.error(f"{place}[{index}]", "empty")
            else:
                items.append(item)
        return tuple(items)

    def table_list(
        self, table: dict[str, Any], key: str, where: str, *, required: bool = True
    ) -> list[dict[str, Any]]:
        """A list of tables; ``required`` ones must be there and not empty (the plan's issues),
        others may be missing while being written (an issue with no activity yet)."""
        place = f"{where}.{key}" if where else key
        if key not in table:
            if required:
                self.error(place, "missing")
            return []
        value = table[key]
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.error(place, "not_tables", key=key, type=type_of(value))
            return []
        if not value and required:
            self.error(place, "empty")
        return value

    def plan(
        self,
        data: dict[str, Any],
        issue_of: Callable[[int, dict[str, Any]], Issue] | None = None,
    ) -> Plan | None:
        """The plan, or None with ``errors`` said. ``issue_of(index, table)`` checks one issue
        (the writer's, which re-checks only the issues an edit touched)."""
        self.unknown_keys("", data, _TOP_KEYS)
        if "format" in data:
            self.integer(
                data,
                "format",
                "",
                lambda v: None if v == FORMAT_VERSION else ("format", {"version": FORMAT_VERSION}),
            )
        plan_id = self.text(data, "id", "")
        plan_key = self.plan_key(data)
        title = self.text(data, "title", "")
        organisation = self.text(data, "organisation", "")
        district = self.text(data, "district", "", required=False)
        province = self.text(data, "province", "", required=False)
        intro = self.text(data, "intro", "", required=False)
        timezone = self.text(data, "timezone", "", required=False)
        fiscal_year = self.integer(
            data,
            "fiscal_year",
            "",
            lambda v: None if 2400 <= v <= 3000 else ("fiscal_year", {}),
        )
        ita = self.ita(data)
        check = issue_of or (lambda i, table: self.issue(table, f"issues[{i}]", str(i + 1)))
        issues = [check(i, table) for i, table in enumerate(self.table_list(data, "issues", ""))]
        if self.errors:
            return None
        return Plan(
            id=plan_id,
            key=plan_key,
            title=title,
            organisation=organisation,
            fiscal_year=fiscal_year,
            issues=tuple(issues),
            district=district,
            province=province,
            intro=intro,
            ita=ita,
            timezone=timezone,
        )

    def plan_key(self, data: dict[str, Any]) -> str:
        """The plan's key (``plan_key``, written once by new/import/next-year); "" if none."""
        if "plan_key" not in data:
            return ""
        value = self.text(data, "plan_key", "")
        if value and not PLAN_KEY_RE.fullmatch(value):
            self.error("plan_key", "bad_plan_key", value=value)
        return value

    def ita(self, data: dict[str, Any]) -> ItaResult | None:
        if "ita" not in data:
            return None
        table = data["ita"]
        if not isinstance(table, dict):
            self.error("ita", "ita_table", type=type_of(table))
            return None
        self.unknown_keys("ita", table, _ITA_KEYS)
        year = self.integer(
            table, "year", "ita", lambda v: None if 2400 <= v <= 3000 else ("be_year", {})
        )
        score = table.get("score")
        if score is None:
            # left to fill in (a plan rolled into the next year): usable, but said
            self.warnings.append(Problem("ita.score", "no_score", year=year))
            if not str(table.get("level", "")).strip():
                self.warnings.append(Problem("ita.level", "no_level", year=year))
            level = self.text(table, "level", "ita", required=False)
            return ItaResult(year=year, score=None, level=level)
        if isinstance(score, bool) or not isinstance(score, int | float):
            self.error("ita.score", "not_number", type=type_of(score))
            score = 0.0
        elif not 0 <= score <= 100:
            self.error("ita.score", "score", value=score)
        level = self.text(table, "level", "ita", required=False)
        return ItaResult(year=year, score=float(score), level=level)

    def issue(self, table: dict[str, Any], where: str, number: str) -> Issue:
        self.unknown_keys(where, table, _ISSUE_KEYS)
        issue_id = self.ident(table, where)
        title = self.text(table, "title", where)
        activities = [
            self.activity(item, f"{where}.activities[{i}]", f"{number}.{i + 1}")
            for i, item in enumerate(self.table_list(table, "activities", where, required=False))
        ]
        return Issue(id=issue_id, title=title, activities=tuple(activities), number=number)

    def activity(self, table: dict[str, Any], where: str, number: str) -> Activity:
        self.unknown_keys(where, table, _ACTIVITY_KEYS)
        activity_id = self.ident(table, where)
        title = self.text(table, "title", where)
        period = self.text(table, "period", where, required=False)
        quarters = self.quarters(table, where)
        responsible = self.text_list(table, "responsible", where)
        steps = self.text_list(table, "steps", where)
        oit = self.text(table, "oit", where, required=False) or None
        outcomes = [
            self.outcome(item, f"{where}.outcomes[{i}]", f"{number}.{i + 1}")
            for i, item in enumerate(self.table_list(table, "outcomes", where, required=False))
        ]
        return Activity(
            id=activity_id,
            title=title,
            quarters=quarters,
            responsible=responsible,
            steps=steps,
            outcomes=tuple(outcomes),
            period=period,
            oit=oit,
            number=number,
        )

    def quarters(self, table: dict[str, Any], where: str) -> tuple[int, ...]:
        place = f"{where}.quarters"
        if "quarters" not in table:
            self.error(place, "quarters_missing")
            return (1,)
        value = table["quarters"]
        if not isinstance(value, list) or not value:
            self.error(place, "quarters_list")
            return (1,)
        result: list[int] = []
        for index, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, int):
                self.error(f"{place}[{index}]", "quarter_type", type=type_of(item))
            elif not 1 <= item <= 4:
                self.error(f"{place}[{index}]", "quarter_range", value=item)
            elif item in result:
                self.error(f"{place}[{index}]", "quarter_twice", value=item)
            else:
                result.append(item)
        return tuple(sorted(result)) or (1,)

    def outcome(self, table: dict[str, Any], where: str, number: str = "") -> Outcome:
        # The usual outcome checked in one step (a plan may have 10,000 of them); anything
        # unusual takes the long way below, which says what is wrong.
        outcome_id, text, oit = table.get("id"), table.get("text"), table.get("oit")
        if (
            table.keys() <= _OUTCOME_KEYS
            and type(outcome_id) is str
            and type(text) is str
            and (oit is None or type(oit) is str)
            and text.strip()
            and ID_RE.fullmatch(outcome_id)
            and outcome_id not in self.seen_ids
        ):
            self.seen_ids[outcome_id] = where
            return Outcome(id=outcome_id, text=text, oit=oit or None, number=number)
        return self.outcome_in_full(table, where, number)

    def outcome_in_full(self, table: dict[str, Any], where: str, number: str = "") -> Outcome:
        """Every check of an outcome, one by one (what :meth:`outcome` does for any outcome)."""
        self.unknown_keys(where, table, _OUTCOME_KEYS)
        outcome_id = self.ident(table, where)
        text = self.text(table, "text", where)
        oit = self.text(table, "oit", where, required=False) or None
        return Outcome(id=outcome_id, text=text, oit=oit, number=number)
