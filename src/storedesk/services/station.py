"""Open a station's data folder: database checks and migrations, demo seeding on first start."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..adapters import instance_lock
from ..adapters.db import DB_FILENAME, Database, open_database, quick_check
from ..adapters.instance_lock import FolderLock, Holder
from ..adapters.uow import UnitOfWork, storage_problem
from . import setup
from .context import config

if TYPE_CHECKING:
    from ..adapters.uow import UnitOfWork


def open_station(data_dir: Path, demo: bool = False, check: bool = True, app: bool = False) -> UnitOfWork:
    """Open the data folder. app=True: the till's own settings (manual WAL checkpoints)."""
    uow = UnitOfWork(open_database(Path(data_dir), check=check), manual_checkpoints=app)
    if demo and not setup.is_initialised(uow):
        setup.init_demo(uow)
    config(uow)  # fails clearly when the folder has no store yet
    return uow


def thread_unit_of_work(db) -> UnitOfWork:
    """A unit of work of its own on the station's open database (`uow.db`), for a thread other
    than the till's database worker (the sync thread): a UnitOfWork belongs to one thread."""
    return UnitOfWork(db)


def storage_words(exc: BaseException) -> str:
    """What a storage failure was, in the words adapters/uow.py gives it, without its
    "nothing was saved" (for a failure after an earlier commit of the same action)."""
    return storage_problem(exc)


def hold_folder(data_dir: Path) -> FolderLock | None:
    """Take the data folder's one-till lock (adapters/instance_lock.py) without waiting: the
    held lock, or None when a till holds it. An unwritable folder raises OSError."""
    return instance_lock.acquire(Path(data_dir))


def folder_holder(data_dir: Path) -> Holder | None:
    """Who holds the data folder's one-till lock right now, or None when no till runs on it."""
    return instance_lock.holder(Path(data_dir))


def sign_in_names(uow: UnitOfWork) -> list[tuple[str, str]]:
    with uow.read() as tx:
        return tx.users.active_usernames()


def integrity_check(data_dir: Path) -> bool:
    """PRAGMA quick_check on a connection of its own: WAL lets it read beside the till."""
    db = Database(Path(data_dir) / DB_FILENAME)
    try:
        quick_check(db)
    finally:
        db.dispose()
    return True


def tidy_up(uow: UnitOfWork, min_wal_bytes: int = 0) -> bool:
    """Housekeeping in the till's quiet moments (after a sale, on the status poll)."""
    return uow.checkpoint(min_wal_bytes)
