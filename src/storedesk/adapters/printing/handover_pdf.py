"""Handover slip for the 80 mm roll: the customer's name, the order, what was handed over (and
what was not, with the reason), how the customer was verified, the payment, a signature line.
An order paid at the desk also gets its ordinary sale receipt (receipt_pdf)."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ...domain.money_format import fmt_qty
from ...i18n import noop
from . import pdf_out
from .words import local_text, said, translate

__all__ = ["render_handover_pdf"]

WIDTH = 80 * mm
MARGIN = 4 * mm
RIGHT = WIDTH - MARGIN
FONT, BOLD = "Helvetica", "Helvetica-Bold"
_SAFE = str.maketrans({"\u202f": " ", "\u2009": " ", "\u2014": "-", "\u2026": "...", "\u2212": "-"})
REASONS = {
    "out_of_stock": noop("handover", "out of stock"),
    "damaged": noop("handover", "damaged"),
    "mismatch": noop("handover", "mismatch"),
}
# What services/pickup/slips.py says in English: an order's state after a handover, how the
# customer was verified, how the order was paid; printed through said(..., "pickup_slip")
SAID = (
    noop("pickup_slip", "Collected"),
    noop("pickup_slip", "Partly collected"),
    noop("pickup_slip", "Pickup code"),
    noop("pickup_slip", "Paid online"),
)


def _t(s) -> str:
    return str(s).translate(_SAFE)


def _fit(text: str, font: str, size: float, width: float) -> str:
    text = _t(text)
    while text and stringWidth(text, font, size) > width:
        text = text[:-1]
    return text


def _ops(doc: dict) -> tuple[list, float]:
    """Drawing commands measured from the top, and the height they need."""
    ops: list[tuple] = []  # (command, y, its arguments...): the command says how many
    y = MARGIN
    w = WIDTH - 2 * MARGIN

    def text(s, font=FONT, size=8.0, align="left", gap=None):
        nonlocal y
        y += gap if gap is not None else size + 3
        ops.append(("text", y, _fit(s, font, size, w), font, size, align))

    def row(left, right, font=FONT, size=8.0):
        nonlocal y
        y += size + 3
        ops.append(("text", y, _fit(left, font, size, w - 22 * mm), font, size, "left"))
        ops.append(("text", y, _t(right), font, size, "right"))

    def rule():
        nonlocal y
        y += 5
        ops.append(("rule", y))

    text(doc["store"], BOLD, 12, "center")
    for line in doc.get("address", []):
        text(line, size=7.5, align="center")
    rule()
    text(translate("handover", "CLICK & COLLECT - HANDOVER"), BOLD, 10, "center", gap=16)
    text(translate("handover", "Order {number}", number=doc["number"]), BOLD, 11, "center", gap=16)
    text(translate("handover", "Customer"), size=7.5, gap=14)
    text(doc["customer"], BOLD, 12)
    where = translate(
        "handover",
        "{time} · station {station} · {clerk}",
        time=local_text(doc["at"]),
        station=doc["station"],
        clerk=doc["clerk"],
    )
    text(where, size=7.5)
    rule()
    row(translate("handover", "Item"), translate("handover", "Handed over"), BOLD)
    for ln in doc["lines"]:
        row(f"{ln['name']}", f"{fmt_qty(ln['collected'])} / {fmt_qty(ln['ordered'])}")
        text(f"  {ln['sku']}", size=7)
        if ln.get("rejected"):
            reason = translate("handover", REASONS.get(ln.get("reason"), ln.get("reason") or ""))
            short = translate(
                "handover", "not supplied: {quantity} ({reason})", quantity=fmt_qty(ln["rejected"]), reason=reason
            )
            text(f"  {short}", size=7)
    rule()
    text(translate("handover", "Status: {status}", status=said(doc["status"], "pickup_slip")), BOLD, 9)
    text(translate("handover", "Verified by: {how}", how=said(doc["verified"], "pickup_slip")), size=8)
    if doc.get("payment"):
        text(said(doc["payment"], "pickup_slip"), size=8)
    y += 6
    ops.append(("barcode", y, _t(doc["number"])))
    y += 11 * mm
    text(translate("handover", "Received in good order:"), size=8, gap=22)
    y += 22
    ops.append(("rule_solid", y))
    text(doc["customer"], size=7.5, align="center")
    text(doc.get("footer", ""), size=7.5, align="center", gap=16)
    return ops, y + MARGIN


def render_handover_pdf(doc: dict, path: Path) -> Path:
    ops, height = _ops(doc)
    height = max(height, 100 * mm)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(WIDTH, height))
    c.setTitle(_t(translate("handover", "Handover {number}", number=doc["number"])))
    for op in ops:
        kind, y = op[0], height - op[1]
        if kind == "text":
            _k, _y, s, font, size, align = op
            c.setFont(font, size)
            if align == "center":
                c.drawCentredString(WIDTH / 2, y, s)
            elif align == "right":
                c.drawRightString(RIGHT, y, s)
            else:
                c.drawString(MARGIN, y, s)
        elif kind in ("rule", "rule_solid"):
            c.setLineWidth(0.5)
            if kind == "rule":
                c.setDash(2, 2)
            c.line(MARGIN, y, RIGHT, y)
            c.setDash()
        elif kind == "barcode":
            try:
                code = Code128(op[2], barWidth=0.25 * mm, barHeight=10 * mm, humanReadable=False)
                code.drawOn(c, (WIDTH - code.width) / 2, y - 10 * mm)
            except Exception:
                pass
    c.save()
    return pdf_out.write_file(path, buf.getvalue())
