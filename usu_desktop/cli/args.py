"""The arguments every usu-admin command shares, and the contract a command group follows.

A group is a module with `register(subparsers, parents)`: it adds its commands, each with `parents`
(the shared --db/--json) and `set_defaults(func=...)` where `func(args) -> exit code`.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.permissions import Actor, Role
from usu_desktop.storage.db import Database, default_path

PASSWORD_ENV = "USU_ADMIN_PASSWORD"  # the --user's password, for scripts (no prompt)


class Register(Protocol):
    def __call__(self, subparsers: Any, parents: Sequence[argparse.ArgumentParser]) -> Any: ...


class Parser(argparse.ArgumentParser):
    """Bad arguments are a refusal like any other (one line or JSON, exit 2), not argparse's usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise DomainError("bad_arguments", detail=message)


def shared_options(acting_user: bool = True) -> argparse.ArgumentParser:
    """--db, --json and --user, accepted before or after the command (SUPPRESS keeps a later one from
    being reset). A read-only command may take `acting_user=False` and use --user for itself."""
    common = Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS,
                        help=f"database path or URL (default: {default_path()})")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="machine-readable output")
    if not acting_user:
        return common
    common.add_argument("--user", default=argparse.SUPPRESS, metavar="NAME",
                        help=f"act as this user (password from ${PASSWORD_ENV} or a prompt); "
                             "without it writes are audited as admin:<OS user>")
    return common


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a container, a service account)
        return "unknown"


def acting(args: argparse.Namespace, db: Database | None) -> Actor:
    """Who this command acts as: `--user NAME` signed in with that user's password (refused like the
    sign-in dialog refuses), or the operator at the shell as `admin:<OS user>`, an administrator."""
    name = getattr(args, "user", None)
    if not name:
        return Actor(f"admin:{os_user()}", Role.ADMINISTRATOR)
    if db is None:
        raise DomainError("bad_arguments", detail="--user needs books to sign in on")
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = getpass.getpass(f"password for {name}: ")
    from usu_desktop.services.users import UserService  # services import only when signing in

    return UserService(db).authenticate(name, password)


def wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def db_target(args: argparse.Namespace) -> str:
    return str(getattr(args, "db", None) or default_path())


def open_db(args: argparse.Namespace) -> Database:
    """The database the command names with --db (or the default one); StorageError if unusable."""
    return Database.open(db_target(args))


def group_main(register: Register) -> Callable[[Sequence[str] | None], int]:
    """A `main(argv)` running one group's commands alone, without the shared error handling of usu-admin.

    The groups' own tests drive their commands this way, with argparse's plain exit 2 for bad arguments.
    """

    def main(argv: Sequence[str] | None = None) -> int:
        parser = argparse.ArgumentParser(prog="usu-admin")
        register(parser.add_subparsers(dest="command", required=True), parents=[shared_options()])
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
        return int(args.func(args))

    return main
