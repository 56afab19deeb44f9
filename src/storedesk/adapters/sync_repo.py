"""The outbox and the feed: what the station sends the hub and what it takes from it.

The sale writes its events with `OutboxRepo.add` in its own transaction (rule 6); the relay
reads and answers them through `OutboxSyncRepo`; the puller writes what the feed brings
(`FeedRepo`) and keeps its cursors in `SyncStateRepo`, in the page's transaction (rule 7).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, overload

from ..domain.journal import canonical_json
from .repositories import Repo


@dataclass(frozen=True)
class PendingEvent:
    seq: int
    id: str
    kind: str
    payload: str  # canonical JSON text
    created_at: str


class OutboxEntry(NamedTuple):
    """A row of the Sync screen's event list (a tuple too: the screen reads it by position)."""

    seq: int
    id: str
    kind: str
    created_at: str
    status: str
    attempts: int
    reason: str  # the hub's reason, or the last error


class QuarantinedItem(NamedTuple):
    """A feed item set aside because it did not validate (a tuple too: callers unpack it)."""

    cursor: str
    kind: str
    reason: str
    received_at: str


class OutboxRepo(Repo):
    def add(self, event_id: str, kind: str, payload: dict, now: str, text: str | None = None) -> None:
        """`text`: the payload's canonical JSON when the caller already has it."""
        self.q(
            "INSERT INTO outbox(id, kind, payload, created_at) VALUES (?, ?, ?, ?)",
            (event_id, kind, text if text is not None else canonical_json(payload), now),
        )

    def counts(self) -> dict[str, int]:
        return dict(self.q("SELECT status, count(*) FROM outbox GROUP BY status").fetchall())

    def waiting(self) -> tuple[int, int]:
        """(pending, rejected): index range counts, cheap enough for the status bar."""
        pending = self.q("SELECT count(*) FROM outbox WHERE status = 'pending'").scalar_one()
        rejected = self.q("SELECT count(*) FROM outbox WHERE status = 'rejected'").scalar_one()
        return pending, rejected

    def oldest_pending(self) -> str | None:
        return self.value("SELECT created_at FROM outbox WHERE status = 'pending' ORDER BY seq LIMIT 1")


class OutboxSyncRepo(Repo):
    """The relay's view of the outbox: waiting events in order, and the hub's answers."""

    def pending(self, limit: int) -> list[PendingEvent]:
        """Waiting events, oldest first."""
        return self.rows_as(
            PendingEvent,
            "SELECT seq, id, kind, payload, created_at FROM outbox WHERE status = 'pending' ORDER BY seq LIMIT ?",
            (limit,),
        )

    def record(self, answers: list[tuple[str, str | None, str]], now: str) -> None:
        """answers: (event id, reason or None, new status 'sent' | 'duplicate' | 'rejected')."""
        self.q(
            "UPDATE outbox SET status = ?, reason = ?, sent_at = CASE WHEN ? = 'rejected' THEN sent_at ELSE ? END, "
            "attempts = attempts + 1, last_attempt_at = ?, last_error = NULL WHERE id = ? AND status = 'pending'",
            [(status, reason, status, now, now, event_id) for event_id, reason, status in answers],
        )

    def failed_attempt(self, ids: list[str], error: str, now: str) -> None:
        self.q(
            "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?, last_error = ? WHERE id = ?",
            [(now, error, i) for i in ids],
        )

    def listing(self, statuses: tuple[str, ...], limit: int) -> list[OutboxEntry]:
        """The events of these statuses for the Sync screen, oldest first."""
        marks = ",".join("?" * len(statuses))
        return self.rows_as(
            OutboxEntry,
            f"SELECT seq, id, kind, created_at, status, attempts, coalesce(reason, last_error, '') FROM outbox "
            f"WHERE status IN ({marks}) ORDER BY seq LIMIT ?",
            (*statuses, limit),
        )

    def retry_rejected(self, ids: list[str] | None) -> int:
        """Send rejected events again (after a fix at the hub). Returns how many."""
        if ids is None:
            return self.q("UPDATE outbox SET status = 'pending' WHERE status = 'rejected'").rowcount
        return self.q(
            "UPDATE outbox SET status = 'pending' WHERE status = 'rejected' AND id = ?", [(i,) for i in ids]
        ).rowcount


class SyncStateRepo(Repo):
    @overload
    def get(self, key: str) -> str | None: ...
    @overload
    def get(self, key: str, default: str) -> str: ...
    def get(self, key: str, default: str | None = None) -> str | None:
        return self.value("SELECT value FROM sync_state WHERE key = ?", (key,), default=default)

    def set(self, key: str, value: str) -> None:
        self.q(
            "INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def all(self) -> dict[str, str]:
        return dict(self.q("SELECT key, value FROM sync_state").fetchall())


class FeedRepo(Repo):
    """What the puller writes: catalog changes, other stations' stock movements, quarantine."""

    def upsert_product(
        self,
        sku: str,
        name: str,
        price_minor: int,
        tax_code: str,
        category: str,
        active: bool,
        barcodes: list[str],
        unit: str | None = None,
        kind: str | None = None,
    ) -> int:
        """`unit` None (a hub older than units): an existing product keeps its unit, a new one is 'pc';
        `kind` None likewise keeps the product's kind, a new one is goods (s0021)."""
        cat_id = None
        if category:
            self.q("INSERT OR IGNORE INTO categories(name) VALUES (?)", (category,))
            cat_id = self.q("SELECT id FROM categories WHERE name = ?", (category,)).scalar_one()
        row = self.q("SELECT id FROM products WHERE sku = ?", (sku,)).fetchone()
        if row:
            pid = row[0]
            self.q(
                "UPDATE products SET name = ?, price_minor = ?, tax_code = ?, category_id = ?, active = ?, "
                "unit = coalesce(?, unit), kind = coalesce(?, kind) WHERE id = ?",
                (name, price_minor, tax_code, cat_id, int(active), unit, kind, pid),
            )
        else:
            pid = self.q(
                "INSERT INTO products(sku, name, category_id, price_minor, tax_code, active, unit, kind) "
                "VALUES (?,?,?,?,?,?,coalesce(?, 'pc'),coalesce(?, 'goods'))",
                (sku, name, cat_id, price_minor, tax_code, int(active), unit, kind),
            ).lastrowid
        self.q("DELETE FROM barcodes WHERE product_id = ?", (pid,))
        self.q("INSERT OR REPLACE INTO barcodes(code, product_id) VALUES (?, ?)", [(b, pid) for b in barcodes])
        return pid

    def barcode_owner(self, code: str) -> str | None:
        return self.value(
            "SELECT p.sku FROM barcodes b JOIN products p ON p.id = b.product_id WHERE b.code = ?", (code,)
        )

    def product_id(self, sku: str) -> int | None:
        return self.value("SELECT id FROM products WHERE sku = ?", (sku,))

    def movement_exists(self, movement_id: str) -> bool:
        return self.q("SELECT 1 FROM stock_movements WHERE id = ?", (movement_id,)).fetchone() is not None

    def quarantine(self, cursor: str, kind: str, data: str, reason: str, now: str) -> None:
        self.q(
            "INSERT INTO feed_quarantine(cursor, kind, data, reason, received_at) VALUES (?, ?, ?, ?, ?)",
            (cursor, kind, data, reason, now),
        )

    def quarantined(self, limit: int = 200) -> list[QuarantinedItem]:
        return self.rows_as(
            QuarantinedItem,
            "SELECT cursor, kind, reason, received_at FROM feed_quarantine ORDER BY id DESC LIMIT ?",
            (limit,),
        )
