"""Printed documents from the books: frozen invoice originals, reprints, receipts, statements, slips.

Issued means frozen: `freeze_invoice` renders the invoice from the database state and
stores the PDF bytes in the issuing transaction (`InvoicingService.issue` calls it), and
`invoice_pdf` hands back exactly those bytes forever, whatever happens later to the logo,
the template or the labels. `current_state=True` renders a reprint instead, stamped
"partly paid", "paid" or "cancelled", which is never stored. Invoices issued before
freezing existed are frozen on their first request.

Every method opens its own transaction and returns bytes, so the UI can call it on a
worker thread.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, actor_of
from usu_desktop.printing.model import (
    LANGUAGES,
    Allocation,
    Clinic,
    DocLine,
    InvoiceDoc,
    Party,
    ReceiptDoc,
    SlipDoc,
    Stamp,
    StatementDoc,
    VatRow,
    ageing_of,
    running_rows,
)
from usu_desktop.printing.output import AtomicFile, render, save_pdf
from usu_desktop.printing.pdfjoin import PdfJoiner
from usu_desktop.storage import documents as q
from usu_desktop.storage import ledger
from usu_desktop.storage.db import Database, Session
from usu_desktop.storage.models import Client, Invoice, Payment
from usu_desktop.storage.queries import InvoiceFilter, invoice_ids
from usu_desktop.storage.records import add_audit, read_settings, utcnow
from usu_desktop.storage.refund_models import Refund

log = logging.getLogger(__name__)

TEMPLATE_VERSION = "1"
EXCHANGE_URL_KEY = "sync.url"  # the exchange address services/sync.py keeps
_STAMPS: dict[str, Stamp] = {"partly_paid": "partly_paid", "paid": "paid", "cancelled": "cancelled"}
_METHODS = {"cash": "cash", "card": "card", "transfer": "bank"}


# --- building the printing model from the books -------------------------------------------

def _clinic(settings: dict[str, str]) -> Clinic:
    logo: bytes | None = None
    logo_path = settings.get("clinic.logo_path", "").strip()
    if logo_path:
        try:
            logo = Path(logo_path).expanduser().read_bytes()
        except OSError:
            log.warning("clinic logo %s cannot be read; printing without it", logo_path)
    address = tuple(line.strip() for line in settings.get("clinic.address", "").splitlines() if line.strip())
    return Clinic(name=settings.get("clinic.name", ""), address_lines=address,
                  tax_id=settings.get("clinic.tax_id") or None, iban=settings.get("clinic.iban") or None,
                  bic=settings.get("clinic.bic") or None, logo_png=logo,
                  exchange_url=exchange_url(settings), calendar=settings.get("clinic.calendar", ""))


def exchange_url(settings: dict[str, str]) -> str | None:
    url = settings.get(EXCHANGE_URL_KEY, "").strip().rstrip("/")
    return url or None


def payment_page_url(session: Session, settings: dict[str, str], client_id: int,
                     invoice_id: int | None = None) -> str | None:
    """The page of a live payment link (the invoice's, else the patient's balance link), or None.

    The exchange serves payment pages only for links (`/pay/<token>`, see exchange.links);
    a page per client number would let anyone who guesses numbers read who owes what. So
    a document gets a URL QR only while such a link is open; otherwise the RF text (and the
    EPC QR, when the currency is EUR and an IBAN is set) is the way to pay.
    """
    link = q.live_link(session, client_id, invoice_id, utcnow())
    if link is None:
        return None
    if link.url:
        return link.url
    base = exchange_url(settings)
    return f"{base}/pay/{link.token}" if base else None


def document_language(client: Client, settings: dict[str, str]) -> str:
    """The client's preferred language, else the clinic's, else English."""
    for lang in (client.language, settings.get("clinic.language", "")):
        if lang and lang in LANGUAGES:
            return lang
    return "en"


def _party(client: Client, language: str) -> Party:
    name = " ".join(p for p in (client.first_name, client.last_name) if p)
    return Party(name=name, client_number=client.client_number, language=language)


def _percent(rate_text: str) -> Decimal:
    """Stored VAT rates are fractions ("0.2"); the printed model wants percent (20)."""
    value = Decimal(rate_text) * 100
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise DomainError("client_not_found", client_id=client_id)
    return client


def invoice_doc(session: Session, invoice_id: int, *, stamped: bool = False) -> InvoiceDoc:
    """The printed invoice as the database has it now (`stamped`: with its state stamp)."""
    inv = session.get(Invoice, invoice_id)
    if inv is None:
        raise DomainError("invoice_not_found", invoice_id=invoice_id)
    if inv.number is None or inv.issue_date is None or inv.due_date is None:
        raise DomainError("invoice_not_issued", invoice_id=invoice_id, state=inv.state)
    settings = read_settings(session)
    client = _client(session, inv.client_id)
    lang = document_language(client, settings)
    cur = inv.currency
    lines: list[DocLine] = []
    bases: dict[Decimal, int] = {}
    for row in ledger.invoice_lines(session, invoice_id):
        rate = Decimal(row.vat_rate)
        bases[rate] = bases.get(rate, 0) + row.net_minor
        lines.append(DocLine(description=row.description, quantity=Decimal(row.quantity),
                             unit_price=Money.from_minor(row.unit_price_minor, cur),
                             discount=Money.from_minor(abs(row.discount_minor), cur),
                             vat_rate=_percent(row.vat_rate), net=Money.from_minor(row.net_minor, cur)))
    vat_rows = tuple(VatRow(_percent(str(rate)), Money.from_minor(base, cur),
                            Money.from_minor(base, cur).times(rate)) for rate, base in sorted(bases.items()))
    due = ledger.balance_minor(inv)
    stamp = _STAMPS.get(inv.state) if stamped and inv.kind == "invoice" else None
    return InvoiceDoc(
        clinic=_clinic(settings), client=_party(client, lang), number=inv.number,
        issue_date=inv.issue_date, due_date=inv.due_date, currency=cur, lines=tuple(lines),
        vat_rows=vat_rows, untaxed=Money.from_minor(inv.untaxed_minor, cur),
        tax=Money.from_minor(inv.tax_minor, cur), total=Money.from_minor(inv.total_minor, cur),
        paid=Money.from_minor(inv.paid_minor, cur), due=Money.from_minor(due, cur), rf=inv.rf_code,
        language=lang, stamp=stamp,
        payment_page_url=payment_page_url(session, settings, client.id, inv.id) if due > 0 else None,
        credit_note_for=_credited_number(session, inv))


def _credited_number(session: Session, inv: Invoice) -> str | None:
    """For a credit note, the number of the invoice it credits."""
    if inv.kind != "credit_note" or inv.credit_note_for is None:
        return None
    credited = session.get(Invoice, inv.credit_note_for)
    return credited.number if credited is not None and credited.number else str(inv.credit_note_for)


def freeze_invoice(session: Session, invoice_id: int) -> bytes:
    """Render and store the original in the caller's transaction (idempotent); returns the bytes."""
    stored = q.issued_pdf(session, invoice_id)
    if stored is not None:
        return stored.pdf
    pdf = render(invoice_doc(session, invoice_id))
    return q.add_issued_pdf(session, invoice_id, pdf, TEMPLATE_VERSION).pdf


