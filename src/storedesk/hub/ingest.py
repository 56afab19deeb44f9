"""Apply a batch of station events: each exactly once, each on its own.

Idempotency: the event id is the primary key of `events`. A repeat with the same kind and
payload (same SHA-256) gets the first answer ("duplicate", or the first "rejected" with its
reason); the same id with another payload gets "conflict" and changes nothing. Rejections are
stored too (a repeat gets the same answer), except for kinds this hub cannot handle yet.

Transactions: the batch runs in ONE database transaction and commits once, so 500 events cost
one disk flush (SQLite, synchronous=FULL) instead of 500 — and nothing is answered before it
is durable. Inside it, the outcome is exactly that of one transaction per event, in order:
  1. decide each event in Python, top to bottom (_decide): a repeat? a kind this hub applies?
     its documents the token's (ownership.check)? then its feature's pydantic model: OWN's
     validate (sales/events.py, stock/movements.py, shifts/events.py) gives the rows, or
     Invalid with the reason; the kinds of handlers.HANDLERS validate inside their handler;
  2. fast path: write every row of the batch under one SAVEPOINT, a few multi-row INSERTs;
  3. if the database refuses anything there (a unique key taken by another process since our
     lookup, or a clash between two events of the batch), roll back that savepoint and apply
     the events one by one, each under its own SAVEPOINT: a failing event rolls back only
     itself and is answered as a repeat or rejected with the reason.
If the database aborts the whole transaction (a PostgreSQL deadlock), nothing of it was kept
and db.run_write retries the batch, which then sees the other process's rows as repeats.

Race safety across processes: the INSERT of the event id is the arbiter. A concurrent insert
of the same id waits for the other transaction, then fails on the primary key; the event is
then re-read and answered as a repeat. On PostgreSQL each batch first takes advisory locks on
its event ids in sorted order (db.lock_keys), so two processes given the same events in
opposite orders queue instead of deadlocking.
"""

from __future__ import annotations

import hashlib
import json
from collections import namedtuple
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DataError, IntegrityError

from ..sync.wire import EVENT_KINDS
from . import db, handlers, ownership, request_log
from .feed import add_items
from .models import events, stores
from .sales import events as sale_events
from .shifts import events as shift_events
from .stock import ledger, movements
from .times import parse_instant, utcnow_text, zone
from .validation import Invalid, StoreFacts

ACCEPTED, DUPLICATE, REJECTED, CONFLICT = "accepted", "duplicate", "rejected", "conflict"
LATER = "later"  # a known kind this hub does not handle yet: answered "rejected", not stored
DEFERRED = "deferred"  # valid so far; a feature's handler (handlers.py) validates and applies it


class Rows(Protocol):
    """What a kind of OWN validates a payload into (its feature module: sales/events.py, ...)."""

    @property
    def occurred_at(self) -> str | None: ...  # the event's time, business day and document number

    @property
    def business_date(self) -> date | None: ...

    @property
    def doc_ref(self) -> str | None: ...

    def tables(self, event_id: str) -> list[tuple[Table, list[dict]]]: ...

    def clash(self, conn: Connection) -> str | None: ...


# Kinds written by the fast path (multi-row INSERTs): kind -> validate(payload, store, station) -> Rows.
# Other kinds are applied by handlers.HANDLERS; the rest of wire.EVENT_KINDS are answered
# "rejected" WITHOUT being stored, so the same event is accepted once the hub learns them.
OWN: dict[str, Callable[[Any, StoreFacts, str], Rows]] = {
    "sale": sale_events.validate,
    "stock_movements": movements.validate,
    "shift_close": shift_events.validate,
}
HANDLED = tuple(OWN)
FEEDS_OTHERS = ("stock_movements",)  # kinds whose rows become feed items

# What a repeat is compared with: the stored event's hash, status, reason and time.
Prior = namedtuple("Prior", "id payload_sha256 status reason received_at")
PRIOR_COLS = (events.c.id, events.c.payload_sha256, events.c.status, events.c.reason, events.c.received_at)


@dataclass(frozen=True)
class EventIn:
    id: str
    kind: str
    payload: Any
    created_at: str | None = None


@dataclass(frozen=True)
class Result:
    id: str
    status: str
    reason: str = ""

    def as_dict(self) -> dict:
        return {"id": self.id, "status": self.status, "reason": self.reason}


