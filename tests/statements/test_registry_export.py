"""The open-charge registry from the books: CSV (delimiter, cp1251) and XML with count and control sum."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from tests.statements.conftest import Clinic
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.services.payments import PaymentService
from usu_desktop.services.registry_export import RegistryExportService


@pytest.fixture
def books(clinic: Clinic) -> dict[str, str]:
    ivanov, n1 = clinic.client("Иван", "Иванов")
    paid, n2 = clinic.client("Paid", "Up")
    over, n3 = clinic.client("Olga", "O'Brien; Jr")
    clinic.invoice(ivanov, "120.50")
    clinic.invoice(ivanov, "30.00")
    inv = clinic.invoice(paid, "10.00")
    PaymentService(clinic.db).record_desk_payment(paid, Money("10.00", "EUR"), "cash", inv.invoice_id)
    clinic.invoice(over, "50.00")
    PaymentService(clinic.db).record_desk_payment(over, Money("70.00", "EUR"), "cash")  # 20 credit
    clinic.invoice(over, "25.00", )  # issue uses the credit: 5.00 left
    return {"ivanov": n1, "paid": n2, "over": n3}


def test_csv_cp1251_with_control_sum(clinic: Clinic, books: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "registry.csv"
    done = RegistryExportService(clinic.db, "anna").export(out, "csv", encoding="cp1251", period="2026-11")
    assert (done.count, done.control_sum) == (2, Money("155.50", "EUR"))
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("cp1251")), delimiter=";"))
    assert rows[0] == ["account", "amount", "currency", "name", "rf", "period"]
    by = {r[0]: r for r in rows[1:-1]}
    assert set(by) == {books["ivanov"], books["over"]}  # nothing due: not listed
    assert by[books["ivanov"]][1:4] == ["150.50", "EUR", "Иванов И."]
    assert by[books["ivanov"]][4].startswith("RF") and by[books["ivanov"]][5] == "2026-11"
    assert by[books["over"]][1] == "5.00" and by[books["over"]][3] == "O'Brien; Jr O."
    assert rows[-1] == ["TOTAL", "2", "155.50", "EUR"]
    assert sum(Decimal(r[1]) for r in rows[1:-1]) == Decimal(rows[-1][2])


def test_csv_comma_delimiter_quotes_names(clinic: Clinic, books: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    RegistryExportService(clinic.db).export(out, "csv", delimiter=",", header=False)
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8")), delimiter=","))
    assert len(rows) == 3 and rows[-1][0] == "TOTAL"


def test_xml_count_and_control_sum(clinic: Clinic, books: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "r.xml"
    done = RegistryExportService(clinic.db).export(out, "xml", encoding="cp1251")  # XML is always UTF-8
    root = etree.parse(str(out)).getroot()
    charges = root.findall("Charge")
    assert root.get("count") == str(len(charges)) == str(done.count) == "2"
    control = Decimal(root.get("controlSum"))
    assert control == sum(Decimal(c.get("amount")) for c in charges) == Decimal("155.50")
    assert {c.text for c in charges} == {"Иванов И.", "O'Brien; Jr O."}


def test_unencodable_name_is_refused_and_no_file_left(clinic: Clinic, books: dict[str, str],
                                                       tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    out.write_text("the previous registry")
    with pytest.raises(DomainError) as err:
        RegistryExportService(clinic.db).export(out, "csv", encoding="cp1252")
    assert err.value.code == "registry_unencodable"
    assert err.value.params["account"] == books["ivanov"] and err.value.params["field"] == "name"
    assert out.read_text() == "the previous registry"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize(("kw", "code"), [({"format": "pdf"}, "registry_unknown_format"),
                                          ({"encoding": "klingon"}, "registry_unknown_encoding"),
                                          ({"delimiter": "."}, "registry_bad_delimiter")])
def test_refusals(clinic: Clinic, books: dict[str, str], tmp_path: Path, kw: dict[str, str],
                  code: str) -> None:
    with pytest.raises(DomainError) as err:
        RegistryExportService(clinic.db).export(tmp_path / "x", **kw)
    assert err.value.code == code
    assert not (tmp_path / "x").exists()


def test_empty_books_give_an_empty_registry(clinic: Clinic, tmp_path: Path) -> None:
    done = RegistryExportService(clinic.db).export(tmp_path / "e.xml", "xml")
    assert done.count == 0 and 'count="0" controlSum="0.00"' in (tmp_path / "e.xml").read_text()
