"""`usu-admin import-statement` and `usu-admin export-charges`: statement files in, charge registry out.

    usu-admin import-statement FILE... [--db PATH|URL] [--json]
    usu-admin export-charges --format csv|xml --out FILE [--delimiter ;] [--encoding cp1251] [--no-header]
                             [--period YYYY-MM] [--db PATH|URL] [--json]

import-statement prints per file the statement (id, account, currency, balances, issues) and a line per
entry: external id, amount, currency, direction, status (booked, unmatched, reversed, duplicate, ignored,
error), the invoices it went to and why. `--json` prints one JSON object per file (one line each).
Exit codes: 0 done (entries may still be unmatched or in error: see the output); 1 a file failed entirely
(unreadable, not a statement, wrong currency) or the registry was refused; 2 the database is unusable.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from usu_desktop.bank.statement import ImportIssue
from usu_desktop.cli.args import acting, group_main, open_db, wants_json
from usu_desktop.cli.output import EXIT_FAILED, EXIT_OK, EXIT_REFUSED, emit, refuse, summary
from usu_desktop.domain.errors import DomainError
from usu_desktop.services.registry_export import ENCODINGS, FORMATS, RegistryExportService
from usu_desktop.services.statements import EntryResult, FileResult, StatementImportService
from usu_desktop.storage.db import Database


def register(subparsers: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add `import-statement` and `export-charges` to usu-admin."""
    imp = subparsers.add_parser("import-statement", parents=list(parents),
                                help="book camt.053/054 or MT940 statement files",
                                description="Import bank statement files: match and book every credit.")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    exp = subparsers.add_parser("export-charges", parents=list(parents),
                                help="write the open-charge registry (CSV or XML)",
                                description="Write the registry of open charges for the bank.")
    exp.add_argument("--format", choices=FORMATS, default="csv")
    exp.add_argument("--out", type=Path, required=True, help="file to write (replaced atomically)")
    exp.add_argument("--delimiter", default=";", help="CSV field delimiter (default ;)")
    exp.add_argument("--encoding", default="utf-8", help=f"CSV encoding, e.g. {', '.join(ENCODINGS)}")
    exp.add_argument("--no-header", action="store_true", help="CSV without the header line")
    exp.add_argument("--period", help="period written on every line (default: this month, YYYY-MM)")
    for parser in (imp, exp):
        parser.set_defaults(func=run)


def _params(err: DomainError) -> str:
    return summary(err, {k: v for k, v in err.params.items() if v is not None})


def _refuse(as_json: bool, command: str, err: DomainError, line: str, exit_code: int) -> int:
    """Params as text in JSON: a statement error's params may hold dates and amounts."""
    return refuse(as_json, err, line, command=command, params={k: str(v) for k, v in err.params.items()},
                  exit_code=exit_code)


def _money(x: Any) -> str:
    return "-" if x is None else f"{x.amount} {x.currency}"


def entry_line(e: EntryResult) -> str:
    """One entry for people: '#3 B-5#1 40.00 EUR credit booked -> INV-2026-000003 (rf_invoice)'."""
    amount = f"{e.amount.amount} {e.currency}" if e.amount is not None else "-"
    what = f"#{e.index} {e.external_id or '-'} {amount} {e.direction or '-'} {e.status}"
    if e.allocated:
        what += " -> " + ", ".join(f"{a.invoice_number} {a.amount.amount}" for a in e.allocated)
    if e.credit is not None and e.credit.is_positive():
        what += f" + credit {e.credit.amount}"
    why = e.why + (f", field {e.field}" if e.field else "")
    if e.suggestions:
        s = e.suggestions[0]
        why += f"; suggested: {s.client_name}" + (f" {s.invoice_number}" if s.invoice_number else "")
    if "original" in e.params:
        why += f"; undoes {e.params['original']}"
    return f"  {what} ({why})"


def file_lines(r: FileResult) -> list[str]:
    if r.error is not None:
        return [f"{r.file}: FAILED {_params(r.error)}"]
    counts = ", ".join(f"{n} {k}" for k, n in r.counts().items() if n)
    out = [f"{r.file}: {r.format} statement {r.statement_id or '-'}, account {r.account or '-'}, "
           f"{r.currency}, opening {_money(r.opening_balance)}, closing {_money(r.closing_balance)}: "
           f"{counts or 'no entries'}"]
    if r.seen_before is not None:
        out.append(f"  already imported on {r.seen_before:%Y-%m-%d %H:%M}: nothing new booked"
                   if not r.booked_anything else f"  imported before on {r.seen_before:%Y-%m-%d %H:%M}")
    out += [_issue_line(i) for i in r.issues]
    out += [entry_line(e) for e in r.entries]
    return out


def _issue_line(i: ImportIssue) -> str:
    where = (f" entry {i.entry_index}" if i.entry_index is not None else "") + \
        (f" field {i.field}" if i.field else "")
    return f"  issue: {i.severity} {i.code}{where}" + (f" ({i.detail})" if i.detail else "")


def run(args: argparse.Namespace) -> int:
    as_json = wants_json(args)
    try:
        db = open_db(args)
    except DomainError as err:
        return _refuse(as_json, args.command, err, f"error: {_params(err)}", EXIT_REFUSED)
    try:
        if args.command == "export-charges":
            return _export(db, args, as_json)
        return _import(db, args, as_json)
    finally:
        db.close()


def _import(db: Database, args: argparse.Namespace, as_json: bool) -> int:
    service = StatementImportService(db, acting(args, db))
    failed = False
    for path in args.files:
        result = service.import_file(path)
        failed |= result.failed
        emit(as_json, {"ok": not result.failed, "command": "import-statement", **result.to_json()},
             file_lines(result), error=result.failed)
    return EXIT_FAILED if failed else EXIT_OK


def _export(db: Database, args: argparse.Namespace, as_json: bool) -> int:
    try:
        done = RegistryExportService(db, acting(args, db)).export(
            args.out, args.format, delimiter=args.delimiter, encoding=args.encoding,
            header=not args.no_header, period=args.period)
    except DomainError as err:
        return _refuse(as_json, "export-charges", err, f"export refused: {_params(err)}", EXIT_FAILED)
    emit(as_json, {"ok": True, "command": "export-charges", "path": str(done.path), "format": done.format,
                   "count": done.count, "control_sum": str(done.control_sum.amount),
                   "currency": done.control_sum.currency},
         [f"wrote {done.count} charges, control sum {done.control_sum.amount} {done.control_sum.currency}"
          f" -> {done.path}"])
    return EXIT_OK


main = group_main(register)
