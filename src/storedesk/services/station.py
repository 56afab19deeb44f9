"""Open a station's data folder: database checks and migrations, demo seeding on first start."""

from __future__ import annotations

from pathlib import Path

from ..adapters.db import DB_FILENAME, Database, open_database, quick_check
from ..adapters.uow import UnitOfWork
from . import setup
from .context import config


def open_station(data_dir: Path, demo: bool = False, check: bool = True, app: bool = False) -> UnitOfWork:
    """Open the data folder. app=True: the till's own settings (manual WAL checkpoints)."""
    uow = UnitOfWork(open_database(Path(data_dir), check=check), manual_checkpoints=app)
    if demo and not setup.is_initialised(uow):
        setup.init_demo(uow)
    config(uow)  # fails clearly when the folder has no store yet
    return uow


def sign_in_names(uow) -> list[tuple[str, str]]:
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


def tidy_up(uow, min_wal_bytes: int = 0) -> bool:
    """Housekeeping in the till's quiet moments (after a sale, on the status poll)."""
    return uow.checkpoint(min_wal_bytes)
