"""The station's promotions applied to the counter's basket (domain/basket.py price_basket).

The basket is priced again on every change (a scan, a quantity, a void, a customer, a coupon),
and several times per change (the screen, the limits, the payment): `BasketPricer` keeps the
last answer and gives it again for the same lines, customer group and coupons as long as no
promotion's window has opened or closed since, so a change costs one engine run and the
repeats cost a comparison.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from decimal import Decimal

from ..money import from_minor
from .engine import PromotionIndex, price
from .model import PricedLine

# A basket line as the memo compares it: (line id, SKU, category or None, quantity, unit price in minor units)
LineKey = tuple[str, str, str | None, Decimal, int]
# line id -> (promotion id, amount it gave), in applied order; only the lines that got something
LineDiscounts = dict[str, tuple[tuple[str, Decimal], ...]]


class BasketPricer:
    """The promotions in force at `store` (an index built once), priced at `clock()`'s time."""

    def __init__(self, index: PromotionIndex, store: str, clock: Callable[[], datetime]):
        self.index = index
        self.store = store
        self.clock = clock
        self._edges = sorted({t for p in index.promotions.values() for t in (p.valid_from, p.valid_to) if t})
        self._memo: tuple[tuple, datetime | None, datetime | None, LineDiscounts] | None = None

    def _window(self, at: datetime) -> tuple[datetime | None, datetime | None]:
        """The span around `at` in which no promotion starts or ends."""
        i = bisect_right(self._edges, at)
        return (self._edges[i - 1] if i else None), (self._edges[i] if i < len(self._edges) else None)

    def discounts(
        self,
        lines: Sequence[LineKey],
        customer_group: str | None = None,
        coupons: Iterable[str] = (),
        currency: str = "EUR",
    ) -> LineDiscounts:
        """What the promotions take off each line, in money of `currency`."""
        if not lines or not len(self.index):
            return {}
        at = self.clock()
        key = (tuple(lines), customer_group, frozenset(coupons), currency)
        memo = self._memo
        if (
            memo is not None
            and memo[0] == key
            and (memo[1] is None or memo[1] <= at)
            and (memo[2] is None or at < memo[2])
        ):
            return memo[3]
        work = [PricedLine(*line) for line in key[0]]
        result = price(work, self.index, at=at, store=self.store, customer_group=customer_group, coupons=key[2])
        amounts: dict[int, Decimal] = {}  # each distinct amount converted once (many parts, few amounts)
        found: LineDiscounts = {}
        for lp in result.lines:
            if lp.promotions:
                for _, v in lp.promotions:
                    if v not in amounts:
                        amounts[v] = from_minor(v, currency)
                found[lp.line_id] = tuple((pid, amounts[v]) for pid, v in lp.promotions)
        start, end = self._window(at)
        self._memo = (key, start, end, found)
        return found
