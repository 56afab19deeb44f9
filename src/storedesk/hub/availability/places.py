"""The locations GET /v1/availability lists, kept between calls with their JSON text.

Every call needs every location's facts (name, kind, coordinates, safety stock): ~1,000 rows
that change only with add-store, add-warehouse and pickup-settings. Reading and turning them
into objects on each call cost a fifth of the call, and the objects kept Python's garbage
collector busy (its full passes made the slow tail of the timings). So they are read once per
engine and kept, checked on each call by a one-row fingerprint: how many rows `stores` and
`pickup_stores` have and their latest created_at / updated_at (the only writes to them are
add-store and add-warehouse, which add a row, and pickup-settings, which stamps updated_at). A
change made by another process (the CLI) is therefore seen on the next call.

Each location's JSON fragments are written here once (render.py joins them): every text from
data goes through json.dumps.
"""

from __future__ import annotations

import json
import math
import threading
import weakref
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy.engine import Connection, Engine

from ..orders.availability import DEFAULT_SAFETY_MILLI

_LOCATIONS = (
    "SELECT s.code, s.name, s.kind, s.lat, s.lon, p.safety_stock_milli "
    "FROM stores s LEFT JOIN pickup_stores p ON p.store = s.code ORDER BY s.code"
)
_FINGERPRINT = (
    "SELECT (SELECT COUNT(*) FROM stores), (SELECT MAX(created_at) FROM stores), "
    "(SELECT COUNT(*) FROM pickup_stores), (SELECT MAX(updated_at) FROM pickup_stores)"
)


@lru_cache(maxsize=8192)
def qty_text(milli: int) -> str:
    """values.milli_text without Decimal: 2000 -> "2", -250 -> "-0.25" (a test checks they agree)."""
    whole, part = divmod(abs(milli), 1000)
    sign = "-" if milli < 0 else ""
    return f"{sign}{whole}" if not part else f"{sign}{whole}.{part:03d}".rstrip("0")


def _text(value: str | None) -> str:
    """A JSON string, or null."""
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    kind: str
    lat: str | None
    lon: str | None
    safety_milli: int
    point: tuple[float, float, float] | None  # float-ok: (lat, lon, cos lat) in radians, for distances
    head: str  # an entry's start: {"location":CODE,"safety_stock":"N"
    facts: str  # the location's facts, open: CODE:{"name","kind","lat","lon"


def point(lat: str, lon: str) -> tuple[float, float, float]:  # float-ok: for distances only
    p = math.radians(float(lat))  # float-ok
    return p, math.radians(float(lon)), math.cos(p)  # float-ok


def _place(code: str, name: str, kind: str, lat: str | None, lon: str | None, safety: int | None) -> Place:
    milli = DEFAULT_SAFETY_MILLI if safety is None else int(safety)
    where = None if lat is None or lon is None else point(lat, lon)
    head = f'{{"location":{_text(code)},"safety_stock":"{qty_text(milli)}"'
    facts = f'{_text(code)}:{{"name":{_text(name)},"kind":{_text(kind)},"lat":{_text(lat)},"lon":{_text(lon)}'
    return Place(code, name, kind, lat, lon, milli, where, head, facts)


@dataclass(frozen=True)
class Places:
    fingerprint: tuple
    by_code: dict[str, Place]
    heads: dict[str, str] = field(default_factory=dict)  # code -> Place.head
    _kinds: dict[tuple[str, ...], Kinds] = field(default_factory=dict)

    def of_kinds(self, kinds: tuple[str, ...]) -> Kinds:
        """The locations of `kinds` (worked out once per set of kinds)."""
        found = self._kinds.get(kinds)
        if found is None:
            chosen = [p for p in self.by_code.values() if p.kind in kinds]
            safety = {p.code: p.safety_milli for p in chosen}
            found = self._kinds[kinds] = Kinds(chosen, safety, {p.code: i for i, p in enumerate(chosen)})
        return found


@dataclass(frozen=True)
class Kinds:
    places: list[Place]  # by code
    safety: dict[str, int]  # code -> safety stock, milli
    by_code: dict[str, int]  # code -> rank when listed by code


_KEPT: weakref.WeakKeyDictionary[Engine, Places] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def current(conn: Connection, rows) -> Places:
    """The locations as the database has them now (`rows(conn, sql)` reads plain tuples)."""
    fingerprint = tuple(rows(conn, _FINGERPRINT)[0])
    kept = _KEPT.get(conn.engine)
    if kept is not None and kept.fingerprint == fingerprint:
        return kept
    by_code = {r[0]: _place(*r) for r in rows(conn, _LOCATIONS)}
    fresh = Places(fingerprint, by_code, {code: p.head for code, p in by_code.items()})
    with _LOCK:
        _KEPT[conn.engine] = fresh
    return fresh
