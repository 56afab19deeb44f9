"""A4 pick list for a click-and-collect order (reportlab canvas): order number with its Code 128
barcode (scan it at the desk to open the order), customer, due time, payment, then one row per
line with a checkbox, SKU, shelf barcode, name and quantity, and room for the picker's notes."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ...domain.money_format import fmt_qty
from ...i18n import noop
from . import pdf_out
from .words import local_text, said, translate

__all__ = ["render_pick_list_pdf"]

W, H = A4
M = 15 * mm
FONT, BOLD = "Helvetica", "Helvetica-Bold"
ROW = 11 * mm
_SAFE = str.maketrans({"\u202f": " ", "\u2009": " ", "\u2014": "-", "\u2212": "-"})
PAYMENTS = (noop("pickup_slip", "Paid online"),)  # what services/pickup/slips.py says in English
# The columns: (left edge from the margin, width, title); the quantity is right-aligned at the edge
COLUMNS = (
    (0, 17 * mm, noop("pick_list", "Picked")),
    (18 * mm, 11 * mm, noop("pick_list", "Line")),
    (30 * mm, 27 * mm, noop("pick_list", "SKU")),
    (58 * mm, 69 * mm, noop("pick_list", "Product")),
    (128 * mm, 40 * mm, noop("pick_list", "Shelf barcode")),
)


def _t(s) -> str:
    return str(s).translate(_SAFE)


def _fit(text: str, font: str, size: float, width: float) -> str:
    text = _t(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "...", font, size) > width:
        text = text[:-1]
    return text + "..."


def _header(c: Canvas, doc: dict, page: int) -> float:
    y = H - M
    printed = _t(
        translate("pick_list", "{store} · printed {time}", store=doc["store"], time=local_text(doc["printed"]))
    )
    title = _t(translate("pick_list", "Pick list  {number}", number=doc["number"]))
    # the title takes the room the printed-at line leaves ("Liste de préparation" runs long)
    room = W - 2 * M - stringWidth(printed, FONT, 9) - 4 * mm
    size = 20.0
    while size > 12 and stringWidth(title, BOLD, size) > room:
        size -= 1
    c.setFont(BOLD, size)
    c.drawString(M, y - 16, title)
    c.setFont(FONT, 9)
    c.drawRightString(W - M, y - 6, printed)
    c.drawRightString(W - M, y - 18, _t(translate("pick_list", "page {number}", number=page)))
    y -= 30
    try:
        code = Code128(_t(doc["number"]), barWidth=0.33 * mm, barHeight=14 * mm, humanReadable=False)
        code.drawOn(c, W - M - code.width, y - 16 * mm)
        c.setFont(FONT, 9)
        c.drawCentredString(W - M - code.width / 2, y - 16 * mm - 11, _t(doc["number"]))
    except Exception:  # not encodable: the printed number still identifies the order
        pass
    c.setFont(BOLD, 13)
    c.drawString(M, y - 12, _fit(doc["customer"], BOLD, 13, 100 * mm))
    c.setFont(FONT, 10)
    contact = " · ".join(x for x in (doc.get("phone"), doc.get("email")) if x)
    c.drawString(M, y - 26, _fit(contact, FONT, 10, 100 * mm))
    c.drawString(M, y - 40, _t(translate("pick_list", "Ordered {time}", time=local_text(doc["created"]))))
    c.setFont(BOLD, 11)
    c.drawString(M, y - 54, _t(translate("pick_list", "Due {time}", time=local_text(doc["due"]))))
    c.setFont(FONT, 10)
    c.drawString(M, y - 68, _fit(said(doc["payment"], "pickup_slip"), FONT, 10, 100 * mm))
    y -= 24 * mm + 10
    c.setLineWidth(0.8)
    c.line(M, y, W - M, y)
    y -= 14
    c.setFont(BOLD, 9)
    for left, width, title in COLUMNS:
        c.drawString(M + left, y, _fit(translate("pick_list", title), BOLD, 9, width))
    c.drawRightString(W - M, y, _t(translate("pick_list", "Qty")))
    y -= 6
    c.setLineWidth(0.4)
    c.line(M, y, W - M, y)
    return y


def render_pick_list_pdf(doc: dict, path: Path) -> Path:
    """doc: see services.pickup.slips.pick_list_doc. Written atomically (tmp file then rename)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setTitle(_t(translate("pick_list", "Pick list  {number}", number=doc["number"])))
    c.setAuthor("storedesk")
    page = 1
    y = _header(c, doc, page)
    total = Decimal(0)
    for ln in doc["lines"]:
        if y - ROW < M + 30 * mm:
            c.showPage()
            page += 1
            y = _header(c, doc, page)
        top = y
        y -= ROW
        mid = y + ROW / 2 - 3
        c.setLineWidth(1)
        c.rect(M + 2 * mm, mid - 2, 6 * mm, 6 * mm)  # the checkbox, ticked by hand
        if ln.get("rejected"):
            c.setFont(FONT, 7)
            c.drawString(M + 9 * mm, mid, _fit(translate("pick_list", "rej."), FONT, 7, 8 * mm))
        c.setFont(FONT, 10)
        c.drawString(M + 18 * mm, mid, str(ln["line"]))
        c.drawString(M + 30 * mm, mid, _fit(ln["sku"], FONT, 10, 27 * mm))
        c.drawString(M + 58 * mm, mid, _fit(ln["name"], FONT, 10, 68 * mm))
        c.setFont(FONT, 9)
        c.drawString(M + 128 * mm, mid, _t(ln.get("barcode") or ""))
        c.setFont(BOLD, 14)
        c.drawRightString(W - M, mid - 1, _t(fmt_qty(ln["quantity"])))
        total += ln["quantity"]
        c.setLineWidth(0.3)
        c.setDash(1, 2)
        c.line(M, y, W - M, y)
        c.setDash()
        assert top > y
    y -= 16
    c.setFont(BOLD, 11)
    c.drawString(M, y, _t(translate("pick_list", "%n line(s)", n=len(doc["lines"]))))
    c.drawRightString(W - M, y, _t(translate("pick_list", "Items: {quantity}", quantity=fmt_qty(total))))
    y -= 28
    c.setFont(FONT, 9)
    hint = translate(
        "pick_list",
        "Scan each item at the desk (F4 on the Pickup screen). Short or damaged? Reject the line with its reason (F6).",
    )
    c.drawString(M, y, _fit(hint, FONT, 9, W - 2 * M))
    y -= 24
    sign = translate(
        "pick_list",
        "Picked by: {name}    Time: {time}    Shelf / bin: {bin}",
        name="_" * 22,
        time="_" * 10,
        bin="_" * 10,
    )
    c.drawString(M, y, _fit(sign, FONT, 9, W - 2 * M))
    c.save()
    return pdf_out.write_file(path, buf.getvalue())
