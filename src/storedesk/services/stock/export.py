"""`storedesk export stock`: on-hand and value per product (CSV or JSON), streamed.

Quantities and money are decimal strings (never floats); value = on-hand x the current
retail price, rounded half away from zero to the currency's minor unit.
"""

from __future__ import annotations

import csv
import json
from typing import TYPE_CHECKING, TextIO

from ...adapters.repositories import from_milli
from ...domain import stock_ops as rules
from ..context import config

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork

COLUMNS = ("sku", "name", "unit", "on_hand", "unit_price", "value", "currency")


def write_stock(uow: UnitOfWork, fmt: str, out: TextIO, nonzero: bool = False) -> int:
    if fmt not in ("csv", "json"):
        raise ValueError(f"unknown format {fmt!r}; use csv or json")
    cur = config(uow).currency
    n = 0
    writer = None
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
    else:
        out.write("[")
    for sku, name, unit, on_hand, price, value in export_rows(uow):
        if nonzero and not on_hand:
            continue
        row = (sku, name, unit, str(on_hand), str(price), str(value), cur)
        if writer is not None:
            writer.writerow(row)
        else:
            out.write(("," if n else "") + "\n " + json.dumps(dict(zip(COLUMNS, row, strict=True)), ensure_ascii=False))
        n += 1
    if writer is None:
        out.write("\n]\n" if n else "]\n")
    return n


def export_rows(uow: UnitOfWork):
    """(sku, name, unit, on hand Decimal, unit price Decimal, value Decimal) per product, by SKU."""
    from ...domain.money import from_minor

    cfg = config(uow)
    with uow.read() as tx:
        for sku, name, unit, oh, price in tx.stock_ops.stock_export():
            yield (
                sku,
                name,
                unit,
                from_milli(oh),
                from_minor(price, cfg.currency),
                from_minor(rules.value_minor(oh, price), cfg.currency),
            )
