"""`usu-admin sync`: one bank sync from a script or a scheduled task (cron, Task Scheduler).

    usu-admin sync [--db PATH|URL] [--json] [--url URL] [--token-stdin]

`--url` and `--token-stdin` save the exchange address and the desk token (into the OS keyring)
before syncing, so a server without the GUI can be set up from a script.
Exit codes: 0 synced; 1 the sync failed (exchange down, refused, timed out: try again later);
2 refused before syncing (not configured, no token, database unusable, bad arguments).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from usu_desktop.bank.errors import BankError
from usu_desktop.domain.errors import DomainError
from usu_desktop.services.sync import SyncService
from usu_desktop.storage.db import Database, default_path

EXIT_OK, EXIT_SYNC_FAILED, EXIT_REFUSED = 0, 1, 2
# Codes that mean "set it up first", not "the exchange failed this time".
SETUP_CODES = frozenset({"sync_not_configured", "sync_no_token", "sync_bad_interval", "exchange_bad_url",
                         "exchange_insecure_url", "credentials_unavailable", "exchange_auth"})


def add_parser(subparsers: Any, parents: Sequence[argparse.ArgumentParser] = ()) -> argparse.ArgumentParser:
    """Add `sync` to usu-admin's subcommands; `parents` may bring the shared --db/--json."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sync", parents=list(parents), help="send charges, fetch payments",
        description="Send the charge list to the exchange, fetch new payments, match and book them.")
    if not parents:
        parser.add_argument("--db", default=argparse.SUPPRESS, help=f"database (default: {default_path()})")
        parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                            help="machine-readable output")
    parser.add_argument("--url", help="save this exchange address first")
    parser.add_argument("--token-stdin", action="store_true",
                        help="read the desk token from stdin and save it")
    parser.set_defaults(func=run)
    return parser


def _print(as_json: bool, data: dict[str, Any], line: str, *, error: bool = False) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False, default=str))
    else:
        print(line, file=sys.stderr if error else sys.stdout)


def _failure(as_json: bool, err: DomainError, exit_code: int) -> int:
    params = {k: v for k, v in err.params.items() if k != "detail" or isinstance(v, str | dict)}
    detail = ", ".join(f"{k}={v}" for k, v in params.items())
    _print(as_json, {"ok": False, "command": "sync", "error": err.code, "params": params},
           f"sync failed: {err.code}" + (f" ({detail})" if detail else ""), error=True)
    return exit_code


def run(args: argparse.Namespace) -> int:
    as_json = bool(getattr(args, "json", False))
    try:
        db = Database.open(str(getattr(args, "db", None) or default_path()))
    except DomainError as err:
        return _failure(as_json, err, EXIT_REFUSED)
    try:
        service = SyncService(db, "usu-admin")
        if getattr(args, "url", None) or getattr(args, "token_stdin", False):
            token = sys.stdin.readline().strip() if getattr(args, "token_stdin", False) else None
            config = service.config()
            service.save_config(replace(config, url=args.url or config.url), token=token or None)
        report = service.run()
    except DomainError as err:  # BankError is one too
        setup = err.code in SETUP_CODES or not isinstance(err, BankError)
        return _failure(as_json, err, EXIT_REFUSED if setup else EXIT_SYNC_FAILED)
    finally:
        db.close()
    line = (f"sync done: sent {report.uploaded} charges ({report.upload_status or 'not sent'}), "
            f"received {report.received} payments: {report.booked} booked, "
            f"{report.duplicates} already known, "
            f"{report.unmatched} unmatched; cursor {report.cursor}")
    _print(as_json, {"ok": True, "command": "sync", **report.to_json()}, line)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry (`python -m usu_desktop.cli.sync`) until usu-admin wires `sync` in."""
    parser = argparse.ArgumentParser(prog="usu-admin")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
