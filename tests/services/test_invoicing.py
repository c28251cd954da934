"""Issuing: gapless numbers under concurrency and after a failed transaction; drafts and errors."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.services import invoicing as invoicing_module
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.storage.db import Database


def line(amount: str = "10.00") -> InvoiceLine:
    return InvoiceLine.of("Blood test", 1, Money(amount, "EUR"), "0.13")


def test_failed_issue_leaves_no_gap(db: Database, client_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    svc = InvoicingService(db, "anna")
    first = svc.create_draft(client_id, [line()])
    second = svc.create_draft(client_id, [line()])

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(invoicing_module, "add_audit", boom)
    with pytest.raises(RuntimeError):
        svc.issue(first, issue_date=date(2026, 5, 1))
    monkeypatch.undo()
    assert svc.get(first).row.state == "draft" and svc.get(first).row.number is None
    assert svc.issue(second, issue_date=date(2026, 5, 1)).number == "INV-2026-000001"
    assert svc.issue(first, issue_date=date(2026, 5, 2)).number == "INV-2026-000002"


def test_numbers_restart_each_year(db: Database, client_id: int) -> None:
    svc = InvoicingService(db)
    a = svc.issue(svc.create_draft(client_id, [line()]), issue_date=date(2026, 12, 31))
    b = svc.issue(svc.create_draft(client_id, [line()]), issue_date=date(2027, 1, 1))
    assert (a.number, b.number) == ("INV-2026-000001", "INV-2027-000001")
    assert a.rf_code != b.rf_code


def test_concurrent_issuing_is_gapless(db: Database, client_id: int, db_url: str) -> None:
    svc = InvoicingService(db)
    drafts = [svc.create_draft(client_id, [line()]) for _ in range(12)]
    numbers: list[str] = []
    lock = threading.Lock()

    def desk(mine: list[int]) -> None:
        local = Database.open(db_url)
        try:
            for draft in mine:
                number = InvoicingService(local).issue(draft, issue_date=date(2026, 7, 1)).number
                with lock:
                    numbers.append(number)
        finally:
            local.close()

    threads = [threading.Thread(target=desk, args=(drafts[i::3],)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(numbers) == [f"INV-2026-{n:06d}" for n in range(1, 13)]


def test_drafts_only_change_while_drafts(db: Database, client_id: int) -> None:
    svc = InvoicingService(db)
    draft = svc.create_draft(client_id, [line("10.00")])
    svc.edit_draft(draft, [line("10.00"), line("5.50")], note="two tests")
    assert svc.get(draft).untaxed == Money("15.50", "EUR")
    assert svc.get(draft).row.total == Money("17.52", "EUR")  # 13% VAT: 2.015 rounds up
    with pytest.raises(DomainError) as err:
        svc.issue(svc.create_draft(client_id, []))
    assert err.value.code == "invoice_no_lines"
    svc.issue(draft)
    with pytest.raises(DomainError) as err:
        svc.edit_draft(draft, [line()])
    assert err.value.code == "invoice_not_draft"
    with pytest.raises(DomainError) as err:
        svc.cancel(draft, "  ")
    assert err.value.code == "cancel_reason_required"


def test_price_list_lines(db: Database, client_id: int) -> None:
    svc = InvoicingService(db, "anna")
    sid = svc.add_service("XRAY", "X-ray", Money("45.50", "EUR"), "0.24")
    assert [s.code for s in svc.services()] == ["XRAY"]
    draft = svc.create_draft(client_id, [svc.line_for_service(sid, 2)], service_ids=[sid])
    detail = svc.get(draft)
    assert detail.service_ids == (sid,) and detail.row.total == Money("112.84", "EUR")


def test_cancel_draft_has_no_credit_note(db: Database, client_id: int) -> None:
    svc = InvoicingService(db)
    draft = svc.create_draft(client_id, [line()])
    assert svc.cancel(draft, "entered twice") is None
    assert svc.get(draft).row.state == "cancelled"
