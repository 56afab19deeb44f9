"""Ship-from-store at the hub (issue 17): where a ship order leaves from, its parts when it is
split, its parcels, and a split order's status derived from its parts.

Routing a ship order (routing.SHIP_RULES) sees every location that may ship (stores and
warehouses, locations/kinds.py) in the order's currency, with its available stock (on hand -
reservations - safety stock, availability.py), its distance from the delivery address and its
daily ship capacity: `storedesk-hub pickup-settings CODE --ship-capacity N` allows N ship orders
routed to the location per day in its own time zone (the orders routed there now whose current
routing was decided there that day: one re-routed away frees its place; a part of a split order
counts as one); a full location is skipped and the reason names it.

Split (the channel sent "allow_split": true and no single location has every line): the parent
order (number W000123) keeps the lines as ordered and takes the status "split"; each part is an
order of its own, routed to one location, numbered "W000123-1", "W000123-2" (nearest location
first), linked by parent_id, with the part's share of the lines (line numbers as in the parent;
a line may be shared between parts). Each part is picked, packed and shipped like any ship order
and re-routed alone when its store rejects a line (it is not split again). Its idempotency key is
" part K of <parent id>" (a leading space: a channel's key is stripped, so it never collides).
The parent's status follows its parts: "split" while one is open, then "shipped" (at least one
part shipped) or "cancelled" (every part cancelled); its lines then say what was shipped
(collected) and what not (cancelled). Cancelling the parent cancels its open parts.
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import replace
from datetime import datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import delete, select, text, update
from sqlalchemy.engine import Connection

from .. import db
from ..feed import add_items
from ..locations.kinds import FULFILMENT
from ..models import stores
from ..times import parse_instant, utc_text, zone
from ..values import milli_text
from . import availability, repo, routing, states
from .models import order_history, order_lines, order_parcels, order_routing, orders, pickup_stores

KINDS = FULFILMENT[states.SHIP]

# Ship orders routed to the location now whose current routing (their latest "route" decision)
# was made there that day: an order re-routed away no longer counts against the first location.
_USED = text(
    "SELECT COUNT(DISTINCT o.id) FROM orders o JOIN order_routing r ON r.order_id = o.id "
    "WHERE o.store = :store AND o.fulfilment = 'ship' AND r.store = :store AND r.action = 'route' "
    "AND r.at >= :start AND r.at < :end "
    "AND r.at = (SELECT MAX(r2.at) FROM order_routing r2 WHERE r2.order_id = o.id AND r2.action = 'route')"
)


def local_day(now: str, tz: str) -> tuple[str, str]:
    """The UTC bounds [start, end) of the location's calendar day at `now`."""
    here = zone(tz)
    day = parse_instant(now).astimezone(here).date()
    start = datetime.combine(day, time(), here)
    end = datetime.combine(day + timedelta(days=1), time(), here)
    return utc_text(start), utc_text(end)


def with_capacity(conn: Connection, cands: list[routing.Candidate], now: str) -> list[routing.Candidate]:
    """The candidates with their ship capacity and how much of it today has used."""
    rows = conn.execute(
        select(pickup_stores.c.store, pickup_stores.c.ship_capacity, stores.c.timezone)
        .join(stores, stores.c.code == pickup_stores.c.store)
        .where(pickup_stores.c.ship_capacity.is_not(None))
    ).all()
    caps = {code: (cap, tz) for code, cap, tz in rows}
    out = []
    for c in cands:
        if c.code in caps:
            cap, tz = caps[c.code]
            start, end = local_day(now, tz)
            used = int(conn.execute(_USED, {"store": c.code, "start": start, "end": end}).scalar_one())
            c = replace(c, ship_capacity=cap, ship_used=used)
        out.append(c)
    return out


def _origin(order: dict) -> tuple | None:
    where = json.loads(order["delivery"] or "{}")
    return (Decimal(where["lat"]), Decimal(where["lon"])) if "lat" in where else None


def _candidates(conn: Connection, order: dict, skus: list[str], split: bool) -> list[routing.Candidate]:
    """Locations that may ship, in the order's currency. For a split every location holding one of
    the SKUs counts (one query per SKU, merged); else only those holding all of them."""
    if not split:
        cands = availability.candidates(conn, skus, exclude_order=order["id"], kinds=KINDS)
    else:
        merged: dict[str, routing.Candidate] = {}
        for sku in skus:
            for c in availability.candidates(conn, [sku], exclude_order=order["id"], kinds=KINDS):
                had = merged.get(c.code, c)
                merged[c.code] = replace(
                    had, on_hand={**had.on_hand, **c.on_hand}, reserved={**had.reserved, **c.reserved}
                )
        cands = [merged[code] for code in sorted(merged)]
    currency: dict[str, str] = dict(conn.exec_driver_sql("SELECT code, currency FROM stores").fetchall())
    return [c for c in cands if currency.get(c.code) == order["currency"]]


def decide(conn: Connection, order: dict, need: routing.Need, now: str, part: bool = False) -> routing.Decision:
    """Where a ship order (or a part: never split again) leaves from, by routing.SHIP_RULES."""
    need = replace(need, chosen=None, origin=_origin(order), allow_split=bool(order["allow_split"]) and not part)
    cands = with_capacity(conn, _candidates(conn, order, list(need.skus), need.allow_split), now)
    return routing.route(need, cands, routing.SHIP_RULES)


