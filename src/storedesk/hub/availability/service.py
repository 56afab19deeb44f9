"""Available to promise, per SKU and location: on hand - reserved - safety stock (GET /v1/availability).

on hand   stock_balances (the ledger's sum, kept with every insert: stock/ledger.py)
reserved  what open orders routed to the location still have to hand over or ship
          (orders/availability.reserved: a sum over order_lines' sku index)
safety    the location's safety stock (pickup_stores; `--safety-stock`), kept back per SKU
Only what can be promised is listed: a location appears under a SKU when its available
quantity is above zero. A SKU the catalog does not know is listed with nothing available.

Speed (issue 17: p95 <= 20 ms for 50 SKUs across 1,000 locations and 10,000,000 ledger rows,
benchmarks/availability.py): four indexed reads (catalog, locations, reservations, balances of
the SKUs) through the driver's cursor, each location's distance and rank worked out once, and
the answer written as JSON text directly (render.py): an answer holds thousands of entries.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy.engine import Connection

from ..locations.kinds import FULFILMENT
from ..orders.availability import DEFAULT_SAFETY_MILLI, reserved
from ..orders.routing import EARTH_KM
from .query import AvailabilityQuery, Near

_LOCATIONS = (
    "SELECT s.code, s.name, s.kind, s.lat, s.lon, p.safety_stock_milli "
    "FROM stores s LEFT JOIN pickup_stores p ON p.store = s.code"
)


@dataclass
class Location:
    code: str
    name: str
    kind: str
    lat: str | None
    lon: str | None
    safety_milli: int
    distance: float | None = None  # float-ok: km from `near`, never money
    rank: int = 0  # the listing order: nearest first with `near`, else by code


@dataclass
class SkuAvailability:
    sku: str
    known: bool
    # (rank, location, available, on hand, reserved) in milli, listing order; available > 0
    entries: list[tuple[int, Location, int, int, int]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(e[2] for e in self.entries)


@dataclass
class Availability:
    query: AvailabilityQuery
    skus: list[SkuAvailability]

    def listed(self) -> list[Location]:
        """The locations named under some SKU, by code."""
        seen = {e[1].code: e[1] for s in self.skus for e in s.entries}
        return [seen[c] for c in sorted(seen)]


@lru_cache(maxsize=4096)
def _point(lat: str, lon: str) -> tuple[float, float, float]:  # float-ok: for distances only
    """A location's (latitude, longitude, cos latitude) in radians, worked out once per process."""
    p = math.radians(float(lat))  # float-ok
    return p, math.radians(float(lon)), math.cos(p)  # float-ok


def _km(near: tuple[float, float, float], lat: str, lon: str) -> float:  # float-ok: km
    """routing.haversine_km, with each point's trigonometry done once."""
    p1, l1, c1 = near
    p2, l2, c2 = _point(lat, lon)
    a = math.sin((p2 - p1) / 2) ** 2 + c1 * c2 * math.sin((l2 - l1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def _rows(conn: Connection, sql: str, params: tuple = ()) -> list[tuple]:
    """Plain tuples from the driver's cursor, in the connection's transaction (thousands of rows:
    SQLAlchemy's row objects would cost more than the database's reading)."""
    cur = conn.connection.cursor()
    try:
        cur.execute(sql, params)
        return list(cur.fetchall())
    finally:
        cur.close()


def _marks(conn: Connection, n: int) -> str:
    return ", ".join(["?" if conn.dialect.name == "sqlite" else "%s"] * n)


def _locations(conn: Connection, kinds: tuple[str, ...], near: Near | None) -> dict[str, Location]:
    places = []
    here = None if near is None else _point(near.lat_text, near.lon_text)
    for code, name, kind, lat, lon, safety in _rows(conn, _LOCATIONS):
        if kind in kinds:
            loc = Location(code, name, kind, lat, lon, DEFAULT_SAFETY_MILLI if safety is None else int(safety))
            if here is not None and lat is not None and lon is not None:
                loc.distance = _km(here, lat, lon)
            places.append(loc)
    if near is None:
        places.sort(key=lambda p: p.code)
    else:
        places.sort(key=lambda p: (p.distance is None, p.distance or 0.0, p.code))
    for rank, p in enumerate(places):
        p.rank = rank
    return {p.code: p for p in places}


def availability(conn: Connection, q: AvailabilityQuery) -> Availability:
    """What each location of the query's fulfilment can promise of each of its SKUs."""
    marks = _marks(conn, len(q.skus))
    known = {r[0] for r in _rows(conn, f"SELECT sku FROM products WHERE sku IN ({marks})", tuple(q.skus))}
    out = {s: SkuAvailability(s, s in known) for s in q.skus}
    wanted = [s for s in q.skus if s in known]
    if wanted:
        places = _locations(conn, FULFILMENT[q.fulfilment], q.near)
        held: dict[str, dict[str, int]] = {}  # sku -> {location: milli}
        for (code, sku), milli in reserved(conn, wanted).items():
            held.setdefault(sku, {})[code] = milli
        sql = (
            "SELECT sku, store, on_hand_milli FROM stock_balances "
            f"WHERE sku IN ({_marks(conn, len(wanted))}) AND on_hand_milli > 0"
        )
        where, none = places.get, dict[str, int]()
        for sku, code, on_hand in _rows(conn, sql, tuple(wanted)):
            loc = where(code)
            if loc is None or on_hand <= loc.safety_milli:  # nothing to promise, whatever is reserved
                continue
            taken = held.get(sku, none).get(code, 0)
            free = on_hand - taken - loc.safety_milli
            if free > 0:
                out[sku].entries.append((loc.rank, loc, free, on_hand, taken))
        for s in out.values():
            s.entries.sort(key=lambda e: e[0])
    return Availability(q, list(out.values()))
