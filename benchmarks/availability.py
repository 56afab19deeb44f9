"""Availability for the web shop: GET /v1/availability for 50 SKUs across 1,000 locations with
10,000,000 ledger rows (issue 17: p95 <= 20 ms). Prints `name value unit` lines; the headline is

    availability_p95_ms <p95> ms

    python benchmarks/availability.py [--locations 1000] [--rows 10000000] [--skus 20000]
        [--per-location 2000] [--orders 20000] [--queries 200] [--batch 50] [--dir DIR] [--keep]

The hub file (SQLite, the default) is built in a temporary folder (or --dir, reused when it is
already complete): the real migrations, then by bulk SQL through sqlite3's executemany (not
through the API): 990 stores and 10 warehouses with coordinates across France, safety stock at
a third of them, the catalog, the ledger (each location carries --per-location SKUs, the rows
spread evenly over those pairs), the ledger's (sku, store) index built after the load, the
balances summed from the ledger by the very SQL of migration h0013, and open orders routed to
random locations (their lines are the reservations). The queries are real HTTP requests to the
app in process (FastAPI's TestClient: routing, token check, parameters, the read, JSON), each
for --batch random SKUs, near a random point, fulfilment pickup or ship alternately.
Not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storedesk.hub import db  # noqa: E402
from storedesk.hub.auth import issue_token  # noqa: E402

AT = "2026-03-14T08:00:00.000000+00:00"
CHUNK = 200_000
DONE = "bench_done"  # a table made last: the file is complete


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def emit(name: str, value: float, unit: str) -> None:
    print(f"{name} {value:.3f} {unit}" if isinstance(value, float) else f"{name} {value} {unit}", flush=True)


def _locations(con: sqlite3.Connection, n: int, rng: random.Random) -> list[str]:
    warehouses = max(1, n // 100)
    codes = []
    rows, settings = [], []
    for i in range(n):
        kind = "warehouse" if i < warehouses else "store"
        code = f"W{i:04d}" if kind == "warehouse" else f"S{i:04d}"
        lat, lon = f"{43.3 + rng.random() * 7.5:.5f}", f"{-1.5 + rng.random() * 9.0:.5f}"
        rows.append((code, f"Location {code}", "EUR", "Europe/Paris", lat, lon, AT, kind))
        if i % 3 == 0:
            settings.append((code, 1000, 7, 2, AT))
        codes.append(code)
    con.executemany(
        "INSERT INTO stores (code, name, currency, timezone, lat, lon, created_at, kind) VALUES (?,?,?,?,?,?,?,?)",
        rows,
    )
    con.executemany(
        "INSERT INTO pickup_stores (store, safety_stock_milli, hold_days, reminder_days, updated_at) "
        "VALUES (?,?,?,?,?)",
        settings,
    )
    con.executemany(
        "INSERT INTO events (id, kind, store, station, payload, payload_sha256, status, reason, received_at) "
        "VALUES (?, 'stock_movements', ?, 'BO', '{}', '', 'accepted', '', ?)",
        [(f"{i:032x}", code, AT) for i, code in enumerate(codes)],
    )
    return codes


def _ledger(con: sqlite3.Connection, codes: list[str], skus: int, per_location: int, rows: int, rng) -> int:
    con.execute("DROP INDEX IF EXISTS ix_stock_movements_sku_store")  # built after the load
    pairs = len(codes) * per_location
    each, extra = divmod(rows, pairs)
    written = 0
    batch: list[tuple] = []
    for li, code in enumerate(codes):
        event = f"{li:032x}"
        for s in rng.sample(range(skus), per_location):
            sku = f"SKU{s:06d}"
            for k in range(each + (1 if rng.random() < extra / pairs else 0)):
                q = rng.randint(1, 20) * 1000 if k == 0 else rng.choice((-1000, -2000, 1000, 3000))
                batch.append((f"m{written:031x}", event, code, "BO", sku, q, "receiving", "", AT))
                written += 1
        if len(batch) >= CHUNK:
            _put_moves(con, batch)
            batch = []
    _put_moves(con, batch)
    con.execute("CREATE INDEX ix_stock_movements_sku_store ON stock_movements (sku, store)")
    return written


def _put_moves(con: sqlite3.Connection, batch: list[tuple]) -> None:
    con.executemany(
        "INSERT INTO stock_movements (id, event_id, store, station, sku, quantity_milli, reason, doc_ref, at) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        batch,
    )


def _orders(con: sqlite3.Connection, codes: list[str], skus: int, n: int, rng: random.Random) -> None:
    orders, lines = [], []
    for i in range(n):
        oid = f"o{i:031x}"
        store = rng.choice(codes)
        orders.append(
            (oid, i + 1, f"W{i + 1:06d}", "bench", f"k{i}", "", store, store, rng.choice(("routed", "ready")), AT)
        )
        for ln in range(1, rng.randint(1, 3) + 1):
            lines.append((oid, ln, f"SKU{rng.randrange(skus):06d}", "x", rng.randint(1, 3) * 1000))
    con.executemany(
        "INSERT INTO orders (id, no, number, channel, idempotency_key, request_sha256, pickup_store, store, status, "
        "version, currency, payment, total_minor, paid_minor, customer_name, customer_email, customer_phone, "
        "pickup_code, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,1,'EUR','paid_online',0,0,'c','c@example.com','','000000',?,?)",
        [(*o, AT) for o in orders],
    )
    con.executemany(
        "INSERT INTO order_lines (order_id, line, sku, name, quantity_milli, unit_price_minor, picked_milli, "
        "rejected_milli, collected_milli, cancelled_milli) VALUES (?,?,?,?,?,100,0,0,0,0)",
        lines,
    )


def build(path: Path, args, rng: random.Random) -> None:
    db.open_hub(f"sqlite:///{path}").dispose()  # the real migrations, h0001..head
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")  # a bulk load: a crash means building again
    con.execute("BEGIN")
    codes = _locations(con, args.locations, rng)
    con.executemany(
        "INSERT INTO products (sku, name, barcodes, price_minor, currency, tax_code, tax_rate, category, active, "
        "updated_at) VALUES (?, ?, '[]', 100, 'EUR', 'A', '20', 'Misc', 1, ?)",
        [(f"SKU{s:06d}", f"Product {s}", AT) for s in range(args.skus)],
    )
    written = _ledger(con, codes, args.skus, args.per_location, args.rows, rng)
    con.execute(  # the backfill of migration h0013
        "INSERT INTO stock_balances (sku, store, on_hand_milli, movements) "
        "SELECT sku, store, SUM(quantity_milli), COUNT(*) FROM stock_movements GROUP BY sku, store"
    )
    _orders(con, codes, args.skus, args.orders, rng)
    con.execute(f"CREATE TABLE {DONE} (rows INTEGER)")
    con.execute(f"INSERT INTO {DONE} VALUES (?)", (written,))
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()


def _complete(path: Path) -> bool:
    if not path.exists():
        return False
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (DONE,)).fetchone() is not None
    finally:
        con.close()


def measure(path: Path, args, rng: random.Random) -> None:
    from fastapi.testclient import TestClient

    from storedesk.hub.app import create_app

    url = f"sqlite:///{path}"
    engine = db.open_hub(url)
    with db.write_tx(engine) as conn:
        token = issue_token(conn, "channel", "bench-shop")[0]
        counts = {
            name: conn.exec_driver_sql(sql).scalar()
            for name, sql in (
                ("ledger_rows", "SELECT rows FROM bench_done"),
                ("locations", "SELECT count(*) FROM stores"),
                ("balance_rows", "SELECT count(*) FROM stock_balances"),
                ("open_order_lines", "SELECT count(*) FROM order_lines"),
            )
        }
        skus = [r[0] for r in conn.exec_driver_sql("SELECT sku FROM products").fetchall()]
    engine.dispose()
    for name, value in counts.items():
        emit(name, int(value), "rows" if name != "locations" else "locations")
    times, cpu, listed = [], [], []
    with TestClient(create_app(url)) as client:
        client.headers["Authorization"] = f"Bearer {token}"
        for i in range(args.queries + 10):
            params = [("sku", s) for s in rng.sample(skus, min(args.batch, len(skus)))]
            params += [
                ("near", f"{43.3 + rng.random() * 7.5:.4f},{-1.5 + rng.random() * 9.0:.4f}"),
                ("fulfilment", "ship" if i % 2 else "pickup"),
            ]
            start, used = time.perf_counter(), time.process_time()
            r = client.get("/v1/availability", params=params)
            elapsed = (time.perf_counter() - start) * 1000
            spent = (time.process_time() - used) * 1000
            if r.status_code != 200:
                raise SystemExit(f"GET /v1/availability answered {r.status_code}: {r.text[:300]}")
            if i >= 10:  # the first few warm the caches
                times.append(elapsed)
                cpu.append(spent)
                listed.append(sum(len(s["locations"]) for s in r.json()["skus"]))
    emit("availability_skus_per_call", args.batch, "skus")
    emit("availability_entries_per_answer", round(sum(listed) / len(listed)), "entries")
    emit("availability_p50_ms", pct(times, 50), "ms")
    emit("availability_p95_ms", pct(times, 95), "ms")
    emit("availability_cpu_p95_ms", pct(cpu, 95), "ms")  # this process's CPU time: less hurt by others' work
    emit("load_average_1m", os.getloadavg()[0], "load")  # other work on the machine inflates the figures


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--locations", type=int, default=1000)
    ap.add_argument("--rows", type=int, default=10_000_000, help="ledger rows")
    ap.add_argument("--skus", type=int, default=20_000, help="products in the catalog")
    ap.add_argument("--per-location", type=int, default=2000, help="SKUs each location carries")
    ap.add_argument("--orders", type=int, default=20_000, help="open orders (reservations)")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--batch", type=int, default=50, help="SKUs per call")
    ap.add_argument("--dir", type=Path, help="build (or reuse) the hub file here")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()
    args.per_location = min(args.per_location, args.skus)
    folder = args.dir or Path(tempfile.mkdtemp(prefix="hub-availability-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hub.db"
    rng = random.Random(17)
    try:
        if not _complete(path):
            for leftover in folder.glob("hub.db*"):
                leftover.unlink()
            start = time.perf_counter()
            build(path, args, rng)
            emit("build_s", time.perf_counter() - start, "s")
        measure(path, args, rng)
    finally:
        if args.dir is None and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
