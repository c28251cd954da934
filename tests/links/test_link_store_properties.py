"""Properties of the exchange's link store: a link never takes more than it asks, each checkout books once."""

from __future__ import annotations

import secrets
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from usu_desktop.exchange.link_store import LinkIn, LinkRefused, LinkStore
from usu_desktop.exchange.store import Store, utcnow


def _link(amount: int | None, low: int | None = None, high: int | None = None) -> LinkIn:
    return LinkIn(secrets.token_urlsafe(16), "desk", "invoice" if amount else "free", "100014", "", "Invoice",
                  "Clinic", "", "EUR", amount, True, low, high, "en", utcnow() + timedelta(days=1))


@settings(max_examples=30, deadline=None)
@given(amount=st.integers(1, 50_000),
       tries=st.lists(st.tuples(st.integers(1, 60_000), st.booleans()), max_size=8))
def test_paid_never_exceeds_the_amount_and_repeats_book_once(amount: int,
                                                            tries: list[tuple[int, bool]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'x.sqlite3'}")
        try:
            links = LinkStore(store)
            link_in = _link(amount)
            links.create(link_in)
            booked = 0
            for value, repeat in tries:
                try:
                    checkout = links.start_checkout(link_in.token, value)
                except LinkRefused as refused:
                    assert (refused.code, booked) == ("paid", amount) or (
                        refused.code == "amount_too_large" and value > amount - booked)
                    continue
                first, after = links.complete(checkout.session)
                booked += value
                if repeat:  # the gateway calls back twice
                    again, same = links.complete(checkout.session)
                    assert again.payment_id == first.payment_id and same.paid_minor == after.paid_minor
                assert after.paid_minor == booked <= amount
                assert after.status(utcnow()) == ("paid" if booked == amount else "partly_paid")
            rows, _more = store.payments_after(0, 1000)
            assert sum(r.sum_minor for r in rows) == booked
            assert len({r.txn_id for r in rows}) == len(rows)
        finally:
            store.close()


@settings(max_examples=30, deadline=None)
@given(low=st.integers(1, 1000), span=st.integers(0, 1000), value=st.integers(1, 3000))
def test_free_link_limits(low: int, span: int, value: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'x.sqlite3'}")
        try:
            links = LinkStore(store)
            link_in = _link(None, low, low + span)
            links.create(link_in)
            try:
                links.start_checkout(link_in.token, value)
            except LinkRefused as refused:
                expected = "amount_too_small" if value < low else "amount_too_large"
                assert refused.code == expected and not low <= value <= low + span
            else:
                assert low <= value <= low + span
        finally:
            store.close()
