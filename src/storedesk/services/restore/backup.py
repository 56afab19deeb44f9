"""Putting a backup back (`restore_from`, the app closed): the file is copied next to the
database and checked there before anything is touched, the current database is moved aside, and
the checked copy becomes the station's database with a pending restore."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ...adapters import db
from ...adapters.restore_repo import RestoreRepo
from ...domain.errors import StorageError
from ...domain.journal import JournalRow, first_broken
from ..context import utcnow

log = logging.getLogger(__package__)  # storedesk.services.restore, one logger for the restore as before
INCOMING = ".restore-incoming.db"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    sha256: str
    store: str
    station: str
    journal_entries: int
    last_seq: int
    last_hash: str
    last_at: str | None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def inspect_backup(path: Path, label: str | None = None) -> BackupInfo:
    """Integrity, schema, store and journal chain of a database file. Raises StorageError."""
    label = label or str(path)
    try:
        db.check_version(path)
    except StorageError as exc:
        raise StorageError(f"{label}: {exc.message.replace(str(path), 'the backup')}; nothing was changed") from None
    con = sqlite3.connect(path, isolation_level=None)
    try:
        problems = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        if problems:
            raise StorageError(f"{label} failed its integrity check ({'; '.join(problems[:3])}); nothing was changed")
        try:
            settings = dict(con.execute("SELECT key, value FROM settings").fetchall())
            rows = [
                JournalRow(*r) for r in con.execute("SELECT seq, payload, prev_hash, hash FROM journal ORDER BY seq")
            ]
            last_at = con.execute("SELECT max(created_at) FROM journal").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"{label} is not a storedesk station database ({exc}); nothing was changed") from None
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{label} is not a readable database ({exc}); nothing was changed") from None
    finally:
        con.close()
    if "store_code" not in settings or "station_code" not in settings:
        raise StorageError(f"{label} holds no store: it is not a station backup; nothing was changed")
    broken, count, reason = first_broken(rows)
    if broken is not None:
        raise StorageError(f"{label}: its journal is broken at sequence {broken} ({reason}); nothing was changed")
    last = rows[-1] if rows else None
    return BackupInfo(
        path,
        _sha256(path),
        settings["store_code"],
        settings["station_code"],
        count,
        last.seq if last else 0,
        last.hash if last else "0" * 64,
        last_at,
    )


def _current_station(live: Path) -> tuple[str, str] | None:
    """(store, station) of the database being replaced, when it can still be read."""
    try:
        con = sqlite3.connect(f"file:{live}?mode=ro", uri=True, timeout=1)
        try:
            s = dict(con.execute("SELECT key, value FROM settings WHERE key IN ('store_code', 'station_code')"))
        finally:
            con.close()
        return (s["store_code"], s["station_code"]) if len(s) == 2 else None
    except (sqlite3.DatabaseError, KeyError):
        return None


def _refuse_if_in_use(live: Path) -> None:
    """The app (or a `storedesk sync` loop) keeps the database open: refuse, change nothing."""
    if not live.exists():
        return
    con = sqlite3.connect(live, timeout=0, isolation_level=None)
    try:
        con.execute("PRAGMA locking_mode=EXCLUSIVE")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("ROLLBACK")
    except sqlite3.OperationalError:
        raise StorageError(
            f"{live} is in use (is the storedesk app or a `storedesk sync` running?): "
            "close it, then restore again; nothing was changed"
        ) from None
    finally:
        con.close()


def _fsync_copy(src: Path, dst: Path) -> None:
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        shutil.copyfileobj(fin, fout, 1 << 20)
        fout.flush()
        os.fsync(fout.fileno())


@dataclass(frozen=True)
class RestoreStarted:
    backup: BackupInfo
    kept_aside: Path


def restore_from(folder: Path, backup: Path, now: datetime | None = None) -> RestoreStarted:
    """Check the backup, keep the current files aside, put the backup in place and record a
    pending restore (the station refuses to number anything until `catch_up` or `record_gap`)."""
    folder, backup = Path(folder), Path(backup).expanduser().absolute()
    live = folder / db.DB_FILENAME
    if not backup.is_file():
        raise StorageError(f"{backup}: no such backup file; nothing was changed")
    if live.exists() and backup.resolve() in {live.resolve(), Path(f"{live}-wal").resolve()}:
        raise StorageError("the backup to restore cannot be the live database itself; nothing was changed")
    lock = _folder_lock(folder)
    try:
        _refuse_if_in_use(live)
        incoming = folder / INCOMING
        _fsync_copy(backup, incoming)
        try:
            info = inspect_backup(incoming, label=str(backup))
            current = _current_station(live) if live.exists() else None
            if current is not None and current != (info.store, info.station):
                raise StorageError(
                    f"{backup} is a backup of {info.store}/{info.station}, but this data folder is "
                    f"{current[0]}/{current[1]}; nothing was changed"
                )
        except BaseException:
            incoming.unlink(missing_ok=True)
            raise
        aside = folder / f"before-restore-{(now or datetime.now()):%Y%m%d-%H%M%S}"
        aside.mkdir()
        for name in (db.DB_FILENAME, f"{db.DB_FILENAME}-wal", f"{db.DB_FILENAME}-shm"):
            if (folder / name).exists():
                os.replace(folder / name, aside / name)
        os.replace(incoming, live)
        database = db.open_database(folder)  # migrates an older backup, quick check
        try:
            from ...adapters.uow import UnitOfWork

            uow = UnitOfWork(database)
            with uow.write() as tx:
                RestoreRepo(tx.conn).start(utcnow(), str(backup), info.sha256, str(aside), info.last_seq, info.last_at)
            uow.close()
        finally:
            database.dispose()
    finally:
        lock.release()
    log.warning(
        "restored from the backup %s (sha256 %s, journal up to #%s); the replaced files are in %s; "
        "numbering waits for the catch-up",
        backup,
        info.sha256,
        info.last_seq,
        aside,
    )
    return RestoreStarted(info, aside)


def _folder_lock(folder: Path):
    """Hold the till's single-instance lock while the files are swapped: no till starts meanwhile."""
    from ...adapters import instance_lock

    lock = instance_lock.acquire(folder)
    if lock is None:
        raise StorageError(
            f"the storedesk app is running on {folder}: close it, then restore again; nothing was changed"
        )
    return lock
