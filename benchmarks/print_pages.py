"""How many A4 pages the printed reports take (issue 18: at most 12 for the bundled plan).

    python benchmarks/print_pages.py [-o FOLDER] [--png]

Writes the Word file and the HTML page of the bundled plan's Q2 and Q4 reports and of a
generated 1,000-outcome plan (every third outcome done with its evidence, as an office
part-way through its year), converts them to PDF with LibreOffice (``soffice``) and
headless Chromium, and prints each one's page count beside the floor. With ``--png`` it
also renders each page at 50 dpi (``pdftoppm``) to look at. A tool that is missing is
said and skipped. Nothing here is timed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ita_tui.model import OutcomeProgress, Plan, Status
from ita_tui.plan import load_plan, parse_plan
from ita_tui.report import export_bytes

sys.path.insert(0, str(Path(__file__).parent))
from make_plan import make_plan_text

FLOOR = 12  # pages, for the bundled plan's reports
TODAY = dt.date(2025, 10, 15)


def progress(plan: Plan) -> dict[str, OutcomeProgress]:
    """Every third outcome done in its activity's first quarter, with one evidence link."""
    records = {}
    for n, outcome in enumerate(plan.outcomes()):
        if n % 3 == 0:
            activity = plan.activity_of(outcome.id)
            month = {1: 11, 2: 2, 3: 5, 4: 8}[activity.quarters[0]] if activity else 11
            year = 2024 if month > 9 else 2025
            records[outcome.id] = OutcomeProgress(
                Status.DONE,
                dt.date(year, month, 15),
                (f"https://www.saikhao.go.th/ita/{outcome.id}",),
            )
        elif n % 7 == 0:
            records[outcome.id] = OutcomeProgress(Status.IN_PROGRESS)
    return records


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def to_pdf_libreoffice(source: Path, folder: Path) -> Path | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    profile = folder / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return source.with_suffix(".pdf")


def to_pdf_chromium(source: Path, folder: Path) -> Path | None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return None
    target = folder / (source.stem + ".html.pdf")
    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-pdf-header-footer",
            f"--print-to-pdf={target}",
            source.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, help="keep the files here")
    parser.add_argument("--png", action="store_true", help="render the pages at 50 dpi")
    args = parser.parse_args(argv)
    folder = args.output or Path(tempfile.mkdtemp(prefix="ita-print-"))
    folder.mkdir(parents=True, exist_ok=True)
    bundled = load_plan().plan
    big = parse_plan(make_plan_text(1000).encode("utf-8")).plan
    cases = [("bundled-q2", bundled, 2), ("bundled-q4", bundled, 4), ("generated-1000-q4", big, 4)]
    print(f"{'report':24} {'format':6} {'pages':>5}  floor")
    for name, plan, quarter in cases:
        records = progress(plan)
        for fmt, convert in (("docx", to_pdf_libreoffice), ("html", to_pdf_chromium)):
            source = folder / f"{name}.{fmt}"
            data = b"".join(export_bytes(plan, records, [], quarter=quarter, fmt=fmt, today=TODAY))
            source.write_bytes(data)
            pdf = convert(source, folder)
            if pdf is None:
                print(f"{name:24} {fmt:6} {'-':>5}  (no converter installed)")
                continue
            floor = f"<= {FLOOR}" if name.startswith("bundled") else ""
            print(f"{name:24} {fmt:6} {pages(pdf):5d}  {floor}")
            if args.png and shutil.which("pdftoppm"):
                subprocess.run(
                    ["pdftoppm", "-r", "50", "-png", str(pdf), str(folder / f"{name}-{fmt}")],
                    check=True,
                    timeout=600,
                )
    print(f"files in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
