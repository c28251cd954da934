"""Files that cannot be imported: a clear error naming file (entry, field) and nothing booked."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.statements.builders import Entry, Tx, camt, mt940, write
from tests.statements.conftest import Clinic
from usu_desktop.services.check import check_books
from usu_desktop.storage.queries import count_payments

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>&lol4;</MsgId>
</GrpHdr></BkToCstmrStmt></Document>
"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>&xxe;</MsgId>
</GrpHdr></BkToCstmrStmt></Document>
"""


def one_good(clinic: Clinic) -> str:
    a, _ = clinic.client("Anna", "Nikolaou")
    inv = clinic.invoice(a, "100.00")
    return camt([Entry("100.00", ref="G-1", txs=[Tx(rf=inv.rf_code)]),
                 Entry("100.00", ref="G-2", txs=[Tx(rf=inv.rf_code)])])


CASES = {
    "not_xml": (lambda good: b"<<< this is & not < XML >>>\n", "not_xml"),
    "truncated": (lambda good: good.encode()[: len(good) // 2], "truncated"),
    "bomb": (lambda good: BOMB.encode(), "xml_forbidden"),
    "external_entity": (lambda good: XXE.encode(), "xml_forbidden"),
    "unknown_namespace": (lambda good: good.replace("camt.053.001.08", "pain.001.001.03").encode(),
                          "unknown_format"),
    "wrong_currency": (lambda good: good.replace("EUR", "USD").encode(), "wrong_currency"),
    "empty": (lambda good: b"", "empty_file"),
    "blank": (lambda good: b"  \r\n\r\n", "empty_file"),
    "binary": (lambda good: bytes(range(256)) * 4, "unknown_format"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_is_refused_whole(clinic: Clinic, tmp_path: Path, case: str) -> None:
    make, code = CASES[case]
    path = tmp_path / f"{case}.xml"
    path.write_bytes(make(one_good(clinic)))
    r = clinic.importer().import_file(path)
    assert r.failed and r.error is not None
    assert r.error.code == code
    assert r.error.params["file"] == str(path)
    assert r.entries == ()
    if case == "wrong_currency":
        assert r.error.params["field"] == "currency" and r.error.params["found"] == "USD"
    with clinic.db.reading() as s:
        assert count_payments(s) == 0
    assert clinic.importer().imported_files() == []  # a failed file is not "imported": fix it, try again
    assert check_books(clinic.db) == []


def test_missing_file(clinic: Clinic, tmp_path: Path) -> None:
    r = clinic.importer().import_file(tmp_path / "nope.xml")
    assert r.failed and r.error is not None and r.error.code == "file_unreadable"


def test_mt940_badly_wrapped_entry_is_an_error_row_the_rest_books(clinic: Clinic, tmp_path: Path) -> None:
    a, _ = clinic.client("Anna", "Nikolaou")
    inv = clinic.invoice(a, "100.00")
    text = mt940([("2611021102C60,NTRFNONREF//W-1", f"pay {inv.rf_code}"),
                  ("2611021102C4", f"pay {inv.rf_code}"),  # the :61: line cut off after one digit ...
                  ("2611031103C40,NTRFNONREF//W-3", f"pay {inv.rf_code}")])
    text = text.replace(":61:2611021102C4\r\n", ":61:2611021102C\r\n4")  # ... and wrapped mid-amount
    r = clinic.importer().import_file(write(tmp_path / "wrapped.sta", text))
    assert not r.failed, r.error
    statuses = [(e.status, e.index) for e in r.entries]
    assert ("booked", 0) in statuses and statuses.count(("booked", statuses[-1][1])) == 1
    errors = [e for e in r.entries if e.status == "error"]
    assert len(errors) == 1 and errors[0].index == 1 and errors[0].field
    assert errors[0].params["file"] == str(tmp_path / "wrapped.sta")
    assert clinic.balance(inv.invoice_id).minor == 0
    assert check_books(clinic.db) == []
