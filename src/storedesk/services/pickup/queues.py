"""Reading the pickup desk: an order as the desk shows it, the queues by state (new, picking,
ready, to shelf, done; and "to ship": the orders shipped to the customer, never in the others)
with their counts, and search by number, code, name, phone or email.
Also the helpers every desk action reads an order with (`load_order`, `order_view`) and the
store's hold time (`hold_days`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.pickup_repo import HistoryEntry, OrderRow, OrderSummaryRow, ParcelRow
from ...adapters.repositories import from_milli
from ...domain import pickup as dp
from ...domain.money import from_minor
from ...domain.pickup import PickLine, PickupError
from ...i18n import Message, msg
from ..context import utcnow

if TYPE_CHECKING:
    from ...adapters.uow import Tx, UnitOfWork

HOLD_DAYS_KEY = "pickup_hold_days"
SHIP = "ship"
# A ship order's station states where they mean something else (migration s0017): packed
# (items set aside in their parcels) and shipped (left the store). Shown with tr("pickup", ...):
# ui/pickup/words.py marks them.
SHIP_LABELS = {dp.READY: "Packed", dp.COLLECTED: "Shipped"}


def state_label(status: str, fulfilment: str, overdue: bool, to_shelf: bool) -> str:
    """An order's state in English words (the screens translate them: ui/pickup/words.py)."""
    if overdue:
        return "Expired — return to shelf"
    if status in (dp.CANCELLED, dp.EXPIRED) and to_shelf:
        return f"{dp.LABELS[status]} — return to shelf"
    if fulfilment == SHIP and status in SHIP_LABELS:
        return SHIP_LABELS[status]
    return dp.LABELS.get(status, status)


@dataclass(frozen=True)
class OrderSummary:
    """One row of a queue or of the search results."""

    order_id: str
    number: str
    customer: str
    phone: str
    status: str
    created_at: str
    due_at: str | None
    ready_at: str | None
    payment: str
    total: Decimal
    currency: str
    returned_at: str | None
    items: Decimal
    reserved: Decimal
    overdue: bool = False
    fulfilment: str = "pickup"

    @property
    def label(self) -> str:
        to_shelf = self.reserved > 0 and not self.returned_at
        return state_label(self.status, self.fulfilment, self.overdue, to_shelf)


@dataclass(frozen=True)
class OrderView:
    order: OrderRow
    lines: list[PickLine]
    history: list[HistoryEntry]
    held: dict[int, Decimal]  # line -> quantity still reserved
    overdue: bool
    hold_until: str | None
    message: Message | str = ""  # what the action did: screens show it with text(), logs with str()
    scanned_line: int | None = None
    parcels: list[ParcelRow] = field(default_factory=list)  # a ship order's, once packed

    @property
    def ships(self) -> bool:
        """Shipped to the customer (the To ship queue), not collected here."""
        return self.order.fulfilment == SHIP

    @property
    def delivery(self) -> dict[str, str]:
        """A ship order's delivery address (name, line1, line2, postcode, city, country, ...)."""
        return json.loads(self.order.delivery) if self.order.delivery else {}

    @property
    def id(self) -> str:
        return self.order.id

    @property
    def status(self) -> str:
        return self.order.status

    @property
    def total(self) -> Decimal:
        return from_minor(self.order.total_minor, self.order.currency)

    @property
    def label(self) -> str:
        to_shelf = bool(self.held) and not self.order.returned_at
        return state_label(self.status, self.order.fulfilment, self.overdue, to_shelf)


@dataclass(frozen=True)
class QueueCounts:
    new: int = 0
    picking: int = 0
    ready: int = 0
    to_return: int = 0
    done: int = 0
    by_status: dict = field(default_factory=dict)
    to_ship: int = 0


TABS = ("new", "picking", "ready", "return", "done", "ship")
TAB_LABELS = {
    "new": "New",
    "picking": "Picking",
    "ready": "Ready",
    "return": "To shelf",
    "done": "Done",
    "ship": "To ship",
}


def hold_days(tx: Tx) -> int:
    try:
        days = int(tx.settings.all().get(HOLD_DAYS_KEY, dp.DEFAULT_HOLD_DAYS))
    except ValueError:
        days = dp.DEFAULT_HOLD_DAYS
    return max(days, 1)


