"""X and Z reports as an A4 PDF: platypus tables and a bar chart of sales by hour. The same
report on an 80 mm roll is report_roll.py; both print the rows of report_rows.py.

Everything printed comes from a `ShiftReport` (domain): the figures are already summed, so
a shift of 20,000 receipts renders as fast as a shift of ten. Amounts stay Decimal down to
the text; the chart is drawn from integer minor units.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from babel.numbers import get_decimal_symbol
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ...domain.money import from_minor, to_minor
from ...domain.money_format import fmt_amount, fmt_money, fmt_qty, fmt_rate
from ...domain.receipt import ReceiptSignature
from ...domain.shift_report import NO_SALE, ShiftReport
from ...i18n.formats import fmt_number, store_locale
from . import pdf_out
from .pdf_out import pdf_safe as _t
from .report_rows import (
    at,
    drawer_rows,
    group_label,
    move_name,
    outside_note,
    sales_rows,
    signed,
    tender_name,
    title_of,
)
from .words import REPORT_COPY, REPORT_FOOTER_COPY, copy_banner, translate, z_signature_words

__all__ = ["render_report_a4"]

INK = colors.HexColor("#1d2327")
BLUE = colors.HexColor("#0b3d91")
GREY = colors.HexColor("#52606d")
LIGHT = colors.HexColor("#eef2f6")
RED = colors.HexColor("#9b1c1c")
GREEN = colors.HexColor("#03543f")


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


def _whole(text: str) -> str:
    """An axis figure without its cents: "100,000.00" -> "100,000" ("100 000,00" -> "100 000" in French)."""
    cents = get_decimal_symbol(store_locale()) + "00"
    return text[: -len(cents)] if text.endswith(cents) else text


def _hour_chart(r: ShiftReport, width: float, height: float) -> Drawing:
    cur = r.currency
    d = Drawing(width, height)
    if not r.hours:
        d.add(
            String(
                width / 2,
                height / 2,
                _t(translate("report", "No sales")),
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
    chart.categoryAxis.categoryNames = [translate("report", "{hour}h", hour=g.label[:2]) for g in r.hours]
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
            _t(translate("report", "Sales by hour, {currency} incl. tax (figures on bars: receipts)", currency=cur)),
            fontName="Helvetica",
            fontSize=8,
            fillColor=GREY,
        )
    )
    return d


def copy_words(duplicate: int) -> str:
    """A reprinted report's banner: its journaled number ("DUPLICATA n° 2", issue 19), else COPY."""
    return copy_banner(duplicate, REPORT_COPY)


