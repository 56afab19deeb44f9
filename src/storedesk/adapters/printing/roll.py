"""The 80 mm roll, drawn with the reportlab canvas: the one layout engine of everything the
station prints on a roll (sale receipts, return receipts, X and Z reports on a roll).

Two passes: the content is first laid out as a list of drawing commands measured
from the top of the page, so the page height can be exactly what the content needs
(no wasted paper); then the canvas is created at that height and the commands replayed.
The blocks a sale receipt and a return receipt both print (the store's header, the VAT
table, the total with its cash rounding, the number as a barcode and the footer) are here
once, so both documents look alike on the roll.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ...domain.money_format import fmt_amount, fmt_money, fmt_rate
from ...domain.receipt import ReceiptTop
from . import pdf_out
from .pdf_out import pdf_safe
from .words import translate, when

PAGE_WIDTH = 80 * mm
MIN_PAGE_HEIGHT = 100 * mm
MARGIN = 4 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LEFT = MARGIN
RIGHT = PAGE_WIDTH - MARGIN
CENTER = PAGE_WIDTH / 2

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
ITALIC = "Helvetica-Oblique"
SIZE = 8.0
SIZE_HEAD = 9.0
SIZE_STORE = 12.0
SIZE_TOTAL = 12.0
SIZE_BANNER = 13.0

# Amounts end here; the tax code letter sits in the small column to its right.
TAX_CODE_COL = 9.0
AMOUNT_RIGHT = RIGHT - TAX_CODE_COL
ELLIPSIS = "\u2026"

BARCODE_BAR_WIDTH = 0.25 * mm
BARCODE_HEIGHT = 11 * mm


def fit(text: str, font: str, size: float, width: float) -> str:
    """Cut `text` with an ellipsis so it fits in `width` points."""
    text = pdf_safe(text)
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits together with the ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS


class Layout:
    """Drawing commands with y measured downwards from the top margin."""

    def __init__(self) -> None:
        self.y = 0.0  # distance from the top margin to the bottom of the last row
        self.ops: list[tuple] = []

    # -- primitives -------------------------------------------------------
    def gap(self, points: float) -> None:
        self.y += points

    def text(
        self,
        s: str,
        *,
        font: str = FONT,
        size: float = SIZE,
        align: str = "left",
        x: float | None = None,
        baseline: float | None = None,
    ) -> None:
        self.ops.append(("text", self.y if baseline is None else baseline, s, font, size, align, x))

    def _advance(self, size: float) -> float:
        """Start a row of `size` pt text; return its baseline."""
        self.y += size * 1.22
        return self.y - size * 0.25

    def centred(self, s: str, *, font: str = FONT, size: float = SIZE, shrink: bool = False) -> None:
        width = stringWidth(pdf_safe(s), font, size)
        if shrink and width > CONTENT_WIDTH:  # e.g. a long receipt number: smaller, never cut
            size = max(5.0, size * CONTENT_WIDTH / width)
        base = self._advance(size)
        self.text(fit(s, font, size, CONTENT_WIDTH), font=font, size=size, align="center", baseline=base)

    def wrapped_centred(self, s: str, *, font: str = FONT, size: float = SIZE) -> None:
        for part in simpleSplit(pdf_safe(s), font, size, CONTENT_WIDTH):
            self.centred(part, font=font, size=size)

    def left(self, s: str, *, font: str = FONT, size: float = SIZE, indent: float = 0.0) -> None:
        base = self._advance(size)
        self.text(fit(s, font, size, CONTENT_WIDTH - indent), font=font, size=size, x=LEFT + indent, baseline=base)

    def row(
        self,
        left: str,
        right: str,
        *,
        font: str = FONT,
        size: float = SIZE,
        code: str = "",
        indent: float = 0.0,
        right_edge: float = AMOUNT_RIGHT,
        keep_left: bool = False,
    ) -> None:
        """Label on the left, amount right-aligned on the amount column, tax code after it.

        The right text is never cut. When it leaves too little room for the label and
        `keep_left` is set (or hardly any room is left), the label gets a line of its own above it.
        """
        right = pdf_safe(right)
        right_w = stringWidth(right, font, size)
        room = right_edge - right_w - 6 - (LEFT + indent)
        if left and stringWidth(pdf_safe(left), font, size) > room and (keep_left or room < 24):
            self.left(left, font=font, size=size, indent=indent)
            left, room = "", 0.0
        if right_w > right_edge - (LEFT + indent):  # wider than the roll: shrink to fit
            size = max(5.0, size * (right_edge - LEFT - indent) / right_w)
        base = self._advance(size)
        if left:
            self.text(fit(left, font, size, room), font=font, size=size, x=LEFT + indent, baseline=base)
        self.text(right, font=font, size=size, align="right", x=right_edge, baseline=base)
        if code:
            self.text(
                fit(code, FONT, SIZE, TAX_CODE_COL - 2), font=FONT, size=SIZE, align="right", x=RIGHT, baseline=base
            )

    def columns(self, cells: list[str], rights: list[float], *, font: str = FONT, size: float = SIZE) -> None:
        """First cell left-aligned at the margin, the others right-aligned on `rights`."""
        base = self._advance(size)
        first_room = rights[0] - stringWidth(pdf_safe(cells[1]), font, size) - 4 - LEFT
        self.text(fit(cells[0], font, size, first_room), font=font, size=size, x=LEFT, baseline=base)
        for cell, x in zip(cells[1:], rights, strict=True):
            self.text(pdf_safe(cell), font=font, size=size, align="right", x=x, baseline=base)

    def rule(self, *, dashed: bool = True, space: float = 3.0) -> None:
        self.y += space
        self.ops.append(("rule", self.y, dashed))
        self.y += space

    def banner(self, s: str) -> None:
        """A boxed line in large bold ("DUPLICATA n° 2"): a long one is shrunk to fit, never cut."""
        height = SIZE_BANNER + 8
        width, room = stringWidth(pdf_safe(s), BOLD, SIZE_BANNER), CONTENT_WIDTH - 4
        size = SIZE_BANNER if width <= room else max(6.0, SIZE_BANNER * room / width)
        self.y += 2
        self.ops.append(("box", self.y, height))
        self.ops.append(("text", self.y + height - 6.5, s, BOLD, size, "center", None))
        self.y += height + 3

    def barcode(self, value: str) -> bool:
        try:
            value.encode("ascii")
            bar_width = BARCODE_BAR_WIDTH
            code = Code128(value, barWidth=bar_width, barHeight=BARCODE_HEIGHT, humanReadable=False)
            if code.width > CONTENT_WIDTH:  # very long numbers: thinner bars so it still fits the roll
                bar_width = bar_width * CONTENT_WIDTH / code.width
                code = Code128(value, barWidth=bar_width, barHeight=BARCODE_HEIGHT, humanReadable=False, quiet=False)
        except Exception:  # not encodable: the human-readable number alone still identifies the receipt
            return False
        self.y += 2
        self.ops.append(("barcode", self.y + BARCODE_HEIGHT, code))
        self.y += BARCODE_HEIGHT
        return True

    # -- blocks that a sale receipt, a return receipt and a report on a roll share -------------
    def tax_table(self, taxes: Iterable[TaxRate], currency: str, *, code_gap: str = "  ", totals: bool = True) -> None:
        """Rate | Net | Tax | Gross, a row per rate, then (with `totals`) a rule and their sums."""
        taxes = tuple(taxes)
        rights = [RIGHT - 100, RIGHT - 52, RIGHT]  # right edges of the Net | Tax | Gross columns
        heads = [translate("receipt", "Rate"), translate("receipt", "Net"), translate("receipt", "Tax")]
        self.columns([*heads, translate("receipt", "Gross")], rights, font=BOLD)
        for vat in taxes:
            amounts = [fmt_amount(v, currency) for v in (vat.net, vat.tax, vat.gross)]
            self.columns([f"{vat.code}{code_gap}{fmt_rate(vat.rate)}", *amounts], rights)
        if not totals:
            return
        net = sum((t.net for t in taxes), Decimal(0))
        tax = sum((t.tax for t in taxes), Decimal(0))
        gross = sum((t.gross for t in taxes), Decimal(0))
        self.ops.append(("hline", self.y + 1.5, rights[0] - 40, RIGHT))
        self.gap(1.5)
        cells = [translate("receipt", "Total"), *(fmt_amount(v, currency) for v in (net, tax, gross))]
        self.columns(cells, rights, font=BOLD)

    def total_due(self, label: str, total: Decimal, rounding: Decimal, due_label: str, currency: str) -> None:
        """The total in large type; with a cash rounding, the rounding and what is paid (`due_label`)."""
        self.row(label, fmt_money(total, currency), font=BOLD, size=SIZE_TOTAL)
        if rounding:
            self.gap(1)
            self.row(translate("receipt", "Cash rounding"), fmt_money(rounding, currency))
            self.row(due_label, fmt_money(total + rounding, currency), font=BOLD, size=SIZE_HEAD + 1)
        self.rule()

    def number_footer(self, number: str, footer: str) -> None:
        """The document's number as a Code 128 barcode and in figures, then the shop's footer."""
        self.barcode(number)
        self.gap(1)
        self.centred(number, size=SIZE, shrink=True)
        if footer:
            self.gap(4)
            self.wrapped_centred(footer, size=SIZE_HEAD)


class TaxRate(Protocol):
    """A row of a VAT table: a sale's or a return's tax line, or a report's tax row."""

    @property
    def code(self) -> str: ...
    @property
    def rate(self) -> Decimal: ...
    @property
    def net(self) -> Decimal: ...
    @property
    def tax(self) -> Decimal: ...
    @property
    def gross(self) -> Decimal: ...


