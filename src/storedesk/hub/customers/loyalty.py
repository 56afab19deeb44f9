"""Points balances, changed only by serialised operations (the `loyalty_ledger`, models.py).

- earn: the sale event's "customer" block (sales/events.py) adds the sale's `sale_customers` row
  and, when it earned points, a ledger row "e"+sale id, in the ingest's own transaction: the
  event is applied exactly once, so the points are credited exactly once, when the sale arrives
  (a sale made offline earns at sync). Never to a customer the hub does not know or has erased.
- redeem: like a voucher (returns/vouchers.py): idempotent by the station's redemption id (a
  repeat gets the first answer; the same id with another body is refused), and serialised per
  customer (the customer's row locked; SQLite has one writer), so the points taken never exceed
  the balance even when two stations redeem at once.
- cancel: gives a redemption back once ("c"+redemption id), only for the station that made it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.engine import Connection, Engine

from ...i18n import Message, msg
from .. import db, redemptions
from ..errors import Conflict, NotFound
from ..times import utcnow_text
from .models import customers, loyalty_ledger, sale_customers
from .service import balance_of, forget_sale_card, unknown

log = logging.getLogger(__name__)
EARN, REDEEM, CANCEL, ADJUST = "earn", "redeem", "cancel", "adjust"


def earn(conn: Connection, sale: dict, customer: dict) -> None:
    """What a sale's customer block changes, in the sale's ingest transaction after the sale's rows
    (exactly once: the event is applied once): the sale's `sale_customers` row and, when it
    earned points, the ledger row "e"+sale id.

    - A customer the hub does not know gets nothing (no row, no points; the stored event keeps the
      block as sent) and a warning in the hub's log naming the sale and the id.
    - An erased customer stays erased: a sale made offline before the erasure and synced after it
      credits no points and brings no card back. Its row records the customer id, no card, no
      points earned (none were credited) and the points it was paid with (they were taken before
      the erasure); the card is blanked in its points payments and in the stored event
      (service.forget_sale_card: the event keeps the hash of what the station sent, so a repeat
      is still recognised).
    The customer's row is share-locked (FOR SHARE on PostgreSQL: sales of one customer do not
    wait for each other), so an erasure running at the same time either waits for this sale and
    then clears its card, or is seen here."""
    who = conn.execute(
        select(customers.c.erased_at).where(customers.c.id == customer["id"]).with_for_update(read=True)
    ).first()
    if who is None:
        log.warning(
            "sale %s (receipt %s, %s/%s) names customer %s, unknown to this hub: no points credited "
            "(%s earned on the receipt); the sale is kept",
            sale["sale_id"],
            sale["receipt_no"],
            sale["store"],
            sale["station"],
            customer["id"],
            customer["points_earned"],
        )
        return
    erased = who.erased_at is not None
    earned = 0 if erased else customer["points_earned"]
    conn.execute(
        sale_customers.insert().values(
            sale_id=sale["sale_id"],
            customer_id=customer["id"],
            card=None if erased else (customer.get("card") or None),
            points_earned=earned,
            points_redeemed=customer.get("points_redeemed", 0),
            earned_value_minor=customer.get("earned_value_minor", 0) if earned else 0,
        )
    )
    if erased:
        forget_sale_card(conn, sale["sale_id"], {customer.get("card")})
        log.info(
            "sale %s synced after its customer %s was erased: no card kept, no points credited",
            sale["sale_id"],
            customer["id"],
        )
    elif earned > 0:
        conn.execute(
            loyalty_ledger.insert().values(
                op_id="e" + sale["sale_id"],
                customer_id=customer["id"],
                kind=EARN,
                points=earned,
                value_minor=0,
                currency=sale["currency"],
                store=sale["store"],
                station=sale["station"],
                sale_id=sale["sale_id"],
                ref=sale["receipt_no"],
                at=sale["at"],
            )
        )


def _answer(r, balance: int) -> dict:
    return {
        "redemption_id": r.op_id,
        "customer_id": r.customer_id,
        "points": -int(r.points),
        "value_minor": int(r.value_minor),
        "points_balance": balance,
    }


def _ledger(conn: Connection, op_id: str):
    return conn.execute(select(loyalty_ledger).where(loyalty_ledger.c.op_id == op_id)).first()


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
    """Take `points` (worth `value_minor`) off the customer's balance if it covers them
    (hub/redemptions.py; serialised per customer)."""

    def repeat(conn: Connection, prior) -> dict:
        redemptions.check_repeat(
            prior,
            store,
            station,
            (customer_id, points, value_minor, ref),
            (prior.customer_id, -int(prior.points), int(prior.value_minor), prior.ref),
            foreign=_reused(redemption_id),
            other=lambda: _reused(redemption_id),
            redemption=prior.kind == REDEEM,
        )
        return _answer(prior, balance_of(conn, customer_id))

    def take(conn: Connection) -> dict:
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
        return _answer(_ledger(conn, redemption_id), balance - points)

    return redemptions.redeem_once(engine, [customer_id], lambda conn: _ledger(conn, redemption_id), repeat, take)


def _redemption(conn: Connection, redemption_id: str):
    r = _ledger(conn, redemption_id)
    return r if r is not None and r.kind == REDEEM else None


def cancel(engine: Engine, store: str, station: str, redemption_id: str) -> dict:
    """Give a redemption's points back, once ("c"+redemption id); only the station that made it may."""

    def give_back(conn: Connection, r) -> dict:
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

    return redemptions.cancel_once(
        engine, store, station, redemption_id, lambda conn: _redemption(conn, redemption_id), give_back, kind="points"
    )


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


