"""The search behind the lists: each keystroke narrows the last one's patients, with the
same answers as a search from scratch; a change to patients starts from scratch again."""

from __future__ import annotations

from usu_desktop.services.clients import ClientInput
from usu_desktop.services.demo import generate
from usu_desktop.services.reception import ReceptionService
from usu_desktop.storage.queries import ClientFilter, InvoiceFilter


def test_typing_narrows_and_agrees_with_a_fresh_search(database):
    generate(database, clients=120, invoices=600, seed=3)
    typed = ReceptionService(database)
    for word in ("Смирнов", "Ψάρρας", "Jónsdóttir", "Məmmədov", "حسینی", "INV-", "1000"):
        for n in range(1, len(word) + 1):
            text = word[:n]
            fresh = ReceptionService(database)
            args = ("issue_date", True, 0, 1000)
            assert typed.invoice_ids(InvoiceFilter(text=text), *args) == fresh.invoice_ids(
                InvoiceFilter(text=text), *args
            ), text
            assert typed.count_invoices(InvoiceFilter(text=text)) == fresh.count_invoices(
                InvoiceFilter(text=text)
            )
            assert typed.client_ids(ClientFilter(text=text), "name", False, 0, 1000) == fresh.client_ids(
                ClientFilter(text=text), "name", False, 0, 1000
            ), text


def test_a_new_patient_is_found_after_forget(database, ctx):
    svc = ReceptionService(database)
    ctx.services.clients.create(ClientInput("Anna", "Smith"))
    assert len(svc.client_ids(ClientFilter(text="smi"), "name", False, 0, 50)) == 1
    ctx.services.clients.create(ClientInput("Bob", "Smithers"))
    svc.forget_matches()
    assert len(svc.client_ids(ClientFilter(text="smit"), "name", False, 0, 50)) == 2
