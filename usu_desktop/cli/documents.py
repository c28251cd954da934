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
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from usu_desktop.cli.args import acting, group_main, open_db, wants_json
from usu_desktop.cli.output import EXIT_OK, emit, message, refuse
from usu_desktop.domain.errors import DomainError
from usu_desktop.printing.output import save_pdf
from usu_desktop.services.documents import DocumentService


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a date (use YYYY-MM-DD)") from None


def register(subparsers: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add `invoice-pdf` and `statement` to usu-admin."""
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
        parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    as_json, command = wants_json(args), str(args.command)
    try:
        db = open_db(args)
    except DomainError as err:
        return refuse(as_json, err, f"error: {message(err)}", command=command)
    try:
        docs = DocumentService(db, acting(args, db))
        if command == "invoice-pdf":
            data = docs.invoice_pdf(docs.invoice_id(args.number), current_state=args.current)
            subject = {"number": args.number.strip(), "current": bool(args.current)}
        else:
            data = docs.statement_pdf(docs.client_id(args.client), args.date_from, args.date_to)
            subject = {"client": args.client.strip(), "from": args.date_from.isoformat(),
                       "to": args.date_to.isoformat()}
        path = save_pdf(args.out, data)
    except DomainError as err:
        return refuse(as_json, err, f"error: {message(err)}", command=command)
    finally:
        db.close()
    emit(as_json, {"ok": True, "command": command, "path": str(path), "bytes": len(data), **subject},
         [f"written: {path} ({len(data)} bytes)"])
    return EXIT_OK


main = group_main(register)
