"""HTTP route of the ERP's figures: GET /v1/stores/{code}/day-totals, and the shape it answers.

The figures are computed by exports.py, which `storedesk-hub export` (cli.py) also uses for
the day totals and the journal as CSV or JSON files.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy.engine import Engine

from ...i18n import msg
from .. import db, deps
from ..auth import Principal, authenticate, require_store_reader
from ..errors import Unprocessable
from ..times import parse_date
from . import exports

router = APIRouter()


class TaxTotal(BaseModel):
    code: str
    rate: str
    net_minor: int
    tax_minor: int
    gross_minor: int


class TenderTotal(BaseModel):
    kind: str
    count: int
    tendered_minor: int
    change_minor: int
    amount_minor: int = Field(description="tendered - change: what the drawer or the bank keeps")


class PromotionTotal(BaseModel):
    id: str
    lines: int = Field(description="sale lines the promotion gave a discount to")
    amount_minor: int = Field(description="what it gave in all; part of discount_minor")


class GiftCardTotals(BaseModel):
    """Gift cards the day's sales sold or reloaded (money the customers carry, not revenue: part of
    gross_minor) and what the day's sales were paid with gift cards (a tender too)."""

    sold_count: int
    sold_minor: int
    redeemed_minor: int


class PointsTotal(BaseModel):
    count: int = Field(description="sales that earned (issued) or were paid with (redeemed) points")
    points: int
    value_minor: int = Field(description="their money value: at each sale's point value (issued), what they paid")


class LoyaltyTotals(BaseModel):
    """Loyalty points of the day's sales (issue 18)."""

    points_issued: PointsTotal
    points_redeemed: PointsTotal


class ShiftTotals(BaseModel):
    """Z reports the store's stations closed that business day (their shift_close events)."""

    count: int
    sales_count: int
    gross_minor: int
    cash_expected_minor: int
    cash_counted_minor: int
    cash_difference_minor: int


class DayTotals(BaseModel):
    store: str
    date: str
    currency: str
    sales_count: int
    gross_minor: int
    net_minor: int
    tax_minor: int
    taxes: list[TaxTotal]
    tenders: list[TenderTotal]
    discount_minor: int
    promotions: list[PromotionTotal] = Field(default_factory=list, description="the discounts by promotion")
    rounding_minor: int
    change_minor: int
    voided_lines: int
    returns_count: int
    returns_minor: int
    refunds: dict[str, int] = Field(default_factory=dict, description="paid back per tender kind by the day's returns")
    shifts: ShiftTotals
    gift_cards: GiftCardTotals | None = Field(default=None, description="absent on a day without gift cards")
    loyalty: LoyaltyTotals | None = Field(default=None, description="absent on a day without loyalty points")


@router.get(
    "/v1/stores/{code}/day-totals", response_model=DayTotals, response_model_exclude_none=True, tags=["erp"]
)  # exclude_none: gift_cards is absent on a day without any, so such a day's figures are as before
def get_day_totals(
    code: str,
    date: str = Query(description="YYYY-MM-DD, the store's local day"),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """Sales, tax by rate, tenders, discounts and returns of one business day (integers).
    A warehouse has no day totals (422): it has no sales or tills."""
    require_store_reader(who, code)
    try:
        day = parse_date(date)
    except ValueError as exc:
        raise Unprocessable(str(exc)) from None
    return db.read_one(
        engine, exports.day_totals, code, day, missing=msg("hub", "unknown store {store}", store=repr(code))
    )
