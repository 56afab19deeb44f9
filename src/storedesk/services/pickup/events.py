"""What every desk action writes besides its own rows: the "pickup_status" and
"stock_movements" outbox events (rule 6), the picked/rejected/collected quantities, and the
permission check of the desk."""

from __future__ import annotations

import uuid

from ...adapters.repositories import from_milli, to_milli
from ...domain.permissions import Perm, require
from ...domain.pickup import PickLine
from ..context import User


def status_event(
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


def movements_event(tx, cfg, moves: list[tuple], skus: dict[int, str], now: str) -> None:
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


def save_lines(tx, order_id: str, lines: list[PickLine]) -> None:
    tx.pickup.save_lines(
        order_id,
        [(ln.line_no, to_milli(ln.picked), to_milli(ln.rejected), ln.reason, to_milli(ln.collected)) for ln in lines],
    )


def check_clerk(user: User):
    require(user.role, Perm.SELL)
