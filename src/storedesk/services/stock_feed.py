"""Feed items of the store stock feature, applied by the puller (sync/feed_kinds.APPLIERS).

Each applier runs as `fn(tx, data, cfg, now)` inside the item's savepoint; a malformed item
raises BadItem and is quarantined with its reason. Both are idempotent (a page may be
applied twice).

feed "asn" (hub -> every station of the store), an advance shipping notice:
    {"asn_id": "<32 hex>", "store", "number", "supplier", "expected_at" | null,
     "status": "open" | "received" | "cancelled", "received_by_station" | null,
     "lines": [{"sku", "quantity"}]}
    "open": an expected delivery to receive by scanning (replaced while nothing is scanned).
    "received" / "cancelled": another station received it, or the ERP withdrew it: an open
    local copy is closed ("closed_elsewhere") so nobody receives it twice.
feed "transfer" (hub -> every station of the destination store):
    {"transfer_id": "<32 hex>", "number", "from_store", "from_station", "to_store", "at",
     "status": "sent" | "received", "lines": [{"sku", "name", "quantity"}]}
    "sent": an expected delivery (source "transfer", reference = the sender's number); posting
    it writes "transfer_in" movements. "received": another station of this store took it in.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..sync.feed_items import BadItem

_ID = re.compile(r"^[0-9a-f]{32}$")


def _text(data: dict, key: str, limit: int = 100, optional: bool = False) -> str:
    v = data.get(key)
    if v is None and optional:
        return ""
    if not isinstance(v, str) or (not v.strip() and not optional) or len(v) > limit:
        raise BadItem(f"{key}: expected a text of at most {limit} characters")
    return v.strip()


def _id(data: dict, key: str) -> str:
    v = data.get(key)
    if not isinstance(v, str) or not _ID.match(v):
        raise BadItem(f"{key}: expected 32 lowercase hex digits")
    return v


def _lines(tx, data: dict) -> list[tuple[int, int]]:
    raw = data.get("lines")
    if not isinstance(raw, list) or not raw or len(raw) > 5000:
        raise BadItem("lines: expected a non-empty list")
    merged: dict[int, int] = {}
    for i, ln in enumerate(raw, start=1):
        if not isinstance(ln, dict):
            raise BadItem(f"lines[{i}]: expected an object")
        sku = _text(ln, "sku", 64)
        qty = ln.get("quantity")
        try:
            milli = Decimal(qty) * 1000 if isinstance(qty, str) else None
        except InvalidOperation:
            milli = None
        if milli is None or milli != milli.to_integral_value() or milli <= 0:
            raise BadItem(f"lines[{i}].quantity: expected a positive decimal string with at most 3 decimals")
        pid = tx.feed.product_id(sku)
        if pid is None:
            raise BadItem(f"lines[{i}]: unknown SKU {sku} at this store")
        merged[pid] = merged.get(pid, 0) + int(milli)
    return list(merged.items())


def _close_elsewhere(tx, delivery_id: str, now: str) -> None:
    head = tx.stock_ops.delivery(delivery_id)
    if head is not None and head[5] == "open":
        tx.stock_ops.delivery_close(delivery_id, "closed_elsewhere", None, now, None, None)


def apply_asn(tx, data: dict, cfg, now: str) -> None:
    asn_id = _id(data, "asn_id")
    if data.get("store") != cfg.store_code:
        raise BadItem(f"ASN for store {data.get('store')!r} sent to store {cfg.store_code}")
    status = data.get("status", "open")
    if status not in ("open", "received", "cancelled"):
        raise BadItem(f"status: unknown {status!r}")
    if status != "open":
        _close_elsewhere(tx, asn_id, now)
        return
    number = _text(data, "number", 64)
    supplier = _text(data, "supplier", 200, optional=True)
    expected_at = _text(data, "expected_at", 40, optional=True) or None
    lines = _lines(tx, data)
    head = tx.stock_ops.delivery(asn_id)
    if head is None:
        tx.stock_ops.delivery_insert(asn_id, "asn", number, supplier, expected_at, now)
    elif head[5] != "open" or tx.stock_ops.delivery_scanned(asn_id):
        return  # already being received here: the notice as first seen stands
    tx.stock_ops.delivery_set_lines(asn_id, lines)


def apply_transfer(tx, data: dict, cfg, now: str) -> None:
    tid = _id(data, "transfer_id")
    if data.get("to_store") != cfg.store_code:
        raise BadItem(f"transfer to store {data.get('to_store')!r} sent to store {cfg.store_code}")
    status = data.get("status", "sent")
    if status == "received":
        _close_elsewhere(tx, tid, now)
        return
    if status != "sent":
        raise BadItem(f"status: unknown {status!r}")
    number = _text(data, "number", 64)
    from_store = _text(data, "from_store", 32)
    lines = _lines(tx, data)
    if tx.stock_ops.delivery_insert(tid, "transfer", number, f"Store {from_store}", _text(data, "at", 40), now):
        tx.stock_ops.delivery_set_lines(tid, lines)
