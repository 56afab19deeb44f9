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

    def __init__(self, conn):
        self.conn = conn
        self.settings = SettingsRepo(conn)
        self.catalog = CatalogRepo(conn)
        self.users = UsersRepo(conn)
        self.baskets = BasketsRepo(conn)
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
        self.cache: dict = {}  # per-station facts that rarely change (settings, tax rates)

    def _connection(self):
        if self._conn is None or self._conn.closed:
            self._conn = self.engine.connect()
        return self._conn

    @contextmanager
    def _tx(self, begin: str) -> Iterator[Tx]:
        conn = self._connection()
        try:
            conn.exec_driver_sql(begin)
        except (sa_exc.OperationalError, sqlite3.OperationalError) as exc:
            self._reset(conn)
            raise StorageError(storage_message(exc)) from exc
        try:
            yield Tx(conn)
            conn.commit()
        except (sa_exc.OperationalError, sa_exc.IntegrityError, sqlite3.OperationalError) as exc:
            self._rollback(conn)
            raise StorageError(storage_message(exc)) from exc
        except BaseException:
            self._rollback(conn)
            raise

    def _rollback(self, conn) -> None:
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

    def write(self) -> Iterator[Tx]:
        """BEGIN IMMEDIATE: take the write lock up front, so a sale never dies half way on a lock upgrade."""
        return self._tx("BEGIN IMMEDIATE")

    def read(self) -> Iterator[Tx]:
        return self._tx("BEGIN")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