def _method(pay: Payment) -> str:
    if pay.source == "desk":
        return _METHODS.get(pay.method, pay.method or "cash")
    return "bank" if pay.source == "bank" else pay.source


def receipt_doc(session: Session, payment_id: int) -> ReceiptDoc:
    pay = session.get(Payment, payment_id)
    if pay is None:
        raise DomainError("payment_not_found", payment_id=payment_id)
    if pay.client_id is None:
        raise DomainError("payment_unmatched", payment_id=payment_id)
    settings = read_settings(session)
    client = _client(session, pay.client_id)
    lang = document_language(client, settings)
    cur = pay.currency
    allocations = []
    for alloc in ledger.live_allocations(session, payment_id=payment_id):
        inv = session.get(Invoice, alloc.invoice_id)
        assert inv is not None  # foreign key
        allocations.append(Allocation(inv.number or "", Money.from_minor(alloc.amount_minor, cur)))
    credit = ledger.payment_credit(session, payment_id)
    remaining = _open_minor(session, client.id, cur)
    return ReceiptDoc(clinic=_clinic(settings), client=_party(client, lang), number=f"R-{pay.id:06d}",
                      date=pay.paid_at.date(), amount=Money.from_minor(pay.amount_minor, cur),
                      method=_method(pay), allocations=tuple(allocations),
                      credit=Money.from_minor(credit, cur) if credit else None,
                      remaining=Money.from_minor(remaining, cur), language=lang)


def refund_doc(session: Session, refund_id: int) -> ReceiptDoc:
    """The receipt of a refund: what was paid out, how, and the credit left right after it."""
    row = session.get(Refund, refund_id)
    if row is None:
        raise DomainError("refund_not_found", refund_id=refund_id)
    settings = read_settings(session)
    client = _client(session, row.client_id)
    lang = document_language(client, settings)
    left = ledger.credit_balance_through(session, row.client_id, row.currency, row.credit_id)
    return ReceiptDoc(clinic=_clinic(settings), client=_party(client, lang), number=f"RFD-{row.id:06d}",
                      date=row.booked_on, amount=Money.from_minor(row.amount_minor, row.currency),
                      method="cash" if row.method == "cash" else "bank",
                      credit=Money.from_minor(left, row.currency), language=lang, refund=True)


