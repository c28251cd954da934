"""`usu-admin link ...` and `usu-admin remind`: payment links and reminders from a script.

    usu-admin link create (--invoice N | --client C) [--amount X] --expires DATE [--send email|sms]
    usu-admin link create --free [--client C] [--min X] [--max X] --expires DATE
    usu-admin link cancel ID | link list [--client C] | link refresh
    usu-admin remind --overdue-days D [--interval DAYS] [--channel auto|email|sms] [--no-link] [--dry-run]
All take --db and --json. --invoice takes the invoice number (or its id); --client the client number
(or id). --expires takes a date (end of that day, local time) or an ISO date-time.
Exit codes: 0 done; 1 the exchange or a mail/SMS server failed (try again later); 2 refused
(bad arguments, nothing owed, not configured).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from usu_desktop.bank.errors import BankError
from usu_desktop.cli.args import acting, group_main, open_db, wants_json
from usu_desktop.cli.output import EXIT_FAILED, EXIT_OK, EXIT_REFUSED, emit, refuse, summary
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.services.links import LinkService, LinkView, find_client, find_invoice
from usu_desktop.services.reminders import DebtorFilter, ReminderService
from usu_desktop.services.settings import SettingsService
from usu_desktop.storage.db import Database

SETUP_CODES = frozenset(
    {
        "sync_not_configured",
        "sync_no_token",
        "exchange_bad_url",
        "exchange_insecure_url",
        "credentials_unavailable",
        "exchange_auth",
        "mail_not_configured",
        "sms_not_configured",
        "mail_login_refused",
        "exchange_refused",
        "mail_bad_address",
        "sms_bad_phone",
    }
)


def register(subparsers: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add `link` (with its actions) and `remind` to usu-admin."""
    link = subparsers.add_parser(
        "link",
        parents=list(parents),
        help="payment links",
        description="Make, cancel, list and refresh payment links.",
    )
    actions = link.add_subparsers(dest="link_action", required=True)
    create = actions.add_parser("create", parents=list(parents), help="make a payment link")
    what = create.add_mutually_exclusive_group()
    what.add_argument("--invoice", help="invoice number (or id): the amount still owed")
    what.add_argument("--free", action="store_true", help="open amount chosen by the payer")
    create.add_argument("--client", help="client number (or id): the total owed (or --amount)")
    create.add_argument("--amount", help="a set amount instead of what is owed (with --client)")
    create.add_argument("--min", dest="minimum", help="smallest amount (with --free)")
    create.add_argument("--max", dest="maximum", help="largest amount (with --free)")
    create.add_argument("--title", default="", help="what it is for (with --free)")
    create.add_argument("--fixed", action="store_true", help="invoice links: the whole amount only")
    create.add_argument("--expires", required=True, help="YYYY-MM-DD or an ISO date-time")
    create.add_argument("--send", choices=("email", "sms"), help="send it to the patient right away")
    cancel = actions.add_parser("cancel", parents=list(parents), help="cancel a link")
    cancel.add_argument("link_id", type=int)
    listing = actions.add_parser("list", parents=list(parents), help="list links")
    listing.add_argument("--client", help="client number (or id)")
    refresh = actions.add_parser("refresh", parents=list(parents), help="ask the exchange for link statuses")
    for p in (link, create, cancel, listing, refresh):
        p.set_defaults(func=run)

    remind = subparsers.add_parser(
        "remind",
        parents=list(parents),
        help="send payment reminders",
        description="Remind patients with overdue invoices (with a payment link).",
    )
    remind.add_argument("--overdue-days", type=int, required=True, help="at least this many days past due")
    remind.add_argument("--interval", type=int, default=7, help="days between reminders to one patient")
    remind.add_argument("--channel", choices=("auto", "email", "sms"), default="auto")
    remind.add_argument("--no-link", action="store_true", help="without a payment link")
    remind.add_argument("--link-days", type=int, default=14, help="the link's validity in days")
    remind.add_argument("--dry-run", action="store_true", help="show who would be reminded; send nothing")
    remind.set_defaults(func=run)


def _expires(text: str) -> date | datetime:
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        raise DomainError("bad_arguments", detail=f"--expires {text!r}: use YYYY-MM-DD") from None


def _money(db: Database, text: str | None) -> Money | None:
    if text is None:
        return None
    try:
        return Money(text.replace(",", "."), SettingsService(db).load().currency)
    except DomainError:
        raise DomainError("link_bad_amount", amount=text) from None


def _link_json(v: LinkView) -> dict[str, Any]:
    return {
        "id": v.id,
        "kind": v.kind,
        "client_id": v.client_id,
        "invoice_id": v.invoice_id,
        "title": v.title,
        "url": v.url,
        "amount": str(v.amount.amount) if v.amount else None,
        "paid": str(v.paid.amount),
        "currency": v.paid.currency,
        "status": v.status,
        "expires_at": v.expires_at.isoformat() + "Z",
    }


def _link_line(v: LinkView) -> str:
    amount = v.amount.format() if v.amount else "open amount"
    until = f"{v.expires_at:%Y-%m-%d %H:%M} UTC"
    return f"link {v.id} [{v.status}] {v.title}: {amount}, paid {v.paid.format()}, until {until} {v.url}"


