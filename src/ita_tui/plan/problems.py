"""What is wrong with a plan file, said in English or Thai.

The loader stays pure: each problem it finds is a :class:`Problem`, a ``str`` whose text is
the English wording (what logs, tests and ``str()`` see) that also keeps its key path, a
code and the values, so that whoever shows it (the command line, the app) can say it in
the user's language with :func:`problem_text`. The words are the catalog's (``plan.<code>``,
``plan.type.*``, ``plan.kind.*``, ``toml.*``); key paths (``issues[2].quarters[1]``) are
the file's own words and stay as they are.
"""

from __future__ import annotations

import re
from typing import Any, Final

from ita_tui.catalog import has, say

#: tomllib's messages (Python 3.11-3.13; it gives no codes, only English text), recognised
#: so that they can be said from the catalog: the pattern -> its ``toml.*`` key, where
#: ``{x}`` is the part the message quotes.
TOML_MESSAGES: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern + "$"), key)
    for pattern, key in (
        (r"Cannot declare (?P<x>.+) twice", "toml.cannot_declare_twice"),
        (r"Cannot mutate immutable namespace (?P<x>.+)", "toml.cannot_mutate_immutable_namespace"),
        (r"Cannot overwrite a value", "toml.cannot_overwrite_a_value"),
        (r"Cannot redefine namespace (?P<x>.+)", "toml.cannot_redefine_namespace"),
        (r"Duplicate inline table key (?P<x>.+)", "toml.duplicate_inline_table_key"),
        (
            r"Escaped character is not a Unicode scalar value",
            "toml.escaped_character_is_not_a_unicode_scalar_value",
        ),
        (
            r"Expected newline or end of document after a statement",
            "toml.expected_newline_or_end_of_document_after_a_statement",
        ),
        (
            r"Expected '=' after a key in a key/value pair",
            "toml.expected_after_a_key_in_a_key_value_pair",
        ),
        (
            r"Expected '\]' at the end of a table declaration",
            "toml.expected_at_the_end_of_a_table_declaration",
        ),
        (
            r"Expected '\]\]' at the end of an array declaration",
            "toml.expected_at_the_end_of_an_array_declaration",
        ),
        (r"Expected (?P<x>.+)", "toml.expected"),
        (r"Found invalid character (?P<x>.+)", "toml.found_invalid_character"),
        (r"Illegal character (?P<x>.+)", "toml.illegal_character"),
        (r"Invalid date or datetime", "toml.invalid_date_or_datetime"),
        (r"Invalid hex value", "toml.invalid_hex_value"),
        (
            r"Invalid initial character for a key part",
            "toml.invalid_initial_character_for_a_key_part",
        ),
        (r"Invalid statement", "toml.invalid_statement"),
        (r"Invalid value", "toml.invalid_value"),
        (r"Unclosed array", "toml.unclosed_array"),
        (r"Unclosed inline table", "toml.unclosed_inline_table"),
        (r"Unescaped '\\' in a string", "toml.unescaped_in_a_string"),
        (r"Unterminated string", "toml.unterminated_string"),
    )
)
#: Where tomllib places its message: `` (at line 3, column 7)`` at the end.
_TOML_AT: Final = re.compile(r" \(at line (\d+), column (\d+)\)$")


class Problem(str):
    """One problem in a plan: ``str`` is its English text (``where: message``); ``where``,
    ``code`` and ``values`` let :func:`problem_text` say it in another language."""

    where: str
    code: str
    values: dict[str, Any]

    def __new__(cls, where: str, code: str, **values: Any) -> Problem:
        self = super().__new__(cls, _render(where, code, values, "en"))
        self.where, self.code, self.values = where, code, values
        return self

    def moved(self, old: str, new: str) -> Problem:
        """The same problem under another key path prefix (an issue moved in the plan)."""
        return Problem(new + self.where[len(old) :], self.code, **self.values)


def _render(where: str, code: str, values: dict[str, Any], lang: str) -> str:
    shown = dict(values)
    for name in ("kind", "want"):  # a kind of plan item: "issue", "activity" ...
        if name in shown:
            shown[name] = say(f"plan.kind.{shown[name]}", lang)
    if "fields" in shown:  # field names, e.g. ["title", "ita.score"]
        from ita_tui.plan.fields import field_names

        shown["fields"] = field_names(shown["fields"], lang)
    if "field" in shown:  # a field whose years moved on with the fiscal year
        shown["field"] = say(f"plan.ny_field.{shown['field']}", lang)
    if code == "plan_invalid":
        plan_error = shown["plan"]
        shown["plan"] = problems_text(plan_error.path, plan_error.problems, lang)
    if "type" in shown:  # a value's kind; one the catalog does not name (a date) as it is
        type_key = f"plan.type.{shown['type']}"
        shown["type"] = say(type_key, lang) if has(type_key) else str(shown["type"])
    if "message" in shown:
        shown["message"] = toml_text(str(shown["message"]), lang)
    if "why" in shown:  # a reason that is itself a problem (a LayoutError's, say)
        why = shown["why"]
        if isinstance(why, Exception) and why.args and isinstance(why.args[0], Problem):
            shown["why"] = problem_text(why.args[0], lang)
    if code == "store_error":
        from ita_tui.error_text import worded

        shown["error"] = worded(shown["error"], lang)
    if isinstance(shown.get("why"), OSError):  # why a file could not be read or written
        from ita_tui.error_text import os_reason

        shown["why"] = os_reason(shown["why"], lang)
    message = say(f"plan.{code}", lang, **shown)
    return f"{where}: {message}" if where else message


def toml_text(message: str, lang: str) -> str:
    """tomllib's English message said from the catalog in ``lang`` (in English, the message
    as tomllib wrote it); one it does not know is kept as it is (in Thai, in brackets)."""
    place = ""
    at = _TOML_AT.search(message)
    if at:
        message = message[: at.start()]
        place = say("toml.at", lang, line=at.group(1), column=at.group(2))
    for pattern, key in TOML_MESSAGES:
        found = pattern.match(message)
        if found:
            return say(key, lang, **found.groupdict()) + place
    return say("toml.other", lang, message=message) + place


def problem_text(problem: str, lang: str) -> str:
    """``problem`` in ``lang`` ("th" or "en"); text that is not a :class:`Problem` as it is."""
    if isinstance(problem, Problem) and lang != "en":
        return _render(problem.where, problem.code, problem.values, lang)
    return str(problem)


def problems_text(path: object, problems: list[str], lang: str) -> str:
    """A whole :class:`~ita_tui.plan.load.PlanError` message in ``lang``: the file, then
    each problem (``file:line:column: message`` for a position, as compilers write it)."""
    texts = [problem_text(problem, lang) for problem in problems]
    if len(texts) == 1:
        sep = ":" if re.match(r"^\d+:\d+: ", texts[0]) else ": "
        return f"{path}{sep}{texts[0]}"
    head = say("plan.problems_in_file", lang, path=path, count=len(texts))
    return "\n".join([head] + [f"  - {text}" for text in texts])


def type_of(value: object) -> str:
    """The kind of ``value``, as ``plan.type.*`` names it."""
    return type(value).__name__
