"""Returns: what may still be returned, what it refunds, and where the money goes.

Pure rules, no storage: services load the sold lines (with the quantity already returned
across *all* returns, at any station), ask `plan_return` for a plan, then pay it out with
`allocate_refund`. Field notes: Odoo (PR #281405) and ERPNext (#24259) refunded more than
was sold; here each sold line counts down a refundable quantity (the Chromis model), and a
line's refunds, however many visits they take, add up to exactly what was paid for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from ..i18n import Message, msg, noop
from .errors import DomainError, InvalidAmount, InvalidQuantity
from .money import MAX_AMOUNT, ZERO, quantum, round_money, round_to_step, to_minor
from .money_format import fmt_money, fmt_qty
from .tax import TaxLine, tax_table
from .tenders import CARD, CASH, ONLINE, Settlement, Tender

STORE_CREDIT = "store_credit"
EXCHANGE = "exchange"  # netted against a new sale in the same visit
REFUND_KINDS = (CASH, CARD, STORE_CREDIT, EXCHANGE, ONLINE)
BACK_TO_PAYMENT = (CARD, ONLINE)  # refunded to the payment itself, with its reference, before cash

ORIGINAL = "original"  # back to the tenders the sale was paid with
POLICIES = (ORIGINAL, STORE_CREDIT)

QUANTITY_STEP = Decimal("0.001")  # scales weigh to the gram
DEFAULT_WINDOW_DAYS = 30


class ReturnError(DomainError):
    """A return was refused: unknown line, empty request, bad policy; nothing was changed."""

    code = "return_error"


class OverReturn(ReturnError):
    """More asked back than is left on the line. Carries the line and what is left."""

    code = "over_return"

    def __init__(self, message: str | Message, line_no: int, left: Decimal):
        super().__init__(message)
        self.line_no = line_no
        self.left = left


class OverRefund(ReturnError):
    """The original payments cannot take this refund back (they would get more than they paid)."""

    code = "over_refund"


def _qty(q: Decimal) -> str:
    """A quantity as a clerk reads it: 3 rather than 3.000, 0.25 rather than 0.250 ("0,25")."""
    return fmt_qty(q)


# ---- sold lines ---------------------------------------------------------------------


@dataclass(frozen=True)
class SoldLine:
    """One line of the original sale, as the return desk sees it.

    `gross` is what the customer paid for the whole line after line and basket discounts,
    so refunds follow the discounted price, not the shelf price. `returned_quantity` is the
    total already returned across every return of this line, wherever it was made.
    """

    line_no: int
    sku: str
    name: str
    quantity: Decimal
    gross: Decimal
    tax_code: str
    tax_rate: Decimal
    returned_quantity: Decimal = ZERO
    weighed: bool = False  # sold by weight: parts of a unit may come back
    category: str = ""

    def __post_init__(self):
        for label, value in (("quantity", self.quantity), ("returned quantity", self.returned_quantity)):
            if not isinstance(value, Decimal) or not value.is_finite():
                raise InvalidQuantity(f"Line {self.line_no}: {label} must be a number")
        if self.quantity <= 0:
            raise InvalidQuantity(f"Line {self.line_no}: sold quantity must be more than zero")
        if self.returned_quantity < 0:
            raise InvalidQuantity(f"Line {self.line_no}: returned quantity cannot be negative")
        if not isinstance(self.gross, Decimal) or not self.gross.is_finite() or self.gross < 0:
            raise InvalidAmount(f"Line {self.line_no}: paid amount must be zero or more")
        if self.gross > MAX_AMOUNT:
            raise InvalidAmount(f"Line {self.line_no}: paid amount is too large")

    @property
    def label(self) -> Message:
        """ "Line 3 (Apples)" inside a clerk's message: translated with it."""
        return msg("returns", "Line {line} ({name})", line=self.line_no, name=self.name or self.sku)

    @property
    def by_parts(self) -> bool:
        """Whether a fraction of a unit can come back: weighed, or sold as a fraction."""
        return self.weighed or self.quantity != self.quantity.to_integral_value()


def refundable(line: SoldLine) -> Decimal:
    """What may still be returned on this line; never negative.

    An offline over-return found at sync can leave returned > sold; that is flagged
    elsewhere, and here it simply leaves nothing to return.
    """
    return max(line.quantity - line.returned_quantity, ZERO)


def refund_for(line: SoldLine, quantity: Decimal, currency: str = "EUR") -> Decimal:
    """The refund for `quantity` more of this line, given what was returned before.

    Cumulative rounding: refund = round(gross * after / sold) - round(gross * before / sold).
    The parts of any sequence of returns telescope to round(gross * returned / sold), so
    they never exceed the line's gross and equal it exactly once everything is back, and no
    visit is refunded less than nothing (rounding half up is monotone).
    """
    before = min(line.returned_quantity, line.quantity)
    after = before + quantity

    def share(q: Decimal) -> Decimal:
        return round_money(line.gross * q / line.quantity, currency)

    return share(after) - share(before)


