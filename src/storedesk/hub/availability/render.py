"""GET /v1/availability's answer as JSON text, written directly: an answer may hold thousands of
(location, quantities) entries, and building a dict per entry for json.dumps cost more than
the database's reads. Every text that comes from data (SKUs, codes, names, coordinates) goes
through json.dumps (each location's fragments are written once and kept: places.py);
quantities are decimal strings of digits, "-" and "." only (qty_text).

    {"fulfilment": "ship", "near": {"lat", "lon"} | null,
     "skus": [{"sku", "known_product", "available",
               "locations": [{"location", "available", "on_hand", "reserved", "safety_stock"}]}],
     "locations": {CODE: {"name", "kind", "lat", "lon"[, "distance_km"]}}}
"""

from __future__ import annotations

import json

from .places import qty_text
from .service import Availability

__all__ = ["qty_text", "to_json"]

_dumps = json.dumps


def _sku(s, heads: dict[str, str]) -> str:
    parts = [
        f'{heads[code]},"available":"{qty_text(free)}","on_hand":"{qty_text(on_hand)}","reserved":"{qty_text(taken)}"}}'
        for _rank, code, free, on_hand, taken in s.entries
    ]
    return (
        f'{{"sku":{_dumps(s.sku, ensure_ascii=False)},"known_product":{"true" if s.known else "false"},'
        f'"available":"{qty_text(s.total)}","locations":[{",".join(parts)}]}}'
    )


def to_json(answer: Availability) -> str:
    q = answer.query
    heads = {} if answer.places is None else answer.places.heads
    skus = ",".join(_sku(s, heads) for s in answer.skus)
    if q.near is None:
        near = "null"
        places = ",".join(f"{p.facts}}}" for p in answer.listed())
    else:
        near = _dumps({"lat": q.near.lat_text, "lon": q.near.lon_text})
        km = answer.distance
        places = ",".join(
            f'{p.facts},"distance_km":"{km[p.code]:.1f}"}}' if p.code in km else f'{p.facts},"distance_km":null}}'
            for p in answer.listed()
        )
    return f'{{"fulfilment":{_dumps(q.fulfilment)},"near":{near},"skus":[{skus}],"locations":{{{places}}}}}'
