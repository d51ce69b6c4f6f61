#!/usr/bin/env python3
"""Build what an office without a package registry carries in: ``python3 scripts/offline.py OUTDIR``.

Writes, from this checkout:

- ``OUTDIR/ita-tui.pyz``: one file that runs with any Python 3.11 or newer and nothing
  installed (``py ita-tui.pyz`` on Windows, ``python3 ita-tui.pyz`` elsewhere). It is a
  shiv zipapp: on its first start it unpacks itself into ``~/.shiv`` (``%USERPROFILE%\\.shiv``
  on Windows) so later starts read compiled files, as an installed copy does.
- ``OUTDIR/wheelhouse/``: ita-tui's wheel and every wheel it needs, for
  ``pip install --no-index --find-links wheelhouse ita-tui`` on Windows x64 and Linux with
  Python 3.11 to 3.13 (all of them are pure-Python wheels).
- ``OUTDIR/README-ติดตั้ง.txt``: how to install from them on a Windows PC, in Thai.

The machine that builds needs a package registry (pip's usual one, or ``PIP_INDEX_URL``);
the machines that install from OUTDIR need none.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
#: Where the wheelhouse must install: (pip platform tag, Python version).
TARGETS = [
    (platform, version)
    for platform in ("win_amd64", "manylinux2014_x86_64")
    for version in ("3.11", "3.12", "3.13")
]
#: The tool that makes the one-file bundle (a build-time tool only; never shipped).
SHIV = "shiv>=1.0.8,<2"
README_NAME = "README-ติดตั้ง.txt"

README_TH = """\
ita-tui {version} — ติดตั้งโดยไม่ต้องต่ออินเทอร์เน็ต
=================================================

ในโฟลเดอร์นี้มีสองทางให้เลือก ใช้ทางใดทางหนึ่ง

ทางที่ ๑ ไฟล์เดียว (ไม่ต้องติดตั้ง ita-tui)
-------------------------------------------
๑. ติดตั้ง Python ๓.๑๑ ขึ้นไปจาก python.org (ตัวติดตั้งสำหรับ Windows แบบ 64-bit)
   ในหน้าแรกของตัวติดตั้ง ให้ติ๊ก "Add python.exe to PATH" แล้วกด Install Now
๒. คัดลอกไฟล์ ita-tui.pyz ไปไว้ในโฟลเดอร์ที่ต้องการ เช่น เอกสารของฉัน
๓. เปิด Windows Terminal (แสดงสระและวรรณยุกต์ไทยได้ถูกต้อง) ไปที่โฟลเดอร์นั้น แล้วพิมพ์
       py ita-tui.pyz
   ครั้งแรกจะช้ากว่าปกติเล็กน้อย เพราะโปรแกรมแตกไฟล์ของตัวเองไว้ใน %USERPROFILE%\\.shiv
   คำสั่งอื่นใช้แบบเดียวกัน เช่น  py ita-tui.pyz status  หรือ  py ita-tui.pyz export -q 2 -o รายงาน.html

ทางที่ ๒ ติดตั้งจากโฟลเดอร์ wheelhouse
--------------------------------------
๑. ติดตั้ง Python ๓.๑๑ ขึ้นไปจาก python.org เช่นเดียวกับทางที่ ๑
๒. คัดลอกโฟลเดอร์ wheelhouse ไปไว้ในเครื่อง เปิด Windows Terminal ที่โฟลเดอร์ที่มี wheelhouse แล้วพิมพ์
       py -m pip install --no-index --find-links wheelhouse ita-tui
๓. เปิดโปรแกรมด้วย
       py -m ita_tui
   (ตัวติดตั้งของ python.org ไม่ได้ใส่โฟลเดอร์ Scripts ไว้ใน PATH คำสั่ง ita-tui เฉย ๆ จึงอาจหาไม่พบ
   ให้ใช้ py -m ita_tui แทนได้ทุกคำสั่ง เช่น  py -m ita_tui status)

ข้อมูลความก้าวหน้าเก็บไว้ที่ %LOCALAPPDATA%\\ita-tui ของผู้ใช้แต่ละคน
ดูวิธีใช้ทั้งหมดได้ด้วย  py -m ita_tui --help  หรือกด ? ในโปรแกรม
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/offline.py",
        description="Build ita-tui.pyz and a wheelhouse for offices without a package registry.",
    )
    parser.add_argument("outdir", type=Path, help="folder to write into (made if missing)")
    args = parser.parse_args(argv)
    outdir: Path = args.outdir.resolve()
    if outdir.exists() and not outdir.is_dir():
        parser.error(f"{outdir} exists and is not a folder")
    outdir.mkdir(parents=True, exist_ok=True)
    version = tomllib.loads((CHECKOUT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    with tempfile.TemporaryDirectory(prefix="ita-offline-") as tmp:
        build = Path(tmp)
        wheel = build_wheel(build / "own")
        wheelhouse = outdir / "wheelhouse"
        if wheelhouse.exists():
            shutil.rmtree(wheelhouse)
        wheelhouse.mkdir()
        shutil.copy2(wheel, wheelhouse / wheel.name)
        fill_wheelhouse(wheelhouse, wheel)
        build_pyz(build, wheelhouse, outdir / "ita-tui.pyz")
    (outdir / README_NAME).write_text(
        README_TH.format(version=version).replace("\n", "\r\n"), encoding="utf-8-sig"
    )
    wheels = sorted(p.name for p in wheelhouse.glob("*.whl"))
    print(f"{outdir / 'ita-tui.pyz'}: {(outdir / 'ita-tui.pyz').stat().st_size / 1e6:.1f} MB")
    print(f"{wheelhouse}: {len(wheels)} wheels")
    for name in wheels:
        print(f"  {name}")
    print(outdir / README_NAME)
    return 0


def pip(*args: str | os.PathLike[str], env: dict[str, str] | None = None) -> None:
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *map(str, args)]
    subprocess.run(command, check=True, env=env)


def build_wheel(folder: Path) -> Path:
    """ita-tui's own wheel, built from the checkout."""
    pip("wheel", "--quiet", "--no-deps", "--wheel-dir", folder, CHECKOUT)
    (wheel,) = folder.glob("ita_tui-*.whl")
    return wheel


def fill_wheelhouse(wheelhouse: Path, wheel: Path) -> None:
    """Every wheel ita-tui needs, for each target platform and Python (binary wheels only)."""
    for platform, version in TARGETS:
        pip(
            "download",
            "--quiet",
            "--only-binary=:all:",
            "--platform",
            platform,
            "--python-version",
            version,
            "--implementation",
            "cp",
            "--dest",
            wheelhouse,
            wheel,
        )


def build_pyz(build: Path, wheelhouse: Path, target: Path) -> None:
    """The one-file bundle, made by shiv from the wheelhouse alone (no registry)."""
    tools = build / "tools"
    pip("install", "--quiet", "--target", tools, SHIV)
    env = dict(os.environ, PYTHONPATH=str(tools))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "shiv",
            "--console-script",
            "ita-tui",
            "--output-file",
            str(target),
            "--python",
            "/usr/bin/env python3",
            "--reproducible",
            "--compressed",
            "--no-index",
            "--find-links",
            str(wheelhouse),
            "ita-tui",
        ],
        check=True,
        env=env,
    )


if __name__ == "__main__":
    raise SystemExit(main())
