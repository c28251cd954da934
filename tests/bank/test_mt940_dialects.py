"""MT940 and MT942 as banks really write them, checked against a second reader (the `mt-940` package).

The files are generated here from the format's description (SWIFT MT940/MT942 field layout, plus what
German banks add: ?-sub-fields with a GVC, day 30 of February), with the liberties banks take: amounts
without the decimal comma, padded type codes, `:86:` continuation lines that begin like a tag. The
`mt-940` package is used only here, as an oracle: both readers must see the same entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import mt940
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mt940 import processors

from usu_desktop.bank.detect import read_statement, read_statements
from usu_desktop.bank.statement import StatementEntry, StatementError
from usu_desktop.domain.money import Money

ACCOUNT = "DE89370400440532013000"


@dataclass(frozen=True)
class Line:
    """One :61: with its :86:, as a generator writes it."""

    day: date
    month_end_day: int | None  # write this day of `day`'s month instead (30 February), or None
    cents: int
    credit: bool
    type_code: str
    bank_ref: str
    details: list[str]
    comma: bool = True

    def amount_text(self) -> str:
        whole, frac = divmod(self.cents, 100)
        return f"{whole},{frac:02d}" if self.comma else str(whole)  # without a comma: whole units only

    def value_date_text(self) -> str:
        day = self.month_end_day or self.day.day
        return f"{self.day:%y%m}{day:02d}"

    def money(self) -> Decimal:
        return Decimal(self.cents).scaleb(-2)


def write_mt940(lines: list[Line], opening_cents: int = 100_000, *, intraday: bool = False) -> str:
    net = sum(line.money() if line.credit else -line.money() for line in lines)
    closing = Decimal(opening_cents).scaleb(-2) + net
    out = [":20:STARTUMS", f":25:{ACCOUNT}", ":28C:00001/001"]
    if intraday:
        out += [":34F:EURC0,", ":13D:2611021200+0100"]
    else:
        out.append(f":60F:C261101EUR{opening_cents // 100},{opening_cents % 100:02d}")
    for line in lines:
        mark = "C" if line.credit else "D"
        out.append(f":61:{line.value_date_text()}{mark}{line.amount_text()}{line.type_code}NONREF//{line.bank_ref}")
        out.append(":86:" + line.details[0])
        out.extend(line.details[1:])
    if intraday:
        credits = [line for line in lines if line.credit]
        out.append(f":90C:{len(credits)}EUR" + f"{sum(c.money() for c in credits):.2f}".replace(".", ","))
    else:
        mark = "C" if closing >= 0 else "D"
        out.append(f":62F:{mark}261130EUR" + f"{abs(closing):.2f}".replace(".", ","))
    out.append("-")
    return "\r\n".join(out) + "\r\n"


def oracle(text: str) -> mt940.models.Transactions:
    parsed = mt940.models.Transactions(processors={
        "pre_statement": [processors.date_fixup_pre_processor],
        "post_transaction_details": [processors.transaction_details_post_processor]},
        options=mt940.Options(applicant_iban=True))  # ?31 is the payer's IBAN, as SEPA-era banks write
    parsed.parse(text)
    return parsed


def write(tmp_path: Path, text: str, name: str = "s.sta") -> Path:
    path = tmp_path / name
    path.write_text(text, "latin-1")
    return path


def same_entries(ours: tuple[StatementEntry, ...], theirs: mt940.models.Transactions) -> None:
    assert len(ours) == len(theirs.transactions)
    for mine, other in zip(ours, theirs.transactions, strict=True):
        data = other.data
        assert mine.signed.amount == data["amount"].amount
        assert mine.value_date == date(data["date"].year, data["date"].month, data["date"].day)
        assert mine.bank_ref == data["bank_reference"]


DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))
# SWIFT's rule: no line of a field may start with '-' (that ends the message)
WORDS = (st.text(st.sampled_from("abcdefXYZ 0123456789-./"), min_size=1, max_size=40).map(str.strip)
         .filter(lambda w: w and not w.startswith("-")))


@st.composite
def lines(draw: st.DrawFn) -> Line:
    day = draw(DAYS)
    past_end = None
    if day.month == 2 and draw(st.booleans()):  # 29 (in a common year) or 30 February, as German banks write
        past_end = draw(st.sampled_from([30] if day.year % 4 == 0 else [29, 30]))
    extra = draw(st.lists(WORDS, max_size=2))
    if draw(st.booleans()):
        extra.append(":12:" + draw(WORDS))  # a continuation that begins like a tag
    comma = draw(st.booleans())
    cents = draw(st.integers(1, 10**9)) if comma else 100 * draw(st.integers(1, 10**7))
    return Line(day=day, month_end_day=past_end, cents=cents, credit=draw(st.booleans()),
                type_code=draw(st.sampled_from(["NTRF", "NMSC", "S   ", "FCHK", "N051"])),
                bank_ref=f"B{draw(st.integers(1, 10**6))}", details=[draw(WORDS), *extra], comma=comma)


@settings(max_examples=60, deadline=None)
@given(st.lists(lines(), min_size=1, max_size=8))
def test_generated_statements_read_as_the_oracle_reads_them(tmp_path_factory: pytest.TempPathFactory,
                                                            drawn: list[Line]) -> None:
    text = write_mt940(drawn)
    statement = read_statement(write(tmp_path_factory.mktemp("mt940"), text), expected_currency="EUR")
    theirs = oracle(text)
    same_entries(statement.entries, theirs)
    assert statement.opening_balance == Money(theirs.data["final_opening_balance"].amount.amount, "EUR")
    assert statement.closing_balance == Money(theirs.data["final_closing_balance"].amount.amount, "EUR")
    assert not [i for i in statement.issues if i.code == "balance_mismatch"]
    moved = sum(1 for line in drawn if line.month_end_day)
    assert len([i for i in statement.issues if i.code == "date_adjusted"]) == moved
    for mine, line in zip(statement.entries, drawn, strict=True):
        assert line.details[-1].removeprefix(":12:").split()[0] in mine.remittance_text


def test_each_liberty_on_its_own(tmp_path: Path) -> None:
    drawn = [
        Line(date(2026, 2, 1), 30, 50_000, True, "NTRF", "B-0001", ["Behandlung Februar"], comma=False),
        Line(date(2026, 2, 28), None, 3_550, False, "S   ", "B-0002", ["Miete Praxis", ":12:11 Zahlung"]),
    ]
    text = write_mt940(drawn)
    statement = read_statement(write(tmp_path, text))
    first, second = statement.entries
    assert (first.amount, first.value_date, first.direction) == (Money("500", "EUR"), date(2026, 2, 28),
                                                                 "credit")
    assert [(i.code, i.entry_index, i.severity) for i in statement.issues] == [
        ("date_adjusted", 0, "warning")]
    assert (second.amount, second.direction, second.bank_ref) == (Money("35.50", "EUR"), "debit", "B-0002")
    assert second.remittance_text == "Miete Praxis :12:11 Zahlung"  # continued, not a new field
    same_entries(statement.entries, oracle(text))


def test_german_structured_details_with_gvc(tmp_path: Path) -> None:
    details = ["166?00GUTSCHRIFT?20RF952026000017 Behandlung?21Februar?30COBADEFFXXX",
               "?31DE02120300000000202051?32Mueller Hans"]
    text = write_mt940([Line(date(2026, 11, 2), None, 10_000, True, "NTRF", "B-1", details)])
    entry = read_statement(write(tmp_path, text)).entries[0]
    data = oracle(text).transactions[0].data
    assert data["transaction_code"] == "166" and data["applicant_name"] == "Mueller Hans"
    assert entry.payer_name == data["applicant_name"]
    assert entry.payer_iban == data["applicant_iban"] == "DE02120300000000202051"
    assert entry.rf == "RF952026000017"
    assert entry.remittance_text.replace(" ", "") == data["purpose"].replace(" ", "")


def test_mt942_is_an_intraday_report_of_pending_entries(tmp_path: Path) -> None:
    drawn = [Line(date(2026, 11, 2), None, 12_345, True, "NTRF", "B-7", ["Anzahlung"]),
             Line(date(2026, 11, 2), None, 500, False, "NMSC", "B-8", ["Gebuehr"])]
    text = write_mt940(drawn, intraday=True)
    [statement] = read_statements(write(tmp_path, text))
    assert (statement.format, statement.currency) == ("mt942", "EUR")
    assert statement.opening_balance is None and statement.closing_balance is None
    assert [e.status for e in statement.entries] == ["pending", "pending"]
    assert [i.code for i in statement.issues] == ["intraday_report"]
    same_entries(statement.entries, oracle(text))


def test_a_statement_without_opening_balance_names_the_field(tmp_path: Path) -> None:
    text = write_mt940([Line(date(2026, 11, 2), None, 100, True, "NTRF", "B-1", ["x"])])
    text = text.replace(":60F:C261101EUR1000,00\r\n", "")
    with pytest.raises(StatementError) as info:
        read_statement(write(tmp_path, text))
    assert (info.value.code, info.value.field, info.value.line) == ("missing_field", ":60F:", 1)


def test_a_real_impossible_date_is_still_refused(tmp_path: Path) -> None:
    text = write_mt940([Line(date(2026, 11, 2), None, 100, True, "NTRF", "B-1", ["x"])])
    text = text.replace(":61:261102C", ":61:261302C")  # month 13
    statement = read_statement(write(tmp_path, text))
    assert statement.entries == ()
    assert ("bad_date", "error", 0) in [(i.code, i.severity, i.entry_index) for i in statement.issues]


def test_31_april_is_its_last_day_too(tmp_path: Path) -> None:
    text = write_mt940([Line(date(2026, 4, 1), 31, 100, True, "NTRF", "B-1", ["x"])])
    statement = read_statement(write(tmp_path, text))
    assert statement.entries[0].value_date == date(2026, 4, 30)
    assert [i.code for i in statement.issues] == ["date_adjusted"]
