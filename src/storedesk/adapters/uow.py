"""Unit of work: one business action = one SQLite transaction (rule 2).

A UnitOfWork belongs to one thread (the station's database worker). It keeps its
connection open between actions, so a scan or a sale pays for no pool checkout.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine

from ..domain.errors import StorageError
from .repositories import (
    BasketsRepo,
    CatalogRepo,
    CountersRepo,
    JournalRepo,
    OutboxRepo,
    OverridesRepo,
    SettingsRepo,
    StockRepo,
    UsersRepo,
)
from .sales_repo import SalesRepo


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
    def __init__(self, engine: Engine):
        self.engine = engine
        self._conn = None
        self._durable = True  # the connection starts with synchronous=FULL
        self.cache: dict = {}  # per-station facts that rarely change (settings, tax rates)
        self._baskets: dict = {}  # basket id -> (updated_at, parsed Basket), see BasketsRepo

    def _connection(self):
        if self._conn is None or self._conn.closed:
            self._conn = self.engine.connect()
            self._durable = True
        return self._conn

    @contextmanager
    def _tx(self, begin: str, durable: bool = True) -> Iterator[Tx]:
        conn = self._connection()
        try:
            if durable != self._durable:
                conn.exec_driver_sql(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
                self._durable = durable
            conn.exec_driver_sql(begin)
        except (sa_exc.OperationalError, sqlite3.OperationalError) as exc:
            self._reset(conn)
            raise StorageError(storage_message(exc)) from exc
        try:
            yield Tx(conn, self._baskets)
            conn.commit()
        except (sa_exc.OperationalError, sa_exc.IntegrityError, sqlite3.OperationalError) as exc:
            self._rollback(conn)
            raise StorageError(storage_message(exc)) from exc
        except BaseException:
            self._rollback(conn)
            raise

    def _rollback(self, conn) -> None:
        self._baskets.clear()  # a basket changed in memory by a failed action is re-read
        try:
            conn.rollback()
        except Exception:
            self._reset(conn)

    def _reset(self, conn) -> None:
        try:
            conn.rollback()
        except Exception:
            pass
        conn.close()
        self._conn = None

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
        if self._conn is not None:
            self._conn.close()
            self._conn = None
