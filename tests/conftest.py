"""Fixtures shared by every test: no test ever touches the real user folders."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

MINIMAL_PLAN = """\
format = 1
id = "test-plan"
title = "แผนทดสอบ"
organisation = "เทศบาลทดสอบ"
fiscal_year = 2568

[[issues]]
id = "1"
title = "ประเด็นหนึ่ง"

[[issues.activities]]
id = "1.1"
title = "กิจกรรมหนึ่ง"
quarters = [1, 2]
responsible = ["นิติกร", "ปลัด"]
steps = ["ขั้นที่หนึ่ง", "ขั้นที่สอง"]

[[issues.activities.outcomes]]
id = "1.1.1"
text = "ผลลัพธ์หนึ่ง"

[[issues.activities.outcomes]]
id = "1.1.2"
text = "ผลลัพธ์สอง"

[[issues.activities]]
id = "1.2"
title = "กิจกรรมสอง"
quarters = [3]
responsible = ["นักวิเคราะห์"]
steps = []

[[issues.activities.outcomes]]
id = "1.2.1"
text = "ผลลัพธ์สาม"
"""


if sys.flags.warn_default_encoding:
    # ``python -X warn_default_encoding -m pytest`` (the README's test command): the programs
    # the tests start (the CLI, benchmarks) are held to it too, so no file anywhere is opened
    # in the platform's encoding (cp874 on a Thai Windows PC).
    os.environ["PYTHONWARNDEFAULTENCODING"] = "1"
    os.environ["PYTHONWARNINGS"] = "error::EncodingWarning"


@pytest.fixture(autouse=True)
def every_word_in_the_catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    """A key missing from the word catalogs fails the test that says it (in use it would show
    the bare key)."""
    from ita_tui import catalog

    def missing(key: str, values: dict[str, object]) -> str:
        raise KeyError(f"{key!r} is in neither word catalog")

    monkeypatch.setattr(catalog, "missing", missing)


def without_encoding_checks() -> dict[str, str]:
    """The environment for a program that is not ours (pip), without the checks above."""
    keep = {"PYTHONWARNDEFAULTENCODING", "PYTHONWARNINGS"}
    return {name: value for name, value in os.environ.items() if name not in keep}


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point the data and config folders at fresh temporary folders for every test."""
    root = tmp_path_factory.mktemp("ita-home")
    monkeypatch.setenv("ITA_TUI_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("ITA_TUI_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("ITA_TUI_USER", "tester")
    monkeypatch.delenv("NO_COLOR", raising=False)
    yield root


@pytest.fixture
def english_cli(isolated_dirs: Path) -> None:
    """For tests that read the command line's English wording (Thai is its default)."""
    from ita_tui.config import Settings, save_settings

    save_settings(Settings(lang="en", digits="arabic"), isolated_dirs / "config" / "config.toml")


@pytest.fixture
def data_dir(isolated_dirs: Path) -> Path:
    return isolated_dirs / "data"


@pytest.fixture
def minimal_plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.toml"
    path.write_text(MINIMAL_PLAN, encoding="utf-8")
    return path
