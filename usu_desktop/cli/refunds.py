"""`usu-admin refund | refunds`: pay a patient's credit back, and a day's bank transfers for the bank.

    usu-admin refund CLIENT AMOUNT [--method cash|transfer] [--iban IBAN] [--bic BIC] [--payee NAME]
                     [--text TEXT] [--on YYYY-MM-DD]
    usu-admin refunds [--day YYYY-MM-DD] [--format list|csv|pain001] [--out PATH]

CLIENT is a client number (or database id); AMOUNT is in the clinic's currency. `refunds` lists the
day's refunds, or writes its bank-transfer refunds as CSV or as a SEPA pain.001 file (to PATH, whole
or not at all, or to standard output). Exit codes: 0 done, 2 refused (e.g. more than the credit).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from usu_desktop.cli.args import acting, group_main, open_db, wants_json
from usu_desktop.cli.output import EXIT_OK, emit
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.printing.output import AtomicFile
from usu_desktop.services.links import find_client
from usu_desktop.services.refunds import RefundService
from usu_desktop.services.settings import SettingsService


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError("bad_arguments", detail=f"not a date (YYYY-MM-DD): {text}") from None


def register(subparsers: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the refund commands to usu-admin."""
    r = subparsers.add_parser("refund", parents=list(parents), help="pay a patient's credit back")
    r.add_argument("client")
    r.add_argument("amount")
    r.add_argument("--method", choices=("cash", "transfer"), default="cash")
    r.add_argument("--iban", default="")
    r.add_argument("--bic", default="")
    r.add_argument("--payee", default="")
    r.add_argument("--text", default="")
    r.add_argument("--on", type=_day, default=None)
    r.set_defaults(func=make_refund)
    x = subparsers.add_parser("refunds", parents=list(parents),
                              help="a day's refunds; its transfers for the bank")
    x.add_argument("--day", type=_day, default=None)
    x.add_argument("--format", choices=("list", "csv", "pain001"), default="list")
    x.add_argument("--out", default="")
    x.set_defaults(func=day_refunds)


def make_refund(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        client_id = find_client(db, args.client)
        currency = SettingsService(db).load().currency
        try:
            amount = Money(Decimal(args.amount.strip()), currency)
        except (InvalidOperation, ValueError):
            raise DomainError("invalid_amount", value=args.amount) from None
        done = RefundService(db, acting(args, db)).refund(
            client_id, amount, args.method, payee_name=args.payee, iban=args.iban, bic=args.bic,
            text=args.text, on=args.on)
    emit(wants_json(args), {"ok": True, "command": "refund", "refund_id": done.id,
                            "client_id": done.client_id, "amount": str(done.amount.amount),
                            "currency": done.amount.currency,
                            "method": done.method, "credit_left": str(done.credit_left.amount)
                            if done.credit_left is not None else None},
         [f"refund {done.id}: {done.amount.format()} {done.method} to {done.payee_name or done.client_number}"
          + (f" (credit left {done.credit_left.format()})" if done.credit_left is not None else "")])
    return EXIT_OK


def day_refunds(args: argparse.Namespace) -> int:
    day = args.day or date.today()
    with open_db(args) as db:
        service = RefundService(db, acting(args, db))
        if args.format == "list":
            rows = service.refunds(day=day)
            emit(wants_json(args), {"ok": True, "command": "refunds", "day": day.isoformat(), "refunds": [
                {"refund_id": r.id, "client_number": r.client_number, "amount": str(r.amount.amount),
                 "currency": r.amount.currency, "method": r.method, "payee": r.payee_name, "iban": r.iban}
                for r in rows]},
                [f"{r.id} {r.client_number} {r.amount.format()} {r.method} {r.payee_name} {r.iban}".rstrip()
                 for r in rows] or [f"no refunds on {day.isoformat()}"])
            return EXIT_OK
        data = service.transfers_csv(day) if args.format == "csv" else service.transfers_pain001(day)
    if not args.out:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    with AtomicFile(args.out) as out:
        out.write(data)
        out.commit()
    emit(wants_json(args), {"ok": True, "command": "refunds", "day": day.isoformat(), "format": args.format,
                            "out": args.out}, [f"refunds of {day.isoformat()} ({args.format}) -> {args.out}"])
    return EXIT_OK


main = group_main(register)
