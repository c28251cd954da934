"""Refunds as a story, Tryton style, on both backends: over-pay, refund part in cash, refuse a refund
larger than the credit, refund the rest by bank transfer, export the day's transfers (CSV and SEPA
pain.001) -- `usu-admin check` clean after every step; damaged refund rows are found."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date, datetime
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import text

from tests.backends import db_arg
from usu_desktop.cli import main as admin
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, Role
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.refunds import RefundService
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.storage.db import Database
from usu_desktop.storage.records import audit_entries

NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}
DAY = date(2026, 5, 4)
PAYEE_IBAN = "GR16 0110 1250 0000 0001 2300 695"
CLINIC_IBAN = "DE89370400440532013000"


def eur(x: str) -> Money:
    return Money(x, "EUR")


def _clean(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert check_books(db) == []
    capsys.readouterr()
    assert admin(["check", "--db", db_arg(db), "--json"]) == 0  # what an administrator runs
    assert json.loads(capsys.readouterr().out)["violations"] == []


@pytest.fixture
def clinic(db_url: str) -> Database:
    db = Database.open(db_url)
    SettingsService(db).save(ClinicSettings(name="Κλινική Αθηνών", iban=CLINIC_IBAN, bic="COBADEFFXXX"))
    return db


def _patient(db: Database, first: str = "Ioanna", last: str = "Petrou") -> int:
    cid = ClientService(db, "anna").create(ClientInput(first, last)).client_id
    assert cid is not None
    return cid


def test_refund_story(clinic: Database, capsys: pytest.CaptureFixture[str]) -> None:
    db = clinic
    manager = Actor("maria", Role.MANAGER)
    refunds = RefundService(db, manager)
    payments = PaymentService(db, "anna")
    cid = _patient(db)
    draft = InvoicingService(db, "anna").create_draft(cid, [InvoiceLine.of("Consultation", 1, eur("100.00"))])
    InvoicingService(db, "anna").issue(draft, issue_date=DAY)
    paid = payments.record_desk_payment(cid, eur("150.00"), "card")
    assert paid.credit == eur("50.00")
    _clean(db, capsys)

    # part of the credit back in cash at the desk
    cash = refunds.refund(cid, eur("20.00"), "cash", text="Over-payment", on=DAY)
    assert (cash.amount, cash.method, cash.payee_name, cash.credit_left) == (
        eur("20.00"), "cash", "Ioanna Petrou", eur("30.00"))
    assert payments.client_credit(cid, "EUR") == eur("30.00")
    _clean(db, capsys)

    # more than is left: refused naming both amounts, and nothing changes
    with db.reading() as session:
        audit_before = len(audit_entries(session, limit=10_000))
    with pytest.raises(DomainError) as err:
        refunds.refund(cid, eur("30.01"), "transfer", iban=PAYEE_IBAN, on=DAY)
    assert err.value.code == "refund_exceeds_credit"
    assert err.value.params == {"amount": "€30.01", "credit": "€30.00"}
    assert payments.client_credit(cid, "EUR") == eur("30.00")
    assert [r.id for r in refunds.refunds(cid)] == [cash.id]
    with db.reading() as session:
        assert len(audit_entries(session, limit=10_000)) == audit_before
    _clean(db, capsys)

    # the rest by bank transfer to the patient's account
    wire = refunds.refund(cid, eur("30.00"), "transfer", iban=PAYEE_IBAN, bic="ETHNGRAA", text="Refund",
                          on=DAY)
    assert (wire.iban, wire.bic, wire.credit_left) == ("GR1601101250000000012300695", "ETHNGRAA", eur("0.00"))
    assert payments.client_credit(cid, "EUR") == eur("0.00")
    with db.reading() as session:
        audit = audit_entries(session, entity="client", entity_id=cid)
    made = [a for a in audit if a["action"] == "refund_made"]
    assert [a["details"]["amount_minor"] for a in made] == [3000, 2000] and made[0]["user"] == "maria"
    _clean(db, capsys)

    # another patient's transfer on the same day, one on another day
    other = _patient(db, "Nikos", "Papadopoulos")
    payments.record_desk_payment(other, eur("12.34"), "cash")
    payments.record_desk_payment(other, eur("1.00"), "cash")
    second = refunds.refund(other, eur("12.34"), "transfer", iban="GR9608100010000001234567890",
                            payee_name="Eleni Papadopoulou", on=DAY)
    refunds.refund(other, eur("1.00"), "transfer", iban="GR9608100010000001234567890", on=date(2026, 5, 5))
    _clean(db, capsys)

    # the day's transfers as CSV: one line each and a control sum, cash refunds left out
    rows = list(csv.reader(io.StringIO(refunds.transfers_csv(DAY).decode("utf-8")), delimiter=";"))
    assert rows[0][:3] == ["refund_id", "booked_on", "client_number"]
    assert [(r[0], r[3], r[4], r[6]) for r in rows[1:-1]] == [
        (str(wire.id), "Ioanna Petrou", "GR1601101250000000012300695", "30.00"),
        (str(second.id), "Eleni Papadopoulou", "GR9608100010000001234567890", "12.34")]
    assert rows[-1] == ["TOTAL", "2", "42.34", "EUR"]

    # ... and as a SEPA credit-transfer file from the clinic's account
    xml = refunds.transfers_pain001(DAY, created_at=datetime(2026, 5, 4, 18, 0))
    doc = etree.fromstring(xml)
    assert doc.findtext("p:CstmrCdtTrfInitn/p:GrpHdr/p:NbOfTxs", namespaces=NS) == "2"
    assert doc.findtext("p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum", namespaces=NS) == "42.34"
    info = doc.find("p:CstmrCdtTrfInitn/p:PmtInf", NS)
    assert info is not None
    assert info.findtext("p:DbtrAcct/p:Id/p:IBAN", namespaces=NS) == CLINIC_IBAN
    assert info.findtext("p:DbtrAgt/p:FinInstnId/p:BIC", namespaces=NS) == "COBADEFFXXX"
    txs = info.findall("p:CdtTrfTxInf", NS)
    assert [(t.findtext("p:PmtId/p:EndToEndId", namespaces=NS), t.findtext("p:Amt/p:InstdAmt", namespaces=NS),
             t.findtext("p:CdtrAcct/p:Id/p:IBAN", namespaces=NS), t.findtext("p:Cdtr/p:Nm", namespaces=NS))
            for t in txs] == [
        (f"USU-REFUND-{wire.id}", "30.00", "GR1601101250000000012300695", "Ioanna Petrou"),
        (f"USU-REFUND-{second.id}", "12.34", "GR9608100010000001234567890", "Eleni Papadopoulou")]
    assert txs[0].find("p:CdtrAgt/p:FinInstnId/p:BIC", NS) is not None
    assert txs[1].find("p:CdtrAgt", NS) is None
    _validate_against_schema(xml)
    with db.reading() as session:
        exported = [a for a in audit_entries(session, entity="refund") if a["action"] == "refunds_exported"]
    assert [a["details"]["format"] for a in exported] == ["pain.001", "csv"]
    _clean(db, capsys)
    db.close()


def _validate_against_schema(xml: bytes) -> None:
    """The ISO 20022 schema is not shipped with the code: a test run that has it (USU_PAIN001_XSD names
    pain.001.001.03.xsd) validates the file against it."""
    schema_path = os.environ.get("USU_PAIN001_XSD", "")
    if not schema_path:
        return
    schema = etree.XMLSchema(etree.parse(schema_path))
    assert schema.validate(etree.fromstring(xml)), schema.error_log


def test_who_may_refund_and_bad_input(clinic: Database) -> None:
    db = clinic
    cid = _patient(db)
    PaymentService(db, "anna").record_desk_payment(cid, eur("10.00"), "cash")
    with pytest.raises(DomainError) as denied:
        RefundService(db, Actor("rita", Role.RECEPTIONIST)).refund(cid, eur("1.00"), "cash")
    assert denied.value.code == "not_permitted_refunds"
    refunds = RefundService(db, Actor("maria", Role.MANAGER))

    def code(*args: object, **kw: object) -> str:
        with pytest.raises(DomainError) as err:
            refunds.refund(cid, *args, **kw)  # type: ignore[arg-type]
        return err.value.code

    assert code(eur("1.00"), "cheque") == "refund_bad_method"
    assert code(eur("0.00"), "cash") == "refund_bad_amount"
    assert code(eur("1.00"), "transfer") == "refund_iban_required"
    assert code(eur("1.00"), "transfer", iban="GR00 1234") == "bad_iban"
    assert code(eur("1.00"), "transfer", iban=PAYEE_IBAN, bic="NOT A BIC") == "refund_bad_bic"
    assert code(Money("1.00", "USD"), "cash") == "refund_exceeds_credit"  # no credit in dollars
    assert refunds.refunds() == [] and PaymentService(db).client_credit(cid, "EUR") == eur("10.00")
    with pytest.raises(DomainError) as none:
        refunds.transfers_pain001(DAY)
    assert none.value.code == "refund_none_on_day"
    refunds.refund(cid, eur("1.00"), "transfer", iban=PAYEE_IBAN, on=DAY)
    SettingsService(db).save(ClinicSettings(name="Clinic"))  # no IBAN of its own any more
    with pytest.raises(DomainError) as no_account:
        refunds.transfers_pain001(DAY)
    assert no_account.value.code == "refund_no_clinic_account"
    assert check_books(db) == []
    db.close()


def test_check_finds_damaged_refunds(clinic: Database) -> None:
    db = clinic
    cid = _patient(db)
    PaymentService(db, "anna").record_desk_payment(cid, eur("40.00"), "cash")
    made = RefundService(db).refund(cid, eur("15.00"), "cash", on=DAY)
    assert check_books(db) == []
    with db.session() as session:  # a refund "edited" afterwards
        session.execute(text("UPDATE refunds SET amount_minor = 2500 WHERE id = :id"), {"id": made.id})
    found = {(v.code, v.entity, v.entity_id) for v in check_books(db)}
    assert ("refund_unfunded", "refund", made.id) in found
    assert ("client_unbalanced", "client", cid) in found
    with db.session() as session:
        session.execute(text("UPDATE refunds SET amount_minor = 1500 WHERE id = :id"), {"id": made.id})
    assert check_books(db) == []
    with db.session() as session:  # money out of the credit with no refund to say where it went
        session.execute(text("INSERT INTO client_credit (client_id, amount_minor, currency, reason,"
                             " created_at, created_by) VALUES (:c, -500, 'EUR', 'refund', :at, 'x')"),
                        {"c": cid, "at": datetime(2026, 5, 4)})
    assert [(v.code, v.entity_id) for v in check_books(db)] == [("client_unbalanced", cid)]
    db.close()


@pytest.mark.sqlite_only("downgrades a file to the revision before refunds; the migration SQL is the same")
def test_a_book_from_before_refunds_upgrades(tmp_path: Path) -> None:
    from alembic import command

    from usu_desktop.storage.db import alembic_config

    path = tmp_path / "old.sqlite"
    db = Database.open(path)
    cid = _patient(db)
    PaymentService(db, "anna").record_desk_payment(cid, eur("25.00"), "cash")
    db.close()
    command.downgrade(alembic_config(f"sqlite:///{path}"), "0007_people")
    import sqlite3

    with sqlite3.connect(path) as con:
        assert "refunds" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    db = Database.open(path)  # upgrades
    assert check_books(db) == []
    RefundService(db).refund(cid, eur("25.00"), "cash")
    assert PaymentService(db).client_credit(cid, "EUR") == eur("0.00") and check_books(db) == []
    db.close()


def test_a_payment_whose_credit_was_refunded_cannot_be_reversed_at_the_desk(clinic: Database) -> None:
    db = clinic
    cid = _patient(db)
    payments = PaymentService(db, "maria")
    paid = payments.record_desk_payment(cid, eur("50.00"), "card")
    RefundService(db, "maria").refund(cid, eur("20.00"), "cash", on=DAY)
    with pytest.raises(DomainError) as err:
        payments.reverse_payment(paid.payment_id, "card payment returned")
    assert err.value.code == "payment_credit_refunded" and err.value.params["amount"] == "€20.00"
    assert payments.client_credit(cid, "EUR") == eur("30.00")  # nothing changed
    assert check_books(db) == []
    other = payments.record_desk_payment(cid, eur("5.00"), "cash")  # its credit is all still there
    payments.reverse_payment(other.payment_id, "entered twice")
    assert payments.client_credit(cid, "EUR") == eur("30.00") and check_books(db) == []
    db.close()


def test_usu_admin_refunds_and_exports_the_day(clinic: Database, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = clinic
    cid = _patient(db)
    PaymentService(db, "anna").record_desk_payment(cid, eur("40.00"), "cash")
    number = ClientService(db).get(cid).client_number
    target = db_arg(db)
    capsys.readouterr()
    assert admin(["refund", number, "50.00", "--db", target, "--json"]) == 2  # more than the credit
    refused = json.loads(capsys.readouterr().out)
    assert refused["error"] == "refund_exceeds_credit" and refused["params"]["credit"] == "€40.00"
    assert admin(["refund", number, "15.00", "--method", "transfer", "--iban", PAYEE_IBAN, "--on",
                  DAY.isoformat(), "--db", target, "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert (made["amount"], made["method"], made["credit_left"]) == ("15.00", "transfer", "25.00")
    out = tmp_path / "refunds.xml"
    assert admin(["refunds", "--day", DAY.isoformat(), "--format", "pain001", "--out", str(out),
                  "--db", target, "--json"]) == 0
    doc = etree.fromstring(out.read_bytes())
    assert doc.findtext("p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum", namespaces=NS) == "15.00"
    _validate_against_schema(out.read_bytes())
    capsys.readouterr()
    assert admin(["refunds", "--day", DAY.isoformat(), "--db", target, "--json"]) == 0
    assert [r["amount"] for r in json.loads(capsys.readouterr().out)["refunds"]] == ["15.00"]
    _clean(db, capsys)
    db.close()


def test_a_cash_refund_prints_a_receipt_to_sign(clinic: Database) -> None:
    from tests.printing.pdfcheck import all_text, squash
    from usu_desktop.services.documents import DocumentService

    db = clinic
    cid = _patient(db)
    PaymentService(db, "anna").record_desk_payment(cid, eur("40.00"), "cash")
    first = RefundService(db, "maria").refund(cid, eur("15.00"), "cash", on=DAY)
    RefundService(db, "maria").refund(cid, eur("5.00"), "cash", on=DAY)
    text = squash(all_text(DocumentService(db, "anna").refund_receipt_pdf(first.id)))
    for words in ("Refund receipt", f"RFD-{first.id:06d}", "Amount paid out", "€15.00", "Cash", "Credit left",
                  "€25.00", "Received by (signature)", "Ioanna Petrou"):
        assert squash(words) in text, words  # the credit left right after it, not today's €20.00
    assert squash("€20.00") not in text
    with pytest.raises(DomainError) as err:
        DocumentService(db).refund_receipt_pdf(999)
    assert err.value.code == "refund_not_found"
    db.close()
