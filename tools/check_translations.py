#!/usr/bin/env python3
"""Check that every UI string is translated in every language; optionally merge new ones.

Runs pyside6-lupdate over usu_desktop/ into a temporary .ts and compares it with each
committed translations/usu_desktop_<lang>.ts. Fails (exit 1, listing them) when a
source string is missing from a catalog, is empty/unfinished there, or its
translation lost or invented a {placeholder}.

  tools/check_translations.py            check only (CI)
  tools/check_translations.py --update   merge new strings into every .ts (as unfinished,
                                         for translators to fill in), drop vanished ones,
                                         then check
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "usu_desktop"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("en", "ru", "az", "el", "is", "fa")
CATALOG = "usu_desktop"

Key = tuple[str, str]  # (context, source)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def lupdate_command() -> str:
    here = Path(sys.executable).parent
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        if (here / name).exists():
            return str(here / name)
    found = shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found (install PySide6 into this Python)")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(targets: list[Path], extra: tuple[str, ...] = ()) -> None:
    # Pass the file list through a response-free loop: lupdate takes files before -ts.
    cmd = [lupdate_command(), *sources(), *extra, "-ts", *map(str, targets)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed:\n{done.stdout}\n{done.stderr}")


def messages(ts: Path) -> dict[Key, tuple[str, str]]:
    """(context, source) -> (translation text, translation type) for live messages."""
    result: dict[Key, tuple[str, str]] = {}
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            kind = tr.get("type", "") if tr is not None else "missing"
            if kind in ("obsolete", "vanished"):
                continue
            text = "".join(tr.itertext()) if tr is not None else ""
            result[(name, source)] = (text, kind)
    return result


def found_strings() -> set[Key]:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "found.ts"
        run_lupdate([target])
        return set(messages(target))


def check(found: set[Key]) -> list[str]:
    problems = []
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"{CATALOG}_{lang}.ts"
        if not ts.exists():
            problems.append(f"{ts.relative_to(ROOT)}: missing file")
            continue
        have = messages(ts)
        for key in sorted(found):
            if key not in have:
                problems.append(f"{lang}: missing   [{key[0]}] {key[1]!r}")
                continue
            text, kind = have[key]
            if kind == "unfinished" or not text.strip():
                problems.append(f"{lang}: unfinished [{key[0]}] {key[1]!r}")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(key[1])):
                problems.append(f"{lang}: placeholders differ [{key[0]}] {key[1]!r} -> {text!r}")
    return problems


def update() -> None:
    TRANSLATIONS.mkdir(exist_ok=True)
    targets = [TRANSLATIONS / f"{CATALOG}_{lang}.ts" for lang in LANGUAGES]
    for lang, ts in zip(LANGUAGES, targets, strict=True):
        if not ts.exists():
            ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          f'<TS version="2.1" language="{lang}" sourcelanguage="en"></TS>\n',
                          encoding="utf-8")
    run_lupdate(targets, ("-no-obsolete", "-locations", "none"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check (or --update) the .ts catalogs.")
    parser.add_argument("--update", action="store_true", help="merge new strings into every .ts first")
    args = parser.parse_args(argv)
    if args.update:
        update()
    found = found_strings()
    problems = check(found)
    if problems:
        print(f"{len(problems)} translation problem(s) over {len(found)} strings:")
        for line in problems:
            print("  " + line)
        print("Run tools/check_translations.py --update, then translate the unfinished entries.")
        return 1
    print(f"translations ok: {len(found)} strings in {len(LANGUAGES)} languages")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into head
        sys.exit(1)