def run(args: argparse.Namespace) -> int:
    as_json = wants_json(args)
    command = "remind" if getattr(args, "overdue_days", None) is not None else f"link {args.link_action}"
    try:
        db = open_db(args)
    except DomainError as err:
        return _failure(as_json, command, err, EXIT_REFUSED)
    try:
        if command == "remind":
            return _remind(db, args, as_json)
        return _link(db, args, as_json)
    except DomainError as err:  # BankError is one too
        setup = err.code in SETUP_CODES or not isinstance(err, BankError)
        return _failure(as_json, command, err, EXIT_REFUSED if setup else EXIT_FAILED)
    finally:
        db.close()


def _link(db: Database, args: argparse.Namespace, as_json: bool) -> int:
    service = LinkService(db, acting(args, db))
    action = args.link_action
    if action == "create":
        expires = _expires(args.expires)
        if args.invoice:
            view = service.create_for_invoice(
                find_invoice(db, args.invoice), expires, open_amount=not args.fixed
            )
        elif args.free:
            client = find_client(db, args.client) if args.client else None
            view = service.create_free(
                expires, args.title, client, _money(db, args.minimum), _money(db, args.maximum)
            )
        elif args.client:
            view = service.create_for_client(find_client(db, args.client), expires, _money(db, args.amount))
        else:
            raise DomainError("bad_arguments", detail="--invoice, --client or --free")
        data: dict[str, Any] = {"ok": True, "command": "link create", "link": _link_json(view)}
        lines = [_link_line(view)]
        if args.send:
            sent = service.send(view.id, args.send)
            data["message"] = {"id": sent.message_id, "status": sent.status, "error": sent.error}
            lines.append(
                f"message {sent.message_id}: {sent.status}" + (f" ({sent.error})" if sent.error else "")
            )
            if sent.status != "sent":
                emit(as_json, {**data, "ok": False, "error": sent.error}, lines)
                return EXIT_FAILED
        emit(as_json, data, lines)
        return EXIT_OK
    if action == "cancel":
        view = service.cancel(args.link_id)
        emit(as_json, {"ok": True, "command": "link cancel", "link": _link_json(view)}, [_link_line(view)])
        return EXIT_OK
    if action == "list":
        client = find_client(db, args.client) if args.client else None
        views = service.links(client)
        emit(
            as_json,
            {"ok": True, "command": "link list", "links": [_link_json(v) for v in views]},
            [_link_line(v) for v in views] or ["no links"],
        )
        return EXIT_OK
    changes = service.refresh()
    emit(
        as_json,
        {
            "ok": True,
            "command": "link refresh",
            "changes": [
                {"link_id": c.link_id, "from": c.old_status, "to": c.new_status, "paid": str(c.paid.amount)}
                for c in changes
            ],
        },
        [f"link {c.link_id}: {c.old_status} -> {c.new_status} (paid {c.paid.format()})" for c in changes]
        or ["no changes"],
    )
    return EXIT_OK


def _remind(db: Database, args: argparse.Namespace, as_json: bool) -> int:
    if args.overdue_days < 0:
        raise DomainError("bad_arguments", detail="--overdue-days must be 0 or more")
    service = ReminderService(db, acting(args, db))
    debtors = service.debtors(flt=DebtorFilter(min_days=args.overdue_days))
    report = service.send(
        [d.client_id for d in debtors],
        channel=args.channel,
        min_interval_days=args.interval,
        with_link=not args.no_link,
        link_days=args.link_days,
        min_days=args.overdue_days,
        dry_run=args.dry_run,
    )
    items = [
        {
            "client_id": o.client_id,
            "name": o.name,
            "result": o.result,
            "status": o.status,
            "reason": o.reason,
            "amount": str(o.amount.amount) if o.amount is not None else None,
            "credit": str(o.credit.amount) if o.credit is not None else None,
            "link_id": o.link_id,
            "link_reused": o.link_reused,
            "remaining": o.remaining,
            "channel": o.channel,
            "error": o.error,
            "message_id": o.message_id,
        }
        for o in report.outcomes
    ]
    names = {d.client_id: f"{d.client_number} {d.name}" for d in debtors}
    lines = [
        f"{names.get(o.client_id, o.client_id)}: {o.status}"
        + (f" {o.amount.format()}" if o.amount else "")
        + (f" via {o.channel}" if o.channel else "")
        + (f" ({o.reason})" if o.reason else "")
        + (" (link reused)" if o.link_reused else "")
        for o in report.outcomes
    ] or ["nobody to remind"]
    failed = report.count("failed")
    emit(
        as_json,
        {
            "ok": failed == 0,
            "command": "remind",
            "dry_run": args.dry_run,
            "reminders": items,
            "sent": report.count("sent"),
            "skipped": sum(o.status == "skipped" for o in report.outcomes),
            "failed": failed,
        },
        lines,
    )
    return EXIT_FAILED if failed else EXIT_OK


def _failure(as_json: bool, command: str, err: DomainError, exit_code: int) -> int:
    params = {k: v for k, v in err.params.items() if isinstance(v, str | int | float | bool | dict | None)}
    return refuse(as_json, err, f"{command} failed: {summary(err, params)}", command=command, params=params,
                  exit_code=exit_code)


main = group_main(register)
