#!/usr/bin/env python3
"""Build (once) the big benchmark database: 200,000 patients and 2,000,000 invoices.

Uses the demo generator (bulk Core inserts) in chunks of 20,000 patients and
200,000 invoices so memory stays flat, then adds one patient with 500 invoices
(the "patient card" benchmark). The file is cached under benchmarks/.cache/
(git-ignored); pass --force to rebuild, --clients/--invoices for a smaller one.

  python benchmarks/big_db.py            -> prints the path (builds if missing)
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from usu_desktop.services.demo import generate
from usu_desktop.storage.db import Database

CACHE = Path(__file__).resolve().parent / ".cache"
CHUNK_CLIENTS = 20_000
CHUNK_INVOICES = 200_000
CARD_INVOICES = 500
TODAY = date(2026, 11, 1)


def db_path(clients: int, invoices: int) -> Path:
    return CACHE / f"big_{clients}_{invoices}.sqlite"


def build(path: Path, clients: int, invoices: int, verbose: bool = True) -> dict[str, int]:
    """Write the database at `path`; returns {"card_client_id": id of the 500-invoice patient}."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    started = time.monotonic()
    db = Database.open(tmp, backup=False)
    try:
        chunks = max(1, clients // CHUNK_CLIENTS)
        per_clients, per_invoices = clients // chunks, invoices // chunks
        for n in range(chunks):
            generate(db, clients=per_clients, invoices=per_invoices, seed=n + 1, today=TODAY)
            if verbose:
                print(f"  chunk {n + 1}/{chunks}: {time.monotonic() - started:.0f} s", file=sys.stderr)
        card = generate(db, clients=1, invoices=CARD_INVOICES, seed=999, today=TODAY)
        with db.session() as session:
            session.connection().exec_driver_sql("ANALYZE")
    finally:
        db.close()
    tmp.rename(path)
    (path.parent / f"{path.name}.card").write_text(str(card.first_client_id))
    if verbose:
        print(f"built {path} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return {"card_client_id": card.first_client_id}


def ensure(
    clients: int = 200_000, invoices: int = 2_000_000, force: bool = False, verbose: bool = True
) -> tuple[Path, int]:
    """(path, card client id), building the database if it is not cached yet."""
    path = db_path(clients, invoices)
    if force or not path.exists():
        build(path, clients, invoices, verbose)
    card = int((path.parent / f"{path.name}.card").read_text())
    return path, card


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--invoices", type=int, default=2_000_000)
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    ns = parser.parse_args(argv)
    path, card = ensure(ns.clients, ns.invoices, ns.force)
    print(path)
    print(f"patient with {CARD_INVOICES} invoices: id {card}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
