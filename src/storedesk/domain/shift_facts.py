"""What an X or Z report is made of: a shift's sums as the database gives them (`ShiftFacts`),
the rows of the report (tenders, tax rates, breakdowns, drawer moves) and the arithmetic on
single rows (sales by local hour, the value of voided lines). domain/shift_report.py turns the
sums into the report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from .money import ZERO, from_minor, round_money
from .tax import TaxTotal

MAX_CHART_HOURS = 36  # longer shifts chart only the hours from their first sale to their last


@dataclass(frozen=True)
class VoidedLine:
    """A voided line's price and quantity, as the basket kept them (text)."""

    unit_price: str
    price_override: str | None
    quantity: str


@dataclass(frozen=True)
class TenderSum:
    """The payments of one tender kind: taken by the period's sales, or paid out by its returns."""

    kind: str
    count: int
    amount_minor: int


@dataclass(frozen=True)
class CategorySum:
    category: str  # '' when the product has none
    lines: int
    quantity_milli: int
    gross_minor: int


@dataclass(frozen=True)
class SalesBy:
    """The period's sales grouped by one key: a clerk's name, or the UTC quarter hour they were
    made in ("YYYY-MM-DDTHH:MM": the store's local hours are worked out from these)."""

    key: str
    sales: int
    gross_minor: int


@dataclass(frozen=True)
class DrawerMove:
    """A paid in, paid out or no-sale, as stored (CashMove is its line on the report)."""

    kind: str
    at: str  # UTC ISO
    amount_minor: int
    reason: str
    user: str


@dataclass(frozen=True)
class SalesHead:
    """The sums of a Z period's sales."""

    count: int = 0
    outside_shift: int = 0  # made while no shift was open
    subtotal_minor: int = 0
    discount_minor: int = 0
    discounted: int = 0  # sales with a discount
    total_minor: int = 0  # gross sales, before cash rounding
    rounding_minor: int = 0
    change_minor: int = 0
    voided_lines: int = 0
    first_number: int | None = None  # receipt numbers covered (the next Z starts after the last)
    last_number: int | None = None


@dataclass(frozen=True)
class ReturnsHead:
    """The sums of a Z period's returns."""

    count: int = 0
    refunded_minor: int = 0  # exact, before cash rounding


@dataclass(frozen=True)
class OutsideReturns:
    """A Z period's returns made while no shift was open (in ReturnsHead too)."""

    count: int = 0
    cash_minor: int = 0  # cash they paid out: gone before the opening float was counted


@dataclass(frozen=True)
class ShiftFacts:
    """One shift's sums, as the database gives them: money in minor units, times UTC ISO text."""

    currency: str
    timezone: str
    store_code: str
    store_name: str
    station_code: str
    shift_no: int
    opened_at: str
    opened_by: str
    float_minor: int
    float_counts: Mapping[str, int] = field(default_factory=dict)  # {"5000": 2}: minor denomination -> pieces
    sales: SalesHead = SalesHead()
    outside_cash_minor: int = 0  # cash of the sales made while no shift was open: already in the float's count
    returns: ReturnsHead = ReturnsHead()
    outside_returns: OutsideReturns = OutsideReturns()
    voided_values: tuple[VoidedLine, ...] = ()
    first_receipt: str | None = None
    last_receipt: str | None = None
    tenders: tuple[TenderSum, ...] = ()  # amount: tendered
    taxes: tuple[TaxTotal, ...] = ()
    categories: tuple[CategorySum, ...] = ()
    hours: tuple[SalesBy, ...] = ()  # by UTC quarter hour
    clerks: tuple[SalesBy, ...] = ()  # by clerk's name
    cash_moves: tuple[DrawerMove, ...] = ()
    prev_grand_total_minor: int = 0
    refunds: tuple[TenderSum, ...] = ()  # amount: paid out
    return_flags: tuple[str, ...] = ()  # over-returns the hub flagged during the shift
    restore_gaps: tuple[str, ...] = ()  # documents lost by a restore without a hub, since the last Z
    last_journal_seq: int = 0
    last_journal_hash: str = ""
    promotions: tuple[SalesBy, ...] = ()  # by promotion id: the sales it gave something to, and how much
    gift_cards_sold: int = 0  # gift card lines sold or reloaded (not revenue: money the customer carries)
    gift_cards_sold_minor: int = 0
    gift_cards_redeemed_minor: int = 0  # paid with gift cards (in the tenders too)
    # loyalty points (issue 18): (sales, points) earned; (sales, points, amount paid) redeemed; the
    # value of the points earned at the point value in force at each sale
    points_issued: tuple[int, int] = (0, 0)
    points_issued_value_minor: int = 0
    points_redeemed: tuple[int, int, int] = (0, 0, 0)
    # returns of sales made for customers (s0022): (returns, points taken back, points given back,
    # the value of those given back: not paid out in money)
    points_returned: tuple[int, int, int, int] = (0, 0, 0, 0)


