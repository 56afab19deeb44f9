"""Sale receipt PDF for an 80 mm roll: what the customer takes home, laid out on the roll
engine (roll.py) that return receipts and reports on a roll share."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ...domain.money_format import fmt_money, fmt_qty
from ...domain.receipt import ReceiptDoc
from .roll import BOLD, ITALIC, RIGHT, SIZE_HEAD, Layout, store_header, write_roll

__all__ = ["render_receipt_pdf"]

BANNER = "COPY - DUPLICATE"


def _layout(doc: ReceiptDoc) -> Layout:
    cur = doc.currency
    money = lambda v: fmt_money(v, cur)  # noqa: E731
    lay = Layout()

    if doc.copy:
        lay.banner(BANNER)

    store_header(lay, doc)
    lay.row("Receipt", doc.receipt_no, font=BOLD, right_edge=RIGHT, keep_left=True)
    lay.rule()

    # -- lines -------------------------------------------------------------
    for ln in doc.lines:
        lay.left(ln.name, size=SIZE_HEAD)
        extended = ln.amount + ln.discount  # qty x unit price, before this line's discounts
        lay.row(f"{fmt_qty(ln.quantity)} x {money(ln.unit_price)}", money(extended), code=ln.tax_code, indent=6)
        if ln.price_overridden:
            lay.left("Price changed", font=ITALIC, indent=6)
        if ln.discount:
            lay.row("Discount", money(-ln.discount), font=ITALIC, indent=6)
        lay.gap(1.5)
    lay.rule()

    # -- totals ------------------------------------------------------------
    lay.row("Subtotal", money(doc.subtotal))
    if doc.discount_total:
        lay.row("Discount", money(-doc.discount_total))
    if not doc.prices_include_tax:
        lay.row("VAT", money(sum((t.tax for t in doc.taxes), Decimal(0))))
    lay.gap(2)
    lay.total_due("TOTAL", doc.total, doc.rounding, "To pay", cur)

    # -- tenders -----------------------------------------------------------
    show_change = bool(doc.change) or any(t.label.lower() == "cash" for t in doc.tenders)
    for t in doc.tenders:
        label = f"{t.label} ref {t.reference}" if t.reference else t.label
        lay.row(label, money(t.amount))
    if show_change:
        lay.row("Change", money(doc.change), font=BOLD, size=SIZE_HEAD)
    if doc.tenders or show_change:
        lay.rule()

    # -- tax table ---------------------------------------------------------
    lay.left("All prices incl. VAT" if doc.prices_include_tax else "All prices excl. VAT", font=ITALIC)
    lay.gap(1)
    lay.tax_table(doc.taxes, cur)
    lay.gap(6)

    # -- barcode, footer -----------------------------------------------------
    lay.number_footer(doc.receipt_no, doc.footer)
    if doc.copy:
        lay.gap(3)
        lay.banner(BANNER)
    return lay


def render_receipt_pdf(doc: ReceiptDoc, path: Path) -> Path:
    """Render `doc` as a PDF at `path` (atomically: a .tmp file, then os.replace); return `path`."""
    return write_roll(_layout(doc), path, doc.receipt_no, "Receipt (copy)" if doc.copy else "Receipt", doc.store_name)
