"""Points balances, changed only by serialised operations (the `loyalty_ledger`, models.py).

- earn: the sale event's "customer" block (sales/events.py) adds the sale's `sale_customers` row
  and, when it earned points, a ledger row "e"+sale id, in the ingest's own transaction: the
  event is applied exactly once, so the points are credited exactly once, when the sale arrives
  (a sale made offline earns at sync).
- redeem: like a voucher (returns/vouchers.py): idempotent by the station's redemption id (a
  repeat gets the first answer; the same id with another body is refused), and serialised per
  customer (the customer's row locked; SQLite has one writer), so the points taken never exceed
  the balance even when two stations redeem at once.
- cancel: gives a redemption back once ("c"+redemption id), only for the station that made it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.engine import Connection, Engine

from ...i18n import Message, msg
from .. import db, ownership
from ..errors import Conflict, Forbidden, NotFound
from ..times import utcnow_text
from .models import customers, loyalty_ledger, sale_customers
from .service import balance_of, unknown

EARN, REDEEM, CANCEL, ADJUST = "earn", "redeem", "cancel", "adjust"


def earn_rows(sale: dict, customer: dict) -> list[tuple[str, dict]]:
    """The rows a sale's customer block adds (table name, row): always the sale's customer; a
    ledger row only when points were earned."""
    rows = [
        (
            "sale_customers",
            {
                "sale_id": sale["sale_id"],
                "customer_id": customer["id"],
                "card": customer.get("card") or None,
                "points_earned": customer["points_earned"],
                "points_redeemed": customer.get("points_redeemed", 0),
                "earned_value_minor": customer.get("earned_value_minor", 0),
            },
        )
    ]
    if customer["points_earned"] > 0:
        rows.append(
            (
                "loyalty_ledger",
                {
                    "op_id": "e" + sale["sale_id"],
                    "customer_id": customer["id"],
                    "kind": EARN,
                    "points": customer["points_earned"],
                    "value_minor": 0,
                    "currency": sale["currency"],
                    "store": sale["store"],
                    "station": sale["station"],
                    "sale_id": sale["sale_id"],
                    "ref": sale["receipt_no"],
                    "at": sale["at"],
                },
            )
        )
    return rows


def _answer(r, balance: int) -> dict:
    return {
        "redemption_id": r.op_id,
        "customer_id": r.customer_id,
        "points": -int(r.points),
        "value_minor": int(r.value_minor),
        "points_balance": balance,
    }


def redeem(
    engine: Engine,
    store: str,
    station: str,
    customer_id: str,
    redemption_id: str,
    points: int,
    value_minor: int,
    currency: str,
    ref: str,
) -> dict:
    """Take `points` (worth `value_minor`) off the customer's balance if it covers them."""

    def work(conn: Connection) -> dict:
        db.lock_keys(conn, [customer_id])
        prior = conn.execute(select(loyalty_ledger).where(loyalty_ledger.c.op_id == redemption_id)).first()
        if prior is not None:
            if prior.kind != REDEEM or not ownership.belongs(store, station, prior.store, prior.station):
                raise Conflict(_reused(redemption_id))
            if (prior.customer_id, -int(prior.points), int(prior.value_minor), prior.ref) != (
                customer_id,
                points,
                value_minor,
                ref,
            ):
                raise Conflict(_reused(redemption_id))
            return _answer(prior, balance_of(conn, customer_id))
        who = conn.execute(
            select(customers.c.id, customers.c.erased_at).where(customers.c.id == customer_id).with_for_update()
        ).first()
        if who is None or who.erased_at is not None:
            raise NotFound(unknown(customer_id))
        balance = balance_of(conn, customer_id)
        if points > balance:
            raise Conflict(
                msg("hub", "The customer has {balance} points; {asked} were asked", balance=balance, asked=points)
            )
        row = {
            "op_id": redemption_id,
            "customer_id": customer_id,
            "kind": REDEEM,
            "points": -points,
            "value_minor": value_minor,
            "currency": currency,
            "store": store,
            "station": station,
            "sale_id": None,
            "ref": ref,
            "at": utcnow_text(),
        }
        conn.execute(loyalty_ledger.insert().values(**row))
        return _answer(
            conn.execute(select(loyalty_ledger).where(loyalty_ledger.c.op_id == redemption_id)).one(), balance - points
        )

    return db.run_write(engine, work)