# --------------------------------------------------------------------------- returns (issue 18)
REVERSE, GIVE_BACK = "reverse", "give_back"


@dataclass(frozen=True)
class ReturnedGoods:
    """A receipt return as the points see it: the sale (its id, lines, currency), what earlier
    returns took back and what this one does (thousandths per sold line), and the return."""

    sale_id: str
    lines: tuple  # hub/returns/docs.DocLine
    before: dict[int, int]
    now: dict[int, int]
    return_id: str
    return_no: str
    store: str
    station: str
    at: str
    currency: str
    points_back_minor: int  # what the station did not pay out in money: it was paid in points


def return_rows(conn: Connection, goods: ReturnedGoods) -> list[dict]:
    """The loyalty ledger rows a receipt return writes, in the return's own ingest (so exactly
    once: one return id, one event): "r"+return id takes back the points the sale earned and
    "b"+return id gives back the points it was paid with, each in proportion to the goods that
    came back (domain/return_loyalty.py: whole points, rounded down, exactly all of them once
    every line is back; capped by what earlier returns already moved, so never more in all).

    The balance may go below zero when the customer already spent the points a return takes
    back: the row records the whole reversal (never lost), and a negative balance refuses every
    redemption (redeem takes only what the balance covers) until new sales bring it back above
    zero. Points paid with come back only when the station did not pay their value out
    (`points_back_minor`). Nothing for a sale without a customer or without points."""
    from ...domain.return_loyalty import ShareLine, part_of, returned_share, with_return
    from ..gift_cards.models import gift_card_ops

    sc = conn.execute(select(sale_customers).where(sale_customers.c.sale_id == goods.sale_id)).first()
    if sc is None or not (sc.points_earned or sc.points_redeemed):
        return []
    ops = [f"{goods.sale_id}-{ln.line}" for ln in goods.lines]
    cards = set(conn.execute(select(gift_card_ops.c.op_id).where(gift_card_ops.c.op_id.in_(ops))).scalars())
    lines = [
        ShareLine(ln.line, ln.gross_minor, ln.quantity_milli)
        for ln in goods.lines
        if f"{goods.sale_id}-{ln.line}" not in cards  # a gift card line earns nothing
    ]
    before = returned_share(lines, goods.before)
    after = returned_share(lines, with_return(goods.before, goods.now))
    db.lock_keys(conn, [sc.customer_id])
    rows = []
    for prefix, kind, total, sign, value in (
        ("r", REVERSE, int(sc.points_earned), -1, 0),
        ("b", GIVE_BACK, int(sc.points_redeemed), 1, -goods.points_back_minor),
    ):
        if kind == GIVE_BACK and goods.points_back_minor <= 0:
            continue  # the station paid that part out in money (an older station): no points back too
        moved = sign * _moved(conn, goods.sale_id, kind)
        points = min(part_of(total, before, after), total - moved)
        if points <= 0 and not value:
            continue
        rows.append(
            {
                "op_id": prefix + goods.return_id,
                "customer_id": sc.customer_id,
                "kind": kind,
                "points": sign * max(points, 0),
                "value_minor": value,
                "currency": goods.currency,
                "store": goods.store,
                "station": goods.station,
                "sale_id": goods.sale_id,
                "ref": goods.return_no,
                "at": goods.at,
            }
        )
    if rows:
        conn.execute(loyalty_ledger.insert(), rows)
    return rows


