"""Return receipt: an 80 mm PDF (reportlab) and the same content for an ESC/POS printer.

Written with the sale receipt's blocks (roll.py for the PDF, escpos_printer.py for the
thermal printer), so both documents look alike on the roll; what differs is said loudly: a
RETURN / REFUND banner at the top and the bottom, the original receipt number, the refund
tenders, the store-credit voucher code printed large with its own barcode, the reason and a
line for the customer's signature.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from ...domain.money_format import fmt_amount, fmt_money, fmt_qty, fmt_rate
from ...domain.receipt import RefundTender, ReturnReceiptDoc
from ...i18n import noop
from .escpos_printer import (
    DEFAULT_TIMEOUT,
    Block,
    cut,
    due_blocks,
    left_right,
    lines_text,
    print_blocks,
    store_blocks,
    wrap,
)
from .pdf_out import pdf_safe
from .roll import BOLD, CONTENT_WIDTH, ITALIC, RIGHT, SIZE, SIZE_HEAD, Layout, store_header, write_roll
from .words import signature_words, tender_label, translate

__all__ = ["render_return_receipt_pdf", "return_receipt_lines_text", "print_return_escpos", "BANNER"]

BANNER = noop("receipt", "RETURN / REFUND")  # translated where it is printed
SIZE_VOUCHER = 15.0
CONDITION_LABELS = {"restock": noop("receipt", "Restock"), "damaged": noop("receipt", "Damaged (written off)")}
# The reasons as the customer's receipt says them (domain/returns.REASONS gives the English)
REASON_WORDS = (
    noop("receipt", "Changed mind"),
    noop("receipt", "Faulty"),
    noop("receipt", "Wrong size"),
    noop("receipt", "Not as described"),
    noop("receipt", "Damaged on arrival"),
    noop("receipt", "Unwanted gift"),
    noop("receipt", "Other"),
)


def _banner(doc: ReturnReceiptDoc) -> str:
    if doc.copy and doc.duplicate:  # a reprint, numbered in the journal (issue 19)
        return translate("receipt", "RETURN / REFUND - DUPLICATE No. {number}", number=doc.duplicate)
    if doc.copy:
        return translate("receipt", "RETURN / REFUND - COPY")
    return translate("receipt", BANNER)


def _condition(code: str) -> str:
    return translate("receipt", CONDITION_LABELS.get(code, code))


def _original(doc: ReturnReceiptDoc) -> str:
    """What was returned against: a receipt number, a web order, or no receipt."""
    if doc.kind == "no_receipt" or not doc.original_ref:
        return translate("receipt", "No receipt")
    if doc.kind == "web_order":
        return translate("receipt", "Web order {number}", number=doc.original_ref)
    return doc.original_ref


def _refund_label(t: RefundTender) -> str:
    if t.kind == "card" and t.reference:
        return tender_label(t.label, t.reference)
    return translate("receipt", t.label)


# ------------------------------------------------------------------------------ PDF


def points_lines(doc: ReturnReceiptDoc) -> list[tuple[str, str]]:
    """What the return did to the customer's points (issue 18), one sentence a line with its
    amount ("" for none): the card, the points paid with given back (their value was not paid
    out), the points the sale earned taken back."""
    p = doc.points
    if p is None:
        return []
    out = [(translate("receipt", "Loyalty card {card}", card=p.card), "")] if p.card else []
    if p.given or p.value:
        out.append((translate("receipt", "Points given back: %n", n=p.given), fmt_money(p.value, doc.currency)))
    if p.taken:
        out.append((translate("receipt", "Points taken back: %n", n=p.taken), ""))
    return out


def _big_centred(lay: Layout, s: str, size: float) -> None:
    """A centred bold line, shrunk (never cut) to fit the roll."""
    width = stringWidth(pdf_safe(s), BOLD, size)
    if width > CONTENT_WIDTH:
        size = max(6.0, size * CONTENT_WIDTH / width)
    lay.centred(s, font=BOLD, size=size)


def _layout(doc: ReturnReceiptDoc) -> Layout:
    cur = doc.currency
    money = lambda v: fmt_money(v, cur)  # noqa: E731
    lay = Layout()

    lay.banner(_banner(doc))
    store_header(lay, doc)
    if doc.approver_name:
        lay.left(translate("receipt", "Approved by {name} (manager)", name=doc.approver_name))
    lay.row(translate("receipt", "Return no."), doc.return_no, font=BOLD, right_edge=RIGHT, keep_left=True)
    lay.row(translate("receipt", "Original receipt"), _original(doc), font=BOLD, right_edge=RIGHT, keep_left=True)
    if doc.offline:
        lay.left(translate("receipt", "Taken offline: checked with the central system at sync"), font=ITALIC)
    lay.rule()

    # -- lines taken back ----------------------------------------------------------------
    lay.left(translate("receipt", "Items returned"), font=BOLD, size=SIZE_HEAD)
    lay.gap(1)
    for ln in doc.lines:
        lay.left(ln.name, size=SIZE_HEAD)
        returned = translate(
            "receipt",
            "{quantity} returned · {condition}",
            quantity=fmt_qty(ln.quantity),
            condition=_condition(ln.condition),
        )
        lay.row(returned, money(ln.refund), code=ln.tax_code, indent=6)
        lay.gap(1.5)
    lay.rule()

    # -- totals ----------------------------------------------------------------------------
    lay.total_due(translate("receipt", "TOTAL REFUND"), doc.total, doc.rounding, translate("receipt", "Paid out"), cur)

    # -- where the money went ----------------------------------------------------------------
    lay.left(translate("receipt", "Refunded to"), font=BOLD, size=SIZE_HEAD)
    for t in doc.tenders:
        label = translate("receipt", "Store credit voucher") if t.kind == "store_credit" else _refund_label(t)
        lay.row(label, money(t.amount), indent=6)
    for label, amount in points_lines(doc):
        lay.row(label, amount, indent=6)
    if not doc.tenders and not doc.points:
        lay.left(translate("receipt", "Nothing to pay out"), indent=6)
    lay.rule()

    for v in doc.vouchers:
        lay.centred(translate("receipt", "STORE CREDIT VOUCHER"), font=BOLD, size=SIZE_HEAD + 1)
        lay.centred(translate("receipt", "Value {amount}", amount=money(v.amount)), font=BOLD, size=SIZE_HEAD)
        lay.gap(2)
        _big_centred(lay, v.reference, SIZE_VOUCHER)
        lay.barcode(v.reference)
        lay.gap(2)
        lay.wrapped_centred(
            translate("receipt", "Use it like cash at any of our stores. Keep this receipt: the code is the voucher."),
            size=SIZE,
        )
        lay.rule()

    # -- tax refunded ---------------------------------------------------------------------
    lay.left(translate("receipt", "Tax refunded (prices incl. VAT)"), font=ITALIC)
    lay.gap(1)
    lay.tax_table(doc.taxes, cur)
    lay.rule()

    lay.row(translate("receipt", "Reason"), translate("receipt", doc.reason), right_edge=RIGHT, keep_left=True)
    lay.gap(22)
    lay.ops.append(("rule", lay.y, False))
    lay.gap(1)
    lay.left(translate("receipt", "Customer signature"), size=SIZE)
    lay.gap(8)

    if doc.signature is not None:  # a signing country's line (issue 19)
        lay.wrapped_centred(signature_words(doc.signature))
        lay.gap(3)
    lay.number_footer(doc.return_no, doc.footer)
    lay.gap(3)
    lay.banner(_banner(doc))
    return lay


def render_return_receipt_pdf(doc: ReturnReceiptDoc, path: Path) -> Path:
    """Render `doc` at `path` (atomically: a .tmp file, then os.replace); return `path`."""
    subject = translate("receipt", "Return receipt (copy)") if doc.copy else translate("receipt", "Return receipt")
    return write_roll(_layout(doc), path, doc.return_no, subject, doc.store_name)


# ------------------------------------------------------------------------------ ESC/POS


def _blocks(doc: ReturnReceiptDoc, width: int) -> list[Block]:
    cur = doc.currency
    money = lambda v: fmt_money(v, cur)  # noqa: E731
    out: list[Block] = []
    add = lambda kind, text="": out.append((kind, text))  # noqa: E731
    rule = "-" * width
    banner = _banner(doc)

    add("banner", banner)
    out += store_blocks(doc, width)
    if doc.approver_name:
        add("text", cut(translate("receipt", "Approved by {name} (manager)", name=doc.approver_name), width))
    add("bold", left_right(translate("receipt", "Return no."), doc.return_no, width + 2))
    add("bold", left_right(translate("receipt", "Original receipt"), _original(doc), width + 2))
    if doc.offline:
        add("text", cut(translate("receipt", "Taken offline: checked at sync"), width))
    add("rule", rule)
    for ln in doc.lines:
        add("text", cut(ln.name, width))
        returned = translate(
            "receipt",
            "{quantity} returned, {condition}",
            quantity=fmt_qty(ln.quantity),
            condition=_condition(ln.condition),
        )
        add("text", left_right(f"  {returned}", money(ln.refund), width, ln.tax_code))
    add("rule", rule)
    total, paid = translate("receipt", "TOTAL REFUND"), translate("receipt", "Paid out")
    out += due_blocks(total, doc.total, doc.rounding, paid, cur, width)
    add("bold", translate("receipt", "Refunded to"))
    for t in doc.tenders:
        add("text", left_right(f"  {_refund_label(t)}", money(t.amount), width))
    for label, amount in points_lines(doc):
        add("text", left_right(f"  {label}", amount, width))
    add("rule", rule)
    for v in doc.vouchers:
        add("center", cut(translate("receipt", "STORE CREDIT VOUCHER"), width))
        add("center", cut(translate("receipt", "Value {amount}", amount=money(v.amount)), width))
        add("voucher", v.reference)
        add("barcode", v.reference)
        add("center", cut(translate("receipt", "Use it like cash at any of our stores"), width))
        add("rule", rule)
    for vat in doc.taxes:
        gross, tax = fmt_amount(vat.gross, cur), fmt_amount(vat.tax, cur)
        on = translate("receipt", "VAT {code} {rate} on {amount}", code=vat.code, rate=fmt_rate(vat.rate), amount=gross)
        add("text", left_right(on, tax, width))
    add("text", cut(translate("receipt", "Reason: {reason}", reason=translate("receipt", doc.reason)), width))
    add("text", "")
    add("text", "")
    add("text", "_" * width)
    add("text", cut(translate("receipt", "Customer signature"), width))
    add("text", "")
    if doc.signature is not None:  # a signing country's line (issue 19)
        out.extend(("center", part) for part in wrap(signature_words(doc.signature), width))
        add("text", "")
    add("barcode", doc.return_no)
    add("center", cut(doc.return_no, width))
    if doc.footer:
        add("center", cut(doc.footer, width))
    add("banner", banner)
    return out


def return_receipt_lines_text(doc: ReturnReceiptDoc, width: int = 42) -> list[str]:
    """The return receipt as plain fixed-width lines (what a thermal printer prints)."""
    return lines_text(_blocks(doc, width), width)


def print_return_escpos(
    doc: ReturnReceiptDoc, target: str, *, width: int = 42, timeout: float = DEFAULT_TIMEOUT, profile: str | None = None
) -> None:
    """Print `doc` on the ESC/POS printer named by `target` (same targets as sale receipts)."""
    print_blocks(_blocks(doc, width), f"return receipt {doc.return_no}", target, timeout, profile)
