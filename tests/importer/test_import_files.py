"""Files (ita_tui.importer.files): decoding, writing atomically, refusing, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from importer_helpers import SEED, bundled, shape

from ita_tui.importer import NothingUsableError, ReportImportError, import_report
from ita_tui.plan import load_plan
from ita_tui.plan.ids import base_plan_id


@pytest.mark.parametrize(
    ("prefix", "newline", "encoding"),
    [
        (b"\xef\xbb\xbf", "\r\n", "utf-8"),  # Notepad: BOM + Windows line endings
        (b"", "\r", "utf-8"),  # old Mac line endings
        (b"", "\r\n", "utf-16"),  # a spreadsheet's "Unicode text" (UTF-16 with BOM)
    ],
)
def test_bom_and_line_endings(tmp_path: Path, prefix: bytes, newline: str, encoding: str) -> None:
    text = SEED.read_text(encoding="utf-8").replace("\n", newline)
    src = tmp_path / "report.txt"
    src.write_bytes(prefix + text.encode(encoding))
    result = import_report(src, tmp_path / "plan.toml")
    assert shape(result.plan) == shape(bundled())
    assert result.plan["title"].startswith("รายงานผล")  # no BOM glued to the title


def test_import_writes_a_plan_that_loads(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "measures.toml"
    result = import_report(SEED, out, plan_id="saikhao-2568")
    loaded = load_plan(out)
    assert loaded.plan.counts.outcomes == 53
    assert result.source == "saikhao_report.txt"
    assert out.read_text(encoding="utf-8").startswith(
        "# Plan imported by `ita-tui import` from saikhao_report.txt"
    )
    assert [p.name for p in out.parent.iterdir()] == ["measures.toml"]  # no temp files left


def test_import_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "measures.toml"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(ReportImportError, match="already exists: use --force"):
        import_report(SEED, out)
    assert out.read_text(encoding="utf-8") == "keep me"
    result = import_report(SEED, out, force=True)
    assert load_plan(out).plan.counts.activities == 10
    assert result.counts() == {"issues": 7, "activities": 10, "steps": 59, "outcomes": 53}
    assert result.plan["id"] == base_plan_id("เทศบาลตำบลทรายขาว", 2568)
    assert len(result.warnings) == 1
    with pytest.raises(ReportImportError, match="is a folder"):
        import_report(SEED, tmp_path, force=True)


def test_import_nothing_usable(tmp_path: Path) -> None:
    src = tmp_path / "notes.txt"
    src.write_text("บันทึกการประชุม\nไม่มีตาราง\n\nประเด็นที่ 1 หัวข้อ\nข้อความ", encoding="utf-8")
    out = tmp_path / "plan.toml"
    with pytest.raises(NothingUsableError, match="no measures found") as caught:
        import_report(src, out)
    assert not out.exists()
    assert any("line 5" in w for w in caught.value.warnings)


def test_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    src = tmp_path / "report.txt"
    src.write_bytes(SEED.read_text(encoding="utf-8").encode("cp874"))
    with pytest.raises(ReportImportError, match=r"not UTF-8 text .*Notepad.*CSV UTF-8") as caught:
        import_report(src, tmp_path / "plan.toml")
    assert str(src) in caught.value.message
    with pytest.raises(ReportImportError, match="no such file"):
        import_report(tmp_path / "missing.txt", tmp_path / "plan.toml")


def test_thai_in_windows_874_gets_advice_a_windows_user_can_follow(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ita_tui import cli

    src = tmp_path / "report.txt"
    src.write_bytes(SEED.read_text(encoding="utf-8").encode("cp874"))
    assert cli.main(["import", str(src), "-o", str(tmp_path / "plan.toml")]) == 2
    said = capsys.readouterr().err
    assert "Notepad" in said and '"CSV UTF-8"' in said and "Excel" in said
    assert "iconv" not in said  # no tool a Windows PC lacks
    assert "ไม่ใช่ข้อความ UTF-8" in said
