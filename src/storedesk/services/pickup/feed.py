"""Web orders arriving from the hub's feed ("order", "order_status" items; sync/feed_kinds.py
names the appliers). Each item is checked field by field (BadItem quarantines a malformed one);
a version not newer than the one held changes nothing; a central cancellation or expiry marks
the order so the desk stops before handing it over."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ...adapters.repositories import to_milli
from ...domain import pickup as dp
from ...domain.journal import canonical_json
from ...i18n import Message, msg
from ...sync.feed_items import BadItem
from ..context import utcnow

if TYPE_CHECKING:
    from ...adapters.uow import Tx

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.:]{0,63}$")
_QTY = re.compile(r"^\d{1,7}(\.\d{1,3})?$")
# Statuses the hub may send in "order"/"order_status" items (its table: created -> routed -> ...).
HUB_STATES = dp.STATES + ("created", "needs_transfer")


def _text(data: dict, key: str, limit: int = 200, required: bool = True) -> str:
    v = data.get(key)
    if v is None and not required:
        return ""
    if not isinstance(v, str) or (required and not v.strip()) or len(v) > limit:
        raise BadItem(f"{key}: expected {'a non-empty ' if required else ''}text of at most {limit} characters")
    return v.strip()


def _minor(data: dict, key: str) -> int:
    v = data.get(key)
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise BadItem(f"{key}: expected a non-negative integer of minor units")
    return v


def _optional_instant(data: dict, key: str) -> str | None:
    return None if data.get(key) is None else _instant(data, key)


def _instant(data: dict, key: str) -> str:
    v = data.get(key)
    if not isinstance(v, str):
        raise BadItem(f"{key}: expected an ISO 8601 time")
    try:
        t = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        raise BadItem(f"{key}: {v!r} is not an ISO 8601 time") from None
    if t.tzinfo is None:
        raise BadItem(f"{key}: a time needs its UTC offset")
    return t.astimezone(UTC).isoformat(timespec="microseconds")


def _version(data: dict) -> int:
    v = data.get("version")
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise BadItem("version: expected a non-negative integer")
    return v


def _order_id(data: dict) -> str:
    oid = data.get("order_id")
    if isinstance(oid, int) and not isinstance(oid, bool):
        oid = str(oid)
    if not isinstance(oid, str) or not _ID.match(oid):
        raise BadItem("order_id: expected an id (letters, digits, - _ . :)")
    return oid


FULFILMENTS = ("pickup", "ship")
# The delivery address of a ship order (wire.py): field -> (most characters, required)
DELIVERY_FIELDS = {
    "name": (120, True),
    "line1": (200, True),
    "line2": (200, False),
    "postcode": (20, True),
    "city": (100, True),
    "country": (2, True),
    "phone": (40, False),
    "email": (200, False),
    "lat": (24, False),  # where the channel placed the address (decimal text): the hub routes by it
    "lon": (24, False),
}


def _fulfilment(data: dict) -> tuple[str, str | None]:
    """ "fulfilment" (absent: pickup) and, for "ship", its delivery address as canonical JSON; a
    ship order without a whole address is refused (quarantined), as any bad item."""
    fulfilment = data.get("fulfilment", "pickup")
    if fulfilment not in FULFILMENTS:
        raise BadItem(f"fulfilment: expected one of {', '.join(FULFILMENTS)}")
    raw = data.get("delivery")
    if fulfilment == "pickup":
        if raw is not None:
            raise BadItem("delivery: a pickup order has no delivery address (null or absent)")
        return fulfilment, None
    if not isinstance(raw, dict):
        raise BadItem("delivery: a ship order needs its delivery address (an object)")
    unknown = sorted(set(raw) - set(DELIVERY_FIELDS))
    if unknown:
        raise BadItem(f"delivery: unknown field(s) {', '.join(unknown)}")
    address = {}
    for key, (limit, required) in DELIVERY_FIELDS.items():
        value = _text(raw, key, limit, required=required)
        if value:
            address[key] = value
    if not re.fullmatch(r"[A-Z]{2}", address["country"]):
        raise BadItem("delivery country: expected an ISO 3166 code of two capital letters")
    if "@" not in address.get("email", "@"):
        raise BadItem(f"delivery email {address['email']!r} is not an address")
    return fulfilment, canonical_json(address)


def parse_order(tx: Tx, data: dict, cfg) -> tuple[dict, list[tuple]]:
    """Check a feed "order" item; returns (order fields, lines) or raises BadItem."""
    o: dict[str, Any] = {"order_id": _order_id(data), "number": _text(data, "number", 40)}
    store = data.get("store")
    if store != cfg.store_code:
        raise BadItem(f"order for store {store!r} sent to store {cfg.store_code}")
    o["store"] = store
    o["channel"] = _text(data, "channel", 40, required=False)
    o["created_at"] = _instant(data, "created_at")
    o["due_at"] = _optional_instant(data, "due_at")
    customer = data.get("customer")
    if not isinstance(customer, dict):
        raise BadItem("customer: expected an object with name, email, phone")
    o["name"] = _text(customer, "name", 120)
    o["email"] = _text(customer, "email", 200, required=False)
    if o["email"] and "@" not in o["email"]:
        raise BadItem(f"customer email {o['email']!r} is not an address")
    o["phone"] = _text(customer, "phone", 40, required=False)
    o["phone_digits"] = dp.digits(o["phone"])
    if data.get("currency") != cfg.currency:
        raise BadItem(f"currency {data.get('currency')!r} is not this store's {cfg.currency}")
    o["currency"] = cfg.currency
    if data.get("payment") not in dp.PAYMENTS:
        raise BadItem(f"payment: expected one of {', '.join(dp.PAYMENTS)}")
    o["payment"] = data["payment"]
    o["paid_minor"] = _minor(data, "paid_minor")
    o["total_minor"] = _minor(data, "total_minor")
    code = dp.normalise_code(_text(data, "pickup_code", 40))
    if not code:
        raise BadItem("pickup_code: empty")
    o["pickup_code"] = code
    status = data.get("status")
    if status not in HUB_STATES:
        raise BadItem(f"status {status!r} is not an order status")
    o["hub_status"] = status
    o["version"] = _version(data)
    o["fulfilment"], o["delivery"] = _fulfilment(data)
    raw_lines = data.get("lines")
    if not isinstance(raw_lines, list) or not raw_lines or len(raw_lines) > 500:
        raise BadItem("lines: expected 1 to 500 lines")
    lines, seen = [], set()
    for raw in raw_lines:
        if not isinstance(raw, dict):
            raise BadItem("lines: each line must be an object")
        no = raw.get("line")
        if not isinstance(no, int) or isinstance(no, bool) or no < 1 or no in seen:
            raise BadItem(f"line number {no!r}: expected distinct positive integers")
        seen.add(no)
        sku = _text(raw, "sku", 40)
        pid = tx.feed.product_id(sku)
        if pid is None:
            raise BadItem(f"line {no}: unknown SKU {sku} at this store")
        qty = raw.get("quantity")
        if not isinstance(qty, str) or not _QTY.match(qty.strip()):
            raise BadItem(f"line {no}: quantity must be a decimal string with at most 3 decimals")
        milli = to_milli(Decimal(qty.strip()))
        if milli <= 0:
            raise BadItem(f"line {no}: quantity must be more than zero")
        given = raw.get("name")
        name = given if isinstance(given, str) and given.strip() else sku
        lines.append((no, pid, sku, name.strip()[:200], milli, _minor(raw, "unit_price_minor")))
    return o, lines


def apply_order_item(tx: Tx, data: dict, cfg, now: str) -> None:
    """Feed "order": a web order routed to this store, or a newer version of one."""
    o, lines = parse_order(tx, data, cfg)
    existing = tx.pickup.get(o["order_id"])
    if existing is None:
        hub = o["hub_status"]
        o["status"] = hub if hub in dp.STATES else dp.ROUTED
        tx.pickup.insert_order(o, now)
        tx.pickup.insert_lines(o["order_id"], lines)
        tx.pickup.add_history(
            o["order_id"],
            o["status"],
            o["created_at"],
            "hub",
            "hub",
            f"order {o['number']} received from {o['channel'] or 'the hub'}",
        )
        return
    if o["version"] <= existing.version:
        return  # seen already: applying a page twice changes nothing
    if o["fulfilment"] != existing.fulfilment:
        raise BadItem(f"order {o['order_id']} is a {existing.fulfilment} order here: its fulfilment cannot change")
    tx.pickup.update_header(o, now)
    if existing.status == dp.ROUTED:
        tx.pickup.replace_lines(o["order_id"], lines)
    if o["hub_status"] in dp.CENTRAL_STATES:
        central_change(tx, existing, o["hub_status"], now, "hub", "", o["version"])


def apply_order_status_item(tx: Tx, data: dict, cfg, now: str) -> None:
    """Feed "order_status": a central change (the customer cancelled online, the hub expired it)."""
    oid = _order_id(data)
    status = data.get("status")
    if status not in HUB_STATES:
        raise BadItem(f"status {status!r} is not an order status")
    at = _instant(data, "at")
    by = _text(data, "by", 80, required=False) or "hub"
    reason = data.get("reason") or ""
    if not isinstance(reason, str):
        raise BadItem("reason: expected text")
    version = _version(data)
    existing = tx.pickup.get(oid)
    if existing is None:
        raise BadItem(f'order {oid} is not known at this station (its "order" item has not arrived)')
    if version <= existing.version:
        return
    if status in dp.CENTRAL_STATES:
        central_change(tx, existing, status, at, by, reason[:300], version)
    else:
        # what another station of this store did (or the hub's own step): shown in the history;
        # the order's status here follows this station's own work only
        tx.pickup.set_version(oid, version)
        tx.pickup.add_history(oid, status, at, by, "hub", reason[:300])


def central_change(tx: Tx, order, status: str, at: str, by: str, reason: str, version: int) -> Message | None:
    """Cancel or expire an order from the hub. Returns the message to show, or None."""
    if order.status in (dp.COLLECTED, dp.PARTIAL):
        tx.pickup.set_version(order.id, version)
        tx.pickup.add_history(
            order.id,
            status,
            at,
            by,
            "hub",
            f"arrived after the handover; the order stays {order.status} ({reason})".strip(),
        )
        return None
    if order.status in (dp.CANCELLED, dp.EXPIRED):
        tx.pickup.set_version(order.id, version)
        return None
    tx.pickup.set_status(order.id, status, utcnow(), status_reason=reason, version=version)
    tx.pickup.add_history(order.id, status, at, by, "hub", reason)
    stop = _stopped(status, order.number, by, reason)
    if order.ready_at:
        return msg("pickup", "{stop} Its items are set aside: put them back on the shelf (Return to shelf).", stop=stop)
    return stop


def _stopped(status: str, number: str, by: str, reason: str) -> Message:
    """The hub stopped the order: one whole sentence per state, with the hub's reason if it gave one."""
    if status == dp.EXPIRED:
        if reason:
            return msg(
                "pickup",
                "Order {number} was expired by {by} ({reason}): do not hand it over.",
                number=number,
                by=by,
                reason=reason,
            )
        return msg("pickup", "Order {number} was expired by {by}: do not hand it over.", number=number, by=by)
    if reason:
        return msg(
            "pickup",
            "Order {number} was cancelled by {by} ({reason}): do not hand it over.",
            number=number,
            by=by,
            reason=reason,
        )
    return msg("pickup", "Order {number} was cancelled by {by}: do not hand it over.", number=number, by=by)
