"""Charge registry export: the list of open charges a bank or terminal network loads (CSV or XML).

Only what PRODUCT.md allows leaves the clinic: client number (account), amount, masked name, RF, period.

CSV layout (delimiter ';' by default, CRLF line ends, fields quoted only when they contain the delimiter
or a quote)::

    account;amount;currency;name;rf;period          <- header line (header=True)
    10004;120.50;EUR;Ivanov I.;RF4110004;2026-11   <- one line per charge
    TOTAL;2;170.50;EUR                              <- trailer: TOTAL, count, control sum, currency

Amounts are plain decimals with '.' and exactly the currency's minor digits; the control sum is the exact
sum of the amounts. An empty rf/period is an empty field.

XML layout (UTF-8)::

    <Registry count="2" controlSum="170.50" currency="EUR">
      <Charge account="10004" amount="120.50" rf="RF4110004" period="2026-11">Ivanov I.</Charge>
    </Registry>

Refusals (`DomainError` codes): registry_empty (no charges and no currency given), registry_mixed_currency,
registry_negative_amount, registry_bad_character (line breaks or control characters in a field),
registry_unencodable (a character the chosen encoding cannot hold; `account` and `field` say where).
`export_registry` writes to a temporary file next to the target and renames it, so a refused or failed
export never leaves a half-written file.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape, quoteattr

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money, total

_FIELDS = ("account", "amount", "currency", "name", "rf", "period")


@dataclass(frozen=True)
class RegistryCharge:
    """One open charge: the client number the payer types, what is owed, a masked name."""

    account: str
    amount: Money
    masked_name: str
    rf: str | None = None
    period: str | None = None


def _currency(charges: Sequence[RegistryCharge], currency: str | None) -> str:
    found = {c.amount.currency for c in charges}
    if currency is not None:
        found.add(currency)
    if not found:
        raise DomainError("registry_empty")
    if len(found) > 1:
        raise DomainError("registry_mixed_currency", currencies=sorted(found))
    return found.pop()


def _check(charges: Sequence[RegistryCharge]) -> None:
    for c in charges:
        if c.amount.is_negative():
            raise DomainError("registry_negative_amount", account=c.account)
        for name, value in (("account", c.account), ("name", c.masked_name), ("rf", c.rf),
                            ("period", c.period)):
            if value and any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 or ch in "\u2028\u2029" for ch in value):
                raise DomainError("registry_bad_character", account=c.account, field=name)


def _row(c: RegistryCharge) -> list[str]:
    return [c.account, str(c.amount.amount), c.amount.currency, c.masked_name, c.rf or "", c.period or ""]


def _encode(text: str, encoding: str, account: str, fields: Sequence[str], row: Sequence[str]) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        for name, value in zip(fields, row, strict=True):
            try:
                value.encode(encoding)
            except UnicodeEncodeError:
                raise DomainError("registry_unencodable", account=account, field=name,
                                  encoding=encoding) from None
        raise DomainError("registry_unencodable", account=account, field=None, encoding=encoding) from None


def write_csv(charges: Sequence[RegistryCharge], out: BinaryIO, delimiter: str = ";",
              encoding: str = "utf-8", header: bool = True, currency: str | None = None) -> None:
    """Write the registry as CSV (layout in the module docstring) in `encoding`."""
    cur = _currency(charges, currency)
    _check(charges)
    if len(delimiter) != 1 or delimiter in "\r\n\"0123456789.":
        raise DomainError("registry_bad_delimiter", delimiter=delimiter)

    def line(row: Sequence[str]) -> str:
        buf = io.StringIO()
        csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerow(row)
        return buf.getvalue()

    if header:
        out.write(_encode(line(_FIELDS), encoding, "", _FIELDS, _FIELDS))
    for c in charges:
        row = _row(c)
        out.write(_encode(line(row), encoding, c.account, _FIELDS, row))
    control = total((c.amount for c in charges), cur)
    trailer = ["TOTAL", str(len(charges)), str(control.amount), cur]
    out.write(_encode(line(trailer), encoding, "", ("TOTAL", "count", "sum", "currency"), trailer))


def write_xml(charges: Sequence[RegistryCharge], out: BinaryIO, currency: str | None = None) -> None:
    """Write the registry as the small XML in the module docstring (UTF-8)."""
    cur = _currency(charges, currency)
    _check(charges)
    control = total((c.amount for c in charges), cur)
    out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<Registry count="{len(charges)}" controlSum="{control.amount}" currency="{cur}">\n'
              .encode())
    for c in charges:
        attrs = f"account={quoteattr(c.account)} amount=\"{c.amount.amount}\""
        if c.rf:
            attrs += f" rf={quoteattr(c.rf)}"
        if c.period:
            attrs += f" period={quoteattr(c.period)}"
        out.write(f"  <Charge {attrs}>{escape(c.masked_name)}</Charge>\n".encode())
    out.write(b"</Registry>\n")


def export_registry(path: str | Path, charges: Sequence[RegistryCharge], format: str = "csv",
                    **opts: Any) -> Path:
    """Write the registry to `path` atomically: a temp file in the same folder, fsync, rename."""
    target = Path(path)
    writers: dict[str, Callable[..., None]] = {"csv": write_csv, "xml": write_xml}
    writer = writers.get(format)
    if writer is None:
        raise DomainError("registry_unknown_format", format=format)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            writer(charges, fh, **opts)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
