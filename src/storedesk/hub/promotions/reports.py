"""Discounts by promotion for the day totals (reports/exports.py): what each promotion gave on a
store's business day, from the sales' per-line promotions (sale_line_promotions)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ..sales.models import sales
from .models import sale_line_promotions as slp


def day_figures(conn: Connection, store: str, day: date) -> list[dict]:
    """[{"id", "lines", "amount_minor"}] by promotion id: how many sale lines each promotion gave a
    discount to, and how much in all (minor units). Empty on a day without promotions."""
    rows = conn.execute(
        select(slp.c.promotion_id, func.count().label("n"), func.sum(slp.c.amount_minor).label("amount"))
        .join(sales, sales.c.sale_id == slp.c.sale_id)
        .where(sales.c.store == store, sales.c.business_date == day)
        .group_by(slp.c.promotion_id)
        .order_by(slp.c.promotion_id)
    )
    return [{"id": r.promotion_id, "lines": int(r.n), "amount_minor": int(r.amount or 0)} for r in rows]


def csv_fields(figure: dict) -> dict:
    """A promotion's figure in the day totals' CSV: code = the promotion's id, count = its lines."""
    return {"code": figure["id"], "count": figure["lines"], "amount_minor": figure["amount_minor"]}