def draw(c: Canvas, lay: Layout, top: float) -> None:
    cur_font = None
    for op in lay.ops:
        kind = op[0]
        if kind == "text":
            _, y, s, font, size, align, x = op
            if not s:
                continue
            if (font, size) != cur_font:
                c.setFont(font, size)
                cur_font = (font, size)
            py = top - y
            if align == "center":
                c.drawCentredString(CENTER if x is None else x, py, s)
            elif align == "right":
                c.drawRightString(RIGHT if x is None else x, py, s)
            else:
                c.drawString(LEFT if x is None else x, py, s)
        elif kind == "rule":
            _, y, dashed = op
            c.setLineWidth(0.5)
            c.setDash(1.5, 1.5) if dashed else c.setDash()
            c.line(LEFT, top - y, RIGHT, top - y)
            c.setDash()
        elif kind == "hline":
            _, y, x0, x1 = op
            c.setLineWidth(0.5)
            c.line(x0, top - y, x1, top - y)
        elif kind == "box":
            _, y, height = op
            c.setLineWidth(1.5)
            c.rect(LEFT, top - y - height, CONTENT_WIDTH, height, stroke=1, fill=0)
        elif kind == "barcode":
            _, y_bottom, code = op
            code.drawOn(c, CENTER - code.width / 2, top - y_bottom)
            cur_font = None  # the barcode may change the canvas state


