"""SWIFT MT940 customer statements and MT942 intraday reports, as banks export them (with or without the
`{1:..}{4:` envelope).

A file holds one or more messages; each starts at `:20:` and ends with `-` / `-}` or the next `:20:`.
Lines that do not start a field of these messages continue the previous field (banks hard-wrap at 65
characters, and a continued `:86:` may well begin like `:12:`). What banks write beyond the standard is
read too: amounts without the decimal comma (`C500`), day 30 or 31 of a shorter month (read as its last
day, with a warning), type codes padded with spaces (`S   `). An MT942 (no opening balance; `:13D:`,
`:34F:`, `:90C:`/`:90D:`) is an intraday report: its entries come out as pending, never booked.
`:86:` is read three ways: German/Polish sub-fields (`166?00..?20..?29..?32`, also with `~` or `^`),
slash keywords (`/EREF/../REMI/../ORDP//NAME/..`), or plain free text. An RF comes from a structured
sub-field first, then from the text (`rf_find`, so a mistyped RF yields none).

`:61:` is `YYMMDD[MMDD](C|D|RC|RD)[funds]amount,dec type customer-ref[//bank-ref][\\n details]`;
RC (reversal of a credit) is a debit, RD (reversal of a debit) a credit, both marked `reversal`.
"""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from usu_desktop.bank.statement import (
    Direction,
    EntryStatus,
    ExternalIds,
    ImportIssue,
    Statement,
    StatementEntry,
    StatementError,
    balance_issue,
    clean_ref,
    pick_rf,
)
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import CURRENCY_EXPONENTS, Money

FORMAT = "mt940"
INTRADAY_FORMAT = "mt942"
# The fields of MT940/MT942 messages (NS: some banks' own non-SWIFT field); any other ':nn:' continues a line
_TAG = re.compile(r"^:(20|21|25P?|28C?|13D?|34F|60[FM]|61|62[FM]|64|65|86|90[CD]|NS):")
_INTRADAY_TAGS = ("13", "13D", "34F", "90C", "90D")
_BALANCE = re.compile(r"^(?P<mark>[CD])(?P<date>\d{6})(?P<ccy>[A-Z]{3})(?P<amount>\d[\d,]*)\s*$")
_LINE61 = re.compile(
    r"^(?P<vdate>\d{6})(?P<edate>\d{4})?(?P<mark>RC|RD|C|D)(?P<funds>[A-Z])?(?P<amount>\d[\d,]*)"
    r"(?P<type>[NFS][A-Z0-9 ]{3})(?P<cref>.*?)(?://(?P<bref>.*))?$")
_SUBFIELDS = re.compile(r"^\s*(\d{3})?([?~^])(\d\d)")
_SEPA_KEYS = re.compile(r"(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC)\+")
_SLASH_KEYS = re.compile(r"/(EREF|REMI|ORDP|BENM|NAME|IBAN|BIC|CNTP|TRTP|MARF|CSID|PURP|ULTC|ULTD|ADDR|ISDT"
                         r"|RTRN|CREF|SVCL|OCMT|PREF|ID|CITY)/")
_ENVELOPE_END = re.compile(r"^-\}?\s*$|^-\}\{5:.*$")


@dataclass
class _Message:
    """The fields of one MT940 message in file order, with the line each started on."""

    fields: list[tuple[str, str, int]] = field(default_factory=list)
    terminated: bool = False


def looks_like_mt940(head: str) -> bool:
    """Cheap sniff on the first few KB of a file."""
    return bool(re.search(r"(^|\n|\{4:\r?\n?):20:", head)) and (":25:" in head or ":60F:" in head)


def _decode(raw: bytes, encoding: str | None) -> str:
    if encoding:
        return raw.decode(encoding)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _split(text: str) -> list[_Message]:
    """Messages with their raw fields; continuation lines are kept with '\\n' between them."""
    messages: list[_Message] = []
    current: _Message | None = None
    for lineno, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.rstrip("\r").strip("\x01\x03")  # SOH/ETX framing from some bank exports
        if "{4:" in line:  # envelope header; a field may follow on the same line
            line = line.split("{4:", 1)[1]
            if current is not None and current.fields:
                messages.append(current)
            current = None
            if not line.strip():
                continue
        if _ENVELOPE_END.match(line):
            if current is not None:
                current.terminated = True
                messages.append(current)
                current = None
            continue
        m = _TAG.match(line)
        if m:
            tag = m.group(1)
            if tag == "20" and current is not None and current.fields:
                messages.append(current)
                current = None
            if current is None:
                current = _Message()
            current.fields.append((tag, line[m.end():], lineno))
        elif current is not None and current.fields and line.strip():
            tag, value, start = current.fields[-1]
            current.fields[-1] = (tag, value + "\n" + line, start)
    if current is not None and current.fields:
        messages.append(current)
    return messages


