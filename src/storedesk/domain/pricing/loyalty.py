"""Loyalty: the rules in the promotions document, the points a sale earns, and what a customer's
contact details must look like (the hub and the station check them alike).

The rules travel in the promotions document (README "Promotions"):

    {"promotions": [{"id": "FOOD-10", ..., "points_multiplier": "2"}],
     "loyalty": {"points_per_unit": "1", "categories": {"Dairy": "2"}, "point_value": "0.01"}}

- `points_per_unit`: points per whole currency unit paid for a line; a category named in
  `categories` earns at its own rate instead.
- a promotion's `points_multiplier`: a line that promotion gave something on earns that many
  times (the largest multiplier of the line's promotions, never their product).
- `point_value`: what one point pays when redeemed as a tender.

Earning (`points_earned`): each line's amount paid (after every discount) times its rate and
multiplier, summed exactly, then scaled down by the share of the sale paid with points (points
paid with points earn nothing), then rounded down to whole points once. A gift-card line earns
nothing (it is money, not goods). Never negative; the same whatever the order of the lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any

from ...i18n import msg
from ..errors import DomainError

LOYALTY_FIELDS = ("points_per_unit", "categories", "point_value")
ZERO = Decimal(0)


class LoyaltyRulesError(DomainError):
    """The "loyalty" block of a promotions document cannot be used (the reason is named)."""


class InvalidContact(DomainError):
    """A customer's phone, email, card or name is not usable; nothing was saved."""


@dataclass(frozen=True)
class LoyaltyRules:
    points_per_unit: Decimal = ZERO
    categories: Mapping[str, Decimal] = field(default_factory=lambda: MappingProxyType({}))
    point_value: Decimal = ZERO  # money per point redeemed; 0: points cannot be redeemed
    multipliers: Mapping[str, Decimal] = field(default_factory=lambda: MappingProxyType({}))  # promotion id ->

    def rate(self, category: str | None) -> Decimal:
        if category is not None and category in self.categories:
            return self.categories[category]
        return self.points_per_unit


@dataclass(frozen=True)
class EarnLine:
    """A sold line as loyalty sees it: what was paid for it, its category, the promotions that gave
    something on it, and whether it is a gift card."""

    amount: Decimal
    category: str | None = None
    promotions: tuple[str, ...] = ()
    gift_card: bool = False


def _decimal(name: str, value: Any, least: Decimal = ZERO) -> Decimal:
    number = None
    if isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            number = None
    if number is None or not number.is_finite() or number < least:
        raise LoyaltyRulesError(
            msg("pricing", 'loyalty: {field} must be a decimal number in quotes, like "1", not below zero', field=name)
        )
    return number


def parse_loyalty(block: Any) -> LoyaltyRules:
    """The document's "loyalty" object, or LoyaltyRulesError naming the field and the reason."""
    if not isinstance(block, dict):
        raise LoyaltyRulesError(msg("pricing", "loyalty must be an object"))
    unknown = sorted(set(block) - set(LOYALTY_FIELDS))
    if unknown:
        raise LoyaltyRulesError(
            msg(
                "pricing",
                "loyalty: {fields} is not a loyalty field (known: {known})",
                fields=", ".join(unknown),
                known=", ".join(LOYALTY_FIELDS),
            )
        )
    cats = block.get("categories", {})
    if not isinstance(cats, dict) or not all(isinstance(k, str) and k.strip() for k in cats):
        raise LoyaltyRulesError(msg("pricing", "loyalty: categories must map each category to its points per unit"))
    return LoyaltyRules(
        points_per_unit=_decimal("points_per_unit", block.get("points_per_unit", "0")),
        categories=MappingProxyType({k.strip(): _decimal(f"categories.{k}", v) for k, v in cats.items()}),
        point_value=_decimal("point_value", block.get("point_value", "0")),
    )


def parse_multiplier(value: Any) -> Decimal:
    """A promotion's points_multiplier ("2"): at least 1."""
    return _decimal("points_multiplier", value, least=Decimal(1))


