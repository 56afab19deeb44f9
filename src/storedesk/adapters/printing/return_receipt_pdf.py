"""Return receipt: an 80 mm PDF (reportlab) and the same content for an ESC/POS printer.

The layout helpers (`_Layout`, `_draw`) are the sale receipt's, so both documents look
alike on the roll; what differs is said loudly: a RETURN / REFUND banner at the top and
the bottom, the original receipt number, the refund tenders, the store-credit voucher code
printed large with its own barcode, the reason and a line for the customer's signature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from storedesk.domain.tax import TaxLine

from ...domain.money_format import fmt_amount, fmt_money, fmt_qty, fmt_rate
from .receipt_pdf import (
    BOLD,
    CONTENT_WIDTH,
    ITALIC,
    RIGHT,
    SIZE,
    SIZE_HEAD,
    SIZE_TOTAL,
    _Layout,
    _safe,
    store_header,
    write_roll,
)

__all__ = [
    "ReturnReceiptDoc",
    "ReturnReceiptLine",
    "RefundTender",
    "render_return_receipt_pdf",
    "return_receipt_lines_text",
    "print_return_escpos",
    "BANNER",
]

BANNER = "RETURN / REFUND"
SIZE_VOUCHER = 15.0
CONDITION_LABELS = {"restock": "Restock", "damaged": "Damaged (written off)"}
TENDER_LABELS = {"cash": "Cash", "card": "Card", "store_credit": "Store credit"}


@dataclass(frozen=True)
class ReturnReceiptLine:
    name: str
    sku: str
    quantity: Decimal
    refund: Decimal  # gross, tax included
    tax_code: str
    condition: str  # restock | damaged
    original_line: int = 0


@dataclass(frozen=True)
class RefundTender:
    kind: str  # cash | card | store_credit
    amount: Decimal  # what the customer receives on this tender
    reference: str = ""  # card: terminal reference; store credit: the voucher code
    rounding: Decimal = Decimal(0)

    @property
    def label(self) -> str:
        return TENDER_LABELS.get(self.kind, self.kind.replace("_", " ").title())


@dataclass(frozen=True)
class ReturnReceiptDoc:
    return_no: str  # "STORE-STATION-R000123", also printed as a Code 128 barcode
    local_time: datetime  # in the store's time zone
    store_name: str
    store_address: tuple[str, ...]
    store_tax_id: str
    station_code: str
    clerk_name: str
    approver_name: str  # "" when no manager approval was needed
    currency: str
    kind: str  # receipt | no_receipt | web_order
    original_ref: str  # the original receipt number or web order number; "" without a receipt
    original_store: str
    reason: str  # as a person reads it ("Wrong size")
    lines: tuple[ReturnReceiptLine, ...]
    taxes: tuple[TaxLine, ...]
    total: Decimal  # exact refund
    rounding: Decimal  # cash rounding of the refund; paid out = total + rounding
    tenders: tuple[RefundTender, ...]
    offline: bool = False
    copy: bool = False
    footer: str = ""

    @property
    def paid_out(self) -> Decimal:
        return self.total + self.rounding

    @property
    def original_label(self) -> str:
        if self.kind == "no_receipt" or not self.original_ref:
            return "No receipt"
        if self.kind == "web_order":
            return f"Web order {self.original_ref}"
        return self.original_ref

    @property
    def vouchers(self) -> tuple[RefundTender, ...]:
        return tuple(t for t in self.tenders if t.kind == "store_credit" and t.reference)


# ------------------------------------------------------------------------------ PDF


def _big_centred(lay: _Layout, s: str, size: float) -> None:
    """A centred bold line, shrunk (never cut) to fit the roll."""
    width = stringWidth(_safe(s), BOLD, size)
    if width > CONTENT_WIDTH:
        size = max(6.0, size * CONTENT_WIDTH / width)
    lay.centred(s, font=BOLD, size=size)


def _layout(doc: ReturnReceiptDoc) -> _Layout:
    cur = doc.currency
    money = lambda v: fmt_money(v, cur)  # noqa: E731
    lay = _Layout()

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
    lay.row("TOTAL REFUND", money(doc.total), font=BOLD, size=SIZE_TOTAL)
    if doc.rounding:
        lay.gap(1)
        lay.row("Cash rounding", money(doc.rounding))
        lay.row("Paid out", money(doc.paid_out), font=BOLD, size=SIZE_HEAD + 1)
    lay.rule()

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
    rights = [RIGHT - 100, RIGHT - 52, RIGHT]
    lay.columns(["Rate", "Net", "Tax", "Gross"], rights, font=BOLD)
    for vat in doc.taxes:
        lay.columns(
            [
                f"{vat.code}  {fmt_rate(vat.rate)}",
                fmt_amount(vat.net, cur),
                fmt_amount(vat.tax, cur),
                fmt_amount(vat.gross, cur),
            ],
            rights,
        )
    net = sum((t.net for t in doc.taxes), Decimal(0))
    tax = sum((t.tax for t in doc.taxes), Decimal(0))
    gross = sum((t.gross for t in doc.taxes), Decimal(0))
    lay.ops.append(("hline", lay.y + 1.5, rights[0] - 40, RIGHT))
    lay.gap(1.5)
    lay.columns(["Total", fmt_amount(net, cur), fmt_amount(tax, cur), fmt_amount(gross, cur)], rights, font=BOLD)
    lay.rule()

    lay.row("Reason", doc.reason, right_edge=RIGHT, keep_left=True)
    lay.gap(22)
    lay.ops.append(("rule", lay.y, False))
    lay.gap(1)
    lay.left("Customer signature", size=SIZE)
    lay.gap(8)

    lay.barcode(doc.return_no)
    lay.gap(1)
    lay.centred(doc.return_no, size=SIZE, shrink=True)
    if doc.footer:
        lay.gap(4)
        lay.wrapped_centred(doc.footer, size=SIZE_HEAD)
    lay.gap(3)
    lay.banner(BANNER + (" - COPY" if doc.copy else ""))
    return lay


def render_return_receipt_pdf(doc: ReturnReceiptDoc, path: Path) -> Path:
    """Render `doc` at `path` (atomically: a .tmp file, then os.replace); return `path`."""
    return write_roll(
        _layout(doc), path, doc.return_no, "Return receipt (copy)" if doc.copy else "Return receipt", doc.store_name
    )


# ------------------------------------------------------------------------------ ESC/POS


def _blocks(doc: ReturnReceiptDoc, width: int) -> list[tuple[str, str]]:
    from .escpos_printer import _cut, _lr

    cur = doc.currency
    money = lambda v: fmt_money(v, cur)  # noqa: E731
    out: list[tuple[str, str]] = []
    add = lambda kind, text="": out.append((kind, text))  # noqa: E731
    rule = "-" * width
    banner = BANNER + (" - COPY" if doc.copy else "")

    add("banner", banner)
    add("title", _cut(doc.store_name, width))
    for line in doc.store_address:
        if line and line.strip():
            add("center", _cut(line, width))
    if doc.store_tax_id:
        add("center", _cut(f"VAT ID {doc.store_tax_id}", width))
    add("rule", rule)
    add("text", _lr(f"Station {doc.station_code}", doc.local_time.strftime("%Y-%m-%d %H:%M"), width + 2))
    add("text", _cut(f"Clerk {doc.clerk_name}", width))
    if doc.approver_name:
        add("text", _cut(f"Approved by {doc.approver_name} (manager)", width))
    add("bold", _lr("Return no.", doc.return_no, width + 2))
    add("bold", _lr("Original receipt", doc.original_label, width + 2))
    if doc.offline:
        add("text", _cut("Taken offline: checked at sync", width))
    add("rule", rule)
    for ln in doc.lines:
        add("text", _cut(ln.name, width))
        cond = CONDITION_LABELS.get(ln.condition, ln.condition)
        add("text", _lr(f"  {fmt_qty(ln.quantity)} returned, {cond}", money(ln.refund), width, ln.tax_code))
    add("rule", rule)
    add("total", _lr("TOTAL REFUND", money(doc.total), width))
    if doc.rounding:
        add("text", _lr("Cash rounding", money(doc.rounding), width))
        add("bold", _lr("Paid out", money(doc.paid_out), width))
    add("rule", rule)
    add("bold", "Refunded to")
    for t in doc.tenders:
        label = f"Card ref {t.reference}" if t.kind == "card" and t.reference else t.label
        add("text", _lr(f"  {label}", money(t.amount), width))
    add("rule", rule)
    for v in doc.vouchers:
        add("center", "STORE CREDIT VOUCHER")
        add("center", f"Value {money(v.amount)}")
        add("voucher", v.reference)
        add("barcode", v.reference)
        add("center", "Use it like cash at any of our stores")
        add("rule", rule)
    for vat in doc.taxes:
        add(
            "text",
            _lr(
                f"VAT {vat.code} {fmt_rate(vat.rate)} on {fmt_amount(vat.gross, cur)}", fmt_amount(vat.tax, cur), width
            ),
        )
    add("text", _cut(f"Reason: {doc.reason}", width))
    add("text", "")
    add("text", "")
    add("text", "_" * width)
    add("text", "Customer signature")
    add("text", "")
    add("barcode", doc.return_no)
    add("center", _cut(doc.return_no, width))
    if doc.footer:
        add("center", _cut(doc.footer, width))
    add("banner", banner)
    return out


def return_receipt_lines_text(doc: ReturnReceiptDoc, width: int = 42) -> list[str]:
    """The return receipt as plain fixed-width lines (what a thermal printer prints)."""
    lines = []
    for kind, text in _blocks(doc, width):
        if kind == "barcode":
            continue
        if kind in ("title", "center", "voucher"):
            lines.append(text.center(width).rstrip())
        elif kind == "banner":
            lines.append(f"*** {text} ***".center(width).rstrip())
        else:
            lines.append(text)
    return lines


def print_return_escpos(
    doc: ReturnReceiptDoc, target: str, *, width: int = 42, timeout: float = 10.0, profile: str | None = None
) -> None:
    """Print `doc` on the ESC/POS printer named by `target` (same targets as sale receipts)."""
    from escpos.exceptions import Error as EscposError

    from .escpos_printer import PrinterError, _reason, _send, job_bytes

    try:
        payload = job_bytes(_blocks(doc, width), profile)
    except EscposError as exc:
        raise PrinterError(f"Cannot format return receipt {doc.return_no} for the printer: {_reason(exc)}") from exc
    _send(target, payload, timeout, profile)
