"""`usu-admin init | demo | check | backup | restore`: the database itself.

    usu-admin [--db URL-or-path] [--json] init | demo | check | backup PATH | restore PATH [--force]

Exit codes: 0 done, 1 `check` found broken invariants, 2 refused (a one-line message, or a JSON
object with --json, from usu-admin's shared error handling).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from usu_desktop.cli.args import acting, db_target, open_db, wants_json
from usu_desktop.cli.output import EXIT_FAILED, EXIT_OK, emit
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.permissions import Actor
from usu_desktop.services.backup import backup, restore
from usu_desktop.services.check import check_books
from usu_desktop.services.demo import generate
from usu_desktop.storage.db import Database


def register(subparsers: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the database commands to usu-admin."""
    sub, parents = subparsers, list(parents)
    sub.add_parser("init", parents=parents, help="create or migrate the database").set_defaults(func=init)
    demo = sub.add_parser("demo", parents=parents, help="add demo clients and invoices")
    demo.add_argument("--clients", type=int, default=200)
    demo.add_argument("--invoices", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(func=make_demo)
    sub.add_parser("check", parents=parents, help="prove the books' invariants").set_defaults(func=check)
    b = sub.add_parser("backup", parents=parents, help="copy the database to PATH")
    b.add_argument("path", type=Path)
    b.add_argument("--force", action="store_true", help="overwrite PATH")
    b.set_defaults(func=make_backup)
    r = sub.add_parser("restore", parents=parents, help="replace the database with the backup at PATH")
    r.add_argument("path", type=Path)
    r.add_argument("--force", action="store_true", help="replace an existing database")
    r.set_defaults(func=make_restore)


def init(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        emit(wants_json(args), {"ok": True, "command": "init", "db": db.url, "revision": db.revision()},
             [f"database ready: {db.url} (schema {db.revision()})"])
    return EXIT_OK


def make_demo(args: argparse.Namespace) -> int:
    as_json = wants_json(args)

    def progress(done: int, total: int, stage: str) -> None:
        if not as_json:
            print(f"\r{stage}: {done}/{total}", end="", file=sys.stderr, flush=True)

    with open_db(args) as db:
        made = generate(db, args.clients, args.invoices, seed=args.seed, progress=progress,
                        user=acting(args, db).name)
    if not as_json:
        print(file=sys.stderr)
    emit(as_json, {"ok": True, "command": "demo", "clients": made.clients, "invoices": made.invoices,
                   "payments": made.payments},
         [f"added {made.clients} clients, {made.invoices} invoices, {made.payments} payments"])
    return EXIT_OK


def check(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        violations = check_books(db)
    emit(wants_json(args), {"ok": not violations, "command": "check", "violations": [
        {"code": v.code, "invariant": v.invariant, "entity": v.entity, "entity_id": v.entity_id,
         "params": v.message_params} for v in violations]},
        [v.describe() for v in violations] or ["books are consistent"])
    return EXIT_FAILED if violations else EXIT_OK


def make_backup(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        path = backup(db, args.path, force=args.force, user=acting(args, db))
    emit(wants_json(args), {"ok": True, "command": "backup", "path": str(path)}, [f"backup written: {path}"])
    return EXIT_OK


def make_restore(args: argparse.Namespace) -> int:
    """Restore works on the file, not through Database.open: the database may be broken or missing."""
    target = db_target(args)
    if "://" in target and not target.startswith("sqlite:///"):
        raise DomainError("backup_sqlite_only", url=target)
    path = Path(target.removeprefix("sqlite:///"))
    res = restore(args.path, path, force=args.force, user=_restore_actor(args, path))
    emit(wants_json(args), {"ok": True, "command": "restore", "path": str(res.path),
                            "safety_copy": str(res.safety_copy) if res.safety_copy else None,
                            "revision": res.revision},
         [f"restored {args.path} -> {res.path}"]
         + ([f"previous database kept as {res.safety_copy}"] if res.safety_copy else []))
    return EXIT_OK


def _restore_actor(args: argparse.Namespace, path: Path) -> Actor:
    """`--user` signs in on the books being replaced (when there are any); else the OS user."""
    if not getattr(args, "user", None) or not path.exists():
        return acting(args, None)
    with Database.open(path) as db:
        return acting(args, db)
