"""Order rows: load, number, record a status change (with its history row), and the JSON shapes
the feed and GET /v1/orders/{id} send. Every change goes through `record`, so every change is
versioned, timestamped and attributed, and checked against the state table.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from ..times import parse_instant, utc_text
from ..values import milli_text
from . import states
from .intake import PAID_IN_STORE
from .models import order_history, order_lines, order_parcels, order_routing, orders

ORDER_ID = re.compile(r"^[0-9a-f]{32}$")
NUMBER_PREFIX = "W"


def number_of(no: int) -> str:
    return f"{NUMBER_PREFIX}{no:06d}"


_MAX_NO = select(func.coalesce(func.max(orders.c.no), 0))


def next_no(conn: Connection) -> int:
    """Max + 1: order creation runs under the feed lock (db.write_tx(feed=True)), one at a time."""
    return int(conn.execute(_MAX_NO).scalar_one()) + 1  # coalesce: one row, never NULL


def load(conn: Connection, order_id: str, lock: bool = False) -> dict | None:
    q = select(orders).where(orders.c.id == order_id)
    if lock and conn.dialect.name == "postgresql":
        q = q.with_for_update()
    row = conn.execute(q).first()
    return dict(row._mapping) if row else None


def find(conn: Connection, ref: str) -> dict | None:
    """By order id (32 hex) or by number (W000123)."""
    if ORDER_ID.match(ref):
        return load(conn, ref)
    row = conn.execute(select(orders).where(orders.c.number == ref.upper())).first()
    return dict(row._mapping) if row else None


def lines_of(conn: Connection, order_id: str) -> list[dict]:
    return [
        dict(r._mapping)
        for r in conn.execute(
            select(order_lines).where(order_lines.c.order_id == order_id).order_by(order_lines.c.line)
        )
    ]


def remaining(line: dict) -> int:
    """What the store still has to hand over on this line."""
    return line["quantity_milli"] - line["cancelled_milli"] - line["collected_milli"]


def line_total(quantity_milli: int, unit_price_minor: int) -> int:
    """Quantity x unit price, half up to the minor unit (0.25 kg at 249 -> 62)."""
    return int((Decimal(quantity_milli) * unit_price_minor / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def total_minor(lines: list[dict]) -> int:
    """Worth of what is not cancelled (to hand over, or handed over)."""
    return sum(line_total(ln["quantity_milli"] - ln["cancelled_milli"], ln["unit_price_minor"]) for ln in lines)


def plus_days(at: str, days: int) -> str:
    return utc_text(parse_instant(at) + timedelta(days=days))


def record(
    conn: Connection,
    order: dict,
    to: str,
    actor_kind: str,
    actor: str,
    at: str,
    now: str,
    reason: str = "",
    user: str | None = None,
    event_id: str | None = None,
    check: bool = True,
    **changes,
) -> dict:
    """Move `order` to `to` (checked against states.TRANSITIONS unless it is the hub changing
    the content of an order without a status change), bump its version, write a history row.
    Returns the updated order dict."""
    frm = order["status"]
    if check and not (frm == to and actor_kind == states.HUB):
        states.check(frm, to, actor_kind)
    version = order["version"] + 1
    values = {"status": to, "version": version, "updated_at": now, **changes}
    conn.execute(update(orders).where(orders.c.id == order["id"]).values(**values))
    add_history(conn, order, version, to, actor_kind, actor, at, now, reason, user, event_id)
    return {**order, **values}


def add_history(
    conn: Connection,
    order: dict,
    version: int,
    to: str,
    actor_kind: str,
    actor: str,
    at: str,
    now: str,
    reason: str,
    user: str | None = None,
    event_id: str | None = None,
) -> None:
    """One row of the order's history: from its status (as `order` has it) to `to`, at `version`;
    `at` when it happened, `now` when the hub learnt it."""
    conn.execute(
        order_history.insert().values(
            **history_row(order["id"], version, order["status"], to, actor_kind, actor, at, now, reason, user, event_id)
        )
    )


def history_row(
    order_id: str,
    version: int,
    frm: str | None,
    to: str,
    actor_kind: str,
    actor: str,
    at: str,
    now: str,
    reason: str,
    user: str | None = None,
    event_id: str | None = None,
) -> dict:
    """The order_history row of one step, as every writer of the history makes it."""
    return {
        "order_id": order_id,
        "version": version,
        "at": at,
        "recorded_at": now,
        "from_status": frm,
        "to_status": to,
        "actor_kind": actor_kind,
        "actor": actor[:200],
        "user_name": (user or None) and user[:64],
        "event_id": event_id,
        "reason": reason,
    }


# --------------------------------------------------------------------------- JSON shapes


def paid_in_store(order: dict) -> dict | None:
    """Which till's sale paid a till's order (store_orders.py), or None for a channel's order."""
    if order.get("payment") != PAID_IN_STORE:
        return None
    return {
        "store": order["channel"].partition(":")[2],
        "station": order["sale_station"],
        "sale_ref": order["sale_ref"],
    }


