"""The pickup desk's paper: the pick list and the handover slip (PDF kept in the data folder),
and the sale receipt of an order paid at pickup."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ...domain import pickup as dp
from ...domain.money import from_minor
from ...domain.pickup import PickupError
from ...i18n import msg
from ..context import config, utcnow
from .queues import order

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


def pick_list_doc(uow: UnitOfWork, order_id: str, now: str | None = None) -> dict:
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


def print_pick_list(uow: UnitOfWork, data_dir: Path, order_id: str, now: str | None = None) -> Path:
    """The A4 pick list, kept as a PDF in the data folder (and the path returned to show or print)."""
    from ...adapters.printing.pick_list_pdf import render_pick_list_pdf

    doc = pick_list_doc(uow, order_id, now)
    path = Path(data_dir) / "pickup" / f"pick-list-{_safe_name(doc['number'])}.pdf"
    return render_pick_list_pdf(doc, path)


def handover_doc(uow: UnitOfWork, order_id: str) -> dict:
    cfg = config(uow)
    view = order(uow, order_id)
    o = view.order
    if o.status not in (dp.COLLECTED, dp.PARTIAL):
        raise PickupError(msg("pickup", "Order {number} has not been handed over", number=o.number))
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
    handed_by = next((h.by for h in reversed(view.history) if h.status == o.status), "")
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


def print_handover(uow: UnitOfWork, data_dir: Path, order_id: str) -> list[Path]:
    """The handover slip with the customer's name (and, when paid here, the sale's receipt)."""
    from ...adapters.printing.handover_pdf import render_handover_pdf

    doc = handover_doc(uow, order_id)
    paths = [render_handover_pdf(doc, Path(data_dir) / "pickup" / f"handover-{_safe_name(doc['number'])}.pdf")]
    with uow.read() as tx:
        order = tx.pickup.get(order_id)
        sale_id = order.sale_id if order is not None else None
    if sale_id:
        from ..receipts import print_receipt

        paths.append(print_receipt(uow, Path(data_dir), sale_id))
    return paths


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)[:60]