def _amount(text: str) -> Decimal:
    """'1234,56', '1234,' or (as some banks write it) '1234'."""
    value = text.strip()
    if not re.fullmatch(r"\d+(,\d*)?", value):
        raise DomainError("invalid_amount", value=value)
    whole, _, frac = value.partition(",")
    return Decimal(f"{whole}.{frac or '0'}")


def _day(year: int, month: int, day: int) -> tuple[date, bool]:
    """The date, and True if it was day 29-31 past the end of a shorter month (read as its last day, as
    some German banks write 30 February for the month's end); ValueError for anything else."""
    try:
        return date(year, month, day), False
    except ValueError:
        if 1 <= month <= 12 and 29 <= day <= 31:
            return date(year, month, calendar.monthrange(year, month)[1]), True
        raise


def _yymmdd(text: str) -> tuple[date, bool]:
    return _day(2000 + int(text[:2]), int(text[2:4]), int(text[4:6]))


def _join_free(text: str) -> str:
    """Join hard-wrapped lines: glue a line cut at full width, otherwise put a space."""
    lines = text.split("\n")
    out = lines[0]
    for prev, line in itertools.pairwise(lines):
        glue = len(prev) >= 60 and prev[-1:] not in (" ", "") and line[:1] not in (" ", "")
        out += line if glue else " " + line.strip()
    return " ".join(out.split()) if "  " in out else out


@dataclass
class _Details:
    text: str = ""
    name: str | None = None
    iban: str | None = None
    e2e: str | None = None
    rf: str | None = None


def parse_details(raw: str) -> _Details:
    """Read an :86: field (lines joined by '\\n') into remittance text, payer, account, references."""
    m = _SUBFIELDS.match(raw)
    if m:
        return _subfields(raw.replace("\n", ""), m.group(2))
    flat = _join_free(raw)
    if _SLASH_KEYS.search(flat):
        return _slashes(flat)
    return _Details(text=flat.strip())


def _subfields(text: str, sep: str) -> _Details:
    parts: dict[str, str] = {}
    prev = ""
    for m in re.finditer(re.escape(sep) + r"(\d\d)([^" + re.escape(sep) + r"]*)", text):
        parts[m.group(1)] = parts.get(m.group(1), "") + m.group(2)
    remit = ""
    for n in [*range(20, 30), *range(60, 64)]:
        piece = parts.get(str(n))
        if piece is not None:
            # ?20..?29 hold 27 characters each: a full one was cut mid-word, a short one ended a phrase
            remit += piece if not remit or len(prev) >= 27 else " " + piece
            prev = piece
    remit = " ".join(remit.split())
    d = _Details()
    sepa = list(_SEPA_KEYS.finditer(remit))
    if sepa:
        values: dict[str, str] = {}
        for i, k in enumerate(sepa):
            end = sepa[i + 1].start() if i + 1 < len(sepa) else len(remit)
            values[k.group(1)] = remit[k.end():end].strip()
        d.e2e = clean_ref(values.get("EREF"))
        if d.e2e and d.e2e.upper().startswith("RF"):
            d.rf = d.e2e  # payers' banking apps often put the RF in the end-to-end id
        d.text = values.get("SVWZ", "") or remit[:sepa[0].start()].strip()
    else:
        d.text = remit.strip()
    first, second = parts.get("32", ""), parts.get("33", "")
    glue = "" if len(first) >= 27 else " "  # ?32 holds 27 characters; a full one was cut mid-name
    d.name = (first.rstrip() + glue + second.strip()).strip() or None
    account = (parts.get("38") or parts.get("31") or "").strip()
    d.iban = account or None
    if not d.text:
        d.text = parts.get("00", "").strip()
    return d


def _slashes(text: str) -> _Details:
    keys = list(_SLASH_KEYS.finditer(text))
    values: list[tuple[str, str]] = []
    lead = text[:keys[0].start()].strip() if keys else text
    for i, k in enumerate(keys):
        end = keys[i + 1].start() if i + 1 < len(keys) else len(text)
        values.append((k.group(1), text[k.end():end].strip().strip("/")))
    d = _Details()
    party = None
    for key, value in values:
        if key == "EREF":
            d.e2e = clean_ref(value)
            if d.e2e and d.e2e.upper().startswith("RF") and d.rf is None:
                d.rf = d.e2e
        elif key == "REMI":
            body = re.sub(r"^(USTD|STRD)/+(CUR/|ISO/)?", "", value)
            if value.startswith("STRD"):
                d.rf = body.strip()
            d.text = body.strip()
        elif key in ("ORDP", "BENM", "ULTD"):
            party = key
        elif key == "NAME" and d.name is None and party in (None, "ORDP", "ULTD"):
            d.name = value or None
        elif key == "IBAN" and d.iban is None:
            d.iban = value or None
        elif key == "CNTP":  # ING: IBAN/BIC/NAME/CITY
            bits = value.split("/")
            d.iban = d.iban or (bits[0] or None)
            if len(bits) > 2 and bits[2]:
                d.name = d.name or bits[2]
    if not d.text:
        d.text = lead
    return d


