"""Bank statement files (camt.053/054, MT940) into the books, entry by entry, through one booking path.

`StatementImportService.import_file(path)` reads the file (`bank.detect.read_statements`; of a file with
several accounts only the clinic's, recognised by its IBAN, and the others are listed as skipped, see
`own_accounts`; in the clinic's currency) and decides for every entry:

  debit (not a reversal)          -> "ignored", why "debit" (fees, refunds: not money in)
  pending / information only      -> "ignored", why "pending" (booked when the bank books it)
  credit                          -> matched and booked as `PaymentService.book_external_payment`
                                     (source="bank") books it:
                                     "booked" (allocations and the matcher's reason), "unmatched" (booked,
                                     no client: the unmatched queue, with suggestions) or "duplicate"
  reversal of a credit            -> the original payment is taken back: "reversed"
  reversal of a debit             -> "ignored", why "debit_reversal" (its debit was never booked)
  anything that fails             -> "error" naming file, entry index and field; the rest goes on

Entries are booked a page at a time (`page_size`, PAGE_SIZE = 2000), one transaction per page (the
bulk path, `bulk=True`, the default): the page's RFs and invoice numbers are looked up in a few queries
(`storage.bulk_booking.PageMatchContext`), each new credit is matched by the same domain matcher
against the page's in-memory balances, and the page's payments, allocations, credit, invoice totals
and audit rows are written together (`insert_bookings`): exactly the rows the entry-by-entry path
writes (tests/statements/test_bulk_equivalence.py). A page is written whole or not at all, so nothing
is ever half-booked; entries that would fail (no id, no amount) are error rows before anything is
written. Duplicates, reversals and unmatched entries (whose suggestions read the books) first write
what is pending, then take the entry-by-entry path. Cancelling stops between entries; what was
decided so far in the page is committed.

A camt file of PARALLEL_BYTES (8 MB, some 18,000 entries) or more is read by a child process while
the pages are booked (`bank.detect.ParallelReader`; on two cores the reading then costs next to no
time). Whatever would refuse the whole file (not XML, truncated, wrong currency, mixed accounts...)
is found first by `check_statement`, a pass over the file that skips the entries, so nothing is
booked from a file that is then refused. While the pages are written, the connection checkpoints
its WAL less often and keeps a larger page cache (`bulk_booking.bulk_settings`, put back after).

With `bulk=False` each entry goes through `PaymentService.book_external_payment`, in its own
transaction (`batch_size=1`) or in groups (`batch_size`); an error rolls its group back and the
group is replayed one entry per transaction, so the outcome per entry is the same. Booking is idempotent on
(source "bank", entry external id): importing a file again, or a file of an overlapping period, books
nothing new and the result says so (`FileResult.seen_before`, every entry "duplicate").

Reversal rule (which payment a reversal undoes), first hit wins, amount and currency must be equal:
  1. an earlier credit of the same file with the same end-to-end id;
  2. a bank payment booked from any statement with the same end-to-end id;
  3. the newest bank payment booked from a statement with the same RF and amount, not yet reversed;
  4. an earlier credit of the same file with the same payer name (or IBAN) and amount.
Nothing found -> "error", field "reversal" (a person decides). Steps 2 and 3 read the `statement_entry`
audit rows, whose `entity_id` is a 60-bit hash of the key ("statement_e2e" / "statement_rf" entities),
so the look-up uses the audit log's (entity, entity_id) index and no new table is needed.

Imported files are recorded as `statement_file` audit rows (file name, sha256, counts); `entity_id` is
the first 60 bits of the sha256, so `seen_before` and the watched folder (`import_folder`) find a file by
content, whatever its name. A cancelled import is not recorded (it is imported again next time).

Status and reason words are codes; the UI and CLI translate them. Whole-file refusals are the
`StatementError` codes of bank.statement (not_xml, truncated, xml_forbidden, unknown_format, empty_file,
too_large, wrong_currency, mixed_accounts, ...) and come back as `FileResult.error`, never raised.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Protocol

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from usu_desktop.bank.detect import (
    ParallelReader,
    check_statement,
    merge_statements,
    read_statements,
    sniff_format,
)
from usu_desktop.bank.statement import ImportIssue, Statement, StatementEntry, StatementError
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.matching import (
    UNMATCHED,
    IncomingPayment,
    MatchResult,
    invoice_numbers_in,
    match_payment,
)
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, actor_of
from usu_desktop.domain.references import rf_find_all, rf_normalize
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.settings import SettingsService
from usu_desktop.storage import bulk_booking, ledger
from usu_desktop.storage.db import Database, Session
from usu_desktop.storage.models import Client, Invoice
from usu_desktop.storage.records import add_audit, audit_entries, utcnow

SOURCE = "bank"
PAGE_SIZE = 2000  # entries per transaction (the bulk path)
PARALLEL_BYTES = 8 * 1024 * 1024  # camt files from this size are read in a second process
STATEMENT_SUFFIXES = (".xml", ".053", ".054", ".camt", ".sta", ".mt940", ".940", ".txt")
STATUSES = ("booked", "unmatched", "reversed", "duplicate", "ignored", "error")

_FILE = "statement_file"
_E2E = "statement_e2e"
_RF = "statement_rf"


class ProgressState(Protocol):
    """What an import reports to and is cancelled through (tasks.runner.TaskState has these)."""

    @property
    def cancelled(self) -> bool: ...

    def progress(self, done: int, total: int = 0, text: str = "") -> None: ...


class _Quiet:
    cancelled = False

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """No one is watching."""


@dataclass(frozen=True, slots=True)
class Allocated:
    invoice_id: int
    invoice_number: str
    amount: Money


@dataclass(frozen=True, slots=True)
class Suggested:
    """A candidate for an unmatched payment (from the matcher), for the person who decides."""

    client_id: int
    client_name: str
    invoice_id: int | None
    invoice_number: str | None
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntryResult:
    """What happened to one entry. `why` is a code: the matcher's reason (rf_invoice, rf_client,
    client_number, invoice_number, unmatched), debit, pending, debit_reversal, already_booked,
    reversal, or the error code. `field` names the entry's field an error is about."""

    index: int
    external_id: str
    amount: Money | None
    direction: str
    status: str
    why: str
    allocated: tuple[Allocated, ...] = ()
    credit: Money | None = None
    payment_id: int | None = None
    field: str | None = None
    payer_name: str = ""
    rf: str | None = None
    text: str = ""
    booking_date: date | None = None
    suggestions: tuple[Suggested, ...] = ()
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def currency(self) -> str:
        return self.amount.currency if self.amount is not None else ""

    @property
    def invoice_numbers(self) -> tuple[str, ...]:
        return tuple(a.invoice_number for a in self.allocated)

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index, "external_id": self.external_id,
            "amount": str(self.amount.amount) if self.amount is not None else None,
            "currency": self.currency, "direction": self.direction, "status": self.status, "why": self.why,
            "field": self.field, "payment_id": self.payment_id,
            "allocated": [{"invoice": a.invoice_number, "invoice_id": a.invoice_id,
                           "amount": str(a.amount.amount)} for a in self.allocated],
            "credit": str(self.credit.amount) if self.credit is not None else None,
            "payer_name": self.payer_name, "rf": self.rf,
            "booking_date": self.booking_date.isoformat() if self.booking_date else None,
            "suggestions": [{"client_id": s.client_id, "client": s.client_name, "invoice": s.invoice_number,
                             "score": s.score, "reasons": list(s.reasons)} for s in self.suggestions],
            "params": {k: str(v) for k, v in self.params.items()},
        }


