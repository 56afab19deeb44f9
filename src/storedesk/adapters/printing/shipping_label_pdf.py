"""A shipping label for one parcel of a ship order, 4 x 6 in (101.6 x 152.4 mm, the thermal label
carriers use), as a PDF (reportlab canvas): the store as sender, the delivery address large, the
order number and "parcel 1/2", the parcel's weight, its carrier and tracking number when known,
and the order and parcel number as a Code 128 barcode (scanned back at the desk or the depot).

Every word is in the store's language (`translate`, context "shipping_label"); the country is
named in it too (babel's territory names)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from ...i18n.formats import store_locale
from . import pdf_out
from .pdf_out import pdf_safe as _t
from .words import translate

if TYPE_CHECKING:
    from ...services.pickup.shipping import LabelDoc

from .roll import fit as _fit

__all__ = ["PAGE", "render_shipping_label_pdf"]

PAGE = (4 * inch, 6 * inch)  # 288 x 432 pt
W, H = PAGE
M = 5 * mm
FONT, BOLD = "Helvetica", "Helvetica-Bold"


def country_name(code: str) -> str:
    """FR -> "France" (en), "Frankreich" (de_DE): as the store writes it; an unknown code as it is."""
    try:
        return Locale.parse(store_locale()).territories.get(code, code)
    except (ValueError, TypeError):
        return code


def _lines(c: Canvas, x: float, y: float, rows: Sequence[tuple[str, str, float]], width: float) -> float:
    """Draw (text, font, size) rows from y down; returns the y under the last."""
    for text, font, size in rows:
        if not text:
            continue
        y -= size * 1.25
        c.setFont(font, size)
        c.drawString(x, y, _fit(text, font, size, width))
    return y


def _sender(c: Canvas, doc: LabelDoc, top: float) -> float:
    c.setFont(BOLD, 7)
    c.drawString(M, top - 8, _t(translate("shipping_label", "From")))
    rows = [(line, FONT, 8) for line in doc.sender]
    y = _lines(c, M, top - 9, rows, W / 2 - M)
    c.setFont(BOLD, 16)
    c.drawRightString(
        W - M,
        top - 18,
        _t(translate("shipping_label", "Parcel {parcel}/{parcels}", parcel=doc.parcel, parcels=doc.parcels)),
    )
    c.setFont(FONT, 9)
    c.drawRightString(W - M, top - 31, _t(translate("shipping_label", "Weight {weight} kg", weight=doc.weight)))
    c.drawRightString(W - M, top - 43, _fit(doc.carrier, FONT, 9, W / 2 - M))
    return min(y, top - 46) - 6


def _recipient(c: Canvas, doc: LabelDoc, top: float) -> float:
    a = doc.delivery
    c.setLineWidth(1.5)
    c.line(M, top, W - M, top)
    c.setFont(BOLD, 9)
    c.drawString(M, top - 12, _t(translate("shipping_label", "Deliver to")))
    rows = [
        (a.get("name", ""), BOLD, 16),
        (a.get("line1", ""), FONT, 13),
        (a.get("line2", ""), FONT, 13),
        (
            translate("shipping_label", "{postcode} {city}", postcode=a.get("postcode", ""), city=a.get("city", "")),
            BOLD,
            16,
        ),
        (country_name(a.get("country", "")).upper(), BOLD, 13),
    ]
    if a.get("phone"):
        rows.append((translate("shipping_label", "Phone {phone}", phone=a["phone"]), FONT, 10))
    y = _lines(c, M + 2 * mm, top - 14, rows, W - 2 * M - 2 * mm)
    c.line(M, y - 8, W - M, y - 8)
    return y - 8


def _codes(c: Canvas, doc: LabelDoc, top: float) -> None:
    c.setFont(BOLD, 12)
    c.drawString(M, top - 16, _t(translate("shipping_label", "Order {number}", number=doc.number)))
    y = top - 22
    if doc.tracking:
        c.setFont(FONT, 10)
        c.drawString(M, y - 12, _t(translate("shipping_label", "Tracking {tracking}", tracking=doc.tracking)))
        y -= 14
    bar_h = 22 * mm
    code = Code128(_t(doc.barcode), barWidth=0.36 * mm, barHeight=bar_h, humanReadable=False)
    if code.width > W - 2 * M:  # a long number: narrower bars, still inside the label
        code = Code128(
            _t(doc.barcode), barWidth=0.36 * mm * (W - 2 * M) / code.width, barHeight=bar_h, humanReadable=False
        )
    code.drawOn(c, (W - code.width) / 2, y - 6 - bar_h)
    c.setFont(FONT, 10)
    c.drawCentredString(W / 2, y - 18 - bar_h, _t(doc.barcode))


def render_shipping_label_pdf(doc: LabelDoc, path: Path) -> Path:
    """doc: services.pickup.shipping.LabelDoc. One 4x6 in page, written atomically."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=PAGE)
    title = translate("shipping_label", "Order {number}", number=doc.number)
    c.setTitle(_t(title))
    c.setAuthor("storedesk")
    y = _sender(c, doc, H - M)
    y = _recipient(c, doc, y)
    _codes(c, doc, y)
    c.save()
    return pdf_out.write_file(path, buf.getvalue())
