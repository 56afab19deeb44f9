"""The figures of an X or Z report as rows of (label, value) text: the A4 page (report_pdf.py)
and the 80 mm roll (report_roll.py) print the same rows, in the same words: the store's
language (words.translate) and locale (money_format)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ...domain.money_format import fmt_amount, fmt_money
from ...domain.shift_report import CASH, NO_SALE, PAID_IN, PAID_OUT, ShiftReport
from ...i18n import noop
from ...i18n.formats import fmt_number
from .words import local_text, translate

# English as the report stores them; printed through translate("report", ...)
TENDER_NAMES = {
    "cash": noop("report", "Cash"),
    "card": noop("report", "Card"),
    "store_credit": noop("report", "Store credit"),
}
MOVE_NAMES = {
    PAID_IN: noop("report", "Paid in"),
    PAID_OUT: noop("report", "Paid out"),
    NO_SALE: noop("report", "No sale"),
}
NO_CATEGORY = noop("report", "(no category)")  # domain/shift_report.py's label of products without one


@dataclass(frozen=True)
class Row:
    """One line of a report's block; `kind` marks the lines set apart (bold, coloured)."""

    label: str
    value: str
    kind: str = ""  # "expected", "difference", "verdict" (drawer); "total", "receipts" (sales)


def title_of(r: ShiftReport) -> str:
    if r.kind == "Z":
        return translate("report", "Z report no. {number}", number=r.z_no)
    return translate("report", "X report (reading: nothing reset)")


def heading_of(r: ShiftReport) -> str:
    """The short title on the roll: "Z REPORT NO. 12", "X REPORT"."""
    if r.kind == "Z":
        return title_of(r).upper()
    return translate("report", "X report").upper()


def tender_name(kind: str) -> str:
    return translate("report", TENDER_NAMES.get(kind, kind.replace("_", " ").title()))


def move_name(kind: str) -> str:
    return translate("report", MOVE_NAMES.get(kind, kind))


def group_label(label: str) -> str:
    return translate("report", NO_CATEGORY) if label == NO_CATEGORY else label


def at(text: str) -> str:
    """A time the report stores as text, in the store's locale."""
    return local_text(text)


def signed(v: Decimal, cur: str) -> str:
    """A difference: "+1.20" over, "-0.50" short, "0.00" exact."""
    return ("+" if v > 0 else "") + fmt_amount(v, cur)


def _verdict(v: Decimal, cur: str) -> str:
    if v == 0:
        return translate("report", "exact")
    if v > 0:
        return translate("report", "over by {amount}", amount=fmt_money(abs(v), cur))
    return translate("report", "short by {amount}", amount=fmt_money(abs(v), cur))


def drawer_rows(r: ShiftReport) -> list[Row]:
    cur = r.currency
    cash = r.tender(CASH)
    amount = lambda v: fmt_amount(v, cur)  # noqa: E731
    rows = [
        Row(translate("report", "Opening float (counted)"), amount(r.opening_float)),
        Row(translate("report", "+ Cash sales (tendered - change)"), amount(cash.amount if cash else Decimal(0))),
    ]
    if r.outside_cash:
        label = translate("report", "- Cash sales outside the shift ({count})", count=fmt_number(r.outside_shift_count))
        rows.append(Row(label, amount(-r.outside_cash)))
    rows += [
        Row(translate("report", "+ Paid in ({count})", count=fmt_number(r.paid_in_count)), amount(r.paid_in)),
        Row(translate("report", "- Paid out ({count})", count=fmt_number(r.paid_out_count)), amount(-r.paid_out)),
    ]
    if cash is not None and cash.refunded:
        rows.append(Row(translate("report", "- Cash refunds (returns)"), amount(-cash.refunded)))
    if r.outside_refunds:
        count = fmt_number(r.outside_returns_count)
        label = translate("report", "+ Cash refunds outside the shift ({count})", count=count)
        rows.append(Row(label, amount(r.outside_refunds)))
    counted = translate("report", "not counted") if r.cash_counted is None else amount(r.cash_counted)
    difference = "-" if r.cash_difference is None else signed(r.cash_difference, cur)
    rows += [
        Row(translate("report", "= Expected in the drawer"), amount(r.cash_expected), "expected"),
        Row(translate("report", "Counted"), counted),
        Row(translate("report", "Difference (counted - expected)"), difference, "difference"),
    ]
    if r.cash_difference is not None:
        rows.append(Row("", _verdict(r.cash_difference, cur), "verdict"))
    return rows


