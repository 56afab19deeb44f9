"""Store stock use cases: receiving, adjustments, counts, transfers, reorder points, lists.

Each function is one business action in one transaction (rule 2). Every change of stock is a
movement in the ledger with a global id (rule 5), sent to the hub by a "stock_movements"
outbox event in the same transaction, so the other stations of the store converge.

Wire payloads owned by this module (sync/wire.py reserves the kinds):

event "transfer" (station -> hub), a transfer-out document for another store:
    {"store", "station", "transfer_id", "number", "to_store", "at", "user", "note",
     "lines": [{"sku", "name", "quantity"}]}            quantities are decimal strings > 0
    The transfer-out movements themselves travel in the same transaction's "stock_movements"
    event (reason "transfer_out", doc_ref = number).
event "receiving" (station -> hub), a delivery received against what was expected:
    {"store", "station", "delivery_id", "source": "asn"|"transfer"|"typed", "reference",
     "number", "at", "user", "lines": [{"sku", "expected", "received"}]}
    The hub closes the ASN or transfer and tells the store's other stations (so the same
    delivery is not received twice); the movements travel as "stock_movements"
    (reason "receiving" or "transfer_in").
event "count_started" / "count_scans" / "count_closed" (station -> hub -> the store's other
    stations): a count is scannable from every station of the store. Each scan has a global id
    and travels in a "count_scans" event written in the scan's transaction; stations merge
    scans by id (a union of sets); only the station that started the count ("origin")
    approves or cancels it, posting the corrections once; "count_closed" stops the others
    scanning. Payloads: sync/wire.py; appliers: services/stock_feed.py; hub: hub/stock/counts.py.
feed "transfer" (hub -> destination store's stations): see services/stock_feed.py.
feed "asn" (hub -> the store's stations): see services/stock_feed.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from ..adapters.repositories import from_milli
from ..domain import stock_ops as rules
from ..domain.errors import PermissionDenied, UnknownBarcode
from ..domain.permissions import Perm, allowed
from ..domain.stock_ops import CountLine, ReceivedLine, StockError
from ..domain.units import check_milli_for
from .auth import approve, authorise
from .context import User, config, utcnow
from .restore import refuse_if_pending

EVENT_CHUNK = 500  # movements per "stock_movements" outbox event


# --------------------------------------------------------------------------- helpers
def _qty_text(milli: int) -> str:
    return str(from_milli(milli))


def find_product(tx, code: str):
    """A product by barcode or SKU (what a scanner or a typed code gives)."""
    code = (code or "").strip()
    if not code:
        raise UnknownBarcode("Scan or type a barcode or SKU")
    p = tx.catalog.by_barcode(code) or tx.catalog.by_sku(code)
    if p is None:
        raise UnknownBarcode(f"{code}: no product has this barcode or SKU")
    return p


def _in_unit(p, milli: int) -> int:
    """A typed quantity of `p` as its unit takes it (domain/units.py): pieces whole, weighed or
    measured goods to their unit's decimals; refused with the product's name and what to type."""
    return check_milli_for(milli, p.unit, p.name)


def _doc_no(tx, cfg, prefix: str) -> str:
    refuse_if_pending(tx)  # rule 11: no document number before a restored station caught up
    n = tx.counters.next(f"{prefix.lower()}:{cfg.station_code}")
    return f"{prefix}-{cfg.store_code}-{cfg.station_code}-{n:06d}"


def post_movements(tx, cfg, lines: list[tuple[int, str, int]], reason: str, doc_ref: str, now: str) -> list[str]:
    """Write ledger movements (product id, sku, signed milli) and their outbox event. Returns the ids."""
    lines = [ln for ln in lines if ln[2] != 0]
    if not lines:
        return []
    rows = [(uuid.uuid4().hex, pid, milli, reason, doc_ref, cfg.station_code, now) for pid, _sku, milli in lines]
    tx.stock.add_movements(rows)
    wire = [
        {"id": r[0], "sku": sku, "quantity": _qty_text(milli), "reason": reason, "doc_ref": doc_ref, "at": now}
        for r, (_pid, sku, milli) in zip(rows, lines, strict=True)
    ]
    for i in range(0, len(wire), EVENT_CHUNK):  # a full count may correct many products: events stay small
        tx.outbox.add(
            uuid.uuid4().hex,
            "stock_movements",
            {"store": cfg.store_code, "station": cfg.station_code, "movements": wire[i : i + EVENT_CHUNK]},
            now,
        )
    return [r[0] for r in rows]


def _override(
    tx, action: str, user: User, approver: User | None, doc: str, detail: str, now: str, fiscal: dict
) -> list[dict]:
    """Record a manager override with both users, and journal it (rule 9)."""
    if approver is None:
        return []
    tx.overrides.add(action, user.id, approver.id, doc, detail, now)
    record = [{"action": action, "user": user.username, "approver": approver.username, "at": now, "detail": detail}]
    tx.journal.append("stock_override", doc, {**fiscal, "overrides": record}, now)
    return record


# --------------------------------------------------------------------------- receiving
@dataclass(frozen=True)
class DeliveryInfo:
    id: str
    source: str
    reference: str
    supplier: str
    expected_at: str | None
    status: str
    lines: int
    expected: Decimal
    received: Decimal


@dataclass(frozen=True)
class Delivery:
    id: str
    source: str
    reference: str
    supplier: str
    expected_at: str | None
    status: str
    doc_no: str | None
    received_at: str | None
    lines: list[ReceivedLine]

    @property
    def summary(self) -> dict[str, int]:
        return rules.receiving_summary(self.lines)


@dataclass(frozen=True)
class ReceiveScan:
    sku: str
    name: str
    added: Decimal
    received: Decimal
    expected: Decimal
    unexpected: bool


def create_delivery(uow, user: User, reference: str, supplier: str, lines: list[tuple[str, str]]) -> str:
    """An expected delivery typed in from the supplier's paper: (barcode or SKU, quantity) lines."""
    reference = (reference or "").strip()
    if not reference:
        raise StockError("Give the delivery a reference (the supplier's delivery note number)")
    if not lines:
        raise StockError("Type at least one expected line")
    now = utcnow()
    did = uuid.uuid4().hex
    with uow.write() as tx:
        merged: dict[int, int] = {}
        for code, qty in lines:
            p = find_product(tx, code)
            merged[p.id] = merged.get(p.id, 0) + _in_unit(p, rules.parse_qty_milli(qty))
        tx.stock_ops.delivery_insert(did, "typed", reference, (supplier or "").strip(), None, now)
        tx.stock_ops.delivery_set_lines(did, list(merged.items()))
    return did


