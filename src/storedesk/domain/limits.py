"""Quantities and totals no clerk means, caught before they are sold.

`9999*code` once added 9999 pieces without a word and a €395,666.66 sale went through. A line
quantity or a sale total above the store's first limits (settings confirm_line_quantity,
confirm_sale_total) now asks the clerk to confirm; above the second limits
(supervisor_line_quantity, supervisor_sale_total) a supervisor approves with their PIN,
journaled with both users. The services check every add and quantity change (rule 9); the
screen only asks the questions.

A limit is asked about when a change crosses it, not each time a basket is above it: the next
scan on an approved €1,200 sale, or the 151st piece scanned onto a confirmed line of 150, does
not ask again. A typed quantity above a limit always asks (150 pieces typed as 900).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..i18n import Message, msg
from .cash import largest_note
from .errors import BasketError, PermissionDenied
from .money_format import fmt_money, fmt_qty
from .permissions import Perm, role_words

CONFIRM, APPROVE = "confirm", "approve"
QUANTITY, TOTAL = "quantity", "total"

DEFAULT_CONFIRM_QUANTITY = Decimal(99)
DEFAULT_SUPERVISOR_QUANTITY = Decimal(999)
# Sale totals, as multiples of the currency's largest banknote (EUR 500): EUR 1,000 and 5,000,
# USD 200 and 1,000, GBP 100 and 500, JPY 20,000 and 100,000.
CONFIRM_TOTAL_NOTES = 2
SUPERVISOR_TOTAL_NOTES = 10


@dataclass(frozen=True)
class SaleLimits:
    confirm_line_quantity: Decimal
    supervisor_line_quantity: Decimal
    confirm_sale_total: Decimal
    supervisor_sale_total: Decimal

    @classmethod
    def default(cls, currency: str) -> SaleLimits:
        note = largest_note(currency)
        return cls(
            DEFAULT_CONFIRM_QUANTITY,
            DEFAULT_SUPERVISOR_QUANTITY,
            note * CONFIRM_TOTAL_NOTES,
            note * SUPERVISOR_TOTAL_NOTES,
        )


@dataclass(frozen=True)
class Crossing:
    """One limit a change crosses."""

    what: str  # QUANTITY (of one line) | TOTAL (of the sale)
    level: str  # CONFIRM | APPROVE
    value: Decimal  # the line's new quantity, or the sale's new total
    limit: Decimal
    name: str = ""  # the line's product (QUANTITY)

    def text(self, currency: str) -> str:
        """Plain words for logs and the command line; the screens say it with formatted amounts."""
        if self.what == QUANTITY:
            value, limit = format(self.value.normalize(), "f"), format(self.limit.normalize(), "f")
            return f"{value} x {self.name} is more than {limit} on one line"
        return f"The sale total becomes {self.value} {currency}, above {self.limit} {currency}"

    def words(self, currency: str) -> Message:
        """The same as a clerk reads it, in the store's formats (translated where it is shown)."""
        if self.what == QUANTITY:
            return msg(
                "limits",
                "{quantity} × {name} is more than {limit} on one line",
                quantity=fmt_qty(self.value),
                name=self.name,
                limit=fmt_qty(self.limit),
            )
        return msg(
            "limits",
            "The sale total becomes {total}, more than {limit}",
            total=fmt_money(self.value, currency),
            limit=fmt_money(self.limit, currency),
        )


def _said(crossings: tuple[Crossing, ...], currency: str) -> Message:
    """One limit, or two (a line's quantity and the sale's total), as one sentence's part."""
    first = crossings[0].words(currency)
    if len(crossings) == 1:
        return first
    return msg("limits", "{first}; {second}", first=first, second=_said(crossings[1:], currency))


def _levels(limits: SaleLimits, what: str) -> tuple[tuple[str, Decimal], ...]:
    if what == QUANTITY:
        return (APPROVE, limits.supervisor_line_quantity), (CONFIRM, limits.confirm_line_quantity)
    return (APPROVE, limits.supervisor_sale_total), (CONFIRM, limits.confirm_sale_total)


def quantity_crossing(
    limits: SaleLimits, name: str, typed: Decimal, before: Decimal, after: Decimal
) -> Crossing | None:
    """A line went from `before` pieces (0: a new line) to `after` by `typed` (a scan's 3*, the
    F4 value; 1 for a plain scan). The highest limit this crosses, if any; a decrease never asks."""
    if after <= before:
        return None
    for level, limit in _levels(limits, QUANTITY):
        if after > limit and (typed > limit or before <= limit):
            return Crossing(QUANTITY, level, after, limit, name)
    return None


def total_crossing(limits: SaleLimits, before: Decimal, after: Decimal) -> Crossing | None:
    """The sale total went from `before` to `after`: the highest limit this crosses, if any."""
    for level, limit in _levels(limits, TOTAL):
        if before <= limit < after:
            return Crossing(TOTAL, level, after, limit)
    return None


def level_of(crossings: tuple[Crossing, ...]) -> str | None:
    """What the change needs: APPROVE beats CONFIRM; None when no limit is crossed."""
    if not crossings:
        return None
    return APPROVE if any(c.level == APPROVE for c in crossings) else CONFIRM


class NeedsConfirmation(BasketError):
    """The change crosses a first limit: ask the clerk, then retry with `confirmed`."""

    code = "needs_confirmation"

    def __init__(self, crossings: tuple[Crossing, ...], currency: str):
        super().__init__(msg("limits", "{limits}. Confirm it, or correct it", limits=_said(crossings, currency)))
        self.crossings = crossings
        self.currency = currency


class NeedsApproval(PermissionDenied):
    """The change crosses a second limit: a supervisor (or a manager) approves with a PIN,
    then the change is retried with the approver. Ends as every refusal does (permissions.require),
    so the approval dialog names the least role that may give it."""

    code = "needs_approval"

    def __init__(self, crossings: tuple[Crossing, ...], currency: str, role: str):
        super().__init__(
            msg(
                "limits",
                "{limits}. A {role} may not sell it alone; a manager can authorise it",
                limits=_said(crossings, currency),
                role=role_words(role),
            ),
            Perm.LARGE_SALE.value,
        )
        self.crossings = crossings
        self.currency = currency