# --------------------------------------------------------------------------- split
def _share(lines: list[dict], take: dict) -> list[dict]:
    """A part's lines: `take` (sku -> milli) spread over the parent's lines of each SKU, in order."""
    want = dict(take)
    out = []
    for ln in lines:
        q = min(repo.remaining(ln), want.get(ln["sku"], 0))
        if q <= 0:
            continue
        want[ln["sku"]] -= q
        out.append(
            {
                **ln,
                "quantity_milli": q,
                "picked_milli": 0,
                "rejected_milli": 0,
                "reject_reason": None,
                "collected_milli": 0,
                "cancelled_milli": 0,
            }
        )
    return out


def make_parts(
    conn: Connection, parent: dict, lines: list[dict], d: routing.Decision, now: str, batch=None
) -> list[dict]:
    """Write one order per part of the split decision `d`, each routed to its location and fed
    to it. Returns the parts."""
    parts = []
    for k, (store, take) in enumerate(d.parts, start=1):
        part_lines = _share(lines, take)
        total = repo.total_minor(part_lines)
        part = {
            **{key: parent[key] for key in parent if key in orders.c},
            "id": uuid.uuid4().hex,
            "no": None,
            "number": f"{parent['number']}-{k}",
            "idempotency_key": f" part {k} of {parent['id']}",
            "pickup_store": None,
            "store": store,
            "status": states.ROUTED,
            "version": 2,
            "total_minor": total,
            "paid_minor": total,
            "pickup_code": f"{secrets.randbelow(10**6):06d}",
            "created_at": now,
            "updated_at": now,
            "allow_split": False,
            "parent_id": parent["id"],
            "part": k,
            "conflict": None,
        }
        what = ", ".join(f"{sku} {milli_text(q)}" for sku, q in sorted(take.items()))
        reason = f"part {k} of {parent['number']}: {what} from {store}"
        conn.execute(orders.insert(), part)
        for ln in part_lines:
            ln["order_id"] = part["id"]
        db.insert_many(conn, order_lines, part_lines)
        history = [
            (1, None, states.CREATED, f"split from {parent['number']}"),
            (2, states.CREATED, states.ROUTED, reason),
        ]
        db.insert_many(
            conn,
            order_history,
            [repo.history_row(part["id"], v, frm, to, states.HUB, "hub", now, now, why) for v, frm, to, why in history],
        )
        conn.execute(
            order_routing.insert().values(
                order_id=part["id"], at=now, rule=d.rule, action=routing.ROUTE, store=store, reason=reason
            )
        )
        add_items(conn, [(store, None, "order", repo.feed_order(part, part_lines))], now)
        if batch is not None:
            batch.reserve(store, part_lines)
        parts.append(part)
    return parts


def split(conn: Connection, order: dict, lines: list[dict], d: routing.Decision, now: str, event_id=None) -> dict:
    """An order already stored (waiting for a transfer) becomes a split parent with its parts."""
    order = repo.record(conn, order, states.SPLIT, states.HUB, "hub", now, now, d.reason, event_id=event_id, store=None)
    make_parts(conn, order, lines, d, now)
    return order


def parts_of(conn: Connection, parent_id: str) -> list[dict]:
    q = select(orders).where(orders.c.parent_id == parent_id).order_by(orders.c.part)
    return [dict(r._mapping) for r in conn.execute(q)]


def after_change(conn: Connection, order: dict, now: str, event_id: str | None = None) -> None:
    """A part changed: when every part of its parent is final, the parent becomes shipped (some
    part shipped) or cancelled, and its lines say what was shipped (collected) and what not."""
    if not order.get("parent_id") or order["status"] not in states.FINAL:
        return
    parent = repo.load(conn, order["parent_id"], lock=True)
    parts = parts_of(conn, order["parent_id"])
    if parent is None or parent["status"] != states.SPLIT or any(p["status"] not in states.FINAL for p in parts):
        return
    shipped: dict[int, int] = {}
    for p in parts:
        for ln in repo.lines_of(conn, p["id"]):
            shipped[ln["line"]] = shipped.get(ln["line"], 0) + ln["collected_milli"]
    lines = repo.lines_of(conn, parent["id"])
    for ln in lines:
        ln["collected_milli"] = shipped.get(ln["line"], 0)
        ln["cancelled_milli"] = ln["quantity_milli"] - ln["collected_milli"]
        conn.execute(
            update(order_lines)
            .where(order_lines.c.order_id == parent["id"], order_lines.c.line == ln["line"])
            .values(collected_milli=ln["collected_milli"], cancelled_milli=ln["cancelled_milli"])
        )
    to = states.SHIPPED if any(p["status"] == states.SHIPPED for p in parts) else states.CANCELLED
    each = ", ".join(f"{p['number']} {p['status']}" for p in parts)
    total = repo.total_minor(lines)
    repo.record(
        conn,
        parent,
        to,
        states.HUB,
        "hub",
        now,
        now,
        f"every part is final: {each}",
        event_id=event_id,
        total_minor=total,
    )


# --------------------------------------------------------------------------- parcels
def save_parcels(conn: Connection, order_id: str, parcels: list[dict], status: str, at: str) -> None:
    """The order's parcels as the store reports them (absolute: the list replaces the one held);
    packed_at is kept from the first packing, shipped_at set when shipped."""
    packed = {
        r.number: r.packed_at for r in conn.execute(select(order_parcels).where(order_parcels.c.order_id == order_id))
    }
    conn.execute(delete(order_parcels).where(order_parcels.c.order_id == order_id))
    rows = [
        {
            "order_id": order_id,
            "number": p["number"],
            "weight_g": p["weight_g"],
            "carrier": p.get("carrier"),
            "tracking": p.get("tracking"),
            "packed_at": packed.get(p["number"]) or at,
            "shipped_at": at if status == states.SHIPPED else None,
        }
        for p in parcels
    ]
    db.insert_many(conn, order_parcels, rows)
