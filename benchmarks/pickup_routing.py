"""Routing throughput of the hub: 1,000 click-and-collect orders across 50 stores, through the
real code path (orders.service.create: checks, idempotency lookup, availability from the
movement ledger less reservations and safety stock, the routing rules, the order, its lines,
decision, history and feed item) on a fresh SQLite file (WAL, synchronous=FULL). Orders go in
batches of 100 per transaction (POST /v1/orders/batch), each under its own savepoint; with
--batch 1 each order is its own committed transaction (POST /v1/orders), and then the disk's
fsync per commit dominates (about 3-4 ms here). No HTTP: this measures routing, not the server.

    python benchmarks/pickup_routing.py [--orders 1000] [--stores 50] [--batch 100] [--also-single]

Prints `routing_1k_orders_s <seconds> s` (target <= 2 s). benchmarks/pickup.py imports
measure_routing(). Not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storedesk.hub import db, ingest  # noqa: E402
from storedesk.hub.admin import add_store  # noqa: E402
from storedesk.hub.orders import service  # noqa: E402
from storedesk.hub.orders.settings import set_settings  # noqa: E402

SKUS = 200
AT = "2026-03-14T08:00:00+00:00"


def _seed(engine, stores: int, rng: random.Random) -> list[str]:
    codes = [f"S{i:03d}" for i in range(stores)]
    with db.write_tx(engine) as conn:
        for code in codes:  # stores around Paris, within ~50 km
            lat = f"{48.6 + rng.random() * 0.5:.5f}"
            lon = f"{2.0 + rng.random() * 0.7:.5f}"
            add_store(conn, code, f"Store {code}", "EUR", "Europe/Paris", lat, lon)
            set_settings(conn, code, safety_stock="1")
    for code in codes:  # each store holds a random two thirds of the range, 0-30 of each
        moves = [
            {
                "id": uuid.uuid4().hex,
                "sku": f"SKU{s:05d}",
                "quantity": str(rng.randint(0, 30)),
                "reason": "receiving",
                "doc_ref": "seed",
                "at": AT,
            }
            for s in range(SKUS)
            if rng.random() < 0.66
        ]
        moves = [m for m in moves if m["quantity"] != "0"]
        ingest.ingest(
            engine,
            code,
            "BO",
            [ingest.EventIn(uuid.uuid4().hex, "stock_movements", {"store": code, "station": "BO", "movements": moves})],
        )
    return codes


def _bodies(codes: list[str], n: int, rng: random.Random) -> list[dict]:
    out = []
    for i in range(n):
        lines = [
            {
                "sku": f"SKU{rng.randrange(SKUS):05d}",
                "quantity": str(rng.randint(1, 3)),
                "unit_price_minor": rng.randint(100, 5000),
            }
            for _ in range(rng.randint(1, 4))
        ]
        out.append(
            {
                "idempotency_key": f"bench-{i}",
                "pickup_store": rng.choice(codes),
                "payment": "paid_online",
                "customer": {"name": f"Customer {i}", "email": f"c{i}@example.com"},
                "lines": lines,
            }
        )
    return out


def measure_routing(orders: int = 1000, stores: int = 50, seed: int = 4, batch: int = 100) -> float:
    """Seconds to create and route `orders` orders across `stores` stores on a temp SQLite hub,
    posted `batch` at a time (service.create_many, POST /v1/orders/batch's code: one commit per
    batch, a savepoint per order). batch=1 uses service.create: one commit per order, POST
    /v1/orders' code, where the disk's fsync time dominates."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="hub-routing-") as tmp:
        engine = db.open_hub(f"sqlite:///{Path(tmp) / 'hub.db'}")
        try:
            codes = _seed(engine, stores, rng)
            bodies = _bodies(codes, orders, rng)
            start = time.perf_counter()
            if batch <= 1:
                for body in bodies:
                    service.create(engine, "bench", body)
            else:
                for i in range(0, len(bodies), batch):
                    results = service.create_many(engine, "bench", bodies[i : i + batch])
                    assert all(code == 201 for code, _ in results), results[:3]
            return time.perf_counter() - start
        finally:
            engine.dispose()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int, default=1000)
    ap.add_argument("--stores", type=int, default=50)
    ap.add_argument("--batch", type=int, default=100, help="orders per transaction (1: one commit per order)")
    ap.add_argument("--also-single", action="store_true", help="also print the one-commit-per-order figure")
    args = ap.parse_args()
    name = "routing_1k_orders_s" if args.orders == 1000 else f"routing_{args.orders}_orders_s"
    print(f"{name} {measure_routing(args.orders, args.stores, batch=args.batch):.3f} s")
    if args.also_single:
        print(f"{name.removesuffix('_s')}_commit_each_s {measure_routing(args.orders, args.stores, batch=1):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