@dataclass(frozen=True)
class FileResult:
    """One file's import: the statement header, every entry's outcome, or the whole-file `error`."""

    file: str
    sha256: str
    format: str = ""
    statement_id: str | None = None
    account: str | None = None
    currency: str = ""
    opening_balance: Money | None = None
    closing_balance: Money | None = None
    entries: tuple[EntryResult, ...] = ()
    issues: tuple[ImportIssue, ...] = ()
    error: DomainError | None = None
    seen_before: datetime | None = None  # when this exact file was imported before
    cancelled: bool = False

    @property
    def failed(self) -> bool:
        return self.error is not None

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATUSES, 0)
        for e in self.entries:
            out[e.status] += 1
        return out

    def totals(self) -> dict[str, Money]:
        """Sum of amounts per status (entries without an amount are left out)."""
        out: dict[str, Money] = {}
        for e in self.entries:
            if e.amount is not None:
                out[e.status] = out[e.status] + e.amount if e.status in out else e.amount
        return out

    @property
    def booked_anything(self) -> bool:
        return any(e.status in ("booked", "unmatched", "reversed") for e in self.entries)

    def to_json(self) -> dict[str, Any]:
        def m(x: Money | None) -> str | None:
            return str(x.amount) if x is not None else None

        return {
            "file": self.file, "sha256": self.sha256, "format": self.format,
            "statement_id": self.statement_id, "account": self.account, "currency": self.currency,
            "opening_balance": m(self.opening_balance), "closing_balance": m(self.closing_balance),
            "failed": self.failed,
            "error": ({"code": self.error.code, **{k: (str(v) if v is not None else None)
                                                   for k, v in self.error.params.items()}}
                      if self.error is not None else None),
            "seen_before": self.seen_before.isoformat() if self.seen_before else None,
            "cancelled": self.cancelled, "counts": self.counts(),
            "issues": [{"severity": i.severity, "code": i.code, "entry": i.entry_index, "field": i.field,
                        "detail": i.detail} for i in self.issues],
            "entries": [e.to_json() for e in self.entries],
        }


