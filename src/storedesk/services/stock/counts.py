"""Stock counts: blind counts scanned from any station of the store, scans merged by their global
id, the variance a manager sees and approves once on the station that started the count
(events "count_started", "count_scans", "count_closed": see the package docstring)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from ...adapters.repositories import from_milli
from ...adapters.stock_ops_repo import CountHead, CountRow, CountSummary, CountSyncRow
from ...domain import stock_ops as rules
from ...domain.permissions import Perm, require
from ...domain.stock_ops import CountLine, StockError
from ...i18n import Message, msg
from ..auth import authorise
from ..context import User, config, utcnow
from .posting import doc_no, find_product, in_unit, post_movements, qty_text, record_override

if TYPE_CHECKING:
    from ...adapters.uow import Tx, UnitOfWork


@dataclass(frozen=True)
class CountInfo(CountHead):
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


def _count_head(c: CountRow, sync: CountSyncRow | None, station: str) -> dict:
    """The header every count event carries: enough for a station to know the count."""
    return {
        "count_id": c.id,
        "doc_no": c.doc_no,
        "kind": c.kind,
        "note": c.note,
        "started_at": c.created_at,
        "origin": sync.origin_station if sync else station,
        "started_by": sync.started_by if sync else "",
    }


def start_count(uow: UnitOfWork, user: User, kind: str = "cycle", note: str = "") -> CountInfo:
    """Start a count here; a "count_started" event announces it to the store's other stations,
    whose people may then scan it too. This station approves it."""
    require(user.role, Perm.CHANGE)  # an auditor changes nothing
    if kind not in ("cycle", "full"):
        raise StockError(msg("stock", "A count is a cycle count or a full count"))
    cfg = config(uow)
    now = utcnow()
    cid = uuid.uuid4().hex
    note = (note or "").strip()[:200]
    with uow.write() as tx:
        doc = doc_no(tx, cfg, "CNT")
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


def counts(uow: UnitOfWork, status: str | None = "open") -> list[CountInfo]:
    cfg = config(uow)
    with uow.read() as tx:
        rows = tx.stock_ops.counts(status)
    return [_count_info(r, cfg.station_code) for r in rows]


def _count_info(row: CountSummary, station: str) -> CountInfo:
    return CountInfo(
        row.id,
        row.doc_no,
        row.kind,
        row.note,
        row.status,
        row.created_at,
        row.products,
        row.scans,
        row.late,
        row.origin or station,  # a count started here before s0007 has no origin recorded
    )


def _closed(doc_no: str, status: str, station: str) -> Message:
    """Why a closed count takes no more scans, as a whole sentence for each case."""
    if status == "approved":
        if station:
            return msg(
                "stock", "Count {doc} is approved on station {station}: no more scans", doc=doc_no, station=station
            )
        return msg("stock", "Count {doc} is approved: no more scans", doc=doc_no)
    if status == "cancelled":
        if station:
            return msg(
                "stock", "Count {doc} is cancelled on station {station}: no more scans", doc=doc_no, station=station
            )
        return msg("stock", "Count {doc} is cancelled: no more scans", doc=doc_no)
    return msg("stock", "Count {doc} is closed: no more scans", doc=doc_no)


def _open_count(tx: Tx, count_id: str) -> CountRow:
    c = tx.stock_ops.count(count_id)
    if c is None:
        raise StockError(msg("stock", "No such count"))
    if c.status != "open":
        sync = tx.stock_ops.count_sync(count_id)
        raise StockError(_closed(c.doc_no, c.status, sync.closed_station if sync and sync.closed_station else ""))
    return c


def _own_count(tx: Tx, cfg, c: CountRow, what: str) -> CountSyncRow | None:
    """Only the station that started a count approves or cancels it (corrections are posted once)."""
    sync = tx.stock_ops.count_sync(c.id)
    if sync and sync.origin_station != cfg.station_code:
        station = sync.origin_station
        if what == "approve":
            refusal = msg(
                "stock", "Count {doc} was started on station {station}: approve it there", doc=c.doc_no, station=station
            )
        else:
            refusal = msg(
                "stock", "Count {doc} was started on station {station}: cancel it there", doc=c.doc_no, station=station
            )
        raise StockError(refusal)
    return sync


def count_scan(uow: UnitOfWork, user: User, count_id: str, code: str, qty: str = "1") -> CountScan:
    """One scan of a count, in its own transaction (several people may scan the same count at
    once, from several threads, connections or stations). The product's first scan takes the
    snapshot of its expected on-hand, under the write lock, so no sale can slip in between.
    The scan gets a global id and goes to the store's other stations in a "count_scans" event
    written in the same transaction."""
    require(user.role, Perm.CHANGE)  # an auditor changes nothing
    cfg = config(uow)
    milli = rules.parse_qty_milli(qty, allow_negative=True, allow_zero=True)  # 0: "looked, none there"
    with uow.write() as tx:
        c = _open_count(tx, count_id)
        p = find_product(tx, code)
        in_unit(p, milli)
        now = utcnow()  # read under the write lock: a movement committed before has an earlier time
        total = tx.stock_ops.count_scan(
            count_id, p.id, milli, tx.stock.on_hand_milli(p.id), user.id, cfg.station_code, now
        )
        if total.counted_milli < 0:
            raise StockError(msg("stock", "{item}: the count cannot go below zero", item=p.name))
        sid = uuid.uuid4().hex
        tx.stock_ops.scan_log_add(sid, count_id, p.id, milli, cfg.station_code, user.username, now, False, now)
        tx.outbox.add(
            uuid.uuid4().hex,
            "count_scans",
            {
                "store": cfg.store_code,
                "station": cfg.station_code,
                **_count_head(c, tx.stock_ops.count_sync(count_id), cfg.station_code),
                "scans": [{"id": sid, "sku": p.sku, "quantity": qty_text(milli), "at": now, "user": user.username}],
            },
            now,
        )
    return CountScan(p.sku, p.name, from_milli(milli), from_milli(total.counted_milli), total.scans)


def _count_lines(tx: Tx, count_id: str, kind: str) -> list[CountLine]:
    lines = []
    for ln in tx.stock_ops.count_lines(count_id):
        # includes movements synced late with earlier times
        expected = tx.stock_ops.ledger_upto(ln.product_id, ln.snapshot_at)
        now_oh = tx.stock.on_hand_milli(ln.product_id)
        lines.append(
            CountLine(ln.product_id, ln.sku, ln.name, ln.price_minor, expected, ln.counted_milli, now_oh - expected)
        )
    if kind == "full":  # what nobody counted is not on the shelf
        for u in tx.stock_ops.uncounted_on_hand(count_id):
            lines.append(CountLine(u.product_id, u.sku, u.name, u.price_minor, u.on_hand_milli, 0, 0))
    return lines


def _may_see_variance(uow: UnitOfWork, user: User, approver) -> User | None:
    return authorise(uow, user, rules.APPROVE_COUNT, approver)


def variance_report(
    uow: UnitOfWork, user: User, count_id: str, approver: tuple[str, str] | None = None
) -> VarianceReport:
    """Expected (at each product's snapshot), counted (every station's scans known here, each
    once), variance in quantity and value. Only a manager sees it (the count is blind for the
    counters). Scans that arrived after the count was closed are listed as late."""
    _may_see_variance(uow, user, approver)
    cfg = config(uow)
    with uow.read() as tx:
        c = tx.stock_ops.count(count_id)
        if c is None:
            raise StockError(msg("stock", "No such count"))
        lines = _count_lines(tx, count_id, c.kind)
        sync = tx.stock_ops.count_sync(count_id)
        late = [
            LateScan(s.id, s.sku, s.name, from_milli(s.quantity_milli), s.station_code, s.user_name, s.counted_at)
            for s in tx.stock_ops.late_scans(count_id)
        ]
    origin = sync.origin_station if sync else cfg.station_code
    info = CountInfo(c.id, c.doc_no, c.kind, c.note, c.status, c.created_at, len(lines), 0, len(late), origin)
    return VarianceReport(info, lines, rules.variance_totals(lines), cfg.currency, cfg.store_code, utcnow(), late)


@dataclass(frozen=True)
class CountPosted:
    doc_no: str
    lines: int
    movements: int
    totals: rules.VarianceTotals
    approved_by: str


def _announce_close(tx: Tx, cfg, c: CountRow, sync, status: str, user: User, now: str) -> None:
    tx.stock_ops.count_sync_insert(c.id, cfg.station_code, "")  # a count started before s0007
    tx.stock_ops.count_sync_close(c.id, now, user.username, cfg.station_code)
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


def approve_count(uow: UnitOfWork, user: User, count_id: str, approver: tuple[str, str] | None = None) -> CountPosted:
    """A manager approves the variance: one correcting movement per product that differs
    (reason "count"), in one transaction with the count's closing and the outbox events
    (the movements, and "count_closed" so the other stations stop scanning it). Only the
    station that started the count approves it, so the corrections are posted once."""
    require(user.role, Perm.CHANGE)  # an auditor changes nothing
    by = _may_see_variance(uow, user, approver)
    cfg = config(uow)
    now = utcnow()
    with uow.write() as tx:
        c = _open_count(tx, count_id)
        sync = _own_count(tx, cfg, c, "approve")
        lines = _count_lines(tx, count_id, c.kind)
        if not lines:
            raise StockError(msg("stock", "Nothing was counted: scan products first, or cancel the count"))
        moves = [(ln.product_id, ln.sku, rules.correction_milli(ln.snapshot_milli, ln.counted_milli)) for ln in lines]
        ids = post_movements(tx, cfg, moves, rules.COUNT, c.doc_no, now)
        approver_user = by or user
        tx.stock_ops.count_close(count_id, "approved", approver_user.id, now)
        _announce_close(tx, cfg, c, sync, "approved", approver_user, now)
        totals = rules.variance_totals(lines)
        record_override(
            tx,
            "stock_count_approve",
            user,
            by,
            c.doc_no,
            f"{len(ids)} corrections",
            now,
            {
                "type": "stock_count",
                "doc_no": c.doc_no,
                "at": now,
                "store": cfg.store_code,
                "station": cfg.station_code,
                "variance_minor": totals.value_minor,
                "currency": cfg.currency,
            },
        )
    return CountPosted(c.doc_no, len(lines), len(ids), totals, approver_user.username)


def cancel_count(uow: UnitOfWork, user: User, count_id: str) -> None:
    require(user.role, Perm.CHANGE)  # an auditor changes nothing
    cfg = config(uow)
    now = utcnow()
    with uow.write() as tx:
        c = _open_count(tx, count_id)
        sync = _own_count(tx, cfg, c, "cancel")
        tx.stock_ops.count_close(count_id, "cancelled", user.id, now)
        _announce_close(tx, cfg, c, sync, "cancelled", user, now)
