"""Check a POST /v1/orders body into plain values, or say exactly what is wrong (-> 422).

Body (JSON object):
    {"idempotency_key": "<1-200 chars>" (or the Idempotency-Key header),
     "customer": {"name", "email", "phone"}   name, and an email or a phone (or both),
     "pickup_store": "<store code>",
     "payment": "paid_online" | "pay_at_pickup",
     "currency": "EUR"                         optional; must be the pickup store's currency,
     "lines": [{"sku", "quantity": "2", "unit_price_minor": 1250, "name": optional}]  1..200,
     "fulfilment": "pickup" (default) | "ship",
     "delivery": {...}      ship only, required: see DELIVERY,
     "allow_split": false   ship only: the hub may split the order across locations}
A ship order has no pickup_store (it is routed by its delivery address), gives its currency, and
is paid online (or, a till's order, paid_in_store: store_orders.py checks what only a till sends).
Money is integer minor units, quantities decimal strings with at most 3 decimals (no floats).

DELIVERY (unknown keys refused): "name" (1-120), "line1" (1-200), "line2" (optional, <= 200),
"postcode" (1-16: letters, digits, spaces, dashes), "city" (1-100), "country" (ISO 3166 alpha-2,
"FR"), "phone", "email" (optional; checked as the customer's), "lat", "lon" (optional, both or
neither: decimal degrees as a string such as "48.8566", or a JSON number). It is kept as canonical
JSON (lat/lon as decimal text) and sent as given to the store that ships it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .. import errors
from ..values import is_int, quantity_milli

PAYMENTS = ("paid_online", "pay_at_pickup")
PAID_IN_STORE = "paid_in_store"  # a till's order, paid in the till's sale (store_orders.py)
PREPAID = ("paid_online", PAID_IN_STORE)  # nothing left to pay when the goods are handed over
MAX_LINES = 200
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ().-]{4,31}$")
KNOWN = {
    "idempotency_key",
    "customer",
    "pickup_store",
    "payment",
    "currency",
    "lines",
    "fulfilment",
    "delivery",
    "allow_split",
}
FULFILMENTS = ("pickup", "ship")
POSTCODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 -]{0,15}$")
DELIVERY_TEXTS = (("name", 120, True), ("line1", 200, True), ("line2", 200, False), ("city", 100, True))
DELIVERY_KEYS = {"name", "line1", "line2", "postcode", "city", "country", "phone", "email", "lat", "lon"}


class Unprocessable(errors.Unprocessable, ValueError):
    """The body does not describe an order; str() is the 422 message."""


@dataclass(frozen=True)
class LineIn:
    line: int
    sku: str
    name: str | None
    quantity_milli: int
    unit_price_minor: int


@dataclass(frozen=True)
class OrderIn:
    idempotency_key: str
    name: str
    email: str
    phone: str
    pickup_store: str | None  # None for a ship order
    payment: str
    currency: str | None
    lines: tuple
    fulfilment: str = "pickup"
    delivery: dict | None = None  # ship: the checked address (DELIVERY)
    allow_split: bool = False

    def delivery_json(self) -> str | None:
        if self.delivery is None:
            return None
        return json.dumps(self.delivery, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Till:
    """The till that orders for its customer (store_orders.py): its store and station, the sale
    that pays the order, and the order id the station made."""

    store: str
    station: str
    sale_ref: str
    order_id: str

    @property
    def channel(self) -> str:
        return f"{STORE_CHANNEL}{self.store}"

    @property
    def actor(self) -> str:
        return f"station {self.store}/{self.station}"

    @property
    def placed(self) -> str:
        """The first line of the order's history."""
        return f"ordered at the till {self.store}/{self.station} (sale {self.sale_ref})"


STORE_CHANNEL = "store:"  # a till's orders are the channel "store:<code>"


