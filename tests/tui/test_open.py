"""Opening the app from the command line: a bad plan never opens a broken screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from ita_tui import cli
from ita_tui.tui import app as app_module


def test_a_bad_plan_exits_with_the_validate_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('format = 1\nid = "x"\ntitle = "t"\nfiscal_year = "soon"\n', encoding="utf-8")

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the app must not open on a bad plan")

    monkeypatch.setattr(app_module.ItaApp, "run", never)
    assert cli.main(["validate", str(bad)]) == 2
    validate_message = capsys.readouterr().err
    assert cli.main([str(bad)]) == 2
    assert capsys.readouterr().err == validate_message
    assert "fiscal_year" in validate_message


def test_the_app_opens_with_the_settings_of_the_command_line(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    seen: dict[str, object] = {}

    def run(self: app_module.ItaApp) -> None:
        seen.update(lang=self.view.lang, digits=self.view.digits, data_dir=self.data_dir)

    monkeypatch.setattr(app_module.ItaApp, "run", run)
    assert cli.main(["--lang", "en", "--digits", "arabic"]) == 0
    assert seen == {"lang": "en", "digits": "arabic", "data_dir": data_dir}