def _iban_of(account: str) -> str:
    """':25:' value to an account id: leading '/', spaces and a trailing currency code dropped."""
    value = account.strip().lstrip("/").replace(" ", "")
    if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}[A-Z]{3}", value) and value[-3:] in CURRENCY_EXPONENTS:
        value = value[:-3]
    return value


def parse_mt940(path: str | Path, *, encoding: str | None = None) -> list[Statement]:
    """Read an MT940/MT942 file into one Statement per message; StatementError if unreadable."""
    file = str(path)
    text = _decode(Path(path).read_bytes(), encoding)
    messages = _split(text)
    if not messages:
        raise StatementError("unknown_format", file=file, line=1, field=":20:")
    ids = ExternalIds()
    counters = [0, 0]  # source :61: entries, produced entries (file-wide)
    out = [_message(file, msg, ids, counters) for msg in messages]
    last = messages[-1]
    if out[-1].format == FORMAT and not any(tag.startswith("62") for tag, _v, _l in last.fields):
        raise StatementError("truncated", file=file, line=last.fields[-1][2], field=":62F:")
    return out


def _intraday_currency(values: dict[str, str]) -> str | None:
    """An MT942's currency: from the floor limit (`:34F:EURC0,`) or a sum line (`:90C:3EUR1234,56`)."""
    for tag, pattern in (("34F", r"([A-Z]{3})[DC]?\d"), ("90C", r"\d+([A-Z]{3})\d"),
                         ("90D", r"\d+([A-Z]{3})\d")):
        m = re.match(pattern, values.get(tag, "").strip())
        if m:
            return m.group(1)
    return None


def _message(file: str, msg: _Message, ids: ExternalIds, counters: list[int]) -> Statement:
    values: dict[str, str] = {}
    issues: list[ImportIssue] = []
    for tag, value, _line in msg.fields:
        if tag not in ("61", "86"):
            values.setdefault(tag[:2] if tag[:2] in ("60", "62") else tag, value)
    intraday = "60" not in values and any(tag in values for tag in _INTRADAY_TAGS)
    if intraday:
        return _intraday(file, msg, values, ids, counters)
    opening_raw = values.get("60")
    opening_line = next((line for tag, _v, line in msg.fields if tag.startswith("60")), None)
    if opening_raw is None:
        raise StatementError("missing_field", file=file, line=msg.fields[0][2], field=":60F:")
    m = _BALANCE.match(opening_raw.strip())
    if not m:
        raise StatementError("bad_amount", file=file, line=opening_line, field=":60F:")
    currency = m.group("ccy")
    if currency not in CURRENCY_EXPONENTS:
        raise StatementError("unknown_currency", file=file, line=opening_line, field=":60F:",
                             currency=currency)
    try:
        opening = _balance(m, currency)
    except DomainError:
        raise StatementError("bad_amount", file=file, line=opening_line, field=":60F:") from None
    closing = None
    cm = _BALANCE.match((values.get("62") or "").strip())
    if cm:
        try:
            closing = _balance(cm, currency) if cm.group("ccy") == currency else None
        except DomainError:
            closing = None
        if closing is None:
            issues.append(ImportIssue("warning", "bad_amount", file, None, ":62F:", values.get("62", "")))
    account, sid = _account_and_id(values)
    entries = _entries(file, msg, currency, account, ids, counters, issues, "booked")
    problem = balance_issue(file, opening, closing, entries)
    if problem:
        issues.append(problem)
    return Statement(file=file, format=FORMAT, statement_id=sid, account_iban=account, currency=currency,
                     opening_balance=opening, closing_balance=closing, created_at=None,
                     entries=tuple(entries), issues=tuple(issues))