def _open_minor(session: Session, client_id: int, currency: str) -> int:
    return sum(ledger.balance_minor(inv) for inv in q.client_invoices(session, client_id)
               if inv.kind == "invoice" and inv.currency == currency)


Entry = tuple[date, Literal["invoice", "payment", "credit"], str, Money]


def statement_doc(session: Session, client_id: int, date_from: date, date_to: date,
                  currency: str | None = None) -> StatementDoc:
    """Invoices (debit), payments and credit notes (credit) with a running balance, and ageing.

    The balance is what the client owes minus their credit; payments count in full when made.
    """
    if date_to < date_from:
        raise DomainError("statement_bad_period", date_from=date_from, date_to=date_to)
    settings = read_settings(session)
    client = _client(session, client_id)
    lang = document_language(client, settings)
    cur = currency or settings.get("clinic.currency", "EUR")
    entries: list[Entry] = []
    for inv in q.client_invoices(session, client_id):
        if inv.currency != cur or inv.issue_date is None:
            continue
        amount = Money.from_minor(abs(inv.total_minor), cur)
        kind: Literal["invoice", "credit"] = "invoice" if inv.kind == "invoice" else "credit"
        entries.append((inv.issue_date, kind, inv.number or "", amount))
    for pay in q.client_payments(session, client_id):
        if pay.currency == cur:
            entries.append((pay.paid_at.date(), "payment", f"R-{pay.id:06d}",
                            Money.from_minor(pay.amount_minor, cur)))
    entries.sort(key=lambda e: (e[0], 0 if e[1] == "invoice" else 1))
    zero = Money.zero(cur)
    opening = zero
    for day, what, _ref, amount in entries:
        if day < date_from:
            opening = opening + amount if what == "invoice" else opening - amount
    shown = [e for e in entries if date_from <= e[0] <= date_to]
    rows = running_rows(opening, shown)
    closing = rows[-1].balance if rows else opening
    open_items = [(inv.due_date, Money.from_minor(ledger.balance_minor(inv), cur))
                  for inv in q.client_invoices(session, client_id)
                  if inv.kind == "invoice" and inv.currency == cur and inv.due_date is not None
                  and inv.issue_date is not None and inv.issue_date <= date_to
                  and ledger.balance_minor(inv) > 0]
    return StatementDoc(clinic=_clinic(settings), client=_party(client, lang), date_from=date_from,
                        date_to=date_to, currency=cur, opening_balance=opening, rows=rows,
                        closing_balance=closing,
                        ageing=ageing_of(open_items, min(date_to, date.today()), cur),
                        rf=client.rf_code, language=lang)


def _masked(client: Client) -> str:
    initial = f" {client.first_name[:1]}." if client.first_name else ""
    return f"{client.last_name}{initial}".strip() or client.client_number


def slip_doc(session: Session, client_id: int) -> SlipDoc:
    settings = read_settings(session)
    client = _client(session, client_id)
    cur = settings.get("clinic.currency", "EUR")
    return SlipDoc(clinic=_clinic(settings), client_number=client.client_number, masked_name=_masked(client),
                   amount_due=Money.from_minor(_open_minor(session, client_id, cur), cur),
                   rf=client.rf_code, language=document_language(client, settings),
                   payment_page_url=payment_page_url(session, settings, client.id))


# --- the service -------------------------------------------------------------------------

@dataclass
class BatchExport:
    """What a batch export wrote; `cancelled` exports write nothing (and remove what they wrote)."""

    written: list[Path] = field(default_factory=list)
    done: int = 0
    total: int = 0
    cancelled: bool = False


def _safe_name(number: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in number) + ".pdf"


