"""`usu-admin invoice-pdf` and `usu-admin statement`: printed documents from a script.

    usu-admin invoice-pdf NUMBER --out FILE [--current] [--db PATH|URL] [--json]
    usu-admin statement CLIENT_NUMBER --from YYYY-MM-DD --to YYYY-MM-DD --out FILE [--db ...] [--json]

`invoice-pdf` writes the frozen original (byte-identical to the one issued); `--current`
writes a reprint of today's state with its paid/cancelled stamp. Files are written
atomically. Exit codes: 0 written; 2 refused (unknown number, unwritable --out, unusable
database, bad arguments) with one line on stderr, or a JSON object with --json.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from usu_desktop.domain.errors import DomainError
from usu_desktop.printing.output import save_pdf
from usu_desktop.services.documents import DocumentService
from usu_desktop.storage.db import Database, default_path

EXIT_OK, EXIT_REFUSED = 0, 2

MESSAGES = {
    "invoice_number_unknown": "no invoice with number {number}",
    "invoice_not_issued": "the invoice is a draft and has no printed form yet",
    "client_number_unknown": "no client with number {client_number}",
    "output_not_writable": "cannot write {path}: {reason}",
    "statement_bad_period": "--from must not be after --to",
    "bad_date": "{value} is not a date (use YYYY-MM-DD)",
    "db_locked": "the database is locked by another program: {path}",
    "db_read_only": "the database file or its folder is read-only: {path}",
    "db_too_new": "the database was made by a newer version of USU Desktop: {path}",
    "db_corrupt": "the file is not a readable USU database: {path}",
    "db_not_usu": "the file is an SQLite database of another program: {path}",
    "db_unreachable": "the database server cannot be reached: {path}",
}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a date (use YYYY-MM-DD)") from None


def add_parser(subparsers: Any, parents: Sequence[argparse.ArgumentParser] = ()) -> None:
    """Add `invoice-pdf` and `statement` to usu-admin; `parents` may bring the shared --db/--json."""
    inv = subparsers.add_parser("invoice-pdf", parents=list(parents), help="write an invoice as PDF",
                                description="Write the issued original of an invoice (or, with --current, "
                                            "a reprint of its current state) to a PDF file.")
    inv.add_argument("number", help="invoice number, e.g. INV-2026-000123")
    inv.add_argument("--out", required=True, type=Path, help="PDF file to write")
    inv.add_argument("--current", action="store_true", help="reprint the current state with its stamp")
    st = subparsers.add_parser("statement", parents=list(parents), help="write a client statement as PDF",
                               description="Write a client's statement of account for a period.")
    st.add_argument("client", help="client number")
    st.add_argument("--from", dest="date_from", required=True, type=_day, help="first day, YYYY-MM-DD")
    st.add_argument("--to", dest="date_to", required=True, type=_day, help="last day, YYYY-MM-DD")
    st.add_argument("--out", required=True, type=Path, help="PDF file to write")
    for parser in (inv, st):
        if not parents:
            parser.add_argument("--db", default=argparse.SUPPRESS,
                                help=f"database (default: {default_path()})")
            parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                                help="machine-readable output")
        parser.set_defaults(func=run)


def _message(err: DomainError) -> str:
    template = MESSAGES.get(err.code)
    if template is None:
        detail = ", ".join(f"{k}={v}" for k, v in err.params.items())
        return err.code.replace("_", " ") + (f" ({detail})" if detail else "")
    try:
        return template.format(**err.params)
    except (KeyError, IndexError):
        return template


def _print(as_json: bool, data: dict[str, Any], line: str, *, error: bool = False) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False, default=str))
    else:
        print(line, file=sys.stderr if error else sys.stdout)


def run(args: argparse.Namespace) -> int:
    as_json = bool(getattr(args, "json", False))
    command = str(args.command)
    try:
        db = Database.open(str(getattr(args, "db", None) or default_path()))
    except DomainError as err:
        _print(as_json, {"ok": False, "command": command, "error": err.code, "params": dict(err.params)},
               f"error: {_message(err)}", error=True)
        return EXIT_REFUSED
    try:
        docs = DocumentService(db, "usu-admin")
        if command == "invoice-pdf":
            data = docs.invoice_pdf(docs.invoice_id(args.number), current_state=args.current)
            subject = {"number": args.number.strip(), "current": bool(args.current)}
        else:
            data = docs.statement_pdf(docs.client_id(args.client), args.date_from, args.date_to)
            subject = {"client": args.client.strip(), "from": args.date_from.isoformat(),
                       "to": args.date_to.isoformat()}
        path = save_pdf(args.out, data)
    except DomainError as err:
        _print(as_json, {"ok": False, "command": command, "error": err.code, "params": dict(err.params)},
               f"error: {_message(err)}", error=True)
        return EXIT_REFUSED
    finally:
        db.close()
    _print(as_json, {"ok": True, "command": command, "path": str(path), "bytes": len(data), **subject},
           f"written: {path} ({len(data)} bytes)")
    return EXIT_OK


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_REFUSED)


def main(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry (`python -m usu_desktop.cli.documents`) until usu-admin wires these in."""
    parser = _Parser(prog="usu-admin")
    add_parser(parser.add_subparsers(dest="command", required=True, parser_class=_Parser))
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