def _intraday(file: str, msg: _Message, values: dict[str, str], ids: ExternalIds,
              counters: list[int]) -> Statement:
    """An MT942 message: no balances, and entries the bank has not booked into a statement yet."""
    currency = _intraday_currency(values)
    if currency is None or currency not in CURRENCY_EXPONENTS:
        raise StatementError("unknown_currency", file=file, line=msg.fields[0][2], field=":34F:",
                             currency=currency)
    issues = [ImportIssue("warning", "intraday_report", file, None, ":13D:", values.get("13D", "").strip())]
    account, sid = _account_and_id(values)
    entries = _entries(file, msg, currency, account, ids, counters, issues, "pending")
    return Statement(file=file, format=INTRADAY_FORMAT, statement_id=sid, account_iban=account,
                     currency=currency, opening_balance=None, closing_balance=None, created_at=None,
                     entries=tuple(entries), issues=tuple(issues))


def _account_and_id(values: dict[str, str]) -> tuple[str | None, str | None]:
    account = _iban_of(values.get("25", "")) or None
    sid = values.get("20", "").strip() or None
    seq = values.get("28C", "").strip()
    if sid and seq:
        sid = f"{sid}/{seq}"
    return account, sid


def _entries(file: str, msg: _Message, currency: str, account: str | None, ids: ExternalIds,
             counters: list[int], issues: list[ImportIssue], status: EntryStatus) -> list[StatementEntry]:
    entries: list[StatementEntry] = []
    fields = msg.fields
    for i, (tag, value, line) in enumerate(fields):
        if tag != "61":
            continue
        details = _details_of(fields, i)
        index = counters[0]
        counters[0] += 1
        entry = _entry(file, value, details, currency, account, index, counters[1], line, ids, issues, status)
        if entry is not None:
            entries.append(entry)
            counters[1] += 1
    return entries


def _details_of(fields: list[tuple[str, str, int]], at: int) -> str:
    """The :86: belonging to the :61: at `at`: the next one before another :61: or a balance."""
    for tag, value, _line in fields[at + 1:]:
        if tag == "86":
            return value
        if tag == "61" or tag[:2] in ("62", "64", "65"):
            break
    return ""


def _balance(m: re.Match[str], currency: str) -> Money:
    money = Money(_amount(m.group("amount")), currency)
    return -money if m.group("mark") == "D" else money


def _entry(file: str, value: str, details: str, currency: str, account: str | None, index: int,
           out_index: int, line: int, ids: ExternalIds, issues: list[ImportIssue],
           status: EntryStatus) -> StatementEntry | None:
    first, _, extra = value.partition("\n")
    m = _LINE61.match(first)
    if not m:
        issues.append(ImportIssue("error", "bad_entry", file, index, ":61:", f"line {line}"))
        return None
    try:
        amount = Money(_amount(m.group("amount")), currency)
        if not amount.is_positive():
            raise DomainError("invalid_amount")
    except DomainError:
        issues.append(ImportIssue("error", "bad_amount", file, index, ":61:", m.group("amount")))
        return None
    try:
        value_date, moved = _yymmdd(m.group("vdate"))
        booking = value_date
        if m.group("edate"):
            booking, moved_too = _entry_date(value_date, m.group("edate"))
            moved = moved or moved_too
    except ValueError:
        issues.append(ImportIssue("error", "bad_date", file, index, ":61:", m.group("vdate")))
        return None
    if moved:
        issues.append(ImportIssue("warning", "date_adjusted", file, index, ":61:", first[:10]))
    mark = m.group("mark")
    direction: Direction = "credit" if mark in ("C", "RD") else "debit"
    reversal = mark.startswith("R")
    d = parse_details(details) if details else _Details()
    rf, problem = pick_rf(d.rf, d.text)
    if problem:
        issues.append(ImportIssue("warning", problem, file, index, ":86:", d.rf or ""))
    bank_ref = clean_ref(m.group("bref"))
    remittance = d.text or _join_free(extra).strip()
    ext = ids.make(bank_ref=bank_ref, account=account, booking_date=booking, amount=amount,
                   direction=direction, remittance=remittance, payer=d.name)
    return StatementEntry(
        index=out_index, amount=amount, direction=direction, status=status, booking_date=booking,
        value_date=value_date, bank_ref=bank_ref, end_to_end_id=d.e2e, rf=rf, remittance_text=remittance,
        payer_name=d.name, payer_iban=d.iban, reversal=reversal, external_id=ext)


def _entry_date(value_date: date, mmdd: str) -> tuple[date, bool]:
    """The booking date's year: the value date's, moved across New Year when months are far apart."""
    month, day = int(mmdd[:2]), int(mmdd[2:])
    year = value_date.year
    if value_date.month == 12 and month == 1:
        year += 1
    elif value_date.month == 1 and month == 12:
        year -= 1
    return _day(year, month, day)