def deliveries(uow, status: str | None = "open", limit: int = 200) -> list[DeliveryInfo]:
    with uow.read() as tx:
        rows = tx.stock_ops.deliveries(status, limit)
    return [
        DeliveryInfo(i, s, r, sup, exp, st, n, from_milli(e), from_milli(rc))
        for i, s, r, sup, exp, st, n, e, rc in rows
    ]


def _delivery(tx, delivery_id: str) -> Delivery:
    head = tx.stock_ops.delivery(delivery_id)
    if head is None:
        raise StockError("No such delivery")
    lines = [
        ReceivedLine(pid, sku, name, e, r) for pid, sku, name, e, r, _price in tx.stock_ops.delivery_lines(delivery_id)
    ]
    return Delivery(head[0], head[1], head[2], head[3], head[4], head[5], head[6], head[8], lines)


def delivery(uow, delivery_id: str) -> Delivery:
    with uow.read() as tx:
        return _delivery(tx, delivery_id)


def _open_delivery(tx, delivery_id: str):
    head = tx.stock_ops.delivery(delivery_id)
    if head is None:
        raise StockError("No such delivery")
    if head[5] != "open":
        raise StockError(f"Delivery {head[2]} is already {head[5].replace('_', ' ')}; nothing was changed")
    return head