def feed_order(order: dict, lines: list[dict]) -> dict:
    """The feed's "order" item (wire.py), plus the additive fields documented in __init__. A till's
    order goes to the desk as "paid_online" (already paid: nothing to take there), with "paid_in_store"."""
    till = paid_in_store(order)
    out = {
        "order_id": order["id"],
        "number": order["number"],
        "store": order["store"],
        "channel": order["channel"],
        "created_at": order["created_at"],
        "due_at": order["due_at"],
        "customer": {
            "name": order["customer_name"],
            "email": order["customer_email"],
            "phone": order["customer_phone"],
        },
        "currency": order["currency"],
        "payment": "paid_online" if till else order["payment"],
        "paid_minor": order["paid_minor"],
        "total_minor": order["total_minor"],
        "pickup_code": order["pickup_code"],
        "status": order["status"],
        "version": order["version"],
        "pickup_store": order["pickup_store"],
        "expires_at": order["expires_at"],
        "fulfilment": order.get("fulfilment") or states.PICKUP,
        "delivery": json.loads(order["delivery"]) if order.get("delivery") else None,
        "lines": [
            {
                "line": ln["line"],
                "sku": ln["sku"],
                "name": ln["name"],
                "quantity": milli_text(ln["quantity_milli"] - ln["cancelled_milli"]),
                "ordered": milli_text(ln["quantity_milli"]),
                "unit_price_minor": ln["unit_price_minor"],
            }
            for ln in lines
            if ln["quantity_milli"] - ln["cancelled_milli"] > 0
        ],
    }
    if till:
        out["paid_in_store"] = till
    return out


def feed_status(order: dict, at: str, by: str, reason: str, status: str | None = None, **extra) -> dict:
    """The feed's "order_status" item (wire.py), plus additive fields (store, ...)."""
    return {
        "order_id": order["id"],
        "number": order["number"],
        "status": status or order["status"],
        "at": at,
        "by": by,
        "reason": reason,
        "version": order["version"],
        "store": order["store"],
        **extra,
    }


def routing_json(r) -> dict:
    return {"at": r["at"], "rule": r["rule"], "action": r["action"], "store": r["store"], "reason": r["reason"]}


def history_json(h) -> dict:
    return {
        "version": h["version"],
        "at": h["at"],
        "recorded_at": h["recorded_at"],
        "from": h["from_status"],
        "to": h["to_status"],
        "by": h["actor"],
        "by_kind": h["actor_kind"],
        "user": h["user_name"],
        "event_id": h["event_id"],
        "reason": h["reason"],
    }


def view(conn: Connection, order: dict) -> dict:
    """GET /v1/orders/{id}: the order, its lines, routing decisions, history and any conflict."""
    lines = lines_of(conn, order["id"])
    routing = [
        r._mapping
        for r in conn.execute(
            select(order_routing).where(order_routing.c.order_id == order["id"]).order_by(order_routing.c.id)
        )
    ]
    history = [
        h._mapping
        for h in conn.execute(
            select(order_history).where(order_history.c.order_id == order["id"]).order_by(order_history.c.id)
        )
    ]
    if order.get("fulfilment") != states.SHIP:
        return view_of(order, lines, routing, history)
    parcels = [
        {k: r._mapping[k] for k in PARCEL_KEYS}
        for r in conn.execute(
            select(order_parcels).where(order_parcels.c.order_id == order["id"]).order_by(order_parcels.c.number)
        )
    ]
    family = select(orders).where(orders.c.parent_id == order["id"]).order_by(orders.c.part)
    parts = [_part_json(conn, dict(r._mapping)) for r in conn.execute(family)]
    parent = load(conn, order["parent_id"]) if order.get("parent_id") else None
    ship = {
        "parcels": parcels,
        "parts": parts,
        "parent": {"order_id": parent["id"], "number": parent["number"]} if parent else None,
    }
    return view_of(order, lines, routing, history, ship)


PARCEL_KEYS = ("number", "weight_g", "carrier", "tracking", "packed_at", "shipped_at")


def _part_json(conn: Connection, part: dict) -> dict:
    parcels = conn.execute(
        select(order_parcels).where(order_parcels.c.order_id == part["id"]).order_by(order_parcels.c.number)
    )
    return {
        "order_id": part["id"],
        "number": part["number"],
        "store": part["store"],
        "status": part["status"],
        "lines": [
            {"line": ln["line"], "sku": ln["sku"], "quantity": milli_text(ln["quantity_milli"] - ln["cancelled_milli"])}
            for ln in lines_of(conn, part["id"])
        ],
        "parcels": [{k: r._mapping[k] for k in PARCEL_KEYS} for r in parcels],
    }


def view_of(order: dict, lines: list[dict], routing: list, history: list, ship: dict | None = None) -> dict:
    """The order as GET shows it. A ship order also has "allow_split", "parcels", "parts" (of a
    split order) and "parent"; its lines say "shipped" (the store's collected column)."""
    out = feed_order(order, lines)
    out.update(
        {
            "status": order["status"],
            "payment": order["payment"],
            "updated_at": order["updated_at"],
            "ready_at": order["ready_at"],
            "idempotency_key": order["idempotency_key"],
            "conflict": order["conflict"],
            "lines": [
                {
                    "line": ln["line"],
                    "sku": ln["sku"],
                    "name": ln["name"],
                    "quantity": milli_text(ln["quantity_milli"]),
                    "unit_price_minor": ln["unit_price_minor"],
                    "picked": milli_text(ln["picked_milli"]),
                    "rejected": milli_text(ln["rejected_milli"]),
                    "reason": ln["reject_reason"],
                    "collected": milli_text(ln["collected_milli"]),
                    "cancelled": milli_text(ln["cancelled_milli"]),
                    "remaining": milli_text(remaining(ln)),
                }
                for ln in lines
            ],
            "routing": [routing_json(r) for r in routing],
            "history": [history_json(h) for h in history],
        }
    )
    if out["fulfilment"] == states.SHIP:
        for row, ln in zip(out["lines"], lines, strict=True):
            row["shipped"] = milli_text(ln["collected_milli"])
        out.update(
            {"allow_split": bool(order["allow_split"]), "parcels": [], "parts": [], "parent": None, **(ship or {})}
        )
    return out
