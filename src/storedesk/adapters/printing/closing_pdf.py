"""A fiscal closing (day, month, fiscal year; issue 19) as an A4 PDF in the store's language,
drawn like the Z's A4 (report_pdf.py): the store and station, the period, the totals by tax
rate, the period's grand total and the perpetual grand total, the documents counted, and the
signing country's line (software, version, number, signature fingerprint). A reprint says
"DUPLICATA n° n" with its journaled count. Amounts are integer minor units down to the text.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ...domain.fiscal.closings import DAY, MONTH, Figures, parse_day, parse_month
from ...domain.money import from_minor
from ...domain.money_format import fmt_amount, fmt_money, fmt_rate
from ...i18n.formats import fmt_month, fmt_number, store_locale
from . import pdf_out
from .pdf_out import pdf_safe as _t
from .words import day, duplicate_words, translate, when

__all__ = ["ClosingView", "render_closing_a4"]


@dataclass(frozen=True)
class ClosingView:
    kind: str
    period: str
    doc_no: str
    closed_at: datetime  # local time
    store_name: str
    store_code: str
    store_address: tuple[str, ...]
    store_tax_id: str
    station_code: str
    figures: Figures
    software: str
    version: str
    fingerprint: str  # "" when unsigned
    duplicate: int = 0  # a reprint's journaled number, 0 for the original


def title_of(v: ClosingView) -> str:
    if v.kind == DAY:
        return translate("closing", "Daily closing of {day}", day=day(parse_day(v.period)))
    if v.kind == MONTH:
        return translate("closing", "Monthly closing of {month}", month=_month_name(v.period))
    return translate("closing", "Closing of fiscal year {year}", year=v.period)


def _month_name(period: str) -> str:
    return fmt_month(*parse_month(period), locale=store_locale())


def _span_words(v: ClosingView) -> str:
    """The span of a month (its first and last day) or a fiscal year (its first and last month);
    "" for a day (its title says it)."""
    f = v.figures
    if v.kind == DAY or not (f.starts and f.ends):
        return ""
    if v.kind == MONTH:
        return translate("closing", "From {start} to {end}", start=day(parse_day(f.starts)), end=day(parse_day(f.ends)))
    return translate(
        "closing",
        "From {first_month} to {last_month}",
        first_month=_month_name(f.starts),
        last_month=_month_name(f.ends),
    )


def _rate_rows(v: ClosingView) -> list[list[str]]:
    cur = v.figures.currency
    rows = [
        [
            translate("closing", "VAT rate"),
            translate("closing", "Base excl. VAT"),
            translate("closing", "VAT"),
            translate("closing", "Total incl. VAT"),
        ]
    ]
    for r in v.figures.rates:
        rows.append(
            [
                fmt_rate(Decimal(r.rate)),
                fmt_amount(from_minor(r.base_minor, cur), cur),
                fmt_amount(from_minor(r.tax_minor, cur), cur),
                fmt_amount(from_minor(r.total_minor, cur), cur),
            ]
        )
    base = sum(r.base_minor for r in v.figures.rates)
    tax = sum(r.tax_minor for r in v.figures.rates)
    rows.append(
        [
            translate("closing", "Total"),
            fmt_amount(from_minor(base, cur), cur),
            fmt_amount(from_minor(tax, cur), cur),
            fmt_amount(from_minor(v.figures.total_minor, cur), cur),
        ]
    )
    return rows


def _fact_rows(v: ClosingView) -> list[list[str]]:
    f, cur = v.figures, v.figures.currency
    rows = [
        [translate("closing", "Period total incl. VAT"), fmt_money(from_minor(f.total_minor, cur), cur)],
        [translate("closing", "Perpetual grand total"), fmt_money(from_minor(f.perpetual_minor, cur), cur)],
        [translate("closing", "Sales"), fmt_number(f.sales)],
        [translate("closing", "Returns"), fmt_number(f.returns)],
        [translate("closing", "First document"), f.first_document or "-"],
        [translate("closing", "Last document"), f.last_document or "-"],
    ]
    if v.kind == MONTH:
        rows.append([translate("closing", "Daily closings included"), fmt_number(f.closings)])
    elif v.kind != DAY:
        rows.append([translate("closing", "Monthly closings included"), fmt_number(f.closings)])
    return rows


def _story(v: ClosingView) -> list:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    from .report_pdf import _grid, _styles

    st = _styles()
    full = A4[0] - 36 * mm
    story: list = []
    if v.duplicate:
        story.append(Paragraph(_t(duplicate_words(v.duplicate)), st["copy"]))
    story.append(Paragraph(_t(title_of(v)), st["title"]))
    where = translate(
        "closing",
        "{store} ({code}) - station {station} - amounts in {currency}",
        store=v.store_name,
        code=v.store_code,
        station=v.station_code,
        currency=v.figures.currency,
    )
    story.append(Paragraph(_t(where), st["sub"]))
    for line in (
        *v.store_address,
        translate("closing", "VAT number {id}", id=v.store_tax_id) if v.store_tax_id else "",
    ):
        if line:
            story.append(Paragraph(_t(line), st["sub"]))
    story.append(Spacer(1, 4 * mm))
    head = [
        [translate("closing", "Closing number"), v.doc_no],
        [translate("closing", "Closed at"), when(v.closed_at)],
    ]
    covered = _span_words(v)
    if covered:
        head.insert(1, [translate("closing", "Period"), covered])
    story.append(_grid(head, [50 * mm, full - 50 * mm], header=False, right_from=9))
    story.append(Paragraph(_t(translate("closing", "Totals by VAT rate (sales minus returns)")), st["h"]))
    rates = _rate_rows(v)
    quarter = full / 4
    story.append(_grid(rates, [quarter] * 4, bold_rows=(len(rates) - 1,)))
    story.append(Paragraph(_t(translate("closing", "Totals")), st["h"]))
    story.append(_grid(_fact_rows(v), [80 * mm, full - 80 * mm], header=False, bold_rows=(0, 1)))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(_t(_signature_words(v)), st["small"]))
    return story


def _signature_words(v: ClosingView) -> str:
    if v.fingerprint:
        return translate(
            "closing",
            "{software} {version} - closing {number} - signature {fingerprint}",
            software=v.software,
            version=v.version,
            number=v.doc_no,
            fingerprint=v.fingerprint,
        )
    return translate(
        "closing", "{software} {version} - closing {number}", software=v.software, version=v.version, number=v.doc_no
    )


def render_closing_a4(v: ClosingView) -> bytes:
    """The closing's A4 PDF, as bytes (the caller writes it: pdf_out.write_file)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    buf = io.BytesIO()
    title = title_of(v)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(HexColor("#52606d"))
        text = f"{v.software} {v.version} - {v.store_code}-{v.station_code} - {v.doc_no}"
        if v.duplicate:
            text += " - " + duplicate_words(v.duplicate)
        canvas.drawString(18 * mm, 10 * mm, _t(text))
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, _t(translate("closing", "page {number}", number=doc.page)))
        canvas.restoreState()

    doc = pdf_out.a4_document(
        buf,
        side_mm=18,
        top_mm=14,
        bottom_mm=16,
        title=_t(title),
        author=_t(v.store_name),
        creator=v.software,
        subject=_t(translate("closing", "Fiscal closing")),
    )
    doc.build(_story(v), onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
