"""Receiving, adjustments, counts, transfers and reorder points (migration s0006)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .repositories import BalanceRow, Repo, from_milli


@dataclass(frozen=True)
class DeliveryHead:
    """What every view of a delivery starts with."""

    id: str
    source: str  # "asn" | "transfer" | "typed"
    reference: str
    supplier: str
    expected_at: str | None
    status: str


@dataclass(frozen=True)
class DeliveryRow(DeliveryHead):
    doc_no: str | None
    created_at: str
    received_at: str | None
    received_by: int | None


@dataclass(frozen=True)
class DeliverySummary(DeliveryHead):
    """A row of the list of deliveries."""

    lines: int
    expected_milli: int
    received_milli: int

    @property
    def expected(self) -> Decimal:
        return from_milli(self.expected_milli)

    @property
    def received(self) -> Decimal:
        return from_milli(self.received_milli)


@dataclass(frozen=True)
class DeliveryLineRow:
    product_id: int
    sku: str
    name: str
    expected_milli: int
    received_milli: int
    price_minor: int


@dataclass(frozen=True)
class AdjustmentRow:
    doc_no: str
    created_at: str
    sku: str
    name: str
    quantity_milli: int
    reason: str
    value_minor: int
    username: str
    approver: str  # '' when none was needed


@dataclass(frozen=True)
class TransferSummary:
    id: str
    doc_no: str
    to_store: str
    created_at: str
    lines: int
    quantity_milli: int


@dataclass(frozen=True)
class CountHead:
    """What every view of a count starts with."""

    id: str
    doc_no: str
    kind: str  # "cycle" | "full"
    note: str
    status: str
    created_at: str


@dataclass(frozen=True)
class CountRow(CountHead):
    approved_at: str | None
    approved_by: int | None


@dataclass(frozen=True)
class CountSummary(CountHead):
    products: int
    scans: int
    late: int
    origin: str  # '' for a count started here before s0007


@dataclass(frozen=True)
class CountSyncRow:
    """Where a count started and where it was closed (s0007)."""

    origin_station: str
    started_by: str
    closed_at: str | None
    closed_by: str | None
    closed_station: str | None


@dataclass(frozen=True)
class ScanTotal:
    """A count line after a scan."""

    counted_milli: int
    scans: int
    created: bool  # this scan made the line (the product's first)


@dataclass(frozen=True)
class LateScanRow:
    id: str
    sku: str
    name: str
    quantity_milli: int
    station_code: str
    user_name: str
    counted_at: str


@dataclass(frozen=True)
class CountLineRow:
    product_id: int
    sku: str
    name: str
    price_minor: int
    snapshot_milli: int
    snapshot_at: str
    counted_milli: int
    scans: int


@dataclass(frozen=True)
class StockedRow:
    """A product with stock, with its price (what a full count expects of the shelf)."""

    product_id: int
    sku: str
    name: str
    price_minor: int
    on_hand_milli: int


@dataclass(frozen=True)
class ReorderRow:
    product_id: int
    sku: str
    name: str
    on_hand_milli: int
    reorder_point_milli: int
    reorder_qty_milli: int


@dataclass(frozen=True)
class PriceChangeRow:
    id: int
    product_id: int
    old_price_minor: int
    new_price_minor: int
    changed_at: str


class StockOpsRepo(Repo):
    # ------------------------------------------------------------------ deliveries
    def delivery_insert(
        self, delivery_id: str, source: str, reference: str, supplier: str, expected_at: str | None, now: str
    ) -> bool:
        """False when it already exists (a feed item applied twice)."""
        return self.added(
            "INSERT OR IGNORE INTO deliveries(id, source, reference, supplier, expected_at, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (delivery_id, source, reference, supplier, expected_at, now),
        )

    def delivery(self, delivery_id: str) -> DeliveryRow | None:
        return self.row_as(
            DeliveryRow,
            "SELECT id, source, reference, supplier, expected_at, status, doc_no, created_at, received_at, received_by "
            "FROM deliveries WHERE id = ?",
            (delivery_id,),
        )

    def deliveries(self, status: str | None, limit: int = 200) -> list[DeliverySummary]:
        where = "WHERE d.status = ?" if status else ""
        params = (status, limit) if status else (limit,)
        return self.rows_as(
            DeliverySummary,
            "SELECT d.id, d.source, d.reference, d.supplier, d.expected_at, d.status, count(l.product_id), "
            "coalesce(sum(l.expected_milli), 0), coalesce(sum(l.received_milli), 0) FROM deliveries d "
            f"LEFT JOIN delivery_lines l ON l.delivery_id = d.id {where} GROUP BY d.id "
            "ORDER BY d.created_at DESC LIMIT ?",
            params,
        )

    def delivery_set_lines(self, delivery_id: str, lines: list[tuple[int, int]]) -> None:
        """Replace the expected lines (product id, expected milli) of a delivery not yet scanned."""
        self.q("DELETE FROM delivery_lines WHERE delivery_id = ?", (delivery_id,))
        self.q(
            "INSERT INTO delivery_lines(delivery_id, product_id, expected_milli, position) VALUES (?, ?, ?, ?)",
            [(delivery_id, pid, milli, i) for i, (pid, milli) in enumerate(lines, start=1)],
        )

    def delivery_scanned(self, delivery_id: str) -> bool:
        return (
            self.q(
                "SELECT 1 FROM delivery_lines WHERE delivery_id = ? AND received_milli > 0 LIMIT 1", (delivery_id,)
            ).fetchone()
            is not None
        )

    def delivery_add_received(self, delivery_id: str, product_id: int, milli: int) -> int:
        """Add `milli` to what was received (a new line for an unexpected product). Returns the new total."""
        row = self.q(
            "UPDATE delivery_lines SET received_milli = received_milli + ? WHERE delivery_id = ? "
            "AND product_id = ? RETURNING received_milli",
            (milli, delivery_id, product_id),
        ).fetchone()
        if row is not None:
            return row[0]
        pos = self.q(
            "SELECT coalesce(max(position), 0) + 1 FROM delivery_lines WHERE delivery_id = ?", (delivery_id,)
        ).scalar_one()
        self.q(
            "INSERT INTO delivery_lines(delivery_id, product_id, expected_milli, received_milli, position) "
            "VALUES (?, ?, 0, ?, ?)",
            (delivery_id, product_id, milli, pos),
        )
        return milli

    def delivery_set_received(self, delivery_id: str, product_id: int, milli: int) -> None:
        pos = self.q(
            "SELECT coalesce(max(position), 0) + 1 FROM delivery_lines WHERE delivery_id = ?", (delivery_id,)
        ).scalar_one()
        self.q(
            "INSERT INTO delivery_lines(delivery_id, product_id, expected_milli, received_milli, position) "
            "VALUES (?, ?, 0, ?, ?) "
            "ON CONFLICT(delivery_id, product_id) DO UPDATE SET received_milli = excluded.received_milli",
            (delivery_id, product_id, milli, pos),
        )

    def delivery_lines(self, delivery_id: str) -> list[DeliveryLineRow]:
        """In the notice's order."""
        return self.rows_as(
            DeliveryLineRow,
            "SELECT l.product_id, p.sku, p.name, l.expected_milli, l.received_milli, p.price_minor "
            "FROM delivery_lines l JOIN products p ON p.id = l.product_id "
            "WHERE l.delivery_id = ? ORDER BY l.position",
            (delivery_id,),
        )

    def delivery_line(self, delivery_id: str, product_id: int) -> tuple[int, int] | None:
        """(expected milli, received milli) of one product of a delivery."""
        return self.q(
            "SELECT expected_milli, received_milli FROM delivery_lines WHERE delivery_id = ? AND product_id = ?",
            (delivery_id, product_id),
        ).fetchone()

    def delivery_close(
        self, delivery_id: str, status: str, doc_no: str | None, now: str, user_id: int | None, station: str | None
    ) -> None:
        self.q(
            "UPDATE deliveries SET status = ?, doc_no = ?, received_at = ?, received_by = ?, station_code = ? "
            "WHERE id = ?",
            (status, doc_no, now, user_id, station, delivery_id),
        )

    # ------------------------------------------------------------------ adjustments
    def adjustment_insert(self, row: tuple) -> None:
        """(id, doc_no, product_id, quantity_milli, reason, note, value_minor, user_id, approver_id, movement_id,
        created_at)."""
        self.q(
            "INSERT INTO stock_adjustments(id, doc_no, product_id, quantity_milli, reason, note, value_minor, "
            "user_id, approver_id, movement_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            row,
        )

    def adjustments(self, limit: int = 200) -> list[AdjustmentRow]:
        """Newest first."""
        return self.rows_as(
            AdjustmentRow,
            "SELECT a.doc_no, a.created_at, p.sku, p.name, a.quantity_milli, a.reason, a.value_minor, u.username, "
            "coalesce(v.username, '') FROM stock_adjustments a JOIN products p ON p.id = a.product_id "
            "JOIN users u ON u.id = a.user_id LEFT JOIN users v ON v.id = a.approver_id "
            "ORDER BY a.created_at DESC LIMIT ?",
            (limit,),
        )

    # ------------------------------------------------------------------ counts
    def count_insert(self, count_id: str, doc_no: str, kind: str, note: str, user_id: int, now: str) -> None:
        self.q(
            "INSERT INTO counts(id, doc_no, kind, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
            (count_id, doc_no, kind, note, now, user_id),
        )

    def count(self, count_id: str) -> CountRow | None:
        return self.row_as(
            CountRow,
            "SELECT id, doc_no, kind, note, status, created_at, approved_at, approved_by FROM counts WHERE id = ?",
            (count_id,),
        )

    def counts(self, status: str | None = None, limit: int = 100) -> list[CountSummary]:
        where = "WHERE c.status = ?" if status else ""
        params = (status, limit) if status else (limit,)
        return self.rows_as(
            CountSummary,
            "SELECT c.id, c.doc_no, c.kind, c.note, c.status, c.created_at, "
            "(SELECT count(*) FROM count_lines l WHERE l.count_id = c.id), "
            "(SELECT coalesce(sum(l.scans), 0) FROM count_lines l WHERE l.count_id = c.id), "
            "(SELECT count(*) FROM count_scan_log s WHERE s.count_id = c.id AND s.late = 1), "
            f"coalesce(y.origin_station, '') FROM counts c LEFT JOIN count_sync y ON y.count_id = c.id {where} "
            "ORDER BY c.created_at DESC LIMIT ?",
            params,
        )

    def count_scan(
        self, count_id: str, product_id: int, milli: int, snapshot_milli: int, user_id: int, station: str, now: str
    ) -> ScanTotal:
        """Add one local scan. The line (and its snapshot of the expected on-hand) is created by the
        product's first scan."""
        total = self.count_merge_scan(count_id, product_id, milli, now, snapshot_milli)
        self.q(
            "INSERT INTO count_scans(count_id, product_id, quantity_milli, user_id, station_code, counted_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (count_id, product_id, milli, user_id, station, now),
        )
        return total

    def count_merge_scan(self, count_id: str, product_id: int, milli: int, at: str, snapshot_milli: int) -> ScanTotal:
        """Add one scan (made here or on another station) to the product's line. The line's
        snapshot time is the EARLIEST scan time seen (snapshot_milli: the ledger as of `at`, used
        only when `at` becomes the snapshot)."""
        created = self.added(
            "INSERT OR IGNORE INTO count_lines(count_id, product_id, snapshot_milli, snapshot_at) VALUES (?, ?, ?, ?)",
            (count_id, product_id, snapshot_milli, at),
        )
        counted, scans = self.q(
            "UPDATE count_lines SET counted_milli = counted_milli + ?, scans = scans + 1, "
            "snapshot_milli = CASE WHEN ? < snapshot_at THEN ? ELSE snapshot_milli END, "
            "snapshot_at = min(snapshot_at, ?) "
            "WHERE count_id = ? AND product_id = ? RETURNING counted_milli, scans",
            (milli, at, snapshot_milli, at, count_id, product_id),
        ).fetchone()
        return ScanTotal(counted, scans, created)

    # ------------------------------------------------------------------ counts across stations (s0007)
    def count_sync_insert(self, count_id: str, origin_station: str, started_by: str) -> None:
        self.q(
            "INSERT OR IGNORE INTO count_sync(count_id, origin_station, started_by) VALUES (?, ?, ?)",
            (count_id, origin_station, started_by),
        )

    def count_sync(self, count_id: str) -> CountSyncRow | None:
        """None for a count started here before s0007."""
        return self.row_as(
            CountSyncRow,
            "SELECT origin_station, started_by, closed_at, closed_by, closed_station FROM count_sync "
            "WHERE count_id = ?",
            (count_id,),
        )

    def count_sync_close(self, count_id: str, at: str, user_name: str, station: str) -> None:
        self.q(
            "UPDATE count_sync SET closed_at = ?, closed_by = ?, closed_station = ? WHERE count_id = ?",
            (at, user_name, station, count_id),
        )

    def count_insert_remote(
        self, count_id: str, doc_no: str, kind: str, note: str, started_by: str, started_at: str
    ) -> bool:
        """A count started on another station of the store. created_by is the local user of the
        same name, else the first user (the starter's name is in count_sync). False if known."""
        return self.added(
            "INSERT OR IGNORE INTO counts(id, doc_no, kind, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, "
            "coalesce((SELECT id FROM users WHERE username = ?), (SELECT min(id) FROM users)))",
            (count_id, doc_no, kind, note, started_at, started_by),
        )

    def scan_log_add(
        self,
        scan_id: str,
        count_id: str,
        product_id: int,
        milli: int,
        station: str,
        user_name: str,
        at: str,
        late: bool,
        now: str,
    ) -> bool:
        """Record a scan by its global id; False when it was already there (applied once only)."""
        return self.added(
            "INSERT OR IGNORE INTO count_scan_log(id, count_id, product_id, quantity_milli, station_code, "
            "user_name, counted_at, late, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (scan_id, count_id, product_id, milli, station, user_name, at, 1 if late else 0, now),
        )

    def late_scans(self, count_id: str) -> list[LateScanRow]:
        """Scans that arrived after the count was closed (kept, never posted)."""
        return self.rows_as(
            LateScanRow,
            "SELECT s.id, p.sku, p.name, s.quantity_milli, s.station_code, s.user_name, s.counted_at "
            "FROM count_scan_log s JOIN products p ON p.id = s.product_id WHERE s.count_id = ? AND s.late = 1 "
            "ORDER BY s.counted_at",
            (count_id,),
        )

    def count_lines(self, count_id: str) -> list[CountLineRow]:
        return self.rows_as(
            CountLineRow,
            "SELECT l.product_id, p.sku, p.name, p.price_minor, l.snapshot_milli, l.snapshot_at, l.counted_milli, "
            "l.scans FROM count_lines l JOIN products p ON p.id = l.product_id "
            "WHERE l.count_id = ? ORDER BY p.sku",
            (count_id,),
        )

    def uncounted_on_hand(self, count_id: str) -> list[StockedRow]:
        """Products with stock this count has not seen."""
        return self.rows_as(
            StockedRow,
            "SELECT p.id, p.sku, p.name, p.price_minor, b.on_hand_milli FROM stock_balances b "
            "JOIN products p ON p.id = b.product_id WHERE b.on_hand_milli <> 0 AND NOT EXISTS "
            "(SELECT 1 FROM count_lines l WHERE l.count_id = ? AND l.product_id = b.product_id) ORDER BY p.sku",
            (count_id,),
        )

    def count_close(self, count_id: str, status: str, user_id: int | None, now: str) -> None:
        self.q(
            "UPDATE counts SET status = ?, approved_at = ?, approved_by = ? WHERE id = ?",
            (status, now, user_id, count_id),
        )

    def ledger_upto(self, product_id: int, at: str) -> int:
        """The ledger's on-hand of a product as of `at` (movements created at or before it)."""
        return self.q(
            "SELECT coalesce(sum(quantity_milli), 0) FROM stock_movements WHERE product_id = ? AND created_at <= ?",
            (product_id, at),
        ).scalar_one()

    # ------------------------------------------------------------------ transfers
    def transfer_insert(
        self,
        transfer_id: str,
        doc_no: str,
        to_store: str,
        note: str,
        user_id: int,
        now: str,
        lines: list[tuple[int, int, str]],
    ) -> None:
        """lines: (product id, quantity milli > 0, movement id)."""
        self.q(
            "INSERT INTO transfers(id, doc_no, to_store, note, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (transfer_id, doc_no, to_store, note, user_id, now),
        )
        self.q(
            "INSERT INTO transfer_lines(transfer_id, product_id, quantity_milli, movement_id) VALUES (?, ?, ?, ?)",
            [(transfer_id, pid, milli, mid) for pid, milli, mid in lines],
        )

    def transfers(self, limit: int = 100) -> list[TransferSummary]:
        """Newest first."""
        return self.rows_as(
            TransferSummary,
            "SELECT t.id, t.doc_no, t.to_store, t.created_at, count(l.product_id), sum(l.quantity_milli) "
            "FROM transfers t JOIN transfer_lines l ON l.transfer_id = t.id "
            "GROUP BY t.id ORDER BY t.created_at DESC LIMIT ?",
            (limit,),
        )

    # ------------------------------------------------------------------ reorder points, lists
    def set_reorder_point(self, product_id: int, point_milli: int, qty_milli: int) -> None:
        self.q(
            "INSERT INTO reorder_points(product_id, reorder_point_milli, reorder_qty_milli) VALUES (?, ?, ?) "
            "ON CONFLICT(product_id) DO UPDATE SET reorder_point_milli = excluded.reorder_point_milli, "
            "reorder_qty_milli = excluded.reorder_qty_milli",
            (product_id, point_milli, qty_milli),
        )

    def reorder_point(self, product_id: int) -> tuple[int, int] | None:
        """(reorder point milli, reorder quantity milli)."""
        return self.q(
            "SELECT reorder_point_milli, reorder_qty_milli FROM reorder_points WHERE product_id = ?", (product_id,)
        ).fetchone()

    def low_stock(self, limit: int) -> list[ReorderRow]:
        """Lowest cover first."""
        return self.rows_as(
            ReorderRow,
            "SELECT p.id, p.sku, p.name, coalesce(b.on_hand_milli, 0) AS oh, r.reorder_point_milli, "
            "r.reorder_qty_milli FROM reorder_points r JOIN products p ON p.id = r.product_id "
            "LEFT JOIN stock_balances b ON b.product_id = r.product_id "
            "WHERE coalesce(b.on_hand_milli, 0) <= r.reorder_point_milli "
            "ORDER BY oh - r.reorder_point_milli, p.sku LIMIT ?",
            (limit,),
        )

    def negative_stock(self, limit: int) -> list[BalanceRow]:
        """Products below zero, most negative first (index range)."""
        return self.rows_as(
            BalanceRow,
            "SELECT p.id, p.sku, p.name, b.on_hand_milli "
            "FROM stock_balances b JOIN products p ON p.id = b.product_id "
            "WHERE b.on_hand_milli < 0 ORDER BY b.on_hand_milli LIMIT ?",
            (limit,),
        )

    # ------------------------------------------------------------------ price changes, export
    def price_changes(self, unprinted_only: bool, limit: int = 1000) -> list[PriceChangeRow]:
        """Oldest first."""
        where = "WHERE printed_at IS NULL" if unprinted_only else ""
        return self.rows_as(
            PriceChangeRow,
            f"SELECT id, product_id, old_price_minor, new_price_minor, changed_at FROM price_changes {where} "
            "ORDER BY id LIMIT ?",
            (limit,),
        )

    def mark_printed(self, ids: list[int], now: str) -> None:
        self.q("UPDATE price_changes SET printed_at = ? WHERE id = ?", [(now, i) for i in ids])

    def stock_export(self):
        """(sku, name, unit, on hand milli, price minor) for every product with a balance or movement, by SKU."""
        return self.q(
            "SELECT p.sku, p.name, p.unit, coalesce(b.on_hand_milli, 0), p.price_minor FROM products p "
            "LEFT JOIN stock_balances b ON b.product_id = p.id ORDER BY p.sku"
        )
