"""Sales export for accountants: one row per sale line, money as decimal strings."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import TextIO

from ..domain.money import from_minor
from .context import config

COLUMNS = ["receipt_no", "time", "sku", "name", "quantity", "unit_price", "discount", "tax_rate", "tax", "gross", "tenders", "change"]


def _utc_bounds(cfg, start: date, end: date) -> tuple[str, str]:
    """Business days are in the store's time zone (rule 8); the export range is inclusive."""
    lo = datetime.combine(start, time.min, cfg.tz).astimezone(timezone.utc)
    hi = datetime.combine(end + timedelta(days=1), time.min, cfg.tz).astimezone(timezone.utc)
    return lo.isoformat(timespec="microseconds"), hi.isoformat(timespec="microseconds")


def sales_rows(uow, start: date, end: date):
    cfg = config(uow)
    lo, hi = _utc_bounds(cfg, start, end)
    with uow.read() as tx:
        raw = tx.sales.export_rows(lo, hi).fetchall()
    for (receipt, created, cur, _no, sku, name, qty_milli, unit, disc, rate, tax, gross, tenders, change) in raw:
        tender_text = ";".join(
            f"{kind}:{from_minor(int(amount), cur)}" for kind, amount in (t.split(":") for t in (tenders or "").split(";") if t)
        )
        yield {
            "receipt_no": receipt,
            "time": cfg.local(created).isoformat(timespec="seconds"),
            "sku": sku,
            "name": name,
            "quantity": str((Decimal(qty_milli) / 1000).normalize()) if qty_milli % 1000 else str(qty_milli // 1000),
            "unit_price": str(from_minor(unit, cur)),
            "discount": str(from_minor(disc, cur)),
            "tax_rate": rate,
            "tax": str(from_minor(tax, cur)),
            "gross": str(from_minor(gross, cur)),
            "tenders": tender_text,
            "change": str(from_minor(change, cur)),
        }


def write_sales(uow, start: date, end: date, fmt: str, out: TextIO) -> int:
    rows = list(sales_rows(uow, start, end))
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    elif fmt == "json":
        json.dump(rows, out, indent=1, ensure_ascii=False)
        out.write("\n")
    else:
        raise ValueError(f"unknown format {fmt!r}; use csv or json")
    return len(rows)
