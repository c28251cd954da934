"""MT940 reading: German ?-sub-fields, Polish ~-sub-fields, slash keywords, wraps, envelopes, breakage."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from usu_desktop.bank.detect import read_statement, read_statements, sniff_format
from usu_desktop.bank.mt940 import parse_details, parse_mt940
from usu_desktop.bank.statement import StatementError
from usu_desktop.domain.money import Money

FIXTURES = Path(__file__).parent / "fixtures"
DE = FIXTURES / "mt940_de.sta"
PL = FIXTURES / "mt940_pl.sta"


def test_german_file_two_messages() -> None:
    first, second = read_statements(DE, expected_currency="EUR")
    assert (first.format, first.statement_id, first.account_iban) == (
        "mt940", "STMT20261102/00001/001", "DE89370400440532013000")  # trailing EUR dropped
    assert (first.opening_balance, first.closing_balance) == (Money("1000.00", "EUR"), Money("990.50", "EUR"))
    assert (second.opening_balance, second.closing_balance) == (Money("990.50", "EUR"),
                                                                Money("2344.50", "EUR"))
    assert first.issues == () and second.issues == ()  # balances add up in both


# amount, direction, reversal, rf, payer, bank_ref, e2e
DE_ENTRIES = [
    ("100.00", "credit", False, "RF952026000017", "Papadopoulos Nikos", "BNK61-0001", "E2E-77"),
    ("25.50", "credit", False, "RF732026000025", "MUELLER HANS", None, None),  # part, RF split over ?20/?21
    ("35.00", "debit", False, None, None, "BNK61-0003", None),
    ("100.00", "debit", True, "RF952026000017", "Papadopoulos Nikos", "BNK61-0004", None),  # RC reversal
    ("1234.00", "credit", False, "RF512026000033", "Ivanova Maria", "BNK61-0005", "E2E-9911"),  # /REMI/
    ("60.00", "credit", False, None, None, None, None),  # transposed RF
    ("60.00", "credit", False, None, None, None, None),  # the same on New Year's Eve
]


def test_german_entries() -> None:
    s = read_statement(DE)
    got = [(str(e.amount.amount), e.direction, e.reversal, e.rf, e.payer_name, e.bank_ref, e.end_to_end_id)
           for e in s.entries]
    assert got == DE_ENTRIES
    assert [e.index for e in s.entries] == list(range(7))
    assert all(e.status == "booked" for e in s.entries)
    full, part, fee, _rev, slash, transposed, eve = s.entries
    assert full.payer_iban == "DE44500105175407324931"
    assert full.remittance_text == "RF95 2026 0000 17 Rechnung"  # hard wrap inside the RF glued back
    assert part.remittance_text == "Teilzahlung rf73 2026 0000 25"
    assert fee.remittance_text == "Kontofuehrung"
    assert slash.remittance_text == "Payment for invoice RF51 2026 0000 33 and thanks"  # wrap at 65 glued
    assert transposed.remittance_text == "Payment RF64 2062 0000 90 from Sidorov P."  # short line: a space
    assert (eve.value_date, eve.booking_date) == (date(2026, 12, 31), date(2026, 12, 31))
    assert full.external_id == "BNK61-0001" and part.external_id.startswith("sha256:")
    assert transposed.external_id != eve.external_id
    merged = read_statement(DE)
    assert merged.statement_id == "STMT20261102/00001/001+STMT20261104/00002/001"
    assert (merged.opening_balance.amount, merged.closing_balance.amount) == (  # type: ignore[union-attr]
        Decimal("1000.00"), Decimal("2344.50"))


def test_polish_file_crlf_tilde_subfields() -> None:
    assert b"\r\n" in PL.read_bytes()
    s = read_statement(PL, expected_currency="PLN")
    assert (s.statement_id, s.account_iban, s.currency) == (
        "MT940/123", "PL61109010140000071219812874", "PLN")
    paid, rent = s.entries
    assert (paid.amount, paid.rf, paid.payer_name, paid.payer_iban, paid.external_id) == (
        Money("1500.00", "PLN"), "RF41K10047", "Kowalski Jan", "PL27114020040000300201355387", "PKO-1")
    assert paid.remittance_text == "Zaplata za faktura RF41 K100 47"
    assert (rent.direction, rent.remittance_text) == ("debit", "Czynsz listopad")
    # the entry with three decimals is reported and skipped (the fixture's balances leave it out)
    assert [(i.severity, i.code, i.entry_index) for i in s.issues] == [("error", "bad_amount", 2)]


def test_line_endings_and_envelope_do_not_matter(tmp_path: Path) -> None:
    text = DE.read_text()
    crlf = tmp_path / "crlf.sta"
    crlf.write_bytes(text.replace("\n", "\r\n").encode())
    bare = tmp_path / "bare.sta"
    lines = [ln for ln in text.splitlines() if not ln.startswith("{1:")]
    bare.write_text("\n".join("-" if ln == "-}" else ln for ln in lines) + "\n")

    def key(path: Path) -> list[tuple[object, ...]]:
        return [(e.amount, e.direction, e.rf, e.payer_name, e.remittance_text, e.external_id)
                for e in read_statement(path).entries]

    assert key(crlf) == key(DE) == key(bare)
    assert sniff_format(bare) == sniff_format(crlf) == "mt940"


def test_reversal_of_a_debit_is_a_credit(tmp_path: Path) -> None:
    path = tmp_path / "rd.sta"
    path.write_text(":20:X\n:25:ACC1\n:28C:1\n:60F:D261101EUR10,00\n:61:2611021102RDR10,NRTINONREF//R1\n"
                    ":86:return\n:62F:C261102EUR0,\n-\n")
    (e,) = read_statement(path).entries  # 'R' after RD is the funds code
    assert (e.direction, e.reversal, e.amount, e.bank_ref) == ("credit", True, Money("10.00", "EUR"), "R1")


def test_entry_date_across_new_year(tmp_path: Path) -> None:
    path = tmp_path / "ny.sta"
    path.write_text(":20:X\n:25:ACC1\n:60F:C261231EUR0,\n:61:2612310102C1,NTRFNONREF\n"
                    ":61:2701011231C2,NTRFNONREF\n:62F:C270102EUR3,\n")
    a, b = read_statement(path).entries
    assert (a.value_date, a.booking_date) == (date(2026, 12, 31), date(2027, 1, 2))
    assert (b.value_date, b.booking_date) == (date(2027, 1, 1), date(2026, 12, 31))


def test_bad_61_line_is_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "bad.sta"
    path.write_text(":20:X\n:25:ACC1\n:60F:C261101EUR0,\n:61:garbage\n:86:x\n:61:2613011102C1,NTRFNONREF\n"
                    ":61:2611021102C2,NTRFNONREF\n:62F:C261102EUR2,\n")
    s = read_statement(path)
    assert [e.amount.amount for e in s.entries] == [Decimal("2.00")]
    assert [(i.code, i.entry_index) for i in s.errors] == [("bad_entry", 0), ("bad_date", 1)]


def test_truncated_mt940(tmp_path: Path) -> None:
    text = DE.read_text()
    path = tmp_path / "cut.sta"
    path.write_text(text[: text.rindex(":62F:")])
    with pytest.raises(StatementError) as info:
        read_statement(path)
    assert info.value.code == "truncated" and info.value.line is not None


def test_mt940_refusals(tmp_path: Path) -> None:
    with pytest.raises(StatementError) as info:
        read_statement(DE, expected_currency="PLN")
    assert info.value.code == "wrong_currency"
    two = tmp_path / "two.sta"
    two.write_text(DE.read_text() + PL.read_text())
    with pytest.raises(StatementError) as info:
        read_statement(two)
    assert info.value.code == "mixed_accounts"
    assert len(read_statements(two)) == 3
    bad = tmp_path / "bal.sta"
    bad.write_text(":20:X\n:25:ACC1\n:60F:C2611XXEUR0,\n:62F:C261102EUR2,\n")
    with pytest.raises(StatementError) as info:
        read_statement(bad)
    assert (info.value.code, info.value.field, info.value.line) == ("bad_amount", ":60F:", 3)
    with pytest.raises(StatementError) as info:
        read_statement(DE, max_bytes=100)
    assert info.value.code == "too_large"
    nothing = tmp_path / "n.sta"
    nothing.write_text("hello: this is no statement\n")
    with pytest.raises(StatementError) as info:
        read_statement(nothing)
    assert info.value.code == "unknown_format"


@pytest.mark.parametrize(("raw", "text", "name", "iban", "e2e", "rf"), [
    ("166?00GUTSCHRIFT?20EREF+E1?21SVWZ+Miete?32Name that is exactly twenty7?33 chars",
     "Miete", "Name that is exactly twenty7chars", None, "E1", None),
    ("051^00PRZELEW^20RF41K10047^32Jan^33Nowak^31PL27114020040000300201355387",
     "RF41K10047", "Jan Nowak", "PL27114020040000300201355387", None, "RF41K10047"),
    ("/EREF/NOTPROVIDED/REMI/STRD/CUR/RF41K10047/ORDP//NAME/Jan Nowak/ID/X",
     "RF41K10047", "Jan Nowak", None, None, "RF41K10047"),
    ("/TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/P. de Vries/REMI/rf41 k100 47",
     "rf41 k100 47", "P. de Vries", "NL91ABNA0417164300", None, "RF41K10047"),
    ("/CNTP/NL91ABNA0417164300/ABNANL2A/J. Jansen/Utrecht//REMI/USTD//thanks RF41K10047/",
     "thanks RF41K10047", "J. Jansen", "NL91ABNA0417164300", None, "RF41K10047"),
    ("166?00GUTSCHRIFT?20EREF+RF41K10047?21SVWZ+Danke", "Danke", None, None, "RF41K10047", "RF41K10047"),
    ("/EREF/RF41K10047/REMI/USTD//thanks", "thanks", None, None, "RF41K10047", "RF41K10047"),
    ("/EREF/RF41K10047/REMI/STRD/CUR/RF952026000017/", "RF952026000017", None, None, "RF41K10047",
     "RF952026000017"),
    ("just some text RF41 K100 47", "just some text RF41 K100 47", None, None, None, "RF41K10047"),
])
def test_details_styles(raw: str, text: str, name: str | None, iban: str | None, e2e: str | None,
                        rf: str | None) -> None:
    from usu_desktop.bank.statement import pick_rf

    d = parse_details(raw)
    assert (d.text, d.name, d.iban, d.e2e) == (text, name, iban, e2e)
    assert pick_rf(d.rf, d.text)[0] == rf


@given(st.lists(st.tuples(st.integers(min_value=1, max_value=10**12), st.booleans()), min_size=1,
                max_size=20))
def test_amounts_with_commas_round_trip(tmp_path_factory: pytest.TempPathFactory,
                                        rows: list[tuple[int, bool]]) -> None:
    def mt(minor: int) -> str:
        whole, cents = divmod(minor, 100)
        return f"{whole}," + ("" if cents == 0 else f"{cents:02d}".rstrip("0"))

    lines = [":20:P", ":25:ACC", ":60F:C261101EUR0,"]
    total = 0
    for minor, credit in rows:
        lines.append(f":61:2611021102{'C' if credit else 'D'}{mt(minor)}NTRFNONREF")
        total += minor if credit else -minor
    lines.append(f":62F:{'C' if total >= 0 else 'D'}261102EUR{mt(abs(total))}")
    path = tmp_path_factory.mktemp("mt") / "p.sta"
    path.write_text("\n".join(lines) + "\n-\n")
    s = parse_mt940(path)[0]
    assert [(e.amount.minor, e.direction == "credit") for e in s.entries] == rows
    assert s.issues == ()


free_text = st.text(alphabet=st.sampled_from(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-+'"), min_size=30, max_size=150)


@given(free_text, free_text, st.integers(min_value=0, max_value=10**8), st.booleans(), st.booleans())
def test_hard_wrapped_free_text_keeps_its_words_and_rf(tmp_path_factory: pytest.TempPathFactory,
                                                      before: str, after: str, body: int, lower: bool,
                                                      grouped: bool) -> None:
    """Banks cut :86: every 65 characters, mid-word or mid-RF; the reader must put it back together."""
    from usu_desktop.domain.references import rf_create, rf_find, rf_format

    rf = rf_create(str(body))
    shown = rf_format(rf) if grouped else rf
    text = f"{before} ({shown.lower() if lower else shown}) {after}"
    assume(not rf_find(before) and not rf_find(after))
    wrapped = [text[i:i + 65] for i in range(0, len(text), 65)]
    assume(not any(line.startswith("-") for line in wrapped))  # SWIFT forbids it: '-' ends a message
    head = ":20:W\n:25:ACC\n:60F:C261101EUR0,\n:61:2611021102C1,NTRFNONREF\n:86:"
    path = tmp_path_factory.mktemp("wrap") / "w.sta"
    path.write_text(head + "\n".join(wrapped) + "\n:62F:C261102EUR1,\n-\n")
    (entry,) = parse_mt940(path)[0].entries
    assert entry.remittance_text == " ".join(text.split())
    assert entry.rf == rf


def test_soh_framing_and_bank_own_fields(tmp_path: Path) -> None:
    path = tmp_path / "soh.sta"
    path.write_bytes(b"\x01\r\n:20:X\r\n:25:ACC1\r\n:60F:C261101EUR0,\r\n:61:2611021102C5,NTRFNONREF//Q1\r\n"
                     b":NS:22internal bank note\r\n:86:RF41 K100 47 Nowak\r\n:62F:C261102EUR5,\r\n-\r\n\x03")
    (e,) = read_statement(path).entries
    assert (e.rf, e.remittance_text, e.external_id) == ("RF41K10047", "RF41 K100 47 Nowak", "Q1")


def test_cp1252_and_explicit_encoding(tmp_path: Path) -> None:
    body = (":20:X\n:25:ACC1\n:60F:C261101EUR0,\n:61:2611021102C5,NTRFNONREF\n:86:?20Miete?32{name}\n"
            ":62F:C261102EUR5,\n")
    latin = tmp_path / "latin.sta"
    latin.write_bytes(body.format(name="Müller Jörg").encode("cp1252"))
    assert read_statement(latin).entries[0].payer_name == "Müller Jörg"
    polish = tmp_path / "pl.sta"
    polish.write_bytes(body.format(name="Łukasz Żak").encode("iso-8859-2"))
    assert read_statement(polish, encoding="iso-8859-2").entries[0].payer_name == "Łukasz Żak"
