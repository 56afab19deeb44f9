"""Sales export for accountants: one row per sale line and per return line, money as decimal strings.

The basis, the same as the Z reports' (DESIGN rule 12): every fiscal document that moves
revenue is here, sales and returns. A sale line carries its gross (incl. tax, after
discounts, before cash rounding); a return line carries what was refunded for it, negative
(quantity, tax and gross below zero; its tenders are the refunds paid out, negative; it has no
unit price, `unit_price` is empty). So over the same documents the `gross` column adds up,
to the cent, to the Zs' period totals (sales incl. tax less returns); which Z covers which
document is decided by the document's Z period (see domain/shift_report.py), not its day.
Rows are in the order the documents were made; `document` is "sale" or "return", and
`original_receipt` names the sale a return took back (empty for a sale, or a return without a
receipt).
"""

from __future__ import annotations

import csv
import heapq
import json
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, TextIO

from ..domain.money import from_minor
from ..domain.tax import spread_tax
from .context import config

if TYPE_CHECKING:
    from ..adapters.export_repo import ExportLine, ReturnExportRow, SaleExportRow
    from ..adapters.uow import UnitOfWork

COLUMNS = [
    "receipt_no",
    "time",
    "sku",
    "name",
    "quantity",
    "unit_price",
    "discount",
    "tax_rate",
    "tax",
    "gross",
    "tenders",
    "change",
    "document",
    "original_receipt",
]


def _utc_bounds(cfg, start: date, end: date) -> tuple[str, str]:
    """Business days are in the store's time zone (rule 8); the export range is inclusive."""
    lo = datetime.combine(start, time.min, cfg.tz).astimezone(UTC)
    hi = datetime.combine(end + timedelta(days=1), time.min, cfg.tz).astimezone(UTC)
    return lo.isoformat(timespec="microseconds"), hi.isoformat(timespec="microseconds")


def _quantity(milli: int) -> str:
    return str((Decimal(milli) / 1000).normalize()) if milli % 1000 else str(milli // 1000)


def _tenders(text: str | None, cur: str, sign: int = 1) -> str:
    return ";".join(
        f"{kind}:{from_minor(sign * int(amount), cur)}"
        for kind, amount in (t.split(":") for t in (text or "").split(";") if t)
    )


def _line(cfg, line: ExportLine, **values: str | None) -> dict:
    """A row of the export: the columns in COLUMNS' order."""
    return {
        "receipt_no": line.doc_no,
        "time": cfg.local(line.created_at).isoformat(timespec="seconds"),
        "sku": line.sku,
        "name": line.name,
        **values,
    }


def _sale_rows(cfg, raw: list[SaleExportRow]):
    for r in raw:
        cur = r.currency
        yield (
            r.created_at,
            _line(
                cfg,
                r,
                quantity=_quantity(r.quantity_milli),
                unit_price=str(from_minor(r.unit_price_minor, cur)),
                discount=str(from_minor(r.discount_minor, cur)),
                tax_rate=r.tax_rate,
                tax=str(from_minor(r.tax_minor, cur)),
                gross=str(from_minor(r.gross_minor, cur)),
                tenders=_tenders(r.tenders, cur),
                change=str(from_minor(r.change_minor, cur)),
                document="sale",
                original_receipt="",
            ),
        )


def _return_rows(cfg, raw: list[ReturnExportRow]):
    """Each return line with its share of the return's tax for its rate (the shares add up to
    the return's tax table, as a sale's lines add up to the receipt's)."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, row in enumerate(raw):
        groups[(row.doc_no, row.tax_code)].append(i)
    taxes = [Decimal(0)] * len(raw)
    for idx in groups.values():
        first = raw[idx[0]]
        cur = first.currency
        shares = spread_tax(
            from_minor(first.code_tax_minor, cur), [from_minor(raw[i].refund_minor, cur) for i in idx], cur
        )
        for i, share in zip(idx, shares, strict=True):
            taxes[i] = share
    for r, tax in zip(raw, taxes, strict=True):
        cur = r.currency
        yield (
            r.created_at,
            _line(
                cfg,
                r,
                quantity=_quantity(-r.quantity_milli),
                unit_price="",
                discount=str(from_minor(0, cur)),
                tax_rate=r.tax_rate,
                tax=str(Decimal(0) - tax),  # never "-0.00"
                gross=str(from_minor(-r.refund_minor, cur)),
                tenders=_tenders(r.refunds, cur, -1),
                change=str(from_minor(0, cur)),
                document="return",
                original_receipt=r.original_ref,
            ),
        )


def sales_rows(uow: UnitOfWork, start: date, end: date):
    """Sale and return lines of the business days start..end (inclusive), in the order made."""
    cfg = config(uow)
    lo, hi = _utc_bounds(cfg, start, end)
    with uow.read() as tx:
        lines = tx.exports.lines(lo, hi)
    for _created, row in heapq.merge(
        _sale_rows(cfg, lines.sales), _return_rows(cfg, lines.returns), key=lambda cr: cr[0]
    ):
        yield row


def write_sales(uow: UnitOfWork, start: date, end: date, fmt: str, out: TextIO) -> int:
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
