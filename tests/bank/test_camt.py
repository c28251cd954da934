"""camt.053/054 reading: per-entry outcomes on hand-written fixtures, and hostile or broken files."""

from __future__ import annotations

import os
import re
import threading
import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usu_desktop.bank.camt import parse_camt
from usu_desktop.bank.detect import read_statement, read_statements
from usu_desktop.bank.statement import StatementError
from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_create, rf_is_valid

FIXTURES = Path(__file__).parent / "fixtures"
IBAN = "GR1601101250000000012300695"


def eur(text: str) -> Money:
    return Money(text, "EUR")


def test_fixture_rfs_are_real() -> None:
    assert rf_create("2026000017") == "RF952026000017"
    assert rf_create("K10047") == "RF41K10047"
    assert not rf_is_valid("RF642062000090")  # the transposed one in the fixtures
    assert rf_is_valid(rf_create("2026000090"))


def test_v02_statement_header() -> None:
    s = read_statement(FIXTURES / "camt053_v02.xml", expected_currency="EUR")
    assert s.format == "camt.053.001.02"
    assert s.statement_id == "STMT-2026-11-05"
    assert s.account_iban == IBAN
    assert s.currency == "EUR"
    assert s.opening_balance == eur("1000.00")  # OPBD, not PRCD
    assert s.closing_balance == eur("1785.00")  # CLBD, not CLAV
    assert s.created_at == datetime(2026, 11, 5, 6, 0)
    # the balances add up over booked entries: no balance warning; one bad entry reported
    assert [(i.severity, i.code, i.entry_index, i.field) for i in s.issues] == [
        ("error", "bad_amount", 9, "Amt")]


# index: amount, direction, status, rf, payer, reversal, external_id (None = hashed)
V02 = [
    ("100.00", "credit", "booked", "RF952026000017", "Papadopoulos Nikos", False, "BK0001"),  # full
    ("50.00", "credit", "booked", "RF732026000025", "Mueller Hans", False, "BK0002"),  # part, text RF
    ("250.00", "credit", "booked", "RF512026000033", None, False, "BK0003"),  # over-payment
    ("80.00", "credit", "booked", None, "Ivanova Maria", False, None),  # name, no reference
    ("35.00", "debit", "booked", None, "Dental Supplies SA", False, "BK0005"),  # debit
    ("100.00", "debit", "booked", "RF952026000017", "Papadopoulos Nikos", True, "BK0006"),  # reversal
    ("40.00", "credit", "pending", "RF292026000041", None, False, "BK0007"),  # pending
    ("120.00", "credit", "booked", "RF552026000058", "Georgiou Eleni", False, "BK0008#1"),  # batch 1/2
    ("180.00", "credit", "booked", "RF332026000066", "Georgiou Kostas", False, "BK0008#2"),  # batch 2/2
    ("60.00", "credit", "booked", None, None, False, "BK0009"),  # transposed RF -> none
    ("80.00", "credit", "booked", None, "Ivanova Maria", False, None),  # same as #3, again
]


def test_v02_entries() -> None:
    s = read_statement(FIXTURES / "camt053_v02.xml")
    got = [(str(e.amount.amount), e.direction, e.status, e.rf, e.payer_name, e.reversal,
            None if e.external_id.startswith("sha256:") else e.external_id) for e in s.entries]
    assert got == V02
    assert [e.index for e in s.entries] == list(range(len(V02)))
    first, part, _over, named, debit, reversal, pending, b1, b2, transposed, again = s.entries
    assert first.end_to_end_id == "E2E-0001" and first.payer_iban == "DE89370400440532013000"
    assert first.booking_date == first.value_date == date(2026, 11, 2)
    assert part.end_to_end_id is None  # NOTPROVIDED is no reference
    assert part.remittance_text == "part payment rf73 2026 0000 25 thank you"
    assert debit.payer_iban == "GR9608100010000001234567890"  # the creditor of a debit
    assert reversal.end_to_end_id == first.end_to_end_id and reversal.signed == -first.amount
    assert pending.booking_date is None and pending.value_date == date(2026, 11, 5)
    assert (b1.end_to_end_id, b2.end_to_end_id) == ("E2E-B1", "E2E-B2")
    assert b1.bank_ref == b2.bank_ref == "BK0008"
    assert transposed.remittance_text == "Payment RF64 2062 0000 90"
    assert named.external_id != again.external_id  # two identical transfers stay two payments
    assert named.external_id.startswith("sha256:") and len(named.external_id) == 7 + 64