def receive_scan(uow, user: User, delivery_id: str, code: str, qty: str = "1") -> ReceiveScan:
    """One scan against an open delivery, in its own transaction. A negative quantity takes
    a wrong scan back; a product not on the notice is recorded as unexpected (over)."""
    milli = rules.parse_qty_milli(qty, allow_negative=True)
    with uow.write(durable=False) as tx:
        _open_delivery(tx, delivery_id)
        p = find_product(tx, code)
        _in_unit(p, milli)
        line = tx.stock_ops.delivery_line(delivery_id, p.id)
        expected, received = line if line else (0, 0)
        if received + milli < 0:
            raise StockError(
                f"{p.name}: only {_qty_text(received)} received so far; cannot take back {_qty_text(-milli)}"
            )
        total = tx.stock_ops.delivery_add_received(delivery_id, p.id, milli)
    return ReceiveScan(p.sku, p.name, from_milli(milli), from_milli(total), from_milli(expected), expected == 0)


def set_received(uow, user: User, delivery_id: str, code: str, qty: str) -> ReceiveScan:
    """Type the received quantity of a line outright (a case counted by hand)."""
    milli = rules.parse_qty_milli(qty, allow_zero=True)
    with uow.write() as tx:
        _open_delivery(tx, delivery_id)
        p = find_product(tx, code)
        _in_unit(p, milli)
        line = tx.stock_ops.delivery_line(delivery_id, p.id)
        tx.stock_ops.delivery_set_received(delivery_id, p.id, milli)
    expected = line[0] if line else 0
    return ReceiveScan(p.sku, p.name, from_milli(milli), from_milli(milli), from_milli(expected), expected == 0)


@dataclass(frozen=True)
class ReceivingResult:
    delivery_id: str
    doc_no: str
    lines: list[ReceivedLine]
    summary: dict[str, int]
    movements: int


def post_receiving(uow, user: User, delivery_id: str) -> ReceivingResult:
    """Close the delivery: one movement per product received (reason "receiving", or
    "transfer_in" for stock sent by another store), over and short kept on the document,
    the movements and a "receiving" event in the outbox. One transaction."""
    cfg = config(uow)
    now = utcnow()
    with uow.write() as tx:
        head = _open_delivery(tx, delivery_id)
        d = _delivery(tx, delivery_id)
        if not any(ln.received_milli for ln in d.lines):
            raise StockError("Nothing was scanned yet: scan the items received, then post")
        doc = _doc_no(tx, cfg, "REC")
        reason = rules.TRANSFER_IN if head[1] == "transfer" else rules.RECEIVING
        ids = post_movements(tx, cfg, [(ln.product_id, ln.sku, ln.received_milli) for ln in d.lines], reason, doc, now)
        tx.stock_ops.delivery_close(delivery_id, "received", doc, now, user.id, cfg.station_code)
        tx.outbox.add(
            uuid.uuid4().hex,
            "receiving",
            {
                "store": cfg.store_code,
                "station": cfg.station_code,
                "delivery_id": delivery_id,
                "source": head[1],
                "reference": head[2],
                "number": doc,
                "at": now,
                "user": user.username,
                "lines": [
                    {"sku": ln.sku, "expected": _qty_text(ln.expected_milli), "received": _qty_text(ln.received_milli)}
                    for ln in d.lines
                ],
            },
            now,
        )
    return ReceivingResult(delivery_id, doc, d.lines, d.summary, len(ids))


# --------------------------------------------------------------------------- adjustments
@dataclass(frozen=True)
class AdjustResult:
    doc_no: str
    sku: str
    name: str
    quantity: Decimal
    reason: str
    value_minor: int
    on_hand: Decimal
    approved_by: str | None


