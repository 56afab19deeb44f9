"""The station's SQLite file: pragmas, migrations, integrity and version checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine

from ..domain.errors import StorageError

DB_FILENAME = "storedesk.db"
# Every station schema revision this version knows, oldest first. A file stamped with a
# revision not in this list was written by a newer storedesk and is refused untouched.
KNOWN_REVISIONS = ("s0001",)
HEAD = KNOWN_REVISIONS[-1]
BUSY_TIMEOUT_MS = 5000
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def _set_pragmas(dbapi_conn, _record):
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (BEGIN IMMEDIATE for writes)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA cache_size=-32000")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def stored_revision(path: Path) -> str | None:
    """Read the schema stamp without changing anything (read-only open)."""
    if not path.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            row = con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not row:
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(f"{path} is busy: another program holds it. Close it and try again.") from exc
        raise StorageError(f"Cannot read {path}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path} is not a readable storedesk database: {exc}") from exc


def check_version(path: Path) -> str | None:
    rev = stored_revision(path)
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise StorageError(
            f"{path} was written by a newer storedesk (schema {rev}); this version knows up to "
            f"{HEAD}. Install the newer storedesk. The file was not changed."
        )
    return rev


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema with Alembic, in one transaction."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()


def quick_check(engine: Engine) -> None:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        raise StorageError("The database failed its integrity check: " + "; ".join(problems[:3]))


def open_database(data_dir: Path) -> Engine:
    """Open (creating if needed) the station database: version check, migrate, quick check."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_FILENAME
    rev = check_version(path)
    engine = make_engine(path)
    try:
        if rev != HEAD:
            migrate(engine)
        quick_check(engine)
    except (sqlite3.DatabaseError, sa_exc.DBAPIError) as exc:
        engine.dispose()
        raise StorageError(f"Cannot open {path}: {getattr(exc, 'orig', exc)}. Nothing was changed.") from exc
    except Exception:
        engine.dispose()
        raise
    return engine


def backup(engine: Engine, out: Path) -> int:
    """Online, consistent copy through SQLite's backup API. Returns pages copied."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    if tmp.exists():
        tmp.unlink()
    raw = engine.raw_connection()
    try:
        src = raw.driver_connection
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            pages = dst.execute("PRAGMA page_count").fetchone()[0]
            ok = dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        raw.close()
    if ok != "ok":
        tmp.unlink()
        raise StorageError(f"backup failed its integrity check: {ok}")
    tmp.replace(out)
    return pages
