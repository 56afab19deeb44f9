"""Sync benchmarks against a real hub process on loopback. Prints `name value unit` lines.

    python benchmarks/sync.py [--sales 10000]

drain_10k_sales_s        10,000 sales queued offline at a station (each a sale event and a
                         stock-movements event), drained to a local hub (SQLite) by the relay
hub_ingest_events_per_s  the events of that drain per second, end to end
feed_1k_products_s       a feed page of 1,000 catalog changes applied by the station's puller
feed_1k_orders_s         1,000 click-and-collect orders (placed by a channel, routed to the
                         station's store) applied by the station's puller (target <= 2 s)
Not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storedesk.adapters.demo_catalog import gtin_for  # noqa: E402
from storedesk.domain.tenders import Tender  # noqa: E402
from storedesk.services import auth, basket, sale, sync  # noqa: E402
from storedesk.services.station import open_station  # noqa: E402
from storedesk.sync.puller import pull  # noqa: E402
from storedesk.sync.relay import drain  # noqa: E402


def emit(name: str, value: float, unit: str) -> None:
    print(f"{name} {value:.3f} {unit}", flush=True)


def hub_cli(db_url: str, *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "storedesk.hub.cli", *args, "--db", db_url], check=True, capture_output=True, text=True
    ).stdout.strip()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


ORDER_SKUS = [f"FEED{n:06d}" for n in range(10)]
AT = "2026-03-14T10:00:00+00:00"


def _stock_for_orders(url: str, back_office: str) -> None:
    """1,000 of each SKU the orders ask for, received at the store's back office (so they route)."""
    moves = [
        {"id": uuid.uuid4().hex, "sku": sku, "quantity": "1000", "reason": "receiving", "doc_ref": "bench", "at": AT}
        for sku in ORDER_SKUS
    ]
    event = {
        "id": uuid.uuid4().hex,
        "kind": "stock_movements",
        "created_at": AT,
        "payload": {"store": "PAR01", "station": "BO", "movements": moves},
    }
    r = requests.post(
        f"{url}/v1/events", json={"events": [event]}, headers={"Authorization": f"Bearer {back_office}"}, timeout=60
    )
    r.raise_for_status()


def _orders(url: str, channel: str, count: int) -> None:
    """`count` click-and-collect orders for PAR01, placed in batches of 500."""
    orders = [
        {
            "idempotency_key": f"bench-{n}",
            "pickup_store": "PAR01",
            "payment": "paid_online",
            "customer": {"name": f"Customer {n}", "email": f"c{n}@example.com", "phone": "+33 6 12 34 56 78"},
            "lines": [{"sku": ORDER_SKUS[n % len(ORDER_SKUS)], "quantity": "1", "unit_price_minor": 100 + n}],
        }
        for n in range(count)
    ]
    for start in range(0, count, 500):
        r = requests.post(
            f"{url}/v1/orders/batch",
            json={"orders": orders[start : start + 500]},
            headers={"Authorization": f"Bearer {channel}"},
            timeout=120,
        )
        r.raise_for_status()
        refused = [x for x in r.json()["results"] if x["status"] != 201]
        if refused:
            raise SystemExit(f"orders refused: {refused[:3]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sales", type=int, default=10_000)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="storedesk-sync-bench-"))
    db_url = f"sqlite:///{work / 'hub.db'}"
    hub_cli(db_url, "add-store", "PAR01", "--name", "Bench", "--currency", "EUR", "--timezone", "Europe/Paris")
    token = hub_cli(db_url, "add-station", "--store", "PAR01", "--station", "T1")
    erp = hub_cli(db_url, "add-erp", "bench")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    hub = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "storedesk.hub.cli",
            "serve",
            "--db",
            db_url,
            "--port",
            str(port),
            "--log-level",
            "warning",
        ]
    )
    try:
        uow = open_station(work / "station", demo=True)
        sync.register(uow, url, token)
        ana = auth.login(uow, "ana", "1234")
        rng = random.Random(5)
        t = time.perf_counter()
        for _ in range(args.sales):
            view = basket.current(uow, ana)
            for _ in range(rng.randint(1, 4)):
                view = basket.add_scan(uow, ana, view.basket_id, gtin_for(rng.randint(1, 2000)))
            sale.complete_sale(uow, ana, view.basket_id, [Tender("cash", view.totals.total + Decimal(5))])
        print(f"# {args.sales} sales rung up offline in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        for _ in range(100):
            try:
                if requests.get(f"{url}/v1/health", timeout=1).ok:
                    break
            except requests.RequestException:
                time.sleep(0.1)
        client = sync.client_for(uow)
        t = time.perf_counter()
        stats = drain(uow, client)
        elapsed = time.perf_counter() - t
        events = stats.sent + stats.duplicate + stats.rejected
        emit("drain_10k_sales_s" if args.sales == 10_000 else f"drain_{args.sales}_sales_s", elapsed, "s")
        emit("hub_ingest_events_per_s", events / elapsed, "events/s")
        print(f"# sent {stats.sent}, duplicate {stats.duplicate}, rejected {stats.rejected}", file=sys.stderr)

        products = [
            {
                "sku": f"FEED{n:06d}",
                "name": f"Feed product {n}",
                "barcodes": [gtin_for(900000 + n)],
                "price_minor": 100 + n,
                "currency": "EUR",
                "tax_code": "A",
                "tax_rate": "20",
                "category": "Grocery",
                "active": True,
            }
            for n in range(1000)
        ]
        requests.put(
            f"{url}/v1/products", json={"products": products}, headers={"Authorization": f"Bearer {erp}"}, timeout=60
        ).raise_for_status()
        t = time.perf_counter()
        pulled = pull(uow, client)
        emit("feed_1k_products_s", time.perf_counter() - t, "s")
        print(f"# received {pulled.received}, quarantined {pulled.quarantined}", file=sys.stderr)
        _stock_for_orders(url, hub_cli(db_url, "add-station", "--store", "PAR01", "--station", "BO"))
        pull(uow, client)  # the back office's receiving, not timed
        _orders(url, hub_cli(db_url, "add-channel", "bench-shop"), 1000)
        t = time.perf_counter()
        pulled = pull(uow, client)
        emit("feed_1k_orders_s", time.perf_counter() - t, "s")
        print(f"# received {pulled.received}, quarantined {pulled.quarantined}", file=sys.stderr)
        client.close()
        uow.close()
    finally:
        hub.terminate()
        hub.wait(10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
