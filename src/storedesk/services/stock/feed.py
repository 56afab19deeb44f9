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
feed "count_started" / "count_scans" / "count_closed" (hub -> the store's OTHER stations), the
    payloads of the events of the same name, relayed unchanged (see sync/wire.py):
    header {"store", "station", "count_id", "doc_no", "kind", "note", "started_at", "origin",
    "started_by"}; count_scans adds "scans": [{"id", "sku", "quantity", "at", "user"}];
    count_closed adds "status" ("approved" | "cancelled"), "at", "user".
    A count started elsewhere is created here (open, scannable; only `origin` approves it).
    Scans are merged by their global id (a union of sets: applying one twice changes nothing);
    a line's snapshot time is the earliest scan time of the product across stations. A scan
    arriving after the count was closed here is kept as late and never counted or posted.
    "count_closed" closes the local copy, so further scans here are refused.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from ...sync.feed_items import BadItem

if TYPE_CHECKING:
    from ...adapters.uow import Tx

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


def _lines(tx: Tx, data: dict) -> list[tuple[int, int]]:
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


def _close_elsewhere(tx: Tx, delivery_id: str, now: str) -> None:
    head = tx.stock_ops.delivery(delivery_id)
    if head is not None and head.status == "open":
        tx.stock_ops.delivery_close(delivery_id, "closed_elsewhere", None, now, None, None)


def apply_asn(tx: Tx, data: dict, cfg, now: str) -> None:
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
    elif head.status != "open" or tx.stock_ops.delivery_scanned(asn_id):
        return  # already being received here: the notice as first seen stands
    tx.stock_ops.delivery_set_lines(asn_id, lines)


def apply_transfer(tx: Tx, data: dict, cfg, now: str) -> None:
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


# --------------------------------------------------------------------------- counts
def _milli(value, where: str) -> int:
    try:
        milli = Decimal(value) * 1000 if isinstance(value, str) else None
    except InvalidOperation:
        milli = None
    if milli is None or not milli.is_finite() or milli != milli.to_integral_value() or abs(milli) > 10**9:
        raise BadItem(f"{where}: expected a decimal string with at most 3 decimals")
    return int(milli)


def _count_known(tx: Tx, data: dict, cfg, now: str) -> str:
    """Validate a count item's header and make sure the count exists here. Returns its id."""
    if data.get("store") != cfg.store_code:
        raise BadItem(f"count of store {data.get('store')!r} sent to store {cfg.store_code}")
    cid = _id(data, "count_id")
    doc_no = _text(data, "doc_no", 64)
    kind = data.get("kind")
    if kind not in ("cycle", "full"):
        raise BadItem(f"kind: unknown {kind!r}")
    started_at = _text(data, "started_at", 40)
    origin = _text(data, "origin", 32)
    _text(data, "station", 32)
    note = _text(data, "note", 200, optional=True)
    started_by = _text(data, "started_by", 64, optional=True)
    if tx.stock_ops.count(cid) is None:
        tx.stock_ops.count_insert_remote(cid, doc_no, kind, note, started_by, started_at)
        tx.stock_ops.count_sync_insert(cid, origin, started_by)
    return cid


def _count_status(tx: Tx, cid: str) -> str:
    c = tx.stock_ops.count(cid)
    assert c is not None  # _count_known made it
    return c.status


def apply_count_started(tx: Tx, data: dict, cfg, now: str) -> None:
    _count_known(tx, data, cfg, now)


def apply_count_scans(tx: Tx, data: dict, cfg, now: str) -> None:
    cid = _count_known(tx, data, cfg, now)
    station = _text(data, "station", 32)
    raw = data.get("scans")
    if not isinstance(raw, list) or not raw or len(raw) > 5000:
        raise BadItem("scans: expected a non-empty list")
    scans = []
    for i, sc in enumerate(raw, start=1):
        if not isinstance(sc, dict):
            raise BadItem(f"scans[{i}]: expected an object")
        sid = _id(sc, "id")
        sku = _text(sc, "sku", 64)
        pid = tx.feed.product_id(sku)
        if pid is None:
            raise BadItem(f"scans[{i}]: unknown SKU {sku} at this store")
        scans.append(
            (sid, pid, _milli(sc.get("quantity"), f"scans[{i}].quantity"), _text(sc, "at", 40), _text(sc, "user", 64))
        )
    late = _count_status(tx, cid) != "open"
    for sid, pid, milli, at, user in scans:
        if tx.stock_ops.scan_log_add(sid, cid, pid, milli, station, user, at, late, now) and not late:
            tx.stock_ops.count_merge_scan(cid, pid, milli, at, tx.stock_ops.ledger_upto(pid, at))


def apply_count_closed(tx: Tx, data: dict, cfg, now: str) -> None:
    cid = _count_known(tx, data, cfg, now)
    status = data.get("status")
    if status not in ("approved", "cancelled"):
        raise BadItem(f"status: unknown {status!r}")
    at = _text(data, "at", 40)
    user = _text(data, "user", 64, optional=True)
    if _count_status(tx, cid) == "open":
        tx.stock_ops.count_close(cid, status, None, at)
        tx.stock_ops.count_sync_close(cid, at, user, _text(data, "station", 32))