@dataclass(frozen=True)
class ImportedFile:
    """A row of the imported-files record."""

    at: datetime
    user: str
    file: str
    sha256: str
    counts: dict[str, int]


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def key_id(text: str) -> int:
    """A 60-bit number for an audit row's entity_id (fits BIGINT; collisions are checked by the caller)."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big") >> 4  # the first 15 hex digits


def _account_forms(iban: str) -> set[str]:
    """How a statement may name the clinic's account: the IBAN, or (German MT940) bank code/account."""
    compact = iban.replace(" ", "").upper()
    if not compact:
        return set()
    forms = {compact}
    try:
        parsed = IBAN(compact)
        forms.add(f"{parsed.bank_code}/{parsed.account_code}".upper())
        forms.add(f"{parsed.bank_code}/{parsed.account_code.lstrip('0')}".upper())
    except (SchwiftyException, ValueError):
        pass
    return forms


def own_accounts(file: str, statements: list[Statement], clinic_iban: str, currency: str) -> Statement:
    """The clinic's statement of a file. A file of one account is taken whole (in the clinic's currency);
    one of several accounts gives the clinic's account, and says which were skipped, as warnings
    ("account_skipped"). StatementError mixed_accounts if the clinic's account is not among them (or no
    IBAN is set to recognise it by), wrong_currency if the clinic's account is in another currency."""
    accounts = {(s.account_iban or "").replace(" ", "").upper() for s in statements}
    keep = statements
    skipped: list[ImportIssue] = []
    if len(accounts) > 1:
        forms = _account_forms(clinic_iban)
        keep = [s for s in statements if (s.account_iban or "").replace(" ", "").upper() in forms]
        if not keep:
            raise StatementError("mixed_accounts", file=file, field="account",
                                 accounts=sorted({f"{s.account_iban} {s.currency}" for s in statements}))
        for s in statements:
            if s not in keep:
                skipped.append(ImportIssue("warning", "account_skipped", file, None, "account",
                                           f"{s.account_iban} {s.currency}: {len(s.entries)}"))
    for s in keep:
        if s.currency != currency:
            raise StatementError("wrong_currency", file=file, field="currency", expected=currency,
                                 found=s.currency)
    merged = merge_statements(file, keep)
    return dataclasses.replace(merged, issues=(*skipped, *merged.issues)) if skipped else merged


