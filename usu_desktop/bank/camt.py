"""ISO 20022 camt.053 (statement), camt.052 (intraday report) and camt.054 (notification) files, .001.02–.13.

The version comes from the root namespace, never assumed. Reading is streaming: `lxml.etree.iterparse`
hands over one `Ntry` at a time, which is read and then cleared, so a 100 MB file stays in bounded
memory. Before that, `xmlhead.root_namespace` reads the head of the file: it refuses any DOCTYPE (entity
declarations are how XML bombs and external-entity reads start; defusedxml forbids them the same way) and
learns the namespace. Every pass runs with entities unresolved, no DTD loading, no network.

Problems inside the file are data (`ImportIssue`): a bad entry is skipped, balances that do not add up
and missing mandatory elements are warnings (we check structure, we do not ship the XSDs).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from lxml import etree

from usu_desktop.bank.statement import (
    Direction,
    EntryStatus,
    ExternalIds,
    ImportIssue,
    Severity,
    Statement,
    StatementEntry,
    StatementError,
    balance_issue_of_net,
    clean_ref,
    pick_rf,
)
from usu_desktop.bank.xmlhead import PARSER_OPTS, root_namespace
from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import CURRENCY_EXPONENTS, Money

_NS_RE = re.compile(r"^urn:iso:std:iso:20022:tech:xsd:(camt\.05[234])\.001\.(\d\d)$")
SUPPORTED_VERSIONS = range(2, 14)  # .001.02 .. .001.13 (from .09 on, Sts is a choice: Sts/Cd)
_ROOTS = {"camt.053": ("BkToCstmrStmt", "Stmt"), "camt.054": ("BkToCstmrDbtCdtNtfctn", "Ntfctn"),
          "camt.052": ("BkToCstmrAcctRpt", "Rpt")}  # 052 is intraday: only BOOK entries are booked
_STATUS: dict[str, EntryStatus] = {"BOOK": "booked", "PDNG": "pending", "FUTR": "pending", "INFO": "info"}


def format_of(namespace: str) -> str | None:
    """'camt.053.001.02' for a supported namespace, else None."""
    m = _NS_RE.match(namespace)
    if not m or int(m.group(2)) not in SUPPORTED_VERSIONS:
        return None
    return f"{m.group(1)}.001.{m.group(2)}"


@dataclass
class _Header:
    """What a Stmt/Ntfctn says before its first entry."""

    id: str | None
    iban: str | None
    currency: str | None
    created: datetime | None
    opening: Money | None
    closing: Money | None
    issues: list[ImportIssue]


_Trie = dict[str, tuple[str, "_Trie | None"]]  # qualified tag -> (local path, deeper level)


class _Flat:
    """An element's descendants by local-name path ('Refs/EndToEndId'), built in one walk.

    lxml's find() with namespaced paths costs microseconds per call; a dict look-up does not, and an
    entry is asked about some thirty paths.
    """

    __slots__ = ("d",)

    def __init__(self, d: dict[str, list[etree._Element]]) -> None:
        self.d = d

    def first(self, path: str) -> etree._Element | None:
        got = self.d.get(path)
        return got[0] if got else None

    def all(self, path: str) -> list[etree._Element]:
        return self.d.get(path, [])

    def text(self, path: str) -> str | None:
        got = self.d.get(path)
        if not got or got[0].text is None:
            return None
        return got[0].text.strip() or None


class _Reader:
    """Reads one file; holds the namespace-qualified paths and what is collected so far."""

    def __init__(self, file: str, fmt: str, namespace: str) -> None:
        self.file = file
        self.format = fmt
        self.ns = namespace
        self.version = int(fmt[-2:])
        self.ids = ExternalIds()
        self.entry_no = 0  # source Ntry counter (file-wide)
        self.out_no = 0  # produced StatementEntry counter (file-wide)
        self._paths: dict[str, str] = {}
        self._tries: dict[tuple[str, ...], _Trie] = {}

    def q(self, path: str) -> str:
        """'A/B' -> '{ns}A/{ns}B', cached."""
        got = self._paths.get(path)
        if got is None:
            got = "/".join(f"{{{self.ns}}}{p}" if p not in (".", "..") else p for p in path.split("/"))
            self._paths[path] = got
        return got

    def flat(self, elem: etree._Element, paths: tuple[str, ...]) -> _Flat:
        """Index the descendants of `elem` at the wanted local `paths`; nothing else is visited.

        Subtrees we do not read (addresses, bank transaction codes, agents, charges) are not entered.
        (Plain iteration with a dict look-up beats `iterchildren(*tags)`, which builds a matcher per call.)
        """
        trie = self._tries.get(paths)
        if trie is None:
            trie = self._tries[paths] = self._trie(paths)
        out: dict[str, list[etree._Element]] = {}
        # Breadth first with a plain list: the elements of one path all sit at one depth, so each
        # path's list stays in document order. (No recursive closure: that is a reference cycle, and
        # with automatic gc off, as in the app, each cycle would keep its entry's whole subtree alive.)
        todo: list[tuple[etree._Element, _Trie]] = [(elem, trie)]
        for node, level in todo:
            for child in node:
                hit = level.get(child.tag)
                if hit is None:
                    continue
                path, sub = hit
                got = out.get(path)
                if got is None:
                    out[path] = [child]
                else:
                    got.append(child)
                if sub is not None:
                    todo.append((child, sub))
        return _Flat(out)

    def _trie(self, paths: tuple[str, ...]) -> _Trie:
        root: dict[str, Any] = {}
        for path in paths:
            node = root
            for part in path.split("/"):
                node = node.setdefault(part, {})

        def build(node: dict[str, Any], prefix: str) -> _Trie:
            return {f"{{{self.ns}}}{name}": (prefix + name, build(sub, prefix + name + "/") if sub else None)
                    for name, sub in node.items()}

        return build(root, "")

    def text(self, elem: etree._Element, path: str) -> str | None:
        value = elem.findtext(self.q(path))
        if value is None:
            return None
        value = value.strip()
        return value or None

    # --- statement header ---------------------------------------------------
    def header(self, stmt: etree._Element, created: datetime | None) -> _Header:
        issues: list[ImportIssue] = []
        sid = self.text(stmt, "Id")
        if sid is None:
            issues.append(self._issue("warning", "schema_violation", None, "Id", "missing"))
        iban = self.text(stmt, "Acct/Id/IBAN") or self.text(stmt, "Acct/Id/Othr/Id")
        if iban is None:
            issues.append(self._issue("warning", "schema_violation", None, "Acct/Id", "missing"))
        currency = self.text(stmt, "Acct/Ccy")
        own_created = _datetime(self.text(stmt, "CreDtTm")) or created
        balances: dict[str, Money] = {}
        for bal in stmt.iterfind(self.q("Bal")):
            code = self.text(bal, "Tp/CdOrPrtry/Cd") or self.text(bal, "Tp/CdOrPrtry/Prtry")
            if code not in ("OPBD", "CLBD"):
                continue  # PRCD, CLAV, ITBD, ... are not needed
            amt = bal.find(self.q("Amt"))
            try:
                if amt is None:
                    raise DomainError("invalid_amount")
                money = Money(_decimal(amt.text), amt.get("Ccy", ""))
            except DomainError:
                issues.append(self._issue("warning", "bad_amount", None, f"Bal/{code}", "unreadable balance"))
                continue
            if self.text(bal, "CdtDbtInd") == "DBIT":
                money = -money
            balances[code] = money
        if currency is None:  # Acct/Ccy is optional: the balances', else the first entry's currency
            currency = next((b.currency for b in balances.values()), None)
        if currency is None:
            amt = stmt.find(self.q('Ntry/Amt'))
            currency = amt.get("Ccy") if amt is not None else None
        return _Header(sid, iban, currency, own_created, balances.get("OPBD"), balances.get("CLBD"), issues)

    def _issue(self, severity: Severity, code: str, index: int | None, fld: str | None,
               detail: str = "") -> ImportIssue:
        return ImportIssue(severity, code, self.file, index, fld, detail)

    # --- entries --------------------------------------------------------------
    def entry(self, ntry: etree._Element, account: str | None, currency: str | None,
              issues: list[ImportIssue]) -> list[StatementEntry]:
        index = self.entry_no
        self.entry_no += 1
        n = self.flat(ntry, _NTRY_PATHS)
        amt = n.first("Amt")
        if amt is None:
            issues.append(self._issue("error", "missing_field", index, "Amt"))
            return []
        ccy = amt.get("Ccy", "")
        if ccy not in CURRENCY_EXPONENTS:
            issues.append(self._issue("error", "unknown_currency", index, "Amt", ccy))
            return []
        if currency and ccy != currency:
            issues.append(self._issue("error", "entry_currency", index, "Amt", f"{ccy} != {currency}"))
            return []
        try:
            amount = Money(_decimal(amt.text), ccy)
            if not amount.is_positive():
                raise DomainError("invalid_amount")
        except DomainError:
            issues.append(self._issue("error", "bad_amount", index, "Amt", (amt.text or "").strip()))
            return []
        ind = n.text("CdtDbtInd")
        if ind not in ("CRDT", "DBIT"):
            issues.append(self._issue("error", "missing_field", index, "CdtDbtInd", ind or ""))
            return []
        direction: Direction = "credit" if ind == "CRDT" else "debit"
        status_code = n.text("Sts/Cd") or n.text("Sts") or ""
        status: EntryStatus | None = _STATUS.get(status_code.upper())
        if status is None:
            issues.append(self._issue("warning", "unknown_status", index, "Sts", status_code))
            status = "info"
        booking = self._date(n, "BookgDt", index, issues)
        value = self._date(n, "ValDt", index, issues)
        reversal = (n.text("RvslInd") or "").lower() in ("true", "1")
        ntry_ref = clean_ref(n.text("AcctSvcrRef"))
        details = [self.flat(tx, _TX_PATHS) for tx in n.all("NtryDtls/TxDtls")]
        extra = n.text("AddtlNtryInf") or ""

        def build(tx: _Flat | None, money: Money, detail: int | None,
                  texts: list[str] | None = None) -> StatementEntry:
            info = self._details(tx, direction, reversal) if tx is not None else _EMPTY_DETAILS
            remittance = " ".join(texts) if texts is not None else info["text"]
            if not remittance:
                remittance = info["addtl"] or extra
            structured = info["scor"]
            if structured is None and (info["e2e"] or "").upper().startswith("RF"):
                structured = info["e2e"]  # payers' banking apps often put the RF in the end-to-end id
            rf, problem = pick_rf(structured, remittance)
            if problem:
                issues.append(self._issue("warning", problem, index, "RmtInf", structured or ""))
            own_ref = info["ref"]
            if detail is None:
                bank_ref = ntry_ref or own_ref
                ext = self.ids.make(bank_ref=bank_ref, account=account, booking_date=booking, amount=money,
                                    direction=direction, remittance=remittance, payer=info["name"])
            else:
                bank_ref = own_ref or ntry_ref
                ext = self.ids.make(bank_ref=own_ref or ntry_ref, account=account, booking_date=booking,
                                    amount=money, direction=direction, remittance=remittance,
                                    payer=info["name"], detail=None if own_ref else detail)
            out = StatementEntry(
                index=self.out_no, amount=money, direction=direction, status=status,
                booking_date=booking, value_date=value, bank_ref=bank_ref,
                end_to_end_id=info["e2e"], rf=rf, remittance_text=remittance, payer_name=info["name"],
                payer_iban=info["iban"], reversal=reversal, external_id=ext)
            self.out_no += 1
            return out

        if len(details) <= 1:
            return [build(details[0] if details else None, amount, None)]
        parts = [self._detail_amount(tx) for tx in details]
        if all(p is not None and p.currency == ccy for p in parts):
            total = sum((p.amount for p in parts if p is not None), Decimal(0))
            if total == amount.amount:
                return [build(tx, p, i + 1) for i, (tx, p) in enumerate(zip(details, parts, strict=True))
                        if p is not None]
            issues.append(self._issue("warning", "batch_sum_mismatch", index, "TxDtls",
                                      f"details={total} entry={amount.amount}"))
        else:
            issues.append(self._issue("warning", "batch_not_split", index, "TxDtls",
                                      "detail amounts missing"))
        texts = [t for t in (self._details(tx, direction, reversal)["text"] for tx in details) if t]
        return [build(details[0], amount, None, texts)]

    def _detail_amount(self, tx: _Flat) -> Money | None:
        amt = tx.first("AmtDtls/TxAmt/Amt")
        if amt is None:
            amt = tx.first("Amt")
        if amt is None:
            return None
        try:
            money = Money(_decimal(amt.text), amt.get("Ccy", ""))
        except DomainError:
            return None
        return money if money.is_positive() else None

    def _details(self, tx: _Flat, direction: str, reversal: bool) -> dict[str, str | None]:
        e2e = clean_ref(tx.text("Refs/EndToEndId"))
        ref = clean_ref(tx.text("Refs/AcctSvcrRef"))
        scor = None
        cris = tx.all("RmtInf/Strd/CdtrRefInf")
        # one CdtrRefInf (the usual case) is already indexed; several need their own index to pair Tp and Ref
        for c in [tx] if len(cris) == 1 else [self.flat(cri, _CRI_PATHS) for cri in cris]:
            prefix = "RmtInf/Strd/CdtrRefInf/" if c is tx else ""
            code = c.text(prefix + "Tp/CdOrPrtry/Cd")
            value = c.text(prefix + "Ref")
            if value and (code == "SCOR" or value.upper().startswith("RF")):
                scor = value
                break
        texts = [u.text.strip() for u in tx.all("RmtInf/Ustrd") if u.text and u.text.strip()]
        payer_side = "Dbtr" if (direction == "credit") != reversal else "Cdtr"
        other = "Cdtr" if payer_side == "Dbtr" else "Dbtr"
        name = iban = None
        for side in (payer_side, other):
            name = tx.text(f"RltdPties/{side}/Nm") or tx.text(f"RltdPties/{side}/Pty/Nm")
            iban = tx.text(f"RltdPties/{side}Acct/Id/IBAN")
            if name or iban:
                break
        return {"e2e": e2e, "ref": ref, "scor": scor, "text": " ".join(texts), "name": name,
                "iban": iban, "addtl": tx.text("AddtlTxInf")}

    def _date(self, n: _Flat, tag: str, index: int, issues: list[ImportIssue]) -> date | None:
        raw = n.text(f"{tag}/Dt") or n.text(f"{tag}/DtTm")
        if raw is None:
            return None
        try:
            return date.fromisoformat(raw[:10])
        except ValueError:
            issues.append(self._issue("warning", "bad_date", index, tag, raw))
            return None


# The local paths read below an Ntry, a TxDtls and a CdtrRefInf.
_NTRY_PATHS = ("Amt", "CdtDbtInd", "Sts/Cd", "BookgDt/Dt", "BookgDt/DtTm", "ValDt/Dt", "ValDt/DtTm",
               "AcctSvcrRef", "RvslInd", "AddtlNtryInf", "NtryDtls/TxDtls")
_PARTY = ("Nm", "Pty/Nm")
_CRI_PATHS = ("Tp/CdOrPrtry/Cd", "Ref")
_TX_PATHS = ("Refs/EndToEndId", "Refs/AcctSvcrRef", "Amt", "AmtDtls/TxAmt/Amt",
             *(f"RltdPties/{side}/{p}" for side in ("Dbtr", "Cdtr") for p in _PARTY),
             "RltdPties/DbtrAcct/Id/IBAN", "RltdPties/CdtrAcct/Id/IBAN",
             "RmtInf/Ustrd", "AddtlTxInf", *(f"RmtInf/Strd/CdtrRefInf/{p}" for p in _CRI_PATHS))
_EMPTY_DETAILS: dict[str, str | None] = {"e2e": None, "ref": None, "scor": None, "text": "", "name": None,
                                         "iban": None, "addtl": None}


def _decimal(text: str | None) -> Decimal:
    value = (text or "").strip()
    if not re.fullmatch(r"\d{1,18}(\.\d{1,5})?", value):
        raise DomainError("invalid_amount", value=value)
    return Decimal(value)


def _datetime(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_camt(path: str | Path, *, on_entry: Callable[[int], None] | None = None,
               sink: Callable[[list[StatementEntry]], None] | None = None,
               read_entries: bool = True) -> list[Statement]:
    """Read a camt.052/053/054 file into one Statement per Rpt/Stmt/Ntfctn; StatementError if unreadable.

    `on_entry(count)` is called every 1000 source entries and at the end (progress for long files).
    With `sink`, the entries go to `sink` as they are read (a list per source entry) and the
    Statements come back without them (issues and balances still complete): a reader that hands
    entries on keeps none.
    `read_entries=False` reads only what can refuse the whole file (well-formedness, namespace,
    statement headers) and counts the entries: every StatementError `parse_camt` raises, in about a
    quarter of the time (no entry is looked at).
    """
    file = str(path)
    namespace = root_namespace(file)
    fmt = format_of(namespace)
    if fmt is None:
        raise StatementError("unknown_format", file=file, line=1, field="namespace", namespace=namespace)
    return _statements(_Reader(file, fmt, namespace), on_entry, sink, read_entries)


def _statements(reader: _Reader, on_entry: Callable[[int], None] | None,
                sink: Callable[[list[StatementEntry]], None] | None = None,
                read_entries: bool = True) -> list[Statement]:
    root_tag, stmt_tag = _ROOTS[reader.format[:8]]
    q_ntry, q_stmt, q_hdr = reader.q("Ntry"), reader.q(stmt_tag), reader.q("GrpHdr")
    created: datetime | None = None
    header: _Header | None = None
    entries: list[StatementEntry] = []
    net = _Net()
    issues: list[ImportIssue] = []
    done: list[Statement] = []
    saw_root = False
    try:
        context = etree.iterparse(reader.file, events=("start", "end"), tag=(q_ntry, q_stmt, q_hdr,
                                  reader.q(root_tag)), **PARSER_OPTS)
        for event, elem in context:
            if event == "start":
                if elem.tag == reader.q(root_tag):
                    saw_root = True
                elif elem.tag == q_stmt:
                    header, entries, issues, net = None, [], [], _Net()
                continue
            if elem.tag == q_ntry:
                parent = elem.getparent()
                if header is None:
                    header = reader.header(parent, created)
                    issues.extend(header.issues)
                if read_entries:
                    got = reader.entry(elem, header.iban, header.currency, issues)
                    net.add(got)
                    if sink is None:
                        entries.extend(got)
                    elif got:
                        sink(got)
                else:
                    reader.entry_no += 1
                if on_entry is not None and reader.entry_no % 1000 == 0:
                    on_entry(reader.entry_no)
                elem.clear()
                while elem.getprevious() is not None:
                    del parent[0]
            elif elem.tag == q_stmt:
                if header is None:
                    header = reader.header(elem, created)
                    issues.extend(header.issues)
                done.append(_finish(reader, header, entries, issues, net if read_entries else None))
                header, net = None, _Net()
                elem.clear()
                parent = elem.getparent()
                while parent is not None and elem.getprevious() is not None:
                    del parent[0]
            elif elem.tag == q_hdr:
                created = _datetime(reader.text(elem, "CreDtTm"))
    except etree.XMLSyntaxError as exc:
        text = str(exc)
        at_end = "Premature end" in text or "end of data" in text or _at_end(reader.file, exc.lineno)
        truncated = saw_root and at_end
        raise StatementError("truncated" if truncated else "not_xml", file=reader.file, line=exc.lineno,
                             detail=text) from None
    if not saw_root:
        raise StatementError("unknown_format", file=reader.file, line=1, field=root_tag)
    if on_entry is not None and reader.entry_no % 1000:
        on_entry(reader.entry_no)  # the final count
    return done


def _at_end(file: str, line: int | None) -> bool:
    """True if the parser stopped on the file's last line (a cut-off file, not a bad tag mid-way)."""
    if line is None:
        return False
    with open(file, "rb") as fh:
        return sum(1 for _ in fh) <= line


