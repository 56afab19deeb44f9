"""What every stock document shares: finding the product scanned or typed, its quantity in the
product's unit, the gapless document number, the ledger movements with their "stock_movements"
outbox event (rule 5), and a manager override recorded and journaled (rule 9). Receiving,
adjustments, counts and transfers all post through here."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...adapters.repositories import NewMovement, Product, from_milli
from ...domain import stock_ops as rules
from ...domain.errors import UnknownBarcode
from ...domain.units import check_milli_for
from ...i18n import msg
from ..context import User
from ..restore.pending import refuse_if_pending

if TYPE_CHECKING:
    from ...adapters.uow import Tx

EVENT_CHUNK = 500  # movements per "stock_movements" outbox event


def qty_text(milli: int) -> str:
    return str(from_milli(milli))


def find_product(tx: Tx, code: str):
    """A product by barcode or SKU (what a scanner or a typed code gives)."""
    code = (code or "").strip()
    if not code:
        raise UnknownBarcode(msg("stock", "Scan or type a barcode or SKU"))
    p = tx.catalog.by_barcode(code) or tx.catalog.by_sku(code)
    if p is None:
        raise UnknownBarcode(msg("stock", "{code}: no product has this barcode or SKU", code=code))
    return p


def in_unit(p, milli: int) -> int:
    """A typed quantity of `p` as its unit takes it (domain/units.py): pieces whole, weighed or
    measured goods to their unit's decimals; refused with the product's name and what to type."""
    return check_milli_for(milli, p.unit, p.name)


@dataclass
class TypedLine:
    product: Product
    milli: int  # in the product's unit


def typed_lines(tx: Tx, lines: list[tuple[str, str]]) -> list[TypedLine]:
    """Typed (barcode or SKU, quantity) lines, one per product in the order first typed: the
    quantities of a product typed twice add up, each checked in the product's unit."""
    merged: dict[int, TypedLine] = {}
    for code, qty in lines:
        p = find_product(tx, code)
        merged.setdefault(p.id, TypedLine(p, 0)).milli += in_unit(p, rules.parse_qty_milli(qty))
    return list(merged.values())


def doc_no(tx: Tx, cfg, prefix: str) -> str:
    refuse_if_pending(tx)  # rule 11: no document number before a restored station caught up
    n = tx.counters.next(f"{prefix.lower()}:{cfg.station_code}")
    return f"{prefix}-{cfg.store_code}-{cfg.station_code}-{n:06d}"


def post_movements(tx: Tx, cfg, lines: list[tuple[int, str, int]], reason: str, doc_ref: str, now: str) -> list[str]:
    """Write ledger movements (product id, sku, signed milli) and their outbox event. Returns the ids."""
    lines = [ln for ln in lines if ln[2] != 0]
    if not lines:
        return []
    rows = [
        NewMovement(uuid.uuid4().hex, pid, milli, reason, doc_ref, cfg.station_code, now) for pid, _sku, milli in lines
    ]
    tx.stock.add_movements(rows)
    movements_event(
        tx,
        cfg,
        [
            {"id": r.id, "sku": sku, "quantity": qty_text(milli), "reason": reason, "doc_ref": doc_ref, "at": now}
            for r, (_pid, sku, milli) in zip(rows, lines, strict=True)
        ],
        now,
    )
    return [r.id for r in rows]


def movements_event(tx: Tx, cfg, wire: list[dict], now: str) -> None:
    """The "stock_movements" outbox event of a document's movements (rule 5), written in the
    document's transaction: {"id", "sku", "quantity", "reason", "doc_ref", "at"} each. None for
    no movement; a full count may correct many products: events of EVENT_CHUNK at most."""
    for i in range(0, len(wire), EVENT_CHUNK):
        tx.outbox.add(
            uuid.uuid4().hex,
            "stock_movements",
            {"store": cfg.store_code, "station": cfg.station_code, "movements": wire[i : i + EVENT_CHUNK]},
            now,
        )


def record_override(
    tx: Tx, action: str, user: User, approver: User | None, doc: str, detail: str, now: str, fiscal: dict
) -> list[dict]:
    """Record a manager override with both users, and journal it (rule 9)."""
    if approver is None:
        return []
    tx.overrides.add(action, user.id, approver.id, doc, detail, now)
    record = [{"action": action, "user": user.username, "approver": approver.username, "at": now, "detail": detail}]
    tx.journal.append("stock_override", doc, {**fiscal, "overrides": record}, now)
    return record
