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


def test_every_search_plan_gives_the_same_page(database, monkeypatch):
    """Out of budget at once, the next plan answers: all three plans agree, in both directions."""
    from usu_desktop.storage import reception_queries as rq

    generate(database, clients=120, invoices=600, seed=5)
    words = ("Смирнов", "ψαρ", "jóns", "a", "INV-", "INV-20", "1000", "zzz")
    args = [(sort, desc, off, rev) for sort in ("issue_date", "client") for desc in (True, False)
            for off in (0, 7) for rev in (False, True)]

    within, over = rq.within_budget, []

    def counting(*a):
        try:
            return within(*a)
        except rq.OverBudget:
            over.append(1)
            raise

    monkeypatch.setattr(rq, "within_budget", counting)
    monkeypatch.setattr(rq, "_STEP", 5)  # look at the budget often: these queries are short

    def pages(**budgets):
        for name, value in budgets.items():
            monkeypatch.setattr(rq, name, value)
        over.clear()
        svc = ReceptionService(database)
        return {(w, a): svc.invoice_ids(InvoiceFilter(text=w), a[0], a[1], a[2], 25, a[3])
                for w in words for a in args}

    first = pages(SCAN_SHARE=0.0)  # the "scan" plan wherever there is no narrowing yet
    assert any(first.values()) and not all(first.values()) and not over
    assert pages(SCAN_SHARE=0.0, SCAN_BUDGET_MS=-1.0) == first and over  # "walk"
    assert pages(SCAN_SHARE=0.0, SCAN_BUDGET_MS=-1.0, WALK_BUDGET_MS=-1.0) == first  # "index"
    assert pages(SCAN_SHARE=2.0) == first  # never "scan"


def test_a_read_over_budget_leaves_the_session_usable(database):
    from sqlalchemy import select

    from usu_desktop.storage import reception_queries as rq
    from usu_desktop.storage.models import Invoice

    generate(database, clients=50, invoices=3000, seed=2)
    with database.reading() as s:
        q = select(Invoice.id).order_by(Invoice.total_minor)
        try:
            rq.within_budget(s, q, -1.0)
        except rq.OverBudget:
            pass
        else:
            raise AssertionError("a read with no budget left was not stopped")
        assert len(rq.within_budget(s, q, None)) == 3000
