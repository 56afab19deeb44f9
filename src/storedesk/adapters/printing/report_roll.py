"""X and Z reports on an 80 mm roll, laid out on the receipts' roll engine (roll.py): the same
rows as the A4 page (report_rows.py), one under the other, in the store's language."""

from __future__ import annotations

from pathlib import Path

from ...domain.money_format import fmt_amount
from ...domain.receipt import ReceiptSignature
from ...domain.shift_report import NO_SALE, PAID_IN, ShiftReport
from ...i18n.formats import fmt_number
from .pdf_out import pdf_safe
from .report_pdf import copy_words
from .report_rows import at, drawer_rows, group_label, heading_of, move_name, sales_rows, signed, tender_name, title_of
from .roll import BOLD, FONT, RIGHT, Layout, write_roll
from .words import translate, z_signature_words

__all__ = ["render_report_roll"]


def _roll_layout(r: ShiftReport, duplicate: int = 0, signature: ReceiptSignature | None = None) -> Layout:
    cur = r.currency
    lay = Layout()
    copy = copy_words(duplicate)
    if r.copy:
        lay.banner(copy)
    lay.centred(r.store_name, font=BOLD, size=12)
    lay.centred(heading_of(r), font=BOLD, size=11, shrink=True)
    if r.kind == "X":
        lay.centred(translate("report", "Reading: nothing reset"))
    lay.rule()
    _head(lay, r)
    lay.rule()
    lay.left(translate("report", "SALES"), font=BOLD)
    for row in sales_rows(r):
        lay.row(row.label, row.value, right_edge=RIGHT, keep_left=row.kind == "receipts")
    lay.rule()
    lay.left(translate("report", "CASH DRAWER"), font=BOLD)
    for row in drawer_rows(r):
        lay.row(row.label, row.value, right_edge=RIGHT, font=BOLD if row.kind == "expected" else FONT, keep_left=True)
    if r.outside_shift_count or r.outside_returns_count:
        _outside(lay, r)
    lay.rule()
    _tenders(lay, r)
    lay.rule()
    lay.left(translate("report", "TAX BY RATE"), font=BOLD)
    lay.tax_table(r.taxes, cur, code_gap=" ", totals=False)
    lay.rule()
    _groups(lay, r)
    lay.rule()
    lay.left(translate("report", "PAID IN / OUT, NO-SALE (%n no-sale)", n=r.no_sale_count), font=BOLD)
    for c in r.cash_moves:
        amount = "" if c.kind == NO_SALE else fmt_amount(c.amount if c.kind == PAID_IN else -c.amount, cur)
        lay.row(f"{at(c.at)} {move_name(c.kind)} {c.reason}", amount, right_edge=RIGHT)
    lay.rule()
    lay.left(translate("report", "Journal no. {number}", number=r.last_journal_seq))
    lay.left(r.last_journal_hash[:32], font="Courier", size=7)
    lay.left(r.last_journal_hash[32:], font="Courier", size=7)
    if signature is not None:  # a signing country's line on a Z (issue 19), naming the Z
        lay.gap(2)
        lay.wrapped_centred(z_signature_words(signature))
    if r.copy:
        lay.gap(3)
        lay.banner(copy)
    return lay


def _head(lay: Layout, r: ShiftReport) -> None:
    """Station and shift, when it opened and was read or closed, by whom, the business day."""
    station = translate("report", "Station {station}", station=r.station_code)
    lay.row(station, translate("report", "Shift {number}", number=r.shift_no), right_edge=RIGHT)
    opened = f"{at(r.opened_at)} {r.opened_by}"
    lay.row(translate("report", "Opened"), opened, right_edge=RIGHT, keep_left=True)
    closed = translate("report", "Closed") if r.kind == "Z" else translate("report", "Read")
    lay.row(closed, f"{at(r.printed_at)} {r.closed_by}".strip(), right_edge=RIGHT, keep_left=True)
    lay.row(translate("report", "Business day"), at(r.business_date), right_edge=RIGHT)


def _outside(lay: Layout, r: ShiftReport) -> None:
    lay.rule()
    lay.left(translate("report", "OUTSIDE THE SHIFT"), font=BOLD)
    sales = translate("report", "Sales ({count}), cash kept", count=fmt_number(r.outside_shift_count))
    lay.row(sales, fmt_amount(r.outside_cash, r.currency), right_edge=RIGHT)
    returns = translate("report", "Returns ({count}), cash refunded", count=fmt_number(r.outside_returns_count))
    lay.row(returns, fmt_amount(-r.outside_refunds, r.currency), right_edge=RIGHT)
    lay.left(translate("report", "(made with no shift open: not in the drawer)"))


def _tenders(lay: Layout, r: ShiftReport) -> None:
    cur = r.currency
    lay.left(translate("report", "TENDERS (expected / counted / difference)"), font=BOLD)
    for t in r.tenders:
        name = f"{tender_name(t.kind)} ({fmt_number(t.count)})"
        lay.row(name, fmt_amount(t.amount, cur), right_edge=RIGHT)
        both = f"{fmt_amount(t.expected, cur)} / {fmt_amount(t.counted, cur)}"
        lay.row("  " + translate("report", "expected / counted"), both, right_edge=RIGHT)
        lay.row("  " + translate("report", "difference"), signed(t.difference, cur), right_edge=RIGHT)


def _groups(lay: Layout, r: ShiftReport) -> None:
    """Sales by hour, by category and by clerk: a label, the count in brackets, the amount."""
    cur = r.currency
    lay.left(translate("report", "BY HOUR"), font=BOLD)
    for g in r.hours:
        lay.row(f"{at(g.label)}  ({fmt_number(g.count)})", fmt_amount(g.amount, cur), right_edge=RIGHT)
    lay.left(translate("report", "BY CATEGORY"), font=BOLD)
    for g in r.categories:
        lay.row(f"{group_label(g.label)} ({fmt_number(g.count)})", fmt_amount(g.amount, cur), right_edge=RIGHT)
    lay.left(translate("report", "BY CLERK"), font=BOLD)
    for g in r.clerks:
        lay.row(f"{g.label} ({fmt_number(g.count)})", fmt_amount(g.amount, cur), right_edge=RIGHT)
    if r.promotions:
        lay.left(translate("report", "DISCOUNTS BY PROMOTION"), font=BOLD)
        for g in r.promotions:
            lay.row(f"{g.label} ({fmt_number(g.count)})", fmt_amount(g.amount, cur), right_edge=RIGHT)


def render_report_roll(
    r: ShiftReport, path: Path, *, duplicate: int = 0, signature: ReceiptSignature | None = None
) -> Path:
    """The 80 mm roll version at `path`; returns `path` (`duplicate`, `signature`: as the A4's)."""
    return write_roll(
        _roll_layout(r, duplicate, signature), Path(path), pdf_safe(title_of(r)), None, pdf_safe(r.store_name)
    )