class _Net:
    """Booked credits minus booked debits per currency, summed as entries are read (the balance
    check needs no list of entries, so a streaming reader keeps none)."""

    def __init__(self) -> None:
        self.by_currency: dict[str, Decimal] = {}

    def add(self, entries: list[StatementEntry]) -> None:
        for e in entries:
            if e.status == "booked":
                amount = e.amount
                net = self.by_currency.get(amount.currency, Decimal(0))
                self.by_currency[amount.currency] = (net + amount.amount if e.direction == "credit"
                                                     else net - amount.amount)


def _finish(reader: _Reader, header: _Header, entries: list[StatementEntry],
            issues: list[ImportIssue], net: _Net | None) -> Statement:
    currency = header.currency
    if currency is None or currency not in CURRENCY_EXPONENTS:
        raise StatementError("unknown_currency", file=reader.file, field="Acct/Ccy", currency=currency)
    opening, closing = header.opening, header.closing
    if reader.format.startswith("camt.053"):
        for name, bal in (("OPBD", opening), ("CLBD", closing)):
            if bal is None:
                issues.append(reader._issue("warning", "schema_violation", None, f"Bal/{name}", "missing"))
    if net is not None and opening is not None:
        problem = balance_issue_of_net(reader.file, opening, closing,
                                       net.by_currency.get(opening.currency, Decimal(0)))
        if problem:
            issues.append(problem)
    return Statement(
        file=reader.file, format=reader.format, statement_id=header.id,
        account_iban=header.iban, currency=currency, opening_balance=opening,
        closing_balance=closing, created_at=header.created,
        entries=tuple(entries), issues=tuple(issues))
