"""No-shows: an expired order's items go back on the shelf and its reservation is released;
the store's hold time is set here."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from ...adapters.repositories import from_milli
from ...domain import pickup as dp
from ...domain.pickup import PickupError
from ...i18n import msg
from ...i18n.formats import fmt_datetime
from ..context import User, config, utcnow
from .events import check_clerk, journal_action, release_held, status_event
from .queues import OrderView, at_time, dt_or_none, hold_days, iso, load_order, order_view

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


def return_to_shelf(uow: UnitOfWork, user: User, order_id: str, now: str | None = None) -> OrderView:
    """A no-show (ready longer than the hold time) or an order the hub cancelled after it was
    ready: its items go back on the shelf; the reservation is released. An overdue order becomes
    "expired" and the hub hears it."""
    check_clerk(user)
    cfg = config(uow)
    now = now or utcnow()
    with uow.write() as tx:
        order, lines = load_order(tx, order_id)
        held = tx.pickup.held_for_order(order_id)
        days = hold_days(tx)
        ready = dt_or_none(order.ready_at)
        overdue = dp.is_overdue(order.status, ready, at_time(now), days)
        if order.status == dp.READY and order.fulfilment == "ship":
            raise PickupError(msg("pickup", "Order {number} is packed: ship it (F12)", number=order.number))
        if order.status == dp.READY and not overdue:
            if ready is None:  # not expected: marking an order ready records its time
                raise PickupError(
                    msg("pickup", "Order {number} is held for the customer; it is not expired yet", number=order.number)
                )
            until = ready + timedelta(days=days)
            raise PickupError(
                msg(
                    "pickup",
                    "Order {number} is held for the customer until {until}; it is not expired yet",
                    number=order.number,
                    until=fmt_datetime(cfg.local(iso(until))),
                )
            )
        if order.status not in (dp.READY, dp.CANCELLED, dp.EXPIRED) or not held:
            raise PickupError(
                msg("pickup", "Order {number} has nothing set aside to return to the shelf", number=order.number)
            )
        release_held(tx, cfg, order_id, held, now)
        if order.status == dp.READY:
            new = dp.transition(order.status, "expire", order.number)
            tx.pickup.set_status(
                order_id, new, now, closed_at=now, returned_at=now, status_reason=f"not collected within {days} days"
            )
            status_event(tx, cfg, user, order, new, lines, now)
        else:
            new = order.status
            tx.pickup.mark_returned(order_id, now)
        tx.pickup.add_history(order_id, new, now, user.username, "station", "returned to shelf")
        journal_action(
            tx,
            cfg,
            user,
            order,
            "pickup_return",
            now,
            status=new,
            released=[{"line": no, "quantity": str(from_milli(h.milli))} for no, h in sorted(held.items())],
        )
        back = msg("pickup", "Order {number}: items back on the shelf, reservation released", number=order.number)
        return order_view(tx, order_id, now, back)
