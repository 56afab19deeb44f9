"""The figures of an X or Z report as rows of (label, value) text: the A4 page (report_pdf.py)
and the 80 mm roll (report_roll.py) print the same rows, in the same words."""

from __future__ import annotations

from decimal import Decimal

from ...domain.money_format import fmt_amount, fmt_money
from ...domain.shift_report import CASH, NO_SALE, PAID_IN, PAID_OUT, ShiftReport

TENDER_NAMES = {"cash": "Cash", "card": "Card"}
MOVE_NAMES = {PAID_IN: "Paid in", PAID_OUT: "Paid out", NO_SALE: "No sale"}


def title_of(r: ShiftReport) -> str:
    if r.kind == "Z":
        return f"Z report no. {r.z_no}"
    return "X report (reading: nothing reset)"


def signed(v: Decimal, cur: str) -> str:
    """A difference: "+1.20" over, "-0.50" short, "0.00" exact."""
    return ("+" if v > 0 else "") + fmt_amount(v, cur)


def _verdict(v: Decimal | None, cur: str) -> str:
    if v is None:
        return "not counted"
    if v == 0:
        return "exact"
    return f"{'over' if v > 0 else 'short'} by {fmt_money(abs(v), cur)}"


def drawer_rows(r: ShiftReport) -> list[tuple[str, str]]:
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
        ("Difference (counted - expected)", "-" if r.cash_difference is None else signed(r.cash_difference, cur)),
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


def sales_rows(r: ShiftReport) -> list[tuple[str, str]]:
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
