"""`usu-admin sync`: one bank sync from a script or a scheduled task (cron, Task Scheduler).

    usu-admin sync [--db PATH|URL] [--json] [--url URL] [--token-stdin] [--deposits on|off]

`--url` and `--token-stdin` save the exchange address and the desk token (into the OS keyring, or a
file only this user can read where the PC has no keyring) before syncing, so a server without the GUI
can be set up from a script.
Exit codes: 0 synced; 1 the sync failed (exchange down, refused, timed out: try again later);
2 refused before syncing (not configured, no token, database unusable, bad arguments).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from usu_desktop.bank.errors import BankError
from usu_desktop.cli.args import acting, group_main, open_db, wants_json
from usu_desktop.cli.output import EXIT_FAILED, EXIT_OK, EXIT_REFUSED, emit, refuse, summary
from usu_desktop.domain.errors import DomainError
from usu_desktop.services.sync import SyncService

# Codes that mean "set it up first", not "the exchange failed this time".
SETUP_CODES = frozenset({"sync_not_configured", "sync_no_token", "sync_bad_interval", "exchange_bad_url",
                         "exchange_insecure_url", "credentials_unavailable", "exchange_auth"})


def register(subparsers: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add `sync` to usu-admin."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sync", parents=list(parents), help="send charges, fetch payments",
        description="Send the charge list to the exchange, fetch new payments, match and book them.")
    parser.add_argument("--url", help="save this exchange address first")
    parser.add_argument("--token-stdin", action="store_true",
                        help="read the desk token from stdin and save it")
    parser.add_argument("--deposits", choices=("on", "off"),
                        help="save first: terminals take deposits from clients who owe nothing")
    parser.set_defaults(func=run)


def _failure(as_json: bool, err: DomainError, exit_code: int) -> int:
    params = {k: v for k, v in err.params.items() if k != "detail" or isinstance(v, str | dict)}
    return refuse(as_json, err, f"sync failed: {summary(err, params)}", command="sync", params=params,
                  exit_code=exit_code)


def run(args: argparse.Namespace) -> int:
    as_json = wants_json(args)
    try:
        db = open_db(args)
    except DomainError as err:
        return _failure(as_json, err, EXIT_REFUSED)
    try:
        service = SyncService(db, acting(args, db))
        deposits = getattr(args, "deposits", None)
        if getattr(args, "url", None) or getattr(args, "token_stdin", False) or deposits:
            token = sys.stdin.readline().strip() if getattr(args, "token_stdin", False) else None
            config = service.config()
            service.save_config(replace(config, url=args.url or config.url,
                                        deposits=config.deposits if deposits is None else deposits == "on"),
                                token=token or None)
        report = service.run()
    except DomainError as err:  # BankError is one too
        setup = err.code in SETUP_CODES or not isinstance(err, BankError)
        return _failure(as_json, err, EXIT_REFUSED if setup else EXIT_FAILED)
    finally:
        db.close()
    line = (f"sync done: sent {report.uploaded} charges ({report.upload_status or 'not sent'}), "
            f"received {report.received} payments: {report.booked} booked, "
            f"{report.duplicates} already known, "
            f"{report.unmatched} unmatched; cursor {report.cursor}")
    emit(as_json, {"ok": True, "command": "sync", **report.to_json()}, [line])
    return EXIT_OK


main = group_main(register)
