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

Issue 18's columns, last so that older readers keep theirs: `promotions` lists what each
promotion took off the line, as JSON text (the same string in the CSV and the JSON export, as
every column): `[{"id":"COLA-2-FOR-1","amount":"3.19"}]` by id, `[]` when none; its amounts are
part of the line's `discount` (promotion ids may hold any character: JSON, not a list with
separators); `gift_card` is the code of the gift card a sale line sold or reloaded (its gross
is not revenue, its tax 0);
`customer_id`, `customer_card` and `points_earned` are the sale's customer and the points the
sale earned, repeated on each line of the sale like `tenders` and `change` (empty without a
customer, and on return lines). Everything is locale-free: decimal strings with a dot.
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
    "promotions",
    "gift_card",
    "customer_id",
    "customer_card",
    "points_earned",
]
# What a return line or a sale without a customer has in issue 18's columns.
NO_EXTRAS = {"promotions": "[]", "gift_card": "", "customer_id": "", "customer_card": "", "points_earned": ""}


def utc_bounds(cfg, start: date, end: date) -> tuple[str, str]:
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


def _promotions(text: str, cur: str) -> str:
    """A line's promotions as the export shows them: JSON text of each id and amount (a decimal string)."""
    shown = [{"id": p["id"], "amount": str(from_minor(p["amount_minor"], cur))} for p in json.loads(text or "[]")]
    return json.dumps(shown, separators=(",", ":"), ensure_ascii=False)


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
                promotions=_promotions(r.promotions, cur),
                gift_card=r.gift_card or "",
                customer_id=r.customer_id or "",
                customer_card=r.customer_card or "",
                points_earned=str(r.points_earned) if r.customer_id is not None else "",
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
                **NO_EXTRAS,
            ),
        )


def sales_rows(uow: UnitOfWork, start: date, end: date):
    """Sale and return lines of the business days start..end (inclusive), in the order made."""
    cfg = config(uow)
    lo, hi = utc_bounds(cfg, start, end)
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
