"""``ita-tui summary``: many agencies' JSON exports in one overview; bad files named, skipped."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ita_tui.charts import compute
from ita_tui.report import export
from ita_tui.summary import NotAnExport, read_export, summarise

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report.report_helpers import TODAY, bundled_plan, fixture


def _export(folder: Path, name: str, quarter: int = 2, organisation: str | None = None) -> Path:
    plan = bundled_plan()
    records, changes = fixture()
    text = export(plan, records, changes, quarter=quarter, fmt="json", today=TODAY)
    if organisation is not None:
        data = json.loads(text)
        data["plan"]["organisation"] = organisation
        text = json.dumps(data, ensure_ascii=False)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def exports(tmp_path: Path) -> list[Path]:
    return [
        _export(tmp_path, "saikhao-q2.json"),
        _export(tmp_path, "saikhao-q3.json", quarter=3),
        _export(tmp_path, "other-q2.json", organisation="เทศบาลตำบลตัวอย่าง"),
    ]


def test_figures_of_an_export(exports: list[Path]) -> None:
    agency = read_export(exports[0])
    assert (agency.done, agency.applicable) == (8, 52)
    assert (agency.fiscal_year, agency.quarter) == (2568, 2)
    assert agency.overdue_activities == 7
    # open outcomes of the 7 overdue activities, as the report's charts count them
    figures = compute(bundled_plan(), fixture()[0], dt.date(2025, 3, 31))
    assert agency.overdue == figures.overdue == 29
    assert agency.ita_score == pytest.approx(90.68)


def test_ordered_by_attention_and_other_quarters_flagged(exports: list[Path]) -> None:
    summary = summarise(exports)
    assert summary.period == (2568, 2)
    overdue = [a.overdue for a in summary.agencies]
    assert overdue == sorted(overdue, reverse=True)
    flagged = [a.path.name for a in summary.agencies if summary.other_period(a)]
    assert flagged == ["saikhao-q3.json"]


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "not JSON"),
        (b"\xff\xfe garbage", "not UTF-8"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"schema": "something/else"}', "not an ita-tui quarterly report"),
        (b'{"schema": "ita-tui/quarterly-report", "schema_version": 9}', "schema_version 9"),
        (b'{"schema": "ita-tui/quarterly-report", "schema_version": 1}', "plan is missing"),
        (b"[" * 100000, "not JSON"),
    ],
)
def test_bad_files_give_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(NotAnExport, match=reason):
        read_export(path)


def test_damaged_fields_give_a_reason(exports: list[Path]) -> None:
    data = json.loads(exports[0].read_text(encoding="utf-8"))
    data["totals"]["outcomes"]["done"] = "eight"
    exports[0].write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(NotAnExport, match=r"totals\.outcomes\.done should be a whole number"):
        read_export(exports[0])


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ita_tui", "summary", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )


def test_cli_names_and_skips_bad_files(tmp_path: Path, exports: list[Path]) -> None:
    (tmp_path / "foreign.json").write_text('{"hello": "world"}', encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"schema": ', encoding="utf-8")
    (tmp_path / "folder.json").mkdir()
    names = [p.name for p in exports] + ["foreign.json", "broken.json", "folder.json", "gone.json"]
    done = _run(*names, "--lang", "en", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    for name in ("foreign.json", "broken.json", "folder.json", "gone.json"):
        assert f"skipped {name}:" in done.stderr
        assert name in done.stdout
    assert "เทศบาลตำบลตัวอย่าง" in done.stdout and "other quarter" in done.stdout


def test_cli_with_no_readable_file_fails_cleanly(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("nope", encoding="utf-8")
    done = _run("x.json", "--lang", "en", cwd=tmp_path)
    assert done.returncode == 2
    assert "no file could be read" in done.stderr and "Traceback" not in done.stderr
    done = _run("x.json", cwd=tmp_path)  # Thai by default
    assert done.returncode == 2
    assert "ข้าม x.json: ไม่ใช่ JSON (บรรทัด 1 คอลัมน์ 1)" in done.stderr
    assert "ไม่มีไฟล์ใดอ่านได้" in done.stderr


@pytest.mark.parametrize("name", ["overview.html", "overview.md", "overview.txt", "overview.csv"])
def test_cli_writes_each_format(tmp_path: Path, exports: list[Path], name: str) -> None:
    done = _run(*[p.name for p in exports], "-o", name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / name).read_text(encoding="utf-8-sig")
    assert "เทศบาลตำบลตัวอย่าง" in text
    if name.endswith(".csv"):
        rows = list(csv.DictReader(io.StringIO(text)))
        assert [r["other_quarter"] for r in rows].count("yes") == 1
        assert rows[0]["done"] == "8" and rows[0]["applicable"] == "52"
        assert rows[0]["percent"] == "15"  # 15.38%: rounded down, as every report writes it
    if name.endswith(".html"):
        assert "<script" not in text


def test_hostile_organisation_is_data(tmp_path: Path) -> None:
    path = _export(tmp_path, "evil.json", organisation="<script>x</script>=cmd|' /C calc'!A0")
    done = _run(path.name, "-o", "o.html", cwd=tmp_path)
    assert done.returncode == 0
    page = (tmp_path / "o.html").read_text(encoding="utf-8")
    assert "<script>x" not in page
    _run(path.name, "-o", "o.csv", cwd=tmp_path)
    row = next(csv.DictReader(io.StringIO((tmp_path / "o.csv").read_text("utf-8-sig"))))
    assert not row["organisation"].startswith("=")
