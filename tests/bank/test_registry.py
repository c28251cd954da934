"""Charge registry export: exact CSV/XML layout, encodings, refusals, atomic file writes."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from usu_desktop.bank.registry import RegistryCharge, export_registry, write_csv, write_xml
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_create

CHARGES = [
    RegistryCharge("10004", Money("120.50", "EUR"), "Ivanov I.", rf_create("10004"), "2026-11"),
    RegistryCharge("10012", Money("50", "EUR"), "O'Brien; P.", None, None),
]


def csv_bytes(charges: list[RegistryCharge], **kw: object) -> bytes:
    out = io.BytesIO()
    write_csv(charges, out, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def test_csv_layout_is_exact() -> None:
    assert csv_bytes(CHARGES) == (
        b"account;amount;currency;name;rf;period\r\n"
        b"10004;120.50;EUR;Ivanov I.;RF4110004;2026-11\r\n"
        b'10012;50.00;EUR;"O\'Brien; P.";;\r\n'
        b"TOTAL;2;170.50;EUR\r\n")
    assert rf_create("10004") == "RF4110004"


def test_csv_options_and_read_back() -> None:
    data = csv_bytes(CHARGES, delimiter=",", header=False)
    rows = list(csv.reader(io.StringIO(data.decode()), delimiter=","))
    assert rows[0] == ["10004", "120.50", "EUR", "Ivanov I.", "RF4110004", "2026-11"]
    assert rows[1][3] == "O'Brien; P."
    assert rows[-1] == ["TOTAL", "2", "170.50", "EUR"]
    with pytest.raises(DomainError) as info:
        csv_bytes(CHARGES, delimiter="0")
    assert info.value.code == "registry_bad_delimiter"


def test_cp1251_keeps_cyrillic_and_refuses_what_it_cannot_hold() -> None:
    ru = [RegistryCharge("10020", Money("1500", "RUB"), "Иванов И.", None, "2026-11")]
    data = csv_bytes(ru, encoding="cp1251")
    assert "Иванов И.".encode("cp1251") in data
    assert data.decode("cp1251").splitlines()[-1] == "TOTAL;1;1500.00;RUB"
    greek = [*ru, RegistryCharge("10038", Money("10", "RUB"), "Παπαδόπουλος Ν.", None, None)]
    with pytest.raises(DomainError) as info:
        csv_bytes(greek, encoding="cp1251")
    assert (info.value.code, info.value.params["account"], info.value.params["field"]) == (
        "registry_unencodable", "10038", "name")
    with pytest.raises(DomainError) as info:
        csv_bytes(ru, encoding="ascii")
    assert info.value.params["field"] == "name"


def test_xml_layout_and_read_back() -> None:
    out = io.BytesIO()
    xml_charges = [*CHARGES, RegistryCharge("10020", Money("1.05", "EUR"), "<Smith & Co>", None, None)]
    write_xml(xml_charges, out)
    root = etree.fromstring(out.getvalue())
    assert root.tag == "Registry"
    assert dict(root.attrib) == {"count": "3", "controlSum": "171.55", "currency": "EUR"}
    rows = [(c.get("account"), c.get("amount"), c.get("rf"), c.get("period"), c.text) for c in root]
    assert rows == [("10004", "120.50", "RF4110004", "2026-11", "Ivanov I."),
                    ("10012", "50.00", None, None, "O'Brien; P."),
                    ("10020", "1.05", None, None, "<Smith & Co>")]


def test_refusals() -> None:
    mixed = [*CHARGES, RegistryCharge("10020", Money("1", "USD"), "X", None, None)]
    for writer in (write_csv, write_xml):
        with pytest.raises(DomainError) as info:
            writer(mixed, io.BytesIO())
        assert info.value.code == "registry_mixed_currency"
    with pytest.raises(DomainError) as info:
        write_csv([], io.BytesIO())
    assert info.value.code == "registry_empty"
    assert csv_bytes([], currency="EUR").endswith(b"TOTAL;0;0.00;EUR\r\n")
    with pytest.raises(DomainError) as info:
        write_csv(CHARGES, io.BytesIO(), currency="RUB")
    assert info.value.code == "registry_mixed_currency"
    with pytest.raises(DomainError) as info:
        write_csv([RegistryCharge("1", Money("-1", "EUR"), "X")], io.BytesIO())
    assert info.value.code == "registry_negative_amount"
    with pytest.raises(DomainError) as info:
        write_xml([RegistryCharge("7", Money("1", "EUR"), "line\nbreak")], io.BytesIO())
    assert (info.value.code, info.value.params["field"]) == ("registry_bad_character", "name")


def test_export_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "registry.csv"
    export_registry(target, CHARGES, "csv")
    assert target.read_bytes() == csv_bytes(CHARGES)
    before = target.read_bytes()
    # the unencodable charge comes last: rows before it were already written to the temp file
    bad = [*CHARGES, RegistryCharge("10038", Money("10", "EUR"), "Παπαδόπουλος Ν.")]
    with pytest.raises(DomainError):
        export_registry(target, bad, "csv", encoding="cp1251")
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["registry.csv"]  # no temp file left
    fresh = tmp_path / "new.xml"
    with pytest.raises(DomainError):
        export_registry(fresh, [*bad[:1], RegistryCharge("9", Money("1", "EUR"), "a\x00b")], "xml")
    assert not fresh.exists()
    export_registry(fresh, CHARGES, "xml")
    assert etree.parse(str(fresh)).getroot().get("count") == "2"
    with pytest.raises(DomainError) as info:
        export_registry(tmp_path / "x.json", CHARGES, "json")
    assert info.value.code == "registry_unknown_format"


names = st.text(alphabet=st.characters(codec="cp1251", exclude_categories=("Cc", "Cs")), max_size=20)


@given(st.lists(st.tuples(st.integers(min_value=0, max_value=10**12), names), max_size=30),
       st.sampled_from([";", ",", "\t", "|"]))
def test_csv_trailer_matches_rows(rows: list[tuple[int, str]], delimiter: str) -> None:
    charges = [RegistryCharge(str(10000 + i), Money.from_minor(m, "KZT"), n) for i, (m, n) in enumerate(rows)]
    data = csv_bytes(charges, delimiter=delimiter, encoding="cp1251", currency="KZT")
    parsed = list(csv.reader(io.StringIO(data.decode("cp1251"), newline=""), delimiter=delimiter))
    header, body, trailer = parsed[0], parsed[1:-1], parsed[-1]
    assert header[0] == "account" and len(body) == len(rows)
    assert [r[3] for r in body] == [n for _m, n in rows]
    assert trailer == ["TOTAL", str(len(rows)), str(sum((Decimal(r[1]) for r in body), Decimal("0.00"))),
                       "KZT"]
    assert sum(Decimal(r[1]) for r in body) == Decimal(sum(m for m, _n in rows)) / 100
