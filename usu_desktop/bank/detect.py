"""Open any statement file: sniff camt (XML) or MT940, refuse empty, oversize and wrong-currency files.

The size limit is checked from the file system before a byte is read. `read_statements` returns every
statement of the file; `read_statement` returns one, merging several statements of the same account
(MT940 files often hold one message per day) into one.
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from usu_desktop.bank.camt import parse_camt
from usu_desktop.bank.mt940 import looks_like_mt940, parse_mt940
from usu_desktop.bank.statement import Statement, StatementEntry, StatementError
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money

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
                    on_entry: Callable[[int], None] | None = None,
                    sink: Callable[[list[StatementEntry]], None] | None = None,
                    read_entries: bool = True) -> list[Statement]:
    """All statements of a camt.053/054 or MT940 file.

    `encoding` is for MT940 only (XML declares its own; the default tries UTF-8, then cp1252).
    `on_entry(count)` reports progress every 1000 camt entries. `sink` and `read_entries` as in
    `parse_camt` (an MT940 file is read whole first and then handed to `sink`).
    """
    file = str(path)
    size = os.stat(path).st_size
    if size == 0:
        raise StatementError("empty_file", file=file)
    if size > max_bytes:
        raise StatementError("too_large", file=file, size=size, max_bytes=max_bytes)
    kind = sniff_format(path)
    if kind == "camt":
        statements = parse_camt(path, on_entry=on_entry, sink=sink, read_entries=read_entries)
    else:
        statements = parse_mt940(path, encoding=encoding)
        if sink is not None:
            for st in statements:
                if st.entries:
                    sink(list(st.entries))
            statements = [replace(st, entries=()) for st in statements]
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
    return merge_statements(path, statements)


def check_statement(path: str | Path, expected_currency: str | None = None,
                    max_bytes: int = DEFAULT_MAX_BYTES, *, encoding: str | None = None,
                    on_entry: Callable[[int], None] | None = None) -> Statement:
    """Every whole-file refusal `read_statement` would raise, without reading the entries (camt: a
    quarter of the time; MT940 is read whole). Returns the merged statement header, no entries;
    `on_entry` counts the source entries as in `read_statements` (camt: the last call is the total)."""
    statements = read_statements(path, expected_currency, max_bytes, encoding=encoding, on_entry=on_entry,
                                 read_entries=False)
    return replace(merge_statements(path, statements), entries=())


def merge_statements(path: str | Path, statements: list[Statement]) -> Statement:
    """One statement from several of the same account and currency (see `read_statement`)."""
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


# --- reading in a second process --------------------------------------------------------------
# A large camt file is read by a child process while the importer books what it has read so far:
# on two cores the reading then costs next to no wall time. The child is this module run by the same
# interpreter (`python -m usu_desktop.bank.detect FILE CURRENCY MAX_BYTES`): no fork of a process
# that runs Qt threads, and unlike multiprocessing's "spawn" nothing of the parent's main script is
# run again. Entries come back on the child's stdout as pickled chunks of plain tuples (only ever
# read from our own child); a thread moves them into a bounded queue, so the reader is never more
# than QUEUE_CHUNKS * CHUNK entries ahead (the pipe blocks it): memory stays bounded.

CHUNK = 1000
QUEUE_CHUNKS = 16
_POLL_S = 0.5


def _pack(e: StatementEntry) -> tuple[Any, ...]:
    return (e.index, str(e.amount.amount), e.amount.currency, e.direction, e.status, e.booking_date,
            e.value_date, e.bank_ref, e.end_to_end_id, e.rf, e.remittance_text, e.payer_name, e.payer_iban,
            e.reversal, e.external_id)


def _unpack(t: tuple[Any, ...]) -> StatementEntry:
    return StatementEntry(t[0], Money(Decimal(t[1]), t[2]), *t[3:])


def _read_into(file: str, expected_currency: str | None, max_bytes: int, out: BinaryIO,
               chunk: int = CHUNK) -> None:
    """The child's work: ("entries", packed) messages, then ("done", statements without entries)
    or ("error", code, params), pickled one after another onto `out`."""
    buffer: list[tuple[Any, ...]] = []

    def put(msg: tuple[Any, ...]) -> None:
        pickle.dump(msg, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()

    def sink(entries: list[StatementEntry]) -> None:
        buffer.extend(_pack(e) for e in entries)
        if len(buffer) >= chunk:
            put(("entries", buffer[:]))
            buffer.clear()

    try:
        statements = read_statements(file, expected_currency or None, max_bytes, sink=sink)
        if buffer:
            put(("entries", buffer[:]))
        put(("done", statements))
    except DomainError as err:
        put(("error", err.code, dict(err.params)))
    except (OSError, UnicodeError, ValueError) as exc:  # what the importer reports as unreadable
        put(("error", "file_unreadable", {"file": file, "reason": str(exc)}))
    except Exception as exc:  # a bug: still data for the importer, never a hang
        put(("error", "file_unreadable", {"file": file, "reason": f"{type(exc).__name__}: {exc}"}))


class ParallelReader:
    """Reads a statement file in a child process; `chunks()` yields its entries in file order.

    After `chunks()` is exhausted, `statements` holds the file's statements (issues and balances,
    no entries). A failure of the reader raises the StatementError `read_statements` would raise
    ("file_unreadable" with the reason for anything else, "reader_failed" if the process could not
    run or died). `close()` (or the `with` block) stops the child if it is still running.
    """

    def __init__(self, path: str | Path, expected_currency: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.file = str(path)
        self.statements: list[Statement] | None = None
        self.read = 0
        self._queue: queue.Queue[tuple[Any, ...]] = queue.Queue(maxsize=QUEUE_CHUNKS)
        self._stop = threading.Event()
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", __spec__.name if __spec__ else "usu_desktop.bank.detect", self.file,
                 expected_currency or "", str(max_bytes)],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
        except OSError as exc:
            raise StatementError("reader_failed", file=self.file, reason=str(exc)) from None
        self._pump = threading.Thread(target=self._pump_messages, name="statement-reader-pipe", daemon=True)
        self._pump.start()

    def __enter__(self) -> ParallelReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _pump_messages(self) -> None:
        assert self._proc.stdout is not None
        msg: tuple[Any, ...] = ("died",)
        while not self._stop.is_set():
            try:
                msg = pickle.load(self._proc.stdout)
            except Exception:  # EOF or a broken stream: the child is gone
                msg = ("died",)
            while not self._stop.is_set():
                try:
                    self._queue.put(msg, timeout=_POLL_S)
                    break
                except queue.Full:
                    continue
            if msg[0] != "entries":
                return

    def chunks(self) -> Iterator[list[StatementEntry]]:
        while True:
            msg = self._queue.get()
            if msg[0] == "entries":
                self.read += len(msg[1])
                yield [_unpack(t) for t in msg[1]]
            elif msg[0] == "done":
                self.statements = msg[1]
                return
            elif msg[0] == "error":
                raise StatementError(msg[1], **msg[2])
            else:
                raise StatementError("reader_failed", file=self.file, exitcode=self._proc.wait())

    def close(self) -> None:
        self._stop.set()
        if self._proc.poll() is None:
            self._proc.terminate()
        self._proc.wait()
        self._pump.join()  # the pipe is at its end now
        if self._proc.stdout is not None:
            self._proc.stdout.close()


if __name__ == "__main__":
    _read_into(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.stdout.buffer)