def test_reimport_gives_the_same_external_ids(tmp_path: Path) -> None:
    copy = tmp_path / "again.xml"
    copy.write_bytes((FIXTURES / "camt053_v02.xml").read_bytes())
    a = [e.external_id for e in read_statement(FIXTURES / "camt053_v02.xml").entries]
    b = [e.external_id for e in read_statement(copy).entries]
    assert a == b and len(set(a)) == len(a)


def test_v08_entries_and_balance_warning() -> None:
    s = read_statement(FIXTURES / "camt053_v08.xml")
    assert s.format == "camt.053.001.08"
    assert s.created_at == datetime(2026, 11, 6, 7, 30, tzinfo=timezone(timedelta(hours=2)))
    got = [(str(e.amount.amount), e.direction, e.status, e.rf, e.payer_name, e.external_id)
           for e in s.entries]
    assert got == [
        ("75.50", "credit", "booked", "RF112026000074", "Nikolaou Anna", "V8-001"),
        ("150.00", "credit", "booked", "RF862026000082", "Petrou Ioanna", "V8-002#1"),
        ("50.00", "credit", "booked", "RF41K10047", "Petrou Ioanna", "V8-002#2"),  # RF over two Ustrd
        ("20.00", "debit", "booked", None, None, "V8-003"),
        ("30.00", "credit", "info", None, None, "V8-004"),
        ("90.00", "credit", "booked", None, None, "V8-005"),  # unsplittable batch naming two RFs
    ]
    assert s.entries[0].booking_date == date(2026, 11, 3)  # from DtTm
    assert s.entries[0].payer_iban == "GR9608100010000001234567890"
    assert s.entries[3].remittance_text == "Account fee November"
    assert s.entries[5].remittance_text == "RF55 2026 0000 58 RF33 2026 0000 66"
    codes = [(i.severity, i.code, i.entry_index) for i in s.issues]
    assert codes == [("warning", "batch_not_split", 4), ("warning", "several_rf", 4),
                     ("warning", "balance_mismatch", None)]
    assert s.issues[-1].detail == "computed=845.50 stated=850.00"


def test_camt054_notification() -> None:
    s = read_statement(FIXTURES / "camt054_v04.xml")
    assert (s.format, s.statement_id, s.account_iban) == ("camt.054.001.04", "NTF-2026-11-07-1", IBAN)
    assert s.opening_balance is None and s.closing_balance is None
    assert s.issues == ()  # a notification has no balances; that is not a problem
    a, b = s.entries
    assert (a.rf, a.external_id, a.end_to_end_id) == ("RF952026000017", "N-0001", "E2E-N1")  # lower case
    assert (b.rf, b.payer_name, b.bank_ref) == (None, "Ivanova Maria", None)


# --- generated files -----------------------------------------------------------------------------

def camt(entries: str, *, ns: str = "camt.053.001.02", ccy: str = "EUR", balances: str = "",
         prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}'
            f'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:{ns}"><BkToCstmrStmt>'
            f"<GrpHdr><MsgId>M</MsgId><CreDtTm>2026-11-05T06:00:00</CreDtTm></GrpHdr>"
            f"<Stmt><Id>S1</Id><Acct><Id><IBAN>{IBAN}</IBAN></Id><Ccy>{ccy}</Ccy></Acct>{balances}"
            f"{entries}</Stmt></BkToCstmrStmt></Document>\n").encode()


def ntry(amount: str, ind: str = "CRDT", text: str = "x", ccy: str = "EUR", ref: str = "") -> str:
    ref_xml = f"<AcctSvcrRef>{ref}</AcctSvcrRef>" if ref else ""
    return (f'<Ntry><Amt Ccy="{ccy}">{amount}</Amt><CdtDbtInd>{ind}</CdtDbtInd><Sts>BOOK</Sts>'
            f"<BookgDt><Dt>2026-11-02</Dt></BookgDt>{ref_xml}<NtryDtls><TxDtls><RmtInf><Ustrd>{text}</Ustrd>"
            "</RmtInf></TxDtls></NtryDtls></Ntry>")


