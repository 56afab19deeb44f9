"""X and Z reports on an 80 mm roll, laid out on the receipts' roll engine (roll.py): the same
rows as the A4 page (report_rows.py), one under the other."""

from __future__ import annotations

from pathlib import Path

from ...domain.money_format import fmt_amount
from ...domain.shift_report import NO_SALE, PAID_IN, ShiftReport
from .pdf_out import pdf_safe
from .report_rows import MOVE_NAMES, TENDER_NAMES, drawer_rows, outside_note, sales_rows, signed, title_of
from .roll import BOLD, RIGHT, Layout, write_roll

__all__ = ["render_report_roll"]


def _roll_layout(r: ShiftReport) -> Layout:
    cur = r.currency
    lay = Layout()
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
    for label, value in sales_rows(r):
        lay.row(label, value, right_edge=RIGHT, keep_left=label == "Receipts")
    lay.rule()
    lay.left("CASH DRAWER", font=BOLD)
    for label, value in drawer_rows(r):
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
        lay.row("  difference", signed(t.difference, cur), right_edge=RIGHT)
    lay.rule()
    lay.left("TAX BY RATE", font=BOLD)
    lay.tax_table(r.taxes, cur, code_gap=" ", totals=False)
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
    return write_roll(_roll_layout(r), Path(path), pdf_safe(title_of(r)), None, pdf_safe(r.store_name))
