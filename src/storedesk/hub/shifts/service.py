"""The Z reports of a store's business day, summed: the cash the stations counted."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from .models import shift_closes

FIGURES = ("sales_count", "gross_minor", "cash_expected_minor", "cash_counted_minor", "cash_difference_minor")


def day_totals(conn: Connection, store: str, day: date) -> dict:
    """{"count", "sales_count", "gross_minor", "cash_expected_minor", "cash_counted_minor",
    "cash_difference_minor"} of the Zs closed for `day` (zeros when none)."""
    c = shift_closes.c
    row = conn.execute(
        select(func.count(), *(func.sum(c[name]) for name in FIGURES)).where(c.store == store, c.business_date == day)
    ).one()
    return {name: int(value or 0) for name, value in zip(("count", *FIGURES), row, strict=True)}
