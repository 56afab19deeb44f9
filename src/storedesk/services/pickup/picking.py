"""Picking a web order: accept it, pick by scanning, take a scan back, reject a line with its
reason (stock written off or kept as the reason says), and mark it ready (reservations)."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.repositories import NewMovement, from_milli, to_milli
from ...domain import pickup as dp
from ...domain.pickup import PickupError
from ...domain.scan import parse_scan
from ...domain.units import check_quantity_for, unit_of
from ...i18n import Message, msg
from ..catalog import find_scanned
from ..context import User, config, utcnow
from .events import check_clerk, journal_action, reserve_picked, save_lines, status_event, write_movements
from .queues import OrderView, hold_days, load_order, order_view

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


def accept(uow: UnitOfWork, user: User, order_id: str, now: str | None = None) -> OrderView:
    """Take the order on: it moves to the picking queue; the hub hears "accepted"."""
    check_clerk(user)
    cfg = config(uow)
    now = now or utcnow()
    with uow.write() as tx:
        order, lines = load_order(tx, order_id)
        if order.status == dp.ACCEPTED:
            return order_view(
                tx, order_id, now, msg("pickup", "Order {number} is already accepted", number=order.number)
            )
        new = dp.transition(order.status, "accept", order.number)
        tx.pickup.set_status(order_id, new, now, accepted_at=now)
        tx.pickup.add_history(order_id, new, now, user.username, "station")
        status_event(tx, cfg, user, order, new, lines, now)
        accepted = msg("pickup", "Order {number} accepted: print the pick list and pick it", number=order.number)
        return order_view(tx, order_id, now, accepted)


def pick(uow: UnitOfWork, user: User, order_id: str, code: str, now: str | None = None) -> OrderView:
    """One scan at the shelf: the item must be on the order and not picked in full yet."""
    check_clerk(user)
    cfg = config(uow)
    now = now or utcnow()
    scan = parse_scan(code)
    qty = scan.quantity if scan.quantity is not None else Decimal(1)
    with uow.write(durable=False) as tx:
        order, lines = load_order(tx, order_id)
        new = dp.transition(order.status, "pick", order.number)
        product = find_scanned(tx, scan)
        check_quantity_for(qty, product.unit, product.name)  # pieces whole, weighed goods to their unit
        line = dp.pick_scan(lines, product.id, qty, product.name)
        save_lines(tx, order_id, [line])
        if new != order.status:
            tx.pickup.set_status(order_id, new, now)
            tx.pickup.add_history(order_id, new, now, user.username, "station")
            status_event(tx, cfg, user, order, new, lines, now)
        done = all(ln.done for ln in lines)
        picked = {"name": line.name, "picked": dp._qty(line.picked), "wanted": dp._qty(line.quantity)}
        if done and order.fulfilment == "ship":
            note = msg("pickup", "{name}: {picked} of {wanted} picked — all lines done: F11 packs it", None, **picked)
        elif done:
            note = msg(
                "pickup", "{name}: {picked} of {wanted} picked — all lines done: F9 marks it ready", None, **picked
            )
        else:
            note = msg("pickup", "{name}: {picked} of {wanted} picked", None, **picked)
        return order_view(tx, order_id, now, note, line.line_no)


def unpick(uow: UnitOfWork, user: User, order_id: str, line_no: int, now: str | None = None) -> OrderView:
    """Take one picked unit back off a line (scanned twice by mistake)."""
    check_clerk(user)
    now = now or utcnow()
    with uow.write(durable=False) as tx:
        order, lines = load_order(tx, order_id)
        dp.transition(order.status, "pick", order.number)
        line = next((ln for ln in lines if ln.line_no == line_no), None)
        if line is None:
            raise PickupError(msg("pickup", "Line {line} is not on this order", line=line_no))
        dp.unpick(line)
        save_lines(tx, order_id, [line])
        return order_view(tx, order_id, now, msg("pickup", "{name}: one taken back off", name=line.name), line_no)


def reject(
    uow: UnitOfWork,
    user: User,
    order_id: str,
    line_no: int,
    quantity: Decimal | None,
    reason: str,
    now: str | None = None,
) -> OrderView:
    """Reject what cannot be supplied on a line, with its reason; each reason has its own stock
    effect (see domain.pickup.rejection_effect). The hub hears it at once and re-routes or cancels
    the rest; when nothing at all can be supplied, the order is rejected here."""
    check_clerk(user)
    cfg = config(uow)
    now = now or utcnow()
    with uow.write() as tx:
        order, lines = load_order(tx, order_id)
        dp.transition(order.status, "reject", order.number)
        line = next((ln for ln in lines if ln.line_no == line_no), None)
        if line is None:
            raise PickupError(msg("pickup", "Line {line} is not on this order", line=line_no))
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
            mv = NewMovement(
                movement_id,
                line.product_id,
                to_milli(effect.quantity),
                effect.movement_reason,
                order.number,
                cfg.station_code,
                now,
            )
            write_movements(tx, cfg, [mv], {line.product_id: line.sku}, now)
        tx.pickup.add_rejection(uuid.uuid4().hex, order_id, line_no, to_milli(qty), reason, movement_id, user.id, now)
        save_lines(tx, order_id, [line])
        new = dp.transition(order.status, "reject_all" if dp.all_rejected(lines) else "reject", order.number)
        detail = f"line {line_no} {line.sku}: {dp._qty(qty)} rejected, {reason}; {effect.explanation}"
        tx.pickup.add_history(order_id, new, now, user.username, "station", detail)
        if new != order.status:
            tx.pickup.set_status(order_id, new, now, closed_at=now if new == dp.REJECTED else None)
        # The hub's contract knows "picking" with rejected lines; a fully rejected order is
        # sent the same way (every line rejected) and the hub cancels or re-routes it.
        status_event(tx, cfg, user, order, dp.PICKING, lines, now)
        said = {"line": line_no, "reason": Message("pickup", dp.REASON_SHORT[reason]), "effect": effect.explanation}
        note = (
            msg(
                "pickup",
                "Line {line} rejected ({reason}): {effect}. Nothing can be supplied: the order is rejected; "
                "the hub re-routes or cancels it",
                None,
                **said,
            )
            if new == dp.REJECTED
            else msg("pickup", "Line {line} rejected ({reason}): {effect}", None, **said)
        )
        return order_view(tx, order_id, now, note, line_no)


def mark_ready(uow: UnitOfWork, user: User, order_id: str, now: str | None = None) -> OrderView:
    """Every line picked or rejected: reserve what was picked (reservation ledger), tell the hub
    "ready" (it notifies the customer), journal it — one transaction."""
    check_clerk(user)
    cfg = config(uow)
    now = now or utcnow()
    with uow.write() as tx:
        order, lines = load_order(tx, order_id)
        if order.fulfilment == "ship":
            raise PickupError(
                msg("pickup", "Order {number} is shipped to the customer: pack it (F11) instead", number=order.number)
            )
        new = dp.transition(order.status, "ready", order.number)
        dp.check_ready(lines, order.number)
        rows = reserve_picked(tx, cfg, order_id, lines, now)
        tx.pickup.set_status(order_id, new, now, ready_at=now)
        tx.pickup.add_history(order_id, new, now, user.username, "station")
        journal_action(
            tx,
            cfg,
            user,
            order,
            "pickup_ready",
            now,
            reservations=[{"id": r.id, "line": r.line_no, "quantity": str(from_milli(r.quantity_milli))} for r in rows],
        )
        status_event(tx, cfg, user, order, new, lines, now)
        days = hold_days(tx)
        ready = msg(
            "pickup",
            "Order {number} is ready; the customer is notified. Held %n day(s).",
            n=days,
            number=order.number,
        )
        return order_view(tx, order_id, now, ready)
