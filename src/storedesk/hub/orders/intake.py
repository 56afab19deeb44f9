"""Check a POST /v1/orders body into plain values, or say exactly what is wrong (-> 422).

Body (JSON object):
    {"idempotency_key": "<1-200 chars>" (or the Idempotency-Key header),
     "customer": {"name", "email", "phone"}   name, and an email or a phone (or both),
     "pickup_store": "<store code>",
     "payment": "paid_online" | "pay_at_pickup",
     "currency": "EUR"                         optional; must be the pickup store's currency,
     "lines": [{"sku", "quantity": "2", "unit_price_minor": 1250, "name": optional}]  1..200}
Money is integer minor units, quantities decimal strings with at most 3 decimals (no floats).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import errors
from ..values import is_int, quantity_milli

PAYMENTS = ("paid_online", "pay_at_pickup")
MAX_LINES = 200
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ().-]{4,31}$")
KNOWN = {"idempotency_key", "customer", "pickup_store", "payment", "currency", "lines"}


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
    pickup_store: str
    payment: str
    currency: str | None
    lines: tuple


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


def parse(body, header_key: str | None) -> OrderIn:
    if not isinstance(body, dict):
        raise Unprocessable("the body must be a JSON object")
    unknown = sorted(set(body) - KNOWN)
    if unknown:
        raise Unprocessable(f"unknown field(s): {', '.join(unknown)}")
    key = _idempotency_key(body, header_key)
    name, email, phone = _customer(body.get("customer"))
    store = _text(body, "pickup_store", "", 32)
    payment = body.get("payment")
    if payment not in PAYMENTS:
        raise Unprocessable(f"payment must be one of {', '.join(PAYMENTS)}, got {payment!r}")
    currency = body.get("currency")
    if currency is not None and (not isinstance(currency, str) or not re.fullmatch(r"[A-Z]{3}", currency)):
        raise Unprocessable(f"currency {currency!r}: use an ISO 4217 code such as EUR")
    lines = _lines(body.get("lines"))
    return OrderIn(key, name, email, phone, store, payment, currency, lines)


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