def adjust(
    uow, user: User, code: str, qty: str, reason: str, note: str = "", approver: tuple[str, str] | None = None
) -> AdjustResult:
    """Adjust one product's stock with a reason code. Supervisors and managers adjust small
    quantities themselves; a clerk, or a large adjustment (rules.is_large), needs a manager's
    PIN (`approver`), recorded with both users and journaled."""
    cfg = config(uow)
    if reason not in rules.REASONS:
        raise StockError(f"Choose a reason: {', '.join(label for label, _ in rules.REASONS.values())}")
    milli = rules.signed_adjustment(reason, rules.parse_qty_milli(qty, allow_negative=True))
    with uow.read() as tx:
        p = find_product(tx, code)
    _in_unit(p, milli)
    by = None
    if rules.adjustment_needs(user.role, milli, p.price_minor):
        if approver is None:
            large = rules.is_large(milli, p.price_minor)
            raise PermissionDenied(
                (
                    "A large adjustment (over 10 units or 50.00) needs a manager's approval"
                    if large
                    else f"A {user.role} may not adjust stock; a manager can authorise it"
                ),
                Perm.STOCK_ADJUST.value,
            )
        by = approve(uow, approver[0], approver[1], Perm.STOCK_ADJUST)
    now = utcnow()
    value = rules.value_minor(milli, p.price_minor)
    with uow.write() as tx:
        doc = _doc_no(tx, cfg, "ADJ")
        [mid] = post_movements(tx, cfg, [(p.id, p.sku, milli)], reason, doc, now)
        tx.stock_ops.adjustment_insert(
            (
                uuid.uuid4().hex,
                doc,
                p.id,
                milli,
                reason,
                (note or "").strip()[:200],
                value,
                user.id,
                by.id if by else None,
                mid,
                now,
            )
        )
        _override(
            tx,
            "stock_adjust",
            user,
            by,
            doc,
            f"{p.sku} {_qty_text(milli)} {reason}",
            now,
            {
                "type": "stock_adjustment",
                "doc_no": doc,
                "at": now,
                "store": cfg.store_code,
                "station": cfg.station_code,
                "sku": p.sku,
                "quantity": _qty_text(milli),
                "reason": reason,
                "value_minor": value,
                "currency": cfg.currency,
            },
        )
        on_hand = tx.stock.on_hand_milli(p.id)
    return AdjustResult(
        doc, p.sku, p.name, from_milli(milli), reason, value, from_milli(on_hand), by.username if by else None
    )


def adjustments(uow, limit: int = 200) -> list[tuple]:
    with uow.read() as tx:
        return tx.stock_ops.adjustments(limit)


# --------------------------------------------------------------------------- counts
@dataclass(frozen=True)
class CountInfo:
    id: str
    doc_no: str
    kind: str
    note: str
    status: str
    created_at: str
    products: int = 0
    scans: int = 0
    late: int = 0  # scans that reached this station after the count was closed (never posted)
    origin: str = ""  # the station that started the count (and approves it)


@dataclass(frozen=True)
class CountScan:
    """What a counter sees after a scan: never the expected quantity (a blind count)."""

    sku: str
    name: str
    added: Decimal
    counted: Decimal
    scans: int


@dataclass(frozen=True)
class LateScan:
    id: str
    sku: str
    name: str
    quantity: Decimal
    station: str
    user: str
    at: str


@dataclass(frozen=True)
class VarianceReport:
    count: CountInfo
    lines: list[CountLine]
    totals: rules.VarianceTotals
    currency: str
    store: str
    prepared_at: str
    late_scans: list[LateScan] = field(default_factory=list)


def _count_head(c: tuple, sync: tuple | None, station: str) -> dict:
    """The header every count event carries: enough for a station to know the count."""
    return {
        "count_id": c[0],
        "doc_no": c[1],
        "kind": c[2],
        "note": c[3],
        "started_at": c[5],
        "origin": sync[0] if sync else station,
        "started_by": sync[1] if sync else "",
    }


def start_count(uow, user: User, kind: str = "cycle", note: str = "") -> CountInfo:
    """Start a count here; a "count_started" event announces it to the store's other stations,
    whose people may then scan it too. This station approves it."""
    if kind not in ("cycle", "full"):
        raise StockError("A count is a cycle count or a full count")
    cfg = config(uow)
    now = utcnow()
    cid = uuid.uuid4().hex
    note = (note or "").strip()[:200]
    with uow.write() as tx:
        doc = _doc_no(tx, cfg, "CNT")
        tx.stock_ops.count_insert(cid, doc, kind, note, user.id, now)
        tx.stock_ops.count_sync_insert(cid, cfg.station_code, user.username)
        tx.outbox.add(
            uuid.uuid4().hex,
            "count_started",
            {
                "store": cfg.store_code,
                "station": cfg.station_code,
                "count_id": cid,
                "doc_no": doc,
                "kind": kind,
                "note": note,
                "started_at": now,
                "origin": cfg.station_code,
                "started_by": user.username,
            },
            now,
        )
    return CountInfo(cid, doc, kind, note, "open", now, origin=cfg.station_code)


