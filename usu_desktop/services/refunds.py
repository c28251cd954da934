"""Refunds: pay a patient's client credit (or part of it) back, in cash at the desk or by bank transfer.

A refund is one write transaction: the patient's row is locked, the credit re-read, and a refund
larger than it is refused (`refund_exceeds_credit`, naming both amounts) with nothing written.
Otherwise a new `refunds` row and a credit row of the opposite amount are added (never an edit)
with an audit row. The books' invariant for every client, Σ payments − Σ refunds = Σ allocations +
credit, is proved by `usu-admin check` (storage.checks).

A day's bank-transfer refunds are exported for the clinic's bank as CSV and as a SEPA
pain.001.001.03 credit-transfer file (bank.sepa; EUR only, the clinic's IBAN from its settings).

Error codes: refund_bad_method, refund_bad_amount, refund_exceeds_credit, refund_iban_required,
bad_iban, refund_bad_bic, refund_payee_required, refund_no_clinic_account, refund_none_on_day,
plus client_not_found and the bank.sepa codes.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from usu_desktop.bank.sepa import SepaAccount, SepaTransfer, pain001
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money, total
from usu_desktop.domain.permissions import Actor, Permission, actor_of
from usu_desktop.services.settings import SettingsService
from usu_desktop.storage import ledger
from usu_desktop.storage import refunds as q
from usu_desktop.storage.db import Database
from usu_desktop.storage.records import add_audit, utcnow
from usu_desktop.storage.refund_models import REFUND_METHODS, Refund

_BIC = re.compile(r"[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?")
CSV_FIELDS = ("refund_id", "booked_on", "client_number", "payee_name", "iban", "bic", "amount", "currency",
              "text")


@dataclass(frozen=True)
class RefundView:
    id: int
    client_id: int
    client_number: str
    amount: Money
    method: str
    payee_name: str
    iban: str
    bic: str
    text: str
    booked_on: date
    created_at: datetime
    created_by: str
    credit_left: Money | None = None  # the patient's credit after this refund (when just made)

    @property
    def end_to_end_id(self) -> str:
        """The id the bank carries back on its statement for this transfer."""
        return f"USU-REFUND-{self.id}"


def _view(row: Refund, client_number: str, credit_left: Money | None = None) -> RefundView:
    return RefundView(row.id, row.client_id, client_number, Money.from_minor(row.amount_minor, row.currency),
                      row.method, row.payee_name, row.iban, row.bic, row.text, row.booked_on, row.created_at,
                      row.created_by, credit_left)


def _iban(text: str) -> str:
    try:
        return str(IBAN(text).compact)
    except SchwiftyException:
        raise DomainError("bad_iban", iban=text) from None


class RefundService:
    def __init__(self, db: Database, user: str | Actor = "system") -> None:
        self.db = db
        self.actor = actor_of(user)
        self.user = self.actor.name

    def refund(self, client_id: int, amount: Money, method: str, *, payee_name: str = "", iban: str = "",
               bic: str = "", text: str = "", on: date | None = None) -> RefundView:
        """Pay `amount` of the patient's credit back (`method` cash or transfer; a transfer needs the
        payee's IBAN, the patient's name is the payee unless given)."""
        self.actor.require(Permission.REFUNDS)
        if method not in REFUND_METHODS:
            raise DomainError("refund_bad_method", method=method)
        if not amount.is_positive():
            raise DomainError("refund_bad_amount", amount=str(amount))
        iban, bic, text = iban.strip(), bic.strip().upper().replace(" ", ""), " ".join(text.split())[:140]
        if method == "transfer":
            if not iban:
                raise DomainError("refund_iban_required")
            iban = _iban(iban)
            if bic and not _BIC.fullmatch(bic):
                raise DomainError("refund_bad_bic", bic=bic)
        else:
            iban, bic = "", ""
        with self.db.session() as session:
            client = ledger.lock_client(session, client_id)
            own_name = " ".join(p for p in (client.first_name, client.last_name) if p)
            payee = " ".join(payee_name.split()) or own_name
            if method == "transfer" and not payee:
                raise DomainError("refund_payee_required")
            credit = ledger.credit_balance(session, client_id, amount.currency)
            if amount.minor > credit:
                raise DomainError("refund_exceeds_credit", amount=amount.format(),
                                  credit=Money.from_minor(credit, amount.currency).format())
            row = q.add_refund(session, client_id=client_id, amount_minor=amount.minor,
                               currency=amount.currency, method=method, payee_name=payee[:140],
                               iban=iban, bic=bic, text=text, booked_on=on or date.today(), user=self.user)
            add_audit(session, self.user, "refund_made", "client", client_id, refund_id=row.id,
                      amount_minor=amount.minor, currency=amount.currency, method=method,
                      iban=iban, credit_before_minor=credit)
            left = Money.from_minor(credit - amount.minor, amount.currency)
            return _view(row, client.client_number, left)

    def refunds(self, client_id: int | None = None, day: date | None = None,
                method: str | None = None) -> list[RefundView]:
        with self.db.reading() as session:
            found = q.refund_rows(session, client_id=client_id, day=day, method=method)
            return [_view(r, n) for r, n in found]

    # --- a day's transfers for the bank ------------------------------------------------------
    def transfers(self, day: date) -> list[RefundView]:
        return self.refunds(day=day, method="transfer")

    def transfers_csv(self, day: date) -> bytes:
        """The day's bank-transfer refunds as CSV (';', CRLF, UTF-8), a TOTAL trailer per currency."""
        self.actor.require(Permission.REFUNDS)
        rows = self.transfers(day)
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_FIELDS)
        for r in rows:
            writer.writerow((r.id, r.booked_on.isoformat(), r.client_number, r.payee_name, r.iban, r.bic,
                             str(r.amount.amount), r.amount.currency, r.text))
        for cur in sorted({r.amount.currency for r in rows}):
            mine = [r.amount for r in rows if r.amount.currency == cur]
            writer.writerow(("TOTAL", len(mine), str(total(mine, cur).amount), cur))
        self._exported(day, "csv", rows)
        return out.getvalue().encode("utf-8")

    def transfers_pain001(self, day: date, created_at: datetime | None = None) -> bytes:
        """The day's bank-transfer refunds as a SEPA pain.001.001.03 file from the clinic's account."""
        self.actor.require(Permission.REFUNDS)
        rows = self.transfers(day)
        if not rows:
            raise DomainError("refund_none_on_day", day=day.isoformat())
        clinic = SettingsService(self.db).load()
        if not clinic.iban:
            raise DomainError("refund_no_clinic_account")
        debtor = SepaAccount(clinic.name or "Clinic", _iban(clinic.iban), clinic.bic.strip().upper())
        transfers = [SepaTransfer(r.end_to_end_id, r.amount, SepaAccount(r.payee_name, r.iban, r.bic),
                                  r.text or f"Refund {r.client_number}") for r in rows]
        body = pain001(debtor, transfers, message_id=f"USU-REFUNDS-{day:%Y%m%d}-{rows[-1].id}",
                       created_at=created_at or utcnow(), execution_date=max(day, date.today()))
        self._exported(day, "pain.001", rows)
        return body

    def _exported(self, day: date, kind: str, rows: list[RefundView]) -> None:
        with self.db.session() as session:
            add_audit(session, self.user, "refunds_exported", "refund", None, day=day.isoformat(),
                      format=kind, refund_ids=[r.id for r in rows])