def _text(obj: dict, key: str, where: str, max_len: int, required: bool = True) -> str:
    value = obj.get(key)
    if value is None or value == "":
        if required:
            raise Unprocessable(f"{where}{key} is required")
        return ""
    if not isinstance(value, str):
        raise Unprocessable(f"{where}{key} must be a string")
    value = value.strip()
    if required and not value:
        raise Unprocessable(f"{where}{key} must not be blank")
    if len(value) > max_len:
        raise Unprocessable(f"{where}{key} is longer than {max_len} characters")
    if "\x00" in value:
        raise Unprocessable(f"{where}{key} contains a NUL character")
    return value


def parse(body, header_key: str | None, payments: tuple[str, ...] = PAYMENTS) -> OrderIn:
    """The order a body describes; `payments` what the caller may use (a till: paid_in_store)."""
    if not isinstance(body, dict):
        raise Unprocessable("the body must be a JSON object")
    unknown = sorted(set(body) - KNOWN)
    if unknown:
        raise Unprocessable(f"unknown field(s): {', '.join(unknown)}")
    key = _idempotency_key(body, header_key)
    name, email, phone = _customer(body.get("customer"))
    fulfilment = body.get("fulfilment", "pickup")
    if fulfilment not in FULFILMENTS:
        raise Unprocessable(f"fulfilment must be one of {', '.join(FULFILMENTS)}, got {fulfilment!r}")
    store = _text(body, "pickup_store", "", 32) if fulfilment == "pickup" else None
    payment = body.get("payment")
    if payment not in payments:
        raise Unprocessable(f"payment must be one of {', '.join(payments)}, got {payment!r}")
    currency = body.get("currency")
    if currency is not None and (not isinstance(currency, str) or not re.fullmatch(r"[A-Z]{3}", currency)):
        raise Unprocessable(f"currency {currency!r}: use an ISO 4217 code such as EUR")
    lines = _lines(body.get("lines"))
    if fulfilment == "ship":
        return _ship(body, OrderIn(key, name, email, phone, None, payment, currency, lines, "ship"))
    for key_ in ("delivery", "allow_split"):
        if key_ in body:
            raise Unprocessable(f'{key_} is for ship orders only (send "fulfilment": "ship")')
    return OrderIn(key, name, email, phone, store, payment, currency, lines)


def _ship(body: dict, o: OrderIn) -> OrderIn:
    """A ship order's own rules: no pickup store, a currency, paid online, a delivery address."""
    if body.get("pickup_store") is not None:
        raise Unprocessable("a ship order has no pickup_store: the hub routes it by its delivery address")
    if o.currency is None:
        raise Unprocessable("a ship order needs its currency (ISO 4217, such as EUR)")
    if o.payment not in PREPAID:
        raise Unprocessable("a ship order is paid online: payment must be paid_online")
    split = body.get("allow_split", False)
    if not isinstance(split, bool):
        raise Unprocessable(f"allow_split must be true or false, got {split!r}")
    return OrderIn(**{**o.__dict__, "delivery": _delivery(body.get("delivery")), "allow_split": split})


def _delivery(raw) -> dict:
    if not isinstance(raw, dict):
        raise Unprocessable("a ship order needs delivery: an object with name, line1, postcode, city, country")
    unknown = sorted(set(raw) - DELIVERY_KEYS)
    if unknown:
        raise Unprocessable(f"delivery: unknown field(s) {', '.join(unknown)}")
    out = {}
    for key, most, required in DELIVERY_TEXTS:
        value = _text(raw, key, "delivery.", most, required)
        if value:
            out[key] = value
    postcode = _text(raw, "postcode", "delivery.", 16)
    if not POSTCODE.match(postcode):
        raise Unprocessable(f"delivery.postcode {postcode!r}: letters, digits, spaces and dashes only")
    country = raw.get("country")
    if not isinstance(country, str) or not re.fullmatch(r"[A-Z]{2}", country):
        raise Unprocessable(f"delivery.country {country!r}: use an ISO 3166 code such as FR")
    out.update(postcode=postcode, country=country)
    email = _text(raw, "email", "delivery.", 200, required=False)
    phone = _text(raw, "phone", "delivery.", 32, required=False)
    if email and not EMAIL.match(email):
        raise Unprocessable(f"delivery.email {email!r} is not an email address")
    if phone and not PHONE.match(phone):
        raise Unprocessable(f"delivery.phone {phone!r} is not a phone number (digits, spaces, + - . ( ))")
    out.update({k: v for k, v in (("email", email), ("phone", phone)) if v})
    if ("lat" in raw) != ("lon" in raw):
        raise Unprocessable("delivery: give both lat and lon, or neither")
    if "lat" in raw:
        out["lat"] = _degrees(raw["lat"], 90, "lat")
        out["lon"] = _degrees(raw["lon"], 180, "lon")
    return out