# ---- planning a return ---------------------------------------------------------------


@dataclass(frozen=True)
class ReturnRequest:
    """The lines a customer brings back: (line_no, quantity) pairs."""

    lines: tuple[tuple[int, Decimal], ...]

    def __init__(self, lines: Iterable[tuple[int, Decimal]]):
        object.__setattr__(self, "lines", tuple((int(n), q) for n, q in lines))


@dataclass(frozen=True)
class PlannedLine:
    line_no: int
    sku: str
    name: str
    quantity: Decimal  # returned now
    refund: Decimal  # gross, tax included
    tax_code: str
    tax_rate: Decimal
    returned_before: Decimal
    category: str = ""

    @property
    def returned_after(self) -> Decimal:
        return self.returned_before + self.quantity


@dataclass(frozen=True)
class ReturnPlan:
    """A validated return: per-line refunds, its tax table, and the total to pay out.

    Invariant: total == sum(line refunds) == sum(tax row gross).
    """

    currency: str
    lines: tuple[PlannedLine, ...]
    taxes: tuple[TaxLine, ...]
    total: Decimal

    @property
    def net(self) -> Decimal:
        return sum((t.net for t in self.taxes), ZERO)

    @property
    def tax(self) -> Decimal:
        return sum((t.tax for t in self.taxes), ZERO)


def _check_return_quantity(line: SoldLine, q) -> Decimal:
    at: dict[str, Any] = {"line": line.line_no, "name": line.name or line.sku}
    if not isinstance(q, Decimal) or not q.is_finite():
        raise InvalidQuantity(msg("returns", "Line {line} ({name}): quantity must be a number", **at))
    if q <= 0:
        raise InvalidQuantity(msg("returns", "Line {line} ({name}): quantity to return must be more than zero", **at))
    if q != q.quantize(QUANTITY_STEP):
        raise InvalidQuantity(msg("returns", "Line {line} ({name}): quantity has more than 3 decimals", **at))
    if not line.by_parts and q != q.to_integral_value():
        raise InvalidQuantity(
            msg("returns", "Line {line} ({name}): whole units only, {asked} asked", asked=_qty(q), **at)
        )
    left = refundable(line)
    if q > left:
        if left == 0:
            why = msg("returns", "Line {line} ({name}) was already returned in full; nothing is left to return", **at)
        else:
            why = msg(
                "returns",
                "Line {line} ({name}): only {left} left to return, {asked} asked",
                left=_qty(left),
                asked=_qty(q),
                **at,
            )
        raise OverReturn(why, line.line_no, left)
    return q


def plan_return(sold_lines: Sequence[SoldLine], request: ReturnRequest, currency: str = "EUR") -> ReturnPlan:
    """Check a return against the sale and work out its refund and tax.

    Refused as a whole (nothing planned) on: an empty request, an unknown or repeated line,
    a quantity that is not positive, finer than 3 decimals, fractional on a unit line, or
    above what is left of the line. Tax is extracted per rate from the refunded gross,
    prices including tax, the same way the receipt's tax table was built.
    """
    if not request.lines:
        raise ReturnError(msg("returns", "Choose at least one line to return"))
    by_no = {ln.line_no: ln for ln in sold_lines}
    seen: set[int] = set()
    planned = []
    for line_no, q in request.lines:
        line = by_no.get(line_no)
        if line is None:
            raise ReturnError(msg("returns", "Line {line} is not on this receipt", line=line_no))
        if line_no in seen:
            raise ReturnError(
                msg(
                    "returns",
                    "Line {line} ({name}) is chosen twice; enter its quantity once",
                    line=line_no,
                    name=line.name or line.sku,
                )
            )
        seen.add(line_no)
        to_minor(line.gross, currency)  # a paid amount finer than the currency is bad data
        q = _check_return_quantity(line, q)
        planned.append(
            PlannedLine(
                line_no=line.line_no,
                sku=line.sku,
                name=line.name,
                quantity=q,
                refund=refund_for(line, q, currency),
                tax_code=line.tax_code,
                tax_rate=line.tax_rate,
                returned_before=line.returned_quantity,
                category=line.category,
            )
        )
    by_rate: dict[tuple[str, Decimal], Decimal] = {}
    for p in planned:
        key = (p.tax_code, p.tax_rate)
        by_rate[key] = by_rate.get(key, ZERO) + p.refund
    taxes = tax_table(by_rate, prices_include_tax=True, currency=currency)
    total = sum((p.refund for p in planned), ZERO)
    return ReturnPlan(currency, tuple(planned), tuple(taxes), total)


