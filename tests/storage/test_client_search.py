"""The patient search's own plans (a walk in list order, the trigram index of migration 0004,
one pass keeping the top rows) give exactly the pages and counts of the plain query that
defines the search (`queries.client_ids` / `count_clients`), on a real SQLite file; the
index is built for patients already there and kept current by its triggers."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Select, select, text, update

from tests.backends import Databases
from usu_desktop.services.clients import ClientInput, ClientService
from usu_desktop.services.demo import generate
from usu_desktop.storage import reception_queries as rq
from usu_desktop.storage.db import Database, alembic_config
from usu_desktop.storage.models import Client
from usu_desktop.storage.queries import ClientFilter, client_ids, count_clients
from usu_desktop.storage.search import like_pattern, normalize

TODAY = date(2026, 6, 30)
# Names that test the edges of "contains, accents and case ignored": a dotted capital I (its
# normal form keeps a combining dot), LIKE's wildcards, FTS5's quote, a no-break space.
ODD = [
    ("İlknur", "Öztürk", "+90 532 111 2233", ""),
    ("Anna", "50%_off", "", "a_b@example.org"),
    ('Jo"hn', "O'Neil", "", ""),
    ("Zoë", "Ван\u00a0дер Берг", "8 800 555 35 35", "zoe@clinic.kz"),
    ("Ψάρρας", "Παπαδόπουλος", "", ""),
    ("زهرا", "حسینی", "+98 912 000 1122", ""),
]
TEXTS = [
    "a", "o", "и", "ز", "ó", "+7", "zz", "%", "_", '"', "'", "İ", "i", "ö", "ψα",
    "ива", "Иван", "ólaf", "dóttir", "son", "Psarras", "ψάρρ", "زهرا", "حسینی", "patient1", "org",
    "50%", "%_o", 'o"h', "o'n", "ван дер", "ван\u00a0дер", "иван п", "ан ов", "a b c", "1000",
    "532 111", "5321112233", "zzzz", "  mmə  ",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, backend: str, databases: Databases) -> Iterator[Database]:
    database = Database.open(databases.clinic(backend, tmp_path_factory.mktemp("cs")))
    generate(database, 300, 900, seed=7, today=TODAY)
    clients = ClientService(database)
    for first, last, phone, email in ODD:
        clients.create(ClientInput(first, last, phone=phone, email=email), confirm_duplicates=True)
    with database.session() as s:  # some archived patients, so both filters differ
        s.execute(update(Client).where(Client.id % 7 == 0).values(archived=True))
    yield database
    database.close()


FILTERS = [
    {},
    {"include_archived": True},
    {"with_debt": True},
]
SORTS = [("name", False), ("name", True), ("number", True), ("id", False), ("created_at", False)]


def _expected(s, f: ClientFilter, sort: str, down: bool, offset: int, limit: int) -> list[int]:
    return client_ids(s, f, sort, down, offset, limit)


@pytest.mark.sqlite_only("the FTS5 trigram index is SQLite's")
def test_the_index_is_there_and_used(db: Database) -> None:
    with db.reading() as s:
        assert rq.has_search_index(s)
        plan = s.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT rowid FROM clients_fts WHERE clients_fts MATCH '\"ива\"'"
        ).fetchall()
        assert "VIRTUAL TABLE" in str(plan)


def test_every_plan_gives_the_plain_querys_page(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rq, "WALK_ROWS", 40)  # so a walk both answers and gives up on this small file
    answered = dict.fromkeys(rq.CLIENT_PLANS, 0)
    gave_up = dict.fromkeys(rq.CLIENT_PLANS, 0)
    with db.reading() as s:
        for term in TEXTS:
            for extra in FILTERS:
                f = ClientFilter(text=term, **extra)
                for sort, down in SORTS:
                    for offset, limit in ((0, 5), (3, 4), (0, 400)):
                        want = _expected(s, f, sort, down, offset, limit)
                        for plan in rq.CLIENT_PLANS:
                            got = rq.client_page(s, f, plan, sort, down, offset, limit)
                            if got is None:
                                gave_up[plan] += 1
                                continue
                            answered[plan] += 1
                            assert got == want, (term, extra, sort, down, offset, limit, plan)
                        assert rq.client_ids_window(s, f, sort, down, offset, limit) == want
                assert rq.count_clients_fast(s, f) == count_clients(s, f), (term, extra)
    with db.reading() as s:
        indexed = rq.has_search_index(s)
    if not indexed:  # PostgreSQL: no trigram index, so its plan always hands over to the others
        assert answered.pop("index") == 0, answered
    assert all(answered.values()), answered
    assert gave_up["walk"] and gave_up["index"], gave_up
    # the words of the search found something, and not everything
    with db.reading() as s:
        found = [count_clients(s, ClientFilter(text=t)) for t in TEXTS]
        total = count_clients(s, ClientFilter())
    assert sum(1 for n in found if 0 < n < total) > len(TEXTS) // 2


def test_reverse_pages_read_from_the_far_end(db: Database) -> None:
    with db.reading() as s:
        for term in ("a", "ива", "ó", "zz"):
            f = ClientFilter(text=term)
            everything = client_ids(s, f, "name", False, 0, 10_000)
            last = rq.client_ids_window(s, f, "name", False, 0, 7, reverse=True)
            assert last == everything[-7:], term


def test_odd_names_are_found(db: Database) -> None:
    with db.reading() as s:
        def names(term: str) -> list[int]:
            f = ClientFilter(text=term, include_archived=True)
            return rq.client_ids_window(s, f, "name", False, 0, 50)

        anna = names("a_b@example")
        assert len(anna) == 1 and names("50%_off") == anna and names("_") == anna and names("0%") == anna
        assert len(names('jo"hn')) == 1 and len(names("o'ne")) == 1
        assert len(names("İLKNUR")) == 1 and names("ilknur") == names("İLKNUR")
        assert len(names("ван дер")) == 1 and len(names("ван\u00a0дер берг")) == 1
        assert len(names("Ψάρρας")) >= 1 and names("ψαρρασ") == names("Ψάρρας")


def test_invoice_search_patients_agree_with_the_scan(db: Database) -> None:
    with db.reading() as s:
        for term in TEXTS:
            indexed = sorted(rq.matching_client_ids(s, term))
            plain = sorted(s.scalars(ClientFilterQuery.ids(term)))
            assert indexed == plain, term


class ClientFilterQuery:
    """The patients the invoice search matches, by the LIKE that defines it."""

    @staticmethod
    def ids(term: str) -> Select:
        pattern = like_pattern(normalize(term.strip()))
        return select(Client.id).where(Client.search_text.like(pattern, escape="\\"))


def test_without_the_index_the_pages_are_the_same(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    with db.reading() as s:
        pages = {t: rq.client_ids_window(s, ClientFilter(text=t), "name", False, 0, 30) for t in TEXTS}
        counts = {t: rq.count_clients_fast(s, ClientFilter(text=t)) for t in TEXTS}
    monkeypatch.setattr(rq, "has_search_index", lambda _s: False)
    with db.reading() as s:
        assert rq.client_page(s, ClientFilter(text="ива"), "index", "name", False, 0, 30) is None
        again = {t: rq.client_ids_window(s, ClientFilter(text=t), "name", False, 0, 30) for t in TEXTS}
        assert again == pages
        assert {t: rq.count_clients_fast(s, ClientFilter(text=t)) for t in TEXTS} == counts


# --- the migration --------------------------------------------------------------------


def _fts_ids(db: Database, term: str) -> list[int]:
    with db.reading() as s:
        q = text("SELECT rowid FROM clients_fts WHERE clients_fts MATCH :q ORDER BY rowid")
        return list(s.scalars(q, {"q": rq._fts_query([term])}))


def _like_ids(db: Database, term: str) -> list[int]:
    with db.reading() as s:
        return sorted(s.scalars(ClientFilterQuery.ids(term)))


def test_migration_indexes_patients_already_there_and_triggers_keep_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = Database.open(path)
    generate(db, 40, 80, seed=3, today=TODAY)
    with db.session() as s:  # back to the schema before the index, patients kept
        cfg = alembic_config()
        cfg.attributes["connection"] = s.connection()
        command.downgrade(cfg, "0003_links")
    with db.reading() as s:
        assert not rq.has_search_index(s)
        assert s.connection().exec_driver_sql(
            "SELECT count(*) FROM sqlite_master"
            " WHERE name LIKE 'clients_fts%' OR name = 'ix_clients_search_scan'"
        ).scalar() == 0
    db.close()

    db = Database.open(path, backup=False)
    with db.reading() as s:
        assert rq.has_search_index(s)
    terms = ("ova", "son", "ива", "ψαρ", "100", "dóttir", "zzz")
    for term in terms:
        assert _fts_ids(db, term) == _like_ids(db, term), term
    assert sum(1 for term in terms if _like_ids(db, term)) >= 4

    clients = ClientService(db)
    new = clients.create(ClientInput("Quirinus", "Xylander"), confirm_duplicates=True).client_id
    assert new is not None and _fts_ids(db, "xylander") == [new]
    clients.update(new, ClientInput("Quirinus", "Wombat"))
    assert _fts_ids(db, "xylander") == [] and _fts_ids(db, "wombat") == [new]
    with db.session() as s:
        s.execute(text("DELETE FROM clients WHERE id = :id"), {"id": new})
    assert _fts_ids(db, "wombat") == [] and _fts_ids(db, "quirinus") == []
    with db.reading() as s:  # FTS5's own consistency check of the index against the table
        check = "INSERT INTO clients_fts(clients_fts, rank) VALUES ('integrity-check', 1)"
        s.connection().exec_driver_sql(check)
    db.close()


def _offline_sql(url: str) -> str:
    buf = io.StringIO()
    cfg = alembic_config(url)
    cfg.output_buffer = buf
    command.upgrade(cfg, "0003_links:head", sql=True)
    return buf.getvalue()


def test_migration_is_sqlite_only() -> None:
    assert "clients_fts" not in _offline_sql("postgresql://clinic@localhost/usu")
    sqlite = _offline_sql("sqlite:///offline.sqlite")
    assert "USING fts5" in sqlite and "CREATE TRIGGER clients_fts_au" in sqlite
