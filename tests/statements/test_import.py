"""Statement files into the books: every entry's outcome asserted, re-import books nothing, books balance."""

from __future__ import annotations

from pathlib import Path

from tests.statements.builders import Entry, Tx, camt, mt940, write
from tests.statements.conftest import Clinic
from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_format
from usu_desktop.services.check import check_books
from usu_desktop.services.statements import FileResult
from usu_desktop.storage.queries import count_payments


def eur(x: str) -> Money:
    return Money(x, "EUR")


def transposed(rf: str) -> str:
    """The RF with two adjacent different digits of its body swapped (check digits must catch it)."""
    body = rf[4:]
    for i in range(len(body) - 1):
        if body[i] != body[i + 1]:
            return rf[:4] + body[:i] + body[i + 1] + body[i] + body[i + 2:]
    raise AssertionError(rf)


def outcome(r: FileResult) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(e.status, e.why, e.invoice_numbers) for e in r.entries]


def payments(clinic: Clinic) -> int:
    with clinic.db.reading() as s:
        return count_payments(s)


def test_camt053_v08_every_kind_of_entry(clinic: Clinic, tmp_path: Path) -> None:
    a, _ = clinic.client("Anna", "Nikolaou")
    b, _ = clinic.client("Ioanna", "Petrou")
    c, _ = clinic.client("Maria", "Ivanova")
    d, _ = clinic.client("Nikos", "Papadopoulos")
    e, _ = clinic.client("Hans", "Mueller")
    inv1 = clinic.invoice(a, "100.00")
    inv2 = clinic.invoice(b, "80.00")
    inv3 = clinic.invoice(b, "40.00")
    inv4 = clinic.invoice(c, "60.00")
    inv5 = clinic.invoice(d, "55.00")
    inv6 = clinic.invoice(e, "200.00")
    spaced_lower = rf_format(inv2.rf_code).lower()
    text = camt([
        Entry("100.00", ref="B-0", txs=[Tx(rf=inv1.rf_code, name="Nikolaou Anna", e2e="E2E-0")]),
        Entry("30.00", ref="B-1", txs=[Tx(ustrd=f"Teilzahlung {spaced_lower} danke", name="Petrou Ioanna")]),
        Entry("70.00", ref="B-2", txs=[Tx(rf=inv4.rf_code, name="Ivanova Maria")]),
        Entry("55.00", ref="B-3", txs=[Tx(ustrd="visit October", name="Papadopoulos Nikos")]),
        Entry("12.00", cd="DBIT", ref="B-4"),
        Entry("240.00", ref="B-5", txs=[Tx("40.00", rf=inv3.rf_code, name="Petrou Ioanna"),
                                         Tx("200.00", rf=inv6.rf_code, name="Mueller Hans")]),
        Entry("20.00", status="PDNG", ref="B-6", txs=[Tx(rf=inv6.rf_code)]),
        Entry("55.00", ref="B-7", txs=[Tx(rf=transposed(inv5.rf_code))]),
        Entry("100.00", cd="DBIT", ref="B-8", reversal=True, txs=[Tx(e2e="E2E-0", name="Nikolaou Anna")]),
    ], closing="538.00")
    f = write(tmp_path / "camt053_v08.xml", text)
    r = clinic.importer().import_file(f)
    assert not r.failed and r.format and r.currency == "EUR" and r.account
    assert outcome(r) == [
        ("booked", "rf_invoice", (inv1.number,)),
        ("booked", "rf_invoice", (inv2.number,)),
        ("booked", "rf_invoice", (inv4.number,)),
        ("unmatched", "unmatched", ()),
        ("ignored", "debit", ()),
        ("booked", "rf_invoice", (inv3.number,)),
        ("booked", "rf_invoice", (inv6.number,)),
        ("ignored", "pending", ()),
        ("unmatched", "unmatched", ()),
        ("reversed", "reversal", ()),
    ]
    by = r.entries
    assert [x.external_id for x in by[5:7]] == ["B-5#1", "B-5#2"]
    assert by[1].allocated[0].amount == eur("30.00") and by[1].credit == eur("0.00")  # part payment
    assert by[2].allocated[0].amount == eur("60.00") and by[2].credit == eur("10.00")  # over-payment
    assert by[3].suggestions and by[3].suggestions[0].client_id == d  # payer name, no reference
    assert by[3].suggestions[0].invoice_number == inv5.number
    assert all(s.invoice_id != inv5.invoice_id for s in by[8].suggestions if "name_match" in s.reasons)
    assert by[9].params["original"] == "B-0"
    assert clinic.balance(inv1.invoice_id) == eur("100.00")  # reversed: owed again
    assert clinic.balance(inv2.invoice_id) == eur("50.00")
    assert clinic.balance(inv3.invoice_id) == eur("0.00")
    assert clinic.balance(inv4.invoice_id) == eur("0.00")
    assert clinic.balance(inv5.invoice_id) == eur("55.00")  # the transposed RF matched nothing
    assert clinic.balance(inv6.invoice_id) == eur("0.00")
    assert r.counts() == {"booked": 5, "unmatched": 2, "reversed": 1, "duplicate": 0, "ignored": 2,
                          "error": 0}
    assert r.totals()["booked"] == eur("440.00")
    assert check_books(clinic.db) == []
    booked = payments(clinic)

    again = clinic.importer().import_file(f)
    assert again.seen_before is not None and r.seen_before is None
    assert not again.booked_anything
    assert [x.status for x in again.entries] == ["duplicate"] * 4 + ["ignored"] + ["duplicate"] * 2 + \
        ["ignored", "duplicate", "duplicate"]
    assert payments(clinic) == booked
    assert again.entries[0].allocated == ()  # its payment was reversed: nothing left on the invoice
    assert [(x.invoice_number, x.amount) for x in again.entries[2].allocated] == [(inv4.number, eur("60.00"))]
    assert again.entries[2].credit == eur("10.00")
    assert clinic.balance(inv1.invoice_id) == eur("100.00")
    assert check_books(clinic.db) == []
    files = clinic.importer().imported_files()
    assert [x.sha256 for x in files] == [r.sha256, r.sha256] and files[1].counts["booked"] == 5


