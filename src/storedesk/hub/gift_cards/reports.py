"""Gift cards in a store's day totals (hub/reports/exports.py): sold apart from sales, redeemed.

A card sold is money the customer carries, not revenue: the day's "gift_cards" figure says how
many cards the day's sales loaded and for how much (part of the sales' gross, which the ERP
takes out of revenue), and how much the day's sales were paid with gift cards (also a tender).
Left out of a day without gift cards, so such a day's figures are unchanged.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection

from ..sales.models import sale_payments, sales
from .models import gift_card_ops
from .service import LOAD


def day_figures(conn: Connection, store: str, day: date) -> dict:
    """{"gift_cards": {"sold_count", "sold_minor", "redeemed_minor"}} for the day, or {} without any."""
    mine = (sales.c.store == store) & (sales.c.business_date == day)
    loaded = conn.execute(
        select(func.count(), func.coalesce(func.sum(gift_card_ops.c.amount_minor), 0))
        .select_from(gift_card_ops)
        .join(
            sales,
            and_(sales.c.receipt_no == gift_card_ops.c.ref, sales.c.store == gift_card_ops.c.store),
        )
        .where(mine, gift_card_ops.c.kind == LOAD)
    ).one()
    redeemed = conn.execute(
        select(func.coalesce(func.sum(sale_payments.c.amount_minor), 0))
        .join(sales, sales.c.sale_id == sale_payments.c.sale_id)
        .where(mine, sale_payments.c.kind == "gift_card")
    ).scalar_one()
    if not loaded[0] and not redeemed:
        return {}
    return {"gift_cards": {"sold_count": int(loaded[0]), "sold_minor": int(loaded[1]), "redeemed_minor": int(redeemed)}}


def csv_rows(t: dict, row: dict) -> list[dict]:
    """The day's gift card figures as rows of the long CSV (`row`: the blank row with the day's keys)."""
    g = t.get("gift_cards")
    if not g:
        return []
    return [
        {**row, "figure": "gift_cards_sold", "count": g["sold_count"], "amount_minor": g["sold_minor"]},
        {**row, "figure": "gift_cards_redeemed", "amount_minor": g["redeemed_minor"]},
    ]
