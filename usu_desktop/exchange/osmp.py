"""The OSMP (Qiwi) provider protocol: `check` and `pay` requests in, an XML answer out.

The terminal network calls the clinic's exchange in real time. Every answer is HTTP 200 with
a `<result>` code the terminal acts on (see docs/exchange-api.md). `pay` is idempotent on
`txn_id`: the store's unique constraint guarantees one booking, and a retry gets the first
answer (same `prv_txn`). The sandbox pages call `handle()` too, so they exercise this very code.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum

from usu_desktop.domain.client_numbers import ClientNumberError, client_number_check
from usu_desktop.domain.external_ids import normalize_txn_id  # OSMP ids are numbers: 01016 is 1016
from usu_desktop.domain.money import Money, MoneyError
from usu_desktop.exchange.config import ExchangeConfig
from usu_desktop.exchange.store import BookOutcome, Store

_SUM = re.compile(r"^[0-9]{1,12}(\.[0-9]{1,6})?$")  # dot decimal; the currency limits the decimals
_TXN_DATE = re.compile(r"^[0-9]{14}$")


class Result(IntEnum):
    OK = 0
    TEMPORARY = 1
    BAD_ACCOUNT = 4
    NOT_FOUND = 5
    REFUSED = 7
    INACTIVE = 79
    SUM_TOO_SMALL = 241
    SUM_TOO_LARGE = 242
    OTHER = 300


@dataclass
class Answer:
    """One OSMP answer; `fields` go into `<fields>` (check only)."""

    osmp_txn_id: str
    result: Result
    comment: str
    prv_txn: int | None = None
    sum: str | None = None
    fields: dict[str, str] = field(default_factory=dict)


class _Refusal(Exception):
    def __init__(self, result: Result, comment: str) -> None:
        super().__init__(comment)
        self.result = result
        self.comment = comment


def _amount_text(minor: int, currency: str) -> str:
    return str(Money.from_minor(minor, currency).amount)


def _parse_sum(text: str, currency: str) -> Money:
    if not _SUM.match(text):
        raise _Refusal(Result.OTHER, "bad sum")
    try:
        return Money(text, currency)
    except MoneyError:
        raise _Refusal(Result.OTHER, "bad sum") from None


def _check_limits(amount: Money, config: ExchangeConfig) -> None:
    if amount.minor < config.osmp_min_minor:
        raise _Refusal(Result.SUM_TOO_SMALL, "sum too small")
    if amount.minor > config.osmp_max_minor:
        raise _Refusal(Result.SUM_TOO_LARGE, "sum too large")


def _parse_account(text: str) -> str:
    try:
        return client_number_check(text)
    except ClientNumberError:
        raise _Refusal(Result.BAD_ACCOUNT, "bad account format") from None


def _parse_txn_date(text: str) -> str:
    if not _TXN_DATE.match(text):
        raise _Refusal(Result.OTHER, "bad txn_date")
    try:
        datetime.strptime(text, "%Y%m%d%H%M%S")
    except ValueError:
        raise _Refusal(Result.OTHER, "bad txn_date") from None
    return text


def handle(params: Mapping[str, str], store: Store, config: ExchangeConfig) -> Answer:
    """Answer one terminal request; never raises for bad input (store errors do propagate).

    `txn_id` is normalised first (normalize_txn_id; not an id: result 300). The answer echoes the
    canonical `txn_id`, so a retry in another format gets exactly the
    first answer."""
    echo = normalize_txn_id(params.get("txn_id"))
    try:
        if not echo:
            raise _Refusal(Result.OTHER, "bad txn_id")
        command = (params.get("command") or "").strip()
        if command == "check":
            return _check(echo, params, store, config)
        if command == "pay":
            return _pay(echo, params, store, config)
        raise _Refusal(Result.OTHER, "unknown command")
    except _Refusal as refusal:
        return Answer(echo, refusal.result, refusal.comment)


def _currency(store: Store, config: ExchangeConfig) -> str:
    return store.currency() or config.currency


def _check(txn_id: str, params: Mapping[str, str], store: Store, config: ExchangeConfig) -> Answer:
    account = _parse_account(params.get("account") or "")
    currency = _currency(store, config)
    sum_text = (params.get("sum") or "").strip()
    amount = _parse_sum(sum_text, currency) if sum_text else None
    if amount is not None and not amount.is_zero():  # terminals send 0 when only looking up
        _check_limits(amount, config)
    debt = store.debt(account)
    if debt is None:
        raise _Refusal(Result.NOT_FOUND, "account not found")
    if not debt.active:
        raise _Refusal(Result.INACTIVE, "account inactive")
    return Answer(txn_id, Result.OK, "OK",
                  sum=None if amount is None else str(amount.amount),
                  fields={"debt": _amount_text(debt.due_minor, debt.currency),
                          "name": debt.masked_name, "currency": debt.currency})


def _pay(txn_id: str, params: Mapping[str, str], store: Store, config: ExchangeConfig) -> Answer:
    account = _parse_account(params.get("account") or "")
    currency = store.pay_currency() or config.currency
    amount = _parse_sum((params.get("sum") or "").strip(), currency)
    _check_limits(amount, config)
    txn_date = _parse_txn_date((params.get("txn_date") or "").strip())
    for _ in range(3):
        booked = store.book_payment(txn_id, account, amount.minor, currency, txn_date)
        if booked.outcome is not BookOutcome.CURRENCY_CHANGED:
            break
        # a list in another currency came in since the sum was read (the booking checks it): again
        currency = store.pay_currency() or config.currency
        amount = _parse_sum((params.get("sum") or "").strip(), currency)
        _check_limits(amount, config)
    else:
        raise _Refusal(Result.TEMPORARY, "temporary error, retry later")
    first = booked.payment
    if booked.outcome is BookOutcome.UNKNOWN_ACCOUNT:
        raise _Refusal(Result.NOT_FOUND, "account not found")
    if booked.outcome is BookOutcome.INACTIVE:
        raise _Refusal(Result.INACTIVE, "account inactive")
    assert first is not None
    paid = _amount_text(first.sum_minor, first.currency)
    if booked.outcome is BookOutcome.CONFLICT:
        return Answer(txn_id, Result.REFUSED, "txn_id already used for another account or sum",
                      prv_txn=first.cursor, sum=paid)
    return Answer(txn_id, Result.OK, "OK", prv_txn=first.cursor, sum=paid)


def render(answer: Answer) -> bytes:
    """The XML body a terminal expects, UTF-8, escaped by ElementTree."""
    root = ET.Element("response")
    ET.SubElement(root, "osmp_txn_id").text = answer.osmp_txn_id
    if answer.prv_txn is not None:
        ET.SubElement(root, "prv_txn").text = str(answer.prv_txn)
    if answer.sum is not None:
        ET.SubElement(root, "sum").text = answer.sum
    ET.SubElement(root, "result").text = str(int(answer.result))
    ET.SubElement(root, "comment").text = answer.comment
    if answer.fields:
        fields = ET.SubElement(root, "fields")
        for i, (name, value) in enumerate(answer.fields.items(), start=1):
            ET.SubElement(fields, f"field{i}", name=name).text = value
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    return ('<?xml version="1.0" encoding="UTF-8"?>' + body).encode("utf-8")


def temporary_error(txn_id: str = "") -> bytes:
    """What a terminal gets when the store fails: retry later (safe, pay is idempotent)."""
    echo = normalize_txn_id(txn_id)
    return render(Answer(echo, Result.TEMPORARY, "temporary error, retry later"))
