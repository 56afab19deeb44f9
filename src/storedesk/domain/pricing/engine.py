"""Price a whole basket: every change recomputes it from the lines and the promotions.

The rules (property-tested in tests/unit/test_pricing_properties.py):
- Deterministic: lines are worked on sorted by (SKU, line id), promotions by (priority high to
  low, id), so the same basket gives the same result whatever the order of its lines.
- A promotion applies only while its conditions hold: the window (valid_from <= at < valid_to),
  the store, the customer group, the coupon, and the basket's quantities or spend at this
  recompute (nothing is remembered from an earlier one).
- Exclusive or combinable: the combinable promotions are applied one after another in priority
  order (high first; within a priority price lists, then percent/amount off, then buy X get Y and
  mix and match, then thresholds; then by id), each on what the lines still cost after the ones
  before it (a threshold's spend is the basket after them). Each
  exclusive promotion is worked out alone on the shelf prices. The customer gets whichever gives
  the most: the best exclusive promotion, or the combinable ones together; on a tie, the one
  with the higher priority wins (for the combinable set, its first applied promotion), then the
  smaller id.
- A discount spread over several lines (mix_match, threshold) is allocated in proportion to what
  each line costs, by largest remainder: the lines' shares add up to it to the minor unit, the
  remainders going first to the largest fractions, ties to the line that sorts first.
- No line goes below zero: a promotion never takes more than what is left of a line; lines with
  a zero or negative quantity (a return in the basket) are never discounted.
- Each line names the promotions that gave it a discount and how much each gave.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from .model import PricedLine, Promotion

HUNDRED = Decimal(100)
# Within one priority, prices come before line discounts, line discounts before deals on several
# units, and a basket threshold last: it looks at what the basket costs after them.
STAGE = {"price_list": 0, "percent_off": 1, "amount_off": 1, "buy_x_get_y": 2, "mix_match": 2, "threshold": 3}


def _round(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def allocate(total: int, weights: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Split `total` minor units over (key, weight) pairs in proportion to the weights, by largest
    remainder (ties to the earlier key). Each share is at most its weight when total <= sum of weights."""
    whole = sum(w for _, w in weights)
    if total <= 0 or whole <= 0:
        return {}
    total = min(total, whole)
    shares: dict[int, int] = {}
    remainders: list[tuple[int, int]] = []
    for key, weight in weights:
        share, rest = divmod(total * weight, whole)
        shares[key] = share
        remainders.append((-rest, key))
    left = total - sum(shares.values())
    remainders.sort()
    for _, key in remainders[:left]:
        shares[key] += 1
    return {key: share for key, share in shares.items() if share}


class PromotionIndex:
    """Promotions indexed once by SKU and category, so a recompute reads only those of the
    basket's lines (and the basket-wide ones), however many promotions are loaded."""

    def __init__(self, promotions: Iterable[Promotion]):
        self.promotions: dict[str, Promotion] = {}
        self.by_sku: dict[str, list[Promotion]] = {}
        self.by_category: dict[str, list[Promotion]] = {}
        self.basket_wide: list[Promotion] = []
        for promo in promotions:
            if promo.id in self.promotions:
                raise ValueError(f"two promotions have the id {promo.id!r}")
            self.promotions[promo.id] = promo
            if promo.kind == "price_list":
                for sku in promo.prices:
                    self.by_sku.setdefault(sku, []).append(promo)
            elif promo.basket_wide:
                self.basket_wide.append(promo)
            else:
                for sku in promo.skus:
                    self.by_sku.setdefault(sku, []).append(promo)
                for category in promo.categories:
                    self.by_category.setdefault(category, []).append(promo)

    def __len__(self) -> int:
        return len(self.promotions)

    def scopes(self, lines: Sequence[PricedLine]) -> dict[str, list[int]]:
        """Promotion id -> positions (in `lines`, ascending) of the lines it covers."""
        found: dict[str, list[int]] = {}
        for i, line in enumerate(lines):
            for promo in self.by_sku.get(line.sku, ()):
                found.setdefault(promo.id, []).append(i)
            if line.category is not None:
                for promo in self.by_category.get(line.category, ()):
                    scope = found.setdefault(promo.id, [])
                    if not scope or scope[-1] != i:  # already there by its SKU
                        scope.append(i)
        if self.basket_wide and lines:
            everything = list(range(len(lines)))
            for promo in self.basket_wide:
                found[promo.id] = everything
        return found


