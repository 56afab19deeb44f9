"""The hub's database: engine from a URL, SQLite pragmas, Alembic migrations, write transactions.

SQLite (the default, `sqlite:///hub.db`) runs in WAL mode with synchronous=FULL: the hub
answers "accepted" only after the commit is on disk, since the station then forgets the
event. PostgreSQL (`postgresql+psycopg://...`) is for several hub processes on one database.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.pool import StaticPool

from ..i18n import Message
from .errors import NotFound, Unavailable

DEFAULT_URL = "sqlite:///hub.db"
ENV_URL = "STOREDESK_HUB_DB"
BUSY_TIMEOUT_MS = 30_000
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# PostgreSQL advisory locks, in the two-int4 key space (event-id locks use the bigint one):
# one for schema upgrades, one that orders feed writers (see write_tx).
LOCK_CLASS = 0x5D01
MIGRATE_LOCK = 1
FEED_LOCK = 2
RETRYABLE_SQLSTATES = {"40P01", "40001"}  # deadlock detected, serialization failure
log = logging.getLogger("storedesk.hub")
T = TypeVar("T")


class HubDatabaseError(Exception):
    """The database cannot be opened or used; the message says what to do."""


class Busy(Unavailable):
    """The database stayed locked or kept deadlocking; the client should retry later (503, Retry-After: 2)."""


def resolve_url(url: str | None) -> str:
    return url or os.environ.get(ENV_URL) or DEFAULT_URL


def safe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid database URL>"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # no implicit BEGIN: the "begin" hook below emits ours
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # A writer takes the write lock up front (BEGIN IMMEDIATE), so it waits on busy_timeout
    # instead of failing when it upgrades from reading; readers never block in WAL mode.
    mode = "IMMEDIATE" if conn.get_execution_options().get("hub_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise HubDatabaseError(f"{url!r} is not a database URL (try sqlite:///hub.db)") from exc
    if parsed.get_backend_name() == "sqlite":
        args = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().resolve().parent
            if not folder.is_dir():
                raise HubDatabaseError(f"folder {folder} does not exist for {safe_url(url)}")
            engine = create_engine(url, connect_args=args, pool_size=8, max_overflow=16)
        else:  # in memory (quick checks): one shared connection, or each would see its own empty db
            engine = create_engine(url, connect_args=args, poolclass=StaticPool)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        # One writer per process at a time: threads queue on a mutex rather than on SQLite's
        # sleeping busy handler. Other processes still wait on the file lock (busy_timeout).
        engine.hub_write_lock = threading.Lock()  # type: ignore[attr-defined]
    else:
        try:
            engine = create_engine(url, pool_size=8, max_overflow=16, pool_pre_ping=True)
        except (ArgumentError, ImportError) as exc:
            raise HubDatabaseError(f"cannot use {safe_url(url)}: {exc}") from exc
        engine.hub_write_lock = None  # type: ignore[attr-defined]
    return engine


def is_retryable(exc: BaseException) -> bool:
    """A deadlock or serialization failure on PostgreSQL: retrying the transaction will do."""
    return isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", None) in RETRYABLE_SQLSTATES


def is_locked(exc: BaseException) -> bool:
    """SQLite still locked after busy_timeout: another program holds the file for too long."""
    return isinstance(exc, OperationalError) and "database is locked" in str(exc.orig) and not is_retryable(exc)


@contextmanager
def write_tx(engine: Engine, feed: bool = False):
    """One write transaction. `feed=True` when it adds feed items.

    Feed cursors are sequence numbers, so readers must never see seq 11 committed while
    seq 10 is still in flight (they would skip 10 for ever). SQLite has one writer at a time,
    so commit order is seq order; on PostgreSQL feed writers take a transaction-level
    advisory lock before their first insert and hold it to commit. (It is taken first, before
    any other lock of the transaction, so it cannot be part of a deadlock cycle.)
    """
    lock = getattr(engine, "hub_write_lock", None)
    if lock is not None:
        lock.acquire()
    try:
        with engine.connect() as conn:
            conn.execution_options(hub_write=True)
            with conn.begin():
                if feed and conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:c, :k)"), {"c": LOCK_CLASS, "k": FEED_LOCK})
                yield conn
    finally:
        if lock is not None:
            lock.release()


def lock_keys(conn: Connection, keys: list[str]) -> None:
    """PostgreSQL: take one transaction-level advisory lock per key, in sorted order.

    Two hub processes given overlapping batches (a relay retrying against another process)
    then queue on the first key they share instead of deadlocking on the primary-key index in
    opposite orders; disjoint batches still run in parallel. Keys are uuid hex strings; the
    lock is their first 64 bits. No-op on SQLite, which has one writer at a time anyway.
    """
    if conn.dialect.name != "postgresql" or not keys:
        return
    ids = sorted({int(k[:16], 16) - 2**63 for k in keys})
    conn.execute(text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:ids AS bigint[])) AS k"), {"ids": ids})


def run_write(engine: Engine, work, feed: bool = False, attempts: int = 6):
    """Run `work(conn)` in a write transaction, retrying the whole of it after a deadlock.

    Nothing of a failed attempt is kept (the transaction rolled back), so a retry sees the
    rows other processes committed meanwhile and answers them as duplicates.
    """
    for attempt in range(attempts):
        try:
            with write_tx(engine, feed=feed) as conn:
                return work(conn)
        except DBAPIError as exc:
            if is_locked(exc):
                raise Busy("the hub database is locked by another program; retry shortly") from exc
            if not is_retryable(exc):
                raise
            if attempt == attempts - 1:
                raise Busy("the hub database is busy; retry shortly") from exc
            log.warning(
                "transaction aborted (%s), retrying it whole (attempt %d)",
                getattr(exc.orig, "sqlstate", "?"),
                attempt + 2,
            )
            time.sleep(random.uniform(0.01, 0.05) * (2**attempt))
    raise AssertionError("unreachable")  # pragma: no cover


_INSERTS: dict = {}


def insert_many(conn: Connection, table, rows: list[dict]) -> None:
    """INSERT many rows (all with the same keys) through the driver's executemany.

    Same SQL and the same value conversions as `conn.execute(table.insert(), rows)` (the
    statement is compiled by SQLAlchemy for this dialect, once, and each column's own bind
    processor is applied), minus SQLAlchemy's per-row parameter handling, which costs as much
    as SQLite's own work when a 500-event batch writes 5,000 rows.
    """
    if not rows:
        return
    cols = tuple(rows[0])
    key = (conn.dialect.name, table.name, cols)
    plan = _INSERTS.get(key)
    if plan is None:
        compiled = table.insert().compile(dialect=conn.dialect, column_keys=list(cols))
        order = tuple(compiled.positiontup) if compiled.positional else None
        procs = {c: table.c[c].type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for c in cols}
        plan = _INSERTS[key] = (str(compiled), order, {c: f for c, f in procs.items() if f is not None})
    sql, order, procs = plan
    if procs:
        rows = [{**r, **{c: f(r[c]) for c, f in procs.items()}} for r in rows]
    conn.exec_driver_sql(sql, [tuple(r[c] for c in order) for r in rows] if order else rows)


@contextmanager
def read_conn(engine: Engine):
    with engine.connect() as conn:
        with conn.begin():
            yield conn


def read_one(engine: Engine, read: Callable[..., T | None], *args: Any, missing: str | Message) -> T:
    """What `read(conn, *args)` finds, in one read transaction; NotFound (404, `missing` its
    detail) when it finds nothing. A route's "one document, or 404"."""
    with read_conn(engine) as conn:
        found = read(conn, *args)
    if found is None:
        raise NotFound(missing)
    return found


