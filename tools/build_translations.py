#!/usr/bin/env python3
"""Compile translations/*.ts into .qm next to them with pyside6-lrelease.

The .qm files are build output (git-ignored); the app also compiles a missing one
into its cache at start-up, so running this is optional for development.
Usage: tools/build_translations.py [--quiet]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from usu_desktop.ui.i18n import compile_ts, lrelease_command  # noqa: E402

TRANSLATIONS = ROOT / "translations"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if lrelease_command() is None:
        print("pyside6-lrelease not found (install PySide6 into this Python)", file=sys.stderr)
        return 1
    failed = 0
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if compile_ts(ts, qm):
            if not args.quiet:
                print(f"{ts.relative_to(ROOT)} -> {qm.relative_to(ROOT)}")
        else:
            failed += 1
            print(f"failed: {ts.relative_to(ROOT)}", file=sys.stderr)
    if not args.quiet:
        print(f"{len(sources) - failed} of {len(sources)} catalogs compiled")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
