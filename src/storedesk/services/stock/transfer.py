"""Transfers out: stock sent to another store as transfer-out movements and a "transfer" event
the hub turns into a delivery the other store receives (payload: see the package docstring)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from ...adapters.repositories import from_milli
from ...domain import stock_ops as rules
from ...domain.stock_ops import StockError
from ..auth import authorise
from ..context import User, config, utcnow
from .posting import doc_no, find_product, in_unit, post_movements, qty_text, record_override


@dataclass(frozen=True)
class TransferResult:
    transfer_id: str
    doc_no: str
    to_store: str
    lines: list[tuple[str, str, Decimal]]  # sku, name, quantity
    approved_by: str | None


def transfer_out(
    uow,
    user: User,
    to_store: str,
    lines: list[tuple[str, str]],
    note: str = "",
    approver: tuple[str, str] | None = None,
) -> TransferResult:
    """Send stock to another store: transfer-out movements and a "transfer" event the hub
    turns into a document the other store receives (with its own transfer-in)."""
    cfg = config(uow)
    to_store = (to_store or "").strip().upper()
    if not to_store:
        raise StockError("Type the store code the goods go to")
    if to_store == cfg.store_code:
        raise StockError("A transfer goes to another store, not to this one")
    if not lines:
        raise StockError("Add at least one product to the transfer")
    by = authorise(uow, user, rules.TRANSFER, approver)
    now = utcnow()
    tid = uuid.uuid4().hex
    with uow.write() as tx:
        merged: dict[int, list] = {}
        for code, qty in lines:
            p = find_product(tx, code)
            merged.setdefault(p.id, [p, 0])[1] += in_unit(p, rules.parse_qty_milli(qty))
        doc = doc_no(tx, cfg, "TRF")
        ids = post_movements(tx, cfg, [(p.id, p.sku, -m) for p, m in merged.values()], rules.TRANSFER_OUT, doc, now)
        tx.stock_ops.transfer_insert(
            tid,
            doc,
            to_store,
            (note or "").strip()[:200],
            user.id,
            now,
            [(p.id, m, mid) for (p, m), mid in zip(merged.values(), ids, strict=True)],
        )
        wire_lines = [{"sku": p.sku, "name": p.name, "quantity": qty_text(m)} for p, m in merged.values()]
        tx.outbox.add(
            uuid.uuid4().hex,
            "transfer",
            {
                "store": cfg.store_code,
                "station": cfg.station_code,
                "transfer_id": tid,
                "number": doc,
                "to_store": to_store,
                "at": now,
                "user": user.username,
                "note": (note or "").strip()[:200],
                "lines": wire_lines,
            },
            now,
        )
        record_override(
            tx,
            "stock_transfer",
            user,
            by,
            doc,
            f"to {to_store}",
            now,
            {
                "type": "stock_transfer",
                "doc_no": doc,
                "at": now,
                "store": cfg.store_code,
                "station": cfg.station_code,
                "to_store": to_store,
            },
        )
    return TransferResult(
        tid, doc, to_store, [(p.sku, p.name, from_milli(m)) for p, m in merged.values()], by.username if by else None
    )


def transfers(uow, limit: int = 100) -> list[tuple]:
    with uow.read() as tx:
        return tx.stock_ops.transfers(limit)
