"""Property: any sequence of overlapping statement files books every credit exactly once."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.statements.builders import Entry, Tx, camt, write
from tests.statements.conftest import Clinic
from usu_desktop.domain.money import Money
from usu_desktop.services.check import check_books
from usu_desktop.services.clients import ClientService
from usu_desktop.services.invoicing import InvoicingService
from usu_desktop.services.settings import ClinicSettings, SettingsService
from usu_desktop.storage.db import Database
from usu_desktop.storage.queries import count_payments

windows = st.lists(st.tuples(st.integers(0, 7), st.integers(1, 8)), min_size=1, max_size=4)


@settings(max_examples=12, deadline=None)
@given(windows=windows, batch=st.sampled_from([1, 3]))
def test_overlapping_files_book_each_credit_once(windows: list[tuple[int, int]], batch: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="stmt-prop-"))
    db = Database.open(folder / "c.sqlite")
    try:
        SettingsService(db).save(ClinicSettings(name="Clinic", currency="EUR"))
        clinic = Clinic(db, ClientService(db, "anna"), InvoicingService(db, "anna"))
        a, _ = clinic.client("Anna", "Nikolaou")
        b, _ = clinic.client("Petros", "Petrou")
        inv_a = clinic.invoice(a, "50.00")
        inv_b = clinic.invoice(b, "30.00")
        base = [
            Entry("20.00", ref="X-0", txs=[Tx(rf=inv_a.rf_code)]),
            Entry("5.00", cd="DBIT", ref="X-1"),
            Entry("40.00", ref="X-2", txs=[Tx(rf=inv_a.rf_code)]),  # 10.00 over: credit
            Entry("7.00", ref="X-3", txs=[Tx(name="Nobody Known")]),
            Entry("30.00", ref="X-4", txs=[Tx(rf=inv_b.rf_code)]),
            Entry("1.00", status="PDNG", ref="X-5"),
            Entry("3.00", ref="X-6", txs=[Tx(rf=inv_b.rf_code)]),  # all credit
            Entry("2.00", ref="X-7", txs=[Tx(ustrd=f"for {inv_a.number}")]),
        ]
        credits = {i for i, e in enumerate(base) if e.cd == "CRDT" and e.status == "BOOK"}
        covered: set[int] = set()
        service = clinic.importer(batch_size=batch)
        for n, (start, length) in enumerate(windows):
            part = list(range(start, min(8, start + length)))
            f = write(folder / f"f{n}.xml", camt([base[i] for i in part], stmt_id=f"S-{n}"))
            result = service.import_file(f)
            new = {i for i in part if i in credits} - covered
            assert {e.external_id for e in result.entries if e.status in ("booked", "unmatched")} == \
                {f"X-{i}" for i in new}
            covered |= new
            assert check_books(db) == []
        with db.reading() as s:
            assert count_payments(s) == len(covered)
        paid_a = sum(Money(base[i].amount, "EUR").minor for i in covered & {0, 2, 7})
        assert clinic.invoicing.get(inv_a.invoice_id).row.paid.minor == min(paid_a, 5000)
    finally:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)