def cancel(engine: Engine, store: str, station: str, redemption_id: str) -> dict:
    """Give a redemption's points back, once; only the station that made it may."""

    def work(conn: Connection) -> dict:
        db.lock_keys(conn, [redemption_id])
        r = conn.execute(select(loyalty_ledger).where(loyalty_ledger.c.op_id == redemption_id)).first()
        if r is None or r.kind != REDEEM:
            raise NotFound(msg("hub", "redemption {redemption_id} is not known", redemption_id=redemption_id))
        if not ownership.belongs(store, station, r.store, r.station):
            raise Forbidden(
                msg(
                    "hub",
                    "redemption {redemption_id} was made by another station; only the station that made it cancels it",
                    redemption_id=redemption_id,
                )
            )
        db.lock_keys(conn, [r.customer_id])
        back = "c" + redemption_id
        if conn.execute(select(loyalty_ledger.c.op_id).where(loyalty_ledger.c.op_id == back)).first() is None:
            conn.execute(
                loyalty_ledger.insert().values(
                    op_id=back,
                    customer_id=r.customer_id,
                    kind=CANCEL,
                    points=-int(r.points),
                    value_minor=-int(r.value_minor),
                    currency=r.currency,
                    store=r.store,
                    station=r.station,
                    sale_id=None,
                    ref=r.ref,
                    at=utcnow_text(),
                )
            )
        return {
            "redemption_id": redemption_id,
            "status": "cancelled",
            "points": -int(r.points),
            "points_balance": balance_of(conn, r.customer_id),
        }

    return db.run_write(engine, work)


def _reused(redemption_id: str) -> Message:
    return msg(
        "hub",
        "redemption id {redemption_id} was already used for another redemption; use a new id",
        redemption_id=redemption_id,
    )


def day_figures(conn: Connection, store: str, day: date) -> dict:
    """A business day's loyalty points at `store` (the day totals), from the sales of that day:
    points issued (sales, points, their value at the point value of each sale) and redeemed
    (sales, points, the amount they paid). Absent ({}) on a day without any."""
    from ..sales.models import sale_payments, sales

    mine = (sales.c.store == store) & (sales.c.business_date == day)
    row = conn.execute(
        select(
            func.coalesce(func.sum(case((sale_customers.c.points_earned > 0, 1), else_=0)), 0),
            func.coalesce(func.sum(sale_customers.c.points_earned), 0),
            func.coalesce(func.sum(sale_customers.c.earned_value_minor), 0),
            func.coalesce(func.sum(case((sale_customers.c.points_redeemed > 0, 1), else_=0)), 0),
            func.coalesce(func.sum(sale_customers.c.points_redeemed), 0),
        )
        .join(sales, sales.c.sale_id == sale_customers.c.sale_id)
        .where(mine)
    ).one()
    paid = conn.execute(
        select(func.coalesce(func.sum(sale_payments.c.amount_minor), 0))
        .join(sales, sales.c.sale_id == sale_payments.c.sale_id)
        .where(mine, sale_payments.c.kind == "points")
    ).scalar_one()
    issued_sales, issued, issued_value, redeemed_sales, redeemed = (int(x) for x in row)
    if not (issued or redeemed or paid):
        return {}
    return {
        "loyalty": {
            "points_issued": {"count": issued_sales, "points": issued, "value_minor": issued_value},
            "points_redeemed": {"count": redeemed_sales, "points": redeemed, "value_minor": int(paid)},
        }
    }


def csv_rows(t: dict, base: dict) -> list[dict]:
    """The day totals' CSV rows of the loyalty figures (none on a day without points): count = the
    points, amount_minor = their money value."""
    got = t.get("loyalty")
    if not got:
        return []
    return [
        {**base, "figure": figure, "count": got[figure]["points"], "amount_minor": got[figure]["value_minor"]}
        for figure in ("points_issued", "points_redeemed")
    ]
