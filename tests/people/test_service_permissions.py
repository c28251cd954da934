"""Services check the role themselves: a receptionist works the desk but cannot cancel, undo a
match, reverse a payment, read reports, change settings or the connection, or back up; a manager
may cancel and undo; the audit row names who did it."""

from __future__ import annotations

from datetime import date

import pytest

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.invoices import InvoiceLine
from usu_desktop.domain.money import Money
from usu_desktop.domain.permissions import Actor, Role
from usu_desktop.services.backup import backup
from usu_desktop.services.bundle import Services
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientInput
from usu_desktop.services.reports import Period
from usu_desktop.services.settings import ClinicSettings
from usu_desktop.services.sync import SyncConfig
from usu_desktop.storage.db import Database
from usu_desktop.storage.records import audit_entries

RITA = Actor("Rita", Role.RECEPTIONIST)
MANOS = Actor("Manos", Role.MANAGER)


def _desk(db: Database) -> tuple[int, int, int]:
    """Rita's morning: a patient, two issued invoices, a cash payment on the first."""
    Services.build(db, "first start").users.add("Admin", Role.ADMINISTRATOR, "admin-password")
    s = Services.build(db, RITA)
    client = s.clients.create(ClientInput("Ivan", "Ivanov")).client_id
    assert client is not None
    line = InvoiceLine.of("Blood test", 1, Money("40.00", "EUR"))
    first, second = (s.invoicing.issue(s.invoicing.create_draft(client, [line]),
                                       issue_date=date(2026, 3, 2)).invoice_id for _ in range(2))
    paid = s.payments.record_desk_payment(client, Money("10.00", "EUR"), "cash", invoice_id=first)
    draft = s.invoicing.create_draft(client, [line])
    assert s.invoicing.cancel(draft, "typed twice") is None  # her own draft: no credit note, allowed
    return paid.payment_id, first, second


def test_a_receptionist_is_refused_what_her_role_may_not_do(db: Database, tmp_path) -> None:
    payment, first, second = _desk(db)
    s = Services.build(db, RITA)
    allocation = s.payments.invoice_allocations(first)[0]
    refusals = {
        "not_permitted_cancel_invoices": lambda: s.invoicing.cancel(second, "wrong patient"),
        "not_permitted_matches": lambda: s.payments.undo_allocation(allocation.allocation_id, "oops"),
        "not_permitted_refunds": lambda: s.payments.reverse_payment(payment, "card returned"),
        "not_permitted_reports": lambda: s_reports(db).revenue(Period(date(2026, 3, 1), date(2026, 3, 31))),
        "not_permitted_settings": lambda: s.settings.save(ClinicSettings(name="Mine now")),
        "not_permitted_connections": lambda: s.sync.save_config(SyncConfig("https://x.example", "p", 15)),
        "not_permitted_users": lambda: s.users.add("Eve", Role.ADMINISTRATOR, "eve-password"),
        "not_permitted_backup": lambda: backup(db, tmp_path / "copy.sqlite", user=RITA),
    }
    for code, attempt in refusals.items():
        with pytest.raises(DomainError) as err:
            attempt()
        assert err.value.code == code, code
    assert s.invoicing.get(second).row.state == "issued"
    assert check_books(db) == []


def s_reports(db: Database):  # type: ignore[no-untyped-def]
    from usu_desktop.services.reports import ReportService

    return ReportService(db, RITA)


def test_a_manager_cancels_and_undoes_and_the_audit_names_both(db: Database) -> None:
    _payment, first, second = _desk(db)
    m = Services.build(db, MANOS)
    note = m.invoicing.cancel(second, "wrong patient", on=date(2026, 3, 3))
    assert note is not None and m.invoicing.get(second).row.state == "cancelled"
    allocation = m.payments.invoice_allocations(first)[0]
    m.payments.undo_allocation(allocation.allocation_id, "wrong invoice")
    assert m.actor is MANOS and Services.build(db).actor.role is Role.ADMINISTRATOR
    assert m.as_user(RITA).invoicing.actor == RITA
    with db.reading() as session:
        rows = audit_entries(session, limit=100)
    by_user = {(r["user"], r["action"]) for r in rows}
    assert {("Rita", "invoice_issued"), ("Rita", "invoice_draft_cancelled"), ("Manos", "allocation_undone")} \
        <= by_user
    assert any(u == "Manos" and a.startswith("invoice_cancel") for u, a in by_user)
    assert check_books(db) == []
