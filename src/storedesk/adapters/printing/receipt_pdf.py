"""Sale receipt PDF for an 80 mm roll: what the customer takes home, laid out on the roll
engine (roll.py) that return receipts and reports on a roll share."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ...domain.money_format import fmt_money, fmt_qty
from ...domain.receipt import ReceiptDoc
from .roll import BOLD, ITALIC, RIGHT, SIZE_HEAD, Layout, store_header, write_roll
from .words import (
    card_balance_words,
    copy_banner,
    discount_rows,
    gift_card_words,
    loyalty_lines,
    order_words,
    prices_note,
    signature_words,
    tender_label,
    translate,
)

__all__ = ["render_receipt_pdf"]


def _gift_card(lay: Layout, masked_code: str) -> None:
    """Under a gift card sold: which card (issue 18)."""
    if masked_code:
        lay.left(gift_card_words(masked_code), indent=6)


def _card_left(lay: Layout, balance, money) -> None:
    """Under a gift card payment: what is left on the card, as the hub answered (None: not known)."""
    if balance is not None:
        lay.row(card_balance_words(), money(balance), font=ITALIC, indent=6)


def _layout(doc: ReceiptDoc) -> Layout:
    cur = doc.currency
    money = lambda v: fmt_money(v, cur)  # noqa: E731
    lay = Layout()
    banner = copy_banner(doc.duplicate)

    if doc.copy:
        lay.banner(banner)

    store_header(lay, doc)
    lay.row(translate("receipt", "Receipt"), doc.receipt_no, font=BOLD, right_edge=RIGHT, keep_left=True)
    lay.rule()

    # -- lines -------------------------------------------------------------
    for ln in doc.lines:
        lay.left(ln.name, size=SIZE_HEAD)
        extended = ln.amount + ln.discount  # qty x unit price, before this line's discounts
        priced = translate("receipt", "{quantity} x {price}", quantity=fmt_qty(ln.quantity), price=money(ln.unit_price))
        lay.row(priced, money(extended), code=ln.tax_code, indent=6)
        if ln.price_overridden:
            lay.left(translate("receipt", "Price changed"), font=ITALIC, indent=6)
        for words, off in discount_rows(ln):
            lay.row(words, money(off), font=ITALIC, indent=6)
        if ln.order_number:
            lay.left(order_words(ln.order_number, ln.fulfilment, ln.pickup_store), font=BOLD, indent=6)
        _gift_card(lay, ln.gift_card)
        lay.gap(1.5)
    lay.rule()

    # -- totals ------------------------------------------------------------
    lay.row(translate("receipt", "Subtotal"), money(doc.subtotal))
    if doc.discount_total:
        lay.row(translate("receipt", "Discount"), money(-doc.discount_total))
    if not doc.prices_include_tax:
        lay.row(translate("receipt", "VAT"), money(sum((t.tax for t in doc.taxes), Decimal(0))))
    lay.gap(2)
    lay.total_due(translate("receipt", "TOTAL"), doc.total, doc.rounding, translate("receipt", "To pay"), cur)

    # -- tenders -----------------------------------------------------------
    show_change = bool(doc.change) or any(t.label.lower() == "cash" for t in doc.tenders)
    for t in doc.tenders:
        lay.row(tender_label(t.label, t.reference), money(t.amount))
        _card_left(lay, t.balance, money)
    if show_change:
        lay.row(translate("receipt", "Change"), money(doc.change), font=BOLD, size=SIZE_HEAD)
    if doc.tenders or show_change:
        lay.rule()
    for words in loyalty_lines(doc.loyalty):  # the customer's card and points (issue 18)
        lay.wrapped_centred(words)
    if doc.loyalty is not None:
        lay.rule()

    # -- tax table ---------------------------------------------------------
    lay.left(prices_note(doc.prices_include_tax), font=ITALIC)
    lay.gap(1)
    lay.tax_table(doc.taxes, cur)
    lay.gap(6)

    if doc.signature is not None:  # a signing country's line (issue 19)
        lay.wrapped_centred(signature_words(doc.signature))
        lay.gap(3)

    # -- barcode, footer -----------------------------------------------------
    lay.number_footer(doc.receipt_no, doc.footer)
    if doc.copy:
        lay.gap(3)
        lay.banner(banner)
    return lay


def render_receipt_pdf(doc: ReceiptDoc, path: Path) -> Path:
    """Render `doc` as a PDF at `path` (atomically: a .tmp file, then os.replace); return `path`."""
    subject = translate("receipt", "Receipt (copy)") if doc.copy else translate("receipt", "Receipt")
    return write_roll(_layout(doc), path, doc.receipt_no, subject, doc.store_name)
