"""A statement file holding several accounts: the clinic's account is imported, the others are skipped and
said so; a file without the clinic's account is refused, naming the accounts."""

from __future__ import annotations

from pathlib import Path

from tests.statements.conftest import Clinic
from usu_desktop.services.settings import ClinicSettings, SettingsService

CLINIC_IBAN = "DE89370400440532013000"
OTHER_IBAN = "DE02120300000000202051"


def message(ref: str, account: str, ccy: str, entries: list[tuple[str, str, str]]) -> str:
    """One MT940 message; entries are (amount, bank reference, :86: text); balances add up."""
    total = sum(int(a.replace(",", "")) for a, _r, _t in entries)
    lines = [f":20:{ref}", f":25:{account}", ":28C:1/1", f":60F:C261101{ccy}100,00"]
    for amount, bank_ref, text in entries:
        lines += [f":61:2611021102C{amount}NTRFNONREF//{bank_ref}", f":86:{text}"]
    closing = 10000 + total
    lines += [f":62F:C261102{ccy}{closing // 100},{closing % 100:02d}", "-"]
    return "\n".join(lines) + "\n"


def set_iban(clinic: Clinic, iban: str) -> None:
    settings = SettingsService(clinic.db)
    settings.save(ClinicSettings(**{**settings.load().__dict__, "iban": iban}))


def test_only_the_clinics_account_is_imported(clinic: Clinic, tmp_path: Path) -> None:
    set_iban(clinic, CLINIC_IBAN)
    cid, _number = clinic.client("Hans", "Mueller")
    inv = clinic.invoice(cid, "50.00")
    path = tmp_path / "two-accounts.sta"
    path.write_text(message("A", OTHER_IBAN, "EUR", [("999,00", "X-1", f"Zahlung {inv.rf_code}")])
                    + message("B", CLINIC_IBAN + "EUR", "EUR", [("50,00", "B-1", f"Zahlung {inv.rf_code}")])
                    + message("C", "US64SVBKUS6S3300958879", "USD", [("10,00", "U-1", "x")]), "latin-1")
    result = clinic.importer().import_file(path)
    assert result.error is None and result.account == CLINIC_IBAN
    assert [(e.status, e.amount) for e in result.entries] == [("booked", inv.total)]
    assert clinic.balance(inv.invoice_id).is_zero()
    skipped = [(i.code, i.severity, i.detail) for i in result.issues if i.code == "account_skipped"]
    assert skipped == [("account_skipped", "warning", f"{OTHER_IBAN} EUR: 1"),
                       ("account_skipped", "warning", "US64SVBKUS6S3300958879 USD: 1")]
    again = clinic.importer().import_file(path)
    assert [e.status for e in again.entries] == ["duplicate"] and again.seen_before is not None


def test_a_german_bank_code_and_account_number_is_the_clinics_account(clinic: Clinic, tmp_path: Path) -> None:
    set_iban(clinic, CLINIC_IBAN)
    path = tmp_path / "blz.sta"
    path.write_text(message("A", "37040044/532013000", "EUR", [("5,00", "B-1", "x")])
                    + message("B", "12030000/202051", "EUR", [("7,00", "B-2", "y")]), "latin-1")
    result = clinic.importer().import_file(path)
    assert result.error is None
    assert [e.amount.amount for e in result.entries] == [5]


def test_without_the_clinics_account_the_file_is_refused_naming_the_accounts(clinic: Clinic,
                                                                              tmp_path: Path) -> None:
    path = tmp_path / "foreign.sta"
    path.write_text(message("A", OTHER_IBAN, "EUR", [("1,00", "X-1", "x")])
                    + message("B", "DE75512108001245126199", "EUR", [("2,00", "X-2", "y")]), "latin-1")
    for iban in ("", CLINIC_IBAN):  # no IBAN set to recognise it by, or not among them
        set_iban(clinic, iban)
        result = clinic.importer().import_file(path)
        assert result.error is not None and result.error.code == "mixed_accounts"
        assert result.error.params["accounts"] == [f"{OTHER_IBAN} EUR", "DE75512108001245126199 EUR"]
        assert result.entries == ()


def test_the_clinics_account_in_another_currency_is_refused(clinic: Clinic, tmp_path: Path) -> None:
    set_iban(clinic, CLINIC_IBAN)
    path = tmp_path / "usd.sta"
    path.write_text(message("A", OTHER_IBAN, "EUR", [("1,00", "X-1", "x")])
                    + message("B", CLINIC_IBAN, "USD", [("2,00", "X-2", "y")]), "latin-1")
    result = clinic.importer().import_file(path)
    assert result.error is not None and result.error.code == "wrong_currency"
    assert result.entries == ()