def test_camt053_v02_overlapping_period_books_only_new(clinic: Clinic, tmp_path: Path) -> None:
    a, _ = clinic.client("Anna", "Nikolaou")
    inv1 = clinic.invoice(a, "100.00")
    inv2 = clinic.invoice(a, "50.00")
    first = write(tmp_path / "nov1.xml", camt([
        Entry("100.00", ref="K-1", txs=[Tx(rf=inv1.rf_code, name="Nikolaou Anna")]),
        Entry("3.00", cd="DBIT", ref="K-2"),
    ], version="053.001.02", closing="97.00"))
    second = write(tmp_path / "nov2.xml", camt([
        Entry("100.00", ref="K-1", txs=[Tx(rf=inv1.rf_code, name="Nikolaou Anna")]),
        Entry("3.00", cd="DBIT", ref="K-2"),
        Entry("50.00", ref="K-3", day="2026-11-04", txs=[Tx(rf=inv2.rf_code)]),
    ], version="053.001.02", closing="147.00", stmt_id="STMT-2"))
    r1 = clinic.importer().import_file(first)
    assert outcome(r1) == [("booked", "rf_invoice", (inv1.number,)), ("ignored", "debit", ())]
    r2 = clinic.importer().import_file(second)
    assert r2.seen_before is None  # another file, overlapping period
    assert outcome(r2) == [("duplicate", "already_booked", (inv1.number,)), ("ignored", "debit", ()),
                           ("booked", "rf_invoice", (inv2.number,))]
    assert clinic.balance(inv1.invoice_id) == eur("0.00") and clinic.balance(inv2.invoice_id) == eur("0.00")
    assert check_books(clinic.db) == []


