"""Receiving: expected deliveries (typed from the supplier's paper, an ASN from the hub, a
transfer from another store) scanned in and posted as "receiving" or "transfer_in" movements
with a "receiving" event (payload: see the package docstring)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.repositories import from_milli
from ...adapters.stock_ops_repo import DeliveryHead, DeliveryRow, DeliverySummary
from ...domain import stock_ops as rules
from ...domain.permissions import Perm, require
from ...domain.stock_ops import ReceivedLine, StockError
from ...i18n import msg
from ..context import User, config, utcnow
from .posting import doc_no, find_product, in_unit, post_movements, qty_text, typed_lines

if TYPE_CHECKING:
    from ...adapters.uow import Tx, UnitOfWork


DeliveryInfo = DeliverySummary  # a row of the list of deliveries (expected and received as Decimal too)


@dataclass(frozen=True)
class Delivery(DeliveryHead):
    doc_no: str | None
    received_at: str | None
    lines: list[ReceivedLine]
    received_by: int | None = None  # the user who posted it

    @property
    def summary(self) -> dict[str, int]:
        return rules.receiving_summary(self.lines)


@dataclass(frozen=True)
class ReceiveScan:
    sku: str
    name: str
    added: Decimal
    received: Decimal
    expected: Decimal
    unexpected: bool


def create_delivery(uow: UnitOfWork, user: User, reference: str, supplier: str, lines: list[tuple[str, str]]) -> str:
    """An expected delivery typed in from the supplier's paper: (barcode or SKU, quantity) lines."""
    require(user.role, Perm.CHANGE)  # an auditor changes nothing
    reference = (reference or "").strip()
    if not reference:
        raise StockError(msg("stock", "Give the delivery a reference (the supplier's delivery note number)"))
    if not lines:
        raise StockError(msg("stock", "Type at least one expected line"))
    now = utcnow()
    did = uuid.uuid4().hex
    with uow.write() as tx:
        typed = typed_lines(tx, lines)
        tx.stock_ops.delivery_insert(did, "typed", reference, (supplier or "").strip(), None, now)
        tx.stock_ops.delivery_set_lines(did, [(t.product.id, t.milli) for t in typed])
    return did


def deliveries(uow: UnitOfWork, status: str | None = "open", limit: int = 200) -> list[DeliveryInfo]:
    with uow.read() as tx:
        return tx.stock_ops.deliveries(status, limit)


def _head(tx: Tx, delivery_id: str) -> DeliveryRow:
    head = tx.stock_ops.delivery(delivery_id)
    if head is None:
        raise StockError(msg("stock", "No such delivery"))
    return head


def load_delivery(tx: Tx, delivery_id: str) -> Delivery:
    head = _head(tx, delivery_id)
    lines = [
        ReceivedLine(ln.product_id, ln.sku, ln.name, ln.expected_milli, ln.received_milli)
        for ln in tx.stock_ops.delivery_lines(delivery_id)
    ]
    h = head
    return Delivery(
        h.id, h.source, h.reference, h.supplier, h.expected_at, h.status, h.doc_no, h.received_at, lines, h.received_by
    )


def delivery(uow: UnitOfWork, delivery_id: str) -> Delivery:
    with uow.read() as tx:
        return load_delivery(tx, delivery_id)


def _open_delivery(tx: Tx, delivery_id: str) -> DeliveryRow:
    head = _head(tx, delivery_id)
    if head.status != "open":
        raise StockError(
            msg(
                "stock",
                "Delivery {reference} is already {status}; nothing was changed",
                reference=head.reference,
                status=head.status.replace("_", " "),
            )
        )
    return head


def receive_scan(uow: UnitOfWork, user: User, delivery_id: str, code: str, qty: str = "1") -> ReceiveScan:
    """One scan against an open delivery, in its own transaction. A negative quantity takes
    a wrong scan back; a product not on the notice is recorded as unexpected (over)."""
    require(user.role, Perm.CHANGE)  # an auditor changes nothing
    milli = rules.parse_qty_milli(qty, allow_negative=True)
    with uow.write(durable=False) as tx:
        _open_delivery(tx, delivery_id)
        p = find_product(tx, code)
        in_unit(p, milli)
        line = tx.stock_ops.delivery_line(delivery_id, p.id)
        expected, received = line if line else (0, 0)
        if received + milli < 0:
            raise StockError(
                msg(
                    "stock",
                    "{item}: only {received} received so far; cannot take back {taken}",
                    item=p.name,
                    received=qty_text(received),
                    taken=qty_text(-milli),
                )
            )
        total = tx.stock_ops.delivery_add_received(delivery_id, p.id, milli)
    return ReceiveScan(p.sku, p.name, from_milli(milli), from_milli(total), from_milli(expected), expected == 0)


def set_received(uow: UnitOfWork, user: User, delivery_id: str, code: str, qty: str) -> ReceiveScan:
    """Type the received quantity of a line outright (a case counted by hand)."""
    require(user.role, Perm.CHANGE)  # an auditor changes nothing
    milli = rules.parse_qty_milli(qty, allow_zero=True)
    with uow.write() as tx:
        _open_delivery(tx, delivery_id)
        p = find_product(tx, code)
        in_unit(p, milli)
        line = tx.stock_ops.delivery_line(delivery_id, p.id)
        tx.stock_ops.delivery_set_received(delivery_id, p.id, milli)
    expected = line[0] if line else 0
    return ReceiveScan(p.sku, p.name, from_milli(milli), from_milli(milli), from_milli(expected), expected == 0)


@dataclass(frozen=True)
class ReceivingResult:
    delivery_id: str
    doc_no: str
    lines: list[ReceivedLine]
    summary: dict[str, int]
    movements: int


def post_receiving(uow: UnitOfWork, user: User, delivery_id: str) -> ReceivingResult:
    """Close the delivery: one movement per product received (reason "receiving", or
    "transfer_in" for stock sent by another store), over and short kept on the document,
    the movements and a "receiving" event in the outbox. One transaction."""
    require(user.role, Perm.CHANGE)  # an auditor changes nothing
    cfg = config(uow)
    now = utcnow()
    with uow.write() as tx:
        head = _open_delivery(tx, delivery_id)
        d = load_delivery(tx, delivery_id)
        if not any(ln.received_milli for ln in d.lines):
            raise StockError(msg("stock", "Nothing was scanned yet: scan the items received, then post"))
        doc = doc_no(tx, cfg, "REC")
        reason = rules.TRANSFER_IN if head.source == "transfer" else rules.RECEIVING
        ids = post_movements(tx, cfg, [(ln.product_id, ln.sku, ln.received_milli) for ln in d.lines], reason, doc, now)
        tx.stock_ops.delivery_close(delivery_id, "received", doc, now, user.id, cfg.station_code)
        tx.outbox.add(
            uuid.uuid4().hex,
            "receiving",
            {
                "store": cfg.store_code,
                "station": cfg.station_code,
                "delivery_id": delivery_id,
                "source": head.source,
                "reference": head.reference,
                "number": doc,
                "at": now,
                "user": user.username,
                "lines": [
                    {"sku": ln.sku, "expected": qty_text(ln.expected_milli), "received": qty_text(ln.received_milli)}
                    for ln in d.lines
                ],
            },
            now,
        )
    return ReceivingResult(delivery_id, doc, d.lines, d.summary, len(ids))
