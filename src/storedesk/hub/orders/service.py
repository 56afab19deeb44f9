"""Use cases of the hub's order desk: create (idempotent per channel and key), route, re-route
after a store rejected lines, cancel. Each runs in one write transaction under the feed lock
(db.run_write(feed=True)): it adds feed items, and order numbers are max + 1.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from decimal import Decimal

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from ...domain.units import unit_of
from ...i18n import msg
from .. import db, errors
from ..feed import add_items
from ..models import products, stores
from ..times import utcnow_text
from ..values import milli_text
from . import availability, notify, repo, routing, ship, states
from .intake import PREPAID, OrderIn, Till, Unprocessable, parse
from .models import order_history, order_lines, order_routing, orders

DUE_DAYS = 1  # an order not ready yet is due (to be ready) a day after it was placed
RULES = routing.DEFAULT_RULES
# the status a routing decision gives a new order (anything else: needs_transfer)
TO = {routing.ROUTE: states.ROUTED, routing.CANCEL: states.CANCELLED, routing.SPLIT: states.SPLIT}


class KeyReused(errors.Conflict):
    """The idempotency key was used with another body (HTTP 409)."""


class NotAllowed(errors.Forbidden):
    """The caller may not act on this order (HTTP 403)."""


class NotFound(errors.NotFound, LookupError):
    """No such order (HTTP 404)."""


class NotPromised(errors.Conflict):
    """A till's order no location can promise (HTTP 409): nothing is created, the till sells nothing."""