def bal(code: str, amount: str, ind: str = "CRDT") -> str:
    return (f'<Bal><Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">{amount}</Amt>'
            f"<CdtDbtInd>{ind}</CdtDbtInd><Dt><Dt>2026-11-02</Dt></Dt></Bal>")


def write(tmp_path: Path, data: bytes, name: str = "s.xml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def code_of(path: Path, **kw: object) -> str:
    with pytest.raises(StatementError) as info:
        read_statement(path, **kw)  # type: ignore[arg-type]
    return info.value.code


@pytest.mark.parametrize("version", ["02", "03", "04", "05", "06", "07", "08"])
def test_every_supported_version_is_read(tmp_path: Path, version: str) -> None:
    data = camt(ntry("1.00") + ntry("2.00", "DBIT"), ns=f"camt.053.001.{version}",
                balances=bal("OPBD", "10.00") + bal("CLBD", "9.00"))
    s = read_statement(write(tmp_path, data))
    assert s.format == f"camt.053.001.{version}"
    assert [e.signed for e in s.entries] == [eur("1.00"), eur("-2.00")]
    assert s.issues == ()


def test_negative_balances_and_missing_balances_warn(tmp_path: Path) -> None:
    s = read_statement(write(tmp_path, camt(ntry("5.00"), balances=bal("OPBD", "5.00", "DBIT")
                                            + bal("CLBD", "0.00"))))
    assert s.opening_balance == eur("-5.00") and s.issues == ()
    s = read_statement(write(tmp_path, camt(ntry("5.00"))))
    assert [(i.code, i.field) for i in s.issues] == [("schema_violation", "Bal/OPBD"),
                                                     ("schema_violation", "Bal/CLBD")]


def test_bad_entries_are_skipped_and_the_rest_is_read(tmp_path: Path) -> None:
    entries = (ntry("1.00") + ntry("-3.00") + ntry("abc") + ntry("0.00") + ntry("4.00", ccy="USD")
               + ntry("5.00", ccy="XXX") + ntry("6.00", ind="SIDEWAYS")
               + '<Ntry><CdtDbtInd>CRDT</CdtDbtInd></Ntry>' + ntry("7.00"))
    s = read_statement(write(tmp_path, camt(entries)))
    assert [str(e.amount.amount) for e in s.entries] == ["1.00", "7.00"]
    assert [(i.severity, i.code, i.entry_index) for i in s.errors] == [
        ("error", "bad_amount", 1), ("error", "bad_amount", 2), ("error", "bad_amount", 3),
        ("error", "entry_currency", 4), ("error", "unknown_currency", 5), ("error", "missing_field", 6),
        ("error", "missing_field", 7)]


def test_structured_rf_with_bad_check_digits_is_not_used(tmp_path: Path) -> None:
    bad = "RF642062000090"
    entry = ('<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><NtryDtls><TxDtls>'
             f"<RmtInf><Strd><CdtrRefInf><Ref>{bad}</Ref></CdtrRefInf></Strd></RmtInf>"
             "</TxDtls></NtryDtls></Ntry>")
    s = read_statement(write(tmp_path, camt(entry)))
    assert s.entries[0].rf is None
    assert [(i.code, i.detail) for i in s.warnings if i.code == "invalid_rf"] == [("invalid_rf", bad)]


def test_several_creditor_references(tmp_path: Path) -> None:
    def cri(code: str, ref: str) -> str:
        return f"<CdtrRefInf><Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp><Ref>{ref}</Ref></CdtrRefInf>"

    entry = ('<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><NtryDtls><TxDtls>'
             f"<RmtInf><Strd>{cri('RADM', 'INV-77')}</Strd>"
             f"<Strd>{cri('SCOR', 'RF41 K100 47')}</Strd></RmtInf>"
             "</TxDtls></NtryDtls></Ntry>")
    single = entry.replace(cri("RADM", "INV-77"), "")
    s = read_statement(write(tmp_path, camt(entry + single)))
    assert [e.rf for e in s.entries] == ["RF41K10047", "RF41K10047"]


def test_rf_in_the_end_to_end_id(tmp_path: Path) -> None:
    def entry(e2e: str, text: str) -> str:
        return ('<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><NtryDtls><TxDtls>'
                f"<Refs><EndToEndId>{e2e}</EndToEndId></Refs><RmtInf><Ustrd>{text}</Ustrd></RmtInf>"
                "</TxDtls></NtryDtls></Ntry>")

    s = read_statement(write(tmp_path, camt(entry("RF41K10047", "thanks") + entry("RF41K10074", "thanks")
                                            + entry("RF41K10074", "RF95 2026 0000 17"))))
    assert [e.rf for e in s.entries] == ["RF41K10047", None, "RF952026000017"]
    assert [(i.code, i.entry_index) for i in s.issues if i.field == "RmtInf"] == [("invalid_rf", 1),
                                                                                  ("invalid_rf", 2)]


def test_multiple_statements_in_one_file(tmp_path: Path) -> None:
    one = camt(ntry("1.00", ref="A1")).decode()
    stmt = one[one.index("<Stmt>"):one.index("</Stmt>") + 7]
    two = one.replace("</Stmt>", "</Stmt>" + stmt.replace("1.00", "2.00").replace("A1", "A2"), 1)
    path = write(tmp_path, two.encode())
    statements = read_statements(path)
    assert [[e.external_id for e in s.entries] for s in statements] == [["A1"], ["A2"]]
    merged = read_statement(path)
    assert [e.index for e in merged.entries] == [0, 1]


# --- refusals ------------------------------------------------------------------------------------

def test_not_xml(tmp_path: Path) -> None:
    assert code_of(write(tmp_path, b"< this is not xml >")) == "not_xml"
    assert code_of(write(tmp_path, b"<html><body>oops</bod></html>")) == "unknown_format"  # XML-ish, not camt
    broken = camt(ntry("1.00") + ntry("2.00")).replace(b"</Sts>", b"</Stsx>", 1) + b"\n\n"
    with pytest.raises(StatementError) as info:
        read_statement(write(tmp_path, broken))
    assert (info.value.code, info.value.line) == ("not_xml", 2)  # broken mid-file, not cut off
    assert code_of(write(tmp_path, b"%PDF-1.7 not a statement")) == "unknown_format"
    with pytest.raises(StatementError) as info:
        parse_camt(write(tmp_path, b"just some text"))
    assert info.value.code == "not_xml"


def test_root_is_found_before_any_later_mistake(tmp_path: Path) -> None:
    """The verdict comes from the root's start tag alone, whatever libxml2 reads ahead (2.14 reports a
    broken tag further on before it reports the root)."""
    assert code_of(write(tmp_path, b"<html><body>oops</bod></html>")) == "unknown_format"
    assert code_of(write(tmp_path, b"<html>" + b"<p>x</q>" * 3)) == "unknown_format"
    ns = b"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"
    with pytest.raises(StatementError) as info:
        read_statement(write(tmp_path, b'<Document xmlns="' + ns + b'"><BkToCstmrStmt></Bad>'))
    assert info.value.code == "not_xml"  # a camt root, broken right after it


@pytest.mark.parametrize("head", [
    "",  # no declaration
    "<!-- exported by the bank -->\n",
    '<?xml-stylesheet type="text/xsl" href="s.xsl"?>\n<!-- a > inside a comment -->\n',
    "<!--" + "x" * 70_000 + "-->\n",  # a prolog longer than the first read
    "\n\n  \t",
])
def test_prologs_before_the_root(tmp_path: Path, head: str) -> None:
    data = camt(ntry("1.00") + ntry("2.00"), prolog=head)
    if not head:
        data = data.split(b"\n", 1)[1]
    assert [e.amount for e in read_statement(write(tmp_path, data)).entries] == [eur("1.00"), eur("2.00")]


def test_root_forms(tmp_path: Path) -> None:
    plain = camt(ntry("1.00"))
    prefixed = re.sub(rb"<(/?)(?=[A-Z])", rb"<\1c:", plain).replace(b" xmlns=", b" xmlns:c=")
    assert read_statement(write(tmp_path, prefixed)).entries[0].amount == eur("1.00")
    quoted = plain.replace(b"<Document ", b'<Document note="a > b" ', 1)
    assert read_statement(write(tmp_path, quoted)).entries[0].amount == eur("1.00")
    wide = plain.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
    for data in (wide.encode("utf-16"), wide.encode("utf-16-le"), b"\xef\xbb\xbf" + plain):
        assert read_statement(write(tmp_path, data)).entries[0].amount == eur("1.00")


@pytest.mark.parametrize(("data", "code", "line"), [
    (b"< this is not xml >", "not_xml", 1),
    (b"\n\n<Document xmlns='urn:x' <Stmt>", "not_xml", 3),  # the root's start tag never closes
    (b"<!-- a comment that never ends", "not_xml", 1),
    (b'<?xml version="1.0"?>\n<?pi never ends', "not_xml", 2),
    (b'<?xml version="1.0"?>\n<![CDATA[x]]>', "not_xml", 2),
    (b"<Document xmlns:a='urn:x' a:b='1' a:b='2'></Document>", "not_xml", 1),  # duplicate attribute
    (b"<a:Document></a:Document>", "not_xml", 1),  # an undeclared prefix
])
def test_broken_heads(tmp_path: Path, data: bytes, code: str, line: int) -> None:
    with pytest.raises(StatementError) as info:
        read_statement(write(tmp_path, data))
    assert (info.value.code, info.value.line) == (code, line)


def test_truncated_xml(tmp_path: Path) -> None:
    data = (FIXTURES / "camt053_v02.xml").read_bytes()
    path = write(tmp_path, data[: len(data) * 2 // 3])
    with pytest.raises(StatementError) as info:
        read_statement(path)
    assert info.value.code == "truncated" and info.value.file == str(path)
    assert info.value.line is not None and info.value.line > 100


def test_xml_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lol = ['<!DOCTYPE lolz [<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = "&lol;" if i == 1 else f"&lol{i - 1};"
        lol.append(f'<!ENTITY lol{i} "{prev * 10}">')
    prolog = "".join(lol) + "]>\n"
    data = camt(ntry("1.00", text="&lol9;"), prolog=prolog)
    with pytest.raises(StatementError) as info:
        read_statement(write(tmp_path, data))
    # refused from the first bytes, before any parser reads a declaration (how fast: bench_camt)
    assert (info.value.code, info.value.line, info.value.field) == ("xml_forbidden", 2, "DOCTYPE")


def test_doctype_is_refused_by_the_parser_too(tmp_path: Path) -> None:
    """Past the 64 KB first-bytes scan (a long comment) or in UTF-16, the iterparse check still refuses."""
    padding = "<!--" + "x" * 70_000 + "-->\n"
    late = camt(ntry("1.00", text="&lol;"), prolog=padding + '<!DOCTYPE d [<!ENTITY lol "lol">]>\n')
    assert code_of(write(tmp_path, late)) == "xml_forbidden"
    wide = camt(ntry("1.00"), prolog='<!DOCTYPE d [<!ENTITY lol "lol">]>\n').decode()
    wide = wide.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    assert code_of(write(tmp_path, wide.encode("utf-16"))) == "xml_forbidden"


def test_external_entity_is_never_fetched(tmp_path: Path) -> None:
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"SECRET-FROM-HTTP")

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/leak"
        prolog = f'<!DOCTYPE d [<!ENTITY xxe SYSTEM "{url}">]>\n'
        assert code_of(write(tmp_path, camt(ntry("1.00", text="&xxe;"), prolog=prolog))) == "xml_forbidden"
        prolog = f'<!DOCTYPE Document SYSTEM "{url}">\n'
        assert code_of(write(tmp_path, camt(ntry("1.00"), prolog=prolog))) == "xml_forbidden"
    finally:
        server.shutdown()
        server.server_close()
    assert hits == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_external_entity_file_is_never_opened(tmp_path: Path) -> None:
    """The entity points at a named pipe: if anything opened it for reading, our writer would get in."""
    fifo = tmp_path / "secret"
    os.mkfifo(fifo)
    opened = threading.Event()
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # succeeds only if a reader has it open
            except OSError:
                time.sleep(0.001)
                continue
            opened.set()
            os.write(fd, b"SECRET")
            os.close(fd)
            return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        prolog = f'<!DOCTYPE d [<!ENTITY xxe SYSTEM "file://{fifo}">]>\n'
        path = write(tmp_path, camt(ntry("1.00", text="&xxe;"), prolog=prolog))
        assert code_of(path) == "xml_forbidden"
        time.sleep(0.05)
    finally:
        stop.set()
        watcher.join(2)
    assert not opened.is_set()


def sts_cd(data: bytes) -> bytes:
    """From .09 on, Ntry/Sts is a choice: <Sts><Cd>BOOK</Cd></Sts>."""
    return re.sub(rb"<Sts>([A-Z]{4})</Sts>", rb"<Sts><Cd>\1</Cd></Sts>", data)


@pytest.mark.parametrize("version", ["09", "10", "11", "12", "13"])
def test_newer_camt053_versions_are_read(tmp_path: Path, version: str) -> None:
    data = sts_cd(camt(ntry("1.00") + ntry("2.00", "DBIT"), ns=f"camt.053.001.{version}",
                       balances=bal("OPBD", "10.00") + bal("CLBD", "9.00")))
    s = read_statement(write(tmp_path, data))
    assert s.format == f"camt.053.001.{version}"
    assert [(e.signed, e.status) for e in s.entries] == [(eur("1.00"), "booked"), (eur("-2.00"), "booked")]
    assert s.issues == ()


@pytest.mark.parametrize("version", ["02", "08", "13"])
def test_camt052_intraday_report_books_only_booked_entries(tmp_path: Path, version: str) -> None:
    data = camt(ntry("5.00") + ntry("7.00").replace("<Sts>BOOK</Sts>", "<Sts>PDNG</Sts>"),
                ns=f"camt.052.001.{version}")
    data = data.replace(b"BkToCstmrStmt", b"BkToCstmrAcctRpt").replace(b"<Stmt>", b"<Rpt>")
    data = data.replace(b"</Stmt>", b"</Rpt>")
    if int(version) >= 9:
        data = sts_cd(data)
    s = read_statement(write(tmp_path, data))
    assert s.format == f"camt.052.001.{version}"
    assert [(e.amount, e.status) for e in s.entries] == [(eur("5.00"), "booked"), (eur("7.00"), "pending")]


def test_camt054_without_account_currency_takes_the_entries(tmp_path: Path) -> None:
    data = (FIXTURES / "camt054_v04.xml").read_bytes()
    without = re.sub(rb"\s*<Ccy>[A-Z]{3}</Ccy>", b"", data, count=1)
    assert without != data and b"<Acct>" in without
    s, plain = read_statement(write(tmp_path, without)), read_statement(FIXTURES / "camt054_v04.xml")
    assert s.currency == plain.currency == "EUR"
    assert [e.amount for e in s.entries] == [e.amount for e in plain.entries]
    assert [e.external_id for e in s.entries] == [e.external_id for e in plain.entries]


@pytest.mark.parametrize("ns", ["camt.052.001.01", "camt.053.001.01", "camt.053.001.14", "pain.001.001.03"])
def test_unknown_namespace(tmp_path: Path, ns: str) -> None:
    path = write(tmp_path, camt(ntry("1.00"), ns=ns))
    with pytest.raises(StatementError) as info:
        read_statement(path)
    assert info.value.code == "unknown_format"
    assert info.value.params["namespace"].endswith(ns)


def test_no_namespace_or_wrong_root(tmp_path: Path) -> None:
    assert code_of(write(tmp_path, b"<Document><Stmt/></Document>")) == "unknown_format"
    data = camt(ntry("1.00")).replace(b"BkToCstmrStmt", b"BkToCstmrDbtCdtNtfctn")
    assert code_of(write(tmp_path, data)) == "unknown_format"


def test_empty_files(tmp_path: Path) -> None:
    assert code_of(write(tmp_path, b"")) == "empty_file"
    assert code_of(write(tmp_path, b"  \r\n\t\n")) == "empty_file"
    assert code_of(write(tmp_path, b"\xef\xbb\xbf\n")) == "empty_file"


def test_wrong_currency(tmp_path: Path) -> None:
    with pytest.raises(StatementError) as info:
        read_statement(FIXTURES / "camt053_v02.xml", expected_currency="RUB")
    assert info.value.code == "wrong_currency"
    assert (info.value.params["expected"], info.value.params["found"]) == ("RUB", "EUR")


def test_unknown_account_currency(tmp_path: Path) -> None:
    assert code_of(write(tmp_path, camt(ntry("1.00", ccy="XXX"), ccy="XXX"))) == "unknown_currency"


def test_oversize_is_refused_before_reading(tmp_path: Path) -> None:
    path = FIXTURES / "camt053_v02.xml"
    with pytest.raises(StatementError) as info:
        read_statement(path, max_bytes=1000)
    assert info.value.code == "too_large"
    assert info.value.params["size"] == path.stat().st_size
    assert read_statement(path, max_bytes=path.stat().st_size).entries


# --- properties ----------------------------------------------------------------------------------

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999.99"), places=2)


@given(st.lists(st.tuples(amounts, st.booleans(), st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)), max_size=25))
def test_round_trip_amounts_and_balance(tmp_path_factory: pytest.TempPathFactory,
                                        rows: list[tuple[Decimal, bool, str]]) -> None:
    from xml.sax.saxutils import escape

    opening = Decimal("100.00")
    closing = opening + sum((a if credit else -a for a, credit, _t in rows), Decimal(0))
    entries = "".join(ntry(str(a), "CRDT" if c else "DBIT", escape(t)) for a, c, t in rows)
    ind = "CRDT" if closing >= 0 else "DBIT"
    data = camt(entries, balances=bal("OPBD", "100.00") + bal("CLBD", str(abs(closing)), ind))
    s = read_statement(write(tmp_path_factory.mktemp("p"), data))
    assert [(e.amount.amount, e.direction == "credit") for e in s.entries] == [(a, c) for a, c, _t in rows]
    assert [e.remittance_text for e in s.entries] == [" ".join([t.strip()]) if t.strip() else ""
                                                      for _a, _c, t in rows]
    assert s.issues == ()
    assert len({e.external_id for e in s.entries}) == len(rows)


def _rss() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmRSS from /proc")
def test_streaming_keeps_memory_bounded(tmp_path: Path) -> None:
    """A 6 MB file whose entries carry 3 KB of unread payload: resident memory must not follow it."""
    payload = "<RltdDts>" + "<Prtry><Tp>x</Tp><Dt><Dt>2026-11-02</Dt></Dt></Prtry>" * 60 + "</RltdDts>"
    one = ntry("12.34", text="RF952026000017").replace("<RmtInf>", payload + "<RmtInf>")
    path = write(tmp_path, camt(one * 2000))
    assert path.stat().st_size > 6 * 1024 * 1024
    samples: list[int] = []
    start = _rss()
    statements = parse_camt(path, on_entry=lambda n: samples.append(_rss()))
    assert len(statements[0].entries) == 2000 and len(samples) == 2
    assert max(samples) - start < 12 * 1024 * 1024


# --- broken files of every kind (the MT940 fixtures too): a Statement or a StatementError, nothing else ---

SOURCES = {p.name: p.read_bytes() for p in sorted(FIXTURES.iterdir()) if p.suffix in (".xml", ".sta")}

edit = st.tuples(st.sampled_from(["cut", "delete", "insert", "replace"]), st.floats(0, 1), st.integers(1, 40),
                 st.binary(min_size=1, max_size=12) | st.sampled_from(
                     [b"<", b">", b"</Ntry>", b"&", b"&amp;", b":61:", b":86:", b"\n", b"?", b"-}", b"RF",
                      b",", b"9999999999999999999999", b"\xff\xfe", b"<!DOCTYPE x>", b"Ccy=\"XXX\""]))


def mutate(data: bytes, edits: list[tuple[str, float, int, bytes]]) -> bytes:
    for kind, where, length, chunk in edits:
        at = int(where * len(data))
        if kind == "cut":
            data = data[:at]
        elif kind == "delete":
            data = data[:at] + data[at + length:]
        elif kind == "insert":
            data = data[:at] + chunk + data[at:]
        else:
            data = data[:at] + chunk + data[at + len(chunk):]
    return data


@pytest.mark.parametrize("name", sorted(SOURCES))
@given(edits=st.lists(edit, min_size=1, max_size=4))
def test_mutated_files_fail_cleanly(tmp_path_factory: pytest.TempPathFactory, name: str,
                                    edits: list[tuple[str, float, int, bytes]]) -> None:
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(mutate(SOURCES[name], edits))
    try:
        statements = read_statements(path)
    except StatementError as exc:
        assert exc.code in {"not_xml", "truncated", "xml_forbidden", "unknown_format", "unknown_currency",
                            "missing_field",
                            "empty_file", "bad_amount"}
        return
    for s in statements:
        assert all(e.amount.is_positive() for e in s.entries)
        assert all(i.severity in ("warning", "error") for i in s.issues)