def counts(uow, status: str | None = "open") -> list[CountInfo]:
    cfg = config(uow)
    with uow.read() as tx:
        rows = tx.stock_ops.counts(status)
    return [_count_info(r, cfg.station_code) for r in rows]


def _count_info(row: tuple, station: str) -> CountInfo:
    fields = list(row)
    fields[9] = row[9] or station  # a count started here before s0007 has no origin recorded
    return CountInfo(*fields)


def _open_count(tx, count_id: str) -> tuple:
    c = tx.stock_ops.count(count_id)
    if c is None:
        raise StockError("No such count")
    if c[4] != "open":
        sync = tx.stock_ops.count_sync(count_id)
        where = f" on station {sync[4]}" if sync and sync[4] else ""
        raise StockError(f"Count {c[1]} is {c[4]}{where}: no more scans")
    return c


def _own_count(tx, cfg, c: tuple, what: str) -> tuple | None:
    """Only the station that started a count approves or cancels it (corrections are posted once)."""
    sync = tx.stock_ops.count_sync(c[0])
    if sync and sync[0] != cfg.station_code:
        raise StockError(f"Count {c[1]} was started on station {sync[0]}: {what} it there")
    return sync


def count_scan(uow, user: User, count_id: str, code: str, qty: str = "1") -> CountScan:
    """One scan of a count, in its own transaction (several people may scan the same count at
    once, from several threads, connections or stations). The product's first scan takes the
    snapshot of its expected on-hand, under the write lock, so no sale can slip in between.
    The scan gets a global id and goes to the store's other stations in a "count_scans" event
    written in the same transaction."""
    cfg = config(uow)
    milli = rules.parse_qty_milli(qty, allow_negative=True, allow_zero=True)  # 0: "looked, none there"
    with uow.write() as tx:
        c = _open_count(tx, count_id)
        p = find_product(tx, code)
        _in_unit(p, milli)
        now = utcnow()  # read under the write lock: a movement committed before has an earlier time
        counted, scans, _first = tx.stock_ops.count_scan(
            count_id, p.id, milli, tx.stock.on_hand_milli(p.id), user.id, cfg.station_code, now
        )
        if counted < 0:
            raise StockError(f"{p.name}: the count cannot go below zero")
        sid = uuid.uuid4().hex
        tx.stock_ops.scan_log_add(sid, count_id, p.id, milli, cfg.station_code, user.username, now, False, now)
        tx.outbox.add(
            uuid.uuid4().hex,
            "count_scans",
            {
                "store": cfg.store_code,
                "station": cfg.station_code,
                **_count_head(c, tx.stock_ops.count_sync(count_id), cfg.station_code),
                "scans": [{"id": sid, "sku": p.sku, "quantity": _qty_text(milli), "at": now, "user": user.username}],
            },
            now,
        )
    return CountScan(p.sku, p.name, from_milli(milli), from_milli(counted), scans)


def _count_lines(tx, count_id: str, kind: str) -> list[CountLine]:
    lines = []
    for pid, sku, name, price, _snap, snap_at, counted, _scans in tx.stock_ops.count_lines(count_id):
        expected = tx.stock_ops.ledger_upto(pid, snap_at)  # includes movements synced late with earlier times
        now_oh = tx.stock.on_hand_milli(pid)
        lines.append(CountLine(pid, sku, name, price, expected, counted, now_oh - expected))
    if kind == "full":  # what nobody counted is not on the shelf
        for pid, sku, name, price, oh in tx.stock_ops.uncounted_on_hand(count_id):
            lines.append(CountLine(pid, sku, name, price, oh, 0, 0))
    return lines


def _may_see_variance(uow, user: User, approver) -> User | None:
    return authorise(uow, user, rules.APPROVE_COUNT, approver)


