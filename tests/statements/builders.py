"""Statement files built in the test from the books' real RFs: camt.053 (.02/.08), camt.054, MT940."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

IBAN = "GR1601101250000000012300695"


@dataclass
class Tx:
    """One transaction detail (a batch entry has several)."""

    amount: str | None = None
    rf: str | None = None
    ustrd: str = ""
    name: str | None = None
    e2e: str | None = None
    iban: str | None = None


@dataclass
class Entry:
    amount: str
    cd: str = "CRDT"
    status: str = "BOOK"
    ref: str | None = None
    day: str = "2026-11-03"
    reversal: bool = False
    txs: list[Tx] = field(default_factory=list)


def _tx(tx: Tx, v08: bool, reversal_debit: bool, ccy: str) -> str:
    refs = f"<Refs><EndToEndId>{tx.e2e}</EndToEndId></Refs>" if tx.e2e else ""
    amt = f'<Amt Ccy="{ccy}">{tx.amount}</Amt>' if tx.amount else ""
    party = ""
    if tx.name or tx.iban:
        who = "Dbtr"
        nm = f"<Pty><Nm>{escape(tx.name)}</Nm></Pty>" if v08 else f"<Nm>{escape(tx.name)}</Nm>"
        party = f"<RltdPties><{who}>{nm if tx.name else ''}</{who}>"
        if tx.iban:
            party += f"<{who}Acct><Id><IBAN>{tx.iban}</IBAN></Id></{who}Acct>"
        party += "</RltdPties>"
    rmt = ""
    if tx.rf or tx.ustrd:
        rmt = "<RmtInf>"
        if tx.ustrd:
            rmt += f"<Ustrd>{escape(tx.ustrd)}</Ustrd>"
        if tx.rf:
            rmt += ("<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>"
                    f"<Ref>{tx.rf}</Ref></CdtrRefInf></Strd>")
        rmt += "</RmtInf>"
    return f"<TxDtls>{refs}{amt}{party}{rmt}</TxDtls>"


def camt(entries: list[Entry], version: str = "053.001.08", ccy: str = "EUR",
         opening: str | None = "0.00", closing: str | None = None, stmt_id: str = "STMT-1") -> str:
    v08 = not version.endswith(("02", "04"))
    notification = version.startswith("054")
    root = "BkToCstmrDbtCdtNtfctn" if notification else "BkToCstmrStmt"
    block = "Ntfctn" if notification else "Stmt"
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.{version}">',
             f"<{root}><GrpHdr><MsgId>M-1</MsgId><CreDtTm>2026-11-06T07:30:00</CreDtTm></GrpHdr>",
             f"<{block}><Id>{stmt_id}</Id><Acct><Id><IBAN>{IBAN}</IBAN></Id><Ccy>{ccy}</Ccy></Acct>"]
    if not notification and opening is not None:
        parts.append(f'<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="{ccy}">{opening}</Amt>'
                     "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-01</Dt></Dt></Bal>")
    if not notification and closing is not None:
        parts.append(f'<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="{ccy}">{closing}</Amt>'
                     "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-05</Dt></Dt></Bal>")
    for e in entries:
        sts = f"<Sts><Cd>{e.status}</Cd></Sts>" if v08 else f"<Sts>{e.status}</Sts>"
        ref = f"<AcctSvcrRef>{e.ref}</AcctSvcrRef>" if e.ref else ""
        rvsl = "<RvslInd>true</RvslInd>" if e.reversal else ""
        txs = "".join(_tx(t, v08, e.reversal, ccy) for t in e.txs)
        details = f"<NtryDtls>{txs}</NtryDtls>" if txs else ""
        parts.append(f'<Ntry><Amt Ccy="{ccy}">{e.amount}</Amt><CdtDbtInd>{e.cd}</CdtDbtInd>{rvsl}{sts}'
                     f"<BookgDt><Dt>{e.day}</Dt></BookgDt><ValDt><Dt>{e.day}</Dt></ValDt>{ref}{details}</Ntry>")
    parts.append(f"</{block}></{root}></Document>\n")
    return "\n".join(parts)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def mt940(lines: list[tuple[str, str]], ccy: str = "EUR", opening: str = "0,00",
          closing: str = "0,00") -> str:
    """lines: (:61: body, :86: text) pairs; :86: longer than 65 characters is hard-wrapped like banks do."""
    out = ["{1:F01BANKDEFFAXXX0000000000}{2:O9401200261102BANKDEFFAXXX00000000002611021200N}{4:",
           ":20:STMT20261102", f":25:DE89370400440532013000{ccy}", ":28C:00001/001",
           f":60F:C261101{ccy}{opening}"]
    for f61, f86 in lines:
        out.append(f":61:{f61}")
        text = f":86:{f86}"
        while len(text) > 65:
            out.append(text[:65])
            text = text[65:]
        out.append(text)
    out += [f":62F:C261103{ccy}{closing}", "-}"]
    return "\r\n".join(out) + "\r\n"
