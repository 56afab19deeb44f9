"""What every desk action writes besides its own rows: the "pickup_status" and
"stock_movements" outbox events (rule 6), its journal entry, the reservations released, the
picked/rejected/collected quantities, and the permission check of the desk."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from ...adapters.pickup_repo import HeldReservation, NewReservation
from ...adapters.repositories import NewMovement, from_milli, to_milli
from ...domain.permissions import Perm, require
from ...domain.pickup import PickLine
from ..context import User
from ..stock.posting import movements_event

if TYPE_CHECKING:
    from ...adapters.uow import Tx


def status_event(
    tx: Tx,
    cfg,
    user: User,
    order,
    status: str,
    lines: list[PickLine],
    now: str,
    id_check: dict | None = None,
    receipt_no: str | None = None,
    parcels: list[dict] | None = None,
) -> dict:
    """The "pickup_status" event; a ship order's "packed" and "shipped" carry its `parcels`
    (wire.py: number and weight_g; then carrier and tracking too)."""
    payload: dict = {
        "store": cfg.store_code,
        "station": cfg.station_code,
        "order_id": order.id,
        "status": status,
        "at": now,
        "user": user.username,
        "lines": [_wire(ln, order.fulfilment) for ln in lines],
        "id_check": id_check,
        "receipt_no": receipt_no,
    }
    if parcels is not None:
        payload["parcels"] = parcels
    tx.outbox.add(uuid.uuid4().hex, "pickup_status", payload, now)
    return payload


def _wire(line: PickLine, fulfilment: str) -> dict:
    """A line as the event carries it: a ship order's says what was "shipped" where a pickup
    order's says what was "collected" (wire.py)."""
    out = line.wire()
    if fulfilment == "ship":
        out["shipped"] = out.pop("collected")
    return out


def write_movements(tx: Tx, cfg, moves: list[NewMovement], skus: dict[int, str], now: str) -> None:
    """Write stock movements and their "stock_movements" event (`skus`: product id -> SKU)."""
    tx.stock.add_movements(moves)
    movements_event(
        tx,
        cfg,
        [
            {
                "id": m.id,
                "sku": skus[m.product_id],
                "quantity": str(from_milli(m.quantity_milli)),
                "reason": m.reason,
                "doc_ref": m.doc_ref,
                "at": m.created_at,
            }
            for m in moves
        ],
        now,
    )


def reserve_picked(tx: Tx, cfg, order_id: str, lines: list[PickLine], now: str) -> list[NewReservation]:
    """Set aside what was picked (the reservation ledger): an order ready for its customer, or
    packed in its parcels. Returns the rows written (journaled by the caller)."""
    rows = [
        NewReservation(
            uuid.uuid4().hex, ln.product_id, to_milli(ln.picked), "reserve", order_id, ln.line_no, cfg.station_code, now
        )
        for ln in lines
        if ln.picked > 0
    ]
    tx.pickup.add_reservations(rows)
    return rows


def release_held(tx: Tx, cfg, order_id: str, held: dict[int, HeldReservation], now: str) -> None:
    """Release everything still set aside for an order (the reservation ledger)."""
    tx.pickup.add_reservations(
        [
            NewReservation(uuid.uuid4().hex, h.product_id, -h.milli, "release", order_id, no, cfg.station_code, now)
            for no, h in sorted(held.items())
            if h.milli > 0
        ]
    )


def journal_action(tx: Tx, cfg, user: User, order, kind: str, now: str, **fields) -> None:
    """Journal a desk action ("pickup_ready", "pickup_handover", "pickup_return") with what every
    one of them carries: the order, the time, the store, station and user."""
    tx.journal.append(
        kind,
        order.number,
        {
            "type": kind,
            "order_id": order.id,
            "number": order.number,
            "at": now,
            "store": cfg.store_code,
            "station": cfg.station_code,
            "user": user.username,
            **fields,
        },
        now,
    )


def save_lines(tx: Tx, order_id: str, lines: list[PickLine]) -> None:
    tx.pickup.save_lines(
        order_id,
        [(ln.line_no, to_milli(ln.picked), to_milli(ln.rejected), ln.reason, to_milli(ln.collected)) for ln in lines],
    )


def check_clerk(user: User):
    require(user.role, Perm.SELL)
