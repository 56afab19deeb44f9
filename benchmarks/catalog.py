"""Catalog import at the hub: a CSV of 1,000,000 products (each with an EAN-13, a category and a
unit) imported into a new hub on SQLite by `storedesk-hub catalog import`'s code, then the same
file again (every row unchanged). Prints `name value unit` lines.

    python benchmarks/catalog.py [--rows 1000000] [--dir DIR]

The file is made in a temporary folder (or --dir). Timed: reading and checking every row, then
writing the products and their feed items in batches (one transaction each, synchronous=FULL).
Not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