class DocumentService:
    """PDF bytes for the desk and for scripts; see the module docstring."""

    def __init__(self, db: Database, user: str | Actor = "system") -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name

    def invoice_pdf(self, invoice_id: int, current_state: bool = False) -> bytes:
        """The frozen original (frozen now if it was issued before freezing existed), or a reprint."""
        if current_state:
            with self.db.reading() as session:
                return render(invoice_doc(session, invoice_id, stamped=True))
        with self.db.reading() as session:
            stored = q.issued_pdf(session, invoice_id)
            if stored is not None:
                return stored.pdf
        with self.db.session() as session:
            pdf = freeze_invoice(session, invoice_id)
            add_audit(session, self.user, "invoice_pdf_frozen", "invoice", invoice_id, late=True)
            return pdf

    def is_frozen(self, invoice_id: int) -> bool:
        with self.db.reading() as session:
            return q.issued_pdf(session, invoice_id) is not None

    def invoice_id(self, number: str) -> int:
        with self.db.reading() as session:
            inv = q.invoice_by_number(session, number)
            if inv is None:
                raise DomainError("invoice_number_unknown", number=number)
            return inv.id

    def client_id(self, client_number: str) -> int:
        with self.db.reading() as session:
            client = q.client_by_number(session, client_number)
            if client is None:
                raise DomainError("client_number_unknown", client_number=client_number)
            return client.id

    def refund_receipt_pdf(self, refund_id: int) -> bytes:
        with self.db.reading() as session:
            return render(refund_doc(session, refund_id))

    def receipt_pdf(self, payment_id: int) -> bytes:
        with self.db.reading() as session:
            return render(receipt_doc(session, payment_id))

    def statement_pdf(self, client_id: int, date_from: date, date_to: date) -> bytes:
        with self.db.reading() as session:
            return render(statement_doc(session, client_id, date_from, date_to))

    def slip_pdf(self, client_id: int) -> bytes:
        with self.db.reading() as session:
            return render(slip_doc(session, client_id))

    def invoice_number(self, invoice_id: int) -> str:
        with self.db.reading() as session:
            inv = session.get(Invoice, invoice_id)
            if inv is None:
                raise DomainError("invoice_not_found", invoice_id=invoice_id)
            return inv.number or f"draft-{invoice_id}"

    def issued_ids(self, invoice_filter: InvoiceFilter, limit: int = 100_000) -> list[int]:
        """Ids of the issued invoices a list filter shows, oldest first (for batch printing)."""
        with self.db.reading() as session:
            ids = invoice_ids(session, invoice_filter, sort="issue_date", descending=False, limit=limit)
            return [i for i in ids if (inv := session.get(Invoice, i)) is not None and inv.number]

    def merged_invoices_pdf(self, invoice_ids: Sequence[int], *, current_state: bool = False,
                            progress: Callable[[int, int], None] | None = None,
                            cancelled: Callable[[], bool] | None = None) -> bytes | None:
        """Many invoices as one PDF in memory, for printing a batch; None when cancelled.

        Each invoice is joined as soon as it is rendered (pdfjoin: byte copies, few Python
        objects), so the GUI thread's collector has nothing big to walk during a batch."""
        out = io.BytesIO()
        joiner = PdfJoiner(out)
        for done, invoice_id in enumerate(invoice_ids, start=1):
            if cancelled is not None and cancelled():
                return None
            joiner.add(self.invoice_pdf(invoice_id, current_state))
            if progress is not None:
                progress(done, len(invoice_ids))
        if not joiner.page_count:
            return None
        joiner.finish()
        return out.getvalue()

    def export_invoices(self, invoice_ids: Sequence[int], *, one_file: str | os.PathLike[str] | None = None,
                        out_dir: str | os.PathLike[str] | None = None, current_state: bool = False,
                        progress: Callable[[int, int], None] | None = None,
                        cancelled: Callable[[], bool] | None = None) -> BatchExport:
        """Many invoices into one merged PDF or one file each (named by invoice number).

        All or nothing: a cancelled or failed export leaves no files behind (each file is
        written atomically, and the ones already written are removed).
        """
        if (one_file is None) == (out_dir is None):
            raise DomainError("batch_needs_one_target")
        result = BatchExport(total=len(invoice_ids))
        sink: AtomicFile | None = None
        try:
            # One file: written part by part into a temp file next to it (see pdfjoin).
            sink = AtomicFile(one_file) if one_file is not None else None
            joiner = PdfJoiner(sink) if sink is not None else None
            for invoice_id in invoice_ids:
                if cancelled is not None and cancelled():
                    result.cancelled = True
                    break
                data = self.invoice_pdf(invoice_id, current_state)
                if out_dir is not None:
                    target = Path(out_dir) / _safe_name(self.invoice_number(invoice_id))
                    if target.exists():
                        raise DomainError("output_exists", path=str(target))
                    result.written.append(save_pdf(target, data))
                elif joiner is not None:
                    joiner.add(data)
                result.done += 1
                if progress is not None:
                    progress(result.done, result.total)
            if sink is not None and joiner is not None and not result.cancelled and joiner.page_count:
                joiner.finish()
                result.written.append(sink.commit())
        except BaseException:
            _remove(result.written)
            raise
        finally:
            if sink is not None:
                sink.discard()  # a cancelled or failed one-file export leaves no temp file
        if result.cancelled:
            _remove(result.written)
            result.written = []
        return result


def _remove(paths: Sequence[Path]) -> None:
    for path in paths:
        try:
            path.unlink()
        except OSError:
            log.warning("could not remove %s after a stopped export", path)