def canonical(payload) -> str:
    """Sorted keys, compact separators: the station's canonical JSON (domain/journal.py)."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def payload_hash(kind: str, text: str) -> str:
    return hashlib.sha256(f"{kind}\n{text}".encode()).hexdigest()


def load_store(conn: Connection, code: str) -> StoreFacts:
    row = conn.execute(select(stores.c.code, stores.c.currency, stores.c.timezone).where(stores.c.code == code)).one()
    return StoreFacts(row.code, row.currency, zone(row.timezone))


def ingest(engine: Engine, store: str, station: str, batch: list[EventIn]) -> list[Result]:
    """Apply `batch` for the station (store, station); one Result per event, in order."""
    feed = any(ev.kind in FEEDS_OTHERS or ev.kind in handlers.HANDLERS for ev in batch)
    results = db.run_write(engine, lambda conn: _ingest(conn, store, station, batch), feed=feed)
    request_log.log_rejected(store, station, batch, results)  # after the batch is durable: once per batch
    return results


def _ingest(conn: Connection, store_code: str, station: str, batch: list[EventIn]) -> list[Result]:
    db.lock_keys(conn, [ev.id for ev in batch])
    store = load_store(conn, store_code)
    now = utcnow_text()
    texts = [canonical(ev.payload) for ev in batch]
    digests = [payload_hash(ev.kind, t) for ev, t in zip(batch, texts, strict=True)]
    if any(ev.kind in handlers.HANDLERS for ev in batch):
        return _one_by_one(conn, store, station, batch, texts, digests, now)
    try:
        with conn.begin_nested():
            return _fast(conn, store, station, batch, texts, digests, now)
    except (IntegrityError, DataError, Invalid):
        pass  # rolled back to before the batch: redo it event by event
    return _one_by_one(conn, store, station, batch, texts, digests, now)


# --------------------------------------------------------------------------- deciding
def _repeat(event_id: str, prior, digest: str) -> Result:
    if prior.payload_sha256 != digest:
        return Result(
            event_id,
            CONFLICT,
            f"event id already used for a different payload (first received "
            f"{prior.received_at}); send new facts under a new id",
        )
    if prior.status == REJECTED:
        return Result(event_id, REJECTED, prior.reason)
    return Result(event_id, DUPLICATE, f"already {prior.status} at {prior.received_at}")


def _decide(store: StoreFacts, station: str, ev: EventIn, held) -> tuple[str, Any]:
    """(ACCEPTED, rows) | (DEFERRED, None) | (REJECTED, reason) | (LATER, reason), top to bottom:
    a kind this hub applies, a valid created_at, the documents are the token's (every kind: DESIGN
    rule 11), then the kind's own model (OWN) or its handler, later. `held(ids)`: the stored
    movements among `ids` (stock/movements.py)."""
    if ev.kind not in EVENT_KINDS:
        return REJECTED, f"unknown event kind {ev.kind!r}"
    if ev.kind not in OWN and ev.kind not in handlers.HANDLERS:
        return LATER, (
            f"this hub does not handle {ev.kind!r} events yet; the event was not stored, send it "
            f"again (same id) once the hub is upgraded"
        )
    try:
        if ev.created_at is not None:
            try:
                parse_instant(ev.created_at)
            except ValueError as exc:
                raise Invalid(f"created_at: {exc}") from None
        ownership.check(ev.kind, ev.payload, store.code, station)
        if ev.kind in handlers.HANDLERS:
            return DEFERRED, None
        rows = OWN[ev.kind](ev.payload, store, station)
        if isinstance(rows, movements.MovementRows):
            movements.fresh(rows, held([m["id"] for m in rows.movements]))
        return ACCEPTED, rows
    except Invalid as exc:
        return REJECTED, str(exc)


def _known(conn, batch: list[EventIn]) -> dict:
    return {r.id: Prior(*r) for r in conn.execute(select(*PRIOR_COLS).where(events.c.id.in_({ev.id for ev in batch})))}


def _event_row(
    store: StoreFacts,
    station: str,
    ev: EventIn,
    text: str,
    digest: str,
    now: str,
    status: str,
    reason: str = "",
    rows=None,
) -> dict:
    created = ev.created_at if isinstance(ev.created_at, str) and len(ev.created_at) <= 40 else None
    return {
        "id": ev.id,
        "kind": ev.kind,
        "store": store.code,
        "station": station,
        "created_at": created,
        "occurred_at": getattr(rows, "occurred_at", None),
        "business_date": getattr(rows, "business_date", None),
        "doc_ref": getattr(rows, "doc_ref", None),
        "payload": text,
        "payload_sha256": digest,
        "status": status,
        "reason": reason,
        "received_at": now,
    }


# --------------------------------------------------------------------------- fast path
def _fast(conn, store, station, batch, texts, digests, now) -> list[Result]:
    """Decide every event, then write the whole batch with one multi-row INSERT per table."""
    known = _known(conn, batch)
    held = movements.held_in_db(
        conn, [i for ev in batch if ev.kind == "stock_movements" for i in movements.ids_in(ev.payload)]
    )
    out, ev_rows, accepted = [], [], []
    for ev, text, digest in zip(batch, texts, digests, strict=True):
        prior = known.get(ev.id)
        if prior is not None:
            out.append(_repeat(ev.id, prior, digest))
            continue
        status, what = _decide(store, station, ev, lambda ids: held)
        if status == LATER:
            out.append(Result(ev.id, REJECTED, what))
            continue
        reason = what if status == REJECTED else ""
        ev_rows.append(
            _event_row(store, station, ev, text, digest, now, status, reason, what if status == ACCEPTED else None)
        )
        if status == ACCEPTED:
            accepted.append((ev, what))
            for m in getattr(what, "movements", ()):  # now held, for later events of this batch
                held[m["id"]] = (ev.id, movements.content(m))
        known[ev.id] = Prior(ev.id, digest, status, reason, now)  # a later repeat in the batch
        out.append(Result(ev.id, status, reason))
    _write(conn, ev_rows, accepted, now)
    return out


def _write(conn, ev_rows: list[dict], accepted: list[tuple[EventIn, Rows]], now: str) -> None:
    """The events' rows, then each table's rows of the accepted events, one multi-row INSERT per
    table (in order of first appearance, so a sale comes before its lines), then their feed items."""
    by_table: dict[Table, list[dict]] = {events: ev_rows}
    items, moved = [], []
    for ev, rows in accepted:
        for table, table_rows in rows.tables(ev.id):
            by_table.setdefault(table, []).extend(table_rows)
        if isinstance(rows, movements.MovementRows):
            items += rows.feed()
            moved += rows.movements
    for table, table_rows in by_table.items():
        db.insert_many(conn, table, table_rows)
    for _, rows in accepted:  # what a document changes beyond its rows (a sale's points, gift cards)
        apply = getattr(rows, "apply", None)
        if apply is not None:
            apply(conn)
    ledger.add_to_balances(conn, moved)  # on-hand kept with the ledger, in this transaction
    add_items(conn, items, now)


# --------------------------------------------------------------------------- one by one
def _one_by_one(conn, store, station, batch, texts, digests, now) -> list[Result]:
    known = _known(conn, batch)
    out = []
    for ev, text, digest in zip(batch, texts, digests, strict=True):
        prior = known.get(ev.id)
        if prior is not None:
            out.append(_repeat(ev.id, prior, digest))
            continue
        result, stored = _apply(conn, store, station, ev, text, digest, now)
        if stored:  # a later event of this batch with the same id is a repeat of it
            known[ev.id] = Prior(ev.id, digest, result.status, result.reason, now)
        out.append(result)
    return out


def _apply(conn, store: StoreFacts, station: str, ev: EventIn, text: str, digest: str, now: str) -> tuple[Result, bool]:
    """One event under its own SAVEPOINT. Returns (answer, whether this call stored the event)."""
    status, what = _decide(store, station, ev, lambda ids: movements.held_in_db(conn, ids))
    if status == LATER:
        return Result(ev.id, REJECTED, what), False
    if status == REJECTED:
        return _reject(conn, store, station, ev, text, digest, now, what)
    if status == DEFERRED:
        return _apply_deferred(conn, store, station, ev, text, digest, now)
    try:
        with conn.begin_nested():
            _write(conn, [_event_row(store, station, ev, text, digest, now, ACCEPTED, rows=what)], [(ev, what)], now)
    except Invalid as exc:  # refused by what it changes (none today: a sale's refused gift card load is recorded)
        return _reject(conn, store, station, ev, text, digest, now, str(exc))
    except (IntegrityError, DataError) as exc:
        prior = _prior(conn, ev.id)
        if prior is not None:  # another request or process stored this id first
            return _repeat(ev.id, prior, digest), False
        return _reject(conn, store, station, ev, text, digest, now, what.clash(conn) or _refused(exc))
    return Result(ev.id, ACCEPTED), True


def _apply_deferred(
    conn, store: StoreFacts, station: str, ev: EventIn, text: str, digest: str, now: str
) -> tuple[Result, bool]:
    """A kind of handlers.HANDLERS: the event row, then the feature's own rows, in one SAVEPOINT."""
    try:
        with conn.begin_nested():
            conn.execute(events.insert(), _event_row(store, station, ev, text, digest, now, ACCEPTED))
            handlers.handler(ev.kind)(conn, store, station, ev.id, ev.payload, now)
    except Invalid as exc:
        return _reject(conn, store, station, ev, text, digest, now, str(exc))
    except (IntegrityError, DataError) as exc:
        prior = _prior(conn, ev.id)
        if prior is not None:
            return _repeat(ev.id, prior, digest), False
        return _reject(conn, store, station, ev, text, digest, now, _refused(exc))
    return Result(ev.id, ACCEPTED), True


def _prior(conn, event_id: str):
    row = conn.execute(select(*PRIOR_COLS).where(events.c.id == event_id)).first()
    return Prior(*row) if row else None


def _reject(conn, store, station, ev: EventIn, text: str, digest: str, now: str, reason: str) -> tuple[Result, bool]:
    """Store the rejection too, so a repeat of the same event gets the same answer."""
    try:
        with conn.begin_nested():
            conn.execute(events.insert(), _event_row(store, station, ev, text, digest, now, REJECTED, reason))
    except IntegrityError:
        prior = _prior(conn, ev.id)
        if prior is not None:
            return _repeat(ev.id, prior, digest), False
        raise
    return Result(ev.id, REJECTED, reason), True


def _refused(exc: Exception) -> str:
    """The database's own words, when no feature could say which fact was already recorded."""
    return f"the database refused the event: {str(getattr(exc, 'orig', exc)).splitlines()[0]}"
