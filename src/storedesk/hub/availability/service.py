"""Available to promise, per SKU and location: on hand - reserved - safety stock (GET /v1/availability).

on hand   stock_balances (the ledger's sum, kept with every insert: stock/ledger.py)
reserved  what open orders routed to the location still have to hand over or ship
          (orders/availability.reserved: a sum over order_lines' sku index)
safety    the location's safety stock (pickup_stores; `--safety-stock`), kept back per SKU
Only what can be promised is listed: a location appears under a SKU when its available
quantity is above zero. A SKU the catalog does not know is listed with nothing available.

`limit=N` keeps each SKU's N first locations (nearest first with `near`); the SKU's "available"
stays its total over every location of the fulfilment.

Speed (issue 17: p95 <= 20 ms for 50 SKUs across 1,000 locations and 10,000,000 ledger rows,
benchmarks/availability.py): three indexed reads (catalog, reservations, balances of the SKUs)
through the driver's cursor; the locations are kept between calls (places.py, checked by a
one-row fingerprint); each location's distance and rank worked out once per call; entries are
tuples of plain values (no object per entry: the garbage collector's full passes, triggered by
thousands of young objects, made the slow tail); the answer is written as JSON text directly
(render.py): an answer holds thousands of entries.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from operator import itemgetter

from sqlalchemy.engine import Connection

from ..locations.kinds import FULFILMENT
from ..orders.availability import reserved
from ..orders.routing import EARTH_KM
from . import places as places_
from .places import Kinds, Place, Places
from .query import AvailabilityQuery, Near

# (rank, location code, available, on hand, reserved) in milli; rank is the listing order
Entry = tuple[int, str, int, int, int]


@dataclass
class SkuAvailability:
    sku: str
    known: bool
    entries: list[Entry] = field(default_factory=list)  # listing order; available > 0
    total: int = 0  # available over every location, also those a `limit` leaves out


@dataclass
class Availability:
    query: AvailabilityQuery
    skus: list[SkuAvailability]
    places: Places | None = None  # None when no SKU is known (nothing was read)
    distance: dict[str, float] = field(default_factory=dict)  # float-ok: km from `near` per code

    def listed(self) -> list[Place]:
        """The locations named under some SKU, by code."""
        if self.places is None:
            return []
        codes = {e[1] for s in self.skus for e in s.entries}
        return [self.places.by_code[c] for c in sorted(codes)]


def _distances(here: tuple[float, float, float], chosen: list[Place]) -> dict[str, float]:  # float-ok: km
    """routing.haversine_km from `here` to each location with coordinates, each point's
    trigonometry done once (places.point), the loop kept tight: 1,000 locations per call."""
    p1, l1, c1 = here
    sin, asin, sqrt, twice = math.sin, math.asin, math.sqrt, 2 * EARTH_KM
    out = {}
    for p in chosen:
        if p.point is not None:
            p2, l2, c2 = p.point
            a = sin((p2 - p1) / 2) ** 2 + c1 * c2 * sin((l2 - l1) / 2) ** 2
            out[p.code] = twice * asin(min(1.0, sqrt(a)))
    return out


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


def _ranks(kinds: Kinds, near: Near | None) -> tuple[dict[str, int], dict[str, float]]:
    """Each location's rank (by code, or nearest first) and its distance from `near` in km."""
    if near is None:
        return kinds.by_code, {}
    km = _distances(places_.point(near.lat_text, near.lon_text), kinds.places)
    far = float("inf")  # float-ok: locations without coordinates come last, by code
    order = sorted(kinds.places, key=lambda p: (km.get(p.code, far), p.code))
    return {p.code: i for i, p in enumerate(order)}, km


def _collect(
    rows: list[tuple], out: dict[str, SkuAvailability], safety: dict[str, int], held: dict, rank: dict[str, int]
) -> None:
    """Each balance row (sku, location, on hand) with something to promise, as an entry of its SKU.
    The hot loop of a call (thousands of rows): plain values, lookups bound once per SKU."""
    kept, none = safety.get, dict[str, int]()
    sku_now, taken_of, add = None, none.get, list[Entry]().append
    for sku, code, on_hand in rows:
        if sku != sku_now:  # the index gives the rows SKU by SKU (any order would do)
            sku_now, taken_of, add = sku, held.get(sku, none).get, out[sku].entries.append
        keep = kept(code)
        if keep is None or on_hand <= keep:  # not of this fulfilment, or nothing to promise
            continue
        taken = taken_of(code, 0)
        free = on_hand - taken - keep
        if free > 0:
            add((rank[code], code, free, on_hand, taken))


def availability(conn: Connection, q: AvailabilityQuery) -> Availability:
    """What each location of the query's fulfilment can promise of each of its SKUs."""
    marks = _marks(conn, len(q.skus))
    known = {r[0] for r in _rows(conn, f"SELECT sku FROM products WHERE sku IN ({marks})", tuple(q.skus))}
    out = {s: SkuAvailability(s, s in known) for s in q.skus}
    wanted = [s for s in q.skus if s in known]
    if not wanted:
        return Availability(q, list(out.values()))
    table = places_.current(conn, _rows)
    kinds = table.of_kinds(FULFILMENT[q.fulfilment])
    rank, km = _ranks(kinds, q.near)
    held: dict[str, dict[str, int]] = {}  # sku -> {location: milli reserved}
    for (code, sku), milli in reserved(conn, wanted).items():
        held.setdefault(sku, {})[code] = milli
    sql = (
        "SELECT sku, store, on_hand_milli FROM stock_balances "
        f"WHERE sku IN ({_marks(conn, len(wanted))}) AND on_hand_milli > 0"
    )
    _collect(_rows(conn, sql, tuple(wanted)), out, kinds.safety, held, rank)
    free_of = itemgetter(2)
    for s in out.values():
        s.entries.sort()
        s.total = sum(map(free_of, s.entries))
        if q.limit is not None:
            del s.entries[q.limit :]
    return Availability(q, list(out.values()), table, km)
