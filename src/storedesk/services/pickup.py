"""Click-and-collect at the pickup desk: web orders from the hub feed, queues and search,
accept, pick by scanning, reject a line with its reason, ready (reservations), handover
(code or ID check; paid online, or paid here through the sale path), and no-shows.

Each action is one transaction (rule 2) and writes its outbox event(s) in it (rule 6): the
station works offline and syncs later. The handover re-reads the order under the write lock,
so a cancellation the puller applied a moment earlier stops it with a clear message.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..adapters.pickup_repo import OrderRow
from ..adapters.repositories import from_milli, to_milli
from ..domain import pickup as dp
from ..domain.basket import Basket, BasketLine
from ..domain.errors import PaymentError
from ..domain.money import from_minor
from ..domain.permissions import Perm, require
from ..domain.pickup import IdCheck, OrderCancelled, PickLine, PickupError
from ..domain.scan import parse_scan
from ..domain.tenders import Tender
from ..domain.units import check_quantity_for, unit_of
from .catalog import find_scanned
from .context import User, config, utcnow
from .pickup_feed import central_change

HOLD_DAYS_KEY = "pickup_hold_days"


# ==== views ===============================================================================
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

    @property
    def label(self) -> str:
        if self.overdue:
            return "Expired — return to shelf"
        if self.status in (dp.CANCELLED, dp.EXPIRED) and self.reserved > 0 and not self.returned_at:
            return f"{dp.LABELS[self.status]} — return to shelf"
        return dp.LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class OrderView:
    order: OrderRow
    lines: list[PickLine]
    history: list[tuple]
    held: dict[int, Decimal]  # line -> quantity still reserved
    overdue: bool
    hold_until: str | None
    message: str = ""
    scanned_line: int | None = None

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
        if self.overdue:
            return "Expired — return to shelf"
        if self.status in (dp.CANCELLED, dp.EXPIRED) and self.held and not self.order.returned_at:
            return f"{dp.LABELS[self.status]} — return to shelf"
        return dp.LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class HandoverResult:
    order_id: str
    number: str
    status: str
    collected: dict[int, Decimal]
    sale_id: str | None = None
    receipt_no: str | None = None
    total: Decimal = Decimal(0)
    change: Decimal = Decimal(0)
    repeated: bool = False


@dataclass(frozen=True)
class QueueCounts:
    new: int = 0
    picking: int = 0
    ready: int = 0
    to_return: int = 0
    done: int = 0
    by_status: dict = field(default_factory=dict)


TABS = ("new", "picking", "ready", "return", "done")
TAB_LABELS = {"new": "New", "picking": "Picking", "ready": "Ready", "return": "To shelf", "done": "Done"}


# ==== reading =============================================================================
def _hold_days(tx) -> int:
    try:
        days = int(tx.settings.all().get(HOLD_DAYS_KEY, dp.DEFAULT_HOLD_DAYS))
    except ValueError:
        days = dp.DEFAULT_HOLD_DAYS
    return max(days, 1)


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _at(text: str) -> datetime:
    """A time that is always there (now, a ready order's ready_at)."""
    return datetime.fromisoformat(text)


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat(timespec="microseconds")


def _lines(tx, order_id: str) -> list[PickLine]:
    return [
        PickLine(no, pid, sku, name, from_milli(q), price, from_milli(p), from_milli(r), reason, from_milli(c))
        for no, pid, sku, name, q, price, p, r, reason, c in tx.pickup.lines(order_id)
    ]


def _load(tx, order_id: str):
    order = tx.pickup.get(order_id)
    if order is None:
        raise PickupError("No such order at this store")
    return order, _lines(tx, order_id)


def _view(tx, order_id: str, now: str, message: str = "", scanned: int | None = None) -> OrderView:
    order, lines = _load(tx, order_id)
    days = _hold_days(tx)
    ready = _dt(order.ready_at)
    overdue = dp.is_overdue(order.status, ready, _at(now), days)
    held = {no: from_milli(m) for no, (_pid, m) in tx.pickup.held_for_order(order_id).items()}
    until = _iso(dp.hold_until(ready, days)) if ready else None
    return OrderView(order, lines, tx.pickup.history(order_id), held, overdue, until, message, scanned)


def _summary(row: tuple, overdue_before: str) -> OrderSummary:
    (oid, number, name, phone, status, created, due, ready, payment, total, cur, returned, items, reserved) = row
    overdue = status == dp.READY and ready is not None and ready <= overdue_before
    return OrderSummary(
        oid,
        number,
        name,
        phone,
        status,
        created,
        due,
        ready,
        payment,
        from_minor(total, cur),
        cur,
        returned,
        from_milli(items),
        from_milli(reserved),
        overdue,
    )


def order(uow, order_id: str, now: str | None = None) -> OrderView:
    with uow.read() as tx:
        return _view(tx, order_id, now or utcnow())


def _overdue_before(tx, now: str) -> str:
    return _iso(_at(now) - timedelta(days=_hold_days(tx)))


def counts(uow, now: str | None = None) -> QueueCounts:
    now = now or utcnow()
    with uow.read() as tx:
        c = tx.pickup.counts()
        before = _overdue_before(tx, now)
        overdue = tx.pickup.count_overdue(before)
        unreturned = tx.pickup.count_unreturned()
    return QueueCounts(
        new=c.get(dp.ROUTED, 0),
        picking=c.get(dp.ACCEPTED, 0) + c.get(dp.PICKING, 0),
        ready=c.get(dp.READY, 0) - overdue,
        to_return=overdue + unreturned,
        done=sum(c.get(s, 0) for s in dp.FINAL_STATES),
        by_status=c,
    )


def queue(uow, tab: str, limit: int = 200, now: str | None = None) -> list[OrderSummary]:
    """The orders of one queue: new (to accept), picking, ready (waiting for the customer),
    return (expired — return to shelf), done (recently closed)."""
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
        else:
            raise PickupError(f"Unknown queue {tab!r}")
    return [_summary(r, before) for r in rows]


def search(uow, text: str, limit: int = 50, now: str | None = None) -> list[OrderSummary]:
    """Find by order number, pickup code (typed or scanned QR), customer name, phone or email."""
    q = dp.parse_query(text)
    if not q.text:
        return []
    now = now or utcnow()
    with uow.read() as tx:
        before = _overdue_before(tx, now)
        rows = tx.pickup.search(q, limit)
    return [_summary(r, before) for r in rows]


# ==== events ==============================================================================
def _status_event(
    tx,
    cfg,
    user: User,
    order,
    status: str,
    lines: list[PickLine],
    now: str,
    id_check: dict | None = None,
    receipt_no: str | None = None,
) -> dict:
    payload = {
        "store": cfg.store_code,
        "station": cfg.station_code,
        "order_id": order.id,
        "status": status,
        "at": now,
        "user": user.username,
        "lines": [ln.wire() for ln in lines],
        "id_check": id_check,
        "receipt_no": receipt_no,
    }
    tx.outbox.add(uuid.uuid4().hex, "pickup_status", payload, now)
    return payload


def _movements_event(tx, cfg, moves: list[tuple], skus: dict[int, str], now: str) -> None:
    """moves: stock_movements rows (id, product_id, quantity_milli, reason, doc_ref, station, at)."""
    if not moves:
        return
    tx.outbox.add(
        uuid.uuid4().hex,
        "stock_movements",
        {
            "store": cfg.store_code,
            "station": cfg.station_code,
            "movements": [
                {
                    "id": m[0],
                    "sku": skus[m[1]],
                    "quantity": str(from_milli(m[2])),
                    "reason": m[3],
                    "doc_ref": m[4],
                    "at": m[6],
                }
                for m in moves
            ],
        },
        now,
    )


def _save(tx, order_id: str, lines: list[PickLine]) -> None:
    tx.pickup.save_lines(
        order_id,
        [(ln.line_no, to_milli(ln.picked), to_milli(ln.rejected), ln.reason, to_milli(ln.collected)) for ln in lines],
    )


def _start(user: User):
    require(user.role, Perm.SELL)


# ==== actions =============================================================================
def accept(uow, user: User, order_id: str, now: str | None = None) -> OrderView:
    """Take the order on: it moves to the picking queue; the hub hears "accepted"."""
    _start(user)
    cfg = config(uow)
    now = now or utcnow()
    with uow.write() as tx:
        order, lines = _load(tx, order_id)
        if order.status == dp.ACCEPTED:
            return _view(tx, order_id, now, f"Order {order.number} is already accepted")
        new = dp.transition(order.status, "accept", order.number)
        tx.pickup.set_status(order_id, new, now, accepted_at=now)
        tx.pickup.add_history(order_id, new, now, user.username, "station")
        _status_event(tx, cfg, user, order, new, lines, now)
        return _view(tx, order_id, now, f"Order {order.number} accepted: print the pick list and pick it")


def pick(uow, user: User, order_id: str, code: str, now: str | None = None) -> OrderView:
    """One scan at the shelf: the item must be on the order and not picked in full yet."""
    _start(user)
    cfg = config(uow)
    now = now or utcnow()
    scan = parse_scan(code)
    qty = scan.quantity if scan.quantity is not None else Decimal(1)
    with uow.write(durable=False) as tx:
        order, lines = _load(tx, order_id)
        new = dp.transition(order.status, "pick", order.number)
        product = find_scanned(tx, scan)
        check_quantity_for(qty, product.unit, product.name)  # pieces whole, weighed goods to their unit
        line = dp.pick_scan(lines, product.id, qty, product.name)
        _save(tx, order_id, [line])
        if new != order.status:
            tx.pickup.set_status(order_id, new, now)
            tx.pickup.add_history(order_id, new, now, user.username, "station")
            _status_event(tx, cfg, user, order, new, lines, now)
        done = all(ln.done for ln in lines)
        msg = f"{line.name}: {dp._qty(line.picked)} of {dp._qty(line.quantity)} picked" + (
            " — all lines done: F9 marks it ready" if done else ""
        )
        return _view(tx, order_id, now, msg, line.line_no)


def unpick(uow, user: User, order_id: str, line_no: int, now: str | None = None) -> OrderView:
    """Take one picked unit back off a line (scanned twice by mistake)."""
    _start(user)
    now = now or utcnow()
    with uow.write(durable=False) as tx:
        order, lines = _load(tx, order_id)
        dp.transition(order.status, "pick", order.number)
        line = next((ln for ln in lines if ln.line_no == line_no), None)
        if line is None:
            raise PickupError(f"Line {line_no} is not on this order")
        dp.unpick(line)
        _save(tx, order_id, [line])
        return _view(tx, order_id, now, f"{line.name}: one taken back off", line_no)


def reject(
    uow, user: User, order_id: str, line_no: int, quantity: Decimal | None, reason: str, now: str | None = None
) -> OrderView:
    """Reject what cannot be supplied on a line, with its reason; each reason has its own stock
    effect (see domain.pickup.rejection_effect). The hub hears it at once and re-routes or cancels
    the rest; when nothing at all can be supplied, the order is rejected here."""
    _start(user)
    cfg = config(uow)
    now = now or utcnow()
    with uow.write() as tx:
        order, lines = _load(tx, order_id)
        dp.transition(order.status, "reject", order.number)
        line = next((ln for ln in lines if ln.line_no == line_no), None)
        if line is None:
            raise PickupError(f"Line {line_no} is not on this order")
        qty = line.open if quantity is None else quantity
        product = tx.catalog.by_id(line.product_id) if quantity is not None else None
        if product is not None and unit_of(product.unit).allows(line.quantity):
            check_quantity_for(qty, product.unit, line.name)  # typed: in the product's unit (domain/units.py)
        dp.reject_line(line, qty, reason)
        on_hand, reserved = tx.pickup.available_milli(line.product_id)
        effect = dp.rejection_effect(reason, qty, from_milli(on_hand), from_milli(reserved))
        movement_id = None
        if effect.quantity:
            movement_id = uuid.uuid4().hex
            mv = (
                movement_id,
                line.product_id,
                to_milli(effect.quantity),
                effect.movement_reason,
                order.number,
                cfg.station_code,
                now,
            )
            tx.stock.add_movements([mv])
            _movements_event(tx, cfg, [mv], {line.product_id: line.sku}, now)
        tx.pickup.add_rejection(uuid.uuid4().hex, order_id, line_no, to_milli(qty), reason, movement_id, user.id, now)
        _save(tx, order_id, [line])
        new = dp.transition(order.status, "reject_all" if dp.all_rejected(lines) else "reject", order.number)
        detail = f"line {line_no} {line.sku}: {dp._qty(qty)} rejected, {reason}; {effect.explanation}"
        tx.pickup.add_history(order_id, new, now, user.username, "station", detail)
        if new != order.status:
            tx.pickup.set_status(order_id, new, now, closed_at=now if new == dp.REJECTED else None)
        # The hub's contract knows "picking" with rejected lines; a fully rejected order is
        # sent the same way (every line rejected) and the hub cancels or re-routes it.
        _status_event(tx, cfg, user, order, dp.PICKING, lines, now)
        msg = f"Line {line_no} rejected ({reason.replace('_', ' ')}): {effect.explanation}"
        if new == dp.REJECTED:
            msg += ". Nothing can be supplied: the order is rejected; the hub re-routes or cancels it"
        return _view(tx, order_id, now, msg, line_no)


def mark_ready(uow, user: User, order_id: str, now: str | None = None) -> OrderView:
    """Every line picked or rejected: reserve what was picked (reservation ledger), tell the hub
    "ready" (it notifies the customer), journal it — one transaction."""
    _start(user)
    cfg = config(uow)
    now = now or utcnow()
    with uow.write() as tx:
        order, lines = _load(tx, order_id)
        new = dp.transition(order.status, "ready", order.number)
        dp.check_ready(lines, order.number)
        rows = [
            (
                uuid.uuid4().hex,
                ln.product_id,
                to_milli(ln.picked),
                "reserve",
                order_id,
                ln.line_no,
                cfg.station_code,
                now,
            )
            for ln in lines
            if ln.picked > 0
        ]
        tx.pickup.add_reservations(rows)
        tx.pickup.set_status(order_id, new, now, ready_at=now)
        tx.pickup.add_history(order_id, new, now, user.username, "station")
        tx.journal.append(
            "pickup_ready",
            order.number,
            {
                "type": "pickup_ready",
                "order_id": order_id,
                "number": order.number,
                "at": now,
                "store": cfg.store_code,
                "station": cfg.station_code,
                "user": user.username,
                "reservations": [{"id": r[0], "line": r[5], "quantity": str(from_milli(r[2]))} for r in rows],
            },
            now,
        )
        _status_event(tx, cfg, user, order, new, lines, now)
        days = _hold_days(tx)
        return _view(tx, order_id, now, f"Order {order.number} is ready; the customer is notified. Held {days} days.")


def handover_total(uow, order_id: str, selection: dict[int, Decimal] | None = None) -> Decimal:
    """What the customer pays for what they take (pay at pickup), before cash rounding."""
    cfg = config(uow)
    with uow.read() as tx:
        order, lines = _load(tx, order_id)
        plan, _status = dp.plan_handover(lines, selection)
        if order.payment != dp.PAY_AT_PICKUP:
            return Decimal(0)
        return _basket(tx, cfg, lines, plan).totals().total


def _basket(tx, cfg, lines: list[PickLine], plan: dict[int, Decimal]) -> Basket:
    basket = Basket(cfg.currency, cfg.prices_include_tax)
    for ln in lines:
        qty = plan.get(ln.line_no)
        if not qty:
            continue
        product = tx.catalog.by_id(ln.product_id)
        basket.add(
            BasketLine(
                product_id=ln.product_id,
                sku=ln.sku,
                name=ln.name,
                unit_price=from_minor(ln.unit_price_minor, cfg.currency),
                quantity=qty,
                tax_code=product.tax_code,
                tax_rate=product.tax_rate,
                category=product.category,
            ),
            merge=False,
        )
    return basket


def _write_sale(
    tx, cfg, user: User, order, basket: Basket, tenders: list[Tender], now: str, cash_confirmed: bool = False
):
    """Pay at pickup through the counter's own sale path (services/sale.write_sale), inside the
    handover's transaction: the order's basket is written and completed in the same
    transaction (the sale screen never sees it open), then sale, lines, taxes, payments,
    receipt number, stock movements ("sale": stock goes down here and only here), journal and
    outbox exactly as for a sale at the counter."""
    from .sale import write_sale

    basket_id = f"pickup-{order.id}"
    tx.baskets.insert(basket_id, basket, user.id, now)
    res = write_sale(tx, cfg, user, basket_id, tenders, now, cash_confirmed=cash_confirmed)
    return res.sale_id, res.receipt_no, res.total, res.change


def hand_over(
    uow,
    user: User,
    order_id: str,
    code: str | None = None,
    id_check: IdCheck | None = None,
    selection: dict[int, Decimal] | None = None,
    tenders: list[Tender] | None = None,
    now: str | None = None,
    cash_confirmed: bool = False,
) -> HandoverResult:
    """Give the customer all lines (selection None) or some. Verified by the pickup code or an
    ID check. `cash_confirmed`: the clerk confirmed cash above the ceiling (services/sale.write_sale).
    Releases the order's reservation; stock goes out once: a "pickup" movement for an order paid
    online, or the sale's own movements for one paid here (same path as the counter).

    The order is re-read under the write lock: a cancellation applied meanwhile (the puller, or
    check_with_hub) stops the handover with a clear message and changes nothing."""
    _start(user)
    cfg = config(uow)
    if code is None and id_check is None:
        raise PickupError("Verify the customer: type or scan the pickup code, or record the ID shown")
    with uow.write() as tx:
        now = now or tx.stamp(cfg.station_code, utcnow).at  # read under the write lock (a sale may be written)
        order, lines = _load(tx, order_id)
        if order.status in (dp.COLLECTED, dp.PARTIAL):
            return HandoverResult(
                order.id,
                order.number,
                order.status,
                {ln.line_no: ln.collected for ln in lines if ln.collected},
                order.sale_id,
                order.receipt_no,
                repeated=True,
            )
        plan, status = dp.plan_handover(lines, selection)
        status = dp.transition(order.status, "hand_over" if status == dp.COLLECTED else "hand_over_part", order.number)
        if code is not None:
            if not dp.verify_code(order.pickup_code, code):
                raise PickupError("That pickup code does not match this order. Ask the customer again, or check an ID")
            check = {"method": "code"}
        else:
            assert id_check is not None  # one of the two, checked before the transaction
            check = id_check.wire()
        for ln in lines:
            ln.collected = plan.get(ln.line_no, Decimal(0))
        held = tx.pickup.held_for_order(order_id)
        # Everything set aside is released: what the customer takes leaves through the stock
        # movement below, what they leave goes back on the shelf.
        tx.pickup.add_reservations(
            [
                (uuid.uuid4().hex, pid, -m, "release", order_id, no, cfg.station_code, now)
                for no, (pid, m) in sorted(held.items())
                if m > 0
            ]
        )
        sale_id = receipt_no = None
        total = change = Decimal(0)
        if order.payment == dp.PAY_AT_PICKUP:
            if not tenders:
                total = _basket(tx, cfg, lines, plan).totals().total
                raise PaymentError(f"Take the payment first: {total} {cfg.currency} to pay at pickup")
            sale_id, receipt_no, total, change = _write_sale(
                tx, cfg, user, order, _basket(tx, cfg, lines, plan), tenders, now, cash_confirmed
            )
        else:
            moves = [
                (
                    uuid.uuid4().hex,
                    ln.product_id,
                    -to_milli(ln.collected),
                    "pickup",
                    order.number,
                    cfg.station_code,
                    now,
                )
                for ln in lines
                if ln.collected > 0
            ]
            tx.stock.add_movements(moves)
            _movements_event(tx, cfg, moves, {ln.product_id: ln.sku for ln in lines}, now)
        tx.journal.append(
            "pickup_handover",
            order.number,
            {
                "type": "pickup_handover",
                "order_id": order_id,
                "number": order.number,
                "at": now,
                "store": cfg.store_code,
                "station": cfg.station_code,
                "user": user.username,
                "status": status,
                "payment": order.payment,
                "paid_minor": order.paid_minor,
                "receipt_no": receipt_no,
                "id_check": check,
                "customer": order.customer_name,
                "lines": [{"line": ln.line_no, "sku": ln.sku, "collected": str(ln.collected)} for ln in lines],
            },
            now,
        )
        _save(tx, order_id, lines)
        tx.pickup.set_status(
            order_id,
            status,
            now,
            closed_at=now,
            id_check=json.dumps(check, sort_keys=True),
            sale_id=sale_id,
            receipt_no=receipt_no,
        )
        tx.pickup.add_history(
            order_id,
            status,
            now,
            user.username,
            "station",
            "code verified" if code is not None else f"ID checked: {check['document']}",
        )
        # On the wire a handover is "collected" with each line's collected quantity: the hub
        # cancels what was not taken (hub/orders/events.py). The hub's "partially_collected"
        # keeps the rest open at the store for a later visit; here the rest goes back on the
        # shelf at once (its reservation was just released), so the order is closed.
        _status_event(tx, cfg, user, order, dp.COLLECTED, lines, now, check, receipt_no)
        return HandoverResult(order_id, order.number, status, plan, sale_id, receipt_no, total, change)


def return_to_shelf(uow, user: User, order_id: str, now: str | None = None) -> OrderView:
    """A no-show (ready longer than the hold time) or an order the hub cancelled after it was
    ready: its items go back on the shelf; the reservation is released. An overdue order becomes
    "expired" and the hub hears it."""
    _start(user)
    cfg = config(uow)
    now = now or utcnow()
    with uow.write() as tx:
        order, lines = _load(tx, order_id)
        held = tx.pickup.held_for_order(order_id)
        days = _hold_days(tx)
        ready = _dt(order.ready_at)
        overdue = dp.is_overdue(order.status, ready, _at(now), days)
        if order.status == dp.READY and not overdue:
            if ready is None:  # not expected: marking an order ready records its time
                raise PickupError(f"Order {order.number} is held for the customer; it is not expired yet")
            until = ready + timedelta(days=days)
            raise PickupError(
                f"Order {order.number} is held for the customer until "
                f"{cfg.local(_iso(until)):%d/%m %H:%M}; it is not expired yet"
            )
        if order.status not in (dp.READY, dp.CANCELLED, dp.EXPIRED) or not held:
            raise PickupError(f"Order {order.number} has nothing set aside to return to the shelf")
        tx.pickup.add_reservations(
            [
                (uuid.uuid4().hex, pid, -m, "release", order_id, no, cfg.station_code, now)
                for no, (pid, m) in sorted(held.items())
                if m > 0
            ]
        )
        if order.status == dp.READY:
            new = dp.transition(order.status, "expire", order.number)
            tx.pickup.set_status(
                order_id, new, now, closed_at=now, returned_at=now, status_reason=f"not collected within {days} days"
            )
            _status_event(tx, cfg, user, order, new, lines, now)
        else:
            new = order.status
            tx.pickup.mark_returned(order_id, now)
        tx.pickup.add_history(order_id, new, now, user.username, "station", "returned to shelf")
        tx.journal.append(
            "pickup_return",
            order.number,
            {
                "type": "pickup_return",
                "order_id": order_id,
                "number": order.number,
                "at": now,
                "store": cfg.store_code,
                "station": cfg.station_code,
                "user": user.username,
                "status": new,
                "released": [{"line": no, "quantity": str(from_milli(m))} for no, (_pid, m) in sorted(held.items())],
            },
            now,
        )
        return _view(tx, order_id, now, f"Order {order.number}: items back on the shelf, reservation released")


# ==== the hub, online =====================================================================
def check_with_hub(uow, order_id: str, timeout: float = 2.0) -> str | None:  # float-ok: seconds
    """Ask the hub for the order's status right before a handover (online only). A
    cancellation found there is applied here at once and returned as the message to show;
    None when the hub has nothing against it, or cannot be reached (offline: go on locally;
    the handover itself re-reads the local status in its transaction)."""
    from dataclasses import replace

    from ..adapters.hub_client import HubClient, HubRefused, HubUnavailable
    from .sync import NotRegistered, hub_config

    try:
        hc = hub_config(uow)
    except NotRegistered:
        return None
    if hc is None:
        return None
    with uow.read() as tx:
        state = tx.sync_state.all()
    last_ok, last_err = state.get("last_success"), state.get("last_error_at")
    if last_err and (not last_ok or last_err > last_ok):
        return None  # the last sync failed: offline, so no wait on the network at the desk
    client = HubClient(replace(hc, connect_timeout=min(1.0, timeout), read_timeout=timeout))
    try:
        # HubClient has no get_order yet (hub_client.py is not this module's): its generic request.
        body = client.order(order_id)
    except (HubUnavailable, HubRefused):
        return None
    finally:
        client.close()
    status = body.get("status")
    if status not in dp.CENTRAL_STATES:
        return None
    now = utcnow()
    version = body.get("version") if isinstance(body.get("version"), int) else None
    with uow.write() as tx:
        existing = tx.pickup.get(order_id)
        if existing is None:
            return None
        history = body.get("history") if isinstance(body.get("history"), list) else []
        last = history[-1] if history and isinstance(history[-1], dict) else {}
        reason = last.get("reason") or ""
        if not isinstance(reason, str):
            reason = ""
        return central_change(
            tx, existing, status, now, "hub", reason[:300], version if version is not None else existing.version
        )


# ==== printing ============================================================================
def pick_list_doc(uow, order_id: str, now: str | None = None) -> dict:
    cfg = config(uow)
    view = order(uow, order_id, now)
    o = view.order
    with uow.read() as tx:
        shelf = {ln.line_no: tx.catalog.first_barcode(ln.product_id) for ln in view.lines}
    return {
        "store": cfg.store_name,
        "store_code": cfg.store_code,
        "number": o.number,
        "order_id": o.id,
        "customer": o.customer_name,
        "phone": o.customer_phone,
        "email": o.customer_email,
        "created": f"{cfg.local(o.created_at):%d/%m/%Y %H:%M}",
        "due": f"{cfg.local(o.due_at):%d/%m/%Y %H:%M}" if o.due_at else "—",
        "printed": f"{cfg.local(now or utcnow()):%d/%m/%Y %H:%M}",
        "payment": "Paid online"
        if o.payment == dp.PAID_ONLINE
        else f"To pay at pickup: {from_minor(o.total_minor, o.currency)} {o.currency}",
        "lines": [
            {
                "line": ln.line_no,
                "sku": ln.sku,
                "name": ln.name,
                "quantity": ln.quantity,
                "barcode": shelf.get(ln.line_no, ""),
                "picked": ln.picked,
                "rejected": ln.rejected,
                "reason": ln.reason,
            }
            for ln in view.lines
        ],
    }


def print_pick_list(uow, data_dir: Path, order_id: str, now: str | None = None) -> Path:
    """The A4 pick list, kept as a PDF in the data folder (and the path returned to show or print)."""
    from ..adapters.printing.pick_list_pdf import render_pick_list_pdf

    doc = pick_list_doc(uow, order_id, now)
    path = Path(data_dir) / "pickup" / f"pick-list-{_safe_name(doc['number'])}.pdf"
    return render_pick_list_pdf(doc, path)


def handover_doc(uow, order_id: str) -> dict:
    cfg = config(uow)
    view = order(uow, order_id)
    o = view.order
    if o.status not in (dp.COLLECTED, dp.PARTIAL):
        raise PickupError(f"Order {o.number} has not been handed over")
    assert o.closed_at is not None  # a handover records its time (hand_over)
    check = json.loads(o.id_check) if o.id_check else {}
    verified = (
        "Pickup code"
        if check.get("method") == "code"
        else (
            f"ID shown: {check.get('document', '').replace('_', ' ')} …{check.get('reference', '')}, "
            f"{check.get('name', '')}" + (f" for {check['collects_for']}" if check.get("collects_for") else "")
        )
    )
    handed_by = next((h[2] for h in reversed(view.history) if h[0] == o.status), "")
    return {
        "store": cfg.store_name,
        "address": list(cfg.store_address),
        "number": o.number,
        "customer": o.customer_name,
        "at": f"{cfg.local(o.closed_at):%d/%m/%Y %H:%M}",
        "station": cfg.station_code,
        "clerk": handed_by,
        "status": dp.LABELS[o.status],
        "verified": verified,
        "payment": (
            f"Paid at pickup, receipt {o.receipt_no}"
            if o.receipt_no
            else "Paid online"
            if o.payment == dp.PAID_ONLINE
            else ""
        ),
        "lines": [
            {
                "sku": ln.sku,
                "name": ln.name,
                "ordered": ln.quantity,
                "collected": ln.collected,
                "rejected": ln.rejected,
                "reason": ln.reason,
            }
            for ln in view.lines
        ],
        "footer": cfg.receipt_footer,
    }


def print_handover(uow, data_dir: Path, order_id: str) -> list[Path]:
    """The handover slip with the customer's name (and, when paid here, the sale's receipt)."""
    from ..adapters.printing.handover_pdf import render_handover_pdf

    doc = handover_doc(uow, order_id)
    paths = [render_handover_pdf(doc, Path(data_dir) / "pickup" / f"handover-{_safe_name(doc['number'])}.pdf")]
    with uow.read() as tx:
        sale_id = tx.pickup.get(order_id).sale_id
    if sale_id:
        from .receipts import print_receipt

        paths.append(print_receipt(uow, Path(data_dir), sale_id))
    return paths


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)[:60]


def set_hold_days(uow, user: User, days: int) -> None:
    require(user.role, Perm.STOCK_ADJUST)
    if not (1 <= int(days) <= 60):
        raise PickupError("Hold time: between 1 and 60 days")
    with uow.write() as tx:
        tx.settings.set(HOLD_DAYS_KEY, str(int(days)))


def parse_quantity_text(text: str) -> Decimal:
    try:
        q = Decimal(text.strip())
    except (InvalidOperation, AttributeError):
        raise PickupError(f"{text!r} is not a quantity") from None
    if not q.is_finite() or q <= 0:
        raise PickupError("A quantity must be more than zero")
    return q


__all__ = [
    "OrderCancelled",
    "PickupError",
    "IdCheck",
    "accept",
    "pick",
    "reject",
    "mark_ready",
    "hand_over",
    "return_to_shelf",
    "queue",
    "search",
    "counts",
    "order",
    "check_with_hub",
]
