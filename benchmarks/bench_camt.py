"""Parse a generated camt.053 with 100,000 entries and print entries/s and peak memory.

    .venv/bin/python benchmarks/bench_camt.py [--entries N] [--fresh]

The file is written (streamed, never held in memory) to the temp folder and reused while its size
matches. Peak memory is the process high-water mark (ru_maxrss) plus the Python-level peak from a
second, traced run. Target: parsing alone >> 20,000 entries/s (matching comes later and costs more).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import timeit
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from usu_desktop.bank.camt import parse_camt
from usu_desktop.domain.references import rf_create

NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"


def generate(path: Path, entries: int) -> None:
    """Write a realistic statement: structured RFs, free-text RFs, names, every 50th a batch of two."""
    closing = sum(1000 + (i * 7919) % 500000 for i in range(entries))
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="{NS}"><BkToCstmrStmt>'
                 "<GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-11-05T06:00:00</CreDtTm></GrpHdr>"
                 "<Stmt><Id>BENCH-1</Id><Acct><Id><IBAN>GR1601101250000000012300695</IBAN></Id>"
                 "<Ccy>EUR</Ccy></Acct>"
                 '<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt>'
                 "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-01</Dt></Dt></Bal>"
                 '<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">'
                 f"{closing // 100}.{closing % 100:02d}</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                 "<Dt><Dt>2026-11-05</Dt></Dt></Bal>\n")
        body = []
        for i in range(entries):
            cents = 1000 + (i * 7919) % 500000
            amount = f"{cents // 100}.{cents % 100:02d}"
            rf = rf_create(f"2026{i:08d}")
            if i % 50 == 49:
                half = cents // 2
                parts = [(half, rf), (cents - half, rf_create(f"2027{i:08d}"))]
                tx = "".join(
                    f'<TxDtls><Amt Ccy="EUR">{c // 100}.{c % 100:02d}</Amt><RltdPties><Dbtr><Pty>'
                    f"<Nm>Payer {i}</Nm></Pty></Dbtr></RltdPties><RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry>"
                    f"<Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>{r}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>"
                    for c, r in parts)
            elif i % 3 == 0:
                tx = (f"<TxDtls><Refs><EndToEndId>E2E-{i}</EndToEndId></Refs><RltdPties><Dbtr><Pty>"
                      f"<Nm>Payer {i}</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN>"
                      f"</Id></DbtrAcct></RltdPties><RmtInf><Ustrd>Invoice payment {rf.lower()} thanks"
                      f"</Ustrd></RmtInf></TxDtls>")
            else:
                tx = (f"<TxDtls><Refs><EndToEndId>E2E-{i}</EndToEndId></Refs><RltdPties><Dbtr><Pty>"
                      f"<Nm>Payer {i}</Nm></Pty></Dbtr></RltdPties><RmtInf><Strd><CdtrRefInf><Tp>"
                      f"<CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>{rf}</Ref></CdtrRefInf></Strd>"
                      f"</RmtInf></TxDtls>")
            body.append(
                f'<Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>'
                f"<BookgDt><Dt>2026-11-02</Dt></BookgDt><ValDt><Dt>2026-11-02</Dt></ValDt>"
                f"<AcctSvcrRef>B{i:09d}</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd>"
                f"<SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls>{tx}</NtryDtls></Ntry>\n")
            if len(body) == 1000:
                fh.write("".join(body))
                body.clear()
        fh.write("".join(body))
        fh.write("</Stmt></BkToCstmrStmt></Document>\n")


def calibrate() -> float:
    """Microseconds for a fixed pure-Python loop, so figures from different machines can be compared."""
    return min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000 * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--fresh", action="store_true", help="regenerate the file")
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / "usu-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"camt053_{args.entries}.xml"
    if args.fresh or not path.exists():
        t = time.perf_counter()
        generate(path, args.entries)
        print(f"generated {path} in {time.perf_counter() - t:.1f} s")
    size_mb = path.stat().st_size / 1e6
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    started, cpu_started = time.perf_counter(), time.process_time()
    statements = parse_camt(path)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    produced = sum(len(s.entries) for s in statements)
    issues = sum(len(s.issues) for s in statements)
    with_rf = sum(1 for s in statements for e in s.entries if e.rf)
    print(f"file: {size_mb:.1f} MB, {args.entries} Ntry -> {produced} entries ({with_rf} with RF), "
          f"{issues} issues")
    print(f"parse: {elapsed:.2f} s wall, {cpu:.2f} s CPU = {produced / elapsed:,.0f} entries/s wall, "
          f"{produced / cpu:,.0f} entries/s CPU, {size_mb / elapsed:.1f} MB/s")
    print(f"machine speed: sum(range(1000)) takes {calibrate():.1f} us here "
          "(about 8-10 us on a recent desktop)")
    print(f"peak RSS: {rss_after / 1024:.0f} MB (was {rss_before / 1024:.0f} MB before parsing; "
          f"includes the {produced} StatementEntry objects kept)")
    del statements

    tracemalloc.start()
    parse_camt(path)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"Python-level peak (tracemalloc, second run): {peak / 1e6:.1f} MB "
          f"= {peak / produced:.0f} bytes per entry kept")


if __name__ == "__main__":
    main()
