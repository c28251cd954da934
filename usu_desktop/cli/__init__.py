"""usu-admin: scripted operations for administrators.

    usu-admin [--db URL-or-path] [--json] init | demo | check | backup PATH | restore PATH [--force]

Exit codes: 0 done, 1 `check` found broken invariants, 2 refused (a one-line
message, or a JSON object with --json; never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from usu_desktop.domain.errors import DomainError
from usu_desktop.services.backup import backup, restore
from usu_desktop.services.check import check_books
from usu_desktop.services.demo import generate
from usu_desktop.storage.db import Database, default_path

EXIT_OK, EXIT_VIOLATIONS, EXIT_ERROR = 0, 1, 2

MESSAGES = {
    "db_locked": "the database is locked by another program",
    "db_read_only": "the database file or its folder is read-only",
    "db_too_new": "the database was made by a newer version of USU Desktop",
    "db_corrupt": "the file is not a readable USU database",
    "db_not_usu": "the file is an SQLite database of another program",
    "db_unreachable": "the database server cannot be reached",
    "backup_exists": "the backup file already exists (use --force to overwrite)",
    "backup_missing": "the backup file does not exist",
    "backup_not_usu": "the file is not a USU Desktop backup",
    "backup_failed": "the copy failed",
    "backup_same_file": "source and target are the same file",
    "backup_sqlite_only": "backup and restore work on SQLite files only",
    "restore_target_exists": "the database exists; use --force to replace it (a safety copy is kept)",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise DomainError("bad_arguments", detail=message)


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS,
                        help=f"database path or URL (default: {default_path()})")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="machine-readable output")
    parser = _Parser(prog="usu-admin", description="USU Desktop administration", parents=[common])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    sub.add_parser("init", parents=[common], help="create or migrate the database")
    demo = sub.add_parser("demo", parents=[common], help="add demo clients and invoices")
    demo.add_argument("--clients", type=int, default=200)
    demo.add_argument("--invoices", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    sub.add_parser("check", parents=[common], help="prove the books' invariants")
    b = sub.add_parser("backup", parents=[common], help="copy the database to PATH")
    b.add_argument("path", type=Path)
    b.add_argument("--force", action="store_true", help="overwrite PATH")
    r = sub.add_parser("restore", parents=[common], help="replace the database with the backup at PATH")
    r.add_argument("path", type=Path)
    r.add_argument("--force", action="store_true", help="replace an existing database")
    # Commands that live beside their feature; each sets `func` on its parser.
    from usu_desktop.cli import documents, links, statements, sync

    for module in (sync, statements, documents, links):
        module.add_parser(sub, parents=[common])
    return parser


def _emit(as_json: bool, data: dict[str, Any], lines: Sequence[str]) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False, default=str))
    else:
        for line in lines:
            print(line)


def _message(err: DomainError) -> str:
    text = MESSAGES.get(err.code, err.code.replace("_", " "))
    where = err.params.get("path")
    detail = err.params.get("detail")
    return f"error: {text}" + (f": {where}" if where else "") + (f" ({detail})" if detail else "")


def _db_target(args: argparse.Namespace) -> str:
    return str(getattr(args, "db", None) or default_path())


def _run(args: argparse.Namespace, as_json: bool) -> int:
    if callable(getattr(args, "func", None)):
        return int(args.func(args))
    target = _db_target(args)
    if args.command == "restore":
        if "://" in target and not target.startswith("sqlite:///"):
            raise DomainError("backup_sqlite_only", url=target)
        path = Path(target.removeprefix("sqlite:///"))
        res = restore(args.path, path, force=args.force, user="usu-admin")
        _emit(as_json, {"ok": True, "command": "restore", "path": str(res.path),
                        "safety_copy": str(res.safety_copy) if res.safety_copy else None,
                        "revision": res.revision},
              [f"restored {args.path} -> {res.path}"]
              + ([f"previous database kept as {res.safety_copy}"] if res.safety_copy else []))
        return EXIT_OK
    db = Database.open(target)
    try:
        if args.command == "init":
            _emit(as_json, {"ok": True, "command": "init", "db": db.url, "revision": db.revision()},
                  [f"database ready: {db.url} (schema {db.revision()})"])
            return EXIT_OK
        if args.command == "demo":
            def progress(done: int, total: int, stage: str) -> None:
                if not as_json:
                    print(f"\r{stage}: {done}/{total}", end="", file=sys.stderr, flush=True)

            made = generate(db, args.clients, args.invoices, seed=args.seed, progress=progress,
                            user="usu-admin")
            if not as_json:
                print(file=sys.stderr)
            _emit(as_json, {"ok": True, "command": "demo", "clients": made.clients,
                            "invoices": made.invoices, "payments": made.payments},
                  [f"added {made.clients} clients, {made.invoices} invoices, {made.payments} payments"])
            return EXIT_OK
        if args.command == "check":
            violations = check_books(db)
            _emit(as_json, {"ok": not violations, "command": "check", "violations": [
                {"code": v.code, "invariant": v.invariant, "entity": v.entity, "entity_id": v.entity_id,
                 "params": v.message_params} for v in violations]},
                [v.describe() for v in violations] or ["books are consistent"])
            return EXIT_VIOLATIONS if violations else EXIT_OK
        if args.command == "backup":
            path = backup(db, args.path, force=args.force, user="usu-admin")
            _emit(as_json, {"ok": True, "command": "backup", "path": str(path)}, [f"backup written: {path}"])
            return EXIT_OK
    finally:
        db.close()
    raise DomainError("bad_arguments", detail=f"unknown command {args.command}")  # pragma: no cover


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    try:
        args = _parser().parse_args(argv)
        return _run(args, as_json)
    except DomainError as err:
        if as_json:
            print(json.dumps({"ok": False, "error": err.code, "params": dict(err.params)},
                             ensure_ascii=False, default=str))
        else:
            print(_message(err), file=sys.stderr)
        return EXIT_ERROR
    except OSError as err:
        if as_json:
            print(json.dumps({"ok": False, "error": "os_error", "params": {"detail": str(err)}}))
        else:
            print(f"error: {err}", file=sys.stderr)
        return EXIT_ERROR