@dataclass(frozen=True)
class TenderLine:
    kind: str
    count: int
    tendered: Decimal
    change: Decimal
    amount: Decimal  # tendered - change: what this tender brought in
    expected: Decimal  # in the drawer (cash: with float and paid in/out) or on the terminal
    counted: Decimal
    difference: Decimal  # counted - expected
    counted_entered: bool  # False: nobody counted it, taken as expected
    refunded: Decimal = ZERO  # paid back on this tender by returns (out of the drawer, back to cards)


@dataclass(frozen=True)
class Group:
    """A row of a breakdown (category, hour, clerk)."""

    label: str
    count: int
    amount: Decimal
    quantity: Decimal = ZERO


@dataclass(frozen=True)
class CashMove:
    kind: str
    at: str  # local time text, "HH:MM"
    amount: Decimal
    reason: str
    user: str


def local(utc_iso: str, tz: ZoneInfo) -> datetime:
    dt = datetime.fromisoformat(utc_iso)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(tz)


def _hour_key(utc_iso: str, tz: ZoneInfo) -> datetime:
    """The UTC instant at which the local hour holding `utc_iso` began."""
    return local(utc_iso, tz).replace(minute=0, second=0, microsecond=0).astimezone(UTC)


def hourly(
    buckets: Iterable[SalesBy], tz: ZoneInfo, currency: str, span: tuple[str, str] | None = None
) -> tuple[Group, ...]:
    """UTC quarter-hour sums -> one group per local hour. Every hour from the shift's opening
    to its closing (`span`, UTC ISO) is kept, empty ones at zero, so a chart shows the day as it
    went; a shift left open for days shows the hours from its first sale to its last.
    Quarter hours keep zones such as UTC+05:30 exact; hours are walked in UTC, so a shift over
    midnight or a daylight-saving change stays in order (no 02:00 in spring, two in autumn)."""
    sums: dict[datetime, list[int]] = {}
    for q in buckets:
        acc = sums.setdefault(_hour_key(q.key, tz), [0, 0])
        acc[0] += q.sales
        acc[1] += q.gross_minor
    ends = list(sums)
    if span is not None:
        lo, hi = (_hour_key(t, tz) for t in span)
        if timedelta(0) <= hi - lo <= timedelta(hours=MAX_CHART_HOURS):
            ends += [lo, hi]
    if not ends:
        return ()
    out = []
    hour, last = min(ends), max(ends)
    while hour <= last:
        count, amount = sums.get(hour, (0, 0))
        out.append(Group(f"{hour.astimezone(tz):%H}:00", count, from_minor(amount, currency)))
        step = (hour + timedelta(hours=1)).astimezone(tz).replace(minute=0, second=0, microsecond=0)
        hour = max(step.astimezone(UTC), hour + timedelta(minutes=30))
    return tuple(out)


def voided_amount(values: Iterable[VoidedLine], currency: str) -> Decimal:
    """What the voided lines would have cost: price (or its override) x quantity, each rounded."""
    total = ZERO
    for v in values:
        price = Decimal(v.price_override) if v.price_override not in (None, "") else Decimal(v.unit_price)
        total += round_money(price * Decimal(v.quantity), currency)
    return total