def dt_or_none(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def at_time(text: str) -> datetime:
    """A time that is always there (now, a ready order's ready_at)."""
    return datetime.fromisoformat(text)


def iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat(timespec="microseconds")


def order_lines(tx: Tx, order_id: str) -> list[PickLine]:
    return [
        PickLine(
            ln.line_no,
            ln.product_id,
            ln.sku,
            ln.name,
            from_milli(ln.quantity_milli),
            ln.unit_price_minor,
            from_milli(ln.picked_milli),
            from_milli(ln.rejected_milli),
            ln.reject_reason,
            from_milli(ln.collected_milli),
        )
        for ln in tx.pickup.lines(order_id)
    ]


def load_order(tx: Tx, order_id: str):
    order = tx.pickup.get(order_id)
    if order is None:
        raise PickupError(msg("pickup", "No such order at this store"))
    return order, order_lines(tx, order_id)


def order_view(tx: Tx, order_id: str, now: str, message: Message | str = "", scanned: int | None = None) -> OrderView:
    order, lines = load_order(tx, order_id)
    days = hold_days(tx)
    ready = dt_or_none(order.ready_at)
    ships = order.fulfilment == SHIP
    overdue = not ships and dp.is_overdue(order.status, ready, at_time(now), days)  # a parcel is not held
    held = {no: from_milli(h.milli) for no, h in tx.pickup.held_for_order(order_id).items()}
    until = iso(dp.hold_until(ready, days)) if ready and not ships else None
    parcels = tx.pickup.parcels(order_id) if ships else []
    history = tx.pickup.history(order_id)
    return OrderView(order, lines, history, held, overdue, until, message, scanned, parcels)


def _summary(row: OrderSummaryRow, overdue_before: str) -> OrderSummary:
    ready = row.ready_at
    ships = row.fulfilment == SHIP
    overdue = not ships and row.status == dp.READY and ready is not None and ready <= overdue_before
    return OrderSummary(
        row.id,
        row.number,
        row.customer_name,
        row.customer_phone,
        row.status,
        row.created_at,
        row.due_at,
        ready,
        row.payment,
        from_minor(row.total_minor, row.currency),
        row.currency,
        row.returned_at,
        from_milli(row.items_milli),
        from_milli(row.reserved_milli),
        overdue,
        row.fulfilment,
    )


def order(uow: UnitOfWork, order_id: str, now: str | None = None) -> OrderView:
    with uow.read() as tx:
        return order_view(tx, order_id, now or utcnow())


def _overdue_before(tx: Tx, now: str) -> str:
    return iso(at_time(now) - timedelta(days=hold_days(tx)))


def counts(uow: UnitOfWork, now: str | None = None) -> QueueCounts:
    now = now or utcnow()
    with uow.read() as tx:
        c = tx.pickup.counts()
        before = _overdue_before(tx, now)
        overdue = tx.pickup.count_overdue(before)
        unreturned = tx.pickup.count_unreturned()
        to_ship = tx.pickup.count_ship()
    return QueueCounts(
        new=c.get(dp.ROUTED, 0),
        picking=c.get(dp.ACCEPTED, 0) + c.get(dp.PICKING, 0),
        ready=c.get(dp.READY, 0) - overdue,
        to_return=overdue + unreturned,
        done=sum(c.get(s, 0) for s in dp.FINAL_STATES),
        by_status=c,
        to_ship=to_ship,
    )


def queue(uow: UnitOfWork, tab: str, limit: int = 200, now: str | None = None) -> list[OrderSummary]:
    """The orders of one queue: new (to accept), picking, ready (waiting for the customer),
    return (expired — return to shelf), done (recently closed); ship (to ship to the customer:
    accepted, picked, packed and shipped from this one queue)."""
    now = now or utcnow()
    with uow.read() as tx:
        before = _overdue_before(tx, now)
        if tab == "new":
            rows = tx.pickup.queue((dp.ROUTED,), limit)
        elif tab == "picking":
            rows = tx.pickup.queue((dp.ACCEPTED, dp.PICKING), limit)
        elif tab == "ready":
            rows = tx.pickup.ready_since(before, limit)
        elif tab == "return":
            rows = tx.pickup.overdue(before, limit)
            rows += tx.pickup.unreturned(limit - len(rows)) if len(rows) < limit else []
        elif tab == "done":
            rows = tx.pickup.queue(dp.FINAL_STATES, limit, "recent")
        elif tab == SHIP:
            rows = tx.pickup.ship_queue(limit)
        else:
            raise PickupError(msg("pickup", "Unknown queue {tab}", tab=repr(tab)))
    return [_summary(r, before) for r in rows]


def search(uow: UnitOfWork, text: str, limit: int = 50, now: str | None = None) -> list[OrderSummary]:
    """Find by order number, pickup code (typed or scanned QR), customer name, phone or email."""
    q = dp.parse_query(text)
    if not q.text:
        return []
    now = now or utcnow()
    with uow.read() as tx:
        before = _overdue_before(tx, now)
        rows = tx.pickup.search(q, limit)
    return [_summary(r, before) for r in rows]