def test_camt054_notification(clinic: Clinic, tmp_path: Path) -> None:
    a, _ = clinic.client("Dimitris", "Karras")
    inv = clinic.invoice(a, "45.00")
    text = camt([
        Entry("45.00", ref="N-1", txs=[Tx(rf=rf_format(inv.rf_code).lower(), name="Karras Dimitris",
                                          e2e="E-N1")]),
        Entry("15.00", ref="N-2", txs=[Tx(ustrd="for Ivanova M.", name="Ivanova Maria")]),
        Entry("45.00", cd="DBIT", ref="N-3", reversal=True, txs=[Tx(e2e="E-N1")]),
        Entry("45.00", cd="DBIT", ref="N-4", reversal=True, txs=[Tx(e2e="E-N1")]),
    ], version="054.001.04")
    r = clinic.importer().import_file(write(tmp_path / "camt054.xml", text))
    assert outcome(r) == [("booked", "rf_invoice", (inv.number,)), ("unmatched", "unmatched", ()),
                          ("reversed", "reversal", ()), ("duplicate", "already_reversed", ())]
    assert r.entries[3].params["original"] == "N-1"  # the same payment is never taken back twice
    assert clinic.balance(inv.invoice_id) == eur("45.00")
    assert check_books(clinic.db) == []


def test_reversal_in_a_later_file_finds_its_original(clinic: Clinic, tmp_path: Path) -> None:
    a, _ = clinic.client("Anna", "Nikolaou")
    inv = clinic.invoice(a, "100.00")
    clinic.importer().import_file(write(tmp_path / "a.xml", camt([
        Entry("100.00", ref="R-1", txs=[Tx(rf=inv.rf_code)])])))  # no end-to-end id: found by RF + amount
    r = clinic.importer().import_file(write(tmp_path / "b.xml", camt([
        Entry("100.00", cd="DBIT", ref="R-2", reversal=True, txs=[Tx(rf=inv.rf_code)]),
        Entry("100.00", cd="DBIT", ref="R-3", reversal=True, txs=[Tx(rf=inv.rf_code)]),
    ], stmt_id="S-2")))
    assert outcome(r) == [("reversed", "reversal", ()), ("error", "reversal_original_not_found", ())]
    err = r.entries[1]
    assert (err.index, err.field, Path(err.params["file"]).name) == (1, "reversal", "b.xml")
    assert clinic.balance(inv.invoice_id) == eur("100.00")
    assert check_books(clinic.db) == []


def test_mt940_free_text_wraps_reversal_and_debit(clinic: Clinic, tmp_path: Path) -> None:
    a, _ = clinic.client("Nikos", "Papadopoulos")
    b, _ = clinic.client("Maria", "Ivanova")
    inv1 = clinic.invoice(a, "100.00")
    inv2 = clinic.invoice(b, "1234.00")
    long = f"/EREF/E2E-9911/REMI/Payment for invoice {rf_format(inv2.rf_code)} and many thanks from " \
           "all of us/ORDP//NAME/Ivanova Maria/ADDR/Moscow"
    text = mt940([
        ("2611021102C100,NTRFNONREF//BNK-1", f"Payment {rf_format(inv1.rf_code).lower()} Papadopoulos"),
        ("2611031103D35,00NMSCNONREF//BNK-2", "Kontofuehrung"),
        ("2611041104C1234,NTRFNONREF//BNK-3", long),
        ("2611051105RC100,00NRTINONREF//BNK-4", f"RUECKLASTSCHRIFT {inv1.rf_code}"),
    ], opening="0,00", closing="1199,00")
    r = clinic.importer().import_file(write(tmp_path / "stmt.sta", text, "latin-1"))
    assert not r.failed, r.error
    assert outcome(r) == [("booked", "rf_invoice", (inv1.number,)), ("ignored", "debit", ()),
                          ("booked", "rf_invoice", (inv2.number,)), ("reversed", "reversal", ())]
    assert r.entries[2].payer_name == "Ivanova Maria"
    assert clinic.balance(inv1.invoice_id) == eur("100.00") and clinic.balance(inv2.invoice_id) == eur("0.00")
    again = clinic.importer().import_file(tmp_path / "stmt.sta")
    assert [x.status for x in again.entries] == ["duplicate", "ignored", "duplicate", "duplicate"]
    assert check_books(clinic.db) == []


