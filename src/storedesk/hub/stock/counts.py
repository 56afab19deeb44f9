"""Event handlers of stock counts scanned from several stations of a store (issue 7),
registered in handlers.HANDLERS.

"count_started" / "count_scans" / "count_closed" (see sync/wire.py for the payloads):
  validated strictly, then relayed UNCHANGED as a feed item of the same name to the store's
  other stations (origin_station = the sender, so it is not sent back). The hub keeps no count
  state beyond the events themselves: stations merge scans by their global id, and only the
  station that started a count (its "origin") approves it and posts the corrections.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from ..feed import add_items
from ..validation import Invalid, StoreFacts, _fields, _instant, _list, _obj, _owner, _quantity, _text, _uuid

HEAD_FIELDS = ("store", "station", "count_id", "doc_no", "kind", "started_at", "origin")
MAX_SCANS = 1000  # per event


def _head(payload, store: StoreFacts, station: str, kind: str, extra: tuple[str, ...] = ()) -> dict:
    p = _obj(payload, "payload")
    _fields(p, HEAD_FIELDS + extra, kind)
    _owner(p, store, station)
    _uuid(p, "count_id", kind)
    _text(p, "doc_no", kind, 64)
    if p["kind"] not in ("cycle", "full"):
        raise Invalid(f"{kind}.kind must be 'cycle' or 'full', got {p['kind']!r}")
    _instant(p, "started_at", kind)
    _text(p, "origin", kind, 32)
    for key, limit in (("note", 200), ("started_by", 64)):
        if key in p:
            _text(p, key, kind, limit, allow_empty=True)
    return p


def _relay(conn: Connection, store: StoreFacts, station: str, kind: str, p: dict, now: str) -> None:
    add_items(conn, [(store.code, station, kind, p)], now)


def apply_count_started(conn: Connection, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    p = _head(payload, store, station, "count_started")
    if p["origin"] != station:
        raise Invalid("count_started.origin must be the station that starts the count")
    _relay(conn, store, station, "count_started", p, now)


def apply_count_scans(conn: Connection, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    p = _head(payload, store, station, "count_scans", ("scans",))
    scans = _list(p, "scans", "count_scans", non_empty=True)
    if len(scans) > MAX_SCANS:
        raise Invalid(f"count_scans.scans: at most {MAX_SCANS} scans per event")
    seen: set[str] = set()
    for i, raw in enumerate(scans, start=1):
        where = f"scans[{i}]"
        sc = _obj(raw, where)
        _fields(sc, ("id", "sku", "quantity", "at", "user"), where)
        sid = _uuid(sc, "id", where)
        if sid in seen:
            raise Invalid(f"{where}.id {sid} appears twice")
        seen.add(sid)
        _text(sc, "sku", where, 64)
        _quantity(sc, "quantity", where)
        _instant(sc, "at", where)
        _text(sc, "user", where, 64)
    _relay(conn, store, station, "count_scans", p, now)


def apply_count_closed(conn: Connection, store: StoreFacts, station: str, event_id: str, payload, now: str) -> None:
    p = _head(payload, store, station, "count_closed", ("status", "at", "user"))
    if p["status"] not in ("approved", "cancelled"):
        raise Invalid(f"count_closed.status must be 'approved' or 'cancelled', got {p['status']!r}")
    if p["origin"] != station:
        raise Invalid("count_closed: only the station that started the count closes it")
    _instant(p, "at", "count_closed")
    _text(p, "user", "count_closed", 64, allow_empty=True)
    _relay(conn, store, station, "count_closed", p, now)