def _moved(conn: Connection, sale_id: str, kind: str) -> int:
    """The points earlier returns of a sale moved, of one kind (signed as written)."""
    return int(
        conn.execute(
            select(func.coalesce(func.sum(loyalty_ledger.c.points), 0)).where(
                loyalty_ledger.c.sale_id == sale_id, loyalty_ledger.c.kind == kind
            )
        ).scalar_one()
    )


def sale_points(conn: Connection, sale_id: str) -> dict:
    """A sale's customer as a return desk needs it (the sale's lookup at the hub): {"customer":
    {id, card, points_earned, points_redeemed}}, or {} for a sale made for nobody."""
    sc = conn.execute(select(sale_customers).where(sale_customers.c.sale_id == sale_id)).first()
    if sc is None:
        return {}
    return {
        "customer": {
            "id": sc.customer_id,
            "card": sc.card or "",
            "points_earned": int(sc.points_earned),
            "points_redeemed": int(sc.points_redeemed),
        }
    }


def return_day_figures(conn: Connection, store: str, day: date) -> dict:
    """A business day's returns at `store` that moved points (the day totals, issue 18): points
    taken back (earned by the sales returned) and given back (the sales were paid with them; the
    value they paid, not refunded in money). Absent ({}) on a day without any."""
    from ..returns.models import returns

    got = {}
    for kind, figure, sign in ((REVERSE, "points_taken_back", -1), (GIVE_BACK, "points_given_back", 1)):
        row = conn.execute(
            select(
                func.count(),
                func.coalesce(func.sum(loyalty_ledger.c.points), 0),
                func.coalesce(func.sum(loyalty_ledger.c.value_minor), 0),
            )
            .select_from(loyalty_ledger)
            .join(
                returns,
                (returns.c.return_no == loyalty_ledger.c.ref)
                & (returns.c.store == loyalty_ledger.c.store)
                & (returns.c.station == loyalty_ledger.c.station),
            )
            .where(loyalty_ledger.c.kind == kind, returns.c.store == store, returns.c.business_date == day)
        ).one()
        got[figure] = {"count": int(row[0]), "points": sign * int(row[1]), "value_minor": -int(row[2])}
    if not any(f["count"] for f in got.values()):
        return {}
    return {"loyalty_returns": got}


def return_csv_rows(t: dict, base: dict) -> list[dict]:
    """The day totals' CSV rows of the points returns moved (none on a day without any)."""
    got = t.get("loyalty_returns")
    if not got:
        return []
    return [
        {**base, "figure": figure, "count": got[figure]["points"], "amount_minor": got[figure]["value_minor"]}
        for figure in ("points_taken_back", "points_given_back")
    ]
