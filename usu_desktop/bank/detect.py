"""Open any statement file: sniff camt (XML) or MT940, refuse empty, oversize and wrong-currency files.

The size limit is checked from the file system before a byte is read. `read_statements` returns every
statement of the file; `read_statement` returns one, merging several statements of the same account
(MT940 files often hold one message per day) into one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from usu_desktop.bank.camt import parse_camt
from usu_desktop.bank.mt940 import looks_like_mt940, parse_mt940
from usu_desktop.bank.statement import Statement, StatementError

DEFAULT_MAX_BYTES = 2 * 1024**3
_HEAD = 8192


def sniff_format(path: str | Path) -> str:
    """'camt' (starts with '<') or 'mt940' from the first bytes; else StatementError unknown_format."""
    file = str(path)
    with open(path, "rb") as fh:
        head = fh.read(_HEAD)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode()
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n\x01\x03")
    if not text:
        raise StatementError("empty_file", file=file)
    if text.startswith(b"<"):
        return "camt"
    decoded = text.decode("latin-1")
    if looks_like_mt940(decoded) or decoded.startswith("{1:"):
        return "mt940"
    raise StatementError("unknown_format", file=file, line=1)


def read_statements(path: str | Path, expected_currency: str | None = None,
                    max_bytes: int = DEFAULT_MAX_BYTES, *, encoding: str | None = None,
                    on_entry: Callable[[int], None] | None = None) -> list[Statement]:
    """All statements of a camt.053/054 or MT940 file.

    `encoding` is for MT940 only (XML declares its own; the default tries UTF-8, then cp1252).
    `on_entry(count)` reports progress every 1000 camt entries.
    """
    file = str(path)
    size = os.stat(path).st_size
    if size == 0:
        raise StatementError("empty_file", file=file)
    if size > max_bytes:
        raise StatementError("too_large", file=file, size=size, max_bytes=max_bytes)
    kind = sniff_format(path)
    if kind == "camt":
        statements = parse_camt(path, on_entry=on_entry)
    else:
        statements = parse_mt940(path, encoding=encoding)
    if not statements:
        raise StatementError("empty_file", file=file)
    if expected_currency is not None:
        for st in statements:
            if st.currency != expected_currency:
                raise StatementError("wrong_currency", file=file, field="currency",
                                     expected=expected_currency, found=st.currency)
    return statements


def read_statement(path: str | Path, expected_currency: str | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES, *, encoding: str | None = None,
                   on_entry: Callable[[int], None] | None = None) -> Statement:
    """The file's statement; several of one account and currency are merged in file order.

    Merged: entries and issues concatenated, opening balance of the first, closing of the last, ids joined
    with '+'. Different accounts or currencies in one file raise `mixed_accounts`.
    """
    statements = read_statements(path, expected_currency, max_bytes, encoding=encoding, on_entry=on_entry)
    first = statements[0]
    if len(statements) == 1:
        return first
    for st in statements[1:]:
        if (st.account_iban, st.currency) != (first.account_iban, first.currency):
            raise StatementError("mixed_accounts", file=str(path), field="account",
                                 accounts=sorted({f"{s.account_iban} {s.currency}" for s in statements}))
    ids = [s.statement_id for s in statements if s.statement_id]
    return replace(
        first, statement_id="+".join(ids) or None, closing_balance=statements[-1].closing_balance,
        entries=tuple(e for s in statements for e in s.entries),
        issues=tuple(i for s in statements for i in s.issues))