def store_header(lay: Layout, doc: ReceiptTop) -> None:
    """The store, its address and VAT id, then station, time and clerk: the top of every
    receipt the station prints."""
    lay.centred(doc.store_name, font=BOLD, size=SIZE_STORE)
    lay.gap(1)
    for line in doc.store_address:
        if line and line.strip():
            lay.centred(line)
    if doc.store_tax_id:
        lay.centred(translate("receipt", "VAT ID {tax_id}", tax_id=doc.store_tax_id))
    lay.rule()
    station = translate("receipt", "Station {station}", station=doc.station_code)
    lay.row(station, when(doc.local_time), right_edge=RIGHT, keep_left=True)
    lay.left(translate("receipt", "Clerk {name}", name=doc.clerk_name))


def write_roll(lay: Layout, path: Path, title: str, subject: str | None, author: str) -> Path:
    """A laid-out 80 mm roll as a one-page PDF at `path`, written atomically (pdf_out.write_file):
    a half-written receipt never sits where a reprint would find it. No `subject`: none is set."""
    path = Path(path)
    height = max(MIN_PAGE_HEIGHT, lay.y + 2 * MARGIN)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(PAGE_WIDTH, height), pageCompression=1)
    c.setTitle(title)
    if subject is not None:
        c.setSubject(subject)
    c.setAuthor(author)
    c.setCreator("storedesk")
    draw(c, lay, height - MARGIN)
    c.showPage()
    c.save()
    return pdf_out.write_file(path, buf.getvalue())