def test_cancel_stops_between_entries_and_is_not_recorded(clinic: Clinic, tmp_path: Path) -> None:
    a, _ = clinic.client("Anna", "Nikolaou")
    invs = [clinic.invoice(a, "10.00") for _ in range(4)]
    f = write(tmp_path / "c.xml", camt([Entry("10.00", ref=f"C-{i}", txs=[Tx(rf=inv.rf_code)])
                                         for i, inv in enumerate(invs)]))

    class Stop:
        def __init__(self) -> None:
            self.seen: list[tuple[int, int, str]] = []

        @property
        def cancelled(self) -> bool:
            return any(t == "book" and d >= 2 for d, _n, t in self.seen)

        def progress(self, done: int, total: int = 0, text: str = "") -> None:
            self.seen.append((done, total, text))

    state = Stop()
    r = clinic.importer().import_file(f, state)
    assert r.cancelled and [x.status for x in r.entries] == ["booked", "booked"]
    assert (2, 4, "book") in state.seen
    assert clinic.importer().imported_files() == []
    r2 = clinic.importer().import_file(f)
    assert [x.status for x in r2.entries] == ["duplicate", "duplicate", "booked", "booked"]
    assert check_books(clinic.db) == []


def test_batched_transactions_give_the_same_outcome(clinic: Clinic, tmp_path: Path) -> None:
    a, _ = clinic.client("Anna", "Nikolaou")
    invs = [clinic.invoice(a, "10.00") for _ in range(5)]
    entries = [Entry("10.00", ref=f"T-{i}", txs=[Tx(rf=inv.rf_code, e2e=f"E-{i}")])
               for i, inv in enumerate(invs)]
    entries.insert(2, Entry("10.00", cd="DBIT", ref="T-X", reversal=True, txs=[Tx(e2e="E-none")]))
    entries.append(Entry("10.00", cd="DBIT", ref="T-R", reversal=True, txs=[Tx(e2e="E-4")]))
    r = clinic.importer(batch_size=3).import_file(write(tmp_path / "t.xml", camt(entries)))
    assert [x.status for x in r.entries] == ["booked", "booked", "error", "booked", "booked", "booked",
                                             "reversed"]
    assert payments(clinic) == 6
    assert clinic.balance(invs[4].invoice_id) == eur("10.00")
    assert check_books(clinic.db) == []


def test_watched_folder_imports_new_content_only(clinic: Clinic, tmp_path: Path) -> None:
    a, _ = clinic.client("Anna", "Nikolaou")
    inv = clinic.invoice(a, "100.00")
    folder = tmp_path / "inbox"
    folder.mkdir()
    text = camt([Entry("100.00", ref="W-1", txs=[Tx(rf=inv.rf_code)])])
    write(folder / "one.xml", text)
    (folder / "notes.pdf").write_bytes(b"%PDF")
    svc = clinic.importer()
    first = svc.import_folder(folder)
    assert [Path(x.file).name for x in first] == ["one.xml"]
    assert [x.status for x in first[0].entries] == ["booked"]
    write(folder / "copy-of-one.xml", text)  # same content, other name
    assert svc.import_folder(folder) == []
    write(folder / "two.sta", mt940([("2611021102C5,NTRFNONREF//M-1", "hello")]))
    second = svc.import_folder(folder)
    assert [Path(x.file).name for x in second] == ["two.sta"]
    assert [x.status for x in second[0].entries] == ["unmatched"]
    (folder / "junk.txt").write_text("not a statement")
    refused = svc.import_folder(folder)
    assert [(Path(x.file).name, x.error.code if x.error else None) for x in refused] == \
        [("junk.txt", "unknown_format")]
    assert svc.import_folder(folder) == []  # reported once, not on every tick
    assert sorted(p.name for p in folder.iterdir()) == ["copy-of-one.xml", "junk.txt", "notes.pdf", "one.xml",
                                                        "two.sta"]
    assert check_books(clinic.db) == []
