"""GET /v1/availability's parameters, checked strictly: a refusal names what is wrong and how to
fix it (the web shop's developer reads it, in English), and nothing is read before they pass.

    sku=A&sku=B...      1 to MAX_SKUS SKUs (a repeat counts once); each 1-64 characters
    near=LAT,LON        optional: decimal degrees, -90..90 and -180..180
    fulfilment=pickup   stores only (a warehouse cannot hand an order over); ship (the default):
                        stores and warehouses
    limit=N             optional, 1 to MAX_LIMIT: each SKU lists its N first locations only (nearest
                        first with `near`); its "available" is still the total of every location
Any other parameter is refused (a misspelt `fulfillment` would otherwise be ignored silently).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import Unprocessable
from ..locations.kinds import FULFILMENT
from ..values import parse_decimal

MAX_SKUS = 100
MAX_SKU_LEN = 64
MAX_LIMIT = 1000
NAMES = ("sku", "near", "fulfilment", "limit")
DEFAULT_FULFILMENT = "ship"


@dataclass(frozen=True)
class Near:
    lat: float  # float-ok: a distance's input, never money
    lon: float  # float-ok
    lat_text: str
    lon_text: str


@dataclass(frozen=True)
class AvailabilityQuery:
    skus: list[str]
    fulfilment: str
    near: Near | None
    limit: int | None = None


def parse_query(items: list[tuple[str, str]]) -> AvailabilityQuery:
    """The query string's (name, value) pairs, checked; Unprocessable (422) with the reason."""
    unknown = sorted({name for name, _ in items if name not in NAMES})
    if unknown:
        raise Unprocessable(f"unknown parameter {', '.join(unknown)}: use sku, near, fulfilment and limit")
    skus = list(dict.fromkeys(v for name, v in items if name == "sku"))
    if not skus:
        raise Unprocessable("give at least one sku (sku=A&sku=B...)")
    if len(skus) > MAX_SKUS:
        raise Unprocessable(f"at most {MAX_SKUS} SKUs per call, {len(skus)} were given: split the request")
    bad = [s for s in skus if not s or len(s) > MAX_SKU_LEN or s != s.strip()]
    if bad:
        raise Unprocessable(f"sku {bad[0]!r} is not a SKU (1 to {MAX_SKU_LEN} characters, no surrounding spaces)")
    fulfilment, near = _fulfilment(_one(items, "fulfilment")), _near(_one(items, "near"))
    return AvailabilityQuery(skus, fulfilment, near, _limit(_one(items, "limit")))


def _limit(value: str | None) -> int | None:
    if value is None:
        return None
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= MAX_LIMIT:
        raise Unprocessable(f"limit {value!r}: give a whole number of locations per SKU, 1 to {MAX_LIMIT}")
    return int(value)


def _one(items: list[tuple[str, str]], name: str) -> str | None:
    values = [v for n, v in items if n == name]
    if len(values) > 1:
        raise Unprocessable(f"give {name} once")
    return values[0] if values else None


def _fulfilment(value: str | None) -> str:
    if value is None:
        return DEFAULT_FULFILMENT
    if value not in FULFILMENT:
        raise Unprocessable(f"fulfilment {value!r}: use pickup or ship")
    return value


def _near(value: str | None) -> Near | None:
    if value is None:
        return None
    lat_text, comma, lon_text = value.partition(",")
    if not comma:
        raise Unprocessable(f"near {value!r}: give LAT,LON in decimal degrees, e.g. near=48.8566,2.3522")
    out = []
    for text, limit, what in ((lat_text.strip(), 90, "latitude"), (lon_text.strip(), 180, "longitude")):
        try:
            degrees = parse_decimal(text)
        except ValueError:
            raise Unprocessable(
                f"near {value!r}: the {what} {text!r} is not a decimal number of degrees (e.g. near=48.8566,2.3522)"
            ) from None
        if not -limit <= degrees <= limit:
            raise Unprocessable(f"near {value!r}: the {what} {text} is outside -{limit}..{limit}")
        out.append((float(degrees), text))  # float-ok: a distance's input
    (lat, lat_t), (lon, lon_t) = out
    return Near(lat, lon, lat_t, lon_t)