def _degrees(value, limit: int, key: str) -> str:
    """Decimal degrees as text ("48.8566"), from a string or a JSON number (never stored as a float)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise Unprocessable(f'delivery.{key} must be decimal degrees, such as "48.8566"')
    try:
        deg = Decimal(str(value).strip())
    except InvalidOperation:
        raise Unprocessable(f'delivery.{key} {value!r} is not a number of degrees, such as "48.8566"') from None
    if not deg.is_finite() or abs(deg) > limit:
        raise Unprocessable(f"delivery.{key} {value!r} must be between -{limit} and {limit}")
    return format(deg.quantize(Decimal("0.000001")).normalize(), "f")


def _idempotency_key(body: dict, header_key: str | None) -> str:
    """The body's idempotency_key or the Idempotency-Key header; both, when given, must agree."""
    key = body.get("idempotency_key", header_key)
    if header_key and body.get("idempotency_key") not in (None, header_key):
        raise Unprocessable("the Idempotency-Key header and idempotency_key differ")
    return _text({"idempotency_key": key}, "idempotency_key", "", 200)


def _customer(cust) -> tuple[str, str, str]:
    """(name, email, phone): a name, and an email or a phone to be told when the order is ready."""
    if not isinstance(cust, dict):
        raise Unprocessable("customer must be an object with name, email and/or phone")
    name = _text(cust, "name", "customer.", 120)  # the pickup desk keeps 120
    email = _text(cust, "email", "customer.", 200, required=False)
    phone = _text(cust, "phone", "customer.", 32, required=False)
    if not email and not phone:
        raise Unprocessable("customer needs an email or a phone, to be told when the order is ready")
    if email and not EMAIL.match(email):
        raise Unprocessable(f"customer.email {email!r} is not an email address")
    if phone and not PHONE.match(phone):
        raise Unprocessable(f"customer.phone {phone!r} is not a phone number (digits, spaces, + - . ( ))")
    return name, email, phone


def _lines(raw_lines) -> tuple[LineIn, ...]:
    if not isinstance(raw_lines, list) or not raw_lines:
        raise Unprocessable("lines must be a non-empty list")
    if len(raw_lines) > MAX_LINES:
        raise Unprocessable(f"at most {MAX_LINES} lines per order")
    return tuple(_line(i, raw) for i, raw in enumerate(raw_lines, start=1))


def _line(i: int, raw) -> LineIn:
    where = f"lines[{i}]."
    if not isinstance(raw, dict):
        raise Unprocessable(f"lines[{i}] must be an object with sku, quantity and unit_price_minor")
    extra = sorted(set(raw) - {"sku", "quantity", "unit_price_minor", "name"})
    if extra:
        raise Unprocessable(f"{where[:-1]}: unknown field(s) {', '.join(extra)}")
    sku = _text(raw, "sku", where, 64)
    try:
        qty = quantity_milli(raw.get("quantity"))
    except ValueError as exc:
        raise Unprocessable(f'{where}quantity: {exc} (send a decimal string such as "2" or "0.5")') from None
    if qty <= 0:
        raise Unprocessable(f"{where}quantity must be more than zero")
    price = raw.get("unit_price_minor")
    if not is_int(price) or price < 0:
        raise Unprocessable(f"{where}unit_price_minor must be a whole number of minor units >= 0, got {price!r}")
    return LineIn(i, sku, _text(raw, "name", where, 200, required=False) or None, qty, price)
