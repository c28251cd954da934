"""The exchange's PostgreSQL-only behaviour (concurrent terminals, cursor order), on the test run's
own cluster (tests/backends.py); each test gets a fresh empty database."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.backends import Databases, PgCluster
from tests.exchange.conftest import IVANOV, PETROVA, Exchange, charges_body, check, make_exchange, pay
from usu_desktop.exchange.config import ExchangeConfig


@pytest.fixture
def pg(tmp_path: Path, pg_cluster: PgCluster, databases: Databases) -> Iterator[Exchange]:
    url = databases.exchange("postgresql", tmp_path)
    ex = make_exchange(tmp_path, ExchangeConfig(db_url=url))
    assert ex.put_charges(charges_body()).status_code == 200
    try:
        yield ex
    finally:
        ex.server.stop()
        ex.store.close()


def test_pay_and_check_on_postgres(pg: Exchange) -> None:
    assert pay(pg, "1", IVANOV, "500.00")["result"] == 0
    assert check(pg, IVANOV)["fields"]["debt"] == "1000.00"
    assert pg.put_charges(charges_body()).json()["status"] == "unchanged"


def test_twenty_concurrent_retries_book_once_on_postgres(pg: Exchange) -> None:
    barrier = threading.Barrier(20)

    def attempt(_: int) -> dict:
        barrier.wait()
        return pay(pg, "7001", PETROVA, "50.00")

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(attempt, range(20)))
    assert {a["result"] for a in answers} == {0} and len({a["prv_txn"] for a in answers}) == 1
    assert [p["external_id"] for p in pg.payments()["payments"]] == ["7001"]


def test_cursors_are_visible_in_order_on_postgres(pg: Exchange) -> None:
    seen: list[int] = []
    stop = threading.Event()

    def reader() -> None:  # a desk polling while terminals pay must never skip a cursor
        after = 0
        while not stop.is_set():
            page = pg.payments(after=after, limit=1000)
            seen.extend(p["cursor"] for p in page["payments"])
            after = page["next_cursor"]

    poller = threading.Thread(target=reader)
    poller.start()
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(lambda i: pay(pg, str(9000 + i), IVANOV, "1.00"), range(200)))
    stop.set()
    poller.join()
    page = pg.payments(after=seen[-1] if seen else 0, limit=1000)
    seen.extend(p["cursor"] for p in page["payments"])
    assert len(seen) == 200 and seen == sorted(set(seen))
