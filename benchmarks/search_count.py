"""How long the search screens take to say how many products match ("20 of 1,204"), on a
catalog of 1,000,000 products. Prints `name value unit` lines; asserts nothing.

    python benchmarks/search_count.py [--products 1000000] [--dir /tmp/storedesk-bench]

The catalog is built once into --dir by benchmarks/counter.py's builder (reused when there).
For each typed text: the F2 search as before (the first 21 matches), the same search with
its capped count (services.catalog.search_counted, what the F2 dialog now asks), the count
alone, and the Stock screen's page of 200 with its count (services.stock.ledger.stock_page).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from counter import build_catalog, emit, pct  # noqa: E402

# from one letter (a huge prefix: the count stops at its cap) to a narrow name
TEXTS = [
    "a",
    "s",
    "r",
    "ri",
    "app",
    "bri",
    "org",
    "fam",
    "sku00012",
    "rice",
    "organic rice",
    "natural t",
    "milk",
    "zzzz",
]


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter_ns()
        fn()
        out.append((time.perf_counter_ns() - t) / 1e6)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--products", type=int, default=1_000_000)
    ap.add_argument("--dir", default="/tmp/storedesk-bench")
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    data_dir = Path(args.dir)
    build_catalog(data_dir, args.products)

    from storedesk.adapters.db import open_database
    from storedesk.adapters.uow import UnitOfWork
    from storedesk.services import catalog
    from storedesk.services.stock import ledger

    uow = UnitOfWork(open_database(data_dir))
    print(f"# catalog: {args.products} products, count cap {catalog.COUNT_CAP}", flush=True)
    worst = {"search": [], "counted": [], "count": [], "stock_page": []}
    for text in TEXTS:
        # each lambda binds this round's text (timed calls it at once, but say so)
        search = timed(lambda text=text: catalog.search(uow, text, 21), args.runs)
        counted = timed(lambda text=text: catalog.search_counted(uow, text, 20), args.runs)
        count = timed(lambda text=text: catalog.count_matches(uow, text), args.runs)
        page = timed(lambda text=text: ledger.stock_page(uow, text, 200), max(3, args.runs // 4))
        found = catalog.search_counted(uow, text, 20)
        shown = f"{len(found.rows)} of {'more than ' if found.capped else ''}{found.total}"
        print(f"# {text!r}: {shown}", flush=True)
        for name, values in (("search", search), ("counted", counted), ("count", count), ("stock_page", page)):
            worst[name] += values
            emit(f"{name}_p50_ms[{text}]", pct(values, 50), "ms")
    for name, values in worst.items():
        emit(f"{name}_p95_ms", pct(values, 95), "ms")
        emit(f"{name}_max_ms", max(values), "ms")
    uow.close()


if __name__ == "__main__":
    main()
