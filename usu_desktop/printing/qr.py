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
from qrcode.util import MODE_8BIT_BYTE
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
_DARK_RUN = re.compile(b"\x01+")


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
    code = _FixedMaskQR(version=version, error_correction=ERROR_CORRECT_M, border=0,
                        mask_pattern=QR_MASK)
    code.add_data(data, optimize=0)
    if version is not None and code.data_list[0].mode == MODE_8BIT_BYTE:  # (all digits: numeric mode)
        code.data_cache = codewords(data, version)  # qrcode maps these instead of computing its own
    code.make(fit=version is None)
    return tuple(tuple(map(bool, row)) for row in code.modules)


@lru_cache(maxsize=16)
def _data_places(blank: tuple[tuple[bool, ...], ...]) -> tuple[tuple[int, int, bool], ...]:
    """(row, column, masked) of every data module in placement order, for a grid whose function
    patterns are set (`blank`: True where a module is taken). The zigzag of ISO/IEC 18004 7.7.3,
    walked once per version instead of once per code; `masked` is QR_MASK's pattern there."""
    n = len(blank)
    places: list[tuple[int, int, bool]] = []
    row, step = n - 1, -1
    for col in range(n - 1, 0, -2):
        if col <= 6:
            col -= 1  # the vertical timing pattern
        while True:
            for c in (col, col - 1):
                if not blank[row][c]:
                    places.append((row, c, (row // 2 + c // 3) % 2 == 0))  # mask 4 (100)
            row += step
            if row < 0 or row >= n:
                row -= step
                step = -step
                break
    return tuple(places)


_PLACES: dict[int, tuple[tuple[int, int, bool], ...]] = {}


class _FixedMaskQR(qrcode.QRCode):  # type: ignore[misc]
    """qrcode's QRCode with a quicker data placement for QR_MASK: the same modules."""

    def map_data(self, data: list[int], mask_pattern: int) -> None:
        if mask_pattern != QR_MASK:
            super().map_data(data, mask_pattern)
            return
        modules = self.modules
        places = _PLACES.get(self.version)
        if places is None:  # the free modules depend on the version only
            places = _PLACES[self.version] = _data_places(tuple(tuple(m is not None for m in row)
                                                                for row in modules))
        bits = "".join(f"{byte:08b}" for byte in data)
        n_bits = len(bits)
        for k, (r, c, masked) in enumerate(places):
            modules[r][c] = (k < n_bits and bits[k] == "1") != masked


# GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D), as exp/log tables.
_EXP: Final = [0] * 512
_LOG: Final = [0] * 256
_value = 1
for _i in range(255):
    _EXP[_i] = _value
    _LOG[_value] = _i
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


@lru_cache(maxsize=32)
def _generator_logs(ec_count: int) -> tuple[int, ...]:
    """Logs of the coefficients (after the leading 1) of the product of (x - a^i), i < ec_count."""
    poly = [1]
    for i in range(ec_count):
        nxt = [*poly, 0]
        for j, coef in enumerate(poly):
            if coef:
                nxt[j + 1] ^= _EXP[_LOG[coef] + i]
        poly = nxt
    return tuple(_LOG[c] for c in poly[1:])


def _ec_bytes(block: list[int], ec_count: int) -> list[int]:
    """Reed-Solomon error correction codewords of one block (polynomial division, LFSR form)."""
    gen = _generator_logs(ec_count)
    rest = [0] * ec_count
    for byte in block:
        factor = byte ^ rest[0]
        rest = rest[1:]
        rest.append(0)
        if factor:
            lf = _LOG[factor]
            for i, g in enumerate(gen):
                rest[i] ^= _EXP[g + lf]
    return rest


def codewords(data: bytes, version: int) -> list[int]:
    """The final codeword sequence of `data` in byte mode, level M (ISO/IEC 18004 7.4 - 7.6):
    mode and count, data, terminator and padding, Reed-Solomon blocks, interleaved.

    The same numbers qrcode's `util.create_data` computes (a test compares them), with
    table-based Reed-Solomon instead of its polynomial objects: a third of a QR's time.
    """
    blocks = qrcode.base.rs_blocks(version, ERROR_CORRECT_M)
    capacity = sum(b.data_count for b in blocks)
    count_bits = 8 if version < 10 else 16
    bits = (0b0100 << count_bits | len(data)) << (8 * len(data)) | int.from_bytes(data, "big")
    n_bits = 4 + count_bits + 8 * len(data)
    if n_bits > capacity * 8:  # callers pick the version from the byte count; this is a bug
        raise ValueError(f"{len(data)} bytes do not fit QR version {version}-M")
    pad = min(capacity * 8 - n_bits, 4)  # terminator, then up to the byte boundary
    pad += (-(n_bits + pad)) % 8
    bits <<= pad
    n_bits += pad
    stream = list(bits.to_bytes(n_bits // 8, "big"))
    fill = capacity - len(stream)
    stream += [0xEC, 0x11] * (fill // 2) + [0xEC] * (fill % 2)
    data_blocks: list[list[int]] = []
    ec_blocks: list[list[int]] = []
    offset = 0
    for b in blocks:
        chunk = stream[offset:offset + b.data_count]
        offset += b.data_count
        data_blocks.append(chunk)
        ec_blocks.append(_ec_bytes(chunk, b.total_count - b.data_count))
    out: list[int] = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(len(g) for g in group)):
            out.extend(g[i] for g in group if i < len(g))
    return out


@lru_cache(maxsize=256)
def _qr_ops(payload: str) -> tuple[int, str]:
    """(module count, PDF path operators in module units): one rectangle per dark run of a row."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    ops: list[str] = []
    for r, row in enumerate(matrix):
        y = n - 1 - r
        runs = _DARK_RUN.finditer(bytes(row))  # bools as 0/1 bytes: the runs found in C
        ops.extend(f"{run.start()} {y} {run.end() - run.start()} 1 re" for run in runs)
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