def outside_note(r: ShiftReport) -> str:
    """The "outside the shift" section: documents of this Z period made while no shift was open."""
    if not (r.outside_shift_count or r.outside_returns_count):
        return ""
    cur = r.currency
    return translate(
        "report",
        "Outside the shift: {sales} (cash kept {kept}) and {returns} (cash refunded {refunded}) were made while "
        "no shift was open, before this shift's float was counted. They are in this report's totals; their cash "
        "is not expected in the drawer again.",
        sales=translate("report", "%n sale(s)", n=r.outside_shift_count),
        kept=fmt_money(r.outside_cash, cur),
        returns=translate("report", "%n return(s)", n=r.outside_returns_count),
        refunded=fmt_money(r.outside_refunds, cur),
    )


def sales_rows(r: ShiftReport) -> list[Row]:
    cur = r.currency
    amount = lambda v: fmt_amount(v, cur)  # noqa: E731
    while_closed = "  " + translate("report", "of which made while no shift was open")
    rows = [Row(translate("report", "Sales (receipts)"), fmt_number(r.sales_count))]
    if r.outside_shift_count:
        rows.append(Row(while_closed, fmt_number(r.outside_shift_count)))
    voided = translate("report", "Voided lines ({count}), not charged", count=fmt_number(r.voids_count))
    rows += [
        Row(translate("report", "Before discounts"), amount(r.subtotal)),
        Row(translate("report", "Discounts (%n sale(s))", n=r.discount_count), amount(-r.discounts)),
        Row(translate("report", "Sales incl. tax"), amount(r.gross)),
    ]
    if r.gift_cards_count or r.gift_cards_redeemed:  # money the customers carry: not revenue (issue 18)
        sold = translate("report", "of which gift cards sold (%n)", n=r.gift_cards_count)
        rows += [
            Row("  " + sold, amount(r.gift_cards_sold)),
            Row(translate("report", "Sales excl. gift cards"), amount(r.gross - r.gift_cards_sold)),
            Row(translate("report", "Gift cards redeemed (in the payments)"), amount(r.gift_cards_redeemed)),
        ]
    if r.points_issued or r.points_redeemed:  # loyalty points (issue 18)
        issued = translate("report", "Points issued: %n sale(s)", n=r.points_issued_count)
        redeemed = translate("report", "Points redeemed: %n sale(s)", n=r.points_redeemed_count)
        rows += [
            Row(issued, translate("report", "%n point(s)", n=r.points_issued)),
            Row("  " + translate("report", "worth"), amount(r.points_issued_value)),
            Row(redeemed, translate("report", "%n point(s)", n=r.points_redeemed)),
            Row("  " + translate("report", "paid (in the payments)"), amount(r.points_redeemed_value)),
        ]
    if r.points_taken_back or r.points_given_back:  # returns of sales made for customers (issue 18)
        rows += [
            Row(
                translate("report", "Points taken back by returns"),
                translate("report", "%n point(s)", n=r.points_taken_back),
            ),
            Row(
                translate("report", "Points given back by returns"),
                translate("report", "%n point(s)", n=r.points_given_back),
            ),
            Row("  " + translate("report", "worth (not paid out)"), amount(r.points_given_back_value)),
        ]
    rows += [
        Row(translate("report", "Cash rounding"), amount(r.rounding)),
        Row(voided, amount(r.voids)),
        Row(translate("report", "Returns ({count})", count=fmt_number(r.returns_count)), amount(-r.returns)),
    ]
    if r.outside_returns_count:
        rows.append(Row(while_closed, fmt_number(r.outside_returns_count)))
    receipts = (
        translate("report", "{first} to {last}", first=r.first_receipt, last=r.last_receipt)
        if r.first_receipt
        else translate("report", "none")
    )
    rows += [
        Row(translate("report", "Period total"), amount(r.period_total), "total"),
        Row(translate("report", "Perpetual grand total"), amount(r.grand_total)),
        Row(translate("report", "Receipts"), receipts, "receipts"),
    ]
    return rows