def apply_plan(sold_lines: Sequence[SoldLine], plan: ReturnPlan) -> list[SoldLine]:
    """The sold lines after this return: returned quantities counted down (new objects)."""
    back = {p.line_no: p.quantity for p in plan.lines}
    return [
        replace(ln, returned_quantity=ln.returned_quantity + back[ln.line_no]) if ln.line_no in back else ln
        for ln in sold_lines
    ]


# ---- paying a refund out -------------------------------------------------------------


@dataclass(frozen=True)
class RefundPart:
    """One refund payment. Like a Tender, but also store credit, and may carry cash rounding.

    `amount` is what the customer receives on this tender; `rounding` is amount minus the
    exact refund share (cash only), so sum(amount - rounding) over the parts == the refund.
    """

    kind: str
    amount: Decimal
    reference: str = ""  # card: the original payment's terminal reference
    rounding: Decimal = ZERO

    def __post_init__(self):
        if self.kind not in REFUND_KINDS:
            raise ReturnError(f"Unknown refund tender {self.kind!r}")
        if self.amount < 0:
            raise ReturnError("A refund part cannot be negative")
        if self.rounding and self.kind != CASH:
            raise ReturnError("Only cash refunds are rounded")

    @property
    def exact(self) -> Decimal:
        return self.amount - self.rounding


def _floor_to_step(value: Decimal, step: Decimal, currency: str) -> Decimal:
    return ((value / step).to_integral_value(rounding=ROUND_FLOOR) * step).quantize(quantum(currency))


def _paid(original_payments: Settlement | Sequence[Tender]) -> tuple[list[Tender], Decimal]:
    """Tenders and cash change. Cash paid net of change is what cash can get back."""
    if isinstance(original_payments, Settlement):
        return list(original_payments.tenders), original_payments.change
    return list(original_payments), ZERO


def allocate_refund(
    total_refund: Decimal,
    original_payments: Settlement | Sequence[Tender],
    policy: str = ORIGINAL,
    *,
    already_refunded: Mapping[str, Decimal] | None = None,
    cash_step: Decimal = ZERO,
    currency: str = "EUR",
) -> list[RefundPart]:
    """Split a refund over tenders.

    "original": cards first, each up to what it paid less what was already refunded to
    cards (earlier refunds used the cards in the same order), keeping its reference; the
    rest in cash, never above the cash taken (net of change).
    `already_refunded` is per tender kind, in exact refund value (sum of RefundPart.exact).
    With `cash_step`, cash is rounded cumulatively like line refunds: in all, the customer
    gets round(exact cash refunded so far) to the step, or the step below when rounding up
    would pay out more cash than was taken; each part records its difference as rounding.
    So many small rounded refunds never drain more cash than the sale brought in, and a
    sale paid with cash rounding (9.97 paid 9.95) can be refunded in full with that step.
    "store_credit": one store-credit part for the whole refund.
    Raises OverRefund when the original tenders cannot take it; nothing is paid then.
    """
    if not isinstance(total_refund, Decimal) or not total_refund.is_finite() or total_refund < 0:
        raise InvalidAmount(msg("returns", "A refund must be zero or more"))
    to_minor(total_refund, currency)
    total = round_money(total_refund, currency)
    if policy not in POLICIES:
        raise ReturnError(f"Unknown refund policy {policy!r}")
    if total == 0:
        return []
    if policy == STORE_CREDIT:
        return [RefundPart(STORE_CREDIT, total)]

    done = dict(already_refunded or {})
    if any(v < 0 for v in done.values()):
        raise InvalidAmount("Amounts already refunded cannot be negative")
    tenders, change = _paid(original_payments)
    parts: list[RefundPart] = []
    left = total

    card_room_total = ZERO
    for kind in BACK_TO_PAYMENT:  # cards (and a web order's online payment) first, in their order
        card_done = done.get(kind, ZERO)
        for t in tenders:
            if t.kind != kind:
                continue
            used = min(t.amount, card_done)
            card_done -= used
            room = t.amount - used
            card_room_total += room
            take = min(room, left)
            if take > 0:
                parts.append(RefundPart(kind, take, t.reference))
                left -= take
    if left == 0:
        return parts

    cash_paid = sum((t.amount for t in tenders if t.kind == CASH), ZERO) - change
    before = done.get(CASH, ZERO)

    def handed_by(exact: Decimal) -> Decimal:
        """Cash handed out in all when `exact` has been refunded in cash (cumulative)."""
        if cash_step <= 0:
            return exact
        up = round_to_step(exact, cash_step)
        return up if up <= cash_paid else _floor_to_step(exact, cash_step, currency)

    after = handed_by(before + left)
    if after > cash_paid:
        cash_room = max(cash_paid - before, ZERO)
        raise OverRefund(
            msg(
                "returns",
                "{total} cannot go back to the original payments: {card} left on card and {cash} in cash. "
                "Refund to store credit or ask a manager.",
                total=fmt_money(total, currency),
                card=fmt_money(card_room_total, currency),
                cash=fmt_money(cash_room, currency),
            )
        )
    handed = after - handed_by(before)
    parts.append(RefundPart(CASH, handed, rounding=handed - left))
    return parts