class _Shared:
    """Lets PaymentService work inside our open transaction (its `session()` is that one)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @contextmanager
    def session(self) -> Iterator[Session]:
        yield self._session

    reading = session


class _Failed(Exception):
    """Leaves the entry's (or batch's) transaction, which rolls back; carries the error row."""

    def __init__(self, row: EntryResult) -> None:
        super().__init__(row.why)
        self.row = row


class StatementImportService:
    def __init__(self, db: Database, user: str | Actor = "system", batch_size: int = 1, bulk: bool = True,
                 page_size: int = PAGE_SIZE, parallel_bytes: int | None = PARALLEL_BYTES) -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name
        self.batch_size = max(1, batch_size)
        self.bulk = bulk
        self.page_size = max(1, page_size)
        self.parallel_bytes = parallel_bytes  # None: always read in this process
        self._refused: set[str] = set()  # folder files that failed whole: not retried every tick

    # --- files ----------------------------------------------------------------------------
    def import_file(self, path: str | Path, state: ProgressState | None = None) -> FileResult:
        """Import one statement file (see the module docstring); never raises for a bad file."""
        state = state or _Quiet()
        name = str(path)
        try:
            sha = file_sha256(path)
        except OSError as exc:
            return FileResult(name, "", error=StatementError("file_unreadable", file=name,
                                                             reason=exc.strerror or str(exc)))
        seen = self._seen(sha)
        clinic = SettingsService(self.db).load()
        currency = clinic.currency
        state.progress(0, 0, "read")
        if self._in_parallel(path):
            parallel = self._import_parallel(name, sha, seen, currency, state)
            if parallel is not None:
                return parallel
        try:
            statements = read_statements(path, on_entry=lambda n: state.progress(n, 0, "read"))
            st = own_accounts(name, statements, clinic.iban, currency)
        except DomainError as err:
            return FileResult(name, sha, error=err, seen_before=seen)
        except (OSError, UnicodeError, ValueError) as exc:
            return FileResult(name, sha, seen_before=seen,
                              error=StatementError("file_unreadable", file=name, reason=str(exc)))
        results: list[EntryResult] = []
        if self.bulk:
            cancelled = self._book_all(st.file, [st.entries], len(st.entries), state, results)
        else:
            results, cancelled = self._book_each(st, state)
        return self._finish_file(name, sha, seen, st, results, cancelled, state)

    def _in_parallel(self, path: str | Path) -> bool:
        """Large camt files are read in a second process while booking (`bank.detect.ParallelReader`);
        not in a frozen build (its executable is the app, not a Python that can run the reader)."""
        if not self.bulk or self.parallel_bytes is None or getattr(sys, "frozen", False):
            return False
        try:
            return os.stat(path).st_size >= self.parallel_bytes and sniff_format(path) == "camt"
        except (OSError, DomainError):
            return False  # the ordinary path says what is wrong with the file

    def _import_parallel(self, name: str, sha: str, seen: datetime | None, currency: str,
                         state: ProgressState) -> FileResult | None:
        """Book while a child process reads. Whatever refuses the whole file is found first, by a pass
        over the file that skips the entries (`check_statement`, while the child starts reading), so
        nothing is booked from a file that would be refused. None: the reader could not start
        (nothing was booked); the caller reads the file itself."""
        try:
            reader = ParallelReader(name, currency)
        except StatementError:
            return None
        results: list[EntryResult] = []
        try:
            counted = [0]
            try:
                header = check_statement(name, currency, on_entry=lambda n: counted.__setitem__(0, n))
            except DomainError as err:
                if err.code in ("mixed_accounts", "wrong_currency"):
                    return None  # several accounts: read here, where the clinic's own are picked out
                return FileResult(name, sha, error=err, seen_before=seen)
            except (OSError, UnicodeError, ValueError) as exc:
                return FileResult(name, sha, seen_before=seen,
                                  error=StatementError("file_unreadable", file=name, reason=str(exc)))
            try:
                cancelled = self._book_all(name, reader.chunks(), counted[0], state, results)
            except StatementError as err:
                if err.code == "reader_failed" and reader.read == 0:
                    return None
                # The file changed after the check, or the reader died: what was booked stays booked
                # (idempotent: importing the file again books the rest); the file is not recorded.
                return FileResult(name, sha, error=err, seen_before=seen,
                                  entries=tuple(self._with_numbers(results)))
            statements = reader.statements
        finally:
            reader.close()
        st = header if cancelled or not statements else merge_statements(name, statements)
        return self._finish_file(name, sha, seen, st, results, cancelled, state)

    def _finish_file(self, name: str, sha: str, seen: datetime | None, st: Statement,
                     results: list[EntryResult], cancelled: bool, state: ProgressState) -> FileResult:
        count = len(st.entries) or len(results)  # a streamed statement comes without its entries
        results = self._with_numbers(results)
        results += [_issue_row(i) for i in st.issues if i.severity == "error" and i.entry_index is not None]
        results.sort(key=lambda r: r.index)
        out = FileResult(name, sha, st.format, st.statement_id, st.account_iban, st.currency,
                         st.opening_balance, st.closing_balance, tuple(results), st.issues, None, seen,
                         cancelled)
        if not cancelled:
            self._record(out)
        state.progress(count, count, "done")
        return out

    def import_folder(self, folder: str | Path, state: ProgressState | None = None) -> list[FileResult]:
        """Import the statement files of `folder` whose content was never imported; moves nothing.

        A file refused whole (not a statement, wrong currency) is reported once and then left alone
        by this service instance; a changed file has a new sha256 and is tried again."""
        state = state or _Quiet()
        base = Path(folder)
        if not base.is_dir():
            raise DomainError("statement_folder_missing", folder=str(base))
        out = []
        for p in sorted(base.iterdir()):
            if state.cancelled:
                break
            if not p.is_file() or p.name.startswith(".") or p.suffix.lower() not in STATEMENT_SUFFIXES:
                continue
            try:
                sha = file_sha256(p)
            except OSError:
                continue  # being written or gone: next round
            if sha in self._refused or self._seen(sha) is not None:
                continue
            result = self.import_file(p, state)
            if result.failed:
                self._refused.add(sha)
            out.append(result)
        return out

    def imported_files(self, limit: int = 200) -> list[ImportedFile]:
        """The record of imported files, newest first."""
        with self.db.reading() as session:
            rows = audit_entries(session, entity=_FILE, limit=limit)
        return [ImportedFile(r["at"], r["user"], r["details"].get("file", ""), r["details"].get("sha256", ""),
                             dict(r["details"].get("counts", {}))) for r in rows]

    def _with_numbers(self, results: list[EntryResult]) -> list[EntryResult]:
        ids = sorted({a.invoice_id for r in results for a in r.allocated if not a.invoice_number})
        if not ids:
            return results
        with self.db.reading() as session:
            numbers = bulk_booking.invoice_numbers(session, ids)
        return [dataclasses.replace(r, allocated=tuple(a if a.invoice_number else dataclasses.replace(
            a, invoice_number=numbers.get(a.invoice_id, "")) for a in r.allocated))
                if any(not a.invoice_number for a in r.allocated) else r for r in results]

    def _seen(self, sha: str) -> datetime | None:
        with self.db.reading() as session:
            rows = audit_entries(session, entity=_FILE, entity_id=int(sha[:15], 16), limit=20)
        hits = [r["at"] for r in rows if r["details"].get("sha256") == sha]
        return min(hits) if hits else None

    def _record(self, result: FileResult) -> None:
        with self.db.session() as session:
            add_audit(session, self.user, "statement_imported", _FILE, int(result.sha256[:15], 16),
                      file=os.path.basename(result.file), path=result.file, sha256=result.sha256,
                      format=result.format, statement_id=result.statement_id, account=result.account,
                      counts=result.counts(), seen_before=result.seen_before)

    # --- entries ----------------------------------------------------------------------------
    def _book_all(self, file: str, chunks: Iterable[Sequence[StatementEntry]], total: int,
                  state: ProgressState, results: list[EntryResult]) -> bool:
        """Book `chunks` of entries (as they are read) a page at a time into `results`; True if
        cancelled. `total` is the number of entries, or of source entries while a reader is still going
        (a batch entry may become several: progress then counts past it)."""
        credits: list[tuple[StatementEntry, int | None]] = []  # this file's credits (for reversals)
        waiting: list[StatementEntry] = []
        done = 0

        settings: list[tuple[int, int] | None] = []  # the connection's settings before the first page

        def page(entries: Sequence[StatementEntry]) -> bool:
            nonlocal done
            with self.db.session() as session:
                before = bulk_booking.bulk_settings(session)
                if not settings:
                    settings.append(before)
                p = _Page(self, session, file, entries, credits)
                booked = p.book(state, done, total)
            results.extend(booked)
            done += len(booked)
            return p.stopped

        try:
            for chunk in chunks:
                waiting.extend(chunk)
                while len(waiting) >= self.page_size:
                    if state.cancelled or page(waiting[:self.page_size]):
                        return True
                    del waiting[:self.page_size]
            while waiting:
                if state.cancelled or page(waiting[:self.page_size]):
                    return True
                del waiting[:self.page_size]
            return False
        finally:
            if settings:  # the pool hands this thread the connection the pages used
                with self.db.session() as session:
                    bulk_booking.restore_settings(session, settings[0])

    def _book_each(self, st: Statement, state: ProgressState) -> tuple[list[EntryResult], bool]:
        """One entry at a time through PaymentService (`bulk=False`): the reference behaviour."""
        entries = st.entries
        total = len(entries)
        results: list[EntryResult] = []
        credits: list[tuple[StatementEntry, int | None]] = []  # this file's credits (for reversals)
        i = 0
        while i < total:
            if state.cancelled:
                return results, True
            group = entries[i:i + self.batch_size]
            mark = len(credits)
            try:
                with self.db.session() as session:
                    done = [self._book(session, st.file, e, credits) for e in group]
            except _Failed as failed:
                del credits[mark:]
                if len(group) == 1:
                    done = [failed.row]
                else:  # replay the group one entry per transaction
                    done = []
                    for e in group:
                        try:
                            with self.db.session() as session:
                                done.append(self._book(session, st.file, e, credits))
                        except _Failed as one:
                            done.append(one.row)
            results.extend(done)
            i += len(group)
            state.progress(i, total, "book")
        return results, False

    def _book(self, session: Session, file: str, e: StatementEntry,
              credits: list[tuple[StatementEntry, int | None]]) -> EntryResult:
        """One entry's outcome; a failure raises `_Failed` so its transaction rolls back."""
        def row(status: str, why: str, **more: Any) -> EntryResult:
            return _row(e, status, why, **more)

        ignored = _ignored(e)
        if ignored is not None:
            return ignored
        payments = PaymentService(_Shared(session), self.user)  # type: ignore[arg-type]
        paid_at = datetime.combine(e.booking_date or e.value_date or utcnow().date(), time())
        try:
            if e.reversal:
                existing = ledger.find_payment(session, SOURCE, e.external_id)
                if existing is not None:
                    return row(status="duplicate", why="already_booked",
                                       payment_id=existing.id)
                original = self._original(session, e, credits)
                if original is None:
                    raise DomainError("reversal_original_not_found", field="reversal")
                result = payments.book_external_payment(SOURCE, e.external_id, e.amount, paid_at,
                                                        text=e.remittance_text or "reversal",
                                                        payer_name=e.payer_name, reversal_of=original)
                if result.status == "duplicate":
                    # the original was already reversed under another id: do not take it back twice
                    return row(status="duplicate", why="already_reversed",
                                       payment_id=result.payment_id, params={"original": original})
                return row(status="reversed", why="reversal",
                                   payment_id=result.payment_id, params={"original": original})
            known = ledger.find_payment(session, SOURCE, e.external_id)
            if known is not None:  # booked before: say what it did, book nothing
                credits.append((e, known.id))
                allocated, credit = _booked_before(session, known.id, known.currency)
                return row(status="duplicate", why="already_booked", payment_id=known.id,
                           allocated=allocated, credit=credit)
            result = payments.book_external_payment(SOURCE, e.external_id, e.amount, paid_at, rf=e.rf,
                                                    text=e.remittance_text, payer_name=e.payer_name)
        except DomainError as err:
            raise _Failed(_error_row(e, file, err)) from err
        match = result.match
        credits.append((e, result.payment_id))
        if result.status == "duplicate":
            return row(status="duplicate", why="already_booked",
                               payment_id=result.payment_id, allocated=_allocated(match),
                               credit=match.credit)
        self._remember(session, e, result.payment_id)
        if match.reason == UNMATCHED:
            return row(status="unmatched", why=UNMATCHED,
                               payment_id=result.payment_id, suggestions=_suggested(session, match))
        return row(status="booked", why=match.reason,
                           payment_id=result.payment_id, allocated=_allocated(match),
                           credit=match.credit)

    def _remember(self, session: Session, e: StatementEntry, payment_id: int) -> None:
        """Audit rows a later reversal finds its original by (see the module docstring)."""
        for action, entity, entity_id, details in _remember_rows(e, payment_id):
            add_audit(session, self.user, action, entity, entity_id, **details)

    def _original(self, session: Session, e: StatementEntry,
                  credits: Sequence[tuple[StatementEntry, int | None]]) -> str | None:
        """The external id of the payment a reversal undoes (the rule in the module docstring)."""
        def same_money(c: StatementEntry) -> bool:
            return c.amount == e.amount

        if e.end_to_end_id:
            for c, _pid in reversed(credits):
                if c.end_to_end_id == e.end_to_end_id and same_money(c):
                    return c.external_id
            for row in audit_entries(session, entity=_E2E, entity_id=key_id(e.end_to_end_id), limit=20):
                d = row["details"]
                if d.get("key") == e.end_to_end_id and d.get("amount_minor") == e.amount.minor:
                    return str(d["external_id"])
        if e.rf:
            rf_key = f"{e.rf}|{e.amount.minor}|{e.amount.currency}"
            for c, _pid in reversed(credits):
                if c.rf == e.rf and same_money(c) and not _reversed(session, c.external_id):
                    return c.external_id
            for row in audit_entries(session, entity=_RF, entity_id=key_id(rf_key), limit=50):
                d = row["details"]
                if d.get("key") == rf_key and not _reversed(session, str(d["external_id"])):
                    return str(d["external_id"])
        for c, _pid in reversed(credits):
            if not same_money(c) or _reversed(session, c.external_id):
                continue
            if (e.payer_iban and c.payer_iban == e.payer_iban) or \
                    (e.payer_name and c.payer_name and _norm(c.payer_name) == _norm(e.payer_name)):
                return c.external_id
        return None


