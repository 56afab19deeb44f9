"""Transfers out: stock sent to another store as transfer-out movements and a "transfer" event
the hub turns into a delivery the other store receives (payload: see the package docstring)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.repositories import from_milli
from ...adapters.stock_ops_repo import TransferSummary
from ...domain import stock_ops as rules
from ...domain.stock_ops import StockError
from ...i18n import msg
from ..auth import authorise
from ..context import User, config, utcnow
from .posting import doc_no, post_movements, qty_text, record_override, typed_lines

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


@dataclass(frozen=True)
class TransferResult:
    transfer_id: str
    doc_no: str
    to_store: str
    lines: list[tuple[str, str, Decimal]]  # sku, name, quantity
    approved_by: str | None


def transfer_out(
    uow: UnitOfWork,
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
        raise StockError(msg("stock", "Type the store code the goods go to"))
    if to_store == cfg.store_code:
        raise StockError(msg("stock", "A transfer goes to another store, not to this one"))
    if not lines:
        raise StockError(msg("stock", "Add at least one product to the transfer"))
    by = authorise(uow, user, rules.TRANSFER, approver)
    now = utcnow()
    tid = uuid.uuid4().hex
    with uow.write() as tx:
        typed = typed_lines(tx, lines)
        doc = doc_no(tx, cfg, "TRF")
        ids = post_movements(
            tx, cfg, [(t.product.id, t.product.sku, -t.milli) for t in typed], rules.TRANSFER_OUT, doc, now
        )
        tx.stock_ops.transfer_insert(
            tid,
            doc,
            to_store,
            (note or "").strip()[:200],
            user.id,
            now,
            [(t.product.id, t.milli, mid) for t, mid in zip(typed, ids, strict=True)],
        )
        wire_lines = [{"sku": t.product.sku, "name": t.product.name, "quantity": qty_text(t.milli)} for t in typed]
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
        tid,
        doc,
        to_store,
        [(t.product.sku, t.product.name, from_milli(t.milli)) for t in typed],
        by.username if by else None,
    )


def transfers(uow: UnitOfWork, limit: int = 100) -> list[TransferSummary]:
    with uow.read() as tx:
        return tx.stock_ops.transfers(limit)
