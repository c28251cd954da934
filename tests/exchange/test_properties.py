"""Property: whatever terminals send, in whatever order, every txn_id is booked at most once,
with its first sum, and `check` shows the uploaded debt less exactly what was booked."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.exchange.conftest import IVANOV, PETROVA
from usu_desktop.exchange import osmp
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.store import ChargeIn, SnapshotIn, Store, utcnow

DUE = {IVANOV: 150_000, PETROVA: 9_950}

requests_ = st.lists(st.tuples(st.sampled_from(["1", "2", "3", "4", "5", "6"]),
                               st.sampled_from([IVANOV, PETROVA]),
                               st.integers(min_value=50, max_value=20_000_000)),
                     max_size=25)


@settings(max_examples=40, deadline=None)
@given(requests_)
def test_each_txn_id_books_once_and_debt_adds_up(calls: list[tuple[str, str, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        config = ExchangeConfig(db_url=f"sqlite:///{Path(tmp) / 'p.sqlite3'}", osmp_min_minor=100,
                                osmp_max_minor=15_000_000)
        store = Store(config.db_url)
        store.replace_charges(SnapshotIn("s", "RUB", utcnow(),
                                         [ChargeIn(a, due, "X.") for a, due in DUE.items()]))
        first: dict[str, tuple[str, int, int]] = {}  # txn_id -> (account, minor, prv_txn)
        for txn_id, account, minor in calls:
            answer = osmp.handle({"command": "pay", "txn_id": txn_id, "account": account,
                                  "sum": f"{minor // 100}.{minor % 100:02d}",
                                  "txn_date": "20261122093000"}, store, config)
            if not config.osmp_min_minor <= minor <= config.osmp_max_minor:
                assert answer.result in (osmp.Result.SUM_TOO_SMALL, osmp.Result.SUM_TOO_LARGE)
                continue
            if txn_id not in first:
                assert answer.result is osmp.Result.OK
                assert answer.prv_txn is not None
                first[txn_id] = (account, minor, answer.prv_txn)
                continue
            same = first[txn_id][:2] == (account, minor)
            assert answer.result is (osmp.Result.OK if same else osmp.Result.REFUSED)
            assert answer.prv_txn == first[txn_id][2]

        rows, _ = store.payments_after(0, 1000)
        assert sorted((r.txn_id, r.account, r.sum_minor) for r in rows) == sorted(
            (t, a, m) for t, (a, m, _) in first.items())
        for account, due in DUE.items():
            paid = sum(m for a, m, _ in first.values() if a == account)
            debt = store.debt(account)
            assert debt is not None and debt.due_minor == max(0, due - paid)
        store.close()
