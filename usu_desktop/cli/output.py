"""What every usu-admin command prints, so all of them answer a script the same way.

A result is one JSON object on stdout (with --json) or lines of text; a refusal is one line on stderr
(or one JSON object on stdout with --json) and an exit code, never a traceback. A `StorageError` is a
`DomainError`, so an unusable database is refused like any other code.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from usu_desktop.domain.errors import DomainError

# 0 done; 1 failed this time (broken invariants, exchange down, a file refused); 2 refused before doing it.
EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2

# Codes in words. `{name}` is filled from the error's params; a path not named in the text is appended.
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
    "invoice_number_unknown": "no invoice with number {number}",
    "invoice_not_issued": "the invoice is a draft and has no printed form yet",
    "client_number_unknown": "no client with number {client_number}",
    "output_not_writable": "cannot write {path}: {reason}",
    "statement_bad_period": "--from must not be after --to",
    "bad_date": "{value} is not a date (use YYYY-MM-DD)",
    "report_bad_period": "--to ({date_to}) is before --from ({date_from})",
    "report_bad_time_zone": "{time_zone} is not a known time zone (use an IANA name such as Europe/Athens)",
    "report_unencodable": "{text!r} cannot be written in {encoding}",
    "registry_unknown_encoding": "{encoding} is not a known text encoding",
    "registry_bad_delimiter": "{delimiter!r} cannot separate CSV columns",
}


def emit(as_json: bool, data: Mapping[str, Any], lines: Sequence[str], *, error: bool = False) -> None:
    """Print `data` as one JSON line, or `lines` for people (on stderr when they tell of an error)."""
    if as_json:
        print(json.dumps(data, ensure_ascii=False, default=str))
        return
    for line in lines:
        print(line, file=sys.stderr if error else sys.stdout)


def listed(params: Mapping[str, Any]) -> str:
    """' (k=v, k=v)' for a log-like line, or '' when there is nothing to list."""
    shown = ", ".join(f"{k}={v}" for k, v in params.items())
    return f" ({shown})" if shown else ""


def summary(err: DomainError, params: Mapping[str, Any] | None = None) -> str:
    """'code (k=v, ...)': the stable code first, for people who grep logs and scripts' stderr."""
    return err.code + listed(err.params if params is None else params)


def message(err: DomainError, *, why: bool = False) -> str:
    """The error in words: its MESSAGES text with the params filled in, then the path it is about.

    With `why` the underlying detail follows in brackets, and a code without a text says only where;
    without it, such a code lists all its params (they are all the reader gets).
    """
    params = err.params
    template = MESSAGES.get(err.code)
    if template is None and not why:
        return err.code.replace("_", " ") + listed(params)
    text = err.code.replace("_", " ") if template is None else _filled(template, params)
    where = None if template and "{path}" in template else params.get("path")
    detail = params.get("detail") if why else None
    return text + (f": {where}" if where else "") + (f" ({detail})" if detail else "")


def _filled(template: str, params: Mapping[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def refuse(as_json: bool, err: DomainError, line: str, *, command: str | None = None,
           params: Mapping[str, Any] | None = None, exit_code: int = EXIT_REFUSED) -> int:
    """Report a refused or failed command as one line (or JSON object) and return its exit code."""
    data: dict[str, Any] = {"ok": False}
    if command is not None:
        data["command"] = command
    data.update(error=err.code, params=dict(err.params if params is None else params))
    emit(as_json, data, [line], error=True)
    return exit_code
