"""GET /v1/orders/changes?after=CURSOR[&limit=N] (channel token): the state changes of the
channel's own orders, oldest first, so a web shop follows all its orders with one call instead of
polling each one.

The changes are the order history the hub keeps anyway (order_history); the cursor is a history
row's id. Every transaction that writes history holds the feed lock on PostgreSQL
(db.write_tx(feed=True): order creation, station events, expiry, re-routing) and SQLite has one
writer, so ids commit in order and a reader never skips a change. Start with after=0 and pass
back `next`; `more` says another page is waiting.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine

from .. import db, deps
from ..auth import CHANNEL, Principal, authenticate
from ..errors import Forbidden, Unprocessable
from .models import order_history, orders

router = APIRouter(tags=["orders"])

MAX_PAGE = 1000


def page(conn: Connection, channel: str, after: int, limit: int) -> dict:
    """The channel's order changes after `after`: {"changes": [...], "next": cursor, "more": bool}."""
    h = order_history.c
    rows = conn.execute(
        select(h.id, h.order_id, orders.c.number, h.from_status, h.to_status, h.version, h.at, h.recorded_at)
        .join(orders, orders.c.id == h.order_id)
        .where(h.id > after, orders.c.channel == channel)
        .order_by(h.id)
        .limit(limit + 1)
    ).all()
    shown = rows[:limit]
    return {
        "changes": [
            {
                "cursor": str(r.id),
                "order_id": r.order_id,
                "number": r.number,
                "status": r.to_status,
                "from": r.from_status,
                "version": r.version,
                "at": r.at,
                "recorded_at": r.recorded_at,
            }
            for r in shown
        ],
        "next": str(shown[-1].id) if shown else str(after),
        "more": len(rows) > limit,
    }


@router.get("/v1/orders/changes")
def get_changes(
    after: str = Query("0", max_length=20),
    limit: int = Query(200, ge=1, le=MAX_PAGE),
    who: Principal = Depends(authenticate),
    engine: Engine = Depends(deps.engine),
):
    """The state changes of the calling channel's orders after `after` ("0" at first), oldest
    first: each with its order id and number, the new status (and the one before), the order's
    version and when it happened; `next` is the cursor to pass back."""
    if who.kind != CHANNEL:
        raise Forbidden(f"a {who.kind} token cannot follow web orders' changes; use a channel token")
    if not (after.isascii() and after.isdigit()):
        raise Unprocessable("after must be a cursor from an earlier page, or 0")
    with db.read_conn(engine) as conn:
        return page(conn, who.name, int(after), limit)