def rules_of(document: Mapping[str, Any] | None) -> LoyaltyRules | None:
    """The loyalty rules of a promotions document already checked (file.parse_promotions), with
    its promotions' multipliers; None when it has no "loyalty" block."""
    if not document or "loyalty" not in document:
        return None
    rules = parse_loyalty(document["loyalty"])
    multipliers = {
        str(p["id"]).strip(): parse_multiplier(p["points_multiplier"])
        for p in document.get("promotions", [])
        if isinstance(p, dict) and "points_multiplier" in p
    }
    return LoyaltyRules(rules.points_per_unit, rules.categories, rules.point_value, MappingProxyType(multipliers))


def points_earned(lines: Iterable[EarnLine], rules: LoyaltyRules | None, points_paid: Decimal = ZERO) -> int:
    """Whole points a sale earns (see the module docstring); 0 without rules."""
    if rules is None:
        return 0
    raw, paid = ZERO, ZERO
    for ln in lines:
        if ln.gift_card or ln.amount <= 0:
            continue
        paid += ln.amount
        multiplier = max((rules.multipliers.get(p, Decimal(1)) for p in ln.promotions), default=Decimal(1))
        raw += ln.amount * rules.rate(ln.category) * multiplier
    if raw <= 0 or paid <= 0:
        return 0
    if points_paid > 0:
        raw = raw * max(paid - points_paid, ZERO) / paid
    return int(raw.to_integral_value(rounding=ROUND_FLOOR))


def sale_points(
    customer: object | None, lines: Iterable[EarnLine], rules: LoyaltyRules | None, points_paid=ZERO
) -> int:
    """What the sale earns its customer: nothing without one."""
    return 0 if customer is None else points_earned(lines, rules, points_paid)


def points_for(amount: Decimal, rules: LoyaltyRules | None) -> int:
    """The whole points that pay `amount` (rounded up: the customer never gets more than the points)."""
    if rules is None or rules.point_value <= 0:
        raise LoyaltyRulesError(
            msg("loyalty", "Points cannot be redeemed: the store's loyalty rules set no point value")
        )
    return int((amount / rules.point_value).to_integral_value(rounding=ROUND_CEILING))


def value_of(points: int, rules: LoyaltyRules | None) -> Decimal:
    """What `points` pay (0 when the rules set no point value)."""
    if rules is None:
        return ZERO
    return rules.point_value * points


# --------------------------------------------------------------------------- contact details
_PHONE_KEEP = re.compile(r"[\s().\-/]")
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
_CARD = re.compile(r"^[A-Z0-9-]{4,64}$")


def clean_phone(text: str | None) -> str | None:
    """A phone number as digits (a leading + kept), spaces, dots, dashes and brackets dropped;
    None for nothing; InvalidContact unless it has 6 to 15 digits."""
    value = _PHONE_KEEP.sub("", (text or "").strip())
    if not value:
        return None
    digits = value[1:] if value.startswith("+") else value
    if not digits.isdigit() or not 6 <= len(digits) <= 15:
        raise InvalidContact(msg("loyalty", "{phone} is not a phone number", phone=text))
    return value


def clean_email(text: str | None) -> str | None:
    """An email address, lowercased; None for nothing; InvalidContact unless name@domain.tld."""
    value = (text or "").strip()
    if not value:
        return None
    if len(value) > 254 or not _EMAIL.match(value) or ".." in value:
        raise InvalidContact(msg("loyalty", "{email} is not an email address", email=text))
    return value.lower()


def clean_card(text: str | None) -> str | None:
    """A loyalty card number as scanned (letters, digits, dashes; 4 to 64), uppercased."""
    value = (text or "").strip().upper()
    if not value:
        return None
    if not _CARD.match(value):
        raise InvalidContact(msg("loyalty", "{card} is not a loyalty card number", card=text))
    return value


def clean_name(text: str | None) -> str:
    value = " ".join((text or "").split())
    if not value or len(value) > 200:
        raise InvalidContact(msg("loyalty", "Give the customer's name (at most 200 characters)"))
    return value
