"""The pickup desk's paper: the pick list and the handover slip (PDF kept in the data folder),
and the sale receipt of an order paid at pickup."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ...domain import pickup as dp
from ...domain.money import from_minor
from ...domain.money_format import fmt_money
from ...domain.pickup import PickupError
from ...i18n import Message, msg, noop
from ...i18n.formats import fmt_datetime
from ..context import config, utcnow
from .queues import order

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork

# The ID documents a clerk records at a handover (ui/pickup/words.py ID_WORDS), as the slip names them
ID_DOCUMENTS = {
    "id_card": noop("pickup_slip", "ID card"),
    "passport": noop("pickup_slip", "passport"),
    "driving_licence": noop("pickup_slip", "driving licence"),
    "other": noop("pickup_slip", "other document"),
}


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
        "created": fmt_datetime(cfg.local(o.created_at)),
        "due": fmt_datetime(cfg.local(o.due_at)) if o.due_at else "—",
        "printed": fmt_datetime(cfg.local(now or utcnow())),
        "payment": msg("pickup_slip", "Paid online")
        if o.payment == dp.PAID_ONLINE
        else msg(
            "pickup_slip",
            "To pay at pickup: {amount}",
            amount=fmt_money(from_minor(o.total_minor, o.currency), o.currency),
        ),
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
    path = Path(data_dir) / "pickup" / f"pick-list-{safe_name(doc['number'])}.pdf"
    return render_pick_list_pdf(doc, path)


def handover_doc(uow: UnitOfWork, order_id: str) -> dict:
    cfg = config(uow)
    view = order(uow, order_id)
    o = view.order
    if o.status not in (dp.COLLECTED, dp.PARTIAL):
        raise PickupError(msg("pickup", "Order {number} has not been handed over", number=o.number))
    assert o.closed_at is not None  # a handover records its time (hand_over)
    check = json.loads(o.id_check) if o.id_check else {}
    verified = msg("pickup_slip", "Pickup code") if check.get("method") == "code" else _id_shown(check)
    handed_by = next((h.by for h in reversed(view.history) if h.status == o.status), "")
    return {
        "store": cfg.store_name,
        "address": list(cfg.store_address),
        "number": o.number,
        "customer": o.customer_name,
        "at": fmt_datetime(cfg.local(o.closed_at)),
        "station": cfg.station_code,
        "clerk": handed_by,
        "status": dp.LABELS[o.status],
        "verified": verified,
        "payment": (
            msg("pickup_slip", "Paid at pickup, receipt {receipt}", receipt=o.receipt_no)
            if o.receipt_no
            else msg("pickup_slip", "Paid online")
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


def _id_shown(check: dict) -> Message:
    """How the customer was verified with an ID, in the store's language on the slip."""
    document = check.get("document", "")
    values = {
        "document": Message("pickup_slip", ID_DOCUMENTS[document]) if document in ID_DOCUMENTS else document,
        "reference": check.get("reference", ""),
        "name": check.get("name", ""),
    }
    if check.get("collects_for"):
        return msg(
            "pickup_slip",
            "ID shown: {document} …{reference}, {name} for {customer}",
            customer=check["collects_for"],
            **values,
        )
    return msg("pickup_slip", "ID shown: {document} …{reference}, {name}", **values)


def print_handover(uow: UnitOfWork, data_dir: Path, order_id: str) -> list[Path]:
    """The handover slip with the customer's name (and, when paid here, the sale's receipt)."""
    from ...adapters.printing.handover_pdf import render_handover_pdf

    doc = handover_doc(uow, order_id)
    paths = [render_handover_pdf(doc, Path(data_dir) / "pickup" / f"handover-{safe_name(doc['number'])}.pdf")]
    with uow.read() as tx:
        order = tx.pickup.get(order_id)
        sale_id = order.sale_id if order is not None else None
    if sale_id:
        from ..receipts import print_receipt

        paths.append(print_receipt(uow, Path(data_dir), sale_id))
    return paths


def safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)[:60]
