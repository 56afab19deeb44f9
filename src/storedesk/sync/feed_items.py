"""Check one feed item before it touches the database: a malformed item is quarantined with
the reason, and the rest of the page still applies (DESIGN rule 10)."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from decimal import Decimal, InvalidOperation

from stdnum import ean

from ..domain.catalog_rows import product_kind
from ..domain.units import parse_unit

_SKU = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.]{0,39}$")
_QTY = re.compile(r"^-?\d{1,7}(\.\d{1,3})?$")


class BadItem(ValueError):
    """The reason an item cannot be applied."""


def _str(data: dict, key: str, limit: int = 200) -> str:
    v = data.get(key)
    if not isinstance(v, str) or not v.strip() or len(v) > limit:
        raise BadItem(f"{key}: expected a non-empty text")
    return v.strip()


def _int(data: dict, key: str) -> int:
    v = data.get(key)
    if not isinstance(v, int) or isinstance(v, bool):
        raise BadItem(f"{key}: expected an integer of minor units, got {type(v).__name__}")
    return v


def product(
    data: object, currency: str, tax_rates: dict[str, Decimal], dated: Mapping[str, Collection[Decimal]] | None = None
) -> dict:
    """A catalog change, checked against this store's currency and VAT rates. `dated`: the rates
    the hub has set for a code from a date on (`storedesk-hub tax set`, past or still to come):
    a product sent before or after such a switch carries one of them, and is not refused for it
    (the station sells at the rate in force for the code, whatever the product item says); a code
    known only by such rates, still to come, is known here too (services/tax_rates.py introduce)."""
    if not isinstance(data, dict):
        raise BadItem("product: expected an object")
    sku = _str(data, "sku", 40)
    if not _SKU.match(sku):
        raise BadItem(f"sku {sku!r} has characters a SKU may not have")
    price = _int(data, "price_minor")
    if price < 0:
        raise BadItem("price_minor: negative price")
    if data.get("currency") != currency:
        raise BadItem(f"currency {data.get('currency')!r} is not this store's {currency}")
    tax_code = _str(data, "tax_code", 8)
    dated_rates = (dated or {}).get(tax_code, ())
    if tax_code not in tax_rates and not dated_rates:
        raise BadItem(f"tax_code {tax_code!r} is unknown at this store")
    try:
        rate = Decimal(str(data.get("tax_rate")))
    except InvalidOperation:
        raise BadItem("tax_rate: not a number") from None
    if rate != tax_rates.get(tax_code) and rate not in dated_rates:
        has = f"this store's rate {tax_rates[tax_code]}" if tax_code in tax_rates else "the rates the hub dated"
        raise BadItem(f"tax_rate {data.get('tax_rate')} differs from {has} for {tax_code}")
    barcodes = data.get("barcodes", [])
    if not isinstance(barcodes, list) or not all(
        isinstance(b, str) and b.isdigit() and ean.is_valid(b) for b in barcodes
    ):
        raise BadItem("barcodes: expected a list of valid EAN/UPC codes")
    category = data.get("category") or ""
    if not isinstance(category, str):
        raise BadItem("category: expected text")
    active = data.get("active", True)
    if not isinstance(active, bool):
        raise BadItem("active: expected true or false")
    checked = {
        "sku": sku,
        "name": _str(data, "name"),
        "price_minor": price,
        "tax_code": tax_code,
        "category": category,
        "active": active,
        "barcodes": barcodes,
    }
    if "unit" in data:  # absent (a hub older than units): the station keeps the product's unit
        try:
            checked["unit"] = parse_unit(data["unit"])
        except ValueError as exc:
            raise BadItem(str(exc)) from None
    if "kind" in data:  # absent (a hub older than gift cards, or never set): the station keeps its kind
        try:
            checked["kind"] = product_kind(data["kind"])
        except (ValueError, AttributeError):
            raise BadItem(f"kind {data['kind']!r} is not one of goods, gift_card") from None
    return checked


def stock_movement(data: object, store: str) -> dict:
    if not isinstance(data, dict):
        raise BadItem("stock_movement: expected an object")
    mid = _str(data, "id", 64)
    if data.get("store") != store:
        raise BadItem(f"movement of store {data.get('store')!r} sent to store {store}")
    qty = data.get("quantity")
    if not isinstance(qty, str) or not _QTY.match(qty):
        raise BadItem("quantity: expected a decimal string with at most 3 decimals")
    milli = int(Decimal(qty) * 1000)
    if milli == 0:
        raise BadItem("quantity: zero")
    return {
        "id": mid,
        "sku": _str(data, "sku", 40),
        "milli": milli,
        "reason": _str(data, "reason", 40),
        "doc_ref": str(data.get("doc_ref") or "")[:80],
        "station": _str(data, "station", 20),
        "at": _str(data, "at", 40),
    }