# --------------------------------------------------------------------------- migrations
def _alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None, f"the hub ships its migrations in {MIGRATIONS}"
    return head


def _stored_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> str:
    """Create or upgrade the schema to head, in one transaction; refuse a newer database.

    Several `serve` processes may start at once on one PostgreSQL: an advisory lock lets
    one upgrade while the others wait, then find nothing to do.
    """
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _alembic_config()
    known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
    try:
        with write_tx(engine) as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:c, :k)"), {"c": LOCK_CLASS, "k": MIGRATE_LOCK})
            current = _stored_revision(conn)
            if current is not None and current not in known:
                raise HubDatabaseError(
                    f"{safe_url(str(engine.url))} has hub schema {current}, newer than this storedesk-hub "
                    f"knows ({head_revision()}). Install the newer storedesk; nothing was changed."
                )
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            return _stored_revision(conn) or ""
    except OperationalError as exc:
        raise HubDatabaseError(f"cannot open {safe_url(str(engine.url))}: {exc.orig}") from exc


def open_hub(url: str | None) -> Engine:
    """Engine for `url` (or $STOREDESK_HUB_DB, or sqlite:///hub.db) with the schema at head."""
    engine = make_engine(resolve_url(url))
    try:
        migrate(engine)
    except Exception:
        engine.dispose()
        raise
    return engine
