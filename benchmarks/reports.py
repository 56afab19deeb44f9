"""Z report benchmark: close a shift of 20,000 receipts and print its Z to PDF.

    python benchmarks_reports_tmp.py [--receipts 20000] [--dir /tmp/storedesk-bench-reports]

(to be moved to benchmarks/reports.py.) Builds a demo station, opens a shift, writes the
receipts straight into SQLite (each priced and paid by the domain, so the rows are what
complete_sale would write: lines, taxes, split tenders, discounts, cash rounding, a few
voided lines), spread over the store's business hours; then times `close_shift`, which
reads the shift's sums in its closing transaction, freezes the Z, journals it, queues the
hub event and renders the A4 and 80 mm PDFs. Prints `name value unit` lines; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storedesk.adapters.db import open_database  # noqa: E402
from storedesk.adapters.repositories import to_milli  # noqa: E402
from storedesk.adapters.uow import UnitOfWork  # noqa: E402
from storedesk.domain.basket import Basket, BasketLine, Discount  # noqa: E402
from storedesk.domain.money import from_minor, to_minor  # noqa: E402
from storedesk.domain.tenders import Tender, cash_due, settle  # noqa: E402
from storedesk.services import reports, setup, shift  # noqa: E402
from storedesk.services.context import User, config  # noqa: E402


def emit(name: str, value: float, unit: str) -> None:
    print(f"{name} {value:.3f} {unit}", flush=True)


def user(uow, name: str) -> User:
    with uow.read() as tx:
        row = tx.users.by_username(name)
    return User(row.id, row.username, row.name, row.role)


def fill(uow, shift_id: str, receipts: int, seed: int = 20000) -> None:
    """`receipts` sales of the open shift, written in one transaction."""
    rng = random.Random(seed)
    cfg = config(uow)
    step = Decimal("0.05")
    with uow.read() as tx:
        products = tx.conn.execute(
            "SELECT p.id, p.sku, p.name, p.price_minor, p.tax_code, t.rate, coalesce(c.name, '') FROM products p "
            "JOIN tax_rates t ON t.code = p.tax_code LEFT JOIN categories c ON c.id = p.category_id LIMIT 500"
        ).fetchall()
        users = [r[0] for r in tx.conn.execute("SELECT id FROM users").fetchall()]
    day = datetime.now(UTC).replace(hour=7, minute=0, second=0, microsecond=0)
    sales, lines, taxes, pays, baskets = [], [], [], [], []
    for n in range(1, receipts + 1):
        b = Basket(cfg.currency, True)
        for _ in range(rng.randint(1, 5)):
            pid, sku, name, price, code, rate, cat = rng.choice(products)
            b.add(
                BasketLine(
                    pid, sku, name, from_minor(price), Decimal(rng.randint(1, 3)), code, Decimal(rate), category=cat
                ),
                merge=False,
            )
        voided = 0
        if rng.random() < 0.02:
            pid, sku, name, price, code, rate, cat = rng.choice(products)
            ln = b.add(
                BasketLine(pid, sku, name, from_minor(price), Decimal(1), code, Decimal(rate), category=cat),
                merge=False,
            )
            b.void_line(ln.line_id)
            voided = 1
        if rng.random() < 0.1:
            b.discount = Discount("pct", Decimal(rng.choice([5, 10, 20])))
        t = b.totals()
        kind = rng.random()
        if kind < 0.45:
            tenders = [Tender("card", t.total, "AUTH")]
        elif kind < 0.55:
            part = (t.total / 2).quantize(Decimal("0.01"))
            tenders = [Tender("card", part, "AUTH"), Tender("cash", cash_due(t.total, part, step) + Decimal(5))]
        else:
            due = cash_due(t.total, Decimal(0), step)
            tenders = (
                [Tender("cash", due + rng.choice([Decimal(0), Decimal(0), Decimal(1), Decimal(10)]))]
                if due
                else [Tender("card", t.total, "AUTH")]
            )
        s = settle(t.total, tenders, step, cfg.currency)
        sid = uuid.uuid4().hex
        basket_id = uuid.uuid4().hex
        at = (day + timedelta(seconds=int(rng.random() * 12 * 3600))).isoformat(timespec="microseconds")
        receipt = f"{cfg.store_code}-{cfg.station_code}-{n:06d}"
        m = to_minor
        sales.append(
            (
                sid,
                receipt,
                n,
                cfg.store_code,
                cfg.station_code,
                rng.choice(users),
                shift_id,
                basket_id,
                at,
                cfg.currency,
                1,
                m(t.subtotal),
                m(t.discount_total),
                m(t.net),
                m(t.tax),
                m(t.total),
                m(s.rounding),
                m(s.change),
                voided,
                "[]",
            )
        )
        for no, p in enumerate(t.lines, start=1):
            ln = p.line
            lines.append(
                (
                    sid,
                    no,
                    ln.product_id,
                    ln.sku,
                    ln.name,
                    ln.category,
                    to_milli(ln.quantity),
                    m(ln.effective_price),
                    0,
                    m(p.line_discount),
                    m(p.basket_discount),
                    m(p.amount),
                    ln.tax_code,
                    str(ln.tax_rate),
                    m(p.tax),
                    m(p.gross),
                )
            )
        taxes += [(sid, x.code, str(x.rate), m(x.net), m(x.tax), m(x.gross)) for x in t.taxes]
        pays += [(sid, i, x.kind, m(x.amount), x.reference) for i, x in enumerate(s.tenders, start=1)]
        if voided:
            baskets.append((basket_id, "completed", json.dumps(b.to_dict()), at, at, sid))
    with uow.write() as tx:
        c = tx.conn
        z_no = tx.stamp(cfg.station_code).z_no  # every document carries its Z period (rule 12)
        c.executemany(
            "INSERT INTO sales(id, receipt_no, number, store_code, station_code, user_id, shift_id, "
            "basket_id, created_at, currency, prices_include_tax, subtotal_minor, discount_minor, net_minor, "
            "tax_minor, total_minor, rounding_minor, change_minor, voided_lines, overrides, z_no) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [row + (z_no,) for row in sales],
        )
        c.executemany("INSERT INTO sale_lines VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", lines)
        c.executemany("INSERT INTO sale_taxes VALUES (?,?,?,?,?,?)", taxes)
        c.executemany("INSERT INTO sale_payments VALUES (?,?,?,?,?)", pays)
        c.executemany(
            "INSERT INTO baskets(id, status, data, created_at, updated_at, sale_id) VALUES (?,?,?,?,?,?)", baskets
        )
        c.execute(
            "INSERT INTO counters(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (f"receipt:{cfg.station_code}", receipts),
        )
    emit("z_report_lines", len(lines), "sale lines")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--receipts", type=int, default=20000)
    ap.add_argument("--dir", default="/tmp/storedesk-bench-reports")
    args = ap.parse_args()
    folder = Path(args.dir)
    shutil.rmtree(folder, ignore_errors=True)
    db = open_database(folder)
    uow = UnitOfWork(db)
    setup.init_demo(uow, count=2000)
    mx = user(uow, "max")
    opened = shift.open_shift(uow, mx, {"50": 2, "20": 5})
    shift.paid_out(uow, mx, "12.40", "window cleaner")
    t0 = time.perf_counter()
    fill(uow, opened.shift_id, args.receipts)
    emit("z_report_fill_s", time.perf_counter() - t0, "s")
    uow.checkpoint()

    t0 = time.perf_counter()
    x = reports.x_figures(uow, mx)
    emit("x_figures_20k_s", time.perf_counter() - t0, "s")
    counted = {"500": 10}  # a round sum: the report shows the difference
    t0 = time.perf_counter()
    z = shift.close_shift(uow, mx, counted, data_dir=folder)
    elapsed = time.perf_counter() - t0
    assert z.report.sales_count == args.receipts and x.sales_count == args.receipts and z.pdfs
    print(f"z_report_20k_s {elapsed:.3f} s", flush=True)
    t0 = time.perf_counter()
    again = reports.z_report(uow, mx, folder, number=z.z_no)
    emit("z_reprint_s", time.perf_counter() - t0, "s")
    print(f"# z_gross {z.report.gross} EUR", flush=True)
    print(f"# z_pdf {z.pdfs[0]}\n# z_copy_pdf {again.path}", flush=True)
    uow.close()
    db.dispose()


if __name__ == "__main__":
    main()