def variance_report(uow, user: User, count_id: str, approver: tuple[str, str] | None = None) -> VarianceReport:
    """Expected (at each product's snapshot), counted (every station's scans known here, each
    once), variance in quantity and value. Only a manager sees it (the count is blind for the
    counters). Scans that arrived after the count was closed are listed as late."""
    _may_see_variance(uow, user, approver)
    cfg = config(uow)
    with uow.read() as tx:
        c = tx.stock_ops.count(count_id)
        if c is None:
            raise StockError("No such count")
        lines = _count_lines(tx, count_id, c[2])
        sync = tx.stock_ops.count_sync(count_id)
        late = [
            LateScan(i, sku, name, from_milli(m), st, u, at)
            for i, sku, name, m, st, u, at in tx.stock_ops.late_scans(count_id)
        ]
    info = CountInfo(
        c[0], c[1], c[2], c[3], c[4], c[5], len(lines), 0, len(late), sync[0] if sync else cfg.station_code
    )
    return VarianceReport(info, lines, rules.variance_totals(lines), cfg.currency, cfg.store_code, utcnow(), late)


@dataclass(frozen=True)
class CountPosted:
    doc_no: str
    lines: int
    movements: int
    totals: rules.VarianceTotals
    approved_by: str


def _announce_close(tx, cfg, c: tuple, sync, status: str, user: User, now: str) -> None:
    tx.stock_ops.count_sync_insert(c[0], cfg.station_code, "")  # a count started before s0007
    tx.stock_ops.count_sync_close(c[0], now, user.username, cfg.station_code)
    tx.outbox.add(
        uuid.uuid4().hex,
        "count_closed",
        {
            "store": cfg.store_code,
            "station": cfg.station_code,
            **_count_head(c, sync, cfg.station_code),
            "status": status,
            "at": now,
            "user": user.username,
        },
        now,
    )


def approve_count(uow, user: User, count_id: str, approver: tuple[str, str] | None = None) -> CountPosted:
    """A manager approves the variance: one correcting movement per product that differs
    (reason "count"), in one transaction with the count's closing and the outbox events
    (the movements, and "count_closed" so the other stations stop scanning it). Only the
    station that started the count approves it, so the corrections are posted once."""
    by = _may_see_variance(uow, user, approver)
    cfg = config(uow)
    now = utcnow()
    with uow.write() as tx:
        c = _open_count(tx, count_id)
        sync = _own_count(tx, cfg, c, "approve")
        lines = _count_lines(tx, count_id, c[2])
        if not lines:
            raise StockError("Nothing was counted: scan products first, or cancel the count")
        moves = [(ln.product_id, ln.sku, rules.correction_milli(ln.snapshot_milli, ln.counted_milli)) for ln in lines]
        ids = post_movements(tx, cfg, moves, rules.COUNT, c[1], now)
        approver_user = by or user
        tx.stock_ops.count_close(count_id, "approved", approver_user.id, now)
        _announce_close(tx, cfg, c, sync, "approved", approver_user, now)
        totals = rules.variance_totals(lines)
        _override(
            tx,
            "stock_count_approve",
            user,
            by,
            c[1],
            f"{len(ids)} corrections",
            now,
            {
                "type": "stock_count",
                "doc_no": c[1],
                "at": now,
                "store": cfg.store_code,
                "station": cfg.station_code,
                "variance_minor": totals.value_minor,
                "currency": cfg.currency,
            },
        )
    return CountPosted(c[1], len(lines), len(ids), totals, approver_user.username)


def cancel_count(uow, user: User, count_id: str) -> None:
    cfg = config(uow)
    now = utcnow()
    with uow.write() as tx:
        c = _open_count(tx, count_id)
        sync = _own_count(tx, cfg, c, "cancel")
        tx.stock_ops.count_close(count_id, "cancelled", user.id, now)
        _announce_close(tx, cfg, c, sync, "cancelled", user, now)


# --------------------------------------------------------------------------- transfers
@dataclass(frozen=True)
class TransferResult:
    transfer_id: str
    doc_no: str
    to_store: str
    lines: list[tuple[str, str, Decimal]]  # sku, name, quantity
    approved_by: str | None


