"""The matching engine: rules in order, reasons, suggestions and the allocation invariants.

`match_payment` is pure, so an in-memory MatchContext is all it needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usu_desktop.domain.client_numbers import client_number_create
from usu_desktop.domain.matching import (
    AMOUNT_EQUALS_BALANCE,
    AMOUNT_EQUALS_CLIENT_TOTAL,
    CLIENT_NUMBER_IN_TEXT,
    DATE_NEAR,
    NAME_MATCH,
    NAME_SIMILAR,
    Allocation,
    ClientInfo,
    IncomingPayment,
    MatchError,
    MatchResult,
    OpenInvoice,
    allocate_oldest_first,
    invoice_numbers_in,
    match_payment,
    name_score,
)
from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_create, rf_format


def eur(x: str | int) -> Money:
    return Money(x, "EUR")


@dataclass
class FakeBooks:
    """An in-memory MatchContext that also counts what it was asked."""

    clients: list[ClientInfo] = field(default_factory=list)
    invoices: list[OpenInvoice] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)

    def invoice_by_rf(self, rf: str) -> OpenInvoice | None:
        self.asked.append(("invoice_by_rf", rf))
        return next((i for i in self.invoices if i.rf == rf), None)

    def client_by_rf(self, rf: str) -> ClientInfo | None:
        self.asked.append(("client_by_rf", rf))
        return next((c for c in self.clients if c.open_rf == rf), None)

    def client_by_number(self, number: str) -> ClientInfo | None:
        self.asked.append(("client_by_number", number))
        return next((c for c in self.clients if c.client_number == number), None)

    def open_invoices(self, client_id: int) -> Sequence[OpenInvoice]:
        return [i for i in self.invoices if i.client_id == client_id and i.balance.is_positive()]

    def invoice_by_number(self, number: str) -> OpenInvoice | None:
        self.asked.append(("invoice_by_number", number))
        return next((i for i in self.invoices if i.number == number), None)

    def suggestion_candidates(
        self, payment: IncomingPayment, limit: int
    ) -> Sequence[tuple[ClientInfo, Sequence[OpenInvoice]]]:
        return [(c, self.open_invoices(c.client_id)) for c in self.clients][:limit]


D0 = date(2026, 1, 1)


def inv(invoice_id: int, client_id: int, balance: str, due_days: int, issue_days: int | None = None,
        rf: bool = True) -> OpenInvoice:
    issue = D0 + timedelta(days=issue_days if issue_days is not None else due_days - 14)
    return OpenInvoice(invoice_id, client_id, f"INV-2026-{invoice_id:06d}",
                       rf_create(f"{client_id:05d}{invoice_id:06d}") if rf else None,
                       issue, D0 + timedelta(days=due_days), eur(balance))


def client(client_id: int, name: str) -> ClientInfo:
    number = client_number_create(10000 + client_id)
    return ClientInfo(client_id, number, name, rf_create(f"C{client_id:06d}"))


@pytest.fixture
def books() -> FakeBooks:
    ivanov = client(1, "Ivan Ivanov")
    papa = client(2, "Μαρία Παπαδοπούλου")
    rezaei = client(3, "علی رضایی")
    return FakeBooks(
        clients=[ivanov, papa, rezaei],
        invoices=[
            inv(11, 1, "100.00", due_days=40),
            inv(12, 1, "50.00", due_days=10),
            inv(13, 1, "30.00", due_days=10, issue_days=-20),
            inv(14, 1, "0.00", due_days=5),              # paid in full already
            inv(21, 2, "80.00", due_days=20),
            inv(31, 3, "1200.00", due_days=30),
        ],
    )


def pay(amount: str, **kw: object) -> IncomingPayment:
    return IncomingPayment(eur(amount), kw.pop("paid_on", date(2026, 1, 20)), **kw)  # type: ignore[arg-type]


def check_invariants(result: MatchResult, payment: IncomingPayment, books: FakeBooks) -> None:
    balances = {i.invoice_id: i.balance for i in books.invoices}
    if result.matched:
        assert result.allocated + result.credit == payment.amount
    else:
        assert not result.allocations and result.credit.is_zero()
    assert not result.credit.is_negative()
    seen = set()
    for a in result.allocations:
        assert a.amount.is_positive()
        assert a.amount <= balances[a.invoice_id]
        assert a.invoice_id not in seen
        seen.add(a.invoice_id)
        assert a.reason == result.reason


# --- rule 1: RF ------------------------------------------------------------------

def test_rf_in_structured_field_pays_that_invoice(books: FakeBooks) -> None:
    target = books.invoices[0]
    p = pay("60.00", rf=target.rf)
    r = match_payment(p, books)
    assert r.reason == "rf_invoice" and r.client_id == 1 and r.matched
    assert r.allocations == (Allocation(11, eur("60.00"), "rf_invoice"),)
    assert r.credit == eur(0) and r.suggestions == ()
    check_invariants(r, p, books)


def test_rf_overpayment_becomes_client_credit_not_other_invoices(books: FakeBooks) -> None:
    p = pay("130.00", rf=books.invoices[0].rf)
    r = match_payment(p, books)
    assert r.allocations == (Allocation(11, eur("100.00"), "rf_invoice"),)
    assert r.credit == eur("30.00")
    check_invariants(r, p, books)


def test_rf_of_a_paid_invoice_goes_to_its_clients_credit(books: FakeBooks) -> None:
    p = pay("25.00", rf=books.invoices[3].rf)
    r = match_payment(p, books)
    assert r.reason == "rf_invoice" and r.client_id == 1
    assert r.allocations == () and r.credit == eur("25.00")


@pytest.mark.parametrize("spell", [
    lambda rf: f"Payment {rf_format(rf)} thanks",
    lambda rf: f"payment {rf_format(rf).lower().replace(' ', '-')}",
    lambda rf: f"Ref:{rf}/2026",
    lambda rf: f"ΠΛΗΡΩΜΗ{rf}",
])
def test_rf_found_in_free_text_in_any_spelling(books: FakeBooks, spell: object) -> None:
    target = books.invoices[4]
    assert target.rf is not None
    p = pay("80.00", text=spell(target.rf))  # type: ignore[operator]
    r = match_payment(p, books)
    assert r.reason == "rf_invoice" and r.client_id == 2
    assert r.allocations == (Allocation(21, eur("80.00"), "rf_invoice"),)


def test_structured_field_with_extra_text_is_searched(books: FakeBooks) -> None:
    rf = books.invoices[4].rf
    assert rf is not None
    r = match_payment(pay("80.00", rf=f"/RFB/{rf_format(rf)}/INV"), books)
    assert r.reason == "rf_invoice" and r.client_id == 2


def test_client_open_amount_rf_pays_oldest_due_first_then_credit(books: FakeBooks) -> None:
    p = pay("200.00", rf=books.clients[0].open_rf)
    r = match_payment(p, books)
    assert r.reason == "rf_client" and r.client_id == 1
    # 13 and 12 are due the same day; 13 was issued earlier. The paid invoice 14 is skipped.
    assert [(a.invoice_id, a.amount) for a in r.allocations] == [
        (13, eur("30.00")), (12, eur("50.00")), (11, eur("100.00"))]
    assert r.credit == eur("20.00")
    check_invariants(r, p, books)


def test_client_rf_part_payment_stops_inside_an_invoice(books: FakeBooks) -> None:
    p = pay("45.00", text=f"deposit {rf_format(books.clients[0].open_rf or '')}")
    r = match_payment(p, books)
    assert [(a.invoice_id, a.amount) for a in r.allocations] == [(13, eur("30.00")), (12, eur("15.00"))]
    assert r.credit == eur(0)


def test_transposed_or_mistyped_rf_matches_nothing(books: FakeBooks) -> None:
    rf = books.invoices[4].rf
    assert rf is not None
    body = rf[4:]
    i = next(k for k in range(len(body) - 1) if body[k] != body[k + 1])
    swapped = rf[:4] + body[:i] + body[i + 1] + body[i] + body[i + 2:]
    check_swapped = rf[:2] + rf[3] + rf[2] + rf[4:]
    for bad in (swapped, check_swapped if rf[2] != rf[3] else swapped):
        for p in (pay("80.00", rf=bad), pay("80.00", text=f"payment {rf_format(bad)}")):
            books.asked.clear()
            r = match_payment(p, books)
            assert r.reason == "unmatched" and not r.matched and r.allocations == ()
            assert not any(kind.endswith("_rf") for kind, _ in books.asked)


def test_a_valid_rf_nobody_owns_falls_through_to_later_rules(books: FakeBooks) -> None:
    p = pay("10.00", rf=rf_create("UNKNOWN1"), account=books.clients[1].client_number)
    r = match_payment(p, books)
    assert r.reason == "client_number" and r.client_id == 2


# --- rule 2: client number ---------------------------------------------------------

def test_client_number_at_a_terminal(books: FakeBooks) -> None:
    number = books.clients[0].client_number
    spaced = " ".join([number[:3], number[3:]])
    p = pay("90.00", account=spaced)
    r = match_payment(p, books)
    assert r.reason == "client_number" and r.client_id == 1
    assert [(a.invoice_id, a.amount) for a in r.allocations] == [(13, eur("30.00")), (12, eur("50.00")),
                                                                  (11, eur("10.00"))]
    check_invariants(r, p, books)


def test_client_with_nothing_open_gets_all_as_credit(books: FakeBooks) -> None:
    books.clients.append(client(4, "New Patient"))
    p = pay("15.00", account=books.clients[3].client_number)
    r = match_payment(p, books)
    assert r.reason == "client_number" and r.client_id == 4
    assert r.allocations == () and r.credit == eur("15.00")


def test_client_number_with_a_wrong_check_digit_is_never_looked_up(books: FakeBooks) -> None:
    number = books.clients[0].client_number
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    # Even if a client were stored under that wrong number, it must not be used.
    books.clients.append(replace(books.clients[1], client_number=wrong))
    r = match_payment(pay("10.00", account=wrong), books)
    assert r.reason == "unmatched"
    assert ("client_by_number", wrong) not in books.asked


# --- rule 3: invoice number ----------------------------------------------------------

def test_invoice_number_in_text(books: FakeBooks) -> None:
    p = pay("1500.00", text="Invoice inv-2026-000031 for Ali")
    r = match_payment(p, books)
    assert r.reason == "invoice_number" and r.client_id == 3
    assert r.allocations == (Allocation(31, eur("1200.00"), "invoice_number"),)
    assert r.credit == eur("300.00")


def test_rules_apply_in_order(books: FakeBooks) -> None:
    # RF beats client number beats invoice number.
    p = pay("5.00", rf=books.invoices[5].rf, account=books.clients[0].client_number, text="INV-2026-000021")
    assert match_payment(p, books).reason == "rf_invoice"
    p = pay("5.00", account=books.clients[0].client_number, text="INV-2026-000021")
    assert match_payment(p, books).client_id == 1
    p = pay("5.00", text="INV-2026-000021")
    assert match_payment(p, books).client_id == 2


def test_invoice_numbers_in_text() -> None:
    assert invoice_numbers_in("pay inv-2026-000123 and 2026/15, not 12026-1 or ABC2026-5x") == [
        "INV-2026-000123", "2026/15"]
    assert invoice_numbers_in("A1-2026-000007;CLINIC2-2025-000001.") == [
        "A1-2026-000007", "CLINIC2-2025-000001"]
    assert invoice_numbers_in("tel 2026-55-12, IBAN GR16 0110 1250") == []
    assert invoice_numbers_in("No. 2026-7 (twice: 2026-7)") == ["2026-7"]
    assert invoice_numbers_in("R-0001", r"R-\d{4}") == ["R-0001"]


# --- rule 4: unmatched and suggestions --------------------------------------------------

def test_unmatched_payment_gets_ranked_suggestions_with_reasons(books: FakeBooks) -> None:
    # Client "Μαρία Παπαδοπούλου": upper case, no accents, other word order.
    p = pay("80.00", payer_name="ΠΑΠΑΔΟΠΟΥΛΟΥ ΜΑΡΙΑ", paid_on=date(2026, 1, 12))
    r = match_payment(p, books)
    assert r.reason == "unmatched" and r.client_id is None and not r.matched
    assert r.allocations == () and r.credit == eur(0)
    best = r.suggestions[0]
    assert (best.client_id, best.invoice_id) == (2, 21)
    assert best.reasons == (NAME_MATCH, AMOUNT_EQUALS_BALANCE, DATE_NEAR)
    scores = [s.score for s in r.suggestions]
    assert scores == sorted(scores, reverse=True)


def test_amount_alone_suggests_the_invoice_with_that_balance(books: FakeBooks) -> None:
    r = match_payment(pay("1200.00"), books)
    assert [(s.client_id, s.invoice_id, s.reasons) for s in r.suggestions] == [
        (3, 31, (AMOUNT_EQUALS_BALANCE, DATE_NEAR))]


def test_amount_equal_to_a_clients_whole_debt(books: FakeBooks) -> None:
    r = match_payment(pay("180.00"), books)
    assert [(s.client_id, s.invoice_id, s.reasons) for s in r.suggestions] == [
        (1, None, (AMOUNT_EQUALS_CLIENT_TOTAL,))]


def test_persian_name_variants_and_initials(books: FakeBooks) -> None:
    r = match_payment(pay("3.00", payer_name="علي رضايي"), books)  # Arabic yeh
    assert r.suggestions and r.suggestions[0].client_id == 3
    assert NAME_MATCH in r.suggestions[0].reasons
    r = match_payment(pay("3.00", payer_name="Ivanov I."), books)
    assert r.suggestions[0].client_id == 1 and NAME_MATCH in r.suggestions[0].reasons


def test_client_number_in_bank_text_is_only_a_suggestion(books: FakeBooks) -> None:
    number = books.clients[1].client_number
    r = match_payment(pay("1.00", text=f"for patient {number}"), books)
    assert r.reason == "unmatched"
    assert r.suggestions[0].client_id == 2 and CLIENT_NUMBER_IN_TEXT in r.suggestions[0].reasons


def test_date_proximity_ranks_equal_amounts(books: FakeBooks) -> None:
    # Two invoices of 80.00: one due 3 days before the payment, one due 100 days before.
    books.invoices.append(inv(41, 3, "80.00", due_days=-80))
    r = match_payment(pay("80.00", paid_on=D0 + timedelta(days=23)), books)
    near, far = r.suggestions[0], r.suggestions[1]
    assert (near.invoice_id, near.reasons) == (21, (AMOUNT_EQUALS_BALANCE, DATE_NEAR))
    assert (far.invoice_id, far.reasons) == (41, (AMOUNT_EQUALS_BALANCE,))
    assert 50 < near.score < 70 and far.score == 50  # 3 days late loses a point


def test_money_in_another_currency_is_never_allocated(books: FakeBooks) -> None:
    target = books.invoices[4]
    p = IncomingPayment(Money("80.00", "USD"), date(2026, 1, 20), rf=target.rf, text=target.number)
    r = match_payment(p, books)
    assert r.reason == "unmatched" and r.credit == Money(0, "USD") and r.suggestions == ()


def test_nothing_in_common_means_no_suggestions(books: FakeBooks) -> None:
    r = match_payment(pay("7.77", payer_name="Jane Doe"), books)
    assert r.suggestions == ()


def test_name_score() -> None:
    assert name_score("Ivan Ivanov", "IVANOV Ivan") == 100
    assert name_score("Jose", "José García") == 50
    assert name_score("Ζωή", "ΖΩΗ") == 100
    assert name_score("", "Anyone") == 0
    assert name_score("Ivanov P.", "Ivan Ivanov") == 50


def test_similar_name_reason(books: FakeBooks) -> None:
    r = match_payment(pay("3.00", payer_name="Ivanov"), books)
    assert r.suggestions[0].client_id == 1 and r.suggestions[0].reasons[0] == NAME_SIMILAR


# --- refusals and allocate_oldest_first ---------------------------------------------------

def test_non_positive_payments_are_refused(books: FakeBooks) -> None:
    for amount in ("0", "-5.00"):
        with pytest.raises(MatchError) as err:
            match_payment(pay(amount), books)
        assert err.value.code == "match_bad_amount"


def test_allocate_oldest_first_exact_and_short() -> None:
    invs = [inv(1, 1, "10.00", 30), inv(2, 1, "20.00", 10), inv(3, 1, "0.00", 5)]
    allocs, rest = allocate_oldest_first(eur("25.00"), invs, "x")
    assert [(a.invoice_id, a.amount) for a in allocs] == [(2, eur("20.00")), (1, eur("5.00"))]
    assert rest == eur(0)
    allocs, rest = allocate_oldest_first(eur(0), invs, "x")
    assert allocs == () and rest == eur(0)


def test_oldest_due_means_due_date_not_issue_date() -> None:
    long_terms = inv(1, 1, "10.00", due_days=90, issue_days=0)    # issued first, due last
    short_terms = inv(2, 1, "10.00", due_days=20, issue_days=10)
    allocs, rest = allocate_oldest_first(eur("15.00"), [long_terms, short_terms], "x")
    assert [(a.invoice_id, a.amount) for a in allocs] == [(2, eur("10.00")), (1, eur("5.00"))]
    assert rest == eur(0)


# --- the invariant, over random books and payments -------------------------------------------

@st.composite
def books_and_payment(draw: st.DrawFn) -> tuple[FakeBooks, IncomingPayment]:
    n_clients = draw(st.integers(1, 4))
    clients = [client(c, draw(st.sampled_from(["Ivan Ivanov", "Maria P.", "Ali Rezaei", "X"])))
               for c in range(1, n_clients + 1)]
    invoices = []
    for i in range(draw(st.integers(0, 10))):
        invoices.append(OpenInvoice(
            100 + i, draw(st.integers(1, n_clients)), f"INV-2026-{100 + i:06d}",
            rf_create(f"I{100 + i}"), D0 + timedelta(days=draw(st.integers(0, 60))),
            D0 + timedelta(days=draw(st.integers(0, 90))),
            Money.from_minor(draw(st.integers(0, 50_000)), "EUR")))
    b = FakeBooks(clients, invoices)
    amount = Money.from_minor(draw(st.integers(1, 200_000)), "EUR")
    rf = draw(st.one_of(st.none(), st.sampled_from([i.rf for i in invoices] or [None]),
                        st.sampled_from([c.open_rf for c in clients])))
    account = draw(st.one_of(st.none(), st.sampled_from([c.client_number for c in clients])))
    text = draw(st.one_of(st.just(""), st.sampled_from([i.number for i in invoices] or [""])))
    return b, IncomingPayment(amount, D0, rf=rf, account=account, text=text, payer_name="Ivan")


@given(books_and_payment())
def test_allocations_plus_credit_always_equal_the_amount(data: tuple[FakeBooks, IncomingPayment]) -> None:
    b, p = data
    r = match_payment(p, b)
    check_invariants(r, p, b)
    if p.rf or p.account or p.text:
        assert r.matched
