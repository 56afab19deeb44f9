"""What a promotion is, and a basket line as the pricing engine sees it (money in minor units)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType

KINDS = ("percent_off", "amount_off", "buy_x_get_y", "mix_match", "threshold", "price_list")
STACKING = ("exclusive", "combinable")


@dataclass(frozen=True)
class Promotion:
    """One promotion. Money is in minor units of the store's currency; percentages are Decimal.

    Scope: `skus` and `categories` (a line is in scope when its SKU or its category is named; a
    threshold with neither counts the whole basket). Conditions: `valid_from` <= at < `valid_to`
    (aware datetimes, None = open), `stores` and `customer_groups` (empty = all), `coupon` (the
    code must be given with the basket).

    - percent_off: `percent` off each line in scope.
    - amount_off: `amount` off each unit in scope (never more than the line).
    - buy_x_get_y: of the units in scope, every `buy` + `get` units make the `get` cheapest ones
      `percent` off (100 = free); the cheapest units are given first.
    - mix_match: any `quantity` units in scope for `price` the group (the dearest units are grouped).
    - threshold: when the lines in scope come to at least `min_total`, `amount` or `percent` off them.
    - price_list: `prices` per SKU (a unit price), for the promotion's customer groups.
    """

    id: str
    kind: str
    skus: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    percent: Decimal | None = None
    amount: int | None = None
    buy: int = 0
    get: int = 0
    quantity: int = 0
    price: int | None = None
    min_total: int | None = None
    prices: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    priority: int = 0
    stacking: str = "combinable"
    stores: frozenset[str] = frozenset()
    customer_groups: frozenset[str] = frozenset()
    coupon: str | None = None
    points_multiplier: Decimal = Decimal(1)  # loyalty: lines it gave something earn this many times

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown promotion kind {self.kind!r}")
        if self.stacking not in STACKING:
            raise ValueError(f"unknown stacking {self.stacking!r}")
        for when in (self.valid_from, self.valid_to):
            if when is not None and when.tzinfo is None:
                raise ValueError("promotion windows are aware datetimes")
        if not isinstance(self.prices, MappingProxyType):
            object.__setattr__(self, "prices", MappingProxyType(dict(self.prices)))

    def __hash__(self) -> int:
        return hash(self.id)

    @property
    def basket_wide(self) -> bool:
        """A promotion every basket may meet, whatever its SKUs (a threshold on the whole basket)."""
        return not self.skus and not self.categories and self.kind != "price_list"

    def covers(self, sku: str, category: str | None) -> bool:
        if self.kind == "price_list":
            return sku in self.prices
        if self.basket_wide:
            return True
        return sku in self.skus or (category is not None and category in self.categories)

    def holds(self, at: datetime, store: str, customer_group: str | None, coupons: frozenset[str]) -> bool:
        """Whether the promotion's conditions other than the basket's quantities hold."""
        if self.valid_from is not None and at < self.valid_from:
            return False
        if self.valid_to is not None and at >= self.valid_to:
            return False
        if self.stores and store not in self.stores:
            return False
        if self.customer_groups and customer_group not in self.customer_groups:
            return False
        return self.coupon is None or self.coupon in coupons


@dataclass(frozen=True)
class PricedLine:
    """A basket line: `quantity` (Decimal; weighed goods have fractions) at `unit_price` minor units."""

    line_id: str
    sku: str
    category: str | None
    quantity: Decimal
    unit_price: int
    # worked out once: a basket is priced again on every change
    gross: int = field(init=False, repr=False, compare=False)  # before promotions, rounded half up
    units: int = field(init=False, repr=False, compare=False)  # whole units (weighed fractions do not count)

    def __post_init__(self) -> None:
        amount = (self.quantity * self.unit_price).to_integral_value(rounding=ROUND_HALF_UP)
        object.__setattr__(self, "gross", int(amount))
        object.__setattr__(self, "units", int(self.quantity) if self.quantity > 0 else 0)
