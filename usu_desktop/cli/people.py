"""`usu-admin user ...` and `usu-admin audit`: people and the audit log from a script.

    usu-admin user add NAME --role receptionist|manager|administrator [--password-stdin]
    usu-admin user list | user passwd NAME [--password-stdin] | user disable NAME
    usu-admin audit [--from DATE] [--to DATE] [--user NAME] [--desk D] [--kind ACTION] [--limit N]
The new password comes from a prompt (typed twice) or, with --password-stdin, the first line of
stdin. Writes act as `admin:<OS user>`, or as `--user NAME` with that user's password (from
$USU_ADMIN_PASSWORD or a prompt). `audit --user` filters by user instead (audit only reads).
--from/--to are days (UTC), both included. Exit codes: 0 done; 2 refused.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from usu_desktop.cli.args import acting, group_main, open_db, shared_options, wants_json
from usu_desktop.cli.output import EXIT_OK, emit
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.permissions import ROLES
from usu_desktop.services.audit import AuditService
from usu_desktop.services.users import UserService
from usu_desktop.storage.audit_queries import AuditFilter


def register(subparsers: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add `user` (add, list, passwd, disable) and `audit` to usu-admin."""
    user = subparsers.add_parser("user", parents=list(parents), help="people who sign in",
                                 description="Add, list, disable users and set their passwords.")
    actions = user.add_subparsers(dest="user_action", required=True)
    add = actions.add_parser("add", parents=list(parents), help="add a user")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in ROLES])
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    actions.add_parser("list", parents=list(parents), help="list users")
    passwd = actions.add_parser("passwd", parents=list(parents), help="set a user's password")
    passwd.add_argument("name")
    passwd.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    disable = actions.add_parser("disable", parents=list(parents), help="disable a user (never deleted)")
    disable.add_argument("name")
    for p in (user, add, passwd, disable, *actions.choices.values()):
        p.set_defaults(func=run_user)

    audit = subparsers.add_parser("audit", parents=[shared_options(acting_user=False)],
                                  help="read the audit log", description="Audit rows, newest first.")
    audit.add_argument("--from", dest="date_from", type=date.fromisoformat, help="first day YYYY-MM-DD")
    audit.add_argument("--to", dest="date_to", type=date.fromisoformat, help="last day YYYY-MM-DD")
    audit.add_argument("--user", default="", help="only this user's rows")
    audit.add_argument("--desk", default="", help="only rows from this machine")
    audit.add_argument("--kind", default="", help="only this action (e.g. invoice_cancelled)")
    audit.add_argument("--limit", type=int, default=1000, help="at most this many rows (0: all)")
    audit.set_defaults(func=run_audit)


def _new_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("new password: ")
    if getpass.getpass("again: ") != first:
        raise DomainError("passwords_differ")
    return first


def run_user(args: argparse.Namespace) -> int:
    as_json = wants_json(args)
    with open_db(args) as db:
        if args.user_action == "list":
            users = UserService(db).users()
            emit(as_json, {"ok": True, "command": "user list", "users": [u.to_json() for u in users]},
                 [f"{u.name}\t{u.role.value}\t{'disabled' if u.disabled else 'active'}" for u in users]
                 or ["no users yet"])
            return EXIT_OK
        service = UserService(db, acting(args, db))
        if args.user_action == "add":
            made = service.add(args.name, args.role, _new_password(args))
            emit(as_json, {"ok": True, "command": "user add", "user": made.to_json()},
                 [f"user added: {made.name} ({made.role.value})"])
        elif args.user_action == "passwd":
            service.change_password(args.name, _new_password(args))
            emit(as_json, {"ok": True, "command": "user passwd", "name": args.name},
                 [f"password changed: {args.name}"])
        else:
            done = service.disable(args.name)
            emit(as_json, {"ok": True, "command": "user disable", "user": done.to_json()},
                 [f"user disabled: {done.name}"])
    return EXIT_OK


def audit_filter(args: argparse.Namespace) -> AuditFilter:
    start = datetime.combine(args.date_from, time()) if args.date_from else None
    end = datetime.combine(args.date_to + timedelta(days=1), time()) if args.date_to else None
    return AuditFilter(user=args.user, desk=args.desk, start=start, end=end, kind=args.kind)


def run_audit(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        rows = []
        for row in AuditService(db).each(audit_filter(args)):
            rows.append(row)
            if args.limit and len(rows) >= args.limit:
                break
    emit(wants_json(args), {"ok": True, "command": "audit", "rows": [r.to_json() for r in rows]},
         [f"{r.at:%Y-%m-%d %H:%M:%S}  {r.user}@{r.desk}  {r.action} {r.entity}"
          f"{'' if r.entity_id is None else ' ' + str(r.entity_id)}" for r in rows] or ["no audit rows"])
    return EXIT_OK


main = group_main(register)
