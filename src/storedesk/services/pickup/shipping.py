"""Ship-from-store (issue 17): a web order the hub routed here to be shipped to the customer.

It is accepted, picked by scanning and its short lines rejected exactly as a pickup order
(picking.py); then, instead of "ready" and a handover:
  pack          the picked items go into N parcels, each weighed (grams); they are set aside
                (the reservation ledger, as a ready order) and the hub hears "packed";
  print_labels  a 4x6 in label per parcel (adapters/printing/shipping_label_pdf.py);
  ship          each parcel's tracking number (typed or scanned, or given by the carrier), then
                the stock leaves the store ONCE: one "ship" movement per line, the reservation
                released, the order closed, the hub told "shipped" with the parcels — all in
                one transaction (rule 2).
Carriers are an adapter (carriers.py); "manual" is built in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from ...adapters.repositories import NewMovement, from_milli, to_milli
from ...domain import pickup as dp
from ...domain.pickup import OrderCancelled, PickupError
from ...i18n import msg
from ...i18n.formats import fmt_number, parse_decimal
from ..context import User, config, utcnow
from .carriers import MANUAL, carrier
from .events import (
    check_clerk,
    journal_action,
    release_held,
    reserve_picked,
    save_lines,
    status_event,
    write_movements,
)
from .queues import SHIP, OrderView, load_order, order, order_view
from .slips import safe_name

if TYPE_CHECKING:
    from ...adapters.uow import Tx, UnitOfWork

MAX_PARCELS = 20
MAX_WEIGHT_G = 100_000  # 100 kg: more is a pallet, not a parcel


def grams(kg_text: str) -> int:
    """A weight typed in kilograms in the store's locale ("1,2" in French, "1.2") -> grams (1200);
    PickupError when it is not a weight a parcel can have."""
    try:
        kg = parse_decimal(kg_text)
    except (ValueError, InvalidOperation):
        kg = None
    if kg is None or not kg.is_finite() or kg <= 0 or kg * 1000 != (kg * 1000).to_integral_value():
        raise PickupError(
            msg("pickup", "{typed} is not a weight: type the kilograms, such as 1.2", typed=repr(kg_text))
        )
    g = int(kg * 1000)
    if g > MAX_WEIGHT_G:
        raise PickupError(msg("pickup", "A parcel weighs at most {most} kg", most=fmt_number(MAX_WEIGHT_G // 1000)))
    return g


def kilograms(weight_g: int) -> str:
    """1200 -> "1,2" (fr_FR), "1.2" (en_IE): a parcel's weight as a person reads it."""
    return fmt_number(Decimal(weight_g) / 1000)


def _ship_order(tx: Tx, order_id: str):
    found, lines = load_order(tx, order_id)
    if found.fulfilment != SHIP:
        raise PickupError(msg("pickup", "Order {number} is collected at the desk, not shipped", number=found.number))
    return found, lines


def _stopped(o, doing: str) -> None:
    """A cancelled or expired ship order is not packed or shipped: its items go back on the shelf."""
    if o.status == dp.CANCELLED:
        if doing == "pack":
            raise OrderCancelled(msg("pickup", "Order {number} was cancelled: do not pack it", number=o.number))
        raise OrderCancelled(msg("pickup", "Order {number} was cancelled: do not ship it", number=o.number))
    if o.status == dp.EXPIRED:
        if doing == "pack":
            raise OrderCancelled(msg("pickup", "Order {number} has expired: do not pack it", number=o.number))
        raise OrderCancelled(msg("pickup", "Order {number} has expired: do not ship it", number=o.number))


def _check_weights(weights_g: list[int]) -> None:
    if not 1 <= len(weights_g) <= MAX_PARCELS:
        raise PickupError(msg("pickup", "Pack into 1 to {most} parcels", most=MAX_PARCELS))
    for i, w in enumerate(weights_g, start=1):
        if not isinstance(w, int) or isinstance(w, bool) or not 0 < w <= MAX_WEIGHT_G:
            raise PickupError(msg("pickup", "Parcel {parcel}: type its weight", parcel=i))


