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
from ...domain.receipt import ReturnReceiptDoc
from .escpos_printer import DEFAULT_TIMEOUT, Block, cut, due_blocks, left_right, lines_text, print_blocks, store_blocks
from .pdf_out import pdf_safe
from .roll import BOLD, CONTENT_WIDTH, ITALIC, RIGHT, SIZE, SIZE_HEAD, Layout, store_header, write_roll

__all__ = ["render_return_receipt_pdf", "return_receipt_lines_text", "print_return_escpos", "BANNER"]

BANNER = "RETURN / REFUND"
SIZE_VOUCHER = 15.0
CONDITION_LABELS = {"restock": "Restock", "damaged": "Damaged (written off)"}


# ------------------------------------------------------------------------------ PDF


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

    lay.banner(BANNER + (" - COPY" if doc.copy else ""))
    store_header(lay, doc)
    if doc.approver_name:
        lay.left(f"Approved by {doc.approver_name} (manager)")
    lay.row("Return no.", doc.return_no, font=BOLD, right_edge=RIGHT, keep_left=True)
    lay.row("Original receipt", doc.original_label, font=BOLD, right_edge=RIGHT, keep_left=True)
    if doc.offline:
        lay.left("Taken offline: checked with the central system at sync", font=ITALIC)
    lay.rule()

    # -- lines taken back ----------------------------------------------------------------
    lay.left("Items returned", font=BOLD, size=SIZE_HEAD)
    lay.gap(1)
    for ln in doc.lines:
        lay.left(ln.name, size=SIZE_HEAD)
        cond = CONDITION_LABELS.get(ln.condition, ln.condition)
        lay.row(f"{fmt_qty(ln.quantity)} returned · {cond}", money(ln.refund), code=ln.tax_code, indent=6)
        lay.gap(1.5)
    lay.rule()

    # -- totals ----------------------------------------------------------------------------
    lay.total_due("TOTAL REFUND", doc.total, doc.rounding, "Paid out", cur)

    # -- where the money went ----------------------------------------------------------------
    lay.left("Refunded to", font=BOLD, size=SIZE_HEAD)
    for t in doc.tenders:
        if t.kind == "card" and t.reference:
            label = f"Card ref {t.reference}"
        elif t.kind == "store_credit":
            label = "Store credit voucher"
        else:
            label = t.label
        lay.row(label, money(t.amount), indent=6)
    if not doc.tenders:
        lay.left("Nothing to pay out", indent=6)
    lay.rule()

    for v in doc.vouchers:
        lay.centred("STORE CREDIT VOUCHER", font=BOLD, size=SIZE_HEAD + 1)
        lay.centred(f"Value {money(v.amount)}", font=BOLD, size=SIZE_HEAD)
        lay.gap(2)
        _big_centred(lay, v.reference, SIZE_VOUCHER)
        lay.barcode(v.reference)
        lay.gap(2)
        lay.wrapped_centred(
            "Use it like cash at any of our stores. Keep this receipt: the code is the voucher.", size=SIZE
        )
        lay.rule()

    # -- tax refunded ---------------------------------------------------------------------
    lay.left("Tax refunded (prices incl. VAT)", font=ITALIC)
    lay.gap(1)
    lay.tax_table(doc.taxes, cur)
    lay.rule()

    lay.row("Reason", doc.reason, right_edge=RIGHT, keep_left=True)
    lay.gap(22)
    lay.ops.append(("rule", lay.y, False))
    lay.gap(1)
    lay.left("Customer signature", size=SIZE)
    lay.gap(8)

    lay.number_footer(doc.return_no, doc.footer)
    lay.gap(3)
    lay.banner(BANNER + (" - COPY" if doc.copy else ""))
    return lay


def render_return_receipt_pdf(doc: ReturnReceiptDoc, path: Path) -> Path:
    """Render `doc` at `path` (atomically: a .tmp file, then os.replace); return `path`."""
    return write_roll(
        _layout(doc), path, doc.return_no, "Return receipt (copy)" if doc.copy else "Return receipt", doc.store_name
    )


# ------------------------------------------------------------------------------ ESC/POS


def _blocks(doc: ReturnReceiptDoc, width: int) -> list[Block]:
    cur = doc.currency
    money = lambda v: fmt_money(v, cur)  # noqa: E731
    out: list[Block] = []
    add = lambda kind, text="": out.append((kind, text))  # noqa: E731
    rule = "-" * width
    banner = BANNER + (" - COPY" if doc.copy else "")

    add("banner", banner)
    out += store_blocks(doc, width)
    if doc.approver_name:
        add("text", cut(f"Approved by {doc.approver_name} (manager)", width))
    add("bold", left_right("Return no.", doc.return_no, width + 2))
    add("bold", left_right("Original receipt", doc.original_label, width + 2))
    if doc.offline:
        add("text", cut("Taken offline: checked at sync", width))
    add("rule", rule)
    for ln in doc.lines:
        add("text", cut(ln.name, width))
        cond = CONDITION_LABELS.get(ln.condition, ln.condition)
        add("text", left_right(f"  {fmt_qty(ln.quantity)} returned, {cond}", money(ln.refund), width, ln.tax_code))
    add("rule", rule)
    out += due_blocks("TOTAL REFUND", doc.total, doc.rounding, "Paid out", cur, width)
    add("bold", "Refunded to")
    for t in doc.tenders:
        label = f"Card ref {t.reference}" if t.kind == "card" and t.reference else t.label
        add("text", left_right(f"  {label}", money(t.amount), width))
    add("rule", rule)
    for v in doc.vouchers:
        add("center", "STORE CREDIT VOUCHER")
        add("center", f"Value {money(v.amount)}")
        add("voucher", v.reference)
        add("barcode", v.reference)
        add("center", "Use it like cash at any of our stores")
        add("rule", rule)
    for vat in doc.taxes:
        gross, tax = fmt_amount(vat.gross, cur), fmt_amount(vat.tax, cur)
        add("text", left_right(f"VAT {vat.code} {fmt_rate(vat.rate)} on {gross}", tax, width))
    add("text", cut(f"Reason: {doc.reason}", width))
    add("text", "")
    add("text", "")
    add("text", "_" * width)
    add("text", "Customer signature")
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