@dataclass(frozen=True)
class LinePrice:
    line_id: str
    sku: str
    quantity: Decimal
    unit_price: int
    gross: int  # before promotions
    discount: int
    amount: int  # gross - discount: what the customer pays for the line (and a return refunds)
    promotions: tuple[tuple[str, int], ...]  # (promotion id, minor units it gave), in applied order

    @property
    def promotion_ids(self) -> tuple[str, ...]:
        return tuple(pid for pid, _ in self.promotions)


@dataclass(frozen=True)
class PricingResult:
    lines: tuple[LinePrice, ...]  # in the order the lines were given
    gross_total: int
    discount_total: int
    total: int
    applied: tuple[str, ...]  # promotion ids that gave something, in applied order

    def line(self, line_id: str) -> LinePrice:
        return next(line for line in self.lines if line.line_id == line_id)

    def by_promotion(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for line in self.lines:
            for pid, amount in line.promotions:
                totals[pid] = totals.get(pid, 0) + amount
        return totals


Lines = Sequence[PricedLine]


def evaluate(promo: Promotion, scope: Sequence[int], lines: Lines, net: Sequence[int]) -> dict[int, int]:
    """What `promo` takes off each line of its scope (position -> minor units, each <= net),
    given what the lines still cost (`net`). Empty when its basket condition does not hold."""
    live = [i for i in scope if lines[i].quantity > 0 and net[i] > 0]
    if not live:
        return {}
    return _positive(_KINDS[promo.kind](promo, scope, live, lines, net))


def _percent_off(promo: Promotion, scope: Sequence[int], live: list[int], lines: Lines, net: Sequence[int]):
    rate = (promo.percent or Decimal(0)) / HUNDRED
    return {i: min(net[i], _round(net[i] * rate)) for i in live}


def _amount_off(promo: Promotion, scope: Sequence[int], live: list[int], lines: Lines, net: Sequence[int]):
    amount = promo.amount or 0
    return {i: min(net[i], _round(amount * lines[i].quantity)) for i in live}


def _price_list(promo: Promotion, scope: Sequence[int], live: list[int], lines: Lines, net: Sequence[int]):
    out = {}
    for i in live:
        line = lines[i]
        cut = line.unit_price - promo.prices.get(line.sku, line.unit_price)
        if cut > 0:
            out[i] = min(net[i], _round(cut * line.quantity))
    return out


def _buy_x_get_y(promo: Promotion, scope: Sequence[int], live: list[int], lines: Lines, net: Sequence[int]):
    # every whole unit in scope counts (also those an earlier promotion already made free)
    counted = [i for i in scope if lines[i].units > 0]
    units = sum(lines[i].units for i in counted)
    free = (units // (promo.buy + promo.get)) * promo.get if promo.buy + promo.get > 0 else 0
    rate = (promo.percent if promo.percent is not None else HUNDRED) / HUNDRED
    out = {}
    for i in sorted(counted, key=lambda j: (lines[j].unit_price, j)):  # the cheapest units first
        if free <= 0:
            break
        take = min(free, lines[i].units)
        free -= take
        if net[i] > 0:
            out[i] = min(net[i], _round(lines[i].unit_price * take * rate))
    return out


def _mix_match(promo: Promotion, scope: Sequence[int], live: list[int], lines: Lines, net: Sequence[int]):
    counted = [i for i in scope if lines[i].units > 0]
    units = sum(lines[i].units for i in counted)
    groups = units // promo.quantity if promo.quantity > 0 else 0
    left = groups * promo.quantity
    weights = []
    for i in sorted(counted, key=lambda j: (-lines[j].unit_price, j)):  # the dearest units are grouped
        if left <= 0:
            break
        take = min(left, lines[i].units)
        left -= take
        weights.append((i, max(0, min(net[i], lines[i].unit_price * take))))
    value = sum(w for _, w in weights)
    return allocate(value - groups * (promo.price or 0), sorted(weights)) if groups else {}


def _threshold(promo: Promotion, scope: Sequence[int], live: list[int], lines: Lines, net: Sequence[int]):
    spend = sum(net[i] for i in live)
    if promo.min_total is not None and spend < promo.min_total:
        return {}
    off = promo.amount if promo.amount is not None else _round(spend * (promo.percent or Decimal(0)) / HUNDRED)
    return allocate(min(off, spend), [(i, net[i]) for i in live])


_KINDS = {
    "percent_off": _percent_off,
    "amount_off": _amount_off,
    "price_list": _price_list,
    "buy_x_get_y": _buy_x_get_y,
    "mix_match": _mix_match,
    "threshold": _threshold,
}


def _positive(found: dict[int, int]) -> dict[int, int]:
    return {i: v for i, v in found.items() if v > 0}


def price(
    lines: Sequence[PricedLine],
    promotions: PromotionIndex | Iterable[Promotion],
    *,
    at: datetime,
    store: str,
    customer_group: str | None = None,
    coupons: Iterable[str] = (),
) -> PricingResult:
    """Price the basket `lines` with the promotions in force at `at` in `store` (see the module)."""
    index = promotions if isinstance(promotions, PromotionIndex) else PromotionIndex(promotions)
    if len({line.line_id for line in lines}) != len(lines):
        raise ValueError("two basket lines have the same line id")
    work = sorted(lines, key=lambda line: (line.sku, line.line_id))
    gross = [line.gross for line in work]
    codes = frozenset(coupons)
    live = []
    for pid, scope in index.scopes(work).items():
        promo = index.promotions[pid]
        if promo.holds(at, store, customer_group, codes):
            live.append((promo, scope))
    live.sort(key=lambda item: (-item[0].priority, STAGE[item[0].kind], item[0].id))

    # candidates: (sort key, [(promotion id, position -> minor units)])
    candidates: list[tuple[tuple[int, int, str], list[tuple[str, dict[int, int]]]]] = []
    net = list(gross)
    stacked: list[tuple[str, dict[int, int]]] = []
    first: Promotion | None = None
    for promo, scope in live:
        if promo.stacking != "combinable":
            continue
        got = evaluate(promo, scope, work, net)
        if got:
            first = first or promo
            stacked.append((promo.id, got))
            for i, off in got.items():
                net[i] -= off
    if stacked and first is not None:
        total = sum(sum(got.values()) for _, got in stacked)
        candidates.append(((-total, -first.priority, first.id), stacked))
    for promo, scope in live:
        if promo.stacking != "exclusive":
            continue
        got = evaluate(promo, scope, work, gross)
        if got:
            candidates.append(((-sum(got.values()), -promo.priority, promo.id), [(promo.id, got)]))

    chosen = min(candidates, key=lambda c: c[0])[1] if candidates else []
    given: dict[str, list[tuple[str, int]]] = {}
    for pid, got in chosen:
        for i, off in got.items():
            given.setdefault(work[i].line_id, []).append((pid, off))
    priced = []
    for line in lines:
        parts = tuple(given.get(line.line_id, ()))
        off = sum(v for _, v in parts)
        priced.append(
            LinePrice(line.line_id, line.sku, line.quantity, line.unit_price, line.gross, off, line.gross - off, parts)
        )
    gross_total = sum(gross)
    discount_total = sum(p.discount for p in priced)
    return PricingResult(
        lines=tuple(priced),
        gross_total=gross_total,
        discount_total=discount_total,
        total=gross_total - discount_total,
        applied=tuple(pid for pid, _ in chosen),
    )