def pack(
    uow: UnitOfWork, user: User, order_id: str, weights_g: list[int], carrier_code: str = MANUAL, now: str | None = None
) -> OrderView:
    """Every line picked or rejected: the picked items go into len(weights_g) parcels (the whole
    order split over them); they are set aside; the hub hears "packed" with each parcel's weight.
    A packed order not shipped yet is packed again (a weight typed wrong, another parcel count):
    its parcels are replaced (their labels must be printed again) and the hub hears "packed"
    again with the new ones; the same parcels again change nothing."""
    check_clerk(user)
    cfg = config(uow)
    now = now or utcnow()
    _check_weights(weights_g)
    chosen = carrier(carrier_code)
    with uow.write() as tx:
        o, lines = _ship_order(tx, order_id)
        _stopped(o, "pack")
        again = o.status == dp.READY and o.shipped_at is None
        if o.status not in (dp.ACCEPTED, dp.PICKING) and not again:
            raise PickupError(msg("pickup", "Order {number} cannot be packed now", number=o.number))
        parcels = [{"number": i, "weight_g": w} for i, w in enumerate(weights_g, start=1)]
        done = msg(
            "pickup",
            "Order {number} packed in %n parcel(s): the labels are printing",
            n=len(weights_g),
            number=o.number,
        )
        if again:
            held = tx.pickup.parcels(order_id)
            if [(p.weight_g, p.carrier) for p in held] == [(w, chosen.code) for w in weights_g]:
                return order_view(tx, order_id, now, done)  # the same parcels: only the labels again
            tx.pickup.drop_parcels(order_id)
            tx.pickup.add_parcels(order_id, weights_g, chosen.code, now)
            tx.pickup.set_status(order_id, dp.READY, now, packed_at=now)
            before = ", ".join(f"{p.number}: {p.weight_g} g" for p in held)
            tx.pickup.add_history(
                order_id, "packed", now, user.username, "station", f"packed again in {len(weights_g)} parcel(s)"
            )
            journal_action(tx, cfg, user, o, "pickup_packed", now, parcels=parcels, again=True, before=before)
            status_event(tx, cfg, user, o, "packed", lines, now, parcels=parcels)
            return order_view(tx, order_id, now, done)
        dp.check_ready(lines, o.number)
        rows = reserve_picked(tx, cfg, order_id, lines, now)
        tx.pickup.add_parcels(order_id, weights_g, chosen.code, now)
        tx.pickup.set_status(order_id, dp.READY, now, ready_at=now, packed_at=now)
        tx.pickup.add_history(order_id, "packed", now, user.username, "station", f"{len(weights_g)} parcel(s)")
        journal_action(
            tx,
            cfg,
            user,
            o,
            "pickup_packed",
            now,
            parcels=parcels,
            reservations=[{"id": r.id, "line": r.line_no, "quantity": str(from_milli(r.quantity_milli))} for r in rows],
        )
        status_event(tx, cfg, user, o, "packed", lines, now, parcels=parcels)
        return order_view(tx, order_id, now, done)


@dataclass(frozen=True)
class LabelDoc:
    """What one parcel's label says (adapters/printing/shipping_label_pdf.py)."""

    number: str  # the order's number
    parcel: int
    parcels: int
    weight: str  # kilograms, written in the store's locale
    sender: tuple[str, ...]  # the store's name and address
    delivery: dict[str, str]  # name, line1, line2, postcode, city, country, phone
    carrier: str
    tracking: str
    barcode: str  # the order and the parcel: "W-2026-000123/1"


def label_docs(uow: UnitOfWork, order_id: str) -> list[LabelDoc]:
    cfg = config(uow)
    view = order(uow, order_id)
    if not view.ships:
        raise PickupError(
            msg("pickup", "Order {number} is collected at the desk, not shipped", number=view.order.number)
        )
    if not view.parcels:
        raise PickupError(
            msg("pickup", "Order {number} is not packed yet: pack it first (F11)", number=view.order.number)
        )
    n = len(view.parcels)
    return [
        LabelDoc(
            view.order.number,
            p.number,
            n,
            kilograms(p.weight_g),
            (cfg.store_name, *cfg.store_address),
            view.delivery,
            carrier(p.carrier).name,
            p.tracking,
            f"{view.order.number}/{p.number}",
        )
        for p in view.parcels
    ]


