"""Build the receipt of a stored sale and keep it as a PDF in the data folder."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ..adapters.repositories import from_milli
from ..domain.errors import DomainError
from ..domain.money import from_minor
from ..domain.permissions import Perm, require
from ..domain.receipt import ReceiptDoc, ReceiptLine, ReceiptTender
from ..domain.tax import TaxLine
from . import pending_receipts as pending
from .context import config

TENDER_LABELS = {"cash": "Cash", "card": "Card"}


def receipt_doc(uow, sale_id: str, copy: bool = False) -> ReceiptDoc:
    cfg = config(uow)
    with uow.read() as tx:
        sale = tx.sales.get(sale_id)
    if sale is None:
        raise DomainError("No such sale")
    cur = sale.currency
    mm = lambda v: from_minor(v, cur)  # noqa: E731
    lines = []
    for ln in sale.lines:
        # columns after sale_id: line_no, product_id, sku, name, category, quantity_milli, unit_price_minor,
        # price_overridden, line_discount, basket_discount, amount, tax_code, tax_rate, tax, gross
        lines.append(
            ReceiptLine(ln[3], ln[2], from_milli(ln[5]), mm(ln[6]), mm(ln[8] + ln[9]), mm(ln[10]), ln[11], bool(ln[7]))
        )
    taxes = tuple(TaxLine(c, Decimal(r), mm(n), mm(t), mm(g)) for c, r, n, t, g in sale.taxes)
    tenders = tuple(ReceiptTender(TENDER_LABELS.get(k, k.title()), mm(a), ref) for k, a, ref in sale.payments)
    return ReceiptDoc(
        receipt_no=sale.receipt_no,
        local_time=cfg.local(sale.created_at),
        store_name=cfg.store_name,
        store_address=cfg.store_address,
        store_tax_id=cfg.store_tax_id,
        station_code=sale.station_code,
        clerk_name=sale.user_name,
        currency=cur,
        prices_include_tax=sale.prices_include_tax,
        lines=tuple(lines),
        subtotal=mm(sale.subtotal_minor),
        discount_total=mm(sale.discount_minor),
        taxes=taxes,
        total=mm(sale.total_minor),
        rounding=mm(sale.rounding_minor),
        tenders=tenders,
        change=mm(sale.change_minor),
        copy=copy,
        footer=cfg.receipt_footer,
    )


def receipt_path(data_dir: Path, doc: ReceiptDoc) -> Path:
    suffix = "-copy" if doc.copy else ""
    return data_dir / "receipts" / f"{doc.local_time:%Y-%m}" / f"{doc.receipt_no}{suffix}.pdf"


def print_receipt(uow, data_dir: Path, sale_id: str, copy: bool = False) -> Path:
    """Render the PDF (always kept) and send it to the configured printer, if any.

    Printing happens after the sale committed: a jammed printer never loses a sale, and
    the receipt can be reprinted from the stored sale. When the original PDF cannot be
    written (a full disk), the paper receipt is still printed, the sale stays on the list of
    receipts to write (services/pending_receipts.py) and ReceiptNotWritten says the sale is saved.
    """
    from ..adapters.printing.receipt_pdf import render_receipt_pdf

    doc = receipt_doc(uow, sale_id, copy)
    try:
        path = render_receipt_pdf(doc, receipt_path(data_dir, doc))
    except OSError as exc:
        if copy:
            raise pending.copy_not_written(doc.receipt_no, exc) from exc
        pending.failed(uow, "sale", sale_id, exc)
        from ..adapters.printing.escpos_printer import print_receipt

        printed = pending.on_paper(config(uow).printer, print_receipt, doc)
        raise pending.not_written("sale", doc.receipt_no, exc, printed=printed) from exc
    if not copy:
        pending.written(uow, "sale", sale_id)
    cfg = config(uow)
    if cfg.printer:
        from ..adapters.printing.escpos_printer import print_receipt as escpos_print

        escpos_print(doc, cfg.printer)
    return path


def reprint_last(uow, data_dir: Path, user) -> Path:
    """Reprint the station's last receipt, marked as a copy."""
    require(user.role, Perm.REPRINT)
    with uow.read() as tx:
        sale_id = tx.sales.last_id()
    if sale_id is None:
        raise DomainError("No sale to reprint yet")
    return print_receipt(uow, data_dir, sale_id, copy=True)
