"""`usu-admin report`: the owner's and the accountant's figures for scripts (cron, a spreadsheet import).

    usu-admin report day-end|vat|revenue|payments|ageing|waiting [--from DATE] [--to DATE] [--as-of DATE]
                     [--tz ZONE] [--format json|csv] [--delimiter ;] [--encoding cp1251] [--out FILE]

Dates are the clinic's local dates (default: today) in --tz (default: this computer's zone). CSV has one
header row of column codes; amounts are plain numbers with their currency in the next column. --out is
written whole or not at all (a temp file beside it, then renamed).
Exit codes: 0 written; 2 refused (bad period or zone, database unusable, the file cannot be written).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from usu_desktop.cli.args import acting, group_main, open_db, wants_json
from usu_desktop.cli.output import EXIT_OK, EXIT_REFUSED, emit, message, refuse
from usu_desktop.domain.errors import DomainError
from usu_desktop.printing.output import AtomicFile
from usu_desktop.services import report_tables as tables
from usu_desktop.services.links import local_time_zone
from usu_desktop.services.reports import Period, ReportService

KINDS: dict[str, Callable[[ReportService, argparse.Namespace], tables.Table]] = {
    "day-end": lambda s, a: tables.day_end_table(s.day_end(_period(a))),
    "vat": lambda s, a: tables.vat_table(s.vat_summary(_period(a))),
    "revenue": lambda s, a: tables.revenue_table(s.revenue(_period(a))),
    "payments": lambda s, a: tables.payments_table(s.payments_by_day(_period(a))),
    "ageing": lambda s, a: tables.ageing_table(s.ageing(_day(a.as_of or a.to), a.tz)),
    "waiting": lambda s, a: tables.waiting_table(s.waiting()),
}


def register(subparsers: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add `report` to usu-admin."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "report", parents=list(parents), help="day end, VAT, revenue, payments, ageing, waiting money",
        description="Print or write one report for a period of the clinic's local dates.")
    parser.add_argument("kind", choices=sorted(KINDS))
    parser.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD (default: today)")
    parser.add_argument("--to", help="last day, YYYY-MM-DD (default: the first day)")
    parser.add_argument("--as-of", dest="as_of", help="ageing: the day to age at (default: --to or today)")
    parser.add_argument("--tz", default=None, help="the clinic's IANA time zone (default: this computer's)")
    parser.add_argument("--format", choices=("json", "csv"), default=None, help="json (with --json) or csv")
    parser.add_argument("--delimiter", default=",", help="CSV column separator (default ,)")
    parser.add_argument("--encoding", default="utf-8", help="CSV text encoding (default utf-8, e.g. cp1251)")
    parser.add_argument("--out", help="write to this file instead of printing")
    parser.set_defaults(func=run)


def _day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError("bad_date", value=text) from None


def _period(args: argparse.Namespace) -> Period:
    first = _day(args.date_from)
    return Period(first, _day(args.to) if args.to else first, args.tz)


def render_csv(table: tables.Table, delimiter: str = ",") -> str:
    if len(delimiter) != 1 or delimiter in "\"\r\n":
        raise DomainError("registry_bad_delimiter", delimiter=delimiter)
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(table.columns)
    writer.writerows(table.rows)
    return buf.getvalue()


def run(args: argparse.Namespace) -> int:
    as_json = wants_json(args)
    fmt = args.format or ("json" if as_json or not args.out else "csv")
    if args.tz is None:
        args.tz = local_time_zone()
    try:
        db = open_db(args)
        try:
            table = KINDS[args.kind](ReportService(db, acting(args, db)), args)
        finally:
            db.close()
        if fmt == "csv":
            text = render_csv(table, args.delimiter)
            try:
                data = text.encode(args.encoding)
            except LookupError:
                raise DomainError("registry_unknown_encoding", encoding=args.encoding) from None
            except UnicodeEncodeError as exc:
                raise DomainError("report_unencodable", encoding=args.encoding,
                                  text=exc.object[exc.start:exc.end]) from None
        else:
            text = json.dumps(table.to_json(), ensure_ascii=False)
            data = (text + "\n").encode("utf-8")
        if args.out:
            with AtomicFile(args.out) as out:  # whole or not at all, as every export writes
                out.write(data)
                out.commit()
            emit(as_json, {"ok": True, "command": "report", "report": args.kind, "out": args.out,
                           "rows": len(table.rows)},
                 [f"report {args.kind}: {len(table.rows)} rows -> {args.out}"])
        else:
            print(text, end="" if fmt == "csv" else "\n")
    except DomainError as err:
        return refuse(as_json, err, f"report refused: {message(err, why=True)}", command="report",
                      exit_code=EXIT_REFUSED)
    return EXIT_OK


main = group_main(register)
