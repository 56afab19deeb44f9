"""The hub's clock work (`storedesk-hub tick`): expire ready orders past their hold time, queue
reminders and "expired" notifications, and retry routing orders that wait for a transfer.

Expiry: a ready (or partially collected) order whose expires_at has passed becomes "expired"
(by the hub), its store gets an order_status item ("expired — return to shelf"), and the
customer an "expired" notification. Reminder: queued once when now >= expires_at - the store's
reminder days. Each order is handled in its own transaction, so one bad row stops nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.engine import Engine

from .. import db
from ..feed import add_items
from ..times import parse_instant, utc_text, utcnow_text
from . import availability, notify, repo, states
from .models import notifications, orders, pickup_stores
from .routing import ROUTE, SPLIT
from .service import decide, route

OPEN_READY = (states.READY, states.PARTIALLY_COLLECTED)


@dataclass
class TickResult:
    expired: list = field(default_factory=list)
    reminded: list = field(default_factory=list)
    routed: list = field(default_factory=list)

    def summary(self) -> str:
        return f"expired {len(self.expired)}, reminders {len(self.reminded)}, re-routed {len(self.routed)}"


def tick(engine: Engine, now: str | None = None) -> TickResult:
    now = now or utcnow_text()
    out = TickResult()
    with db.read_conn(engine) as conn:
        ready = conn.execute(
            select(orders.c.id, orders.c.store, orders.c.expires_at, pickup_stores.c.reminder_days)
            .select_from(orders.outerjoin(pickup_stores, pickup_stores.c.store == orders.c.store))
            .where(orders.c.status.in_(OPEN_READY), orders.c.expires_at.is_not(None))
        ).all()
        reminded = {
            r.order_id for r in conn.execute(select(notifications.c.order_id).where(notifications.c.kind == "reminder"))
        }
        waiting = [
            r.id
            for r in conn.execute(
                select(orders.c.id).where(orders.c.status == states.NEEDS_TRANSFER).order_by(orders.c.no)
            )
        ]
    moment = parse_instant(now)
    for r in ready:
        if r.expires_at <= now:
            if db.run_write(engine, lambda conn, oid=r.id: _expire(conn, oid, now), feed=True):
                out.expired.append(r.id)
        elif r.id not in reminded:
            days = r.reminder_days if r.reminder_days is not None else availability.DEFAULT_REMINDER_DAYS
            if utc_text(moment + timedelta(days=days)) >= r.expires_at:
                if db.run_write(engine, lambda conn, oid=r.id: _remind(conn, oid, now)):
                    out.reminded.append(r.id)
    for oid in waiting:
        if db.run_write(engine, lambda conn, oid=oid: _retry(conn, oid, now), feed=True):
            out.routed.append(oid)
    return out


def _expire(conn, order_id: str, now: str) -> bool:
    order = repo.load(conn, order_id, lock=True)
    if order is None or order["status"] not in OPEN_READY or not order["expires_at"] or order["expires_at"] > now:
        return False  # collected or changed meanwhile
    reason = f"not collected by {order['expires_at']}: return to shelf"
    order = repo.record(conn, order, states.EXPIRED, states.HUB, "hub", now, now, reason)
    notify.queue(conn, order, "expired", now)
    add_items(conn, [(order["store"], None, "order_status", repo.feed_status(order, now, "hub", reason))], now)
    return True


def _remind(conn, order_id: str, now: str) -> bool:
    order = repo.load(conn, order_id)
    return order is not None and order["status"] in OPEN_READY and notify.queue(conn, order, "reminder", now)


def _retry(conn, order_id: str, now: str) -> bool:
    order = repo.load(conn, order_id, lock=True)
    if order is None or order["status"] != states.NEEDS_TRANSFER:
        return False
    lines = repo.lines_of(conn, order_id)
    if decide(conn, order, lines, now=now).action not in (ROUTE, SPLIT):
        return False  # still nowhere: nothing recorded, the order keeps waiting
    return route(conn, order, lines, now)["status"] in (states.ROUTED, states.SPLIT)