def _remember_rows(e: StatementEntry, payment_id: object) -> list[tuple[str, str, int, dict[str, Any]]]:
    """The `statement_entry` audit rows of a booked credit (see the module docstring)."""
    out = []
    minor = e.amount.minor if e.end_to_end_id or e.rf else 0
    if e.end_to_end_id:
        out.append(("statement_entry", _E2E, key_id(e.end_to_end_id),
                    {"key": e.end_to_end_id, "external_id": e.external_id, "payment_id": payment_id,
                     "amount_minor": minor}))
    if e.rf:
        rf_key = f"{e.rf}|{minor}|{e.amount.currency}"
        out.append(("statement_entry", _RF, key_id(rf_key),
                    {"key": rf_key, "external_id": e.external_id, "payment_id": payment_id,
                     "amount_minor": minor}))
    return out


def _row(e: StatementEntry, status: str, why: str, **more: Any) -> EntryResult:
    return EntryResult(e.index, e.external_id, e.amount, e.direction, status, why,
                       payer_name=e.payer_name or "", rf=e.rf, text=e.remittance_text,
                       booking_date=e.booking_date, **more)


def _ignored(e: StatementEntry) -> EntryResult | None:
    """Entries that book nothing: pending, reversals of debits, debits."""
    if e.status != "booked":
        return _row(e, status="ignored", why="pending")
    if e.reversal and e.direction == "credit":
        return _row(e, status="ignored", why="debit_reversal")
    if e.direction == "debit" and not e.reversal:
        return _row(e, status="ignored", why="debit")
    return None


