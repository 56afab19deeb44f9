"""The "sale" event: a station's receipt (its `fiscal` dict, wire.SALE_FIELDS), checked and turned
into rows that ingest.py writes in its fast path.

The hub re-checks what the station promises (DESIGN rule 1 and the tenders invariant): money is
integers, quantities are decimal strings, and a sale adds up — line gross and tax gross both sum
to the total, each tax rate's lines sum to that rate's row, and payments - change == total +
rounding. A payload that fails is rejected with the reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field, model_validator
from sqlalchemy import select
from sqlalchemy.engine import Connection

from .. import ownership
from .. import validation as v
from ..customers import loyalty
from ..gift_cards import service as gift_cards
from ..promotions import lines as promotion_lines
from ..times import business_date, utc_text
from . import paid_at_hub
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
    gift_card: Annotated[str, v.text(64)] | None = None  # a gift card sold or reloaded: its code (issue 18)
    promotions: list[promotion_lines.LinePromotion] | None = None  # what each promotion gave (issue 18)

    @model_validator(mode="after")
    def _promotions_in_discount(self) -> SaleLine:
        promotion_lines.check_line(self)
        return self

    @model_validator(mode="after")
    def _gift_card_untaxed(self) -> SaleLine:
        """A gift card is money (a multi-purpose voucher): no VAT, one card per line, never negative,
        never discounted (the card is loaded with what was paid for it: its unit price)."""
        if self.gift_card is not None:
            if self.tax_minor != 0 or Decimal(self.tax_rate) != 0:
                v.whole(f"line {self.line}: gift card {self.gift_card} must bear no tax")
            if self.quantity != 1000 or self.gross_minor <= 0:
                v.whole(f"line {self.line}: gift card {self.gift_card} must be one card of a positive amount")
            if self.discount_minor != 0 or self.gross_minor != self.unit_price_minor:
                v.whole(f"line {self.line}: gift card {self.gift_card} cannot be discounted")
        return self


class SalePayment(v.Payload):
    kind: Annotated[str, v.text(32)]
    amount_minor: Annotated[int, v.minor(1)]
    reference: Annotated[str, v.text(128, allow_empty=True)]
    # issue 18: the redemption that took a voucher, gift card or points payment at the hub (checked
    # and marked used at ingest: paid_at_hub.py); absent from older stations
    redemption_id: v.Uuid | None = None


class SaleCustomer(v.Payload):
    """The customer the sale was made for (issue 18): the hub credits `points_earned` at ingest."""

    id: v.Uuid
    card: Annotated[str, v.text(64, allow_empty=True)] = ""
    points_earned: v.Count = 0
    points_redeemed: v.Count = 0
    earned_value_minor: v.Count = 0  # what the points earned are worth at the point value in force


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
    customer: SaleCustomer | None = None  # issue 18: absent means no customer

    @model_validator(mode="after")
    def _gift_cards_once(self) -> Sale:
        """A card is sold on one line of a sale (the station refuses a second line of it)."""
        v.once((ln.gift_card for ln in self.lines if ln.gift_card), "lines", "gift_card")
        return self

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
    gift_cards: list[gift_cards.Load] = field(default_factory=list)  # cards this sale loads (issue 18)
    promotions: list[dict] = field(default_factory=list)  # sale_line_promotions rows (issue 18)
    customer: dict | None = None  # its customer block as sent: points earned, credited at apply (issue 18)
    redeemed: list[paid_at_hub.Redeemed] = field(default_factory=list)  # payments naming a redemption

    def apply(self, conn: Connection) -> None:
        """What the sale changes beyond its own rows, in the ingest transaction after them: the
        redemptions its payments name are used up (paid_at_hub.consume: first, its locks before the
        customer's row; a mismatch is recorded, the sale kept), its customer's points are credited
        (loyalty.earn: never to an unknown or erased customer) and the gift cards it sold are
        activated or reloaded (once per line)."""
        paid_at_hub.consume(conn, self.sale, self.redeemed)
        if self.customer is not None:
            loyalty.earn(conn, self.sale, self.customer)
        if self.gift_cards:
            s = self.sale
            gift_cards.load_sale(conn, s["store"], s["station"], s["currency"], s["receipt_no"], self.gift_cards)

    def tables(self, event_id: str) -> list[tuple[Any, list[dict]]]:
        """The rows to insert, per table, the sale tagged with its event."""
        return [
            (sales, [{**self.sale, "event_id": event_id}]),
            (sale_lines, self.lines),
            (sale_taxes, self.taxes),
            (sale_payments, self.payments),
            (promotion_lines.sale_line_promotions, self.promotions),
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
    loads = [gift_cards.Load(sid, ln.line, ln.gift_card, ln.gross_minor) for ln in s.lines if ln.gift_card]
    taxes = v.tax_rows(s.taxes, {"sale_id": sid})
    promotions = promotion_lines.rows(sid, s.lines)
    customer = s.customer.model_dump() if s.customer else None
    redeemed = [
        paid_at_hub.Redeemed(i, p.kind, p.amount_minor, p.reference, p.redemption_id)
        for i, p in enumerate(s.payments, start=1)
        if p.redemption_id
    ]
    return SaleRows(
        row,
        lines,
        taxes,
        payments,
        at_utc,
        day,
        s.receipt_no,
        loads,
        promotions=promotions,
        customer=customer,
        redeemed=redeemed,
    )


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
