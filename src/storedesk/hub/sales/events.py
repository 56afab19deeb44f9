"""The "sale" event: a station's receipt (its `fiscal` dict, wire.SALE_FIELDS), checked and turned
into rows that ingest.py writes in its fast path.

The hub re-checks what the station promises (DESIGN rule 1 and the tenders invariant): money is
integers, quantities are decimal strings, and a sale adds up — line gross and tax gross both sum
to the total, each tax rate's lines sum to that rate's row, and payments - change == total +
rounding. A payload that fails is rejected with the reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from pydantic import Field, model_validator
from sqlalchemy import select
from sqlalchemy.engine import Connection

from .. import ownership
from .. import validation as v
from ..times import business_date, utc_text
from .models import sale_lines, sale_payments, sale_taxes, sales

CASH = "cash"


class SaleLine(v.Payload):
    line: Annotated[int, v.minor(1)]
    sku: Annotated[str, v.text(64)]
    name: Annotated[str, v.text(200, allow_empty=True)]
    quantity: Annotated[int, v.quantity("positive")]
    unit_price_minor: v.Count
    discount_minor: v.Count
    tax_code: v.Code
    tax_rate: v.TaxRate
    tax_minor: v.Minor
    gross_minor: v.Minor


class SalePayment(v.Payload):
    kind: Annotated[str, v.text(32)]
    amount_minor: Annotated[int, v.minor(1)]
    reference: Annotated[str, v.text(128, allow_empty=True)]


class Sale(v.Payload):
    """wire.SALE_FIELDS; store and station are the token's (ownership.party)."""

    type: Annotated[str, v.exactly("sale")]
    receipt_no: Annotated[str, v.text(64)]
    sale_id: v.Uuid
    at: v.Instant
    store: v.Given
    station: v.Given
    user: Annotated[str, v.text(64)]
    currency: v.StoreCurrency
    prices_include_tax: v.Flag
    lines: list[SaleLine] = Field(min_length=1)
    taxes: list[v.TaxRow]
    payments: list[SalePayment]
    total_minor: v.Count
    rounding_minor: v.Minor
    change_minor: v.Count
    discount_minor: v.Count
    voided_lines: v.Count
    overrides: list[Any]

    @model_validator(mode="after")
    def _adds_up(self) -> Sale:
        """The sums that make a sale a sale: lines and taxes add up to the total, rate by rate; the
        payments less the change pay the total and its rounding; change comes out of cash."""
        v.once((ln.line for ln in self.lines), "lines", "line")
        total = self.total_minor
        lines_gross = sum(ln.gross_minor for ln in self.lines)
        if lines_gross != total:
            v.whole(f"lines add up to {lines_gross}, total_minor is {total}")
        v.taxes_add_up(self.taxes, total)
        _by_rate_matches(self.lines, self.taxes)
        paid, change, rounding = sum(p.amount_minor for p in self.payments), self.change_minor, self.rounding_minor
        if paid - change != total + rounding:
            v.whole(f"payments {paid} - change {change} != total {total} + rounding {rounding}")
        if change and change > sum(p.amount_minor for p in self.payments if p.kind == CASH):
            v.whole(f"change {change} is more than the cash handed over")
        line_discounts = sum(ln.discount_minor for ln in self.lines)
        if line_discounts != self.discount_minor:
            v.whole(f"line discounts add up to {line_discounts}, discount_minor is {self.discount_minor}")
        return self


def _by_rate_matches(lines: list[SaleLine], taxes: list[v.TaxRow]) -> None:
    """Each tax rate's lines add up to that rate's row (gross and tax); a rate has one row."""
    bad = v.rate_mismatch(
        taxes, lines, lambda ln: (ln.gross_minor, ln.tax_minor), lambda t: (t.gross_minor, t.tax_minor)
    )
    if bad:
        code, rate, got, want = bad
        v.whole(
            f"lines at tax {code} {rate} % add up to gross {got[0]} / tax {got[1]}, "
            f"the tax row says {want[0]} / {want[1]}"
        )


@dataclass
class SaleRows:
    sale: dict
    lines: list[dict]
    taxes: list[dict]
    payments: list[dict]
    occurred_at: str
    business_date: date
    doc_ref: str

    def tables(self, event_id: str) -> list[tuple[Any, list[dict]]]:
        """The rows to insert, per table, the sale tagged with its event."""
        return [
            (sales, [{**self.sale, "event_id": event_id}]),
            (sale_lines, self.lines),
            (sale_taxes, self.taxes),
            (sale_payments, self.payments),
        ]

    def clash(self, conn: Connection) -> str | None:
        """Which fact was already recorded, when a unique key refused the sale."""
        sale = self.sale
        hit = conn.execute(
            select(sales.c.event_id, sales.c.store, sales.c.station).where(sales.c.sale_id == sale["sale_id"])
        ).first()
        if hit:
            return v.already(f"sale {sale['sale_id']}", hit, sale["store"], sale["station"])
        hit = conn.execute(
            select(sales.c.event_id).where(
                sales.c.store == sale["store"],
                sales.c.station == sale["station"],
                sales.c.receipt_no == sale["receipt_no"],
            )
        ).first()
        if hit:
            return f"receipt {sale['receipt_no']} was already received in event {hit.event_id}"
        return None


def validate(payload: Any, store: v.StoreFacts, station: str) -> SaleRows:
    """The sale's rows, or Invalid with the reason."""
    s = v.parse(Sale, payload, "sale", store)
    ownership.party(payload, store.code, station)
    sid = s.sale_id
    at_utc, day = utc_text(s.at), business_date(s.at, store.tz)
    row = {
        "sale_id": sid,
        "receipt_no": s.receipt_no,
        "store": store.code,
        "station": station,
        "user_name": s.user,
        "at": at_utc,
        "business_date": day,
        "currency": s.currency,
        "prices_include_tax": s.prices_include_tax,
        "total_minor": s.total_minor,
        "rounding_minor": s.rounding_minor,
        "change_minor": s.change_minor,
        "discount_minor": s.discount_minor,
        "voided_lines": s.voided_lines,
        "overrides": json.dumps(s.overrides, sort_keys=True, separators=(",", ":"), ensure_ascii=False),
    }
    lines = [_line_row(sid, ln) for ln in s.lines]
    payments = [
        {"sale_id": sid, "position": i, "kind": p.kind, "amount_minor": p.amount_minor, "reference": p.reference}
        for i, p in enumerate(s.payments, start=1)
    ]
    return SaleRows(row, lines, v.tax_rows(s.taxes, {"sale_id": sid}), payments, at_utc, day, s.receipt_no)


def _line_row(sale_id: str, ln: SaleLine) -> dict:
    return {
        "sale_id": sale_id,
        "line": ln.line,
        "sku": ln.sku,
        "name": ln.name,
        "quantity_milli": ln.quantity,
        "unit_price_minor": ln.unit_price_minor,
        "discount_minor": ln.discount_minor,
        "tax_code": ln.tax_code,
        "tax_rate": ln.tax_rate,
        "tax_minor": ln.tax_minor,
        "gross_minor": ln.gross_minor,
    }
