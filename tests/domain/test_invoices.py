"""Invoice lines, totals (Tryton-style rounding) and the state table."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usu_desktop.domain.invoices import (
    ACTIONS,
    CANCEL,
    ISSUE,
    PAY_FULL,
    PAY_PART,
    TRANSITIONS,
    UNDO_PART,
    UNDO_PAYMENT,
    InvoiceError,
    InvoiceLine,
    InvoiceState,
    after_payment_change,
    allowed_actions,
    balance,
    compute_totals,
    credit_note_totals,
    days_overdue,
    is_overdue,
    next_state,
    payment_action,
    state_for,
)
from usu_desktop.domain.money import Money, MoneyError

S = InvoiceState


def eur(x: str | int) -> Money:
    return Money(x, "EUR")


def line(qty: str, price: str, vat: str = "0.20", discount: str = "0", cur: str = "EUR") -> InvoiceLine:
    return InvoiceLine("Consultation", Decimal(qty), Money(price, cur), Money(discount, cur), Decimal(vat))


# --- lines --------------------------------------------------------------------

def test_line_net_rounds_gross_half_up_then_subtracts_discount() -> None:
    ln = line("3", "0.335", discount="0.10", cur="BHD")  # 3 * 0.335 = 1.005 BHD (3 decimals)
    assert ln.gross == Money("1.005", "BHD")
    assert ln.net == Money("0.905", "BHD")
    half = line("0.5", "0.05")  # 0.025 -> 0.03 half-up
    assert half.gross == eur("0.03")


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"qty": "0", "price": "10"}, "line_bad_quantity"),
        ({"qty": "-1", "price": "10"}, "line_bad_quantity"),
        ({"qty": "1", "price": "10", "discount": "-0.01"}, "line_bad_discount"),
        ({"qty": "1", "price": "10", "discount": "10.01"}, "line_bad_discount"),
        ({"qty": "1", "price": "10", "vat": "-0.01"}, "line_bad_vat"),
        ({"qty": "1", "price": "10", "vat": "1.01"}, "line_bad_vat"),
        ({"qty": "1", "price": "-10"}, "line_bad_price"),
    ],
)
def test_bad_lines_are_refused_with_a_code(kwargs: dict[str, str], code: str) -> None:
    with pytest.raises(InvoiceError) as err:
        line(**kwargs)
    assert err.value.code == code


def test_line_edge_values_are_accepted() -> None:
    assert line("1", "10", discount="10").net == eur(0)   # discount up to the whole line
    assert line("1", "10", vat="0").vat_rate == 0
    assert line("1", "10", vat="1").vat_rate == 1
    assert line("0.001", "0").net == eur(0)               # a free item


def test_line_refuses_float_nan_blank_description_and_mixed_currency() -> None:
    with pytest.raises(InvoiceError) as err:
        InvoiceLine("X", 1.5, eur(1), eur(0), Decimal("0"))  # type: ignore[arg-type]
    assert err.value.code == "line_bad_quantity"
    with pytest.raises(InvoiceError) as err:
        InvoiceLine("X", Decimal("NaN"), eur(1), eur(0), Decimal("0"))
    assert err.value.code == "line_bad_quantity"
    with pytest.raises(InvoiceError) as err:
        InvoiceLine("X", Decimal(1), eur(1), eur(0), 0.2)  # type: ignore[arg-type]
    assert err.value.code == "line_bad_vat"
    with pytest.raises(InvoiceError) as err:
        InvoiceLine("  ", Decimal(1), eur(1), eur(0), Decimal("0"))
    assert err.value.code == "line_bad_description"
    with pytest.raises(MoneyError) as merr:
        InvoiceLine("X", Decimal(1), eur(1), Money(0, "USD"), Decimal("0"))
    assert merr.value.code == "currency_mismatch"


def test_line_of_takes_text_and_ints() -> None:
    ln = InvoiceLine.of("Visit", "2", eur("12.50"), "0.24")
    assert ln.quantity == Decimal(2) and ln.vat_rate == Decimal("0.24") and ln.discount == eur(0)
    assert InvoiceLine.of("Visit", 3, eur(1)).net == eur(3)
    for bad in ("abc", "1e", 1.0):
        with pytest.raises(InvoiceError) as err:
            InvoiceLine.of("Visit", bad, eur(1))  # type: ignore[arg-type]
        assert err.value.code == "line_bad_quantity"


# --- totals -------------------------------------------------------------------

def test_totals_round_tax_per_rate_group_not_per_line() -> None:
    # Three lines of 0.10 at 5%: per line tax would be 3 x 0.01 (0.005 rounds up) = 0.03;
    # per group it is 0.30 * 5% = 0.015 -> 0.02. Tryton rounds per group.
    lines = [line("1", "0.10", vat="0.05") for _ in range(3)]
    t = compute_totals(lines, "EUR")
    assert t.untaxed == eur("0.30")
    assert t.tax == eur("0.02")
    assert t.total == eur("0.32")


def test_totals_breakdown_and_discounts() -> None:
    lines = [
        line("2", "25.00", vat="0.24", discount="5.00"),   # net 45.00
        line("1", "19.99", vat="0.24"),                    # net 19.99
        line("1", "100.00", vat="0", discount="10.00"),    # net 90.00
        line("3", "3.33", vat="0.13"),                     # net 9.99
    ]
    t = compute_totals(lines, "EUR")
    assert t.lines_total == eur("179.98")
    assert t.discount_total == eur("15.00")
    assert t.untaxed == eur("164.98")
    assert list(t.vat_breakdown) == [Decimal("0"), Decimal("0.13"), Decimal("0.24")]
    assert t.vat_breakdown[Decimal("0.24")] == (eur("64.99"), eur("15.60"))  # 15.5976
    assert t.vat_breakdown[Decimal("0.13")] == (eur("9.99"), eur("1.30"))    # 1.2987
    assert t.vat_breakdown[Decimal("0")] == (eur("90.00"), eur("0.00"))
    assert t.tax == eur("16.90")
    assert t.total == eur("181.88")


def test_equal_rates_written_differently_share_a_group() -> None:
    t = compute_totals([line("1", "10", vat="0.2"), line("1", "10", vat="0.200")], "EUR")
    assert len(t.vat_breakdown) == 1
    assert t.tax == eur("4.00")


def test_totals_of_no_lines_are_zero_and_currency_is_checked() -> None:
    t = compute_totals([], "ISK")
    assert t.total == Money(0, "ISK") and t.vat_breakdown == {}
    with pytest.raises(MoneyError) as err:
        compute_totals([line("1", "10")], "USD")
    assert err.value.code == "currency_mismatch"


def test_zero_exponent_currency_rounds_to_whole_units() -> None:
    t = compute_totals([line("1", "999", vat="0.24", cur="ISK")], "ISK")
    assert t.tax == Money(240, "ISK")  # 239.76 -> 240
    assert t.total == Money(1239, "ISK")


def test_credit_note_negates_every_figure() -> None:
    lines = [line("2", "25.00", vat="0.24", discount="5.00"), line("1", "9.99", vat="0.13")]
    inv = compute_totals(lines, "EUR")
    cn = credit_note_totals(lines, "EUR")
    assert cn.total == -inv.total and cn.tax == -inv.tax and cn.untaxed == -inv.untaxed
    assert cn.discount_total == -inv.discount_total and cn.lines_total == -inv.lines_total
    for rate, (base, tax) in inv.vat_breakdown.items():
        assert cn.vat_breakdown[rate] == (-base, -tax)
    assert (inv.total + cn.total).is_zero()


_currencies = st.sampled_from(["EUR", "ISK", "BHD", "IRR", "KZT"])
_rates = st.sampled_from(["0", "0.05", "0.09", "0.12", "0.13", "0.19", "0.2", "0.24", "1"])


@st.composite
def _lines(draw: st.DrawFn) -> tuple[str, list[InvoiceLine]]:
    cur = draw(_currencies)
    out = []
    for _ in range(draw(st.integers(0, 12))):
        qty = Decimal(draw(st.integers(1, 100_000))).scaleb(-draw(st.integers(0, 3)))
        price = Money.from_minor(draw(st.integers(0, 10**9)), cur)
        gross = price.times(qty)
        disc = Money.from_minor(draw(st.integers(0, max(gross.minor, 0))), cur)
        out.append(InvoiceLine("item", qty, price, disc, Decimal(draw(_rates))))
    return cur, out


@given(_lines())
def test_total_is_lines_minus_discounts_plus_tax(data: tuple[str, list[InvoiceLine]]) -> None:
    cur, lines = data
    t = compute_totals(lines, cur)
    assert t.total == t.lines_total - t.discount_total + t.tax
    assert t.untaxed == t.lines_total - t.discount_total
    assert sum(b.minor for b, _ in t.vat_breakdown.values()) == t.untaxed.minor
    assert sum(x.minor for _, x in t.vat_breakdown.values()) == t.tax.minor
    for rate, (base, tax) in t.vat_breakdown.items():
        # tax of a group is its base times its rate, off by at most half a minor unit
        assert abs(Decimal(tax.minor) - Decimal(base.minor) * rate) <= Decimal("0.5")
    assert not t.total.is_negative()
    assert (t.total + t.negated().total).is_zero()


# --- states -------------------------------------------------------------------

def test_transition_table_is_deterministic_and_uses_known_actions() -> None:
    pairs = [(src, action) for src, action, _ in TRANSITIONS]
    assert len(pairs) == len(set(pairs))
    assert {action for _, action, _ in TRANSITIONS} == set(ACTIONS)
    assert not allowed_actions(S.CANCELLED)  # cancelled is final


@pytest.mark.parametrize(("src", "action", "dst"), TRANSITIONS)
def test_every_row_of_the_table_is_what_next_state_does(src: S, action: str, dst: S) -> None:
    assert next_state(src, action) == dst


def test_everything_not_in_the_table_is_refused() -> None:
    allowed = {(src, action) for src, action, _ in TRANSITIONS}
    refused = 0
    for state in S:
        for action in ACTIONS:
            if (state, action) in allowed:
                continue
            refused += 1
            with pytest.raises(InvoiceError) as err:
                next_state(state, action)
            assert err.value.code == "invoice_bad_transition"
            assert err.value.params == {"state": state.value, "action": action}
    assert refused == len(S) * len(ACTIONS) - len(TRANSITIONS)
    with pytest.raises(InvoiceError):
        next_state(S.DRAFT, "explode")


def test_key_business_rules_of_the_table() -> None:
    with pytest.raises(InvoiceError):
        next_state(S.PAID, CANCEL)          # a paid invoice is not cancelled
    with pytest.raises(InvoiceError):
        next_state(S.DRAFT, PAY_PART)       # a draft cannot be paid
    with pytest.raises(InvoiceError):
        next_state(S.PAID, PAY_PART)        # money for a paid invoice is client credit
    assert next_state(S.ISSUED, CANCEL) == S.CANCELLED
    assert next_state(S.PARTLY_PAID, CANCEL) == S.CANCELLED
    assert next_state(S.PAID, UNDO_PAYMENT) == S.ISSUED
    assert next_state(S.PAID, UNDO_PART) == S.PARTLY_PAID
    assert next_state(S.DRAFT, ISSUE) == S.ISSUED


def test_state_for_follows_the_numbers() -> None:
    t = eur("100.00")
    assert state_for(t, eur(0), cancelled=False, issued=False) == S.DRAFT
    assert state_for(t, eur(0), cancelled=False, issued=True) == S.ISSUED
    assert state_for(t, eur("0.01"), cancelled=False, issued=True) == S.PARTLY_PAID
    assert state_for(t, eur("99.99"), cancelled=False, issued=True) == S.PARTLY_PAID
    assert state_for(t, eur("100.00"), cancelled=False, issued=True) == S.PAID
    assert state_for(t, eur("150.00"), cancelled=False, issued=True) == S.PAID
    assert state_for(t, eur("50"), cancelled=True, issued=True) == S.CANCELLED
    assert state_for(eur(0), eur(0), cancelled=False, issued=True) == S.PAID  # nothing owed
    with pytest.raises(InvoiceError) as err:
        state_for(t, eur("-1"), cancelled=False, issued=True)
    assert err.value.code == "invoice_bad_paid"


def test_payment_actions_and_state_changes() -> None:
    t = eur("100")
    assert payment_action(t, eur(0), eur(40)) == PAY_PART
    assert payment_action(t, eur(40), eur(100)) == PAY_FULL
    assert payment_action(t, eur(100), eur(40)) == UNDO_PART
    assert payment_action(t, eur(100), eur(0)) == UNDO_PAYMENT
    assert after_payment_change(S.ISSUED, t, eur(0), eur(40)) == S.PARTLY_PAID
    assert after_payment_change(S.PARTLY_PAID, t, eur(40), eur(70)) == S.PARTLY_PAID
    assert after_payment_change(S.PARTLY_PAID, t, eur(70), eur(100)) == S.PAID
    assert after_payment_change(S.PAID, t, eur(100), eur(30)) == S.PARTLY_PAID
    assert after_payment_change(S.PARTLY_PAID, t, eur(30), eur(0)) == S.ISSUED
    assert after_payment_change(S.PAID, t, eur(100), eur(100)) == S.PAID  # no change, no error
    assert after_payment_change(S.ISSUED, eur(0), eur(0), eur(0)) == S.PAID  # zero invoice settles
    for state in (S.DRAFT, S.CANCELLED):
        with pytest.raises(InvoiceError) as err:
            after_payment_change(state, t, eur(0), eur(10))
        assert err.value.code == "invoice_bad_transition"
    with pytest.raises(InvoiceError) as err:
        after_payment_change(S.ISSUED, t, eur(0), eur("100.01"))
    assert err.value.code == "invoice_overpaid"


@given(st.lists(st.integers(-10_000, 10_000), max_size=30), st.integers(1, 20_000))
def test_any_story_of_payments_and_undos_stays_in_the_table(steps: list[int], total_minor: int) -> None:
    """Random pays and undos: the state always equals what the numbers say."""
    t = Money.from_minor(total_minor, "EUR")
    state, paid = S.ISSUED, 0
    for step in steps:
        new_paid = min(max(paid + step, 0), total_minor)
        before, after = Money.from_minor(paid, "EUR"), Money.from_minor(new_paid, "EUR")
        state = after_payment_change(state, t, before, after)
        paid = new_paid
        assert state == state_for(t, Money.from_minor(paid, "EUR"), cancelled=False, issued=True)


def test_balance_never_negative() -> None:
    assert balance(eur(100), eur(30)) == eur(70)
    assert balance(eur(100), eur(130)) == eur(0)
    with pytest.raises(InvoiceError):
        balance(eur(100), eur(-1))


def test_overdue_is_derived_from_state_and_dates() -> None:
    due = date(2026, 3, 31)
    assert not is_overdue(S.ISSUED, due, date(2026, 3, 31))   # due today is not late
    assert is_overdue(S.ISSUED, due, date(2026, 4, 1))
    assert is_overdue(S.PARTLY_PAID, due, date(2026, 5, 1))
    for state in (S.DRAFT, S.PAID, S.CANCELLED):
        assert not is_overdue(state, due, date(2027, 1, 1))
    assert days_overdue(S.ISSUED, due, date(2026, 4, 10)) == 10
    assert days_overdue(S.PAID, due, date(2026, 4, 10)) == 0


def test_state_values_are_stable_strings() -> None:
    assert [s.value for s in S] == ["draft", "issued", "partly_paid", "paid", "cancelled"]


def test_credit_notes_follow_the_table() -> None:
    from usu_desktop.domain.invoices import CREDIT_PART, CREDIT_SETTLE, credit_action

    assert credit_action(eur("100"), eur("30"), eur("0")) == CREDIT_PART
    assert credit_action(eur("100"), eur("30"), eur("50")) == CREDIT_PART
    assert credit_action(eur("100"), eur("30"), eur("70")) == CREDIT_SETTLE
    assert credit_action(eur("100"), eur("100"), eur("0")) == CANCEL
    for bad in ((eur("100"), eur("30"), eur("70.01")), (eur("100"), eur("100.01"), eur("0")),
                (eur("100"), eur("-1"), eur("0"))):
        with pytest.raises(InvoiceError) as err:
            credit_action(*bad)
        assert err.value.code == "invoice_bad_paid"
    assert next_state(S.ISSUED, CREDIT_PART) == S.ISSUED
    assert next_state(S.PARTLY_PAID, CREDIT_SETTLE) == S.PAID
    assert next_state(S.PAID, CREDIT_SETTLE) == S.PAID  # the paid excess became client credit
    for refused in ((S.ISSUED, CREDIT_SETTLE), (S.PAID, CREDIT_PART), (S.DRAFT, CREDIT_PART),
                    (S.CANCELLED, CREDIT_PART)):
        with pytest.raises(InvoiceError):
            next_state(*refused)
