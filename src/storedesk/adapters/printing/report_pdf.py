"""X and Z reports as PDF: A4 (platypus tables and a bar chart of sales by hour) and an
80 mm roll (the receipt's layout engine).

Everything printed comes from a `ShiftReport` (domain): the figures are already summed, so
a shift of 20,000 receipts renders as fast as a shift of ten. Amounts stay Decimal down to
the text; the chart is drawn from integer minor units.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from storedesk.domain.money import from_minor, to_minor
from storedesk.domain.shift_report import CASH, NO_SALE, PAID_IN, PAID_OUT, ShiftReport

from ...domain.money_format import fmt_amount, fmt_money, fmt_qty, fmt_rate
from .receipt_pdf import BOLD, MARGIN, MIN_PAGE_HEIGHT, PAGE_WIDTH, RIGHT, _draw, _Layout

__all__ = ["render_report_a4", "render_report_roll", "title_of"]

INK = colors.HexColor("#1d2327")
BLUE = colors.HexColor("#0b3d91")
GREY = colors.HexColor("#52606d")
LIGHT = colors.HexColor("#eef2f6")
RED = colors.HexColor("#9b1c1c")
GREEN = colors.HexColor("#03543f")
TENDER_NAMES = {"cash": "Cash", "card": "Card"}
MOVE_NAMES = {PAID_IN: "Paid in", PAID_OUT: "Paid out", NO_SALE: "No sale"}
_PDF_SAFE = str.maketrans({"\u202f": "\u00a0", "\u2009": " ", "\u200e": "", "\u200f": "", "\u2212": "-"})


def _t(text) -> str:
    return str(text).translate(_PDF_SAFE)


def title_of(r: ShiftReport) -> str:
    if r.kind == "Z":
        return f"Z report no. {r.z_no}"
    return "X report (reading: nothing reset)"


def _signed(v: Decimal, cur: str) -> str:
    """A difference: "+1.20" over, "-0.50" short, "0.00" exact."""
    return ("+" if v > 0 else "") + fmt_amount(v, cur)


def _whole(text: str) -> str:
    """An axis figure without its cents: "100,000.00" -> "100,000"."""
    return text[:-3] if text.endswith(".00") else text


def _verdict(v: Decimal | None, cur: str) -> str:
    if v is None:
        return "not counted"
    if v == 0:
        return "exact"
    return f"{'over' if v > 0 else 'short'} by {fmt_money(abs(v), cur)}"


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _drawer_rows(r: ShiftReport) -> list[tuple[str, str]]:
    cur = r.currency
    cash = r.tender(CASH)
    rows = [
        ("Opening float (counted)", fmt_amount(r.opening_float, cur)),
        ("+ Cash sales (tendered - change)", fmt_amount(cash.amount if cash else Decimal(0), cur)),
    ]
    if r.outside_cash:
        rows.append((f"- Cash sales outside the shift ({r.outside_shift_count})", fmt_amount(-r.outside_cash, cur)))
    rows += [
        (f"+ Paid in ({r.paid_in_count})", fmt_amount(r.paid_in, cur)),
        (f"- Paid out ({r.paid_out_count})", fmt_amount(-r.paid_out, cur)),
    ]
    if cash is not None and cash.refunded:
        rows.append(("- Cash refunds (returns)", fmt_amount(-cash.refunded, cur)))
    if r.outside_refunds:
        rows.append(
            (f"+ Cash refunds outside the shift ({r.outside_returns_count})", fmt_amount(r.outside_refunds, cur))
        )
    rows += [
        ("= Expected in the drawer", fmt_amount(r.cash_expected, cur)),
        ("Counted", "not counted" if r.cash_counted is None else fmt_amount(r.cash_counted, cur)),
        ("Difference (counted - expected)", "-" if r.cash_difference is None else _signed(r.cash_difference, cur)),
    ]
    if r.cash_difference is not None:
        rows.append(("", _verdict(r.cash_difference, cur)))
    return rows


def outside_note(r: ShiftReport) -> str:
    """The "outside the shift" section: documents of this Z period made while no shift was open."""
    if not (r.outside_shift_count or r.outside_returns_count):
        return ""
    cur = r.currency
    sales = _count(r.outside_shift_count, "sale", "sales")
    returns = _count(r.outside_returns_count, "return", "returns")
    return (
        f"Outside the shift: {sales} (cash kept {fmt_money(r.outside_cash, cur)}) and {returns} (cash refunded "
        f"{fmt_money(r.outside_refunds, cur)}) were made while no shift was open, before this shift's float "
        "was counted. They are in this report's totals; their cash is not expected in the drawer again."
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _sales_rows(r: ShiftReport) -> list[tuple[str, str]]:
    cur = r.currency
    rows = [("Sales (receipts)", str(r.sales_count))]
    if r.outside_shift_count:
        rows.append(("  of which made while no shift was open", str(r.outside_shift_count)))
    rows += [
        ("Before discounts", fmt_amount(r.subtotal, cur)),
        (f"Discounts ({r.discount_count} sales)", fmt_amount(-r.discounts, cur)),
        ("Sales incl. tax", fmt_amount(r.gross, cur)),
        ("Cash rounding", fmt_amount(r.rounding, cur)),
        (f"Voided lines ({r.voids_count}), not charged", fmt_amount(r.voids, cur)),
        (f"Returns ({r.returns_count})", fmt_amount(-r.returns, cur)),
    ]
    if r.outside_returns_count:
        rows.append(("  of which made while no shift was open", str(r.outside_returns_count)))
    rows += [
        ("Period total", fmt_amount(r.period_total, cur)),
        ("Perpetual grand total", fmt_amount(r.grand_total, cur)),
        ("Receipts", f"{r.first_receipt} to {r.last_receipt}" if r.first_receipt else "none"),
    ]
    return rows


# --------------------------------------------------------------------------- A4
def _styles():
    ss = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("t", parent=ss["Title"], fontSize=20, leading=24, textColor=BLUE, spaceAfter=2),
        "sub": ParagraphStyle("s", parent=ss["Normal"], fontSize=10, leading=13, textColor=GREY, alignment=TA_CENTER),
        "h": ParagraphStyle(
            "h", parent=ss["Heading2"], fontSize=12, leading=15, textColor=BLUE, spaceBefore=8, spaceAfter=3
        ),
        "body": ParagraphStyle("b", parent=ss["Normal"], fontSize=9, leading=11, textColor=INK),
        "small": ParagraphStyle("sm", parent=ss["Normal"], fontSize=7.5, leading=9.5, textColor=GREY),
        "copy": ParagraphStyle(
            "c",
            parent=ss["Title"],
            fontSize=16,
            leading=20,
            textColor=RED,
            borderColor=RED,
            borderWidth=1.5,
            borderPadding=4,
            spaceAfter=8,
        ),
    }


def _grid(rows, widths, header=True, bold_rows=(), right_from=1, highlight=()):
    table = Table([[_t(c) for c in row] for row in rows], colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (right_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, GREY),
    ]
    if header:
        style += [
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, GREY),
        ]
    for i in bold_rows:
        style += [("FONT", (0, i), (-1, i), "Helvetica-Bold", 9), ("LINEABOVE", (0, i), (-1, i), 0.5, GREY)]
    for i, colour in highlight:
        style += [("TEXTCOLOR", (0, i), (-1, i), colour)]
    table.setStyle(TableStyle(style))
    table.hAlign = "LEFT"
    return table


def _hour_chart(r: ShiftReport, width: float, height: float) -> Drawing:
    cur = r.currency
    d = Drawing(width, height)
    if not r.hours:
        d.add(
            String(
                width / 2,
                height / 2,
                "No sales",
                textAnchor="middle",
                fontName="Helvetica",
                fontSize=10,
                fillColor=GREY,
            )
        )
        return d
    chart = VerticalBarChart()
    chart.x, chart.y = 52, 22
    chart.width, chart.height = width - 62, height - 44
    chart.data = [[to_minor(g.amount, cur) for g in r.hours]]  # integer minor units, never a float
    chart.categoryAxis.categoryNames = [g.label[:2] + "h" for g in r.hours]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: _whole(fmt_amount(from_minor(int(v), cur), cur))
    chart.valueAxis.gridStrokeColor = LIGHT
    chart.valueAxis.visibleGrid = True
    chart.bars[0].fillColor = colors.HexColor("#1f6feb")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[str(g.count) if g.count else "" for g in r.hours]]
    chart.barLabels.fontName = "Helvetica"
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    chart.barLabels.fillColor = GREY
    d.add(chart)
    d.add(
        String(
            4,
            height - 8,
            f"Sales by hour, {cur} incl. tax (figures on bars: receipts)",
            fontName="Helvetica",
            fontSize=8,
            fillColor=GREY,
        )
    )
    return d


def _a4_story(r: ShiftReport) -> list:
    cur = r.currency
    st = _styles()
    full = A4[0] - 36 * mm
    story = []
    if r.copy:
        story.append(Paragraph("COPY - REPRINT", st["copy"]))
    story.append(Paragraph(_t(title_of(r)), st["title"]))
    story.append(
        Paragraph(
            _t(
                f"{r.store_name} ({r.store_code}) - station {r.station_code} - shift {r.shift_no} - "
                f"business day {r.business_date} - amounts in {cur}"
            ),
            st["sub"],
        )
    )
    story.append(Spacer(1, 4 * mm))
    closed = "Closed" if r.kind == "Z" else "Read"
    story.append(
        _grid(
            [
                [
                    "Opened",
                    f"{r.opened_at}  by {r.opened_by}",
                    closed,
                    f"{r.printed_at}" + (f"  by {r.closed_by}" if r.closed_by else ""),
                ],
            ],
            [18 * mm, 68 * mm, 18 * mm, full - 104 * mm],
            header=False,
            right_from=9,
        )
    )

    drawer = _drawer_rows(r)
    diff_row = next(i for i, (label, _v) in enumerate(drawer) if label.startswith("Difference"))
    colour = GREY if r.cash_difference is None else (GREEN if r.cash_difference == 0 else RED)
    left = [
        Paragraph("Cash drawer", st["h"]),
        _grid(
            drawer,
            [54 * mm, 30 * mm],
            header=False,
            bold_rows=(diff_row - 2, diff_row),
            highlight=((diff_row, colour), (diff_row + 1, colour)),
        ),
    ]
    right = [
        Paragraph("Sales", st["h"]),
        _grid(_sales_rows(r), [48 * mm, 38 * mm], header=False, bold_rows=(len(_sales_rows(r)) - 3,)),
    ]
    pair = Table([[left, right]], colWidths=[full / 2, full / 2])
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(pair)
    if outside_note(r):
        story += [Paragraph("Outside the shift", st["h"]), Paragraph(_t(outside_note(r)), st["body"])]

    story.append(Paragraph("Tenders: expected, counted, difference", st["h"]))
    rows = [["Tender", "Payments", "Tendered", "Change", "Net", "Expected", "Counted", "Difference"]]
    for t in r.tenders:
        counted = fmt_amount(t.counted, cur) + ("" if t.counted_entered else " *")
        rows.append(
            [
                TENDER_NAMES.get(t.kind, t.kind.title()),
                str(t.count),
                fmt_amount(t.tendered, cur),
                fmt_amount(t.change, cur),
                fmt_amount(t.amount, cur),
                fmt_amount(t.expected, cur),
                counted,
                _signed(t.difference, cur),
            ]
        )
    rows.append(
        [
            "Total",
            str(sum(t.count for t in r.tenders)),
            "",
            "",
            fmt_amount(sum((t.amount for t in r.tenders), Decimal(0)), cur),
            "",
            "",
            _signed(r.difference_total, cur),
        ]
    )
    story.append(_grid(rows, [22 * mm, 18 * mm] + [(full - 40 * mm) / 6] * 6, bold_rows=(len(rows) - 1,)))
    if any(not t.counted_entered for t in r.tenders):
        story.append(
            Paragraph(
                "* not counted separately: taken as expected (cash expected = float + cash net "
                "+ paid in - paid out - cash refunds; card expected = card total - card refunds).",
                st["small"],
            )
        )
    refunds = [t for t in r.tenders if t.refunded]
    if refunds:
        story.append(
            Paragraph(
                _t(
                    "Refunds by tender: "
                    + ", ".join(
                        f"{TENDER_NAMES.get(t.kind, t.kind.replace('_', ' ').title())} {fmt_amount(t.refunded, cur)}"
                        for t in refunds
                    )
                ),
                st["small"],
            )
        )
    if r.return_flags:
        story.append(
            Paragraph(_t(f"OVER-RETURNS FLAGGED BY THE HUB ({len(r.return_flags)}) - check with the manager"), st["h"])
        )
        for flag in r.return_flags:
            story.append(Paragraph(_t(flag), st["small"]))
    if r.restore_gaps:  # issue 12: a restore without a hub journaled what it could not bring back
        story.append(
            Paragraph(_t(f"RESTORED FROM BACKUP WITHOUT THE HUB: DOCUMENTS MISSING ({len(r.restore_gaps)})"), st["h"])
        )
        for gap in r.restore_gaps:
            story.append(Paragraph(_t(gap), st["small"]))

    story.append(Paragraph("Tax by rate", st["h"]))
    rows = [["Code", "Rate", "Net", "Tax", "Gross"]]
    rows += [
        [t.code, fmt_rate(t.rate), fmt_amount(t.net, cur), fmt_amount(t.tax, cur), fmt_amount(t.gross, cur)]
        for t in r.taxes
    ]
    rows.append(
        [
            "Total",
            "",
            fmt_amount(r.net, cur),
            fmt_amount(r.tax, cur),
            fmt_amount(sum((t.gross for t in r.taxes), Decimal(0)), cur),
        ]
    )
    story.append(_grid(rows, [22 * mm, 22 * mm] + [(full - 44 * mm) / 3] * 3, bold_rows=(len(rows) - 1,)))

    story.append(KeepTogether([Paragraph("Sales by hour", st["h"]), _hour_chart(r, full, 62 * mm)]))

    cats = [["Category", "Lines", "Quantity", "Gross"]]
    cats += [[g.label, str(g.count), fmt_qty(g.quantity), fmt_amount(g.amount, cur)] for g in r.categories]
    clerks = [["Clerk", "Sales", "Gross"]] + [[g.label, str(g.count), fmt_amount(g.amount, cur)] for g in r.clerks]
    pair = Table(
        [
            [
                [Paragraph("By category", st["h"]), _grid(cats, [44 * mm, 14 * mm, 18 * mm, 22 * mm])],
                [Paragraph("By clerk", st["h"]), _grid(clerks, [40 * mm, 14 * mm, 22 * mm])],
            ]
        ],
        colWidths=[full * 0.56, full * 0.44],
    )
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(pair)

    heading = Paragraph(
        f"Paid in, paid out and no-sale ({r.paid_in_count} in, {r.paid_out_count} out, {r.no_sale_count} no-sale)",
        st["h"],
    )
    if r.cash_moves:
        rows = [["Time", "What", "Amount", "Reason", "By"]]
        rows += [
            [
                c.at,
                MOVE_NAMES.get(c.kind, c.kind),
                fmt_amount(c.amount, cur) if c.kind != NO_SALE else "",
                c.reason,
                c.user,
            ]
            for c in r.cash_moves
        ]
        table = _grid(rows, [16 * mm, 20 * mm, 22 * mm, full - 98 * mm, 40 * mm], right_from=2)
        table.setStyle(TableStyle([("ALIGN", (3, 0), (-1, -1), "LEFT")]))
        story.append(KeepTogether([heading, table]) if len(rows) < 30 else heading)
        if len(rows) >= 30:
            story.append(table)
    else:
        story += [heading, Paragraph("None.", st["body"])]

    story.append(KeepTogether(_counts_block(r, st, full)))
    story.append(Paragraph("Journal", st["h"]))
    story.append(
        Paragraph(
            _t(
                f"Last journal entry before this report: no. {r.last_journal_seq}, hash "
                f"<font face='Courier'>{r.last_journal_hash}</font>"
            ),
            st["body"],
        )
    )
    if r.kind == "Z":
        story.append(Spacer(1, 10 * mm))
        story.append(
            _grid(
                [["Counted by: ____________________", "Checked by: ____________________"]],
                [full / 2, full / 2],
                header=False,
                right_from=9,
            )
        )
    return story


def _count_rows(pieces: Mapping[str, int], cur: str) -> list[list[str]]:
    rows = [["Note / coin", "Pieces", "Amount"]]
    for key in sorted(pieces, key=lambda k: -int(k)):
        d = from_minor(int(key), cur)
        rows.append([fmt_money(d, cur), str(pieces[key]), fmt_amount(d * pieces[key], cur)])
    return rows


def _counts_block(r: ShiftReport, st, full) -> list:
    cur = r.currency
    opening = _count_rows(r.float_counts, cur)
    opening.append(["Total", "", fmt_amount(r.opening_float, cur)])
    blocks = [
        [
            Paragraph("Opening float", st["h"]),
            _grid(opening, [28 * mm, 16 * mm, 24 * mm], bold_rows=(len(opening) - 1,)),
        ]
    ]
    if r.counted_pieces or r.cash_counted is not None:
        closing = _count_rows(r.counted_pieces, cur)
        closing.append(["Total", "", fmt_amount(r.cash_counted or Decimal(0), cur)])
        blocks.append(
            [
                Paragraph("Cash counted at closing" if r.kind == "Z" else "Cash counted", st["h"]),
                _grid(closing, [28 * mm, 16 * mm, 24 * mm], bold_rows=(len(closing) - 1,)),
            ]
        )
    pair = Table([blocks], colWidths=[full / 2] * len(blocks))
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    pair.hAlign = "LEFT"
    return [pair]


def render_report_a4(r: ShiftReport, path: Path) -> Path:
    """The A4 report at `path` (written atomically); returns `path`."""
    buf = io.BytesIO()
    title = title_of(r)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(GREY)
        text = f"storedesk - {r.store_code}-{r.station_code} - {title}" + (" - COPY" if r.copy else "")
        canvas.drawString(18 * mm, 10 * mm, _t(text))
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=_t(title),
        author=_t(r.store_name),
        creator="storedesk",
        subject="Report (copy)" if r.copy else "Report",
    )
    doc.build(_a4_story(r), onFirstPage=footer, onLaterPages=footer)
    return _write(Path(path), buf.getvalue())


# --------------------------------------------------------------------------- 80 mm roll
def _roll_layout(r: ShiftReport) -> _Layout:
    cur = r.currency
    lay = _Layout()
    if r.copy:
        lay.banner("COPY - REPRINT")
    lay.centred(r.store_name, font=BOLD, size=12)
    lay.centred(title_of(r).split(" (")[0].upper(), font=BOLD, size=11)
    if r.kind == "X":
        lay.centred("Reading: nothing reset")
    lay.rule()
    lay.row(f"Station {r.station_code}", f"Shift {r.shift_no}", right_edge=RIGHT)
    lay.row("Opened", f"{r.opened_at} {r.opened_by}", right_edge=RIGHT, keep_left=True)
    lay.row(
        "Closed" if r.kind == "Z" else "Read", f"{r.printed_at} {r.closed_by}".strip(), right_edge=RIGHT, keep_left=True
    )
    lay.row("Business day", r.business_date, right_edge=RIGHT)
    lay.rule()
    lay.left("SALES", font=BOLD)
    for label, value in _sales_rows(r):
        lay.row(label, value, right_edge=RIGHT, keep_left=label == "Receipts")
    lay.rule()
    lay.left("CASH DRAWER", font=BOLD)
    for label, value in _drawer_rows(r):
        lay.row(label, value, right_edge=RIGHT, font=BOLD if label.startswith("=") else "Helvetica", keep_left=True)
    if outside_note(r):
        lay.rule()
        lay.left("OUTSIDE THE SHIFT", font=BOLD)
        lay.row(f"Sales ({r.outside_shift_count}), cash kept", fmt_amount(r.outside_cash, r.currency), right_edge=RIGHT)
        lay.row(
            f"Returns ({r.outside_returns_count}), cash refunded",
            fmt_amount(-r.outside_refunds, r.currency),
            right_edge=RIGHT,
        )
        lay.left("(made with no shift open: not in the drawer)")
    lay.rule()
    lay.left("TENDERS (expected / counted / difference)", font=BOLD)
    for t in r.tenders:
        lay.row(f"{TENDER_NAMES.get(t.kind, t.kind.title())} ({t.count})", fmt_amount(t.amount, cur), right_edge=RIGHT)
        lay.row(
            "  expected / counted", f"{fmt_amount(t.expected, cur)} / {fmt_amount(t.counted, cur)}", right_edge=RIGHT
        )
        lay.row("  difference", _signed(t.difference, cur), right_edge=RIGHT)
    lay.rule()
    lay.left("TAX BY RATE", font=BOLD)
    rights = [RIGHT - 100, RIGHT - 52, RIGHT]
    lay.columns(["Rate", "Net", "Tax", "Gross"], rights, font=BOLD)
    for vat in r.taxes:
        lay.columns(
            [
                f"{vat.code} {fmt_rate(vat.rate)}",
                fmt_amount(vat.net, cur),
                fmt_amount(vat.tax, cur),
                fmt_amount(vat.gross, cur),
            ],
            rights,
        )
    lay.rule()
    lay.left("BY HOUR", font=BOLD)
    for g in r.hours:
        lay.row(f"{g.label}  ({g.count})", fmt_amount(g.amount, cur), right_edge=RIGHT)
    lay.left("BY CATEGORY", font=BOLD)
    for g in r.categories:
        lay.row(f"{g.label} ({g.count})", fmt_amount(g.amount, cur), right_edge=RIGHT)
    lay.left("BY CLERK", font=BOLD)
    for g in r.clerks:
        lay.row(f"{g.label} ({g.count})", fmt_amount(g.amount, cur), right_edge=RIGHT)
    lay.rule()
    lay.left(f"PAID IN / OUT, NO-SALE ({r.no_sale_count} no-sale)", font=BOLD)
    for c in r.cash_moves:
        amount = "" if c.kind == NO_SALE else fmt_amount(c.amount if c.kind == PAID_IN else -c.amount, cur)
        lay.row(f"{c.at} {MOVE_NAMES.get(c.kind, c.kind)} {c.reason}", amount, right_edge=RIGHT)
    lay.rule()
    lay.left(f"Journal no. {r.last_journal_seq}")
    lay.left(r.last_journal_hash[:32], font="Courier", size=7)
    lay.left(r.last_journal_hash[32:], font="Courier", size=7)
    if r.copy:
        lay.gap(3)
        lay.banner("COPY - REPRINT")
    return lay


def render_report_roll(r: ShiftReport, path: Path) -> Path:
    """The 80 mm roll version at `path`; returns `path`."""
    lay = _roll_layout(r)
    height = max(MIN_PAGE_HEIGHT, lay.y + 2 * MARGIN)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(PAGE_WIDTH, height), pageCompression=1)
    c.setTitle(_t(title_of(r)))
    c.setAuthor(_t(r.store_name))
    c.setCreator("storedesk")
    _draw(c, lay, height - MARGIN)
    c.showPage()
    c.save()
    return _write(Path(path), buf.getvalue())
