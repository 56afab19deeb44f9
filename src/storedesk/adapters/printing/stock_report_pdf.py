"""Receiving report and count variance report as A4 PDFs (reportlab platypus).

Both take plain rows from the services (quantities in thousandths, money in minor units) and
format them here; nothing is summed in floats.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from storedesk.domain.money import from_minor

from ...domain.money_format import fmt_money, fmt_qty
from ...i18n import noop
from ...i18n.formats import fmt_number
from . import pdf_out
from .pdf_out import pdf_safe as _t
from .words import local_text, translate

INK = colors.HexColor("#1d2327")
BLUE = colors.HexColor("#0b3d91")
LIGHT = colors.HexColor("#eef2f6")
RED = colors.HexColor("#9b1c1c")
GREEN = colors.HexColor("#03543f")
# A count's state as the report says it (services/stock/counts.py keeps the codes)
COUNT_STATES = {
    "open": noop("stock_report", "open"),
    "approved": noop("stock_report", "approved"),
    "cancelled": noop("stock_report", "cancelled"),
}


def _q(milli: int) -> str:
    return _t(fmt_qty(Decimal(milli) / 1000))


def _signed_q(milli: int) -> str:
    return ("+" if milli > 0 else "") + _q(milli)


def _money(minor: int, cur: str, signed: bool = False) -> str:
    text = _t(fmt_money(from_minor(minor, cur), cur))
    return ("+" if signed and minor > 0 else "") + text


@dataclass(frozen=True)
class Header:
    title: str
    store: str
    facts: list[tuple[str, str]]  # (label, value) under the title


def _doc(story_fn, header: Header) -> bytes:
    buf = io.BytesIO()
    doc = pdf_out.a4_document(buf, side_mm=15, top_mm=15, bottom_mm=15, title=header.title, author="storedesk")
    styles = getSampleStyleSheet()
    h = styles["Heading1"]
    h.textColor = BLUE
    story = [Paragraph(_t(header.title), h), Paragraph(_t(header.store), styles["Normal"]), Spacer(1, 3 * mm)]
    facts = Table([[_t(k), _t(v)] for k, v in header.facts], colWidths=[45 * mm, 130 * mm], hAlign="LEFT")
    facts.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9),
                ("FONT", (1, 0), (1, -1), "Helvetica", 9),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    story += [facts, Spacer(1, 5 * mm)]
    story += story_fn(styles)

    def footer(canvas, d):
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.setFillColor(colors.grey)
        page = translate("stock_report", "page {number}", number=d.page)
        canvas.drawString(15 * mm, 8 * mm, _t(f"{header.title} · {page}"))
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def _table(rows: list[list], widths: list[float], colour_col: int | None = None, values=None) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, INK),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f8fafc")]),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, INK),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
    ]
    if colour_col is not None and values:
        for i, v in enumerate(values, start=1):
            if v:
                style.append(("TEXTCOLOR", (colour_col, i), (-1, i), RED if v < 0 else GREEN))
    t.setStyle(TableStyle(style))
    return t


# --------------------------------------------------------------------------- receiving
def render_receiving(
    store: str,
    doc_no: str,
    reference: str,
    source: str,
    supplier: str,
    received_at: str,
    user: str,
    lines: list[tuple[str, str, int, int]],
) -> bytes:
    """lines: (sku, name, expected milli, received milli)."""
    over = sum(1 for _s, _n, e, r in lines if r > e and e > 0)
    short = sum(1 for _s, _n, e, r in lines if r < e)
    unexpected = sum(1 for _s, _n, e, r in lines if e == 0)
    source_text = {
        "asn": translate("stock_report", "Advance shipping notice"),
        "transfer": translate("stock_report", "Transfer from another store"),
        "typed": translate("stock_report", "Typed in"),
    }
    result = translate(
        "stock_report",
        "{lines}: {expected} as expected, {over} over, {short} short, {unexpected} not on the notice",
        lines=translate("stock_report", "%n line(s)", n=len(lines)),
        expected=fmt_number(len(lines) - over - short - unexpected),
        over=fmt_number(over),
        short=fmt_number(short),
        unexpected=fmt_number(unexpected),
    )
    header = Header(
        translate("stock_report", "Receiving report {number}", number=doc_no),
        store,
        [
            (translate("stock_report", "Delivery"), reference),
            (translate("stock_report", "Source"), source_text.get(source, source)),
            (translate("stock_report", "From"), supplier or "-"),
            (translate("stock_report", "Received"), local_text(received_at)),
            (translate("stock_report", "By"), user),
            (translate("stock_report", "Result"), result),
        ],
    )

    def story(styles):
        rows = [
            [
                translate("stock_report", "SKU"),
                translate("stock_report", "Product"),
                translate("stock_report", "Expected"),
                translate("stock_report", "Received"),
                translate("stock_report", "Over / short"),
                translate("stock_report", "Status"),
            ]
        ]
        diffs = []
        for sku, name, e, r in lines:
            d = r - e
            status = _status(e, d)
            rows.append(
                [
                    sku,
                    Paragraph(_t(name), styles["BodyText"]) if len(name) > 38 else _t(name),
                    _q(e),
                    _q(r),
                    _signed_q(d) if d else "",
                    status,
                ]
            )
            diffs.append(d)
        rows.append(
            [
                "",
                translate("stock_report", "Total"),
                _q(sum(ln[2] for ln in lines)),
                _q(sum(ln[3] for ln in lines)),
                _signed_q(sum(ln[3] - ln[2] for ln in lines)),
                "",
            ]
        )
        diffs.append(0)
        return [
            _table(rows, [28 * mm, 62 * mm, 20 * mm, 20 * mm, 24 * mm, 26 * mm], 4, diffs),
            Spacer(1, 12 * mm),
            Paragraph(
                _t(translate("stock_report", "Checked by: {line}   Signature: {line}", line="_" * 20)), styles["Normal"]
            ),
        ]

    return _doc(story, header)


# --------------------------------------------------------------------------- count variance
def render_variance(
    store: str,
    doc_no: str,
    kind: str,
    status: str,
    prepared_at: str,
    currency: str,
    lines: list[tuple[str, str, int, int, int, int]],
    approved_by: str = "",
) -> bytes:
    """lines: (sku, name, expected milli at the snapshot, counted milli, variance milli, variance minor)."""
    net = sum(ln[5] for ln in lines)
    over = sum(ln[5] for ln in lines if ln[5] > 0)
    short = sum(ln[5] for ln in lines if ln[5] < 0)
    said = translate("stock_report", COUNT_STATES.get(status, status))
    count = (
        translate("stock_report", "Full count, {status}", status=said)
        if kind == "full"
        else translate("stock_report", "Cycle count, {status}", status=said)
    )
    value = translate(
        "stock_report",
        "net {net} (over {over}, short {short}) at retail price",
        net=_money(net, currency, True),
        over=_money(over, currency, True),
        short=_money(short, currency),
    )
    products = translate(
        "stock_report",
        "{products} ({varied} with a variance)",
        products=fmt_number(len(lines)),
        varied=fmt_number(sum(1 for ln in lines if ln[4])),
    )
    header = Header(
        translate("stock_report", "Count variance report {number}", number=doc_no),
        store,
        [
            (translate("stock_report", "Count"), count),
            (translate("stock_report", "Prepared"), local_text(prepared_at)),
            (translate("stock_report", "Products"), products),
            (translate("stock_report", "Value"), value),
            (
                translate("stock_report", "Expected"),
                translate(
                    "stock_report", "on-hand at each product's first counted unit; later sales stay in the ledger"
                ),
            ),
            (translate("stock_report", "Approved by"), approved_by or translate("stock_report", "not yet approved")),
        ],
    )

    def story(styles):
        rows = [
            [
                translate("stock_report", "SKU"),
                translate("stock_report", "Product"),
                translate("stock_report", "Expected"),
                translate("stock_report", "Counted"),
                translate("stock_report", "Variance"),
                translate("stock_report", "Value"),
            ]
        ]
        for sku, name, e, c, v, vm in lines:
            rows.append([sku, _t(name)[:40], _q(e), _q(c), _signed_q(v) if v else "0", _money(vm, currency, True)])
        rows.append(
            [
                "",
                translate("stock_report", "Total"),
                _q(sum(ln[2] for ln in lines)),
                _q(sum(ln[3] for ln in lines)),
                _signed_q(sum(ln[4] for ln in lines)),
                _money(net, currency, True),
            ]
        )
        return [
            _table(rows, [28 * mm, 66 * mm, 20 * mm, 20 * mm, 20 * mm, 26 * mm], 4, [ln[4] for ln in lines] + [0]),
            Spacer(1, 12 * mm),
            Paragraph(
                _t(translate("stock_report", "Manager approval: {line}   Date: {date}", line="_" * 20, date="_" * 10)),
                styles["Normal"],
            ),
        ]

    return _doc(story, header)


def _status(expected: int, difference: int) -> str:
    if expected == 0:
        return translate("stock_report", "not expected")
    if difference > 0:
        return translate("stock_report", "over")
    return translate("stock_report", "short") if difference < 0 else translate("stock_report", "ok")


def write_pdf(path: Path, data: bytes) -> Path:
    """A report made by render_receiving or render_variance, at `path` (atomically)."""
    return pdf_out.write_file(path, data)
