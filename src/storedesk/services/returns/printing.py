"""Build the receipt of a stored return and keep it as a PDF in the data folder.

Like sale receipts (services/receipts.py): the PDF is always kept under
receipts/YYYY-MM/<return_no>.pdf, then sent to the configured ESC/POS printer, if any.
Printing happens after the return committed: a jammed printer never loses a return, and a
full disk leaves it on the list of receipts to write later (services/pending_receipts.py).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ...adapters.repositories import from_milli
from ...adapters.return_points_repo import ReturnPointsRepo
from ...domain.errors import DomainError
from ...domain.money import from_minor
from ...domain.receipt import RefundTender, ReturnLoyalty, ReturnReceiptDoc, ReturnReceiptLine
from ...domain.returns import REASONS
from ..context import config
from ..fiscal import events
from ..receipts import Kept, keep_and_print, kept_path, last_to_reprint, receipt_top, signature_of

if TYPE_CHECKING:
    from ...adapters.uow import UnitOfWork


def return_receipt_doc(uow: UnitOfWork, return_id: str, copy: bool = False) -> ReturnReceiptDoc:
    cfg = config(uow)
    with uow.read() as tx:
        doc = tx.returns.by_id(return_id)
        if doc is None:
            raise DomainError("No such return")
        approver = tx.users.by_id(doc["approver_id"]) if doc.get("approver_id") else None
        points = ReturnPointsRepo(tx.conn).of_return(return_id)  # s0022 (issue 18)
        signature = signature_of(tx, doc["return_no"], "return")  # issue 19
    cur = doc["currency"]
    mm = lambda v: from_minor(v, cur)  # noqa: E731
    # lines: line_no, original_line, sku, name, quantity_milli, refund_minor, tax_code, tax_rate, condition
    lines = tuple(
        ReturnReceiptLine(name, sku, from_milli(q), mm(refund), code, cond, orig)
        for _no, orig, sku, name, q, refund, code, _rate, cond in doc["lines"]
    )
    taxes = tuple(t.line(cur) for t in doc["taxes"])
    tenders = tuple(RefundTender(k, mm(a), ref or "", mm(rd)) for k, a, rd, ref in doc["payments"])
    return ReturnReceiptDoc(
        return_no=doc["return_no"],
        **receipt_top(cfg, doc["created_at"], doc["station_code"], doc["user_name"]),
        approver_name=approver.name if approver else "",
        currency=cur,
        kind=doc["kind"],
        original_ref=doc["original_ref"] or "",
        original_store=doc.get("original_store") or "",
        reason=REASONS.get(doc["reason"], doc["reason"]),
        lines=lines,
        taxes=taxes,
        total=mm(doc["total_minor"]),
        rounding=mm(doc["rounding_minor"]),
        tenders=tenders,
        offline=bool(doc["offline"]),
        copy=copy,
        footer=cfg.receipt_footer,
        points=ReturnLoyalty(points.card, points.points_taken, points.points_given, mm(points.value_given_minor))
        if points is not None
        else None,
        signature=signature,
    )


def return_receipt_path(data_dir: Path, doc: ReturnReceiptDoc) -> Path:
    return kept_path(data_dir, doc.local_time, doc.return_no, doc.copy, doc.duplicate)


def print_return_receipt(uow: UnitOfWork, data_dir: Path, return_id: str, copy: bool = False, by: str = "") -> Path:
    """Render the PDF (always kept) and send it to the configured printer, if any (keep_and_print).
    A copy is a duplicate: journaled first with its number, which it prints (issue 19)."""
    from ...adapters.printing.return_receipt_pdf import print_return_escpos, render_return_receipt_pdf

    doc = return_receipt_doc(uow, return_id, copy)
    if copy:
        doc = replace(doc, duplicate=events.journal_reprint(uow, events.RETURN_RECEIPT, doc.return_no, by))
    kept = Kept("return", return_id, doc.return_no, return_receipt_path(data_dir, doc), copy)
    return keep_and_print(uow, kept, doc, render_return_receipt_pdf, print_return_escpos)


def reprint_last_return(uow: UnitOfWork, data_dir: Path, user) -> Path:
    """Reprint this station's last return receipt, marked as a numbered duplicate."""
    return_id = last_to_reprint(uow, user, lambda tx: tx.returns.last_id(), "No return to reprint yet")
    return print_return_receipt(uow, data_dir, return_id, copy=True, by=user.username)
