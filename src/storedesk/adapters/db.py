"""The station's SQLite file: pragmas, migrations, integrity and version checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..domain.errors import StorageError
from ..i18n import msg

DB_FILENAME = "storedesk.db"
# Every station schema revision this version knows, oldest first. A file stamped with a
# revision not in this list was written by a newer storedesk and is refused untouched.
KNOWN_REVISIONS = (
    "s0001",
    "s0002",
    "s0003",
    "s0004",
    "s0005",
    "s0006",
    "s0007",
    "s0008",
    "s0009",
    "s0010",
    "s0011",
    "s0012",
    "s0013",
    "s0014",
    "s0015",
    "s0016",
    "s0017",
    "s0018",
    "s0019",
    "s0020",
    "s0021",
    "s0022",
    "s0023",
    "s0024",
    "s0025",
    "s0026",
    "s0027",
    "s0028",
    "s0029",
    "s0030",
)
HEAD = KNOWN_REVISIONS[-1]
BUSY_TIMEOUT_MS = 5000
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def _set_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA cache_size=-32000")


class Database:
    """The station's SQLite file. Hands out DB-API connections with the station's pragmas.

    The station talks to SQLite through the DB-API directly: SQLAlchemy's engine and
    statement layer cost a third of a second at start and half a millisecond per sale,
    and the station has one file and one writer. SQLAlchemy (with Alembic) still creates
    and upgrades the schema, and runs the hub.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self._open: list[sqlite3.Connection] = []

    def connect(self) -> sqlite3.Connection:
        # isolation_level=None: autocommit; BEGIN / BEGIN IMMEDIATE / COMMIT are ours.
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
        _set_pragmas(conn)
        self._open.append(conn)
        return conn

    def dispose(self) -> None:
        """Close every connection this database handed out (a restart, the end of a test)."""
        for conn in self._open:
            try:
                conn.close()
            except sqlite3.Error:
                pass
        self._open.clear()


def stored_revision(path: Path) -> str | None:
    """Read the schema stamp without changing anything (read-only open)."""
    if not path.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            row = con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
            if not row:
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(
                msg("storage", "{path} is busy: another program holds it. Close it and try again.", path=path)
            ) from exc
        raise StorageError(f"Cannot read {path}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            msg("storage", "{path} is not a readable storedesk database: {reason}", path=path, reason=exc)
        ) from exc


def check_version(path: Path) -> str | None:
    rev = stored_revision(path)
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise StorageError(
            msg(
                "storage",
                "{path} was written by a newer storedesk (schema {revision}); this version knows up to "
                "{head}. Install the newer storedesk. The file was not changed.",
                path=path,
                revision=rev,
                head=HEAD,
            )
        )
    return rev


def migrate(path: Path) -> None:
    """Create or upgrade the schema with Alembic (SQLAlchemy loaded only now), in one transaction."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        dbapi_conn.isolation_level = None
        _set_pragmas(dbapi_conn)

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
    finally:
        engine.dispose()


def quick_check(db: Database) -> None:
    conn = db.connect()
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    finally:
        conn.close()
        db._open.remove(conn)
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        raise StorageError("The database failed its integrity check: " + "; ".join(problems[:3]))


def open_database(data_dir: Path, check: bool = True) -> Database:
    """Open (creating if needed) the station database: version check, migrate, quick check.

    check=False leaves the quick check to the caller: the app runs it on its own thread
    (0.8 s on a million products) while the login screen is already up."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_FILENAME
    rev = check_version(path)
    db = Database(path)
    try:
        if rev != HEAD:
            migrate(path)
        if check:
            quick_check(db)
    except sqlite3.DatabaseError as exc:
        db.dispose()
        raise StorageError(
            msg("storage", "Cannot open {path}: {reason}. Nothing was changed.", path=path, reason=exc)
        ) from exc
    except Exception as exc:
        db.dispose()
        if type(exc).__module__.startswith("sqlalchemy"):
            reason = getattr(exc, "orig", exc)
            raise StorageError(
                msg("storage", "Cannot open {path}: {reason}. Nothing was changed.", path=path, reason=reason)
            ) from exc
        raise
    return db


def backup(db: Database, out: Path) -> int:
    """Online, consistent copy through SQLite's backup API. Returns pages copied."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    if tmp.exists():
        tmp.unlink()
    src = db.connect()
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            pages = dst.execute("PRAGMA page_count").fetchone()[0]
            ok = dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
        db._open.remove(src)
    if ok != "ok":
        tmp.unlink()
        raise StorageError(f"backup failed its integrity check: {ok}")
    tmp.replace(out)
    return pages
