"""SEPA credit transfers out: a pain.001.001.03 file (ISO 20022 customer credit transfer initiation)
for the clinic's bank, written with lxml.

One group header, one payment information block (the clinic's account, one requested execution
date, service level SEPA, charges SLEV) and one transaction per transfer. Amounts are EUR with two
decimals; the control sums are exact sums of them. Texts are cut to the schema's lengths (names 70,
remittance 140, ids 35). No maintained SEPA library is in the lock, so this module writes the few
elements itself; tests validate the result against the ISO schema when one is at hand.

Refusals (`DomainError` codes): sepa_empty, sepa_currency (SEPA is EUR only), sepa_bad_amount.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from lxml import etree

from usu_desktop.domain.errors import DomainError
from usu_desktop.domain.money import Money, total

NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"


@dataclass(frozen=True)
class SepaAccount:
    name: str
    iban: str
    bic: str = ""  # empty: "NOTPROVIDED" (IBAN-only, allowed within the EEA)


@dataclass(frozen=True)
class SepaTransfer:
    end_to_end_id: str
    amount: Money
    creditor: SepaAccount
    text: str = ""


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrib: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{NS}}}{tag}", attrib)
    if text is not None:
        el.text = text
    return el


def _agent(parent: etree._Element, tag: str, bic: str) -> None:
    fin = _sub(_sub(parent, tag), "FinInstnId")
    if bic:
        _sub(fin, "BIC", bic)
    else:
        _sub(_sub(fin, "Othr"), "Id", "NOTPROVIDED")


def _account(parent: etree._Element, tag: str, iban: str) -> None:
    _sub(_sub(_sub(parent, tag), "Id"), "IBAN", iban)


def pain001(debtor: SepaAccount, transfers: Sequence[SepaTransfer], *, message_id: str, created_at: datetime,
            execution_date: date) -> bytes:
    """The pain.001.001.03 document (UTF-8 bytes with an XML declaration)."""
    if not transfers:
        raise DomainError("sepa_empty")
    for t in transfers:
        if t.amount.currency != "EUR":
            raise DomainError("sepa_currency", currency=t.amount.currency)
        if not t.amount.is_positive():
            raise DomainError("sepa_bad_amount", amount=str(t.amount))
    count = str(len(transfers))
    control = f"{total((t.amount for t in transfers), 'EUR').amount:.2f}"
    root = etree.Element(f"{{{NS}}}Document", nsmap={None: NS})
    init = _sub(root, "CstmrCdtTrfInitn")
    head = _sub(init, "GrpHdr")
    _sub(head, "MsgId", message_id[:35])
    _sub(head, "CreDtTm", created_at.replace(microsecond=0, tzinfo=None).isoformat())
    _sub(head, "NbOfTxs", count)
    _sub(head, "CtrlSum", control)
    _sub(_sub(head, "InitgPty"), "Nm", debtor.name[:70])
    info = _sub(init, "PmtInf")
    _sub(info, "PmtInfId", message_id[:35])
    _sub(info, "PmtMtd", "TRF")
    _sub(info, "BtchBookg", "false")  # one line per refund on the clinic's statement
    _sub(info, "NbOfTxs", count)
    _sub(info, "CtrlSum", control)
    _sub(_sub(_sub(info, "PmtTpInf"), "SvcLvl"), "Cd", "SEPA")
    _sub(info, "ReqdExctnDt", execution_date.isoformat())
    _sub(_sub(info, "Dbtr"), "Nm", debtor.name[:70])
    _account(info, "DbtrAcct", debtor.iban)
    _agent(info, "DbtrAgt", debtor.bic)
    _sub(info, "ChrgBr", "SLEV")
    for t in transfers:
        tx = _sub(info, "CdtTrfTxInf")
        _sub(_sub(tx, "PmtId"), "EndToEndId", t.end_to_end_id[:35])
        _sub(_sub(tx, "Amt"), "InstdAmt", f"{t.amount.amount:.2f}", Ccy="EUR")
        if t.creditor.bic:
            _agent(tx, "CdtrAgt", t.creditor.bic)
        _sub(_sub(tx, "Cdtr"), "Nm", t.creditor.name[:70])
        _account(tx, "CdtrAcct", t.creditor.iban)
        if t.text:
            _sub(_sub(tx, "RmtInf"), "Ustrd", t.text[:140])
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
