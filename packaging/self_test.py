#!/usr/bin/env python3
"""Run the three programs of a built folder (`./dev.sh build --self-test`): dist/usu-desktop by default.

  usu-desktop --self-test --lang ru     opens a new database and every page offscreen; the Russian
                                        catalog must load from the folder
  usu-admin init / demo / invoice-pdf   a database, a few issued invoices, one printed to PDF with
            / check                     the bundled fonts (the PDF must carry the number as text)
  usu-exchange --self-test              a server on a free loopback port answers one OSMP check

Each runs with a temporary HOME and working folder and a bare environment, so nothing outside the
folder (a venv, a checkout) can stand in for what the build left out. Exit 0 when all pass.
Usage: packaging/self_test.py [FOLDER]
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

TIMEOUT = 300  # seconds, for any one program run


class Failed(Exception):
    pass


def run(folder: Path, work: Path, program: str, *args: str) -> str:
    home = work / "home"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data"),
           "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run([str(folder / program), *args], cwd=work, env=env, capture_output=True,
                              text=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired as err:
        raise Failed(f"{program} {' '.join(args)}: no answer in {TIMEOUT} s") from err
    if done.returncode != 0:
        raise Failed(f"{program} {' '.join(args)} exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return done.stdout


def desktop(folder: Path, work: Path) -> str:
    db = str(work / "desktop.sqlite3")
    out = run(folder, work, "usu-desktop", "--self-test", "--db", db, "--lang", "ru")
    found = re.search(r"language ru \((.+?\.qm)\)", out)
    if not found or not Path(found.group(1)).resolve().is_relative_to(folder.resolve()):
        raise Failed(f"usu-desktop did not load the Russian catalog from {folder}:\n{out}")
    return out.strip()


def admin(folder: Path, work: Path) -> str:
    db = str(work / "admin.sqlite3")
    run(folder, work, "usu-admin", "--db", db, "init")
    run(folder, work, "usu-admin", "--db", db, "demo", "--clients", "3", "--invoices", "4")
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT number FROM invoices WHERE number IS NOT NULL").fetchone()
    if row is None:
        raise Failed("usu-admin demo issued no invoice")
    pdf = work / "invoice.pdf"
    run(folder, work, "usu-admin", "--db", db, "invoice-pdf", row[0], "--out", str(pdf))
    try:
        from pypdf import PdfReader
    except ImportError:  # run without the app's dependencies: the file must at least be a PDF
        if not pdf.read_bytes().startswith(b"%PDF-"):
            raise Failed(f"{pdf} is not a PDF") from None
    else:
        if row[0] not in PdfReader(pdf).pages[0].extract_text():
            raise Failed(f"{pdf} does not show the invoice number {row[0]} as text")
    checked = run(folder, work, "usu-admin", "--db", db, "check").strip()
    return f"usu-admin self-test ok: init, demo, invoice-pdf {row[0]} ({pdf.stat().st_size} bytes), {checked}"


def exchange(folder: Path, work: Path) -> str:
    return run(folder, work, "usu-exchange", "--self-test").strip()


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "dist/usu-desktop").resolve()
    missing = [p for p in ("usu-desktop", "usu-admin", "usu-exchange") if not (folder / p).is_file()]
    if missing:
        print(f"self-test: {folder} lacks {', '.join(missing)}", file=sys.stderr)
        return 1
    failed = 0
    for check in (desktop, admin, exchange):
        with tempfile.TemporaryDirectory(prefix=f"usu-{check.__name__}-self-test-") as tmp:
            work = Path(tmp)
            (work / "home").mkdir()
            try:
                print(check(folder, work), flush=True)
            except Failed as err:
                failed += 1
                print(f"self-test FAILED: {err}", file=sys.stderr, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