def request_hash(body: dict) -> str:
    rest = {k: v for k, v in body.items() if k != "idempotency_key"}
    text = json.dumps(rest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def create(engine: Engine, channel: str, body, header_key: str | None = None, rules=None) -> tuple[int, dict]:
    """(201, order view) for a new order, (200, the same view) for a repeat of its key."""
    order_in = parse(body, header_key)
    digest = request_hash(body)
    try:
        return db.run_write(
            engine, lambda conn: create_in_tx(conn, channel, order_in, digest, rules or RULES), feed=True
        )
    except IntegrityError:  # the same key, committed by another process meanwhile
        with db.read_conn(engine) as conn:
            replay = replay_of(conn, channel, order_in.idempotency_key, digest)
        if replay is None:
            raise
        return replay


MAX_BATCH = 500


def create_many(engine: Engine, channel: str, bodies: object, rules=None) -> list[tuple[int, dict]]:
    """Several orders in ONE transaction (one disk flush), each under its own SAVEPOINT: one
    bad order is answered 422/409 and the others still go in. Same answers as `create`."""
    if not isinstance(bodies, list) or not 1 <= len(bodies) <= MAX_BATCH:
        raise Unprocessable(f"orders must be a list of 1..{MAX_BATCH} orders")
    parsed: list[tuple[OrderIn, str] | Unprocessable] = []
    for i, body in enumerate(bodies, start=1):
        try:
            parsed.append((parse(body, None), request_hash(body)))
        except Unprocessable as exc:
            parsed.append(Unprocessable(f"orders[{i}]: {exc}"))

    def work(conn):
        out = []
        batch = availability.Batch(conn)
        for item in parsed:
            if isinstance(item, Unprocessable):
                out.append((422, {"detail": str(item)}))
                continue
            try:
                with conn.begin_nested():
                    out.append(create_in_tx(conn, channel, item[0], item[1], rules or RULES, batch))
            except Unprocessable as exc:
                out.append((exc.status, {"detail": exc.detail}))
            except KeyReused as exc:
                out.append((exc.status, {"detail": exc.detail}))
        return out

    return db.run_write(engine, work, feed=True)


# Built once (the hot path of every order): Core then only looks its compiled form up.
_BY_KEY = select(orders).where(orders.c.channel == bindparam("c"), orders.c.idempotency_key == bindparam("k"))
_STORE = select(stores.c.code, stores.c.currency).where(stores.c.code == bindparam("s"))
_CATALOG = select(products.c.sku, products.c.name, products.c.unit).where(
    products.c.sku.in_(bindparam("skus", expanding=True))
)


def replay_of(conn: Connection, channel: str, key: str, digest: str) -> tuple[int, dict] | None:
    row = conn.execute(_BY_KEY, {"c": channel, "k": key}).first()
    if row is None:
        return None
    if row.request_sha256 != digest:
        raise KeyReused(
            f"idempotency key {key!r} was already used for another order ({row.number}, created "
            f"{row.created_at}); use a new key for a new order"
        )
    return 200, repo.view(conn, dict(row._mapping))


def create_in_tx(
    conn: Connection,
    channel: str,
    o: OrderIn,
    digest: str,
    rules,
    batch: availability.Batch | None = None,
    till: Till | None = None,
) -> tuple[int, dict]:
    """Write the order routed (201), or answer a repeat of its key (200). A till's order (`till`)
    has the station's id and its sale, and is refused (NotPromised) when no location can take it."""
    replay = replay_of(conn, channel, o.idempotency_key, digest)
    if replay is not None:
        return replay
    currency = _currency_of(conn, o, batch)
    known = {r.sku: r for r in conn.execute(_CATALOG, {"skus": sorted({ln.sku for ln in o.lines})})}
    _check_units(o, known)
    names = {sku: r.name for sku, r in known.items()}
    now = utcnow_text()
    no = batch.no + 1 if batch is not None and batch.no is not None else repo.next_no(conn)
    lines = [
        {
            "order_id": None,
            "line": ln.line,
            "sku": ln.sku,
            "name": ln.name or names.get(ln.sku, ln.sku),
            "quantity_milli": ln.quantity_milli,
            "unit_price_minor": ln.unit_price_minor,
            "picked_milli": 0,
            "rejected_milli": 0,
            "reject_reason": None,
            "collected_milli": 0,
            "cancelled_milli": 0,
        }
        for ln in o.lines
    ]
    total = repo.total_minor(lines)
    order_id = till.order_id if till else uuid.uuid4().hex
    order = {
        "id": order_id,
        "no": no,
        "number": repo.number_of(no),
        "channel": channel,
        "idempotency_key": o.idempotency_key,
        "request_sha256": digest,
        "pickup_store": o.pickup_store,
        "store": None,
        "status": states.CREATED,
        "version": 1,
        "currency": currency,
        "payment": o.payment,
        "total_minor": total,
        "paid_minor": total if o.payment in PREPAID else 0,
        "customer_name": o.name,
        "customer_email": o.email,
        "customer_phone": o.phone,
        "pickup_code": f"{secrets.randbelow(10**6):06d}",
        "created_at": now,
        "updated_at": now,
        "due_at": repo.plus_days(now, DUE_DAYS),
        "ready_at": None,
        "expires_at": None,
        "conflict": None,
        "fulfilment": o.fulfilment,
        "delivery": o.delivery_json(),
        "allow_split": o.allow_split,
        "part": None,
        "parent_id": None,
        "sale_station": till.station if till else None,
        "sale_ref": till.sale_ref if till else None,
    }
    # Decide first, then write the order as routed in one go (the hot path: few statements).
    d = decide(conn, order, lines, rules=rules, batch=batch, now=now)
    to = TO.get(d.action, states.NEEDS_TRANSFER)
    if till is not None and to in (states.NEEDS_TRANSFER, states.CANCELLED):
        raise NotPromised(_not_promised(o))
    states.check(states.CREATED, to, states.HUB)
    actor, placed = (till.actor, till.placed) if till else (f"channel {channel}", "order placed")
    history = [
        repo.history_row(order_id, 1, None, states.CREATED, states.CHANNEL, actor, now, now, placed),
        repo.history_row(order_id, 2, states.CREATED, to, states.HUB, "hub", now, now, d.reason),
    ]
    order.update(status=to, version=2, store=d.store)
    if to == states.CANCELLED:
        for ln in lines:
            ln["cancelled_milli"] = ln["quantity_milli"]
        order["total_minor"] = order["paid_minor"] = 0
    conn.execute(orders.insert(), order)
    for ln in lines:
        ln["order_id"] = order["id"]
    db.insert_many(conn, order_lines, lines)
    db.insert_many(conn, order_history, history)
    decision = {
        "order_id": order["id"],
        "at": now,
        "rule": d.rule,
        "action": d.action,
        "store": d.store,
        "reason": d.reason,
    }
    db.insert_many(conn, order_routing, [decision])
    if to != states.CANCELLED:  # the customer hears that the order was received (notify.py)
        notify.queue(conn, order, "received", now)
    if to == states.ROUTED:
        add_items(conn, [(d.store, None, "order", repo.feed_order(order, lines))], now)
    if to == states.SPLIT:
        ship.make_parts(conn, order, lines, d, now, batch)
    if batch is not None:
        batch.no = no
        if to == states.ROUTED:
            assert d.store is not None, "a route decision always names its store (routing.apply_rule)"
            batch.reserve(d.store, lines)
    if to == states.SPLIT:
        return 201, repo.view(conn, order)
    return 201, repo.view_of(order, lines, [decision], history)


def _not_promised(o: OrderIn):
    if o.fulfilment == states.SHIP:
        return msg("hub", "No store or warehouse can promise every line of this delivery now: nothing was ordered")
    return msg("hub", "No store can promise every line of this order for collection now: nothing was ordered")


def _currency_of(conn: Connection, o: OrderIn, batch: availability.Batch | None) -> str:
    """The order's currency: a ship order's own (some location must sell in it), else the pickup
    store's (a currency sent must be that one)."""
    if o.fulfilment == states.SHIP:
        assert o.currency is not None, "intake requires it for a ship order"
        known = batch.currencies.values() if batch is not None else _currencies(conn)
        if o.currency not in known:
            raise Unprocessable(f"currency {o.currency}: no location of this hub sells in it")
        return o.currency
    if batch is not None:
        currency = batch.currencies.get(o.pickup_store or "")
    else:
        found = conn.execute(_STORE, {"s": o.pickup_store}).first()
        currency = found.currency if found else None
    if currency is None:
        raise Unprocessable(f"pickup_store {o.pickup_store!r} is not a store of this hub")
    if o.currency is not None and o.currency != currency:
        raise Unprocessable(f"currency {o.currency} is not the currency of store {o.pickup_store} ({currency})")
    return currency


def _currencies(conn: Connection) -> set[str]:
    return {r.currency for r in conn.execute(select(stores.c.currency).distinct())}


def _check_units(o: OrderIn, known: dict) -> None:
    """Each line in its product's unit (domain/units.py): pieces whole, weighed or measured goods
    to their decimals. A SKU the hub's catalog does not know is taken as sent."""
    for ln in o.lines:
        row = known.get(ln.sku)
        if row is None or unit_of(row.unit).allows(Decimal(ln.quantity_milli).scaleb(-3)):
            continue
        unit = unit_of(row.unit)
        rule = (
            "is sold by the piece: send a whole number"
            if unit.whole_only
            else f"is sold in {unit.code}: at most {unit.decimals} decimals"
        )
        raise Unprocessable(f"lines[{ln.line}].quantity {milli_text(ln.quantity_milli)}: {ln.sku} {rule}")


def _need(order: dict, lines: list[dict], excluded=frozenset()) -> routing.Need:
    skus: dict[str, int] = {}
    for ln in lines:
        if repo.remaining(ln) > 0:
            skus[ln["sku"]] = skus.get(ln["sku"], 0) + repo.remaining(ln)
    return routing.Need(skus, order["pickup_store"], frozenset(excluded))


def decide(
    conn: Connection,
    order: dict,
    lines: list[dict],
    excluded=frozenset(),
    rules=None,
    batch: availability.Batch | None = None,
    now: str | None = None,
    allow_split: bool = True,
) -> routing.Decision:
    """Where `order` goes by the rules. A ship order: ship.decide (SHIP_RULES; split only when the
    channel allowed it, `allow_split` here is true and it is not already a part)."""
    need = _need(order, lines, excluded)
    if order.get("fulfilment") == states.SHIP:
        part = bool(order.get("parent_id")) or not allow_split
        return ship.decide(conn, order, need, now or utcnow_text(), part=part)
    cands = availability.candidates(
        conn, list(need.skus), exclude_order=order["id"], chosen=order["pickup_store"], batch=batch
    )
    return routing.route(need, cands, rules or RULES)


def log_decision(conn: Connection, order_id: str, now: str, d: routing.Decision) -> None:
    """Keep the routing decision in the order's routing log (GET /v1/orders/{id} shows it)."""
    conn.execute(
        order_routing.insert().values(
            order_id=order_id, at=now, rule=d.rule, action=d.action, store=d.store, reason=d.reason
        )
    )


def route(
    conn: Connection,
    order: dict,
    lines: list[dict],
    now: str,
    excluded=frozenset(),
    rules=None,
    event_id: str | None = None,
) -> dict:
    """Route (or re-route) `order` by the rules; record the decision; feed the store. Returns the
    updated order."""
    d = decide(conn, order, lines, excluded, rules, now=now)
    log_decision(conn, order["id"], now, d)
    if d.action == routing.ROUTE:
        order = routed(conn, order, d, d.reason, now, event_id)
        add_items(conn, [(d.store, None, "order", repo.feed_order(order, lines))], now)
    elif d.action == routing.SPLIT:
        order = ship.split(conn, order, lines, d, now, event_id)
    elif d.action == routing.CANCEL:
        order = cancel_in_tx(conn, order, lines, states.HUB, "hub", d.reason, now, event_id=event_id)
    else:
        order = repo.record(
            conn, order, states.NEEDS_TRANSFER, states.HUB, "hub", now, now, d.reason, event_id=event_id, store=None
        )
    return order


def routed(
    conn: Connection, order: dict, d: routing.Decision, reason: str, now: str, event_id: str | None = None
) -> dict:
    """The hub routes `order` to the decision's store: a fresh start there (not ready, no expiry)."""
    return repo.record(
        conn,
        order,
        states.ROUTED,
        states.HUB,
        "hub",
        now,
        now,
        reason,
        event_id=event_id,
        store=d.store,
        ready_at=None,
        expires_at=None,
    )


def cancel_in_tx(
    conn: Connection,
    order: dict,
    lines: list[dict],
    actor_kind: str,
    actor: str,
    reason: str,
    now: str,
    event_id: str | None = None,
    at: str | None = None,
) -> dict:
    """Cancel what is left of `order`; tell its store (order_status "cancelled")."""
    order = repo.record(conn, order, states.CANCELLED, actor_kind, actor, at or now, now, reason, event_id=event_id)
    for ln in lines:
        left = repo.remaining(ln)
        if left > 0:
            ln["cancelled_milli"] += left
            conn.execute(
                update(order_lines)
                .where(order_lines.c.order_id == order["id"], order_lines.c.line == ln["line"])
                .values(cancelled_milli=ln["cancelled_milli"])
            )
    total = repo.total_minor(lines)
    conn.execute(update(orders).where(orders.c.id == order["id"]).values(total_minor=total))
    order["total_minor"] = total
    if order["store"]:
        add_items(
            conn, [(order["store"], None, "order_status", repo.feed_status(order, at or now, actor, reason))], now
        )
    ship.after_change(conn, order, now, event_id)
    return order


def cancel(engine: Engine, channel: str, ref: str, reason: str) -> dict:
    """The customer cancelled online (channel token). Refused (states.Refused) once collected,
    cancelled or expired."""

    def work(conn):
        found = repo.find(conn, ref)
        if found is None:
            raise NotFound(f"no order {ref!r}")
        if found["channel"] != channel:
            raise NotAllowed(f"order {found['number']} was placed by another channel")
        order = repo.load(conn, found["id"], lock=True)
        assert order is not None, "found in this transaction, and orders are never deleted"
        if order["status"] == states.SPLIT:
            return _cancel_parts(conn, order, channel, reason)
        lines = repo.lines_of(conn, order["id"])
        order = cancel_in_tx(
            conn,
            order,
            lines,
            states.CHANNEL,
            f"channel {channel}",
            reason or "cancelled by the customer",
            utcnow_text(),
        )
        return repo.view(conn, order)

    return db.run_write(engine, work, feed=True)


def _cancel_parts(conn: Connection, parent: dict, channel: str, reason: str) -> dict:
    """The customer cancelled a split order: each part not shipped yet is cancelled (its store is
    told); the parent follows (ship.after_change)."""
    now = utcnow_text()
    for part in ship.parts_of(conn, parent["id"]):
        if part["status"] not in states.FINAL:
            lines = repo.lines_of(conn, part["id"])
            why = reason or f"{parent['number']} cancelled by the customer"
            cancel_in_tx(conn, part, lines, states.CHANNEL, f"channel {channel}", why, now)
    order = repo.load(conn, parent["id"])
    assert order is not None, "orders are never deleted"
    return repo.view(conn, order)