# ---- return window -------------------------------------------------------------------


def _day(moment: datetime, tz: tzinfo | None) -> date:
    return (moment.astimezone(tz) if tz is not None else moment).date()


def within_window(
    sold_at: datetime,
    now: datetime,
    days: int = DEFAULT_WINDOW_DAYS,
    category_days: Mapping[str, int | None] | None = None,
    category: str = "",
    tz: tzinfo | None = None,
) -> bool:
    """Whether a sale is still returnable, counted in calendar days in the store's zone.

    Bought on the 1st with 30 days: returnable through the 31st, whatever the hour, which
    is how customers read "30 days". `category_days` overrides the window per category; a
    category mapped to None is not returnable at all. Pass `tz` (the store's zone) with
    aware UTC times (rule 8); naive and aware times cannot be mixed.
    """
    if (sold_at.tzinfo is None) != (now.tzinfo is None):
        raise ReturnError("Sale time and current time must both carry a time zone, or neither")
    window: int | None = days
    if category_days and category in category_days:
        window = category_days[category]
    if window is None:
        return False
    return (_day(now, tz) - _day(sold_at, tz)).days <= window


# ---- the store's policy --------------------------------------------------------------

RESTOCK, DAMAGED = "restock", "damaged"
CONDITIONS = (RESTOCK, DAMAGED)
REASONS = {  # captions in context "reasons": shown with tr("reasons", caption)
    "changed_mind": noop("reasons", "Changed mind"),
    "faulty": noop("reasons", "Faulty"),
    "wrong_size": noop("reasons", "Wrong size"),
    "not_as_described": noop("reasons", "Not as described"),
    "damaged_on_arrival": noop("reasons", "Damaged on arrival"),
    "gift": noop("reasons", "Unwanted gift"),
    "other": noop("reasons", "Other"),
}
OFFLINE_OWN, OFFLINE_NONE = "own", "none"


@dataclass(frozen=True)
class ReturnPolicy:
    """What a store allows. Limits are gross amounts; above them a manager approves."""

    window_days: int = DEFAULT_WINDOW_DAYS
    category_days: Mapping[str, int | None] | None = None  # category -> days; None: not returnable
    refund_limit: Decimal = Decimal("200")
    cash_refund_limit: Decimal = Decimal("100")
    no_receipt_days: int = 90  # no-receipt refunds at the lowest price of these days
    offline: str = OFFLINE_OWN  # offline: "own" sales of this station only, or "none"

    def returnable(self, category: str) -> bool:
        return not (self.category_days and category in self.category_days and self.category_days[category] is None)


def check_reason(reason: str) -> str:
    if reason not in REASONS:
        raise ReturnError(msg("returns", "Choose a reason: {reasons}", reasons=", ".join(REASONS.values())))
    return reason


def check_condition(condition: str, label: Message | str) -> str:
    if condition not in CONDITIONS:
        raise ReturnError(msg("returns", "{line}: condition must be restock or damaged", line=label))
    return condition


def approvals_needed(
    policy: ReturnPolicy,
    total: Decimal,
    parts: Sequence[RefundPart],
    no_receipt: bool,
    refund_limit: Decimal | None = None,
) -> list[str]:
    """Which manager approvals this refund needs (names of domain.permissions.Perm values).
    `refund_limit`: the refunding role's own limit (domain/permissions.py StoreLimits.refund_limit),
    used instead of the policy's store-wide one; the cash limit is the store's for everyone."""
    needed = []
    if no_receipt:
        needed.append("no_receipt_return")
    if total > (policy.refund_limit if refund_limit is None else refund_limit):
        needed.append("refund")
    cash = sum((p.amount for p in parts if p.kind == CASH), ZERO)
    if cash > policy.cash_refund_limit:
        needed.append("cash_refund_over_limit")
    return needed


def no_receipt_price(current: Decimal, lowest_paid: Decimal | None) -> Decimal:
    """A refund per unit without a receipt: the lowest of today's price and the lowest
    price paid in the look-back window, so a no-receipt return never pays more than the
    item cost recently (the usual defence against returning sale goods at full price)."""
    if lowest_paid is None:
        return current
    return min(current, lowest_paid)
