"""Unit of work: one business action = one SQLite transaction (rule 2).

A UnitOfWork belongs to one thread (the station's database worker). It keeps its
connection open between actions, so a scan or a sale pays for no pool checkout.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


from ..domain.errors import StorageError
from .repositories import (
    BasketsRepo,
    CatalogRepo,
    CountersRepo,
    FeedRepo,
    OutboxSyncRepo,
    SyncStateRepo,
    JournalRepo,
    OutboxRepo,
    OverridesRepo,
    SettingsRepo,
    StockRepo,
    UsersRepo,
)
from .sales_repo import SalesRepo
from .shifts_repo import CashMovesRepo, ShiftFactsRepo, ShiftsRepo, ZReportsRepo


class Tx:
    """The repositories of one open transaction."""

    def __init__(self, conn, basket_cache: dict | None = None):
        self.conn = conn
        self.settings = SettingsRepo(conn)
        self.catalog = CatalogRepo(conn)
        self.users = UsersRepo(conn)
        self.baskets = BasketsRepo(conn, basket_cache)
        self.counters = CountersRepo(conn)
        self.sales = SalesRepo(conn)
        self.stock = StockRepo(conn)
        self.journal = JournalRepo(conn)
        self.outbox = OutboxRepo(conn)
        self.overrides = OverridesRepo(conn)
        self.relay = OutboxSyncRepo(conn)
        self.sync_state = SyncStateRepo(conn)
        self.feed = FeedRepo(conn)
        self.shifts = ShiftsRepo(conn)
        self.cash_moves = CashMovesRepo(conn)
        self.z_reports = ZReportsRepo(conn)
        self.shift_facts = ShiftFactsRepo(conn)

    # Repositories of the later features, made on first use (the sale's hot path never pays for them).
    @property
    def returns(self):
        from .returns_repo import ReturnsRepo
        return self.__dict__.setdefault("_returns", ReturnsRepo(self.conn))

    @property
    def pickup(self):
        from .pickup_repo import PickupRepo
        return self.__dict__.setdefault("_pickup", PickupRepo(self.conn))

    @property
    def stock_ops(self):
        from .stock_ops_repo import StockOpsRepo
        return self.__dict__.setdefault("_stock_ops", StockOpsRepo(self.conn))


def storage_message(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return "The database is busy (another program holds it). Nothing was saved; try again."
    if "full" in text:
        return "The disk is full. Nothing was saved; free some space and try again."
    if "readonly" in text or "read-only" in text:
        return "The database is read-only. Nothing was saved."
    if "malformed" in text or "not a database" in text:
        return "The database file is damaged. Nothing was saved; restore the last backup."
    return f"The database refused the change ({getattr(exc, 'orig', exc)}). Nothing was saved."


class UnitOfWork:
    def __init__(self, db, manual_checkpoints: bool = False):
        self.db = db
        # The app checkpoints the WAL itself right after a sale, while the receipt prints,
        # instead of letting SQLite do it inside whichever commit crosses 1000 pages (a scan).
        self.manual_checkpoints = manual_checkpoints
        self._raw: sqlite3.Connection | None = None
        self._durable = True  # the connection starts with synchronous=FULL
        self.cache: dict = {}  # per-station facts that rarely change (settings, tax rates)
        self._baskets: dict = {}  # basket id -> (updated_at, parsed Basket), see BasketsRepo

    def _connection(self) -> sqlite3.Connection:
        """This unit of work's connection (autocommit mode: BEGIN and COMMIT are ours)."""
        if self._raw is None:
            self._raw = self.db.connect()
            self._durable = True
            if self.manual_checkpoints:
                self._raw.execute("PRAGMA wal_autocheckpoint=0")
        return self._raw

    def checkpoint(self, min_wal_bytes: int = 0) -> bool:
        """Copy the WAL back into the database (PASSIVE: never waits for readers), when the
        WAL file holds at least `min_wal_bytes`. Returns whether it ran."""
        wal = Path(f"{self.db.path}-wal")
        if min_wal_bytes and (not wal.exists() or wal.stat().st_size < min_wal_bytes):
            return False
        try:
            self._connection().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StorageError(storage_message(exc)) from exc
        return True

    @contextmanager
    def _tx(self, begin: str, durable: bool = True) -> Iterator[Tx]:
        raw = self._connection()
        try:
            if durable != self._durable:
                raw.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
                self._durable = durable
            raw.execute(begin)
        except sqlite3.DatabaseError as exc:
            self._reset()
            raise StorageError(storage_message(exc)) from exc
        try:
            yield Tx(raw, self._baskets)
            raw.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self._rollback(raw)
            raise StorageError(storage_message(exc)) from exc
        except BaseException:
            self._rollback(raw)
            raise

    def _rollback(self, raw: sqlite3.Connection) -> None:
        self._baskets.clear()  # a basket changed in memory by a failed action is re-read
        try:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
        except sqlite3.Error:
            self._reset()

    def _reset(self) -> None:
        try:
            if self._raw is not None and self._raw.in_transaction:
                self._raw.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        if self._raw is not None:
            self._raw.close()
        self._raw = None

    def write(self, durable: bool = True) -> Iterator[Tx]:
        """BEGIN IMMEDIATE: take the write lock up front, so a sale never dies half way on a lock upgrade.

        durable=True commits with synchronous=FULL (fsync: survives a power cut); every
        fiscal document uses it. durable=False (synchronous=NORMAL in WAL) survives an app
        crash but may lose the last moments on a power cut: fine for the basket being rung
        up, and it keeps a scan within one frame.
        """
        return self._tx("BEGIN IMMEDIATE", durable)

    def read(self) -> Iterator[Tx]:
        return self._tx("BEGIN")

    def close(self) -> None:
        self._reset()
