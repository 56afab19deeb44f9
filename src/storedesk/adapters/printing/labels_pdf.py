"""Shelf labels and price labels as an A4 PDF (reportlab), each with a barcode.

Shelf label (3 x 8 per page, 70 x 37 mm): name, big price, unit, SKU and an EAN-13 (or a
Code 128 of the SKU when the product has no EAN). Price label (4 x 12, 52.5 x 24 mm): price,
short name and a small barcode; a label made for a price change also shows the old price, and
one printed beforehand for a price to come says from when it holds ("from 01/03/2026", the date
written as on the receipts: the store's language and locale), so a shelf never shows tomorrow's price as today's.
Amounts are Decimal down to the text (domain/money_format.py); no float touches a price.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ...domain.money_format import fmt_money
from ...i18n import noop
from . import pdf_out
from .pdf_out import pdf_safe as _t
from .words import clock, day, translate

FONT, BOLD = "Helvetica", "Helvetica-Bold"
LAYOUTS = {  # kind: (columns, rows, width, height)
    "shelf": (3, 8, 70 * mm, 37 * mm),
    "price": (4, 12, 52.5 * mm, 24 * mm),
}


# What a shelf label's price is for, one whole sentence per unit (domain/units.py codes): a unit
# code such as "pc" is not a word a customer reads.
PER_UNIT = {
    "pc": noop("labels", "{sku} · per piece"),
    "kg": noop("labels", "{sku} · per kg"),
    "l": noop("labels", "{sku} · per litre"),
    "m": noop("labels", "{sku} · per metre"),
}
PER_OTHER = noop("labels", "{sku} · per {unit}")


@dataclass(frozen=True)
class Label:
    sku: str
    name: str
    price: Decimal
    currency: str
    barcode: str = ""
    unit: str = "pc"
    old_price: Decimal | None = None  # a price change: shown struck through
    valid_from: datetime | None = None  # a price to come: the store's local date-time it holds from


def from_text(valid_from: datetime) -> str:
    """When a price to come holds, dated as on the receipts (the store's locale): at midnight the
    day alone, else the day and the time."""
    if (valid_from.hour, valid_from.minute) == (0, 0):
        return translate("labels", "from {day}", day=day(valid_from))
    return translate("labels", "from {day} {time}", day=day(valid_from), time=clock(valid_from))


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _wrap(text: str, font: str, size: float, width: float, lines: int) -> list[str]:
    words, out, cur = text.split(), [], ""
    for w in words:
        trial = f"{cur} {w}".strip()
        if stringWidth(trial, font, size) <= width:
            cur = trial
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    out = [ln for ln in out if ln]
    if len(out) > lines:
        out = out[: lines - 1] + [_fit(" ".join(out[lines - 1 :]), font, size, width)]
    return [_fit(ln, font, size, width) for ln in out]


def _barcode(c: Canvas, lb: Label, x: float, y: float, width: float, height: float) -> None:
    code = lb.barcode if lb.barcode.isdigit() and len(lb.barcode) in (8, 13) else ""
    if code:
        kind = "EAN13" if len(code) == 13 else "EAN8"
        d = createBarcodeDrawing(kind, value=code[:-1], barHeight=height, humanReadable=True, fontSize=6)
    else:
        d = createBarcodeDrawing(
            "Code128", value=lb.sku, barHeight=height, humanReadable=True, fontSize=6, barWidth=0.25 * mm
        )
    scale = min(1.0, width / d.width)
    d.scale(scale, 1)
    renderPDF.draw(d, c, x + (width - d.width * scale) / 2, y)


def _shelf(c: Canvas, lb: Label, x: float, y: float, w: float, h: float) -> None:
    pad = 3 * mm
    top = y + h - pad
    for i, ln in enumerate(_wrap(_t(lb.name), BOLD, 9, w - 2 * pad, 2)):
        c.setFont(BOLD, 9)
        c.drawString(x + pad, top - 9 - i * 10, ln)
    price = _t(fmt_money(lb.price, lb.currency))
    c.setFont(BOLD, 20)
    c.drawRightString(x + w - pad, y + h / 2 - 8, price)
    c.setFont(FONT, 6.5)
    c.setFillColor(colors.HexColor("#52606d"))
    c.drawString(
        x + pad, y + h / 2 - 4, _t(translate("labels", PER_UNIT.get(lb.unit, PER_OTHER), sku=lb.sku, unit=lb.unit))
    )
    if lb.old_price is not None:
        old = _t(fmt_money(lb.old_price, lb.currency))
        was = _t(translate("labels", "was {price}", price=old))
        c.drawString(x + pad, y + h / 2 - 12, was)
        start = was.find(old)  # the old price is struck through, wherever the language puts it
        c.line(
            x + pad + stringWidth(was[:start], FONT, 6.5),
            y + h / 2 - 10,
            x + pad + stringWidth(was[: start + len(old)], FONT, 6.5),
            y + h / 2 - 10,
        )
    c.setFillColor(colors.black)
    if lb.valid_from is not None:
        c.setFont(BOLD, 8)
        c.drawRightString(x + w - pad, y + h / 2 - 20, _t(from_text(lb.valid_from)))
    _barcode(c, lb, x + pad, y + 2 * mm, w / 2 - pad, 8 * mm)


def _price(c: Canvas, lb: Label, x: float, y: float, w: float, h: float) -> None:
    pad = 2 * mm
    c.setFont(FONT, 6.5)
    c.drawString(x + pad, y + h - pad - 6, _fit(_t(lb.name), FONT, 6.5, w - 2 * pad))
    c.setFont(BOLD, 14)
    c.drawRightString(x + w - pad, y + h - pad - 21, _t(fmt_money(lb.price, lb.currency)))
    if lb.old_price is not None:
        c.setFont(FONT, 6)
        old = _t(fmt_money(lb.old_price, lb.currency))
        c.drawString(x + pad, y + h - pad - 15, old)
        c.line(x + pad, y + h - pad - 13, x + pad + stringWidth(old, FONT, 6), y + h - pad - 13)
    if lb.valid_from is not None:
        c.setFont(BOLD, 6.5)
        c.drawRightString(x + w - pad, y + h - pad - 30, _t(from_text(lb.valid_from)))
    _barcode(c, lb, x + pad, y + 1.5 * mm, w * 0.55, 5 * mm)


def render_labels(labels: list[Label], kind: str = "shelf", title: str = "") -> bytes:
    if kind not in LAYOUTS:
        raise ValueError(f"unknown label kind {kind!r}")
    cols, rows, w, h = LAYOUTS[kind]
    page_w, page_h = A4
    left, bottom = (page_w - cols * w) / 2, (page_h - rows * h) / 2
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1)
    default = translate("labels", "Shelf labels") if kind == "shelf" else translate("labels", "Price labels")
    c.setTitle(_t(title or default))
    per_page = cols * rows
    draw = _shelf if kind == "shelf" else _price
    for i, lb in enumerate(labels):
        if i and i % per_page == 0:
            c.showPage()
        n = i % per_page
        x, y = left + (n % cols) * w, bottom + (rows - 1 - n // cols) * h
        c.setStrokeColor(colors.HexColor("#c0c6cc"))
        c.setLineWidth(0.3)
        c.rect(x, y, w, h)  # a cutting guide
        c.setStrokeColor(colors.black)
        draw(c, lb, x, y, w, h)
    if not labels:
        c.setFont(FONT, 12)
        c.drawString(20 * mm, page_h - 30 * mm, _t(translate("labels", "No labels to print.")))
    c.showPage()
    c.save()
    return buf.getvalue()


def write_labels(path: Path, labels: list[Label], kind: str = "shelf", title: str = "") -> Path:
    return pdf_out.write_file(path, render_labels(labels, kind, title))
