"""Fiscal signature benchmarks (issue 19). Prints `name value unit` lines.

    python benchmarks/fiscal.py [--entries 1000000] [--samples 2000] [--dir /tmp/storedesk-bench-fiscal]

Figures:
- sign_p99_ms: signing one journal entry inside the document's write transaction, as a sale
  does (adapters/journal_signing.py, called by the journal's append: the store's country read, the station key from the
  process cache, ECDSA P-256, the signature row written); target <= 2 ms.
- verify_1m_entries_s: `storedesk journal verify` (services/journal.py verify: the hash chain,
  then every signature against the key the journal introduced, then the receipt numbers) over
  --entries signed entries
  (1,000,000 by default: the name keeps "1m"; a smaller --entries is for a quick run); target
  <= 60 s for a million.

The journal of --entries entries is built once into --dir/verify-N (hashed, chained and signed
like a sale's entries, ~600-byte payloads) and reused. Not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storedesk.adapters import fiscal_keys, journal_signing  # noqa: E402
from storedesk.adapters.db import DB_FILENAME, open_database  # noqa: E402
from storedesk.adapters.uow import UnitOfWork  # noqa: E402
from storedesk.domain.fiscal import signing  # noqa: E402
from storedesk.domain.journal import canonical_json, chain_hash  # noqa: E402
from storedesk.services import journal, setup  # noqa: E402


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def emit(name: str, value: float, unit: str) -> None:
    print(f"{name} {value:.3f} {unit}", flush=True)


def french_station(folder: Path) -> UnitOfWork:
    """A small demo station whose store signs (fiscal_country FR), made once in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    new = not (folder / DB_FILENAME).exists()
    uow = UnitOfWork(open_database(folder))
    if new:
        setup.init_demo(uow, count=200, promotions=False)
    with uow.write() as tx:
        tx.settings.set("fiscal_country", "FR")
    return uow


def payload(n: int) -> dict:
    """A sale-like fiscal payload of about 600 bytes (the sale numbered `n`)."""
    lines = [
        {"sku": f"SKU{n % 997:05d}{i}", "quantity": "1", "unit_price_minor": 199 + i, "tax_rate": "20"}
        for i in range(4)
    ]
    return {"type": "sale", "receipt_no": f"PAR01-T1-{n:06d}", "store": "PAR01", "station": "T1", "lines": lines}


def bench_sign(folder: Path, samples: int) -> None:
    uow = french_station(folder)
    times = []
    for n in range(samples):
        with uow.write() as tx:
            # what JournalRepo.append adds to an entry when the country signs: the country read,
            # the key (cached), the signature and its row
            entry = tx.journal._chain("sale", f"BENCH-{n}", payload(n), tx.now())
            t = time.perf_counter()
            key = journal_signing.key_if_signing(tx.conn)
            assert key is not None
            journal_signing.sign(tx.conn, key, entry.seq, entry.hash)
            times.append(time.perf_counter() - t)
    uow.close()
    emit("sign_p50_ms", pct(times, 50) * 1000, "ms")
    emit("sign_p99_ms", pct(times, 99) * 1000, "ms")


def build_journal(folder: Path, entries: int) -> None:
    """Append signed entries until the journal has `entries` of them (raw SQL in big batches):
    first, through the journal itself, the entry that introduces the station key (what verify
    trusts), then sales numbered without gaps from 1 (the receipt counter follows), each signed
    as JournalRepo.append signs (ALGORITHM_V2: seq, kind, doc_ref, created_at and hash)."""
    uow = french_station(folder)
    with uow.write() as tx:
        if tx.conn.execute("SELECT 1 FROM journal WHERE kind = ?", (signing.KEY_KIND,)).fetchone() is None:
            tx.journal.append("software_start", "", {"type": "software_start"}, tx.now())
        where = tx.settings.all()
    store, station = where["store_code"], where["station_code"]
    uow.close()
    key = fiscal_keys.ensure_key(folder)
    con = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    seq, prev = con.execute("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    number = con.execute("SELECT count(*) FROM journal WHERE kind = 'sale'").fetchone()[0]
    started = time.perf_counter()
    at = "2026-11-01T10:00:00.000000+00:00"
    while seq < entries:
        rows, sigs = [], []
        for _ in range(min(20_000, entries - seq)):
            seq += 1
            number += 1
            text = canonical_json(payload(number))
            digest = chain_hash(prev, text)
            doc = f"{store}-{station}-{number:06d}"
            rows.append((seq, "sale", doc, at, text, prev, digest))
            sig = signing.sign_entry(key.private, seq, "sale", doc, at, digest)
            sigs.append((seq, signing.ALGORITHM_V2, key.fingerprint, sig))
            prev = digest
        con.execute("BEGIN")
        con.executemany("INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        con.executemany("INSERT INTO journal_signatures VALUES (?, ?, ?, ?)", sigs)
        con.execute(
            "INSERT INTO counters(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (f"receipt:{station}", number),
        )
        con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    print(f"journal of {entries} signed entries built in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def bench_verify(folder: Path, entries: int) -> None:
    build_journal(folder, entries)
    uow = UnitOfWork(open_database(folder))
    t = time.perf_counter()
    result = journal.verify(uow)
    took = time.perf_counter() - t
    uow.close()
    if not result.ok:
        raise SystemExit(f"the benchmark's journal does not verify: {result}")
    print(f"verified {result.entries} entries, {result.signatures} signatures", file=sys.stderr)
    emit("verify_1m_entries_s", took, "s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=1_000_000, help="signed journal entries verified")
    ap.add_argument("--samples", type=int, default=2000, help="entries signed for sign_p99_ms")
    ap.add_argument("--dir", default="/tmp/storedesk-bench-fiscal")
    args = ap.parse_args()
    base = Path(args.dir)
    bench_sign(base / "sign", args.samples)
    bench_verify(base / f"verify2-{args.entries}", args.entries)  # 2: keys introduced, second signature form


if __name__ == "__main__":
    main()
