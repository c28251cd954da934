"""QR codes for payment: the EPC069-12 SEPA credit transfer payload, a payment page URL or the RF.

Which QR a document carries (`payment_qr`): the EPC code when the currency is EUR and the
clinic has an IBAN; else the payment page URL of a live payment link (services put a URL
on the document only while the invoice or the patient has an open link on the exchange);
else the RF reference as text; nothing when nothing is owed.

EPC payload choices (EPC069-12 v3.1): version 002 (BIC optional), character set 1 (UTF-8),
structured reference = RF, the four optional trailing fields left empty so there are always
12 lines. A beneficiary name over 70 characters is cut to 70 (whole code points, after NFC
and collapsing whitespace) rather than refused: the name is informational to the payer's
bank, the IBAN is what routes the money, and a clinic's long legal name must not block
printing. If the whole payload would still exceed 331 bytes the name is cut further.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Final, Literal

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas
from schwifty import BIC, IBAN
from schwifty.exceptions import SchwiftyException

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_is_valid, rf_normalize

EPC_MAX_BYTES: Final = 331
EPC_MAX_NAME: Final = 70
EPC_MIN_AMOUNT: Final = Decimal("0.01")
EPC_MAX_AMOUNT: Final = Decimal("999999999.99")
# Any of the eight masks is valid (ISO/IEC 18004); the penalty search for the "best" one
# costs ~8x the encoding time, so one fixed mask keeps batch printing fast.
QR_MASK: Final = 4
_SPACES = re.compile(r"\s+")


def check_iban(iban: str) -> str:
    """The compact IBAN, or DomainError 'bad_iban' (checksum, length, country)."""
    try:
        return str(IBAN(iban).compact)
    except SchwiftyException:
        raise DomainError("bad_iban", iban=iban) from None


def check_bic(bic: str) -> str:
    try:
        return str(BIC(bic).compact)
    except SchwiftyException:
        raise DomainError("bad_bic", bic=bic) from None


def epc_amount(amount: Money) -> str:
    """'EUR12.3', 'EUR12', 'EUR0.01': no trailing zeros, no exponent, 0.01..999999999.99."""
    if amount.currency != "EUR":
        raise DomainError("epc_currency_not_eur", currency=amount.currency)
    if not EPC_MIN_AMOUNT <= amount.amount <= EPC_MAX_AMOUNT:
        raise DomainError("epc_amount_out_of_range", amount=str(amount.amount))
    text = f"{amount.amount:.2f}".rstrip("0").rstrip(".")
    return f"EUR{text}"


def epc_name(name: str, limit: int = EPC_MAX_NAME) -> str:
    """NFC, one line, at most `limit` code points, no dangling combining mark or space."""
    clean = _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip()
    cut = clean[:limit]
    while cut and (unicodedata.combining(cut[-1]) or cut[-1] == " "):
        cut = cut[:-1]
    if not cut:
        raise DomainError("epc_bad_name", name=name)
    return cut


def epc_payload(name: str, iban: str, bic: str | None, amount: Money, rf: str | None) -> str:
    """The EPC069-12 QR payload: 12 lines, at most 331 bytes of UTF-8."""
    iban_c = check_iban(iban)
    bic_c = check_bic(bic) if bic else ""
    amount_s = epc_amount(amount)
    ref = ""
    if rf:
        if not rf_is_valid(rf):
            raise DomainError("bad_rf", rf=rf)
        ref = rf_normalize(rf)
    limit = EPC_MAX_NAME
    while True:
        fields = ["BCD", "002", "1", "SCT", bic_c, epc_name(name, limit), iban_c, amount_s,
                  "", ref, "", ""]
        payload = "\n".join(fields)
        if len(payload.encode("utf-8")) <= EPC_MAX_BYTES:
            return payload
        limit -= 1  # only a long multi-byte name can get here


@dataclass(frozen=True)
class QrChoice:
    kind: Literal["epc", "url", "rf"]
    payload: str


def payment_qr(*, name: str, iban: str | None, bic: str | None, due: Money, rf: str | None,
               payment_page_url: str | None) -> QrChoice | None:
    """Pick the QR for a payable document (see the module docstring); None if nothing is due."""
    if not due.is_positive():
        return None
    if due.currency == "EUR" and iban:
        return QrChoice("epc", epc_payload(name, iban, bic, due, rf))
    if payment_page_url:
        return QrChoice("url", payment_page_url)
    if rf:
        return QrChoice("rf", rf_normalize(rf))
    return None


# Byte-mode capacity of QR versions 1-13 at error correction level M (ISO/IEC 18004 table 7).
_BYTES_M: Final = (14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331)


@lru_cache(maxsize=256)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """Dark modules (True) of the QR for `payload` (UTF-8 bytes, level M), no quiet zone.

    The version is looked up from the byte count instead of qrcode's trial fitting
    (half the work); payloads beyond version 13 - only possible for long URLs - fit
    the slow way, and EPC payloads never go there (331 bytes is exactly version 13-M).
    """
    data = payload.encode("utf-8")
    version = next((v for v, cap in enumerate(_BYTES_M, start=1) if len(data) <= cap), None)
    if version is None and payload.startswith("BCD\n"):
        raise DomainError("epc_too_long")
    code = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0,
                         mask_pattern=QR_MASK)
    code.add_data(data, optimize=0)
    code.make(fit=version is None)
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


@lru_cache(maxsize=256)
def _qr_ops(payload: str) -> tuple[int, str]:
    """(module count, PDF path operators in module units): one rectangle per dark run of a row."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    ops: list[str] = []
    for r, row in enumerate(matrix):
        y = n - 1 - r
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                ops.append(f"{start} {y} {c - start} 1 re")
            else:
                c += 1
    return n, "0 g\n" + "\n".join(ops) + "\nf"


def draw_qr(canvas: Canvas, x: float, y: float, size: float, payload: str) -> None:
    """Draw the QR with its 4-module quiet zone inside the square (x, y, size).

    The modules are written as integer rectangles under a scaling transform, which keeps
    the page stream small and the drawing fast (thousands of QR codes in a batch).
    """
    n, ops = _qr_ops(payload)
    module = size / (n + 8)
    canvas.saveState()
    canvas.transform(module, 0, 0, module, x + 4 * module, y + 4 * module)
    canvas.addLiteral(ops)
    canvas.restoreState()