def print_labels(uow: UnitOfWork, data_dir: Path, order_id: str, now: str | None = None) -> list[Path]:
    """One 4x6 in label PDF per parcel, kept in the data folder; the parcels remember when."""
    from ...adapters.printing.shipping_label_pdf import render_shipping_label_pdf

    docs = label_docs(uow, order_id)
    folder = Path(data_dir) / "pickup"
    paths = [
        render_shipping_label_pdf(d, folder / f"label-{safe_name(d.number)}-{d.parcel}of{d.parcels}.pdf") for d in docs
    ]
    with uow.write() as tx:
        o = tx.pickup.get(order_id)
        if o is not None and o.shipped_at is None:
            tx.pickup.labels_printed(order_id, now or utcnow())
    return paths


def _trackings(o, parcels, tracking: dict[int, str]) -> dict[int, tuple[str, str]]:
    """parcel -> (carrier, tracking number): the carrier's own, or typed/scanned; each checked."""
    out: dict[int, tuple[str, str]] = {}
    seen: dict[str, int] = {}
    for p in parcels:
        c = carrier(p.carrier)
        number = c.tracking_for(o.number, p.number, p.weight_g) or c.check_tracking(
            tracking.get(p.number) or p.tracking, p.number
        )
        if number in seen:
            raise PickupError(
                msg(
                    "pickup",
                    "Parcels {first} and {second} have the same tracking number",
                    first=seen[number],
                    second=p.number,
                )
            )
        seen[number] = p.number
        out[p.number] = (c.code, number)
    return out


def ship(
    uow: UnitOfWork, user: User, order_id: str, tracking: dict[int, str] | None = None, now: str | None = None
) -> OrderView:
    """The parcels leave with their tracking numbers: stock goes out once ("ship" movements), the
    reservation is released, the order closes and the hub hears "shipped" — one transaction.
    Shipping an order already shipped changes nothing."""
    check_clerk(user)
    cfg = config(uow)
    now = now or utcnow()
    with uow.write() as tx:
        o, lines = _ship_order(tx, order_id)
        if o.shipped_at is not None:
            return order_view(tx, order_id, now, msg("pickup", "Order {number} is already shipped", number=o.number))
        _stopped(o, "ship")
        if o.status != dp.READY:
            raise PickupError(msg("pickup", "Order {number} is not packed yet: pack it first (F11)", number=o.number))
        parcels = tx.pickup.parcels(order_id)
        unprinted = next((p.number for p in parcels if p.label_printed_at is None), None)
        if unprinted is not None:
            raise PickupError(
                msg("pickup", "Parcel {parcel} has no label yet: print the labels (F11)", parcel=unprinted)
            )
        numbers = _trackings(o, parcels, tracking or {})
        for no, (code, number) in numbers.items():
            tx.pickup.set_tracking(order_id, no, code, number)
        release_held(tx, cfg, order_id, tx.pickup.held_for_order(order_id), now)
        for ln in lines:
            ln.collected = ln.picked  # what left the store, line by line
        moves = [
            NewMovement(uuid.uuid4().hex, ln.product_id, -to_milli(ln.picked), "ship", o.number, cfg.station_code, now)
            for ln in lines
            if ln.picked > 0
        ]
        write_movements(tx, cfg, moves, {ln.product_id: ln.sku for ln in lines}, now)
        save_lines(tx, order_id, lines)
        tx.pickup.set_status(order_id, dp.COLLECTED, now, closed_at=now, shipped_at=now)
        sent = [
            {
                "number": p.number,
                "weight_g": p.weight_g,
                "carrier": numbers[p.number][0],
                "tracking": numbers[p.number][1],
            }
            for p in parcels
        ]
        detail = ", ".join(f"{p['number']}: {p['carrier']} {p['tracking']}" for p in sent)
        tx.pickup.add_history(order_id, "shipped", now, user.username, "station", detail)
        journal_action(
            tx,
            cfg,
            user,
            o,
            "pickup_shipped",
            now,
            parcels=sent,
            lines=[{"line": ln.line_no, "sku": ln.sku, "shipped": str(ln.collected)} for ln in lines],
        )
        status_event(tx, cfg, user, o, "shipped", lines, now, parcels=sent)
        return order_view(
            tx, order_id, now, msg("pickup", "Order {number} shipped: %n parcel(s)", n=len(sent), number=o.number)
        )
