"""Apply a batch of station events: each exactly once, each on its own.

Idempotency: the event id is the primary key of `events`. A repeat with the same kind and
payload (same SHA-256) gets the first answer ("duplicate", or the first "rejected" with its
reason); the same id with another payload gets "conflict" and changes nothing. Rejections are
stored too (a repeat gets the same answer), except for kinds this hub cannot handle yet.

Transactions: the batch runs in ONE database transaction and commits once, so 500 events cost
one disk flush (SQLite, synchronous=FULL) instead of 500 — and nothing is answered before it
is durable. Inside it, the outcome is exactly that of one transaction per event, in order:
  1. decide each event in Python (repeat? valid? which rows?), tracking the batch's own ids;
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
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DataError, IntegrityError

from ..sync.wire import EVENT_KINDS
from . import db, handlers, ownership, request_log, validation
from .feed import add_items
from .models import events, sale_lines, sale_payments, sale_taxes, sales, shift_closes, stock_movements, stores
from .times import parse_instant, utcnow_text, zone
from .validation import Invalid, StoreFacts

ACCEPTED, DUPLICATE, REJECTED, CONFLICT = "accepted", "duplicate", "rejected", "conflict"
LATER = "later"  # a known kind this hub does not handle yet: answered "rejected", not stored
# Kinds this hub validates and projects. The other kinds of wire.EVENT_KINDS are answered
# "rejected" WITHOUT being stored, so the same event is accepted once the hub learns them.
HANDLED = ("sale", "stock_movements", "shift_close")
FEEDS_OTHERS = ("stock_movements",)  # kinds whose rows become feed items
MOVE_KEYS = ("store", "station", "sku", "quantity_milli", "reason", "doc_ref", "at")
CHUNK = 500

# What a repeat is compared with: the stored event's hash, status, reason and time.
Prior = namedtuple("Prior", "id payload_sha256 status reason received_at")
PRIOR_COLS = (events.c.id, events.c.payload_sha256, events.c.status, events.c.reason, events.c.received_at)


@dataclass(frozen=True)
class Deferred:
    """An accepted-so-far event whose kind a feature module applies (handlers.py)."""

    kind: str


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
    except (IntegrityError, DataError):
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
    """(ACCEPTED, rows) | (REJECTED, reason) | (LATER, reason). `held(ids)`: the stored
    movements among `ids`, as {id: (event_id, content tuple)}."""
    if ev.kind not in EVENT_KINDS:
        return REJECTED, f"unknown event kind {ev.kind!r}"
    if ev.kind not in HANDLED and ev.kind not in handlers.HANDLERS:
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
        ownership.check(ev.kind, ev.payload, store.code, station)  # every kind: DESIGN rule 11
        if ev.kind in handlers.HANDLERS:
            return ACCEPTED, Deferred(ev.kind)
        if ev.kind == "sale":
            return ACCEPTED, validation.sale(ev.payload, store, station)
        if ev.kind == "shift_close":
            return ACCEPTED, validation.shift_close(ev.payload, store, station)
        rows = validation.stock_movements(ev.payload, store, station)
        rows.movements = _fresh(rows.movements, held([m["id"] for m in rows.movements]))
        return ACCEPTED, rows
    except Invalid as exc:
        return REJECTED, str(exc)


def _fresh(movements: list[dict], held: dict) -> list[dict]:
    """Movements are a set keyed by their global id: one already held with the same content
    is skipped (stations converge by union); the same id with other content is refused."""
    fresh = []
    for m in movements:
        old = held.get(m["id"])
        if old is None:
            fresh.append(m)
        elif old[1][:2] != (m["store"], m["station"]):  # MOVE_KEYS start with store, station
            raise Invalid(
                f"movement {m['id']} was already received from {ownership.elsewhere(m['store'], old[1][0])}"
                f"; send this movement under a new id"
            )
        elif old[1] != tuple(m[k] for k in MOVE_KEYS):
            raise Invalid(f"movement {m['id']} was already received (event {old[0]}) with other content")
    return fresh


def _held_in_db(conn, ids: list[str]) -> dict:
    out = {}
    for i in range(0, len(ids), CHUNK):
        for r in conn.execute(select(stock_movements).where(stock_movements.c.id.in_(ids[i : i + CHUNK]))):
            out[r.id] = (r.event_id, tuple(getattr(r, k) for k in MOVE_KEYS))
    return out


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
    move_ids = [
        m["id"]
        for ev in batch
        if ev.kind == "stock_movements"
        and isinstance(ev.payload, dict)
        and isinstance(ev.payload.get("movements"), list)
        for m in ev.payload["movements"]
        if isinstance(m, dict) and isinstance(m.get("id"), str)
    ]
    held = _held_in_db(conn, move_ids)
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
                held[m["id"]] = (ev.id, tuple(m[k] for k in MOVE_KEYS))
        known[ev.id] = Prior(ev.id, digest, status, reason, now)  # a later repeat in the batch
        out.append(Result(ev.id, status, reason))
    _write(conn, ev_rows, accepted, now)
    return out


def _write(conn, ev_rows: list[dict], accepted: list[tuple[EventIn, Any]], now: str) -> None:
    sale_rows, line_rows, tax_rows, pay_rows, moves, shifts = [], [], [], [], [], []
    for ev, rows in accepted:  # the rows are this call's own: tag them with the event in place
        if isinstance(rows, validation.ShiftRows):
            shifts.append({**rows.shift, "event_id": ev.id})
        elif isinstance(rows, validation.SaleRows):
            rows.sale["event_id"] = ev.id
            sale_rows.append(rows.sale)
            line_rows += rows.lines
            tax_rows += rows.taxes
            pay_rows += rows.payments
        else:
            for m in rows.movements:
                m["event_id"] = ev.id
            moves += rows.movements
    for table, rows in (
        (events, ev_rows),
        (sales, sale_rows),
        (sale_lines, line_rows),
        (sale_taxes, tax_rows),
        (sale_payments, pay_rows),
        (stock_movements, moves),
        (shift_closes, shifts),
    ):
        db.insert_many(conn, table, rows)
    add_items(
        conn, [(m["store"], m["station"], "stock_movement", validation.movement_feed_data(m)) for m in moves], now
    )


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
    status, what = _decide(store, station, ev, lambda ids: _held_in_db(conn, ids))
    if status == LATER:
        return Result(ev.id, REJECTED, what), False
    if status == REJECTED:
        return _reject(conn, store, station, ev, text, digest, now, what)
    if isinstance(what, Deferred):
        return _apply_deferred(conn, store, station, ev, text, digest, now)
    try:
        with conn.begin_nested():
            _write(conn, [_event_row(store, station, ev, text, digest, now, ACCEPTED, rows=what)], [(ev, what)], now)
    except (IntegrityError, DataError) as exc:
        prior = _prior(conn, ev.id)
        if prior is not None:  # another request or process stored this id first
            return _repeat(ev.id, prior, digest), False
        return _reject(conn, store, station, ev, text, digest, now, _clash_reason(conn, ev.kind, what, exc))
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
        reason = f"the database refused the event: {str(getattr(exc, 'orig', exc)).splitlines()[0]}"
        return _reject(conn, store, station, ev, text, digest, now, reason)
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


def _clash_reason(conn, kind: str, rows, exc: Exception) -> str:
    """Say which fact was already recorded, when a unique constraint refused the event. A fact of
    another store or station is not named (its event id is that store's data)."""
    if kind == "sale":
        sale = rows.sale
        hit = conn.execute(
            select(sales.c.event_id, sales.c.store, sales.c.station).where(sales.c.sale_id == sale["sale_id"])
        ).first()
        if hit:
            return _already(f"sale {sale['sale_id']}", hit, sale["store"], sale["station"])
        hit = conn.execute(
            select(sales.c.event_id).where(
                sales.c.store == sale["store"],
                sales.c.station == sale["station"],
                sales.c.receipt_no == sale["receipt_no"],
            )
        ).first()
        if hit:
            return f"receipt {sale['receipt_no']} was already received in event {hit.event_id}"
    elif kind == "shift_close":
        shift = rows.shift
        hit = conn.execute(
            select(shift_closes.c.event_id).where(
                shift_closes.c.store == shift["store"],
                shift_closes.c.station == shift["station"],
                shift_closes.c.z_no == shift["z_no"],
            )
        ).first()
        if hit:
            return f"Z {shift['z_no']} of this station was already received in event {hit.event_id}"
        hit = conn.execute(
            select(shift_closes.c.event_id, shift_closes.c.store, shift_closes.c.station).where(
                shift_closes.c.shift_id == shift["shift_id"]
            )
        ).first()
        if hit:
            return _already(f"shift {shift['shift_id']}", hit, shift["store"], shift["station"])
    else:
        ids = [m["id"] for m in rows.movements]
        hit = conn.execute(
            select(
                stock_movements.c.id, stock_movements.c.event_id, stock_movements.c.store, stock_movements.c.station
            ).where(stock_movements.c.id.in_(ids))
        ).first()
        if hit:
            return _already(f"movement {hit.id}", hit, rows.movements[0]["store"], rows.movements[0]["station"])
    return f"the database refused the event: {str(getattr(exc, 'orig', exc)).splitlines()[0]}"


def _already(what: str, hit, store: str, station: str) -> str:
    if ownership.belongs(store, station, hit.store, hit.station):
        return f"{what} was already received in event {hit.event_id}"
    return f"{what} was already received from {ownership.elsewhere(store, hit.store)}; send it under a new id"
