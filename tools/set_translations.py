#!/usr/bin/env python3
"""Fill in translations for new strings without hand-editing six .ts files.

Input is a JSON file (or - for stdin) shaped like
  [{"context": "MainWindow", "source": "{title} ({count})",
    "en": "{title} ({count})", "ru": "...", "az": "...", "el": "...", "is": "...", "fa": "..."}]
Each message is updated in place (translation text set, "unfinished" removed); a message
lupdate has not added yet is appended to its context. Run `check_translations.py --update`
first, and the check afterwards; lupdate rewrites the files in its layout at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("en", "ru", "az", "el", "is", "fa")


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.findall("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def apply(entries: list[dict[str, str]], lang: str) -> int:
    path = TRANSLATIONS / f"usu_desktop_{lang}.ts"
    tree = ET.parse(path)
    root = tree.getroot()
    changed = 0
    for entry in entries:
        if lang not in entry:
            continue
        ctx = _context(root, entry["context"])
        message = next((m for m in ctx.findall("message") if m.findtext("source") == entry["source"]), None)
        if message is None:
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = entry["source"]
            ET.SubElement(message, "translation")
        translation = message.find("translation")
        assert translation is not None
        translation.text = entry[lang]
        translation.attrib.pop("type", None)
        changed += 1
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", help="JSON list of entries, or - for standard input")
    args = parser.parse_args(argv)
    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    entries = json.loads(text)
    for lang in LANGUAGES:
        print(f"{lang}: {apply(entries, lang)} set")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from check_translations import update  # lupdate writes the files back in its own layout

    update()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
