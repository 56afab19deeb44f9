"""Hub ingest throughput: a real `storedesk-hub serve` process, 20,000 sale events posted in
batches of 500 over loopback HTTP, one client. Prints `name value unit` lines.

    python benchmarks/hub_ingest.py [--events 20000] [--batch 500] [--db URL]

Default database: a fresh SQLite file in a temporary folder (WAL, synchronous=FULL: every
batch is on disk before the hub answers). Each event is the station's worked-example receipt
(4 lines, 3 tax rates, 1 payment) with its own ids. Not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from hub.payloads import event, sale  # noqa: E402  (the station's fiscal dict, mirrored)
from storedesk.hub import db  # noqa: E402
from storedesk.hub.admin import add_store  # noqa: E402
from storedesk.hub.auth import issue_token  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=20_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--db", help="hub database URL (default: a new SQLite file)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="hub-bench-") as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'hub.db'}"
        engine = db.open_hub(url)
        with db.write_tx(engine) as conn:
            add_store(conn, "PAR01", "Paris", "EUR", "Europe/Paris")
            # a new station per run: its receipt numbers are its own (rule 11) when --db is reused
            station = "B" + uuid.uuid4().hex[:6].upper()
            token, _ = issue_token(conn, "station", "bench", "PAR01", station)
        engine.dispose()

        bodies = []
        for start in range(0, args.events, args.batch):
            batch = []
            for n in range(start + 1, min(start + args.batch, args.events) + 1):
                p = sale(n, payments=[("cash", 5000, "")], station=station)
                batch.append(event("sale", p))
            bodies.append(json.dumps({"events": batch}).encode())

        port = free_port()
        log = open(Path(tmp) / "hub.log", "wb")
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "storedesk.hub.cli",
                "serve",
                "--db",
                url,
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    if requests.get(base + "/v1/health", timeout=1).status_code == 200:
                        break
                except requests.RequestException:
                    time.sleep(0.05)
            s = requests.Session()
            s.headers.update({"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
            warm_up = {"events": [event("sale", sale(10**6, station=station))]}
            s.post(base + "/v1/events", data=json.dumps(warm_up), timeout=60)
            latencies, accepted = [], 0
            t0 = time.perf_counter()
            for body in bodies:
                t = time.perf_counter()
                r = s.post(base + "/v1/events", data=body, timeout=120)
                latencies.append(time.perf_counter() - t)
                r.raise_for_status()
                accepted += sum(1 for x in r.json()["results"] if x["status"] == "accepted")
            elapsed = time.perf_counter() - t0
        finally:
            proc.terminate()
            proc.wait(20)
            log.close()
        if accepted != args.events:
            print(f"only {accepted} of {args.events} events were accepted", file=sys.stderr)
            return 1
        print(f"hub_ingest_events_per_s {args.events / elapsed:.0f} events/s")
        print(f"hub_ingest_batch_p50_ms {statistics.median(latencies) * 1000:.1f} ms")
        print(f"hub_ingest_batch_max_ms {max(latencies) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
