"""GET /v1/availability's answer as JSON text, written directly: an answer may hold thousands of
(location, quantities) entries, and building a dict per entry for json.dumps cost more than
the database's reads. Every text that comes from data (SKUs, codes, names, coordinates) goes
through json.dumps; quantities are decimal strings of digits, "-" and "." only (qty_text).

    {"fulfilment": "ship", "near": {"lat", "lon"} | null,
     "skus": [{"sku", "known_product", "available",
               "locations": [{"location", "available", "on_hand", "reserved", "safety_stock"}]}],
     "locations": {CODE: {"name", "kind", "lat", "lon"[, "distance_km"]}}}
"""

from __future__ import annotations

import json
from functools import lru_cache

from .service import Availability, Location

_dumps = json.dumps


@lru_cache(maxsize=8192)
def qty_text(milli: int) -> str:
    """values.milli_text without Decimal: 2000 -> "2", -250 -> "-0.25" (a test checks they agree)."""
    whole, part = divmod(abs(milli), 1000)
    sign = "-" if milli < 0 else ""
    return f"{sign}{whole}" if not part else f"{sign}{whole}.{part:03d}".rstrip("0")


@lru_cache(maxsize=4096)
def _text(value: str | None) -> str:
    """A JSON string (or null) of a value that changes rarely (a code, a name, coordinates)."""
    return "null" if value is None else _dumps(value, ensure_ascii=False)


def _facts(loc: Location, near: bool) -> str:
    head = f'{{"name":{_text(loc.name)},"kind":{_text(loc.kind)},"lat":{_text(loc.lat)},"lon":{_text(loc.lon)}'
    if not near:
        return head + "}"
    return head + (',"distance_km":null}' if loc.distance is None else f',"distance_km":"{loc.distance:.1f}"}}')


def to_json(answer: Availability) -> str:
    q = answer.query
    heads: dict[str, str] = {}  # per location: the start of its entries
    skus = []
    for s in answer.skus:
        parts = []
        for _rank, loc, free, on_hand, taken in s.entries:
            head = heads.get(loc.code)
            if head is None:
                head = heads[loc.code] = (
                    f'{{"location":{_dumps(loc.code)},"safety_stock":"{qty_text(loc.safety_milli)}"'
                )
            parts.append(
                f'{head},"available":"{qty_text(free)}","on_hand":"{qty_text(on_hand)}","reserved":"{qty_text(taken)}"}}'
            )
        skus.append(
            f'{{"sku":{_dumps(s.sku, ensure_ascii=False)},"known_product":{"true" if s.known else "false"},'
            f'"available":"{qty_text(s.total)}","locations":[{",".join(parts)}]}}'
        )
    near = "null" if q.near is None else _dumps({"lat": q.near.lat_text, "lon": q.near.lon_text})
    places = ",".join(f"{_text(loc.code)}:{_facts(loc, q.near is not None)}" for loc in answer.listed())
    return f'{{"fulfilment":{_dumps(q.fulfilment)},"near":{near},"skus":[{",".join(skus)}],"locations":{{{places}}}}}'