def _a4_story(r: ShiftReport, duplicate: int = 0, signature: ReceiptSignature | None = None) -> list:
    cur = r.currency
    st = _styles()
    full = A4[0] - 36 * mm
    story = []
    if r.copy:
        story.append(Paragraph(_t(copy_words(duplicate)), st["copy"]))
    story.append(Paragraph(_t(title_of(r)), st["title"]))
    story.append(
        Paragraph(
            _t(
                translate(
                    "report",
                    "{store} ({code}) - station {station} - shift {shift} - business day {day} - amounts in {currency}",
                    store=r.store_name,
                    code=r.store_code,
                    station=r.station_code,
                    shift=r.shift_no,
                    day=at(r.business_date),
                    currency=cur,
                )
            ),
            st["sub"],
        )
    )
    story.append(Spacer(1, 4 * mm))
    closed = translate("report", "Closed") if r.kind == "Z" else translate("report", "Read")
    by = lambda when, who: translate("report", "{time}  by {name}", time=at(when), name=who) if who else at(when)  # noqa: E731
    story.append(
        _grid(
            [[translate("report", "Opened"), by(r.opened_at, r.opened_by), closed, by(r.printed_at, r.closed_by)]],
            [26 * mm, 60 * mm, 26 * mm, full - 112 * mm],  # room for "Abgeschlossen"
            header=False,
            right_from=9,
        )
    )

    drawer = drawer_rows(r)
    colour = GREY if r.cash_difference is None else (GREEN if r.cash_difference == 0 else RED)
    left = [
        Paragraph(_t(translate("report", "Cash drawer")), st["h"]),
        _grid(
            [[row.label, row.value] for row in drawer],
            [54 * mm, 30 * mm],
            header=False,
            bold_rows=tuple(i for i, row in enumerate(drawer) if row.kind in ("expected", "difference")),
            highlight=tuple((i, colour) for i, row in enumerate(drawer) if row.kind in ("difference", "verdict")),
        ),
    ]
    sales = sales_rows(r)
    right = [
        Paragraph(_t(translate("report", "Sales")), st["h"]),
        _grid(
            [[row.label, row.value] for row in sales],
            [48 * mm, 38 * mm],
            header=False,
            bold_rows=tuple(i for i, row in enumerate(sales) if row.kind == "total"),
        ),
    ]
    pair = Table([[left, right]], colWidths=[full / 2, full / 2])
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(pair)
    if outside_note(r):
        heading = Paragraph(_t(translate("report", "Outside the shift")), st["h"])
        story += [heading, Paragraph(_t(outside_note(r)), st["body"])]

    story.append(Paragraph(_t(translate("report", "Tenders: expected, counted, difference")), st["h"]))
    rows = [
        [
            translate("report", "Tender"),
            translate("report", "Payments"),
            translate("report", "Tendered"),
            translate("report", "Change"),
            translate("report", "Taken"),
            translate("report", "Expected"),
            translate("report", "Counted"),
            translate("report", "Difference"),
        ]
    ]
    for t in r.tenders:
        counted = fmt_amount(t.counted, cur) + ("" if t.counted_entered else " *")
        rows.append(
            [
                tender_name(t.kind),
                fmt_number(t.count),
                fmt_amount(t.tendered, cur),
                fmt_amount(t.change, cur),
                fmt_amount(t.amount, cur),
                fmt_amount(t.expected, cur),
                counted,
                signed(t.difference, cur),
            ]
        )
    rows.append(
        [
            translate("report", "Total"),
            fmt_number(sum(t.count for t in r.tenders)),
            "",
            "",
            fmt_amount(sum((t.amount for t in r.tenders), Decimal(0)), cur),
            "",
            "",
            signed(r.difference_total, cur),
        ]
    )
    story.append(_grid(rows, [22 * mm, 18 * mm] + [(full - 40 * mm) / 6] * 6, bold_rows=(len(rows) - 1,)))
    if any(not t.counted_entered for t in r.tenders):
        story.append(
            Paragraph(
                _t(
                    translate(
                        "report",
                        "* not counted separately: taken as expected (cash expected = float + cash net "
                        "+ paid in - paid out - cash refunds; card expected = card total - card refunds).",
                    )
                ),
                st["small"],
            )
        )
    refunds = [t for t in r.tenders if t.refunded]
    if refunds:
        story.append(
            Paragraph(
                _t(
                    translate(
                        "report",
                        "Refunds by tender: {refunds}",
                        refunds=", ".join(f"{tender_name(t.kind)} {fmt_amount(t.refunded, cur)}" for t in refunds),
                    )
                ),
                st["small"],
            )
        )
    if r.return_flags:
        story.append(
            Paragraph(
                _t(
                    translate(
                        "report",
                        "OVER-RETURNS FLAGGED BY THE HUB ({count}) - check with the manager",
                        count=fmt_number(len(r.return_flags)),
                    )
                ),
                st["h"],
            )
        )
        for flag in r.return_flags:
            story.append(Paragraph(_t(flag), st["small"]))
    if r.restore_gaps:  # issue 12: a restore without a hub journaled what it could not bring back
        story.append(
            Paragraph(
                _t(
                    translate(
                        "report",
                        "RESTORED FROM BACKUP WITHOUT THE HUB: DOCUMENTS MISSING ({count})",
                        count=fmt_number(len(r.restore_gaps)),
                    )
                ),
                st["h"],
            )
        )
        for gap in r.restore_gaps:
            story.append(Paragraph(_t(gap), st["small"]))

    story.append(Paragraph(_t(translate("report", "Tax by rate")), st["h"]))
    rows = [
        [
            translate("report", "Code"),
            translate("report", "Rate"),
            translate("report", "Net"),
            translate("report", "Tax"),
            translate("report", "Gross"),
        ]
    ]
    rows += [
        [t.code, fmt_rate(t.rate), fmt_amount(t.net, cur), fmt_amount(t.tax, cur), fmt_amount(t.gross, cur)]
        for t in r.taxes
    ]
    rows.append(
        [
            translate("report", "Total"),
            "",
            fmt_amount(r.net, cur),
            fmt_amount(r.tax, cur),
            fmt_amount(sum((t.gross for t in r.taxes), Decimal(0)), cur),
        ]
    )
    story.append(_grid(rows, [22 * mm, 22 * mm] + [(full - 44 * mm) / 3] * 3, bold_rows=(len(rows) - 1,)))

    by_hour = Paragraph(_t(translate("report", "Sales by hour")), st["h"])
    story.append(KeepTogether([by_hour, _hour_chart(r, full, 62 * mm)]))

    gross = translate("report", "Gross")
    cats = [[translate("report", "Category"), translate("report", "Lines"), translate("report", "Quantity"), gross]]
    cats += [
        [group_label(g.label), fmt_number(g.count), fmt_qty(g.quantity), fmt_amount(g.amount, cur)]
        for g in r.categories
    ]
    clerks = [[translate("report", "Clerk"), translate("report", "Sales"), gross]]
    clerks += [[g.label, fmt_number(g.count), fmt_amount(g.amount, cur)] for g in r.clerks]
    pair = Table(
        [
            [
                [
                    Paragraph(_t(translate("report", "By category")), st["h"]),
                    _grid(cats, [44 * mm, 14 * mm, 18 * mm, 22 * mm]),
                ],
                [Paragraph(_t(translate("report", "By clerk")), st["h"]), _grid(clerks, [40 * mm, 14 * mm, 22 * mm])],
            ]
        ],
        colWidths=[full * 0.56, full * 0.44],
    )
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(pair)
    if r.promotions:  # part of the discounts above: what each of the store's promotions gave
        promos = [[translate("report", "Promotion"), translate("report", "Sales"), translate("report", "Amount")]]
        promos += [[g.label, fmt_number(g.count), fmt_amount(g.amount, cur)] for g in r.promotions]
        heading = Paragraph(_t(translate("report", "Discounts by promotion")), st["h"])
        story.append(KeepTogether([heading, _grid(promos, [60 * mm, 14 * mm, 22 * mm])]))

    heading = Paragraph(
        _t(
            translate(
                "report",
                "Paid in, paid out and no-sale ({paid_in} in, {paid_out} out, {no_sale} no-sale)",
                paid_in=fmt_number(r.paid_in_count),
                paid_out=fmt_number(r.paid_out_count),
                no_sale=fmt_number(r.no_sale_count),
            )
        ),
        st["h"],
    )
    if r.cash_moves:
        rows = [
            [
                translate("report", "Time"),
                translate("report", "What"),
                translate("report", "Amount"),
                translate("report", "Reason"),
                translate("report", "By"),
            ]
        ]
        rows += [
            [
                at(c.at),
                move_name(c.kind),
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
        story += [heading, Paragraph(_t(translate("report", "None.")), st["body"])]

    story.append(KeepTogether(_counts_block(r, st, full)))
    story.append(Paragraph(_t(translate("report", "Journal")), st["h"]))
    last = translate(
        "report",
        "Last journal entry before this report: no. {number}, hash {hash}",
        number=r.last_journal_seq,
        hash=f"<font face='Courier'>{r.last_journal_hash}</font>",
    )
    story.append(Paragraph(_t(last), st["body"]))
    if signature is not None:  # a signing country's line on a Z (issue 19), naming the Z
        story.append(Paragraph(_t(z_signature_words(signature)), st["body"]))
    if r.kind == "Z":
        story.append(Spacer(1, 10 * mm))
        story.append(
            _grid(
                [
                    [
                        translate("report", "Counted by: {line}", line="_" * 20),
                        translate("report", "Checked by: {line}", line="_" * 20),
                    ]
                ],
                [full / 2, full / 2],
                header=False,
                right_from=9,
            )
        )
    return story


def _count_rows(pieces: Mapping[str, int], cur: str) -> list[list[str]]:
    rows = [[translate("report", "Note / coin"), translate("report", "Pieces"), translate("report", "Amount")]]
    for key in sorted(pieces, key=lambda k: -int(k)):
        d = from_minor(int(key), cur)
        rows.append([fmt_money(d, cur), fmt_number(pieces[key]), fmt_amount(d * pieces[key], cur)])
    return rows


def _counts_block(r: ShiftReport, st, full) -> list:
    cur = r.currency
    opening = _count_rows(r.float_counts, cur)
    total = translate("report", "Total")
    opening.append([total, "", fmt_amount(r.opening_float, cur)])
    blocks = [
        [
            Paragraph(_t(translate("report", "Opening float")), st["h"]),
            _grid(opening, [28 * mm, 16 * mm, 24 * mm], bold_rows=(len(opening) - 1,)),
        ]
    ]
    if r.counted_pieces or r.cash_counted is not None:
        closing = _count_rows(r.counted_pieces, cur)
        closing.append([total, "", fmt_amount(r.cash_counted or Decimal(0), cur)])
        blocks.append(
            [
                Paragraph(_t(_counted_title(r)), st["h"]),
                _grid(closing, [28 * mm, 16 * mm, 24 * mm], bold_rows=(len(closing) - 1,)),
            ]
        )
    pair = Table([blocks], colWidths=[full / 2] * len(blocks))
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    pair.hAlign = "LEFT"
    return [pair]


def _counted_title(r: ShiftReport) -> str:
    return translate("report", "Cash counted at closing") if r.kind == "Z" else translate("report", "Cash counted")


def render_report_a4(
    r: ShiftReport, path: Path, *, duplicate: int = 0, signature: ReceiptSignature | None = None
) -> Path:
    """The A4 report at `path` (written atomically); returns `path`. `duplicate`: a reprint's
    journaled number; `signature`: the Z's signature line where the store's country signs."""
    buf = io.BytesIO()
    title = title_of(r)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(GREY)
        text = f"storedesk - {r.store_code}-{r.station_code} - {title}"
        if r.copy:
            text += " - " + copy_banner(duplicate, REPORT_FOOTER_COPY)
        canvas.drawString(18 * mm, 10 * mm, _t(text))
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, _t(translate("report", "page {number}", number=doc.page)))
        canvas.restoreState()

    doc = pdf_out.a4_document(
        buf,
        side_mm=18,
        top_mm=14,
        bottom_mm=16,
        title=_t(title),
        author=_t(r.store_name),
        creator="storedesk",
        subject=_t(translate("report", "Report (copy)") if r.copy else translate("report", "Report")),
    )
    doc.build(_a4_story(r, duplicate, signature), onFirstPage=footer, onLaterPages=footer)
    return pdf_out.write_file(Path(path), buf.getvalue())
