"""Stock benchmark: one product's on-hand and recent history with 1,000,000 products and
10,000,000 movements. Prints `name value unit` lines; the headline is

    stock_product_view_ms <p95> ms

    python benchmarks/stock.py [--products 1000000] [--movements 10000000] [--dir DIR] [--keep]

The station file is built by bulk SQL in a temporary folder (or --dir, reused when it is
already complete): the real migrations, then products, ten movements per product on average
(one "hot" product gets 100,000), the balances summed from the ledger, the indexes built after
the load. FTS is not filled (the product view does not use it). The view is what the F5 screen
asks through the services: ledger.on_hand + ledger.history(limit 200), each in its own read
transaction of a real UnitOfWork. Not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storedesk.adapters.db import DB_FILENAME, open_database  # noqa: E402
from storedesk.adapters.uow import UnitOfWork  # noqa: E402
from storedesk.services import setup  # noqa: E402
from storedesk.services.stock import ledger, reorder  # noqa: E402

HOT = 1  # the product with very many movements
HOT_MOVES = 100_000


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def emit(name: str, value: float, unit: str) -> None:
    print(f"{name} {value:.3f} {unit}", flush=True)


def build(folder: Path, products: int, movements: int) -> None:
    engine = open_database(folder)  # the real migrations, s0001..s0006
    uow = UnitOfWork(engine)
    setup.init_store(uow, {**setup.DEMO_SETTINGS}, setup.DEMO_USERS[:1])
    uow.close()
    engine.dispose()
    con = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-1000000")
    con.execute("PRAGMA temp_store=MEMORY")
    t0 = time.perf_counter()
    ddl = dict(
        con.execute(
            "SELECT name, sql FROM sqlite_master WHERE name IN ('products_fts_ai', 'ix_movements_product', "
            "'ix_stock_balances_on_hand')"
        )
    )
    for name in ddl:
        kind = "TRIGGER" if name.endswith("_ai") else "INDEX"
        con.execute(f"DROP {kind} {name}")
    con.execute("BEGIN")
    con.execute(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) "
        "INSERT INTO products(id, sku, name, price_minor, tax_code, unit) "
        "SELECT x, printf('SKU%07d', x), 'Product ' || x, 50 + (x * 7919) % 5000, 'A', 'pc' FROM c",
        (products,),
    )
    # movement ids: 32 hex digits in insertion order (uuid-shaped; ordered so the load appends)
    rest = movements - HOT_MOVES
    con.execute(
        "WITH RECURSIVE c(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM c WHERE x < ? - 1) "
        "INSERT INTO stock_movements(id, product_id, quantity_milli, reason, doc_ref, station_code, created_at) "
        "SELECT printf('%032x', x), 1 + ((x * 48271) % ?), CASE WHEN x % 10 = 0 THEN 24000 ELSE -1000 END, "
        "CASE WHEN x % 10 = 0 THEN 'receiving' ELSE 'sale' END, printf('PAR01-T1-%06d', x / 3), 'T1', "
        "strftime('%Y-%m-%dT%H:%M:%f000+00:00', 2460000.5 + x * (365.0 / ?)) FROM c",
        (rest, products, rest),
    )
    con.execute(
        "WITH RECURSIVE c(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM c WHERE x < ? - 1) "
        "INSERT INTO stock_movements(id, product_id, quantity_milli, reason, doc_ref, station_code, created_at) "
        "SELECT printf('%032x', ? + x), ?, CASE WHEN x % 10 = 0 THEN 10000 ELSE -1000 END, 'sale', 'HOT', 'T2', "
        "strftime('%Y-%m-%dT%H:%M:%f000+00:00', 2460000.5 + x * (365.0 / ?)) FROM c",
        (HOT_MOVES, rest, HOT, HOT_MOVES),
    )
    con.execute("COMMIT")
    t1 = time.perf_counter()
    for name, sql in ddl.items():
        if not name.endswith("_ai"):
            con.execute(sql)
    con.execute(
        "INSERT INTO stock_balances(product_id, on_hand_milli) "
        "SELECT product_id, sum(quantity_milli) FROM stock_movements GROUP BY product_id"
    )
    con.execute(ddl["products_fts_ai"])
    con.execute("ANALYZE")
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    (folder / "complete").write_text(f"{products} {movements}\n")
    emit("build_load_s", t1 - t0, "s")
    emit("build_index_s", time.perf_counter() - t1, "s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--products", type=int, default=1_000_000)
    ap.add_argument("--movements", type=int, default=10_000_000)
    ap.add_argument("--dir", type=Path)
    ap.add_argument("--samples", type=int, default=1000)
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="storedesk-stock-bench-"))
    marker = folder / "complete"
    if not (marker.exists() and marker.read_text().split() == [str(args.products), str(args.movements)]):
        if folder.exists():
            shutil.rmtree(folder)
        build(folder, args.products, args.movements)
    try:
        engine = open_database(folder)
        uow = UnitOfWork(engine)
        con = sqlite3.connect(folder / DB_FILENAME)
        emit("products", con.execute("SELECT max(id) FROM products").fetchone()[0], "rows")
        emit("movements", con.execute("SELECT count(*) FROM stock_movements").fetchone()[0], "rows")
        emit("db_size_mb", (folder / DB_FILENAME).stat().st_size / 2**20, "MB")
        con.close()
        rng = random.Random(7)
        picks = [rng.randint(1, args.products) for _ in range(args.samples)]

        def view(pid):
            t = time.perf_counter()
            oh = ledger.on_hand(uow, pid)
            hist = ledger.history(uow, pid, 200)
            return (time.perf_counter() - t) * 1000, oh, hist

        for pid in picks[:50]:  # warm the page cache a little, as a running station has
            view(pid)
        times = [view(pid)[0] for pid in picks]
        hot = [view(HOT) for _ in range(50)]
        emit("stock_product_view_median_ms", pct(times, 50), "ms")
        emit("stock_product_view_max_ms", max(times), "ms")
        emit("stock_hot_product_view_ms", pct([h[0] for h in hot], 95), "ms")
        emit("stock_hot_product_history_rows", len(hot[0][2]), "rows")
        t = time.perf_counter()
        neg = reorder.negative_stock(uow, 500)
        emit("negative_stock_list_ms", (time.perf_counter() - t) * 1000, "ms")
        emit("negative_stock_rows", len(neg), "rows")
        emit("stock_product_view_ms", pct(times + [h[0] for h in hot], 95), "ms")
        uow.close()
        engine.dispose()
    finally:
        if args.dir is None and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
