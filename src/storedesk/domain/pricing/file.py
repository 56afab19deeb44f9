"""The promotions file, read into Promotions (the format the README documents):

    {"promotions": [
      {"id": "COLA-2-FOR-1", "kind": "buy_x_get_y", "skus": ["SKU0000005"], "buy": 1, "get": 1, "percent": "100"},
      {"id": "FOOD-10", "kind": "percent_off", "categories": ["Dairy"], "percent": "10"},
      {"id": "SPEND-20", "kind": "threshold", "min_total": "20.00", "amount": "2.00"},
      {"id": "MIX-3", "kind": "mix_match", "skus": ["SKU0000001", "SKU0000002"], "quantity": 3, "price": "7.00"},
      {"id": "STAFF", "kind": "price_list", "customer_groups": ["staff"], "prices": {"SKU0000001": "1.50"}}
    ]}

Optional on every promotion: `valid_from`, `valid_to` (ISO dates or date-times; without an
offset they are the store's time; a date `valid_to` includes that whole day), `priority` (an
integer, higher first), `stacking` ("exclusive" or "combinable", the default), `stores`,
`customer_groups` (lists of codes), `coupon` (a code the customer must give). Money and
percentages are decimal strings ("2.00", "10"), never JSON numbers; money becomes minor units
with the currency's digits. Unknown kinds or fields are refused with the promotion's id and the
reason; nothing of a refused file is used.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal, InvalidOperation
from typing import Any

from ...i18n import Message, msg
from ..errors import DomainError, InvalidAmount
from ..money import to_minor
from .loyalty import LoyaltyRulesError, parse_loyalty, parse_multiplier
from .model import KINDS, STACKING, Promotion

COMMON = {
    "id",
    "kind",
    "valid_from",
    "valid_to",
    "priority",
    "stacking",
    "stores",
    "customer_groups",
    "coupon",
    "points_multiplier",  # loyalty: lines this promotion gave something earn that many times (loyalty.py)
}
FIELDS = {
    "percent_off": {"skus", "categories", "percent"},
    "amount_off": {"skus", "categories", "amount"},
    "buy_x_get_y": {"skus", "categories", "buy", "get", "percent"},
    "mix_match": {"skus", "categories", "quantity", "price"},
    "threshold": {"skus", "categories", "min_total", "amount", "percent"},
    "price_list": {"prices"},
}
REQUIRED = {
    "percent_off": ("percent",),
    "amount_off": ("amount",),
    "buy_x_get_y": ("buy", "get"),
    "mix_match": ("quantity", "price"),
    "threshold": ("min_total",),
    "price_list": ("prices",),
}


class PromotionFileError(DomainError):
    """A promotions file that cannot be used: not JSON, an unknown kind or field, a bad value."""


def parse_promotions(data: str | bytes | dict, currency: str = "EUR", tz: tzinfo = UTC) -> list[Promotion]:
    """Every promotion of the file, or PromotionFileError naming the promotion and the reason."""
    if isinstance(data, dict):
        document: Any = data
    else:
        try:
            document = json.loads(data, parse_float=Decimal)
        except (ValueError, UnicodeDecodeError) as exc:
            raise PromotionFileError(
                msg("pricing", "The promotions file is not JSON: {error}", error=str(exc))
            ) from None
    if not isinstance(document, dict) or not isinstance(document.get("promotions"), list):
        raise PromotionFileError(msg("pricing", 'The promotions file needs a list "promotions" at its top'))
    extra = sorted(set(document) - {"promotions", "loyalty"})
    if extra:
        raise PromotionFileError(
            msg("pricing", "The promotions file has unknown fields: {fields}", fields=", ".join(extra))
        )
    if "loyalty" in document:  # the loyalty rules (loyalty.py): checked with the file, refused with it
        try:
            parse_loyalty(document["loyalty"])
        except LoyaltyRulesError as exc:
            raise PromotionFileError(exc.text) from None
    seen: set[str] = set()
    out = []
    for position, item in enumerate(document["promotions"], start=1):
        promo = _promotion(position, item, currency, tz)
        if promo.id in seen:
            raise PromotionFileError(msg("pricing", "Promotion {id} is in the file twice", id=promo.id))
        seen.add(promo.id)
        out.append(promo)
    return out


def _promotion(position: int, item: Any, currency: str, tz: tzinfo) -> Promotion:
    if not isinstance(item, dict):
        raise PromotionFileError(msg("pricing", "Promotion number {position} is not an object", position=position))
    pid = item.get("id")
    if not isinstance(pid, str) or not pid.strip():
        raise PromotionFileError(msg("pricing", "Promotion number {position} has no id", position=position))
    return _Reader(pid.strip(), item, currency, tz).promotion()


class _Reader:
    """One promotion of the file; every refusal names it."""

    def __init__(self, pid: str, item: dict, currency: str, tz: tzinfo):
        self.pid, self.item, self.currency, self.tz = pid, item, currency, tz

    def refuse(self, reason: Message) -> PromotionFileError:
        return PromotionFileError(msg("pricing", "Promotion {id}: {reason}", id=self.pid, reason=reason))

    def promotion(self) -> Promotion:
        item = self.item
        kind = item.get("kind")
        if kind not in KINDS:
            raise self.refuse(
                msg("pricing", "the kind {kind} is not known (known: {kinds})", kind=kind, kinds=", ".join(KINDS))
            )
        unknown = sorted(set(item) - COMMON - FIELDS[kind])
        if unknown:
            raise self.refuse(
                msg("pricing", "{fields} is not a field of a {kind} promotion", fields=", ".join(unknown), kind=kind)
            )
        missing = [name for name in REQUIRED[kind] if name not in item]
        if missing:
            raise self.refuse(msg("pricing", "a {kind} promotion needs {fields}", kind=kind, fields=", ".join(missing)))
        fields = self.common()
        if kind in ("percent_off", "amount_off", "buy_x_get_y", "mix_match") and not (
            fields["skus"] or fields["categories"]
        ):
            raise self.refuse(msg("pricing", "a {kind} promotion needs skus or categories", kind=kind))
        fields.update(getattr(self, kind)())
        return Promotion(id=self.pid, kind=kind, **fields)

    def common(self) -> dict[str, Any]:
        item = self.item
        stacking = item.get("stacking", "combinable")
        if stacking not in STACKING:
            raise self.refuse(msg("pricing", "stacking must be exclusive or combinable"))
        coupon = item.get("coupon")
        if coupon is not None and (not isinstance(coupon, str) or not coupon.strip()):
            raise self.refuse(msg("pricing", "coupon must be a code in quotes"))
        priority = item.get("priority", 0)
        if not isinstance(priority, int) or isinstance(priority, bool):
            raise self.refuse(msg("pricing", "priority must be a whole number"))
        fields: dict[str, Any] = {
            "skus": self.codes("skus"),
            "categories": self.codes("categories"),
            "stores": self.codes("stores"),
            "customer_groups": self.codes("customer_groups"),
            "valid_from": self.when("valid_from", end=False),
            "valid_to": self.when("valid_to", end=True),
            "priority": priority,
            "stacking": stacking,
            "coupon": coupon.strip() if coupon else None,
        }
        if "points_multiplier" in item:
            try:
                fields["points_multiplier"] = parse_multiplier(item["points_multiplier"])
            except LoyaltyRulesError as exc:
                raise PromotionFileError(
                    msg("pricing", "Promotion {id}: {reason}", id=self.pid, reason=exc.text)
                ) from None
        if fields["valid_from"] and fields["valid_to"] and fields["valid_to"] <= fields["valid_from"]:
            raise self.refuse(msg("pricing", "valid_to must come after valid_from"))
        return fields

    # the kinds
    def percent_off(self) -> dict[str, Any]:
        return {"percent": self.percent()}

    def amount_off(self) -> dict[str, Any]:
        return {"amount": self.money("amount")}

    def buy_x_get_y(self) -> dict[str, Any]:
        percent = self.percent() if "percent" in self.item else Decimal(100)
        return {"buy": self.whole("buy", 1), "get": self.whole("get", 1), "percent": percent}

    def mix_match(self) -> dict[str, Any]:
        return {"quantity": self.whole("quantity", 2), "price": self.money("price")}

    def threshold(self) -> dict[str, Any]:
        if ("amount" in self.item) == ("percent" in self.item):
            raise self.refuse(msg("pricing", "a threshold promotion needs either amount or percent"))
        fields: dict[str, Any] = {"min_total": self.money("min_total")}
        if "amount" in self.item:
            fields["amount"] = self.money("amount")
        else:
            fields["percent"] = self.percent()
        return fields

    def price_list(self) -> dict[str, Any]:
        prices = self.item["prices"]
        if not isinstance(prices, dict) or not prices:
            raise self.refuse(msg("pricing", "prices must map each SKU to its price"))
        return {"prices": {sku.strip(): self.money(f"prices.{sku}", prices[sku]) for sku in prices}}

    # the values
    def codes(self, name: str) -> frozenset[str]:
        value = self.item.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.refuse(msg("pricing", "{field} must be a list of codes", field=name))
        return frozenset(v.strip() for v in value)

    def whole(self, name: str, least: int) -> int:
        value = self.item.get(name, 0)
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise self.refuse(
                msg("pricing", "{field} must be a whole number of at least {least}", field=name, least=least)
            )
        return value

    def decimal(self, name: str, value: Any) -> Decimal:
        number = None
        if isinstance(value, str):
            try:
                number = Decimal(value.strip())
            except InvalidOperation:
                number = None
        if number is None or not number.is_finite():
            raise self.refuse(msg("pricing", '{field} must be a decimal number in quotes, like "2.00"', field=name))
        return number

    def money(self, name: str, value: Any = None) -> int:
        amount = self.decimal(name, self.item.get(name) if value is None else value)
        if amount < 0:
            raise self.refuse(msg("pricing", "{field} cannot be negative", field=name))
        try:
            return to_minor(amount, self.currency)
        except InvalidAmount:
            raise self.refuse(
                msg("pricing", "{field} has more decimals than {currency} allows", field=name, currency=self.currency)
            ) from None

    def percent(self) -> Decimal:
        value = self.decimal("percent", self.item.get("percent"))
        if not 0 < value <= 100:
            raise self.refuse(msg("pricing", "percent must be more than 0 and at most 100"))
        return value

    def when(self, name: str, end: bool) -> datetime | None:
        value = self.item.get(name)
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError(name)
            text = value.strip()
            if len(text) == 10:  # a date: from its first moment; a valid_to date includes the whole day
                day = date.fromisoformat(text)
                return datetime.combine(day + timedelta(days=1) if end else day, time(), self.tz)
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise self.refuse(
                msg("pricing", "{field} must be a date or a date and time, like 2026-12-24T08:00", field=name)
            ) from None
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=self.tz)