def _error_row(e: StatementEntry, file: str, err: DomainError) -> EntryResult:
    fld = err.params.get("field") or _field_of(err.code)
    return _row(e, status="error", why=err.code, field=fld,
                params={"file": file, **{k: v for k, v in err.params.items() if k != "field"}})


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def _reversed(session: Session, external_id: str) -> bool:
    pay = ledger.find_payment(session, SOURCE, external_id)
    return pay is None or ledger.reversal_for(session, pay.id) is not None


def _field_of(code: str) -> str | None:
    return {"payment_bad_amount": "amount", "payment_external_id_required": "external_id",
            "reversal_amount_mismatch": "amount", "reversal_of_unknown_payment": "reversal",
            "payment_is_reversal": "reversal"}.get(code)


def _issue_row(issue: ImportIssue) -> EntryResult:
    """An entry the reader could not take (bad amount, bad date): an error row naming the field."""
    return EntryResult(index=issue.entry_index if issue.entry_index is not None else -1, external_id="",
                       amount=None, direction="", status="error", why=issue.code, field=issue.field,
                       params={"file": issue.file, "detail": issue.detail})


def _booked_before(session: Session, payment_id: int, currency: str) -> tuple[tuple[Allocated, ...], Money]:
    """A stored payment's live allocations and credit, in three indexed look-ups (re-imports are
    mostly duplicates, so this is kept cheaper than PaymentService's general read-back)."""
    live = [a for a in ledger.allocation_rows(session, payment_id)
            if a.undo_of is None and a.amount_minor > 0 and not ledger.is_undone(session, a.id)]
    allocated = tuple(Allocated(a.invoice_id, "", Money.from_minor(a.amount_minor, currency)) for a in live)
    return allocated, Money.from_minor(ledger.payment_credit(session, payment_id), currency)


