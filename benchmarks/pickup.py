"""Pickup desk benchmark: queue filters and search with 10,000 open click-and-collect orders at
one store (plus 10,000 closed ones, as after a few weeks), and the hub's routing of 1,000
orders across 50 stores (benchmarks/pickup_routing.measure_routing).

    python benchmarks/pickup.py [--open 10000] [--closed 10000] [--runs 200] [--dir /tmp/storedesk-bench-pickup]

Builds a demo station, writes the orders straight through PickupRepo in one transaction (the
rows the feed applier writes: order, lines, FTS entry), then times the service calls the
Pickup screen makes, each in its own read transaction as on the database worker:
  - queue(tab) for the New, Picking, Ready and Return-to-shelf queues (200 rows, age and due);
  - search() by order number, pickup code (6 digits, as the hub makes them), customer name
    prefix, surname + first name, phone (full and last digits) and email.
Prints `name value unit` lines; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from storedesk.adapters.db import open_database  # noqa: E402
from storedesk.adapters.uow import UnitOfWork  # noqa: E402
from storedesk.domain import pickup as dp  # noqa: E402
from storedesk.services import setup  # noqa: E402
from storedesk.services.pickup import queues  # noqa: E402

FIRST = [
    "Ana",
    "Bruno",
    "Chloé",
    "David",
    "Emma",
    "Farid",
    "Gabriel",
    "Hugo",
    "Inès",
    "Jules",
    "Karim",
    "Léa",
    "Manon",
    "Nathan",
    "Océane",
    "Paul",
    "Quentin",
    "Rose",
    "Sami",
    "Théo",
    "Ugo",
    "Victor",
    "Yasmine",
    "Zoé",
]
LAST = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefebvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Lefèvre",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
]
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def emit(name: str, value: float, unit: str) -> None:
    print(f"{name} {value:.3f} {unit}", flush=True)


def iso(t: datetime) -> str:
    return t.isoformat(timespec="microseconds")


def build(folder: Path, n_open: int, n_closed: int, rng: random.Random) -> tuple[UnitOfWork, list[dict]]:
    shutil.rmtree(folder, ignore_errors=True)
    engine = open_database(folder)
    uow = UnitOfWork(engine)
    setup.init_demo(uow, count=2000)
    orders = []
    open_states = [dp.ROUTED] * 3 + [dp.ACCEPTED, dp.PICKING] + [dp.READY] * 4
    with uow.write() as tx:
        for i in range(n_open + n_closed):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            created = NOW - timedelta(minutes=rng.randint(5, 60 * 24 * (10 if i < n_open else 60)))
            status = rng.choice(open_states) if i < n_open else rng.choice(dp.FINAL_STATES)
            phone = f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            o = {
                "order_id": uuid.uuid4().hex,
                "number": f"W{i + 1:06d}",
                "store": "PAR01",
                "channel": "web",
                "created_at": iso(created),
                "due_at": iso(created + timedelta(days=1)),
                "name": f"{first} {last}",
                "email": f"{first.lower()}.{last.lower()}{i}@example.com",
                "phone": phone,
                "phone_digits": dp.digits(phone),
                "currency": "EUR",
                "payment": rng.choice(dp.PAYMENTS),
                "paid_minor": 0,
                "total_minor": rng.randint(500, 20000),
                "pickup_code": f"{rng.randint(0, 999999):06d}",
                "status": status,
                "version": 1,
            }
            tx.pickup.insert_order(o, iso(created))
            lines = [
                (
                    n,
                    rng.randint(1, 2000),
                    f"SKU{rng.randint(1, 2000):07d}",
                    "Item",
                    1000 * rng.randint(1, 3),
                    rng.randint(100, 5000),
                )
                for n in range(1, rng.randint(1, 4) + 1)
            ]
            tx.pickup.insert_lines(o["order_id"], lines)
            if status in (dp.READY,) + dp.FINAL_STATES:
                ready = created + timedelta(hours=rng.randint(1, 24 * 9))
                tx.pickup.set_status(o["order_id"], status, iso(ready), ready_at=iso(ready))
            if status == dp.READY:
                tx.pickup.add_reservations(
                    [
                        (uuid.uuid4().hex, ln[1], ln[4], "reserve", o["order_id"], ln[0], "T1", iso(created))
                        for ln in lines
                    ]
                )
            if i < n_open:
                orders.append(o)
    uow.close()
    engine.dispose()
    engine = open_database(folder)
    return UnitOfWork(engine), orders


def timed(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - t0) * 1000


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[18] if len(xs) >= 20 else max(xs)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--open", type=int, default=10000)
    ap.add_argument("--closed", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--dir", default="/tmp/storedesk-bench-pickup")
    ap.add_argument("--no-routing", action="store_true")
    args = ap.parse_args()
    rng = random.Random(7)
    t0 = time.perf_counter()
    uow, orders = build(Path(args.dir), args.open, args.closed, rng)
    emit("pickup_build_s", time.perf_counter() - t0, "s")
    now = iso(NOW)
    for tab in queues.TABS:  # warm the page cache once, as a desk that has been open a while
        queues.queue(uow, tab, 200, now)
    queues.counts(uow, now)

    queue_times = []
    for _ in range(args.runs // 4):
        for tab in ("new", "picking", "ready", "return"):
            queue_times.append(timed(queues.queue, uow, tab, 200, now))
    counts_times = [timed(queues.counts, uow, now) for _ in range(args.runs // 4)]

    kinds = {
        "number": lambda o: o["number"],
        "code": lambda o: o["pickup_code"],
        "name_prefix": lambda o: o["name"].split()[1][:4],
        "full_name": lambda o: o["name"],
        "phone": lambda o: o["phone"],
        "phone_last4": lambda o: o["phone_digits"][-4:],
        "email": lambda o: o["email"],
    }
    search_times: dict[str, list[float]] = {k: [] for k in kinds}
    found = 0
    for _ in range(args.runs):
        o = rng.choice(orders)
        for kind, make in kinds.items():
            text = make(o)
            t = time.perf_counter()
            rows = queues.search(uow, text, 50, now)
            search_times[kind].append((time.perf_counter() - t) * 1000)
            if kind in ("number", "email") and any(r.number == o["number"] for r in rows):
                found += 1
    all_search = [x for xs in search_times.values() for x in xs]
    emit("pickup_open_orders", len(orders), "orders")
    emit("pickup_queue_p95_ms", p95(queue_times), "ms")
    emit("pickup_counts_p95_ms", p95(counts_times), "ms")
    for kind, xs in search_times.items():
        emit(f"pickup_search_{kind}_p95_ms", p95(xs), "ms")
    emit("pickup_search_found_pct", 100.0 * found / (2 * args.runs), "%")
    emit("pickup_search_p95_ms", p95(all_search + queue_times), "ms")
    uow.close()

    if not args.no_routing:
        try:
            from benchmarks.pickup_routing import measure_routing
        except ImportError as exc:  # the hub's routing benchmark is not there
            print(f"# routing_1k_orders_s not measured: {exc}", file=sys.stderr)
        else:
            emit("routing_1k_orders_s", measure_routing(1000, 50), "s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