def transfer_out(
    uow,
    user: User,
    to_store: str,
    lines: list[tuple[str, str]],
    note: str = "",
    approver: tuple[str, str] | None = None,
) -> TransferResult:
    """Send stock to another store: transfer-out movements and a "transfer" event the hub
    turns into a document the other store receives (with its own transfer-in)."""
    cfg = config(uow)
    to_store = (to_store or "").strip().upper()
    if not to_store:
        raise StockError("Type the store code the goods go to")
    if to_store == cfg.store_code:
        raise StockError("A transfer goes to another store, not to this one")
    if not lines:
        raise StockError("Add at least one product to the transfer")
    by = authorise(uow, user, rules.TRANSFER, approver)
    now = utcnow()
    tid = uuid.uuid4().hex
    with uow.write() as tx:
        merged: dict[int, list] = {}
        for code, qty in lines:
            p = find_product(tx, code)
            merged.setdefault(p.id, [p, 0])[1] += _in_unit(p, rules.parse_qty_milli(qty))
        doc = _doc_no(tx, cfg, "TRF")
        ids = post_movements(tx, cfg, [(p.id, p.sku, -m) for p, m in merged.values()], rules.TRANSFER_OUT, doc, now)
        tx.stock_ops.transfer_insert(
            tid,
            doc,
            to_store,
            (note or "").strip()[:200],
            user.id,
            now,
            [(p.id, m, mid) for (p, m), mid in zip(merged.values(), ids, strict=True)],
        )
        wire_lines = [{"sku": p.sku, "name": p.name, "quantity": _qty_text(m)} for p, m in merged.values()]
        tx.outbox.add(
            uuid.uuid4().hex,
            "transfer",
            {
                "store": cfg.store_code,
                "station": cfg.station_code,
                "transfer_id": tid,
                "number": doc,
                "to_store": to_store,
                "at": now,
                "user": user.username,
                "note": (note or "").strip()[:200],
                "lines": wire_lines,
            },
            now,
        )
        _override(
            tx,
            "stock_transfer",
            user,
            by,
            doc,
            f"to {to_store}",
            now,
            {
                "type": "stock_transfer",
                "doc_no": doc,
                "at": now,
                "store": cfg.store_code,
                "station": cfg.station_code,
                "to_store": to_store,
            },
        )
    return TransferResult(
        tid, doc, to_store, [(p.sku, p.name, from_milli(m)) for p, m in merged.values()], by.username if by else None
    )


def transfers(uow, limit: int = 100) -> list[tuple]:
    with uow.read() as tx:
        return tx.stock_ops.transfers(limit)


# --------------------------------------------------------------------------- reorder points and lists
@dataclass(frozen=True)
class LowRow:
    product_id: int
    sku: str
    name: str
    on_hand: Decimal
    reorder_point: Decimal
    suggested: Decimal


def set_reorder_point(uow, user: User, code: str, point: str, reorder_qty: str = "0") -> None:
    if not (allowed(user.role, Perm.STOCK_ADJUST) or user.role in rules.SMALL_ADJUST_ROLES):
        raise PermissionDenied("Reorder points are set by a supervisor or a manager", Perm.STOCK_ADJUST.value)
    p_milli = rules.parse_qty_milli(point, allow_zero=True)
    q_milli = rules.parse_qty_milli(reorder_qty or "0", allow_zero=True)
    with uow.write() as tx:
        p = find_product(tx, code)
        tx.stock_ops.set_reorder_point(p.id, _in_unit(p, p_milli), _in_unit(p, q_milli))


def low_stock(uow, limit: int = 500) -> list[LowRow]:
    with uow.read() as tx:
        rows = tx.stock_ops.low_stock(limit)
    return [
        LowRow(pid, sku, name, from_milli(oh), from_milli(rp), from_milli(rules.suggested_order_milli(oh, rp, rq)))
        for pid, sku, name, oh, rp, rq in rows
    ]


def negative_stock(uow, limit: int = 500) -> list[LowRow]:
    with uow.read() as tx:
        rows = tx.stock_ops.negative_stock(limit)
    return [LowRow(pid, sku, name, from_milli(oh), Decimal(0), Decimal(0)) for pid, sku, name, oh in rows]


# --------------------------------------------------------------------------- export
def export_rows(uow):
    """(sku, name, unit, on hand Decimal, unit price Decimal, value Decimal) per product, by SKU."""
    from ..domain.money import from_minor

    cfg = config(uow)
    with uow.read() as tx:
        for sku, name, unit, oh, price in tx.stock_ops.stock_export():
            yield (
                sku,
                name,
                unit,
                from_milli(oh),
                from_minor(price, cfg.currency),
                from_minor(rules.value_minor(oh, price), cfg.currency),
            )
