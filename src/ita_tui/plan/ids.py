"""Plan ids and plan keys: what names a plan's progress file, and what tells two plans apart.

A plan made by ``new``, ``import`` or ``next-year`` gets an id from its organisation and
fiscal year, ``<words>-<year>-<code>``:

* ``words``: the organisation's name in lower-case ASCII words joined by ``-`` (at most
  24 characters, cut between words), or ``ita`` when the name has none (a Thai name);
* ``year``: the B.E. fiscal year;
* ``code``: 8 hex digits of the SHA-256 of the name (Unicode NFC, spaces collapsed), so two
  organisations never share an id, and one organisation keeps its code from year to year;
* then ``-2``, ``-3`` … while the id is taken by a plan the user has used or by a progress
  file in the data folder.

A plan made by them also gets a ``plan_key`` (a random 32-hex-digit text), written once:
its progress file records it, and refuses a plan with the same id and another key.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from ita_tui.plan.load import ID_RE, PLAN_KEY_RE
from ita_tui.records import record

_WORDS = re.compile(r"[0-9a-z]+")
_TABLE = re.compile(r"(?m)^[ \t]*\[")
_MAX_WORDS = 24
_PROGRESS = ".progress.toml"


def fresh_plan_key() -> str:
    """A new plan key: random, never derived from anything (a new plan is a new key)."""
    return uuid.uuid4().hex


def normalised_name(organisation: str) -> str:
    """The organisation's name as compared: NFC, runs of white space as one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", organisation).split())


def organisation_code(organisation: str) -> str:
    """8 hex digits standing for the organisation's (normalised) name."""
    return hashlib.sha256(normalised_name(organisation).encode("utf-8")).hexdigest()[:8]


def _words(organisation: str) -> str:
    ascii_text = normalised_name(organisation).lower().encode("ascii", "ignore").decode()
    kept = ""
    for word in _WORDS.findall(ascii_text):
        joined = f"{kept}-{word}" if kept else word
        if len(joined) > _MAX_WORDS:
            break
        kept = joined
    return kept or "ita"


def base_plan_id(organisation: str, fiscal_year: int) -> str:
    """``<words>-<year>-<code>``: the id before any ``-2`` suffix."""
    return f"{_words(organisation)}-{fiscal_year}-{organisation_code(organisation)}"


def free_id(base: str, taken: Callable[[str], bool]) -> str:
    """``base``, or ``base-2``, ``base-3`` … the first not ``taken``."""
    candidate, n = base, 1
    while taken(candidate):
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def plan_id_for(organisation: str, fiscal_year: int, taken: Iterable[str] = ()) -> str:
    """The id of a new plan of ``organisation`` for ``fiscal_year``, not one of ``taken``."""
    used = set(taken)
    return free_id(base_plan_id(organisation, fiscal_year), used.__contains__)


@record(frozen=True)
class PlanSeen:
    """A plan id already in use: by a plan file the user has used, or only by a progress
    file in the data folder (``path`` None)."""

    id: str
    path: Path | None = None
    key: str = ""
    organisation: str = ""
    fiscal_year: int = 0


def read_plan_head(path: Path) -> PlanSeen | None:
    """A plan file's id, key, organisation and year, or None if it cannot be read as a plan."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    # the plan's own keys come before its first table: read only them (a 10,000-outcome
    # plan is not parsed whole), the whole file if a text there spans a "[" line
    first_table = _TABLE.search(text)
    try:
        try:
            data = tomllib.loads(text[: first_table.start()] if first_table else text)
        except tomllib.TOMLDecodeError:
            data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        return None
    plan_id, key = data.get("id"), data.get("plan_key", "")
    organisation, year = data.get("organisation", ""), data.get("fiscal_year", 0)
    if not isinstance(plan_id, str) or not plan_id:
        return None
    return PlanSeen(
        id=plan_id,
        path=path,
        key=key if isinstance(key, str) and PLAN_KEY_RE.fullmatch(key) else "",
        organisation=organisation if isinstance(organisation, str) else "",
        fiscal_year=year if isinstance(year, int) and not isinstance(year, bool) else 0,
    )


def plans_seen(data_folder: Path, plan_files: Iterable[Path]) -> list[PlanSeen]:
    """Every plan id in use: the user's plan files (``plan_files``), then the progress files
    of the data folder (by their file names)."""
    seen = [head for head in map(read_plan_head, plan_files) if head is not None]
    try:
        names = sorted(p.name for p in Path(data_folder).iterdir() if p.name.endswith(_PROGRESS))
    except OSError:
        names = []
    for name in names:
        stem = name.removesuffix(_PROGRESS)
        if ID_RE.fullmatch(stem):
            seen.append(PlanSeen(id=stem))
    return seen


def same_plan(seen: PlanSeen, organisation: str, fiscal_year: int) -> bool:
    """Whether ``seen`` is a plan file of this organisation and year (the same report again)."""
    return (
        seen.path is not None
        and seen.fiscal_year == fiscal_year
        and normalised_name(seen.organisation) == normalised_name(organisation)
    )


@record(frozen=True)
class IdChoice:
    """The id for a new plan, and a plan of the same organisation and year already in use
    (``same``), if any: a report imported again is told, never silently merged."""

    id: str
    same: PlanSeen | None = None


def choose_id(organisation: str, fiscal_year: int, seen: Iterable[PlanSeen]) -> IdChoice:
    """The first free id of :func:`base_plan_id`, with the plan of the same organisation and
    year found among ``seen``."""
    seen = list(seen)
    taken = {s.id for s in seen}
    same = next((s for s in seen if same_plan(s, organisation, fiscal_year)), None)
    return IdChoice(plan_id_for(organisation, fiscal_year, taken), same)
