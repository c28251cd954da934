"""EPC069-12 payload rules and the QR choice."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_create
from usu_desktop.printing.qr import (
    EPC_MAX_BYTES,
    epc_amount,
    epc_name,
    epc_payload,
    payment_qr,
    qr_matrix,
)

IBAN = "DE89 3704 0044 0532 0130 00"
BIC = "COBADEFFXXX"
RF = rf_create("20260001")  # RF3120260001


def eur(text: str) -> Money:
    return Money(text, "EUR")


def test_payload_is_exactly_the_epc_layout() -> None:
    payload = epc_payload("Northside Clinic", IBAN, BIC, eur("12.30"), RF)
    assert payload == ("BCD\n002\n1\nSCT\nCOBADEFFXXX\nNorthside Clinic\nDE89370400440532013000\n"
                       "EUR12.3\n\nRF3120260001\n\n")
    assert len(payload.split("\n")) == 12


def test_bic_is_optional_in_version_002() -> None:
    assert epc_payload("Clinic", IBAN, None, eur("1"), RF).split("\n")[4] == ""


@pytest.mark.parametrize(("amount", "text"), [
    ("12.30", "EUR12.3"), ("12.00", "EUR12"), ("0.01", "EUR0.01"), ("1200.00", "EUR1200"),
    ("10.10", "EUR10.1"), ("999999999.99", "EUR999999999.99"), ("100", "EUR100"),
])
def test_amount_format(amount: str, text: str) -> None:
    assert epc_amount(eur(amount)) == text


@pytest.mark.parametrize("amount", ["0", "-1.00", "1000000000.00"])
def test_amount_out_of_range_is_refused(amount: str) -> None:
    with pytest.raises(DomainError) as err:
        epc_amount(eur(amount))
    assert err.value.code == "epc_amount_out_of_range"


def test_non_eur_has_no_epc_payload() -> None:
    with pytest.raises(DomainError) as err:
        epc_payload("Clinic", IBAN, BIC, Money("12.30", "AZN"), RF)
    assert err.value.code == "epc_currency_not_eur"


def test_bad_iban_checksum_is_refused() -> None:
    with pytest.raises(DomainError) as err:
        epc_payload("Clinic", "DE88 3704 0044 0532 0130 00", BIC, eur("1"), RF)
    assert err.value.code == "bad_iban"


def test_bad_bic_and_bad_rf_are_refused() -> None:
    with pytest.raises(DomainError) as err:
        epc_payload("Clinic", IBAN, "NOTABIC", eur("1"), RF)
    assert err.value.code == "bad_bic"
    with pytest.raises(DomainError) as err:
        epc_payload("Clinic", IBAN, BIC, eur("1"), "RF00123")
    assert err.value.code == "bad_rf"


def test_long_name_is_cut_to_70_characters() -> None:
    name = "Northside Family Clinic and Dental Surgery Limited Liability Partnership of Leeds"
    payload = epc_payload(name, IBAN, BIC, eur("5"), RF)
    line = payload.split("\n")[5]
    assert len(line) == 70 and name.startswith(line)


def test_name_whitespace_and_combining_marks_are_safe() -> None:
    assert epc_name("A\nB\t C") == "A B C"
    # NFC first, so 'e' + combining acute counts as one character and is never split off.
    assert epc_name("x" * 69 + "e\u0301tc") == "x" * 69 + "\u00e9"


def test_long_multibyte_name_stays_within_331_bytes() -> None:
    payload = epc_payload("Ж" * 70, IBAN, BIC, eur("999999999.99"), rf_create("A" * 21))
    assert len(payload.encode("utf-8")) <= EPC_MAX_BYTES
    assert len(payload.split("\n")) == 12


@given(name=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=120)
       .filter(lambda s: s.strip()),
       cents=st.integers(min_value=1, max_value=99_999_999_999))
def test_any_payload_keeps_the_epc_limits(name: str, cents: int) -> None:
    amount = Money.from_minor(cents, "EUR")
    payload = epc_payload(name, IBAN, BIC, amount, RF)
    lines = payload.split("\n")
    assert len(lines) == 12
    assert len(payload.encode("utf-8")) <= EPC_MAX_BYTES
    assert 1 <= len(lines[5]) <= 70
    assert Decimal(lines[7][3:]) == amount.amount
    assert not lines[7].endswith("0") or "." not in lines[7]
    assert len(qr_matrix(payload)) <= 17 + 4 * 13  # QR version 13 at most


def test_qr_choice_follows_the_spec() -> None:
    due = eur("10.00")
    epc = payment_qr(name="C", iban=IBAN, bic=BIC, due=due, rf=RF, payment_page_url="https://x/p/1")
    assert epc is not None and epc.kind == "epc"
    url = payment_qr(name="C", iban=None, bic=None, due=due, rf=RF, payment_page_url="https://x/p/1")
    assert url is not None and (url.kind, url.payload) == ("url", "https://x/p/1")
    azn = payment_qr(name="C", iban=IBAN, bic=BIC, due=Money("10", "AZN"), rf=RF,
                     payment_page_url=None)
    assert azn is not None and (azn.kind, azn.payload) == ("rf", RF)
    assert payment_qr(name="C", iban=IBAN, bic=BIC, due=eur("0"), rf=RF,
                      payment_page_url=None) is None
    assert payment_qr(name="C", iban=None, bic=None, due=Money("3", "AZN"), rf=None,
                      payment_page_url=None) is None


def test_qr_version_follows_the_byte_count() -> None:
    assert len(qr_matrix("x" * 14)) == 21  # version 1
    assert len(qr_matrix("x" * 15)) == 25  # version 2
    assert len(qr_matrix("x" * 331)) == 17 + 4 * 13  # version 13, the EPC maximum
    assert len(qr_matrix("https://pay.example.org/" + "a" * 400)) > 17 + 4 * 13  # URLs may go on


def test_long_payment_url_still_decodes() -> None:
    import io

    from reportlab.pdfgen.canvas import Canvas

    from usu_desktop.printing.qr import draw_qr

    from .pdfcheck import qr_payloads

    url = "https://pay.example.org/p/" + "a1b2" * 100
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(300, 300))
    draw_qr(canvas, 10, 10, 280, url)
    canvas.showPage()
    canvas.save()
    assert qr_payloads(buf.getvalue()) == [url.encode()]