def _allocated(match: MatchResult) -> tuple[Allocated, ...]:
    """Invoice numbers are filled in for the whole file at the end (`_with_numbers`: one query per 500)."""
    return tuple(Allocated(a.invoice_id, "", a.amount) for a in match.allocations)


def _suggested(session: Session, match: MatchResult) -> tuple[Suggested, ...]:
    out = []
    for s in match.suggestions:
        client = session.get(Client, s.client_id)
        name = " ".join(p for p in (client.first_name, client.last_name) if p) if client else ""
        inv = session.get(Invoice, s.invoice_id) if s.invoice_id is not None else None
        out.append(Suggested(s.client_id, name, s.invoice_id, inv.number if inv is not None else None,
                             s.score, tuple(s.reasons)))
    return tuple(out)


def _refs_of(e: StatementEntry) -> list[str]:
    """The RFs the matcher will try for this entry (domain.matching's rule 1), to preload them."""
    refs = rf_find_all(e.remittance_text) if e.remittance_text else []
    if e.rf:  # one not preloaded (an invalid structured RF read as text) is looked up when asked
        refs.append(rf_normalize(e.rf))
    return refs


class _Page:
    """One page of entries in one transaction, credits booked through the bulk path.

    The same decisions as `_book` one entry at a time: new credits are matched against the page's
    in-memory balances (`PageMatchContext`) and written together (`insert_bookings`); anything that
    reads the books (a duplicate's read-back, a reversal, suggestions for an unmatched entry) first
    writes what is pending, so it sees exactly what the entry-by-entry path would see.
    """

    def __init__(self, service: StatementImportService, session: Session, file: str,
                 entries: Sequence[StatementEntry], credits: list[tuple[StatementEntry, int | None]]) -> None:
        self.service = service
        self.session = session
        self.file = file
        self.entries = entries
        self.credits = credits
        self.stopped = False
        self.out: list[EntryResult | None] = []  # None: a pending booking's row (made in `flush`)
        self.pending: list[tuple[int, bulk_booking.NewBooking, dict[str, Any]]] = []  # slot, booking, row
        self.refs: set[str] = set()
        self.numbers: set[str] = set()
        self.midnight: dict[date, datetime] = {}  # booking day -> paid_at
        # What the page's already-booked credits did, read at once (dropped once a reversal writes).
        self.before: dict[str, bulk_booking.BookedBefore] | None = bulk_booking.booked_before(
            session, SOURCE, [e.external_id for e in entries])
        self.known = set(self.before)
        for e in entries:  # the look-ups of the credits to match (not of those booked before)
            if e.status == "booked" and e.direction == "credit" and not e.reversal \
                    and e.external_id not in self.known:
                self.refs.update(_refs_of(e))
                self.numbers.update(invoice_numbers_in(e.remittance_text or ""))
        self.ctx = self._context()

    def _context(self) -> bulk_booking.PageMatchContext:
        ctx = bulk_booking.PageMatchContext(self.session)
        ctx.preload_refs(self.refs, self.numbers)
        ctx.before_db_read = self.flush
        return ctx

    def flush(self) -> None:
        """Write the pending bookings; their rows get their payment ids."""
        if not self.pending:
            return
        self.session.flush()  # anything the entry-by-entry path left in the ORM goes first
        ids = bulk_booking.insert_bookings(self.session, self.ctx, [b for _slot, b, _row in self.pending],
                                           self.service.user)
        for (slot, _b, row), pid in zip(self.pending, ids, strict=True):
            self.out[slot] = _row(self.entries[slot], payment_id=pid, **row)
        self.pending.clear()
        self.session.expire_all()  # invoices the ORM holds were just updated under it

    def book(self, state: ProgressState, start: int, total: int) -> list[EntryResult]:
        for n, e in enumerate(self.entries):
            if n and state.cancelled:
                self.stopped = True
                break
            self.out.append(self._one(e))
            state.progress(start + n + 1, max(total, start + n + 1), "book")
        self.flush()
        return [r for r in self.out if r is not None]

    def _one(self, e: StatementEntry) -> EntryResult | None:
        ignored = _ignored(e)
        if ignored is not None:
            return ignored
        if e.reversal or e.external_id in self.known:
            return self._by_entry(e, writes=e.reversal)
        if not e.external_id:
            return _error_row(e, self.file, DomainError("payment_external_id_required", source=SOURCE))
        if not e.amount.is_positive():
            return _error_row(e, self.file, DomainError("payment_bad_amount", amount=str(e.amount)))
        self.known.add(e.external_id)
        day = e.booking_date or e.value_date or utcnow().date()
        paid_at = self.midnight.get(day)
        if paid_at is None:
            paid_at = self.midnight[day] = datetime.combine(day, time())
        incoming = IncomingPayment(e.amount, day, e.rf, None, e.remittance_text, e.payer_name)
        match = match_payment(incoming, self.ctx)  # an unmatched one writes what is pending first
        for a in match.allocations:
            self.ctx.apply(a.invoice_id, a.amount.minor)
        self.credits.append((e, None))
        if match.reason == UNMATCHED:
            row: dict[str, Any] = {"status": "unmatched", "why": UNMATCHED,
                                   "suggestions": _suggested(self.session, match)}
        else:
            row = {"status": "booked", "why": match.reason, "credit": match.credit,
                   "allocated": tuple(Allocated(a.invoice_id, self.ctx.number_of(a.invoice_id) or "",
                                                a.amount) for a in match.allocations)}
        self.pending.append((len(self.out), bulk_booking.NewBooking(
            SOURCE, e.external_id, "", e.amount.minor, e.amount.currency, paid_at, match, e.rf or "",
            e.payer_name or "", e.remittance_text,
            tuple(_remember_rows(e, bulk_booking.PAYMENT_ID))), row))
        return None

    def _by_entry(self, e: StatementEntry, writes: bool) -> EntryResult:
        """The entry-by-entry path, after writing what is pending (it reads the books)."""
        done = self.before.get(e.external_id) if self.before is not None and not writes else None
        if done is not None:  # booked before this page and untouched since: say what it did
            self.credits.append((e, done.payment_id))
            return _row(e, status="duplicate", why="already_booked", payment_id=done.payment_id,
                        allocated=tuple(Allocated(inv, "", Money.from_minor(minor, done.currency))
                                        for inv, minor in done.allocations),
                        credit=Money.from_minor(done.credit_minor, done.currency))
        self.flush()
        if not writes:  # a credit booked before: read-only, cannot fail
            return self.service._book(self.session, self.file, e, self.credits)
        mark = len(self.credits)
        try:
            with self.session.begin_nested():
                row = self.service._book(self.session, self.file, e, self.credits)
        except _Failed as failed:
            del self.credits[mark:]
            row = failed.row
        self.session.flush()  # the preloads read through Core, which does not autoflush
        if writes:  # a reversal moved balances under the in-memory ones: read them again
            self.ctx = self._context()
            self.before = None
        return row
