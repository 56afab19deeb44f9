"""Catalog import at the hub: a CSV of 1,000,000 products (each with an EAN-13, a category and a
unit) imported into a new hub on SQLite by `storedesk-hub catalog import`'s code, then the same
file again (every row unchanged); then a new station's first load of that catalog from the hub
(`storedesk-hub serve` on 127.0.0.1, the station's sync: the catalog snapshot, then the feed).
Prints `name value unit` lines.

    python benchmarks/catalog.py [--rows 1000000] [--dir DIR]

The file is made in a temporary folder (or --dir). Timed: reading and checking every row, then
writing the products and their feed items in batches (one transaction each, synchronous=FULL).
Not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from stdnum import ean  # noqa: E402

from storedesk.hub import db  # noqa: E402
from storedesk.hub.admin import add_store  # noqa: E402
from storedesk.hub.catalog.import_file import import_file  # noqa: E402
from storedesk.hub.cli import main as hub_main  # noqa: E402

UNITS = ("pc", "pc", "pc", "kg", "l", "m")


def write_csv(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("sku,name,price,tax_code,barcodes,category,unit,active\n")
        for i in range(rows):
            stem = f"200{i:09d}"
            code = stem + ean.calc_check_digit(stem)
            f.write(f"SKU{i:07d},Product {i} with a name,{i % 9000 + 100}.{i % 100:02d},A,{code},Cat {i % 300},")
            f.write(f"{UNITS[i % len(UNITS)]},1\n")


def figure(name: str, value: float, unit: str) -> None:  # float-ok: seconds
    print(f"{name} {value:.2f} {unit}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--dir", type=Path, help="work here instead of a temporary folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="catalog-bench-") as tmp:
        work = args.dir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        csv_path = work / "catalog.csv"
        write_csv(csv_path, args.rows)
        engine = db.open_hub(f"sqlite:///{work / 'hub.db'}")
        with db.write_tx(engine) as conn:
            add_store(conn, "PAR01", "Paris", "EUR", "Europe/Paris")
        size = "1m" if args.rows == 1_000_000 else str(args.rows)
        for run in ("", "_again"):
            start, cpu = time.perf_counter(), time.process_time()
            outcome, _ = import_file(engine, csv_path.name, csv_path.read_bytes(), tax_rates={"A": "20"})
            took, cpu = time.perf_counter() - start, time.process_time() - cpu
            if outcome.rejected_rows or outcome.rows_read != args.rows:
                print(f"unexpected outcome: {outcome.summary()}", file=sys.stderr)
                return 1
            figure(f"catalog_import_{size}{run}_s", took, "s")
            figure(f"catalog_import_{size}{run}_cpu_s", cpu, "s")  # this process's CPU: the machine is shared
            figure(f"catalog_import{run}_rows_per_s", args.rows / took, "rows/s")
        engine.dispose()
        return first_load(work, size, args.rows)


def first_load(work: Path, size: str, rows: int) -> int:
    """A new station (`storedesk init` at the hub) loads the catalog: its first sync, timed."""
    import contextlib
    import io

    import requests

    from storedesk.adapters.db import open_database
    from storedesk.adapters.uow import UnitOfWork
    from storedesk.cli import main as station_main
    from storedesk.services import sync

    db_url = f"sqlite:///{work / 'hub.db'}"
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        hub_main(["add-station", "--store", "PAR01", "--station", "T9", "--db", db_url])
    token = out.getvalue().strip()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    serve = [sys.executable, "-m", "storedesk.hub.cli", "serve", "--db", db_url, "--port", str(port)]
    hub = subprocess.Popen([*serve, "--log-level", "warning"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            with contextlib.suppress(requests.RequestException):
                if requests.get(url + "/v1/health", timeout=1).status_code == 200:
                    break
            time.sleep(0.1)
        folder = work / "station"
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            init = ["init", "--demo", "--store", "PAR01", "--station", "T9", "--hub", url, "--token", token]
            station_main([*init, "--data-dir", str(folder)])
        database = open_database(folder)
        uow = UnitOfWork(database)
        start, cpu = time.perf_counter(), time.process_time()
        report = sync.sync_once(uow)
        took, cpu = time.perf_counter() - start, time.process_time() - cpu
        with uow.read() as tx:
            loaded = tx.conn.execute("SELECT count(*) FROM products").fetchone()[0]
        uow.close()
        database.dispose()
        if report.error or report.quarantined or loaded < rows:
            print(f"unexpected first load: {report}, {loaded} products", file=sys.stderr)
            return 1
        figure(f"station_first_load_{size}_s", took, "s")
        figure(f"station_first_load_{size}_cpu_s", cpu, "s")  # the station's CPU; the hub's is its own
    finally:
        hub.terminate()
        hub.wait(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
